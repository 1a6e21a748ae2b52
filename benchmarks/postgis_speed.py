"""PostGIS store vs GeoPackage store, side by side in one run.

1. Import: 100,000 claims (at 2,000 places) into an empty store, one transaction
   (``add_locations`` + ``add_claims``, as ``geomap import`` and ``geomap copy`` do).
2. Render: read everything back (``list_claims`` + ``list_locations``) and render the
   HTML map with ``geomap.render.render_map`` (offline), from each store.
3. Queries on 1,000,000 claims (at 10,000 places): ``list_claims(bbox=...)`` with a
   0.1 x 0.1 degree box and ``list_claims(date_from=D, date_to=D)`` for one day,
   each returning complete claims with their locations. Target: < 100 ms.

The PostgreSQL server is ``--pg URL``, else ``$GEOMAP_TEST_PG``, else a throwaway
cluster started with ``scripts/pg-test-cluster.sh`` with PostgreSQL's default
durability settings (fsync and synchronous_commit on), stopped at the end. The
stores go into a fresh schema, dropped at the end.

Run: python3 benchmarks/postgis_speed.py [--claims 100000] [--big 1000000] [--runs 20] [--repeat 3] [--no-render]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geomap.model import CLAIM_KINDS, GRADES, SIDES, Claim, Location, point  # noqa: E402
from geomap.store import open_store  # noqa: E402

SYRIA = (35.7, 32.3, 42.4, 37.3)
DAY0 = dt.date(2015, 9, 30)
DAYS = 1200


def make_locations(n: int, rng: random.Random) -> list[Location]:
    minx, miny, maxx, maxy = SYRIA
    return [Location(name=f"Place {i}", aliases=[f"Alias {i}"], geometry=point(round(rng.uniform(minx, maxx), 6),
                     round(rng.uniform(miny, maxy), 6)), country="SY", admin1=f"Gov {i % 14}")
            for i in range(n)]


def make_claims(n: int, loc_ids: list[int], rng: random.Random) -> list[Claim]:
    out = []
    for i in range(n):
        k = rng.randrange(20)
        out.append(Claim(
            kind=CLAIM_KINDS[i % len(CLAIM_KINDS)], claimant=f"Claimant {k}", side=SIDES[k % len(SIDES)],
            location_id=rng.choice(loc_ids), date=(DAY0 + dt.timedelta(days=rng.randrange(DAYS))).isoformat(),
            outlet=f"Outlet {rng.randrange(30)}", faction=f"Faction {rng.randrange(10)}",
            casualties_min=rng.randrange(50), grade=GRADES[i % len(GRADES)], notes=f"claim {i}",
        ))
    return out


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


class Server:
    def __init__(self, url: str | None):
        self.cluster = None
        if url is None:
            url = os.environ.get("GEOMAP_TEST_PG")
        if url is None:
            state = Path(tempfile.mkdtemp()) / "state"
            env = dict(os.environ, GEOMAP_PG_STATE=str(state), GEOMAP_PG_DURABLE="1")  # default durability
            url = subprocess.run(["sh", str(ROOT / "scripts" / "pg-test-cluster.sh"), "start"], check=True,
                                 capture_output=True, text=True, env=env).stdout.strip()
            self.cluster = state.read_text().strip()
        self.url = url
        self.schemas = []

    def new_store_url(self) -> str:
        import psycopg

        schema = "bench_" + uuid.uuid4().hex[:8]
        with psycopg.connect(self.url, autocommit=True) as con:
            con.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            con.execute(f"CREATE SCHEMA {schema}")
        self.schemas.append(schema)
        return self.url + ("&" if "?" in self.url else "?") + "options=" + quote(f"-csearch_path={schema},public", safe="")

    def close(self) -> None:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as con:
            for s in self.schemas:
                con.execute(f"DROP SCHEMA IF EXISTS {s} CASCADE")
        if self.cluster:
            subprocess.run(["sh", str(ROOT / "scripts" / "pg-test-cluster.sh"), "stop", self.cluster],
                           capture_output=True)


def load(target: str, locs, claims_chunks) -> tuple[float, list[int]]:
    """Time the store writes only (building the Claim objects is not counted)."""
    with open_store(target, create=True) as st:
        spent, (new_locs) = timed(lambda: st.add_locations(locs))
        ids = [l.id for l in new_locs]
        for chunk in claims_chunks(ids):
            spent += timed(lambda: st.add_claims(chunk))[0]
        return spent, ids


def row(label: str, g: float, p: float, unit: str = "s", note: str = "") -> None:
    print(f"| {label} | {g:.3f} {unit} | {p:.3f} {unit} | {note} |", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=100_000, help="claims to import and render (0: skip)")
    ap.add_argument("--big", type=int, default=1_000_000, help="claims for the query benchmark (0: skip)")
    ap.add_argument("--runs", type=int, default=20, help="queries of each kind")
    ap.add_argument("--repeat", type=int, default=3, help="imports / reads / renders of each backend")
    ap.add_argument("--pg", help="PostgreSQL URL (a database with PostGIS or where it may be created)")
    ap.add_argument("--no-render", action="store_true", help="skip the folium render (measure the read only)")
    args = ap.parse_args()
    rng = random.Random(20150930)
    server = Server(args.pg)
    tmp = Path(tempfile.mkdtemp(prefix="geomap-bench-"))
    try:
        print("| step | GeoPackage | PostGIS | notes |\n|---|---:|---:|---|")
        # 1. import -------------------------------------------------------------------------
        if args.claims:  # --claims 0 skips steps 1 and 2
            locs = make_locations(2_000, rng)
            # claims are built once (validation excluded from the timing); location_id indexes locs
            base = make_claims(args.claims, list(range(len(locs))), random.Random(1))

            def same_claims(ids):
                yield [dataclasses.replace(c, location_id=ids[c.location_id]) for c in base]

            # Each step runs --repeat times, alternating the backends, into fresh stores; the best
            # time is reported (the machine is shared, so the minimum is the least disturbed run).
            imports = {"gpkg": [], "pg": []}
            reads = {"gpkg": [], "pg": []}
            renders = {"gpkg": [], "pg": []}
            if not args.no_render:
                from geomap.render import render_map

                render_map(base[:10], locs[:10], tmp / "warm.html", offline=True)  # imports, caches
            for rep in range(args.repeat):
                targets = {"gpkg": str(tmp / f"import{rep}.gpkg"), "pg": server.new_store_url()}
                order = ("gpkg", "pg") if rep % 2 == 0 else ("pg", "gpkg")
                for name in order:
                    imports[name].append(load(targets[name], locs, same_claims)[0])
                for name in order:
                    with open_store(targets[name]) as st:
                        t_read, (claims, locations) = timed(lambda: (st.list_claims(), st.list_locations()))
                    assert len(claims) == args.claims
                    reads[name].append(t_read)
                    if not args.no_render:
                        renders[name].append(timed(lambda: render_map(claims, locations, tmp / f"{name}.html",
                                                                       offline=True))[0])
                    del claims, locations
            note = f"best of {args.repeat}; medians {statistics.median(imports['gpkg']):.2f} / {statistics.median(imports['pg']):.2f} s"
            row(f"import {args.claims:,} claims + {len(locs):,} places (one transaction)", min(imports["gpkg"]),
                min(imports["pg"]), note=note)
            row(f"read {args.claims:,} claims + places (list_claims, list_locations)", min(reads["gpkg"]),
                min(reads["pg"]), note=f"best of {args.repeat}")
            if not args.no_render:
                row("render_map (offline HTML) from what was read", min(renders["gpkg"]), min(renders["pg"]),
                    note="same claims either way: rendering does not touch the store")
                row("read + render", min(reads["gpkg"]) + min(renders["gpkg"]), min(reads["pg"]) + min(renders["pg"]))
        # 3. queries on the big store ---------------------------------------------------------------
        if args.big:
            big_locs = make_locations(10_000, rng)
            step = 100_000
            gbig, pbig = str(tmp / "big.gpkg"), server.new_store_url()

            def big_chunks(ids):
                r = random.Random(2)
                for start in range(0, args.big, step):
                    yield make_claims(min(step, args.big - start), ids, r)

            tg, _ = load(gbig, big_locs, big_chunks)
            tp, _ = load(pbig, big_locs, big_chunks)
            row(f"load {args.big:,} claims + {len(big_locs):,} places", tg, tp, note=f"{step:,} claims per transaction")
            qr = random.Random(3)
            boxes = []
            for _ in range(args.runs):
                x, y = qr.uniform(SYRIA[0], SYRIA[2] - 0.1), qr.uniform(SYRIA[1], SYRIA[3] - 0.1)
                boxes.append((x, y, x + 0.1, y + 0.1))
            days = [(DAY0 + dt.timedelta(days=qr.randrange(DAYS))).isoformat() for _ in range(args.runs)]
            out = {}
            for name, target in (("gpkg", gbig), ("pg", pbig)):
                with open_store(target) as st:
                    st.list_claims(bbox=boxes[0])  # warm the connection and caches
                    tb = [timed(lambda b=b: st.list_claims(bbox=b)) for b in boxes]
                    td = [timed(lambda d=d: st.list_claims(date_from=d, date_to=d)) for d in days]
                    tbd = [timed(lambda b=b, d=d: st.list_claims(bbox=b, date_from=d[:7], date_to=d[:7]))
                           for b, d in zip(boxes, days)]
                    # The database's part of the one-day query: the same WHERE clause, ids only.
                    if name == "gpkg":
                        sql = ("SELECT fid FROM claims c WHERE c.date >= ? AND c.date <= ?"
                               " AND substr(c.date, 1, ?) <= ? ORDER BY fid")
                        tsql = [timed(lambda d=d: st.con.execute(sql, (d, d + "~", len(d), d)).fetchall())
                                for d in days]
                    else:
                        sql = ("SELECT fid FROM claims c WHERE c.date >= %s AND c.date <= %s"
                               " AND substr(c.date, 1, %s) <= %s ORDER BY fid")
                        tsql = [timed(lambda d=d: st.con.execute(sql, (d, d + "~", len(d), d)).fetchall())
                                for d in days]
                out[name] = (tb, td, tbd, tsql)
            labels = ("bbox 0.1 deg", "date range 1 day", "bbox 0.1 deg + 1 month",
                      "date range 1 day, SQL only (claim ids, no objects)")
            for i, label in enumerate(labels):
                g = [t for t, _ in out["gpkg"][i]]
                p = [t for t, _ in out["pg"][i]]
                n = statistics.median(len(r) for _, r in out["pg"][i])
                assert [len(r) for _, r in out["gpkg"][i]] == [len(r) for _, r in out["pg"][i]]
                p90 = lambda ts: sorted(ts)[int(0.9 * (len(ts) - 1))] * 1000
                row(f"{label}: median of {args.runs}", statistics.median(g) * 1000, statistics.median(p) * 1000, "ms",
                    note=f"median {n:.0f} claims returned; p90 {p90(g):.0f} / {p90(p):.0f} ms,"
                         f" max {max(g) * 1000:.0f} / {max(p) * 1000:.0f} ms")
    finally:
        server.close()
        for f in tmp.iterdir():
            f.unlink()
        tmp.rmdir()


if __name__ == "__main__":
    main()
