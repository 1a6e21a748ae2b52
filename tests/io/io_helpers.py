"""Helpers shared by the import/export tests: sample data, readers, comparisons."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from geomap.model import Claim, Location, point

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_CASE = ROOT / "examples" / "syria-2015" / "case.yaml"
from testkit import IN_CI, require  # noqa: E402,F401 (re-exported)

#: Text that has broken exporters before: Arabic, quotes, markup, CDATA ends, separators, newlines.
TRICKY = (
    "تلبيسة",
    'He said "it was <b>hit</b>" & left',
    "<script>alert('x')</script>",
    "O'Brien; \"quoted\", comma | pipe",
    "first line\nsecond line",
    "]]> <![CDATA[ x ]]> &amp; &lt;",
    "{{ template }} ${var} %s",
)

# A small square (with a hole) north of Homs, inside Syria.
AREA = {
    "type": "Polygon",
    "coordinates": [
        [(36.60, 34.80), (36.60, 34.95), (36.85, 34.95), (36.85, 34.80), (36.60, 34.80)],  # clockwise on purpose
        [(36.70, 34.85), (36.75, 34.85), (36.75, 34.90), (36.70, 34.90), (36.70, 34.85)],
    ],
}


def fill_tricky(store) -> None:
    """Places and claims with every awkward kind of value (and empty optional fields)."""
    a = store.add_location(Location(name="تلبيسة", aliases=("Talbiseh", "Talbisah"), geometry=point(36.73093, 34.84063),
                                    country="SY", admin1="حمص", precision="town", source="GeoNames 163779",
                                    note=TRICKY[1]))
    b = store.add_location(Location(name=TRICKY[3], geometry=AREA, kind="region", country="SY", admin1="Homs",
                                    precision="district"))
    c = store.add_location(Location(name="Mosul <b>", geometry=point(43.13, 36.34), country="IQ"))
    claims = [
        Claim(kind="strike", claimant="ناشطون سوريون", side="syrian_opposition", location_id=a.id, date="2015-09-30",
              outlet="Al <i>Jazeera</i>", outlet_url="https://example.org/?a=1&b=<2>", url="https://example.org/x\"y",
              target=TRICKY[2], faction="جبهة النصرة", casualties_min=27, casualties_max=36, children_min=6,
              women_min=5, munitions="cluster \"bombs\"", grade="fair", notes=TRICKY[4], quote=TRICKY[1]),
        Claim(kind="control", claimant=TRICKY[3], side="independent", location_id=b.id, date="2015-10",
              faction=TRICKY[5], notes=TRICKY[6]),
        Claim(kind="denial", claimant="Russian Defence Ministry", side="russia", date="2015"),
        Claim(kind="target", claimant="Russian Defence Ministry", side="russia", location_id=c.id),
    ]
    store.add_claims(claims)


# -- reading exports back ---------------------------------------------------------------

def _norm(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, float) and v != v:
        return None
    if v == "":
        return None
    return v


def geojson_claims(path) -> list[dict]:
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    return sorted_records(
        {**{k: _norm(v) for k, v in f["properties"].items() if k not in ("id", "location_id")},
         "geometry": json.dumps(f["geometry"])}
        for f in doc["features"])


def csv_claims(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return sorted_records({k: _norm(v) for k, v in r.items() if k != "id"} for r in csv.DictReader(f))


def gpkg_claims(path) -> list[dict]:
    import pyogrio

    out = []
    for name, _ in pyogrio.list_layers(path):
        df = pyogrio.read_dataframe(path, layer=name)
        geoms = df.geometry if "geometry" in df else [None] * len(df)
        for (_, row), g in zip(df.iterrows(), geoms):
            d = {k: _norm(v) for k, v in row.items() if k not in ("geometry", "claim_id", "location_id")}
            d["geometry"] = None if g is None else g.wkb_hex
            out.append(d)
    return sorted_records(out)


def sorted_records(records) -> list[dict]:
    return sorted(records, key=lambda d: json.dumps(d, sort_keys=True, ensure_ascii=False, default=str))


def validate_gpkg(path) -> None:
    """Run GDAL's own GeoPackage validator (from python3-gdal) on ``path``."""
    script = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"
    require(os.path.exists(script) and os.path.exists("/usr/bin/python3"),
            "GDAL's validate_gpkg.py (Debian python3-gdal) is not installed")
    r = subprocess.run(["/usr/bin/python3", script, str(path)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and not r.stdout.strip() and not r.stderr.strip(), r.stdout + r.stderr


def ogrinfo_warnings(path) -> str:
    exe = shutil.which("ogrinfo")
    require(exe is not None, "ogrinfo (gdal-bin) is not installed")
    r = subprocess.run([exe, "-al", "-so", str(path)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return "\n".join(line for line in (r.stdout + r.stderr).splitlines()
                     if line.startswith(("Warning", "ERROR")))
