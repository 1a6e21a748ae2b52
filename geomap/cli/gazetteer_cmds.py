"""``geomap resolve``, ``geomap geoparse`` and ``geomap gazetteer import``.

The commands use the offline gazetteer (:mod:`gazetteer`). Places from the user layer take
priority over the shipped data; they come from

* the store, through ``ctx.obj``: an object with a ``user_places()`` method (geomap's ``App``)
  or a mapping with a ``"user_places"`` callable;
* files imported with ``geomap gazetteer import``, kept in the user gazetteer folder
  (``$GEOMAP_GAZETTEER_HOME``, default ``~/.local/share/geomap/gazetteer``).

Exit status: 0 on success (names that match nothing print ``null``/"not found"), 2 for bad
input or usage, 1 for runtime failures; errors are one line on stderr.

Examples
--------
::

    geomap resolve "Kfar Nabouda" "Idleb province" --format json
    geomap geoparse report.txt other.txt --format jsonl
    cat report.txt | geomap geoparse -
    geomap gazetteer import SY.txt
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Any, Iterable

import click

from .options import iterate

__all__ = ["resolve_cmd", "geoparse_cmd", "gazetteer_group", "user_layer_dir", "read_places_file"]

log = logging.getLogger(__name__)


# ----------------------------------------------------------------------------- helpers


def user_layer_dir() -> Path:
    """Folder of imported user-layer files (``$GEOMAP_GAZETTEER_HOME`` or ``~/.local/share/geomap/gazetteer``)."""
    env = os.environ.get("GEOMAP_GAZETTEER_HOME")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "geomap" / "gazetteer"


def _fail(message: str, code: int) -> None:
    click.echo(f"geomap: error: {message}", err=True)
    raise SystemExit(code)


def _store_places(ctx: click.Context) -> list:
    obj = ctx.obj
    fn = None
    if obj is not None:
        if isinstance(obj, dict):
            fn = obj.get("user_places")
        else:
            fn = getattr(obj, "user_places", None)
    if fn is None:
        return []
    places = fn() if callable(fn) else fn
    return list(places or [])


def _gazetteer(ctx: click.Context):
    from gazetteer import Gazetteer
    from gazetteer.exc import GazetteerError

    try:
        gz = Gazetteer()
        imported = _load_user_layer()
        if imported:
            gz.add_user_places(imported)
        stored = _store_places(ctx)
        if stored:
            gz.add_user_places(stored)
        gz.load()
    except GazetteerError as e:
        _fail(str(e), 1)
    return gz


def _load_user_layer() -> list:
    folder = user_layer_dir()
    if not folder.is_dir():
        return []
    out = []
    for f in sorted(folder.glob("*.tsv")):
        try:
            out.extend(read_places_file(f))
        except (OSError, ValueError) as e:
            log.warning("skipping user gazetteer file %s: %s", f, e)
    return out


def _table(rows: list[dict], columns: list[str]) -> None:
    def cell(v: Any) -> str:
        if v is None:
            return ""
        if isinstance(v, float):
            return f"{v:.5f}".rstrip("0").rstrip(".")
        s = str(v).replace("\n", " ").replace("\t", " ")
        return s if len(s) <= 44 else s[:43] + "…"

    cells = [[cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) if cells else len(c) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())


def _country_option(value: str | None) -> str | None:
    if value is None:
        return None
    v = value.strip().upper()
    if len(v) != 2 or not v.isalpha():
        raise click.BadParameter(f"{value!r} is not an ISO 3166-1 alpha-2 code (e.g. SY)", param_hint="--country")
    from ..exc import InvalidInput
    from ..gazetteer_bridge import check_country_code

    try:
        check_country_code(v)
    except InvalidInput:
        raise click.BadParameter(f"{value!r} is no ISO 3166-1 alpha-2 country code (e.g. SY, IQ, TR)",
                                 param_hint="--country") from None
    return v


# ----------------------------------------------------------------------------- resolve


@click.command("resolve")
@click.argument("names", nargs=-1, required=True)
@click.option("--country", metavar="CC", help="Only places in this country (ISO2, e.g. SY).")
@click.option("--near", metavar="LAT,LON", help="Favour places near this point.")
@click.option("--limit", type=click.IntRange(1, 50), default=1, show_default=True,
              help="Candidates per name in table output.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Output format; json is a list aligned with NAMES (best candidate or null).")
@click.pass_context
def resolve_cmd(ctx: click.Context, names: tuple[str, ...], country: str | None, near: str | None, limit: int,
                fmt: str) -> None:
    """Resolve place NAMES (any spelling: "Kfar Nabouda", "Idleb province") to places."""
    cc = _country_option(country)
    near_pt = None
    if near:
        try:
            lat_s, lon_s = near.split(",")
            lat, lon = float(lat_s), float(lon_s)
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError
            near_pt = (lon, lat)
        except ValueError:
            raise click.BadParameter(f"{near!r} is not LAT,LON", param_hint="--near") from None
    for n in names:
        if not n.strip():
            raise click.BadParameter("empty name", param_hint="NAMES")
    gz = _gazetteer(ctx)
    if cc is not None and not gz.has_country(cc):
        raise click.BadParameter(f"no place in the gazetteer has country code {cc!r}", param_hint="--country")
    results = [gz.resolve(n, country=cc, near=near_pt, limit=max(limit, 1)) for n in names]
    if fmt == "json":
        click.echo(json.dumps([c[0].to_dict() if c else None for c in results], ensure_ascii=False, indent=2))
        return
    rows = []
    for n, cands in zip(names, results):
        if not cands:
            rows.append({"query": n, "name": "(not found)"})
            continue
        for k, c in enumerate(cands[:limit]):
            d = c.to_dict()
            d["query"] = n if k == 0 else ""
            d["admin1"] = c.place.admin1
            rows.append(d)
    _table(rows, ["query", "name", "kind", "country", "admin1", "lat", "lon", "score", "id"])


# ----------------------------------------------------------------------------- geoparse


def _read_input(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
        where = "<stdin>"
    else:
        p = Path(path)
        if p.is_dir():
            _fail(f"{path}: is a directory", 2)
        if p.is_char_device() or p.is_block_device() or p.is_socket():  # /dev/zero: read until memory runs out
            _fail(f"{path}: is a device or socket, not a file", 2)
        try:
            data = p.read_bytes()
        except FileNotFoundError:
            _fail(f"{path}: no such file", 2)
        except OSError as e:
            _fail(f"{path}: {e.strerror or e}", 2)
        where = path
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        _fail(f"{where}: not UTF-8 text (byte {e.start})", 2)
    return text


@click.command("geoparse")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True,
              help="jsonl: one line per input {path, mentions}.")
@click.option("--no-demonyms", is_flag=True, help="Do not report demonyms (Syrian, Turkish …).")
@click.pass_context
def geoparse_cmd(ctx: click.Context, paths: tuple[str, ...], fmt: str, no_demonyms: bool) -> None:
    """Find the places named in text files (PATHS; '-' reads standard input).

    Offsets are Python string indices into the UTF-8-decoded text.
    """
    if list(paths).count("-") > 1:
        raise click.BadParameter("'-' (standard input) given more than once", param_hint="PATHS")
    texts = [(p, _read_input(p)) for p in paths]  # read all first: bad input fails before output
    if len(texts) > 1:
        texts = iterate(texts, "geoparsing")  # a bar on a terminal for a whole corpus
    gz = _gazetteer(ctx)
    gp = gz.geoparser()
    gp.demonyms = not no_demonyms
    if fmt == "jsonl":
        out = sys.stdout
        for p, text in texts:
            rec = {"path": p, "mentions": [_mention_dict(m) for m in gp.parse(text)]}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        out.flush()
        return
    results = [{"path": p, "mentions": [_mention_dict(m) for m in gp.parse(text)]} for p, text in texts]
    if fmt == "json":
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
        return
    rows = []
    for r in results:
        for m in r["mentions"]:
            rows.append({"path": r["path"], "span": f"{m['start']}-{m['end']}", **m})
    if not rows:
        click.echo("(no places found)", err=True)
        return
    _table(rows, ["path", "span", "text", "name", "kind", "country", "lat", "lon", "score"])


def _mention_dict(m) -> dict:
    p = m.place
    return {"text": m.surface, "start": m.start, "end": m.end, "name": p.name if p else None,
            "lat": p.lat if p else None, "lon": p.lon if p else None,
            "kind": ("demonym" if m.kind == "demonym" else p.kind) if p else None,
            "country": p.country if p else None, "id": p.id if p else None, "score": m.score}


# ----------------------------------------------------------------------------- gazetteer import

_GEONAMES_COLS = 19
_FCODE_KIND = {"PCLI": "country", "PCLD": "country", "PCLF": "country", "PCLS": "country", "PCLIX": "country",
               "ADM1": "admin1", "ADM1H": "admin1", "ADM2": "admin2", "ADM2H": "admin2"}
_FCLASS_KIND = {"P": "locality", "A": "admin2", "S": "site", "T": "region", "H": "region", "L": "region",
                "V": "region", "R": "site", "U": "region"}
_WOF_KIND = {"country": "country", "region": "admin1", "county": "admin2", "locality": "locality",
             "localadmin": "locality", "neighbourhood": "locality", "campus": "site", "macrohood": "locality",
             "borough": "locality", "microhood": "locality", "venue": "site"}


def read_places_file(path: str | os.PathLike, country: str | None = None) -> list:
    """Places from a GeoNames dump (``SY.txt``, 19 columns) or a WOF-style TSV with a header.

    WOF-style TSV: a header naming at least ``name``, ``lat`` and ``lon`` (also understood:
    ``wof_id``/``id``, ``placetype``/``kind``, ``names_eng``/``alt_names``, ``names_ara``,
    ``names_other``, ``country``/``iso_code``, ``admin1``, ``population``, ``bbox``).

    Raises
    ------
    ValueError
        With the line number of the first malformed row.
    """
    from gazetteer import Place
    from gazetteer.countries import country_of

    path = Path(path)
    with open(path, encoding="utf-8-sig") as fh:
        lines = fh.read().splitlines()
    lines = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise ValueError("empty file")
    first = lines[0].split("\t")
    places = []
    if len(first) == _GEONAMES_COLS and first[0].isdigit():
        for n, line in enumerate(lines, 1):
            f = line.split("\t")
            if len(f) != _GEONAMES_COLS:
                raise ValueError(f"line {n}: expected {_GEONAMES_COLS} tab-separated GeoNames columns, got {len(f)}")
            try:
                lat, lon = float(f[4]), float(f[5])
                pop = int(f[14] or 0)
            except ValueError:
                raise ValueError(f"line {n}: bad latitude/longitude/population") from None
            kind = _FCODE_KIND.get(f[7]) or _FCLASS_KIND.get(f[6], "locality")
            alts = tuple(a for a in f[3].split(",") if a and a != f[1])[:40]
            try:
                places.append(Place(id=f"user:gn:{f[0]}", name=f[1], kind=kind, lat=lat, lon=lon,
                                    country=(f[8] or country or "").upper(), population=pop,
                                    alt_names=alts, source="user"))
            except ValueError as e:
                raise ValueError(f"line {n}: {e}") from None
        return places
    header = [h.strip().lower() for h in first]
    if "name" not in header or "lat" not in header or "lon" not in header:
        raise ValueError("not a GeoNames dump and no TSV header with name, lat and lon columns")
    col = {h: i for i, h in enumerate(header)}

    def get(f, *names, default=""):
        for nm in names:
            i = col.get(nm)
            if i is not None and i < len(f) and f[i].strip():
                return f[i].strip()
        return default

    for n, line in enumerate(lines[1:], 2):
        f = line.split("\t")
        name = get(f, "name")
        if not name:
            raise ValueError(f"line {n}: empty name")
        try:
            lat, lon = float(get(f, "lat")), float(get(f, "lon"))
            pop = int(float(get(f, "population", default="0")))
        except ValueError:
            raise ValueError(f"line {n}: bad lat/lon/population") from None
        if "placetype" in col:  # WOF vocabulary (region = first-level division)
            ptype = get(f, "placetype", default="locality").lower()
            kind = _WOF_KIND.get(ptype, "locality")
        else:  # gazetteer vocabulary
            ptype = get(f, "kind", default="locality").lower()
            kind = ptype if ptype in ("admin1", "admin2", "region", "site", "locality", "country") else "locality"
        alts = []
        for c in ("names_eng", "alt_names", "names_ara", "names_other"):
            alts += [a for a in get(f, c).split("|") if a and a != name]
        cc = (get(f, "country", "iso_code") or country or "").upper()[:2]
        if not cc and -180 <= lon <= 180 and -90 <= lat <= 90:
            cc = country_of(lon, lat) or ""
        bbox = None
        if get(f, "bbox"):
            try:
                b = tuple(float(v) for v in get(f, "bbox").split(","))
                bbox = b if len(b) == 4 else None
            except ValueError:
                bbox = None
        pid = get(f, "wof_id", "id") or f"{n}"
        try:
            places.append(Place(id=f"user:{pid}" if not pid.startswith("user:") else pid, name=name, kind=kind,
                                lat=lat, lon=lon, country=cc, admin1=get(f, "admin1"), population=pop, bbox=bbox,
                                alt_names=tuple(dict.fromkeys(alts))[:40], source="user"))
        except ValueError as e:
            raise ValueError(f"line {n}: {e}") from None
    return places


def _write_user_tsv(path: Path, places: Iterable) -> None:
    cols = ["id", "name", "kind", "lat", "lon", "country", "admin1", "population", "bbox", "alt_names"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\t".join(cols) + "\n")
        for p in places:
            row = [p.id, p.name, p.kind, repr(p.lat), repr(p.lon), p.country, p.admin1, str(p.population),
                   ",".join(map(str, p.bbox)) if p.bbox else "", "|".join(p.alt_names)]
            fh.write("\t".join(v.replace("\t", " ").replace("\n", " ") for v in row) + "\n")


@click.group("gazetteer")
def gazetteer_group() -> None:
    """Manage the gazetteer's user layer (places that take priority over the shipped data)."""


@gazetteer_group.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--country", metavar="CC", help="Country of places whose file gives none (ISO2).")
@click.option("--name", "layer", metavar="LAYER", help="Layer name [default: the file's stem].")
@click.pass_context
def gazetteer_import_cmd(ctx: click.Context, file: str, country: str | None, layer: str | None) -> None:
    """Import FILE (GeoNames country dump or WOF-style TSV) into the user layer."""
    cc = _country_option(country)
    if not os.path.exists(file):
        _fail(f"{file}: no such file", 2)
    if Path(file).is_char_device() or Path(file).is_block_device() or Path(file).is_socket():
        _fail(f"{file}: is a device or socket, not a file", 2)
    try:
        places = read_places_file(file, country=cc)
    except UnicodeDecodeError:
        _fail(f"{file}: not UTF-8 text", 2)
    except ValueError as e:
        _fail(f"{file}: {e}", 2)
    except OSError as e:
        _fail(f"{file}: {e.strerror or e}", 2)
    layer = layer or Path(file).stem
    if not layer.replace("-", "").replace("_", "").isalnum():
        raise click.BadParameter(f"{layer!r}: use letters, digits, - and _", param_hint="--name")
    folder = user_layer_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{layer}.tsv"
        tmp = folder / f".{layer}.tsv.tmp"
        _write_user_tsv(tmp, places)
        os.replace(tmp, target)
    except OSError as e:
        _fail(f"cannot write the user layer in {folder}: {e.strerror or e}", 1)
    # let the host (geomap's store) persist them too, when it offers a hook
    obj = ctx.obj
    hook = obj.get("import_places") if isinstance(obj, dict) else getattr(obj, "import_places", None)
    if callable(hook):
        hook(places)
    click.echo(f"imported {len(places)} places into user layer {layer!r} ({target})", err=True)
