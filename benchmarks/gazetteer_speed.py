#!/usr/bin/env python3
"""Speed and memory of the gazetteer: load time, geoparse MB/s, resolve names/s (exact and fuzzy), peak RSS.

Targets (issue 3): geoparse >= 1 MB/s of news text on one core, resolve >= 20,000 names/s exact and
>= 2,000 names/s fuzzy, resident memory < 500 MB.

Text: the EUPEG news corpora under ``<shared>/eval/eupeg`` when present (read only, never copied),
otherwise a synthetic corpus assembled from this script's own sentences (``--russian``: from its own Russian
sentences, read through the Latin rendering of :mod:`gazetteer.cyrillic`). Names for ``resolve``: a
seeded sample of the gazetteer's own place names (exact) and the same names with one letter
changed, dropped or doubled (fuzzy). Throughput is reported per CPU second (``process_time``, what
one core does even on a busy machine) and per wall-clock second. A fixed pure-Python workload, timed in the same
run, gives the machine's own speed at that moment (this shared machine's varies by half between sessions), so
that figures from different runs can be compared.

Usage::

    python benchmarks/gazetteer_speed.py [--shared ../shared] [--names 20000] [--json out.json] [--russian] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

_SENTENCES = [
    "Warplanes struck Talbiseh and al-Rastan in northern Homs province overnight, residents said.",
    "A local council in Kafr Nabudah said three houses were destroyed and a bakery was damaged.",
    "The defence ministry in Moscow said its jets had hit command posts near Jisr al-Shughour.",
    "Activists in Douma reported shelling from positions east of Damascus after midnight.",
    "Officials in Ankara summoned the ambassador over incursions near the Hatay border.",
    "Fighters withdrew from Latamneh toward Kafr Zita as the offensive moved south.",
    "The convoy left Aleppo for Azaz before dawn, aid workers told reporters in Gaziantep.",
    "Iraqi forces pushed into Ramadi while tribal fighters held positions outside Fallujah.",
    "No independent confirmation was available; the claims could not be verified.",
    "Markets in Washington and London reacted calmly to the news from the region.",
]


#: Russian sentences of the same kind (the Russian defence ministry's briefings, Russian news), for ``--russian``
_RU_SENTENCES = [
    "Самолеты ВКС России нанесли удары по объектам в провинциях Хама, Хомс и Идлиб.",
    "В районе н.п. Эль-Латамна уничтожен склад боеприпасов, у Кафр-Нубуды поражен командный пункт.",
    "Боевики обстреляли из минометов жилые кварталы Алеппо и авиабазу Хмеймим.",
    "По данным Сирийской обсерватории по правам человека, пострадали Тальбиса и Эр-Растан.",
    "Турецкие военные вызвали российского посла в Анкаре после инцидента у границы в провинции Хатай.",
    "Правительственные войска продвинулись от Маарет-эн-Нумана к Хан-Шейхуну и Сараакибу.",
    "Иракские силы вошли в Рамади, а курдские отряды удерживают Эрбиль и Синджар.",
    "Колонна гуманитарной помощи прибыла в Мадаю и Забадани, а также в Фуа и Кефрайю.",
    "Независимого подтверждения этим сообщениям получить не удалось.",
    "В Москве и Вашингтоне заявили, что переговоры продолжатся на следующей неделе.",
]


def synthetic_corpus(n_docs: int = 800, seed: int = 7, sentences=None) -> list[str]:
    rnd = random.Random(seed)
    pool = sentences or _SENTENCES
    return [" ".join(rnd.choice(pool) for _ in range(rnd.randint(8, 20))) for _ in range(n_docs)]


def eupeg_corpus(shared: Path) -> list[str] | None:
    root = shared / "eval" / "eupeg"
    if not root.is_dir():
        return None
    texts = []
    for corpus in ("LGL", "TR-News", "GeoWebNews", "GeoVirus"):
        d = root / corpus / "texts"
        if d.is_dir():
            texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(d.iterdir(), key=lambda p: p.name)]
    return texts or None


def mutate(name: str, rnd: random.Random) -> str:
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    if len(letters) < 5:
        return name + name[-1]
    i = rnd.choice(letters[1:-1])
    op = rnd.randrange(3)
    if op == 0:
        return name[:i] + name[i + 1:]
    if op == 1:
        return name[:i] + name[i] + name[i:]
    return name[:i] + rnd.choice("aeiouy") + name[i + 1:]


def cpu_model() -> str:
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine_reference() -> float:
    """CPU seconds of a fixed pure-Python workload of the geoparser's kind (words split off a seeded text, tested
    and counted in a dictionary): the same on every run of any code, so that figures from two machines, or two
    hours of one shared machine, can be set side by side."""
    rnd = random.Random(3)
    vocab = ["".join(rnd.choice("abcdefghiklmnorstuy") for _ in range(rnd.randint(2, 9))) for _ in range(5000)]
    vocab += [w.capitalize() for w in vocab[:500]]
    text = " ".join(rnd.choice(vocab) for _ in range(300_000))
    c0 = time.process_time()
    for _ in range(3):
        counts: dict[str, int] = {}
        for w in text.split():
            if not w.islower():
                w = w.lower()
            counts[w] = counts.get(w, 0) + 1
    return time.process_time() - c0


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="gazetteer speed benchmark")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--names", type=int, default=20000)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--russian", action="store_true",
                    help="geoparse a synthetic corpus of this script's own Russian sentences instead")
    ap.add_argument("--runs", type=int, default=1,
                    help="run the whole benchmark this many times, each in a fresh process, and report every run "
                         "and the median (a shared machine's speed drifts by a quarter from minute to minute)")
    a = ap.parse_args(argv)
    if a.runs > 1:
        return repeat(a, list(sys.argv[1:] if argv is None else argv))

    # the package's modules byte-compiled, as an installed package's are (pip compiles them on install): where
    # PYTHONDONTWRITEBYTECODE is set, every run would otherwise compile the geoparser's source again in its setup
    bytecode = "as found"
    if sys.dont_write_bytecode:
        import compileall

        compileall.compile_dir(str(REPO / "gazetteer"), quiet=1)
        bytecode = "compiled by this script (PYTHONDONTWRITEBYTECODE is set)"

    from gazetteer import Gazetteer

    res: dict = {"machine": {"nproc": os.cpu_count(), "cpu": cpu_model(), "python": platform.python_version(),
                             "reference_cpu_s": machine_reference()},
                 "bytecode": bytecode}
    t0, c0 = time.perf_counter(), time.process_time()
    gz = Gazetteer().load()
    res["load_s"] = time.perf_counter() - t0
    res["load_cpu_s"] = time.process_time() - c0

    texts = None if a.russian else eupeg_corpus(a.shared)
    res["text"] = "EUPEG news corpora" if texts else "synthetic (own sentences)"
    if a.russian:
        res["text"] = "synthetic (own Russian sentences)"
        texts = synthetic_corpus(sentences=_RU_SENTENCES)
    elif texts is None:
        texts = synthetic_corpus()
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    # one-time setup on first use: the geoparser's prefix index over all lookup keys (timed apart, then the
    # pass over the texts with every per-name cache still cold)
    t0, c0 = time.perf_counter(), time.process_time()
    gp = gz.geoparser()
    gp.parse("Warm-up.")
    setup_cpu = time.process_time() - c0
    t1, c1 = time.perf_counter(), time.process_time()
    n_mentions = 0
    for t in texts:
        n_mentions += len(gp.parse(t))
    wall, cpu = time.perf_counter() - t1, time.process_time() - c1
    res["geoparse"] = {"docs": len(texts), "mb": mb, "mentions": n_mentions, "wall_s": wall, "cpu_s": cpu,
                       "mb_per_s_cpu": mb / cpu, "mb_per_s_wall": mb / wall, "setup_cpu_s": setup_cpu,
                       "mb_per_s_cpu_with_setup": mb / (cpu + setup_cpu),
                       "note": "first pass, cold caches; the one-time prefix index build is timed apart"}

    # names: a seeded sample of primary names
    rnd = random.Random(11)
    lines = gz._lines
    idx = rnd.sample(range(len(lines)), min(a.names, len(lines)))
    names = [lines[i].split("\t", 2)[1] for i in idx]
    # one-time index builds (skeleton and fuzzy buckets), timed apart from the per-name rates
    t0, c0 = time.perf_counter(), time.process_time()
    gz.resolve("Qqzzyx Vvbnmk")
    res["fuzzy_index_build_s"] = time.process_time() - c0
    runs = []
    for _ in range(3):  # first pass cold (rows not yet split, places not yet built), then warm
        t0, c0 = time.perf_counter(), time.process_time()
        hits = sum(1 for nm in names if gz.resolve(nm, limit=1))
        runs.append((time.perf_counter() - t0, time.process_time() - c0))
    res["resolve_exact"] = {"names": len(names), "found": hits,
                            "per_s_cpu": len(names) / runs[0][1], "per_s_wall": len(names) / runs[0][0],
                            "warm_per_s_cpu": len(names) / min(r[1] for r in runs[1:])}

    fuzzy_names = [mutate(nm, rnd) for nm in names[:5000]]
    runs = []
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        kinds: dict[str, int] = {}
        for nm in fuzzy_names:
            c = gz.resolve(nm, limit=1)
            k = c[0].match if c else "none"
            kinds[k] = kinds.get(k, 0) + 1
        runs.append((time.perf_counter() - t0, time.process_time() - c0))
    res["resolve_fuzzy"] = {"names": len(fuzzy_names), "match_kinds": kinds,
                            "per_s_cpu": len(fuzzy_names) / runs[0][1], "per_s_wall": len(fuzzy_names) / runs[0][0],
                            "warm_per_s_cpu": len(fuzzy_names) / min(r[1] for r in runs[1:])}
    res["peak_rss_mb"] = rss_mb()

    m = res["machine"]
    print(f"machine: {m['nproc']} CPUs ({m['cpu']}), Python {m['python']}; bytecode: {res['bytecode']}; "
          f"reference workload {m['reference_cpu_s']:.2f} s CPU (the same work on every run: lower is a faster machine)")
    print(f"load: {res['load_s']:.2f} s wall ({res['load_cpu_s']:.2f} s CPU)")
    g = res["geoparse"]
    print(f"geoparse ({res['text']}): {g['docs']} docs, {g['mb']:.2f} MB, {g['mentions']} mentions: "
          f"{g['mb_per_s_cpu']:.2f} MB/s per CPU second ({g['mb_per_s_wall']:.2f} MB/s wall); "
          f"one-time setup {g['setup_cpu_s']:.2f} s CPU ({g['mb_per_s_cpu_with_setup']:.2f} MB/s with it)")
    print(f"approximate-match indexes (built once, on the first misspelled name): {res['fuzzy_index_build_s']:.2f} s CPU")
    e = res["resolve_exact"]
    print(f"resolve exact: {e['names']} names ({e['found']} found): first pass {e['per_s_cpu']:,.0f}/s CPU "
          f"({e['per_s_wall']:,.0f}/s wall); warm {e['warm_per_s_cpu']:,.0f}/s CPU")
    f = res["resolve_fuzzy"]
    print(f"resolve misspelled: {f['names']} names {f['match_kinds']}: first pass {f['per_s_cpu']:,.0f}/s CPU "
          f"({f['per_s_wall']:,.0f}/s wall); warm {f['warm_per_s_cpu']:,.0f}/s CPU")
    print(f"peak RSS: {res['peak_rss_mb']:.0f} MB")
    if a.json:
        a.json.write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


#: the figures ``--runs`` sums up: (label, path into the results, format)
_SUMMARY = [("reference workload, s CPU", ("machine", "reference_cpu_s"), "{:.2f}"),
            ("load, s", ("load_cpu_s",), "{:.2f}"),
            ("geoparse, MB/s per CPU second", ("geoparse", "mb_per_s_cpu"), "{:.2f}"),
            ("geoparse with its one-time setup, MB/s", ("geoparse", "mb_per_s_cpu_with_setup"), "{:.2f}"),
            ("resolve exact, first pass, names/s", ("resolve_exact", "per_s_cpu"), "{:,.0f}"),
            ("resolve misspelled, first pass, names/s", ("resolve_fuzzy", "per_s_cpu"), "{:,.0f}"),
            ("peak RSS, MB", ("peak_rss_mb",), "{:.0f}")]


def repeat(a, argv: list[str]) -> int:
    """Run the benchmark ``a.runs`` times in fresh processes (caches cold in each) and print each figure per run and
    its median."""
    import statistics
    import subprocess
    import tempfile

    rest, skip = [], False
    for arg in argv:  # (the same options, but one run each, and results to a file of ours)
        if skip:
            skip = False
        elif arg in ("--runs", "--json"):
            skip = True
        elif not arg.startswith(("--runs=", "--json=")):
            rest.append(arg)
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(a.runs):
            out = Path(tmp) / f"run{k}.json"
            done = subprocess.run([sys.executable, __file__, *rest, "--json", str(out)], capture_output=True, text=True)
            if done.returncode != 0:
                print(f"run {k + 1} failed: {done.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
                return 1
            runs.append(json.loads(out.read_text(encoding="utf-8")))
    m = runs[0]["machine"]
    print(f"machine: {m['nproc']} CPUs ({m['cpu']}), Python {m['python']}; text: {runs[0]['text']}; "
          f"{a.runs} runs, each in a fresh process")
    for label, path, fmt in _SUMMARY:
        vals = []
        for r in runs:
            v = r
            for key in path:
                v = v[key]
            vals.append(v)
        print(f"{label}: median {fmt.format(statistics.median(vals))} "
              f"(runs: {', '.join(fmt.format(v) for v in vals)})")
    if a.json:
        a.json.write_text(json.dumps(runs, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
