"""End-to-end time of `geomap location add` (process start to exit).

Target (issue 2): <= 0.3 s. Measured side by side with the bare interpreter start
and with what the command would cost if it imported folium/geopandas eagerly.

Run: python3 benchmarks/cli_startup.py [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def timed(cmd: list[str], runs: int, env=None) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        out.append(time.perf_counter() - t)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "b.gpkg")
        subprocess.run([py, "-m", "geomap", "--db", db, "init"], check=True, stdout=subprocess.DEVNULL)
        rows = [
            ("python -c pass (interpreter floor)", [py, "-c", "pass"]),
            ("geomap location add", [py, "-m", "geomap", "--db", db, "location", "add", "Talbiseh", "--lat", "34.84063", "--lon", "36.73093"]),
            ("geomap location add --country SY", [py, "-m", "geomap", "--db", db, "location", "add", "Talbiseh", "--lat", "34.84063", "--lon", "36.73093", "--country", "SY"]),
            ("python -c 'import folium, geopandas' (eager-import cost)", [py, "-c", "import folium, geopandas"]),
        ]
        print(f"{'command':58} {'median s':>9} {'p90 s':>7}")
        for label, cmd in rows:
            ts = sorted(timed(cmd, args.runs))
            print(f"{label:58} {statistics.median(ts):9.3f} {ts[int(0.9 * (len(ts) - 1))]:7.3f}")


if __name__ == "__main__":
    main()
