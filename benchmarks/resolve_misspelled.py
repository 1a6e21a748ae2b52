#!/usr/bin/env python3
"""How often does ``resolve`` put the right place first for a misspelled name?

For 1,500 Latin-script localities of Syria, Iraq and Turkey and 1,500 world cities of 15,000+
people elsewhere (each set: the places whose hash of their id comes first, so the sample is stable
across builds), one letter of the name is dropped, doubled or changed (seeded), and the result is
resolved with no country and no context. Of the names that need an approximate match (consonant
skeleton or fuzzy: the rest still fold to an exact key), the share whose first candidate lies within
10 km of the original place is reported per set.

Usage::

    python benchmarks/resolve_misspelled.py [--sample 1500] [--seed 5]
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gazetteer_speed import mutate  # noqa: E402  (one letter dropped, doubled or changed)

COVERED = ("SY", "IQ", "TR")


def km(a, b) -> float:
    return 111.2 * math.hypot((a.lon - b.lon) * math.cos(math.radians(a.lat)), a.lat - b.lat)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sample", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=5)
    a = ap.parse_args(argv)

    from gazetteer import Gazetteer

    gz = Gazetteer()
    gz.load()
    covered, world = [], []
    for i, line in enumerate(gz._lines):
        f = line.split("\t", 8)
        if f[2] != "locality" or not f[1].isascii():
            continue
        h = hashlib.sha1(f[0].encode()).digest()
        if f[5] in COVERED:
            covered.append((h, i))
        elif int(f[7] or 0) >= 15000:
            world.append((h, i))
    rnd = random.Random(a.seed)
    for label, rows in (("Syria, Iraq, Turkey localities", covered), ("world cities", world)):
        approx = ok = exact = 0
        for _, i in sorted(rows)[:a.sample]:
            p = gz.place(i)
            if sum(c.isalpha() for c in p.name) < 5:
                continue  # too short to misspell by one letter
            m = mutate(p.name, rnd)
            if m == p.name:
                continue
            c = gz.resolve(m, limit=1)
            if c and c[0].match in ("skeleton", "fuzzy"):
                approx += 1
                ok += km(c[0].place, p) <= 10
            elif c:
                exact += 1
        print(f"{label}: {approx} approximate matches, right place first for {ok} "
              f"({100 * ok / max(1, approx):.1f}%); {exact} still matched exactly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
