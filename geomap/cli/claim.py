"""``geomap claim``: add, list, show and remove claims."""

from __future__ import annotations

import click

from ..model import CLAIM_KINDS, GRADES, SIDES
from .options import emit_json, emit_table, format_option, pass_app, printable

LIST_COLUMNS = ("id", "date", "kind", "location", "claimant", "side", "outlet", "target", "faction", "casualties", "grade")


def claim_row(c) -> dict:
    d = c.properties()
    lo, hi = c.casualties_min, c.casualties_max
    if lo is None and hi is None:
        d["casualties"] = ""
    elif lo == hi:
        d["casualties"] = str(lo)
    elif hi is None:
        d["casualties"] = f"≥{lo}"
    elif lo is None:
        d["casualties"] = f"≤{hi}"
    else:
        d["casualties"] = f"{lo}–{hi}"
    return d


@click.group()
def claim() -> None:
    """Add, list, show and remove claims (one assertion by one claimant)."""


@claim.command("add")
@click.option("--location", "location_ref", metavar="NAME|ID", help="Where (omit for a claim without a place).")
@click.option("--claimant", required=True, help="Who asserts it, e.g. 'Russian Defence Ministry'.")
@click.option("--side", type=click.Choice(SIDES), help="The claimant's side [default: as recorded for the claimant, else other].")
@click.option("--kind", type=click.Choice(CLAIM_KINDS), required=True, help="What is asserted.")
@click.option("--date", help="YYYY-MM-DD, YYYY-MM or YYYY.")
@click.option("--reported-by", "outlet", metavar="OUTLET", help="Outlet that relayed the claim.")
@click.option("--outlet-url", help="The outlet's home page.")
@click.option("--url", help="The source document.")
@click.option("--target", help="What the attacker says it hit.")
@click.option("--faction", help="Faction concerned (holds the place, or was hit).")
@click.option("--casualties-min", type=str, metavar="N")
@click.option("--casualties-max", type=str, metavar="N")
@click.option("--children-min", type=str, metavar="N")
@click.option("--children-max", type=str, metavar="N")
@click.option("--women-min", type=str, metavar="N")
@click.option("--women-max", type=str, metavar="N")
@click.option("--munitions", help="Weapons reported.")
@click.option("--grade", type=click.Choice(GRADES), default="unassessed", show_default=True)
@click.option("--notes", help="Free text.")
@click.option("--quote", help="A short quote.")
@format_option("table", "json")
@pass_app
def add(app, location_ref, claimant, side, kind, date, outlet, outlet_url, url, target, faction,
        casualties_min, casualties_max, children_min, children_max, women_min, women_max,
        munitions, grade, notes, quote, fmt):
    """Record one claim.

    \b
    Example:
      geomap claim add --location Talbiseh --claimant "Syrian opposition activists" \\
        --side syrian_opposition --kind strike --date 2015-09-30 --reported-by "Wall Street Journal"
    """
    from ..model import Claim

    store = app.open(create=True)
    loc = store.find_location(location_ref) if location_ref else None
    if side is None:
        side = store.claimant_side(claimant.strip())
    c = Claim(
        kind=kind, claimant=claimant, side=side or "other", location_id=loc.id if loc else None, date=date,
        outlet=outlet, outlet_url=outlet_url, url=url, target=target, faction=faction,
        casualties_min=casualties_min, casualties_max=casualties_max, children_min=children_min,
        children_max=children_max, women_min=women_min, women_max=women_max, munitions=munitions,
        grade=grade, notes=notes, quote=quote,
    )
    c = store.get_claim(store.add_claim(c).id)
    if fmt == "json":
        emit_json(claim_row(c))
    else:
        where = f" at #{loc.id} {loc.name}" if loc else " (no location)"
        click.echo(printable(f"added claim #{c.id}: {c.kind} by {c.claimant} [{c.side}]{where}"))


@claim.command("list")
@format_option("table", "json")
@click.option("--kind", type=click.Choice(CLAIM_KINDS), help="Only this kind.")
@click.option("--side", type=click.Choice(SIDES), help="Only this side.")
@click.option("--location", "location_ref", metavar="NAME|ID", help="Only claims at this location.")
@click.option("--from", "date_from", metavar="DATE", help="On or after this date.")
@click.option("--to", "date_to", metavar="DATE", help="On or before this date.")
@pass_app
def list_(app, fmt, kind, side, location_ref, date_from, date_to):
    """List claims."""
    from ..model import parse_date

    store = app.open()
    loc = store.find_location(location_ref) if location_ref else None
    claims = store.list_claims(kind=kind, side=side, location_id=loc.id if loc else None,
                               date_from=parse_date(date_from)[0], date_to=parse_date(date_to)[0])
    rows = [claim_row(c) for c in claims]
    if fmt == "json":
        emit_json(rows)
    else:
        emit_table(rows, LIST_COLUMNS)


@claim.command("show")
@click.argument("id")
@format_option("table", "json")
@pass_app
def show(app, id, fmt):
    """Show one claim."""
    store = app.open()
    d = claim_row(store.get_claim(id))
    if fmt == "json":
        emit_json(d)
        return
    for k, v in d.items():
        if v not in (None, ""):
            click.echo(printable(f"{k:>15}: {v}"))


_UNSET = object()


@claim.command("update")
@click.argument("id")
@click.option("--location", "location_ref", metavar="NAME|ID", help="Move the claim to this location ('' for none).")
@click.option("--kind", type=click.Choice(CLAIM_KINDS))
@click.option("--date", help="YYYY-MM-DD, YYYY-MM or YYYY ('' to clear).")
@click.option("--reported-by", "outlet", metavar="OUTLET")
@click.option("--url")
@click.option("--target")
@click.option("--faction")
@click.option("--casualties-min", metavar="N")
@click.option("--casualties-max", metavar="N")
@click.option("--children-min", metavar="N")
@click.option("--children-max", metavar="N")
@click.option("--women-min", metavar="N")
@click.option("--women-max", metavar="N")
@click.option("--munitions")
@click.option("--grade", type=click.Choice(GRADES), help="Your assessment (Airwars' scale).")
@click.option("--notes")
@click.option("--quote")
@format_option("table", "json")
@pass_app
def update(app, id, location_ref, fmt, **changes):
    """Change fields of claim ID (e.g. grade it once assessed); an empty value clears a field.

    The claimant and side stay: a different claimant is a different claim.

    \b
    Example:
      geomap claim update 12 --grade fair --notes "matches satellite imagery of 2 Oct"
    """
    import dataclasses

    store = app.open()
    current = store.get_claim(id)
    given = {k: (v if v != "" else None) for k, v in changes.items() if v is not None}
    if location_ref is not None:
        given["location_id"] = store.find_location(location_ref).id if location_ref.strip() else None
    if "date" in given:
        given["date_precision"] = None  # recomputed from the new date
    if not given:
        raise click.UsageError("nothing to change: give at least one option")
    new = dataclasses.replace(current, location=None, **given)
    c = store.update_claim(new)
    if fmt == "json":
        emit_json(claim_row(c))
    else:
        click.echo(f"updated claim #{c.id}: " + ", ".join(sorted(given)))


@claim.command("remove")
@click.argument("id")
@pass_app
def remove(app, id):
    """Remove one claim."""
    store = app.open()
    c = store.get_claim(id)
    store.remove_claim(c.id)
    click.echo(f"removed claim #{c.id}")
