"""``geomap import`` and ``geomap export``."""

from __future__ import annotations

import sys

import click

from .options import is_tty, pass_app

__all__ = ["import_cmd", "export_cmd"]

_EXPORT_FORMATS = ("geojson", "geojsonseq", "gpkg", "kml", "csv", "acled", "case")


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, allow_dash=False))
@click.option("--skip-invalid", is_flag=True,
              help="Import the valid records; list each refused one (file:line: reason) on stderr.")
@click.option("--name-field", metavar="FIELD", help="Field holding place names in vector files (when ambiguous).")
@click.option("--format", "fmt", type=click.Choice(("case", "csv", "acled", "ucdp", "geojson", "geojsonseq", "vector")),
              help="Read every FILE as this format instead of detecting it.")
@click.option("--keep-duplicates", is_flag=True,
              help="Also add claims identical to one already in the store (by default a re-import adds nothing twice).")
@pass_app
def import_cmd(app, files, skip_invalid, name_field, fmt, keep_duplicates):
    """Import claims and places from files, all or nothing.

    \b
    FILE may be a geomap case file (YAML), a flat claims CSV (columns date,
    location, lat, lon, claimant, kind, ...), an ACLED or UCDP GED CSV, GeoJSON
    or GeoJSONSeq, or any vector file GDAL reads (GeoPackage, KML, Shapefile,
    FlatGeobuf...). Places with the same name within 2 km of a stored place are
    reused, and a claim identical to one already stored is not added again. A
    bad record rejects the whole import (file:line: reason) and leaves the store
    unchanged, unless --skip-invalid.

    \b
    Examples:
      geomap import examples/syria-2015/case.yaml
      geomap import strikes.csv --skip-invalid
      geomap import villages.gpkg --name-field name_en
    """
    from ..io import import_files

    store = app.open(create=True)
    counter = _Counter() if is_tty(sys.stderr) and app.verbosity >= 0 else None
    try:
        report = import_files(store, list(files), skip_invalid=skip_invalid, name_field=name_field,
                              progress=counter, fmt=fmt, keep_duplicates=keep_duplicates)
    finally:
        if counter is not None:
            counter.done()
    for err in report.skipped:
        click.echo(f"geomap: skipped: {err}", err=True)
    if app.verbosity >= 0:
        click.echo(report.summary(), err=True)


class _Counter:
    """A running record count on a terminal's stderr (the total is unknown until a file is read)."""

    def __init__(self, every: int = 2_000):
        self.n = 0
        self.every = every
        self.shown = False

    def __call__(self, k: int) -> None:
        before = self.n
        self.n += k
        if self.n // self.every != before // self.every:
            click.echo(f"\rimporting: {self.n:,} records read", err=True, nl=False)
            self.shown = True

    def done(self) -> None:
        if self.shown:
            click.echo("\r\x1b[K", err=True, nl=False)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(_EXPORT_FORMATS), default="geojson", show_default=True,
              help="Output format.")
@click.option("-o", "--output", "output", metavar="PATH", help="Write here (atomically) instead of stdout.")
@click.option("--what", type=click.Choice(("claims", "locations")), default="claims", show_default=True,
              help="One record per claim (with its place) or per place (with its claims).")
@click.option("--split-geometry", is_flag=True,
              help="Points and areas in separate files (NAME.points.EXT, NAME.areas.EXT, NAME.unlocated.EXT).")
@click.option("--rs", is_flag=True, help="geojsonseq: prefix each feature with RS (strict RFC 8142).")
@pass_app
def export_cmd(app, fmt, output, what, split_geometry, rs):
    """Export the store for GIS tools, spreadsheets and review.

    \b
    geojson     RFC 7946 FeatureCollection (lon/lat, 6 decimals, CCW rings)
    geojsonseq  one feature per line, for fio, ogr2ogr, jq
    gpkg        GeoPackage 1.2, points and areas in separate layers (needs -o)
    kml         Google Earth: a folder per side, styled placemarks, time stamps
    csv         one row per claim, lat/lon columns
    acled       the same rows under ACLED's column names
    case        the YAML case file (re-importable with `geomap import`)

    \b
    Examples:
      geomap export --format geojson -o claims.geojson
      geomap export --format geojsonseq | jq .properties.claimant
      geomap export --format gpkg -o case-export.gpkg
    """
    from ..io import export

    store = app.open()
    written = export(store, fmt, output, what=what, split_geometry=split_geometry, rs=rs)
    if output and app.verbosity >= 0:
        for path in written:
            click.echo(f"wrote {path}", err=True)
