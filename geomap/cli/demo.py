"""``geomap demo``: the 2015 case, rendered into maps/ (the main job)."""

from __future__ import annotations

import click


@click.command("demo")
@click.option("--out", "out_dir", default="maps", show_default=True, type=click.Path(file_okay=False),
              help="Directory for the store, maps, GeoJSON and report.")
@click.option("--online", is_flag=True, help="Use web map tiles instead of the self-contained offline map.")
def demo_cmd(out_dir, online):
    """Build the bundled 2015 case (first Russian strikes in Syria) and write its maps.

    Writes into DIR: the case store (.gpkg), the layered map (.html), a
    side-by-side map (-dual.html), the claims as GeoJSON and a markdown report.
    Works offline.
    """
    from ..demo import DEMO_STEPS, build_demo
    from .options import steps

    with steps(DEMO_STEPS, "building the demo") as advance:
        files = build_demo(out_dir, offline=not online, progress=advance)
    for role, path in files.items():
        if role == "backup":
            click.echo(f"geomap: note: the previous store held changes of yours; kept as {path}", err=True)
            continue
        click.echo(f"{role:>8}: {path}")
