"""``geomap render`` (the claim map) and ``geomap report`` (the contrast report)."""

from __future__ import annotations

import click

from .options import pass_app, steps

__all__ = ["render_cmd", "report_cmd"]


def _load(app, date: str | None):
    from ..exc import InvalidInput
    from ..model import parse_date

    if date is not None:
        date = parse_date(date)[0]  # bad dates are refused before the store is touched
    store = app.open()
    claims = store.list_claims()
    # Undated claims stay (the map shows them under every date); later ones are left out.
    if not [c for c in claims if date is None or c.date is None or c.date[: len(date)] <= date]:
        raise InvalidInput(f"no claims in {store.display}" + (f" dated on or before {date}" if date else "")
                           + ": nothing to map (add some with 'geomap claim add' or 'geomap import')")
    return store, claims, store.list_locations(), date


@click.command("render")
@click.option("-o", "--output", default="maps/geomap.html", show_default=True,
              type=click.Path(dir_okay=False, writable=True), help="HTML file to write.")
@click.option("--offline/--online", default=True, show_default=True,
              help="Self-contained file with Leaflet inlined and an outline basemap (no network), "
                   "or web map tiles.")
@click.option("--dual", is_flag=True, help="Two synchronised maps: the attacker's claims left, all others right.")
@click.option("--title", help="Map title [default: the store's title].")
@click.option("--date", metavar="YYYY[-MM[-DD]]", help="Map date: later claims are left out; control as of it.")
@pass_app
def render_cmd(app, output, offline, dual, title, date):
    """Draw the store's claims as a layered map (one overlay per side).

    \b
    Shows reported control, flags where the stated target differs from who sources
    say holds the place, lines from stated targets to reported impacts elsewhere,
    uncertainty as area/circle/point, and claims without a place in a side panel.

    \b
    Example:
      geomap --db case.gpkg render -o maps/case.html --title "First strikes"
    """
    from ..render import render_map

    from ..io._common import refuse_store_as_output

    with steps(2, "rendering") as advance:
        store, claims, locations, date = _load(app, date)
        refuse_store_as_output(store, output)
        title = title or store.get_meta("case_title")
        advance()
        path = render_map(claims, locations, output, offline=offline, dual=dual, title=title, date=date)
        advance()
    click.echo(str(path))


@click.command("report")
@click.option("--format", "fmt", type=click.Choice(("table", "json", "markdown")), default="table",
              show_default=True, help="Output format (markdown is fit to paste into an article).")
@click.option("--date", metavar="YYYY[-MM[-DD]]", help="Report date: later claims are left out.")
@click.option("--title", help="Heading [default: the store's title].")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file instead of standard output.")
@pass_app
def report_cmd(app, fmt, date, title, output):
    """Per place: claims by side, reported control, disagreement flags, casualty figures per claimant.

    Ends with the overall summary computed from the data.
    """
    from ..report import build_report, format_report

    from ..io._common import refuse_store_as_output

    store, claims, locations, date = _load(app, date)
    refuse_store_as_output(store, output)
    title = title or store.get_meta("case_title")
    text = format_report(build_report(claims, locations, date=date, title=title), fmt)
    if output:
        from ..atomic import write_text_atomic

        write_text_atomic(output, text)
        click.echo(output)
    else:
        click.echo(text, nl=False)
