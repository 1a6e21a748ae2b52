"""Options and helpers shared by every command (one place, like fio/rio)."""

from __future__ import annotations

import contextlib
import json
import sys
from typing import Any, Callable, Iterable, Iterator, Sequence

import click

__all__ = ["format_option", "pass_app", "App", "emit_table", "emit_json", "progress", "is_tty", "printable"]


class App:
    """What the main group hands to every command through ``ctx.obj``.

    ``db`` is the store target (path or URL); :meth:`open` opens it. A command
    that writes passes ``create=True`` so a first ``location add`` just works.
    """

    def __init__(self, db: str, verbosity: int = 0):
        self.db = db
        self.verbosity = verbosity
        self._stores = []

    def open(self, create: bool = False):
        from ..store import open_store

        st = open_store(self.db, create=create)
        self._stores.append(st)
        return st

    def close(self) -> None:
        for st in self._stores:
            st.close()
        self._stores.clear()

    def user_places(self):
        """Store locations as gazetteer places (the user layer), if a store exists."""
        import os

        from ..store import is_database_url

        if not is_database_url(self.db) and not os.path.exists(self.db):
            return []
        from ..gazetteer_bridge import user_places

        return user_places(self.open())


pass_app = click.make_pass_decorator(App)


def format_option(*choices: str, default: str = "table") -> Callable:
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
        help="Output format.",
    )


def is_tty(stream=None) -> bool:
    stream = stream or sys.stderr
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def progress(iterable: Iterable, length: int | None = None, label: str = "") -> Any:
    """A progress bar on stderr when it is a terminal; the bare iterable otherwise."""
    if not is_tty(sys.stderr):
        return _Quiet(iterable)
    return click.progressbar(iterable, length=length, label=label, file=sys.stderr)


@contextlib.contextmanager
def steps(total: int, label: str) -> Iterator[Callable[[int], None]]:
    """A progress bar of ``total`` steps on stderr when it is a terminal; yields ``advance(n=1)``.

    Quiet (a no-op) when stderr is piped or redirected.
    """
    if not is_tty(sys.stderr) or total <= 0:
        yield lambda n=1: None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
        yield lambda n=1: bar.update(n)


def iterate(items: Sequence, label: str) -> Iterator:
    """``items`` one by one, with a progress bar on a terminal (for many files)."""
    with steps(len(items), label) as advance:
        for item in items:
            yield item
            advance()


class _Quiet:
    def __init__(self, it):
        self.it = it

    def __enter__(self):
        return self.it

    def __exit__(self, *exc):
        return False


_CONTROL = None


def printable(value: Any) -> str:
    """``value`` as text that is safe to print on a terminal.

    Control characters (ESC, BEL, the C1 range...) in names or notes would otherwise be obeyed
    by the terminal: clear the screen, rewrite the title, hide text, set the clipboard. They are
    shown as ``\\xNN`` instead; newlines and tabs are kept.
    """
    global _CONTROL
    if _CONTROL is None:
        import re

        _CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
    s = "" if value is None else str(value)
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", s)


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _cell(v: Any, width: int = 40) -> str:
    if v is None:
        return ""
    s = printable(str(v).replace("\n", " ").replace("\t", " "))
    return s if len(s) <= width else s[: width - 1] + "…"


def emit_table(rows: Sequence[dict], columns: Sequence[str]) -> None:
    if not rows:
        click.echo("(none)", err=True)
        return
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
