#!/usr/bin/env python3
"""Score the gazetteer's geoparser on the EUPEG news corpora, side by side with nine published parsers.

Reads ``<shared>/eval/eupeg`` (default ``../shared`` next to the repository); exits 0 with a
message when it is absent. Never copies corpus texts or annotations anywhere: it only reads them.

Scoring follows EUPEG's protocol (see that folder's README):

* a prediction matches a gold toponym of the same document when the surface strings are equal
  (case-insensitive) and the span midpoints differ by less than 10 characters; each prediction
  and each gold toponym match at most once;
* precision, recall and F1 of recognition over gold toponyms with coordinates;
* over matched pairs: accuracy@161 km, mean and median error (km), and AUC of the error curve
  (log(1+km)/log(20039), trapezoid over the sorted errors; lower is better);
* per corpus, pooled, and the slice of gold toponyms located in Syria, Iraq or Turkey. For the
  slice, *found@161* is the share of slice toponyms matched and resolved within 161 km, and
  *precision* is the share of predictions that are correct (matched within 161 km) among those
  that either match a slice toponym or are placed inside SY/IQ/TR.

Usage::

    python benchmarks/geoparse_eupeg.py [--shared ../shared] [--corpus LGL ...] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

CORPORA = ("LGL", "TR-News", "GeoWebNews", "GeoVirus")
PARSERS = ("CLAVIN", "Edinburgh", "CamCoder", "TopoCluster", "GeoTxt", "Yahoo", "DBpedia", "StanfordNER", "SpaCyNER")
OURS = "gazetteer"


def haversine_km(lon1, lat1, lon2, lat2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def parse_line(line: str, need_coords: bool) -> list[tuple[str, float | None, float | None, int, int]]:
    """One document's toponyms: [(surface, lat, lon, start, end)]."""
    out = []
    line = line.rstrip("\n")
    if not line.strip():
        return out
    for item in line.split("||"):
        f = item.split(",,")
        if len(f) < 6:
            continue
        surface, lat, lon, start, end = f[1], f[2], f[3], f[4], f[5]
        try:
            s, e = int(start), int(end)
        except ValueError:
            continue
        try:
            la, lo = float(lat), float(lon)
        except ValueError:
            if need_coords:
                continue
            la = lo = None
        out.append((surface, la, lo, s, e))
    return out


def read_lines(path: Path, n: int) -> list[str]:
    if not path.exists():
        return [""] * n
    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    lines += [""] * (n - len(lines))
    return lines[:n]


def match(gold, pred):
    """Greedy EUPEG matching: [(gold_item, pred_item)]."""
    used = set()
    pairs = []
    for g in gold:
        gs, gm = g[0].lower(), (g[3] + g[4]) / 2
        best, bd = None, None
        for k, p in enumerate(pred):
            if k in used or p[0].lower() != gs:
                continue
            d = abs((p[3] + p[4]) / 2 - gm)
            if d < 10 and (bd is None or d < bd):
                best, bd = k, d
        if best is not None:
            used.add(best)
            pairs.append((g, pred[best]))
    return pairs


class Tally:
    def __init__(self):
        self.gold = self.pred = self.matched = 0
        self.errors: list[float] = []
        # SY/IQ/TR slice
        self.s_gold = self.s_ok = self.s_pred = self.s_pred_ok = 0

    def add(self, gold, pred, in_slice):
        self.gold += len(gold)
        self.pred += len(pred)
        pairs = match(gold, pred)
        self.matched += len(pairs)
        matched_pred = {}
        for g, p in pairs:
            if p[1] is None:
                err = 20039.0
            else:
                err = haversine_km(g[2], g[1], p[2], p[1])
            self.errors.append(err)
            matched_pred[id(p)] = (g, err)
        for g in gold:
            if in_slice(g[2], g[1]):
                self.s_gold += 1
        for g, p in pairs:
            if in_slice(g[2], g[1]):
                err = matched_pred[id(p)][1]
                if err < 161:
                    self.s_ok += 1
        for p in pred:
            m = matched_pred.get(id(p))
            inside = p[1] is not None and in_slice(p[2], p[1])
            if m is not None and in_slice(m[0][2], m[0][1]):
                self.s_pred += 1
                self.s_pred_ok += m[1] < 161
            elif inside:
                self.s_pred += 1
                if m is not None and m[1] < 161:
                    self.s_pred_ok += 1

    def merge(self, o: "Tally"):
        for k in ("gold", "pred", "matched", "s_gold", "s_ok", "s_pred", "s_pred_ok"):
            setattr(self, k, getattr(self, k) + getattr(o, k))
        self.errors += o.errors

    def figures(self) -> dict:
        p = self.matched / self.pred if self.pred else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        e = sorted(self.errors)
        if e:
            acc = sum(1 for x in e if x < 161) / len(e)
            ys = [math.log(1 + x) / math.log(20039) for x in e]
            if len(ys) == 1:
                auc = ys[0]
            else:
                dx = 1.0 / (len(ys) - 1)
                auc = sum((ys[k] + ys[k + 1]) * dx / 2 for k in range(len(ys) - 1))
            mean, med = statistics.fmean(e), statistics.median(e)
        else:
            acc = auc = mean = med = float("nan")
        return {"P": p, "R": r, "F1": f1, "acc161": acc, "mean_km": mean, "median_km": med, "AUC": auc,
                "gold": self.gold, "pred": self.pred, "matched": self.matched,
                "slice_gold": self.s_gold,
                "slice_found161": self.s_ok / self.s_gold if self.s_gold else float("nan"),
                "slice_precision": self.s_pred_ok / self.s_pred if self.s_pred else float("nan")}


def our_predictions(gz, text: str):
    from gazetteer.parts import split_part_id

    out = []
    for m in gz.geoparse(text):
        if m.place is None:
            continue
        # a capitalised qualifier ("Nyanza Province") is part of the name; a lower-case one is not
        s, e = m.start, m.end
        place = m.place
        whole, direction = split_part_id(place.id)
        if direction is not None:
            # "northern Syria": the toponym is "Syria", and it names the whole country
            s, e, place = m.name_start, m.name_end, gz.get(whole)
        elif m.name_start >= 0 and text[m.start:m.end] != text[m.name_start:m.name_end]:
            extra = (text[m.start:m.name_start] + text[m.name_end:m.end]).strip(" -")
            if not extra[:1].isupper():
                s, e = m.name_start, m.name_end
        out.append((text[s:e], place.lat, place.lon, s, e))
    return out


def fmt(v, pct=True):
    if isinstance(v, float) and math.isnan(v):
        return "   –  "
    return f"{100 * v:5.1f}%" if pct else f"{v:6.0f}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="EUPEG geoparsing benchmark")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--corpus", action="append", choices=CORPORA)
    ap.add_argument("--json", type=Path, help="write all figures to this JSON file")
    ap.add_argument("--no-demonyms", action="store_true", help="do not report demonyms")
    a = ap.parse_args(argv)
    root = a.shared / "eval" / "eupeg"
    if not root.is_dir():
        print(f"EUPEG data not found under {root}; skipping.")
        return 0
    from gazetteer import Gazetteer
    from gazetteer.countries import country_of

    def in_slice(lon, lat):
        if lon is None or not (-180 <= lon <= 180 and -90 <= lat <= 90):
            return False
        return country_of(lon, lat) is not None

    gz = Gazetteer()
    t0 = time.perf_counter()
    gz.load()
    gz.geoparser().demonyms = not a.no_demonyms
    gz.geoparse("Warm-up in Aleppo.")
    load_s = time.perf_counter() - t0
    corpora = a.corpus or list(CORPORA)
    results: dict = {}
    pooled = {name: Tally() for name in (OURS, *PARSERS)}
    parse_s = 0.0
    parse_cpu = 0.0
    nbytes = 0
    for corpus in corpora:
        cdir = root / corpus
        n = len(list((cdir / "texts").iterdir()))
        gold_lines = read_lines(cdir / "gold.txt", n)
        texts = [(cdir / "texts" / str(i)).read_text(encoding="utf-8", errors="replace") for i in range(n)]
        tallies = {name: Tally() for name in (OURS, *PARSERS)}
        parser_lines = {p: read_lines(cdir / f"{p}.txt", n) for p in PARSERS}
        for i in range(n):
            gold = parse_line(gold_lines[i], need_coords=True)
            t, c = time.perf_counter(), time.process_time()
            ours = our_predictions(gz, texts[i])
            parse_s += time.perf_counter() - t
            parse_cpu += time.process_time() - c
            nbytes += len(texts[i].encode("utf-8"))
            tallies[OURS].add(gold, ours, in_slice)
            for p in PARSERS:
                tallies[p].add(gold, parse_line(parser_lines[p][i], need_coords=False), in_slice)
        results[corpus] = {name: t.figures() for name, t in tallies.items()}
        for name, t in tallies.items():
            pooled[name].merge(t)
    results["pooled"] = {name: t.figures() for name, t in pooled.items()}

    cols = ("P", "R", "F1", "acc161", "mean_km", "median_km", "AUC")
    for corpus, table in results.items():
        print(f"\n## {corpus}")
        print(f"{'parser':12} {'P':>6} {'R':>6} {'F1':>6} {'acc161':>6} {'meankm':>6} {'medkm':>6} {'AUC':>6}"
              f" | {'SIT n':>5} {'SIT@161':>7} {'SIT P':>6}")
        for name, f in sorted(table.items(), key=lambda kv: -kv[1]["F1"]):
            row = " ".join(fmt(f[c], c not in ("mean_km", "median_km")) if c != "AUC" else f"{f[c]:6.3f}"
                           for c in cols)
            print(f"{name:12} {row} | {f['slice_gold']:5d} {fmt(f['slice_found161']):>7} {fmt(f['slice_precision']):>6}")
    mb = nbytes / 1e6
    print(f"\ngazetteer: load {load_s:.2f} s; geoparse {mb:.2f} MB in {parse_s:.2f} s wall = {mb / parse_s:.2f} MB/s "
          f"({parse_cpu:.2f} CPU s = {mb / parse_cpu:.2f} MB/s per core)")
    if a.json:
        a.json.write_text(json.dumps({"results": results, "load_s": load_s, "parse_s": parse_s, "parse_cpu_s": parse_cpu, "mb": mb},
                                     indent=1, default=float), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
