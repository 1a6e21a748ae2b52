"""Import and export: case YAML, CSV, ACLED, UCDP GED, GeoJSON, GeoPackage, KML and any GDAL vector file.

>>> import os, tempfile
>>> from geomap.store import open_store
>>> d = tempfile.mkdtemp()
>>> src = os.path.join(d, "claims.csv")
>>> _ = open(src, "w", encoding="utf-8").write(
...     "date,location,lat,lon,claimant,kind,side\\n"
...     "2015-09-30,Talbiseh,34.84,36.73,Syrian opposition activists,strike,syrian_opposition\\n")
>>> st = open_store(os.path.join(d, "case.gpkg"), create=True)
>>> import_files(st, [src]).claims
1
>>> export(st, "geojson", os.path.join(d, "out.geojson"))  # doctest: +ELLIPSIS
[...out.geojson']
>>> st.close()

Every import runs in one store transaction: a bad record rejects the whole
import with ``file:line: reason`` and leaves the store as it was, unless
``skip_invalid`` is set. Every export is written to a temporary file and
renamed into place.
"""

from __future__ import annotations

import logging
import os
from typing import Callable, Sequence

from ..exc import InvalidInput
from ._common import ImportReport, Importer

__all__ = ["import_files", "export", "ImportReport", "EXPORT_FORMATS", "detect_format", "IMPORT_FORMATS"]

log = logging.getLogger(__name__)

#: ``geomap export --format`` choices.
EXPORT_FORMATS = ("geojson", "geojsonseq", "gpkg", "kml", "csv", "acled", "case")

#: Formats :func:`detect_format` can return.
IMPORT_FORMATS = ("case", "csv", "acled", "ucdp", "geojson", "geojsonseq", "geomap-store", "vector")

_EXT = {
    ".yaml": "case", ".yml": "case",
    ".csv": "csv", ".tsv": "csv",
    ".geojson": "geojson", ".json": "geojson",
    ".geojsonl": "geojsonseq", ".geojsons": "geojsonseq", ".geojsonseq": "geojsonseq", ".ndjson": "geojsonseq",
    ".jsonl": "geojsonseq",
}


def _head(path: str, n: int = 65536) -> bytes:
    with open(path, "rb") as f:
        return f.read(n)


def detect_format(path: str) -> str:
    """Which reader handles ``path`` (by extension, then by content)."""
    if not os.path.exists(path):
        raise InvalidInput("no such file", source=path)
    if os.path.isdir(path):
        if any(p.endswith(".shp") for p in os.listdir(path)):
            return "vector"
        raise InvalidInput("is a directory", source=path)
    import stat

    if stat.S_ISFIFO(os.stat(path).st_mode):  # sniffing would consume what the reader then misses
        raise InvalidInput("is a pipe: name its format with --format", source=path)
    ext = os.path.splitext(path)[1].lower()
    fmt = _EXT.get(ext)
    head = _head(path)
    if fmt == "csv":
        from .acled import sniff_acled
        from .ucdp import sniff_ucdp

        lines = head.decode("utf-8-sig", errors="replace").splitlines()
        first = lines[0] if lines else ""
        if sniff_acled(first):
            return "acled"
        if sniff_ucdp(first):
            return "ucdp"
        return "csv"
    if fmt:
        return fmt
    if head.startswith(b"SQLite format 3\x00"):
        import sqlite3

        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                ok = con.execute("SELECT 1 FROM sqlite_master WHERE name='geomap_meta'").fetchone()
            finally:
                con.close()
        except sqlite3.Error:
            ok = None
        return "geomap-store" if ok else "vector"
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"geomap_case:") or b"\ngeomap_case:" in head:
        return "case"
    if text.startswith(b"\x1e") or (text.startswith(b"{") and b"\n{" in text):
        return "geojsonseq"
    if text.startswith(b"{"):
        return "geojson"
    return "vector"


def import_files(store, paths: Sequence[str | os.PathLike], *, skip_invalid: bool = False,
                 name_field: str | None = None, progress: Callable[[int], None] | None = None,
                 fmt: str | None = None, keep_duplicates: bool = False) -> ImportReport:
    """Import ``paths`` into ``store`` in one transaction.

    Parameters
    ----------
    store : geomap.store.Store
    paths : sequence of paths
        Case YAML, flat CSV, ACLED or UCDP GED CSV, GeoJSON / GeoJSONSeq, a geomap
        store, or any vector file GDAL reads (GeoPackage, KML, Shapefile, FlatGeobuf...).
    skip_invalid : bool
        Import the valid records and list the others in ``report.skipped``
        instead of refusing the whole import.
    name_field : str, optional
        The field holding place names in vector files, when it is ambiguous.
    progress : callable, optional
        Called with the number of records just read (for a progress bar).
    fmt : str, optional
        Force a reader (one of :data:`IMPORT_FORMATS`) instead of detecting it.
    keep_duplicates : bool
        Also add claims identical to one already in the store (by default a
        re-imported claim is counted in ``report.duplicates`` and not added again).

    Returns
    -------
    ImportReport

    Raises
    ------
    InvalidInput
        ``file:line: reason`` for the first bad record (nothing is imported).
    """
    report = ImportReport()
    paths = [os.fspath(p) for p in paths]
    if not paths:
        raise InvalidInput("no files to import")
    with store.transaction():
        imp = Importer(store, report, skip_invalid=skip_invalid, progress=progress, keep_duplicates=keep_duplicates)
        for path in paths:
            kind = fmt or detect_format(path)
            log.info("importing %s as %s", path, kind)
            try:
                _read(kind, path, imp, name_field)
                imp.flush()
            except InvalidInput as e:
                if e.source is not None:
                    raise
                raise InvalidInput(e.reason, source=path, line=e.line) from None  # every refusal names its file
            report.files.append(path)
    return report


def _read(kind: str, path: str, imp: Importer, name_field: str | None) -> None:
    if kind == "case":
        from .case import read_case

        read_case(path, imp)
    elif kind == "csv":
        from .csvfile import read_csv

        read_csv(path, imp)
    elif kind == "acled":
        from .acled import read_acled

        read_acled(path, imp)
    elif kind == "ucdp":
        from .ucdp import read_ucdp

        read_ucdp(path, imp)
    elif kind == "geojson":
        from .geojson import read_geojson

        read_geojson(path, imp, name_field=name_field)
    elif kind == "geojsonseq":
        from .geojson import read_geojsonseq

        read_geojsonseq(path, imp, name_field=name_field)
    elif kind == "geomap-store":
        from .vector import read_geomap_store

        read_geomap_store(path, imp)
    elif kind == "vector":
        from .vector import read_vector

        read_vector(path, imp, name_field=name_field)
    else:
        raise InvalidInput(f"unknown import format {kind!r}; expected one of {', '.join(IMPORT_FORMATS)}")


def export(store, fmt: str, dest: str | os.PathLike | None = None, *, what: str = "claims",
           split_geometry: bool = False, rs: bool = False) -> list[str]:
    """Export ``store`` as ``fmt`` to ``dest`` (stdout when None or ``"-"``).

    Parameters
    ----------
    fmt : str
        One of :data:`EXPORT_FORMATS`.
    what : {"claims", "locations"}
        One record per claim (with its place) or per place (with its claims).
    split_geometry : bool
        Points and areas in separate files (``x.points.geojson``, ``x.areas.geojson``,
        claims without a place in ``x.unlocated.geojson``). A GeoPackage always keeps
        them in separate layers.
    rs : bool
        For ``geojsonseq``: prefix each feature with RS (strict RFC 8142).

    Returns
    -------
    list of str
        The files written (``["-"]`` for stdout).
    """
    if fmt not in EXPORT_FORMATS:
        raise InvalidInput(f"unknown export format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}")
    if what not in ("claims", "locations"):
        raise InvalidInput(f"--what must be claims or locations, not {what!r}")
    to_stdout = dest is None or os.fspath(dest) == "-"
    dest = None if to_stdout else os.fspath(dest)
    if dest is not None:
        from ._common import refuse_store_as_output

        refuse_store_as_output(store, dest)
        if split_geometry:
            from .geojson import split_paths

            for p in split_paths(dest).values():
                refuse_store_as_output(store, p)
    if fmt in ("acled", "case") and what != "claims":
        raise InvalidInput(f"{fmt} export always holds claims; --what locations applies to geojson, geojsonseq, gpkg, kml, csv")
    if fmt == "gpkg" and to_stdout:
        raise InvalidInput("a GeoPackage cannot be written to stdout; give -o FILE.gpkg")
    if split_geometry and fmt in ("geojson", "geojsonseq", "kml", "csv"):
        if to_stdout:
            raise InvalidInput("--split-geometry writes several files; give -o PATH")
        return _export_split(store, fmt, dest, what=what, rs=rs)
    if split_geometry and fmt in ("acled", "case"):
        raise InvalidInput(f"--split-geometry does not apply to {fmt}")
    if fmt == "geojson":
        from .geojson import write_geojson

        write_geojson(store, dest, what=what)
    elif fmt == "geojsonseq":
        from .geojson import write_geojsonseq

        write_geojsonseq(store, dest, what=what, rs=rs)
    elif fmt == "gpkg":
        from .gpkg_export import write_gpkg

        write_gpkg(store, dest, what=what)
    elif fmt == "kml":
        from .kml import write_kml

        write_kml(store, dest, what=what)
    elif fmt == "csv":
        from .csvfile import write_csv, write_locations_csv

        (write_locations_csv if what == "locations" else write_csv)(store, dest)
    elif fmt == "acled":
        from .acled import write_acled

        write_acled(store, dest)
    elif fmt == "case":
        from .case import write_case

        write_case(store, dest)
    return ["-"] if dest is None else [dest]


def _export_split(store, fmt: str, dest: str, *, what: str, rs: bool) -> list[str]:
    from .geojson import split_paths

    written = []
    parts = split_paths(dest)
    kinds = ("point", "area") if what == "locations" else ("point", "area", "none")
    for kind in kinds:
        path = parts[kind]
        if fmt == "geojson":
            from .geojson import write_geojson

            n = write_geojson(store, path, what=what, geometry=kind)
        elif fmt == "geojsonseq":
            from .geojson import write_geojsonseq

            n = write_geojsonseq(store, path, what=what, rs=rs, geometry=kind)
        elif fmt == "kml":
            from .kml import write_kml

            n = write_kml(store, path, what=what, geometry=kind)
        else:
            from .csvfile import write_csv, write_locations_csv

            n = (write_locations_csv if what == "locations" else write_csv)(store, path, geometry=kind)
        if n == 0 and kind == "none":
            os.remove(path)
            continue
        written.append(path)
    return written
