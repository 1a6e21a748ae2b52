"""The ``geomap`` command line (Click).

One module per command group; shared options in :mod:`geomap.cli.options`.
Errors become a one-line message on stderr and exit status 2 (bad input or
usage) or 1 (runtime failure); ``-v`` shows the traceback.
"""

from __future__ import annotations

import logging
import signal
import sqlite3
import sys
import threading

import click

from .options import App

__all__ = ["cli", "main"]


class Failure(click.ClickException):
    """A refused or failed command: one line on stderr and an exit status."""

    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file=None) -> None:
        click.echo(f"geomap: error: {self.format_message()}", err=True)


class GeomapGroup(click.Group):
    """Turns geomap errors into :class:`Failure` (2 bad input, 1 runtime)."""

    def invoke(self, ctx: click.Context):
        from ..exc import GeomapError, InvalidInput, NotAStore

        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except (InvalidInput, NotAStore) as e:  # a foreign or corrupt file is bad input too
            if _verbose(ctx):
                raise
            raise Failure(str(e), 2) from None
        except GeomapError as e:
            if _verbose(ctx):
                raise
            raise Failure(str(e), 1) from None
        except KeyboardInterrupt:
            raise click.exceptions.Abort() from None
        except BrokenPipeError:
            sys.exit(0)
        except Exception as e:  # a bug or an environment failure: still one line
            if _verbose(ctx):
                raise
            if isinstance(e, sqlite3.DatabaseError) and getattr(e, "sqlite_errorname", "") in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
                # A store that opened but has corrupt pages fails on the first read of them: bad input (exit 2).
                obj = ctx.find_object(App)
                where = obj.db if obj else "the store"
                raise Failure(f"{where} is not a geomap store or is corrupt ({e}); restore it from a backup", 2) from None
            if isinstance(e, UnicodeEncodeError) and "surrogates" in str(e):
                # bytes that are not UTF-8 in an argument (Python keeps them as surrogate escapes)
                raise Failure("a command-line value is not valid UTF-8 text: "
                              f"{e.object[max(0, e.start - 20):e.end + 20]!r}; check the terminal's encoding", 2) from None
            raise Failure(f"{type(e).__name__}: {e} (run with -v for details)", 1) from None


def _verbose(ctx: click.Context) -> bool:
    obj = ctx.find_object(App)
    return bool(obj and obj.verbosity > 0)


@click.group(cls=GeomapGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", metavar="PATH|URL", envvar="GEOMAP_DB", default=None,
              help="Case store: a GeoPackage file or a postgresql:// URL [default: $GEOMAP_DB, else ./geomap.gpkg].")
@click.option("-v", "--verbose", count=True, help="More logging (repeatable); -v also shows tracebacks.")
@click.option("-q", "--quiet", count=True, help="Less logging.")
@click.version_option(package_name="geomap")
@click.pass_context
def cli(ctx: click.Context, db: str | None, verbose: int, quiet: int) -> None:
    """Map competing claims about air strikes: who said what was hit, where."""
    from ..store import default_location

    level = logging.WARNING - 10 * verbose + 10 * quiet
    logging.basicConfig(level=max(logging.DEBUG, min(level, logging.CRITICAL)), format="geomap: %(levelname)s: %(message)s", stream=sys.stderr)
    app = App(db or default_location(), verbosity=verbose - quiet)
    ctx.obj = app
    ctx.call_on_close(app.close)


def _register() -> None:
    from . import claim, location, store_cmds

    cli.add_command(store_cmds.init_cmd)
    cli.add_command(location.location)
    cli.add_command(claim.claim)
    for modname, names in (
        ("io", ("import_cmd", "export_cmd")),
        ("demo", ("demo_cmd",)),
        ("render_cmds", ("render_cmd", "report_cmd")),
        ("gazetteer_cmds", ("resolve_cmd", "geoparse_cmd", "gazetteer_group")),
        ("copy_cmd", ("copy_cmd",)),
    ):
        try:
            mod = __import__(f"{__name__}.{modname}", fromlist=list(names))
        except ModuleNotFoundError as e:
            if e.name and e.name.endswith(modname):
                continue
            raise
        for n in names:
            cli.add_command(getattr(mod, n))


_register()


_interrupted = False
#: Ctrl-C arrived after the command's write had committed: nothing was lost, and nothing is half-written.
_INTERRUPTED_SAVED = "geomap: interrupted after the change was saved"


def _on_sigint(signum, frame) -> None:
    """Ctrl-C: remember it, then raise KeyboardInterrupt as Python's own handler does.

    The flag matters when the KeyboardInterrupt is raised inside SQLite (in the Python
    functions the GeoPackage R-tree triggers call): sqlite3 turns it into an
    ``OperationalError`` and the interrupt itself would be lost.
    """
    global _interrupted
    _interrupted = True
    signal.default_int_handler(signum, frame)


def main(argv=None) -> int:
    """Console-script entry point."""
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _on_sigint)
    from ..store.base import interrupted_after_commit

    try:
        rv = cli.main(args=argv, prog_name="geomap", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo(_INTERRUPTED_SAVED if interrupted_after_commit() else "geomap: interrupted", err=True)
        return 130
    except click.ClickException as e:
        if _interrupted:  # the error is the interrupt's doing: the transaction was rolled back
            click.echo(_INTERRUPTED_SAVED if interrupted_after_commit() else "geomap: interrupted", err=True)
            return 130
        e.show()
        return e.exit_code
    except click.exceptions.Exit as e:
        return e.exit_code
    return rv if isinstance(rv, int) else 0
