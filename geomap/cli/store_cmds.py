"""``geomap init``: create an empty store."""

from __future__ import annotations

import click

from .options import pass_app


@click.command("init")
@pass_app
def init_cmd(app):
    """Create an empty case store at --db (does nothing if one exists)."""
    from ..store import mask_url

    store = app.open(create=True)
    counts = store.counts()
    click.echo(f"store ready: {mask_url(store.display)} ({counts['locations']} locations, {counts['claims']} claims)")
