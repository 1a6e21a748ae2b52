"""Map rendering at scale: geomap's render against folium's own approach, in the same run.

100,000 claims spread over Syria from 4 sides. Measured for both:

* render time: building the page in Python and writing the HTML file (median of --repeat runs);
* HTML size;
* time to a working map in headless Chromium (Debian's, through Playwright): from navigation
  start until the map and every side's features are on it.

folium's approach is the one its documentation shows for many features: one ``folium.GeoJson``
layer per side with a ``GeoJsonPopup`` over the claim fields, plus a ``LayerControl`` (no tiles,
like geomap's offline map). Its page links Leaflet, jQuery, Bootstrap and Font Awesome from
CDNs; with no network here, the copy loaded in the browser points its Leaflet links at a local
copy of the same installed Leaflet (xstatic-leaflet, with its marker images) and drops the other
links (GeoJsonPopup needs none of them), so folium is not penalised for the network. Chromium
runs with every host name unresolvable; geomap's offline page requests nothing.

Usage::

    python benchmarks/render_scale.py [--claims 100000] [--locations 20000] [--repeat 3] [--no-browser]

Targets (issue 4): geomap renders in under half folium's time, in under 60 % of its HTML size,
and becomes a working map in under 3 s.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIDES = ("russia", "us_coalition", "syrian_opposition", "syrian_government")
CLAIMANTS = {
    "russia": ["Russian Defence Ministry", "Kremlin spokesman"],
    "us_coalition": ["U.S. officials", "Pentagon spokesman"],
    "syrian_opposition": ["Syrian opposition activists", "Local coordination committee", "Rebel commander"],
    "syrian_government": ["Syrian state media", "Syrian security source"],
}
OUTLETS = [("Reuters", "https://www.reuters.com/"), ("AFP", "https://www.afp.com/"),
           ("Enab Baladi", "https://enabbaladi.net/"), ("Sputnik News", "https://sputniknews.com/")]
FACTIONS = ["Islamic State", "Nusra Front", "Ahrar al-Sham", "Free Syrian Army", "Syrian government forces"]
KINDS = ("strike", "target", "control", "casualties", "presence")


def make_data(n_claims: int, n_locations: int, seed: int = 2015):
    """Synthetic but realistic claims and locations (points inside Syria)."""
    from geomap.model import Claim, Location, point

    rnd = random.Random(seed)
    try:
        from gazetteer.countries import contains

        def inside(lon, lat):
            return contains("SY", lon, lat)
    except ImportError:  # bbox only
        def inside(lon, lat):
            return True
    locs = []
    precisions = ("exact", "neighbourhood", "town", "town", "town", "district")
    while len(locs) < n_locations:
        lon, lat = rnd.uniform(35.7, 42.4), rnd.uniform(32.3, 37.3)
        if not inside(lon, lat):
            continue
        i = len(locs) + 1
        locs.append(Location(name=f"Place {i} ({'ABCDEFGH'[i % 8]}-{i % 97})", geometry=point(round(lon, 5), round(lat, 5)),
                             kind="locality", country="SY", admin1=f"Governorate {i % 14}",
                             precision=precisions[i % len(precisions)], id=i))
    claims = []
    for j in range(n_claims):
        side = SIDES[j % 4]
        loc = locs[rnd.randrange(n_locations)]
        kind = KINDS[rnd.randrange(len(KINDS))]
        outlet, ourl = OUTLETS[rnd.randrange(len(OUTLETS))]
        cas = rnd.randrange(60) if kind in ("strike", "casualties") and rnd.random() < 0.5 else None
        c = Claim(
            kind=kind, claimant=rnd.choice(CLAIMANTS[side]), side=side, location_id=loc.id,
            date=f"2015-10-{1 + rnd.randrange(28):02d}", outlet=outlet, outlet_url=ourl,
            url=f"{ourl}article/{j}", target="Islamic State positions" if kind == "target" else None,
            faction=rnd.choice(FACTIONS) if kind in ("target", "control", "presence") else None,
            casualties_min=cas, casualties_max=cas,
            notes=f"Report {j}: {kind} near {loc.name}" if rnd.random() < 0.3 else None, id=j + 1)
        claims.append(dataclasses.replace(c, location=loc))
    return claims, locs


def render_geomap(claims, locs, out: Path) -> None:
    from geomap.render import render_map

    render_map(claims, locs, out, offline=True, title="Benchmark")


def render_folium(claims, out: Path) -> None:
    """folium's own approach: one GeoJson layer per side with GeoJsonPopup."""
    import folium

    m = folium.Map(location=(35.0, 38.5), zoom_start=7, tiles=None)
    fields = ["claimant", "kind", "date", "outlet", "url", "target", "faction", "casualties_min", "notes", "location"]
    for side in SIDES:
        feats = []
        for c in claims:
            if c.side != side:
                continue
            p = c.properties()
            feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [c.location.lon, c.location.lat]},
                          "properties": {k: p[k] for k in fields}})
        fc = {"type": "FeatureCollection", "features": feats}
        folium.GeoJson(fc, name=f"{side} ({len(feats)})", popup=folium.GeoJsonPopup(fields=fields)).add_to(m)
    folium.LayerControl(collapsed=False).add_to(m)
    m.save(str(out))


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def local_folium_copy(path: Path) -> Path:
    """folium's page with its CDN links replaced by a local copy of the same Leaflet."""
    import re
    import shutil

    import xstatic.pkg.leaflet as xl

    local = path.parent / "leaflet"
    if not local.exists():
        shutil.copytree(xl.BASE_DIR, local)
    html = path.read_text(encoding="utf-8")
    html = re.sub(r'<script src="https://[^"]*/leaflet\.js"></script>', '<script src="leaflet/leaflet.js"></script>', html)
    html = re.sub(r'<link rel="stylesheet" href="https://[^"]*/leaflet\.css"/>',
                  '<link rel="stylesheet" href="leaflet/leaflet.css"/>', html)
    html = re.sub(r'<script src="https://[^"]*"></script>', "", html)
    html = re.sub(r'<link rel="stylesheet" href="https://[^"]*"/>', "", html)
    assert "https://cdn" not in html, "an unexpected CDN link is left in folium's page"
    out = path.with_name(path.stem + "-local.html")
    out.write_text(html, encoding="utf-8")
    return out


def browser_times(path: Path, kind: str, repeat: int, timeout_s: float) -> list[tuple[float, float | None]]:
    """(load event, first painted frame) in seconds from navigation start, per run.

    "Working map": the page's load event has fired, the map and every side's features are on
    it, and a frame has been painted. A run that does not get there within ``timeout_s`` is
    recorded as ``None`` for the part it did not reach.
    """
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "render"))
    from render_browser import ARGS, CHROMIUM
    from playwright.sync_api import TimeoutError as PWTimeout
    from playwright.sync_api import sync_playwright

    if kind == "folium":
        path = local_folium_copy(path)
    ready = ("window.geomap && geomap.views.length > 0 && "
             "document.querySelectorAll('canvas[data-layer^=\"side-\"][data-drawn]').length == 4"
             if kind == "geomap" else
             "document.querySelectorAll('.leaflet-marker-icon').length > 0 && "
             "document.querySelectorAll('.leaflet-control-layers-overlays label').length == 4")
    results = []
    with sync_playwright() as p:
        # every host name fails to resolve: nothing can leave the machine, with no per-request
        # interception cost for either page
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=ARGS + ["--host-resolver-rules=MAP * ~NOTFOUND"])
        try:
            for _ in range(repeat):
                ctx = browser.new_context(viewport={"width": 1280, "height": 860})
                page = ctx.new_page()
                errors: list[str] = []
                page.on("pageerror", lambda e: errors.append(str(e)))
                t = time.perf_counter()
                loaded = painted = None
                try:
                    page.goto(path.resolve().as_uri(), wait_until="load", timeout=timeout_s * 1000)
                    page.wait_for_function(ready, timeout=max(1.0, timeout_s - (time.perf_counter() - t)) * 1000)
                    loaded = time.perf_counter() - t
                    page.set_default_timeout(max(1.0, timeout_s - loaded) * 1000)
                    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
                    painted = time.perf_counter() - t
                except PWTimeout:
                    pass
                results.append((loaded, painted))
                if errors:
                    raise RuntimeError(f"{kind}: page errors: {errors[:3]}")
                if painted is not None:
                    remote = page.evaluate("performance.getEntriesByType('resource').map(e => e.name)"
                                           ".filter(u => !u.startsWith('file:') && !u.startsWith('data:'))")
                    if remote:
                        raise RuntimeError(f"{kind}: the page requested {remote[:3]}")
                ctx.close()
        finally:
            browser.close()
    return results


def _fmt_load(runs: list, timeout_s: float) -> tuple[str, str, float | None]:
    loads = [r[0] for r in runs]
    paints = [r[1] for r in runs]
    if any(x is None for x in paints):
        done = [x for x in loads if x is not None]
        return ((f"{statistics.median(done):.2f} s" if done else f"> {timeout_s:.0f} s"),
                f"> {timeout_s:.0f} s (no frame)", None)
    return f"{statistics.median(loads):.2f} s", f"{statistics.median(paints):.2f} s", statistics.median(paints)


def machine() -> str:
    model = ""
    try:
        model = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        model = next((l.split(":", 1)[1].strip() for l in model.splitlines() if l.startswith("Model name")), "")
    except OSError:
        pass
    import folium

    return (f"{os.cpu_count()} CPUs ({model}), Python {platform.python_version()}, folium {folium.__version__}, "
            f"{subprocess.run(['/usr/bin/chromium', '--version'], capture_output=True, text=True).stdout.strip()}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--locations", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--folium-loads", type=int, default=1,
                    help="browser loads of folium's page (each takes minutes at 100,000 claims)")
    ap.add_argument("--timeout", type=float, default=600.0, help="give up on one page load after this many seconds")
    ap.add_argument("--keep", metavar="DIR", help="keep the two HTML files here")
    a = ap.parse_args(argv)

    t = time.perf_counter()
    claims, locs = make_data(a.claims, a.locations)
    print(f"data: {len(claims):,} claims at {len(locs):,} places, 4 sides ({time.perf_counter() - t:.1f} s)", flush=True)
    outdir = Path(a.keep or tempfile.mkdtemp(prefix="geomap-bench-"))
    outdir.mkdir(parents=True, exist_ok=True)
    ours, theirs = outdir / "geomap.html", outdir / "folium.html"

    # warm imports once so neither side pays them inside the timing
    import folium  # noqa: F401

    import geomap.render  # noqa: F401

    # Interleaved (geomap, folium, geomap, ...) so a change in machine load hits both alike.
    rows = {"geomap": {"render": []}, "folium": {"render": []}}
    for _ in range(a.repeat):
        rows["geomap"]["render"] += timed(lambda: render_geomap(claims, locs, ours), 1)
        rows["folium"]["render"] += timed(lambda: render_folium(claims, theirs), 1)
    print(f"geomap render: {rows['geomap']['render']}", flush=True)
    print(f"folium render: {rows['folium']['render']}", flush=True)
    rows["geomap"]["size"] = ours.stat().st_size
    rows["folium"]["size"] = theirs.stat().st_size
    if not a.no_browser:
        loads = {"geomap": browser_times(ours, "geomap", a.repeat, a.timeout)}
        print(f"geomap load (load event, first frame): {loads['geomap']}", flush=True)
        loads["folium"] = browser_times(theirs, "folium", a.folium_loads, a.timeout)
        print(f"folium load (load event, first frame): {loads['folium']}", flush=True)

    med = {k: {m: (statistics.median(v) if isinstance(v, list) else v) for m, v in r.items()} for k, r in rows.items()}
    g, f = med["geomap"], med["folium"]
    print()
    print(f"machine: {machine()}")
    print(f"command: python benchmarks/render_scale.py --claims {a.claims} --locations {a.locations} "
          f"--repeat {a.repeat} --folium-loads {a.folium_loads}")
    print()
    print("| | geomap | folium GeoJson+GeoJsonPopup | geomap / folium | target |")
    print("|---|---|---|---|---|")
    print(f"| render time (median of {a.repeat}) | {g['render']:.2f} s | {f['render']:.2f} s | "
          f"{g['render'] / f['render']:.0%} | < 50 % |")
    print(f"| HTML size | {g['size'] / 1e6:.1f} MB | {f['size'] / 1e6:.1f} MB | {g['size'] / f['size']:.0%} | < 60 % |")
    g_paint = None
    if not a.no_browser:
        gl, gp, g_paint = _fmt_load(loads["geomap"], a.timeout)
        fl, fp, f_paint = _fmt_load(loads["folium"], a.timeout)
        ratio = f"{g_paint / f_paint:.1%}" if g_paint and f_paint else "-"
        print(f"| features on the map (load event + ready check), headless Chromium (median of {a.repeat}; "
              f"folium {a.folium_loads}) | {gl} | {fl} | | |")
        print(f"| time to working map: first frame painted (median of {a.repeat}; folium {a.folium_loads}) | "
              f"{gp} | {fp} | {ratio} | geomap < 3 s |")
    ok = g["render"] < 0.5 * f["render"] and g["size"] < 0.6 * f["size"] and (a.no_browser or (g_paint or 99) < 3.0)
    print()
    print("targets met" if ok else "TARGETS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
