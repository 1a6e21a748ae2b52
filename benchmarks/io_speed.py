"""Import/export speed, measured side by side with geopandas + pyogrio in one run.

Measures (defaults: 100,000 rows):

1. ``geomap import`` of a flat claims CSV (process start to exit)        target <= 10 s
2. ``geomap export --format geojson`` of that store (process start to exit)  target <= 5 s
3. store file size per claim
4. export to GeoJSON and GeoPackage through :func:`geomap.io.export` vs
   ``GeoDataFrame.to_file(engine="pyogrio")`` writing the same claims        target <= 1.5x
5. ``geomap import`` of a 100,000-feature GeoPackage of places (process start to exit),
   and of geomap's own 100,000-claim GeoPackage export                       target <= 10 s

Run: ``python3 benchmarks/io_speed.py [--rows N] [--places N] [--repeat R]``. Prints a
Markdown table. Each timing is the best of ``--repeat`` runs (default 3).
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KINDS = ("strike", "target", "control", "presence", "casualties", "denial")
SIDES = ("russia", "us_coalition", "syrian_opposition", "syrian_government", "turkmen", "independent")


def make_csv(path: Path, rows: int, places: int, seed: int = 7) -> None:
    """A flat claims CSV: ``rows`` claims over ``places`` distinct places in Syria."""
    rnd = random.Random(seed)
    pts = [(f"Place {i} قرية", round(rnd.uniform(35.8, 41.5), 6), round(rnd.uniform(32.4, 37.2), 6))
           for i in range(places)]
    claimants = [(f"Claimant {i}", SIDES[i % len(SIDES)]) for i in range(60)]
    outlets = [f"Outlet {i}" for i in range(40)]
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["date", "location", "lat", "lon", "claimant", "kind", "side", "reported_by", "url", "target",
                    "faction", "casualties_min", "casualties_max", "grade", "notes", "quote", "country", "admin1"])
        for i in range(rows):
            name, lon, lat = pts[i % places] if i < places else pts[rnd.randrange(places)]
            cl, side = claimants[rnd.randrange(len(claimants))]
            lo = rnd.choice(["", str(rnd.randrange(50))])
            hi = str(int(lo) + rnd.randrange(20)) if lo else ""
            w.writerow([f"2015-{rnd.randint(9, 12):02d}-{rnd.randint(1, 28):02d}", name, lat, lon, cl,
                        KINDS[rnd.randrange(6)], side, outlets[rnd.randrange(40)], f"https://example.org/r/{i}",
                        "ammunition depot" if i % 3 == 0 else "", "Faction A" if i % 5 == 0 else "", lo, hi,
                        "unassessed", f"Report {i}: strike said to hit \"{name}\" <b>centre</b>.",
                        "", "", "Homs" if i % 2 else ""])


def timed(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def geomap_cli(*args, db: Path) -> None:
    subprocess.run([sys.executable, "-m", "geomap", "-q", "--db", str(db), *map(str, args)], check=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--places", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()

    import geopandas as gpd
    import shapely

    from geomap.io import export
    from geomap.store.gpkg import GeoPackageStore

    results = []
    load0 = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        src = d / "claims.csv"
        make_csv(src, a.rows, a.places)

        # 1. import the CSV (fresh store each time)
        def imp():
            db = d / "bench.gpkg"
            if db.exists():
                db.unlink()
            geomap_cli("import", src, db=db)

        t_imp = timed(imp, a.repeat)
        db = d / "bench.gpkg"
        results.append((f"`geomap import` {a.rows:,}-row claims CSV ({a.places:,} places)", t_imp, "≤ 10 s"))

        # 2. export geojson via the CLI
        t_exp = timed(lambda: geomap_cli("export", "--format", "geojson", "-o", d / "cli.geojson", db=db), a.repeat)
        results.append((f"`geomap export --format geojson` {a.rows:,} claims", t_exp, "≤ 5 s"))

        # 3. store size
        size = db.stat().st_size
        per_claim = size / a.rows

        # 4. side by side with geopandas + pyogrio
        store = GeoPackageStore(db)
        recs = list(store.claim_records())
        props = [{k: v for k, v in r.items() if k != "_location"} for r in recs]
        geoms = shapely.points([r["lon"] for r in recs], [r["lat"] for r in recs])
        gdf = gpd.GeoDataFrame(props, geometry=geoms, crs=4326)
        del recs, props
        side = []
        for fmt, ext, driver in (("geojson", "geojson", "GeoJSON"), ("gpkg", "gpkg", "GPKG")):
            t_ours = timed(lambda: export(store, fmt, d / f"ours.{ext}"), a.repeat)
            t_peer = timed(lambda: gdf.to_file(d / f"peer.{ext}", driver=driver, engine="pyogrio"), a.repeat)
            side.append((fmt, t_ours, t_peer))
        store.close()

        # 5. import a 100k-feature GeoPackage: places, and geomap's own claim export
        rnd = random.Random(11)
        n = a.rows
        places = gpd.GeoDataFrame(
            {"name": [f"Village {i}" for i in range(n)], "name_ar": [f"قرية {i}" for i in range(n)],
             "population": [rnd.randrange(100, 10_000) for _ in range(n)]},
            geometry=shapely.points([rnd.uniform(35.8, 41.5) for _ in range(n)],
                                    [rnd.uniform(32.4, 37.2) for _ in range(n)]), crs=4326)
        places.to_file(d / "places.gpkg", engine="pyogrio")

        def imp_places():
            db2 = d / "places-store.gpkg"
            if db2.exists():
                db2.unlink()
            geomap_cli("import", d / "places.gpkg", db=db2)

        t_pl = timed(imp_places, a.repeat)
        results.append((f"`geomap import` {n:,}-feature GeoPackage of places ({n:,} new places)", t_pl, "≤ 10 s"))

        def imp_own():
            db3 = d / "own-store.gpkg"
            if db3.exists():
                db3.unlink()
            geomap_cli("import", d / "ours.gpkg", db=db3)

        t_own = timed(imp_own, a.repeat)
        results.append((f"`geomap import` geomap's own {a.rows:,}-claim GeoPackage export", t_own, "≤ 10 s"))

    print(f"Machine: {os.cpu_count()} CPUs, {_cpu()}, Python {platform.python_version()}; best of {a.repeat}; "
          f"load average at start {load0:.1f}, at end {os.getloadavg()[0]:.1f}.\n")
    print("| measurement | seconds | target |")
    print("|---|---:|---|")
    for name, t, target in results:
        print(f"| {name} | {t:.2f} | {target} |")
    print(f"\nStore size: {size / 1e6:.1f} MB for {a.rows:,} claims = {per_claim:.0f} bytes per claim.\n")
    print("| export of the same claims | geomap (s) | geopandas + pyogrio `to_file` (s) | ratio | target |")
    print("|---|---:|---:|---:|---|")
    for fmt, ours, peer in side:
        print(f"| {fmt} | {ours:.2f} | {peer:.2f} | {ours / peer:.2f}× | ≤ 1.5× |")
    print("\n(geomap's time includes reading the claims from the store; the peer's time is only writing an "
          "already-built GeoDataFrame.)")
    return 0


def _cpu() -> str:
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


if __name__ == "__main__":
    sys.exit(main())
