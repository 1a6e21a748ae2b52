#!/usr/bin/env python3
"""Can the geoparser find the gazetteer's own villages in running text?

For a seeded sample of the localities of one country (Latin-script names), each name is put in a
sentence of its own that names its first-level division and the country ("Activists in rural Idlib,
Syria, said shells hit Kafr Nabudah on Tuesday."), and the sentence is geoparsed. Outcomes:

* ``ok`` — a mention covers exactly the name and resolves to that place, or to one within 10 km;
* ``other`` — the mention resolves to another place of the same name more than 10 km away (villages
  that share a name within one governorate cannot be told apart by such a sentence);
* ``span`` — a mention covers only part of the name (wherever it starts), or more than it;
* ``missing`` — no mention (names that are also given names, or of three letters or fewer, are not
  places in running text by design).

This measures recognition and disambiguation on the gazetteer's own data; it is not an accuracy
figure for news (see ``geoparse_eupeg.py`` for that).

Usage::

    python benchmarks/gazetteer_selfcheck.py [--country SY] [--sample 1500] [--seed 3] [--show 10]
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

COUNTRY_NAMES = {"SY": "Syria", "IQ": "Iraq", "TR": "Turkey"}


def km(a, b) -> float:
    return 111.2 * math.hypot((a.lon - b.lon) * math.cos(math.radians(a.lat)), a.lat - b.lat)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--country", choices=sorted(COUNTRY_NAMES), default="SY")
    ap.add_argument("--sample", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--show", type=int, default=10, help="examples to print per outcome")
    a = ap.parse_args(argv)
    from gazetteer import Gazetteer

    gz = Gazetteer()
    gz.load()
    cc, country = a.country, COUNTRY_NAMES[a.country]
    rows = [(line.split("\t", 1)[0], i) for i, line in enumerate(gz._lines)
            if line.split("\t", 6)[5] == cc and line.split("\t", 3)[2] == "locality"]
    # the sample is the places whose seeded hash of their id comes first: a place added to or removed from the
    # data changes it by that place alone, so figures from different builds compare like for like
    rows.sort(key=lambda r: hashlib.sha1(f"{a.seed}:{r[0]}".encode()).digest())
    sample = [i for _, i in rows[:a.sample]]
    outcome: collections.Counter = collections.Counter()
    examples: dict[str, list] = collections.defaultdict(list)
    for i in sample:
        p = gz.place(i)
        if not p.name.isascii():
            continue
        text = f"Activists in rural {p.admin1 or country}, {country}, said shells hit {p.name} on Tuesday."
        s0 = text.index(p.name)
        s1 = s0 + len(p.name)
        ms = [m for m in gz.geoparse(text) if m.place is not None and m.start < s1 and s0 < m.end]
        if not ms:
            kind, detail = "missing", p.name
        elif ms[0].surface != p.name:
            kind, detail = "span", (p.name, ms[0].surface)
        elif ms[0].place.id != p.id and km(ms[0].place, p) > 10:
            kind, detail = "other", (p.name, p.admin1, ms[0].place.name, ms[0].place.admin1, round(km(ms[0].place, p)))
        else:
            kind, detail = "ok", None
        outcome[kind] += 1
        if detail is not None and len(examples[kind]) < a.show:
            examples[kind].append(detail)
    n = sum(outcome.values())
    print(f"{country}: {n} localities (seed {a.seed}): " + ", ".join(
        f"{k} {v} ({100 * v / n:.1f}%)" for k, v in outcome.most_common()))
    for k, v in examples.items():
        if v:
            print(f"  {k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
