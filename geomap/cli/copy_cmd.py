"""``geomap copy``: move a whole case between stores (GeoPackage <-> PostGIS)."""

from __future__ import annotations

import contextlib
import os

import click

from .options import pass_app, progress

__all__ = ["copy_cmd"]


@click.command("copy")
@click.option("--from", "source", metavar="PATH|URL", default=None,
              help="Store to copy from [default: --db].")
@click.option("--to", "target", metavar="PATH|URL", required=True,
              help="Store to copy into (created if it does not exist).")
@click.option("--append", is_flag=True,
              help="Add to a target that already has data (outlets, claimants, factions are merged by name).")
@pass_app
def copy_cmd(app, source, target, append):
    """Copy a whole case (locations, claims, outlets, claimants, factions) to another store.

    Copies between GeoPackage files and PostGIS databases in either direction,
    all or nothing. Ids may change in the target; every claim keeps its
    location, claimant, outlet and faction.

    \b
    Examples:
      geomap copy --from case.gpkg --to postgresql://analyst@dbhost/syria
      geomap copy --from postgresql://analyst@dbhost/syria --to backup.gpkg
    """
    from ..exc import InvalidInput
    from ..store import is_database_url, mask_url, open_store
    from ..store.copy import copy_case

    source = source or app.db
    if _same(source, target):
        raise InvalidInput("--from and --to are the same store")
    with contextlib.ExitStack() as stack:
        src = stack.enter_context(open_store(source))
        new_file = not is_database_url(target) and not os.path.exists(target)
        dst = stack.enter_context(open_store(target, create=True))
        total = len(src.list_locations()) + src.count_claims()
        try:
            with progress(range(total), length=total, label="copying") as bar:
                counts = copy_case(src, dst, append=append, progress=getattr(bar, "update", None))
        except BaseException:
            if new_file:  # leave no half-made store behind
                dst.close()
                try:
                    os.remove(target)
                except OSError:
                    pass
            raise
    click.echo(
        f"copied {counts['locations']} locations, {counts['claims']} claims, {counts['outlets']} outlets,"
        f" {counts['claimants']} claimants and {counts['factions']} factions"
        f" from {mask_url(src.display)} to {mask_url(dst.display)}"
    )


def _same(a: str, b: str) -> bool:
    from ..store import is_database_url

    if is_database_url(a) or is_database_url(b):
        return a == b
    return os.path.abspath(a) == os.path.abspath(b) or (
        os.path.exists(a) and os.path.exists(b) and os.path.samefile(a, b))
