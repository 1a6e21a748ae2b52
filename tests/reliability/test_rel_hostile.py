"""Hostile text: a note full of markup never runs, in the map (real Chromium) or in KML.

A store is filled through the real CLI (``location add``, ``claim add``, ``import``) with a
payload in EVERY user-text field - location names, aliases, admin1, notes, sources,
claimants, outlets, outlet URLs, claim URLs, targets, factions, claim notes, quotes,
munitions, and the map title - so that each field carries each payload. The map is rendered
with ``geomap render`` and opened in Debian's Chromium (every non-file: request blocked);
every popup, panel and the legend is opened. Nothing may run (each payload would set
``window.__pwned`` or open a dialog), no markup may appear, every payload must be readable
as text, and only http(s) URLs may become links. The KML export is parsed with an XML parser
and its description HTML with an HTML parser: payloads are text there too.

The browser helper is the render tests' own ``render_browser`` (see conftest.py).
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from rel_helpers import ROOT, cli, require

#: Each sets window.__pwned (or opens a dialog) if any layer treats it as markup or code.
PAYLOADS = [
    '<img src=x onerror="window.__pwned=1">',
    "<svg onload=window.__pwned=2>",
    "</script><script>window.__pwned=3</script>",
    "${window.__pwned=4}",
    "\\`;window.__pwned=5;//",
    "`+(window.__pwned=6)+`",
    '" onmouseover="window.__pwned=7" x="',
    "' autofocus onfocus='window.__pwned=8' x='",
    '<a href="javascript:window.__pwned=9">click me</a>',
    '<iframe srcdoc="<script>parent.__pwned=10</script>"></iframe>',
    "<details open ontoggle=alert(11)>",
    "{{constructor.constructor('window.__pwned=12')()}}",
    "<style>*{display:none}</style><!--",
    "]]><x>&amp;&#x3c;</x>",
]

#: Only the last four (http/https with a host) may become links; their odd characters stay inside href.
URLS = [
    "javascript:window.__pwned=20",
    " JaVaScRiPt:alert(21)",
    "data:text/html,<script>window.__pwned=22</script>",
    "vbscript:msgbox(23)",
    "//evil.example/x",
    "https://user:pw@evil.example/",
    "http://example.org/\"><img/src=x/onerror=window.__pwned=24>",
    "https://example.org/a?b=1&c=<d>",
    "http://example.org/report",
    "https://example.org/q?x='\"`${1}",
]
LINKABLE = {"http://example.org/\"><img/src=x/onerror=window.__pwned=24>", "https://example.org/a?b=1&c=<d>", "http://example.org/report", "https://example.org/q?x='\"`${1}"}

N = len(PAYLOADS)
SIDES = ["russia", "us_coalition", "syrian_opposition", "syrian_government", "turkmen", "independent"]
KINDS = ["strike", "target", "control", "presence", "casualties", "denial"]


def P(i: int) -> str:
    return PAYLOADS[i % N]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A store whose every text field holds every payload, filled through the CLI."""
    d = tmp_path_factory.mktemp("hostile")
    db = d / "hostile.gpkg"

    def ok(*args):
        r = cli("--db", db, *args)
        assert r.code == 0, r
        return r

    ids = []
    for i in range(N):
        r = ok("location", "add", f"{P(i)} #{i}", "--lat", f"{34.8 + i * 0.08:.3f}", "--lon", f"{36.6 + (i % 5) * 0.15:.3f}",
               "--alias", P(i + 1), "--admin1", P(i + 2), "--note", P(i + 3), "--source", P(i + 4), "--country", "SY",
               "--format", "json")
        ids.append(json.loads(r.out)["id"])
    # an area with payloads, through an importer
    area = {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [
        [[37.5, 34.5], [38.0, 34.5], [38.0, 34.9], [37.5, 34.9], [37.5, 34.5]]]},
        "properties": {"name": P(5) + " area", "kind": "region", "note": P(6), "source": P(7), "aliases": [P(8)]}}
    (d / "area.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [area]}), encoding="utf-8")
    ok("import", d / "area.geojson")
    ok("claim", "add", "--location", P(5) + " area", "--claimant", P(9), "--side", "independent", "--kind", "control",
       "--faction", P(10), "--notes", P(11), "--url", URLS[7])
    for j in range(N + 3):
        loc = ["--location", str(ids[j % N])] if j < N else []  # the last three have no place
        ok("claim", "add", *loc, "--claimant", f"{P(j)} c{j}", "--side", SIDES[j % len(SIDES)],
           "--kind", KINDS[j % len(KINDS)], "--date", f"2015-{9 + j % 2:02d}-{1 + j % 28:02d}",
           "--reported-by", P(j + 1), "--outlet-url", URLS[j % len(URLS)], "--url", URLS[(j + 1) % len(URLS)],
           "--target", P(j + 2), "--faction", P(j + 3), "--munitions", P(j + 4), "--notes", P(j + 5),
           "--quote", P(j + 6), "--casualties-min", "1", "--casualties-max", "3")
    return db


@pytest.fixture(scope="module")
def hostile_map(hostile, tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile-map") / "map.html"
    r = cli("--db", hostile, "render", "-o", out, "--title", P(2))
    assert r.code == 0, r
    return out


@pytest.fixture(scope="module")
def browser():
    from render_browser import chromium, chromium_missing

    why = chromium_missing()
    require(why is None, why or "")
    with chromium() as b:
        yield b


@pytest.mark.browser
def test_no_payload_runs_in_the_map_and_all_show_as_text(browser, hostile_map, tmp_path):
    from render_browser import Session

    s = Session(browser)
    requests: list[str] = []
    s.page.on("request", lambda r: requests.append(r.url))
    try:
        page = s.open(hostile_map)
        page.wait_for_timeout(200)
        texts, hrefs = [], []
        n_locs = page.evaluate("geomap.views[0].d.locs.length")
        assert n_locs == N + 1
        # one real click (the user's path), then every place's popup through the view's own opener
        pos = page.evaluate("""() => { const v = geomap.views[0], l = v.d.locs[0];
            v.map.setView([l.lat, l.lon], 11, {animate: false});
            const p = v.map.latLngToContainerPoint([l.lat, l.lon]), r = v.map.getContainer().getBoundingClientRect();
            return [r.left + p.x, r.top + p.y]; }""")
        page.mouse.click(*pos)
        page.wait_for_selector(".geomap-popup")
        for i in range(n_locs):
            page.evaluate("geomap.views[0].map.closePopup()")
            page.wait_for_selector(".geomap-popup", state="detached")  # Leaflet fades popups out
            page.evaluate("""i => { const v = geomap.views[0], l = v.d.locs[i];
                v.map.setView([l.lat, l.lon], 9, {animate: false}); v.openPopup(l); }""", i)
            popup = page.locator(".geomap-popup")
            popup.hover(force=True, timeout=5000)
            for a in popup.locator("a").all():
                a.hover(force=True, timeout=5000)
            texts.append(popup.text_content())
            hrefs += popup.locator("a").evaluate_all("ns => ns.map(n => n.getAttribute('href'))")
        page.locator(".geomap-unplaced summary").click()
        page.locator(".geomap-unplaced").hover(force=True, timeout=5000)
        for cls in (".geomap-unplaced", ".geomap-findings", ".geomap-legend"):
            texts.append(page.locator(cls).text_content())
        if page.locator(".gm-date-select").count():
            for value in page.locator(".gm-date-select option").evaluate_all("os => os.map(o => o.value)"):
                page.select_option(".gm-date-select", value)
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")
        page.wait_for_timeout(200)

        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert s.dialogs == [] and s.errors == [] and s.console_errors == [], (s.dialogs, s.errors, s.console_errors)
        assert page.title() == P(2)
        shown = "\n".join(texts)
        for p in PAYLOADS:
            assert p in shown, f"payload not shown as text: {p!r}"
        # no element was made from data: nothing injected anywhere in the page
        injected = page.evaluate("""() => {
            const bad = [];
            for (const e of document.querySelectorAll('body *')) {
                if (/^(IMG|SVG|IFRAME|OBJECT|EMBED|STYLE|X|DETAILS)$/i.test(e.tagName)
                    && !(e.tagName === 'DETAILS' && String(e.className).indexOf('geomap-') === 0)
                    && !e.closest('.leaflet-control-attribution'))
                    bad.push(e.outerHTML.slice(0, 120));
                for (const a of e.attributes) if (/^on/i.test(a.name)) bad.push(e.tagName + ' ' + a.name);
            }
            return bad; }""")
        assert injected == []
        scripts = page.evaluate("Array.from(document.scripts).map(s => s.type || 'js')")
        assert scripts.count("application/json") == 1
        hrefs += page.locator(".geomap-panel a").evaluate_all("ns => ns.map(n => n.getAttribute('href'))")
        assert hrefs and all(re.match(r"^https?://", h) for h in hrefs), hrefs
        assert set(hrefs) == LINKABLE  # every http(s) URL became a link, nothing else did
        # Leaflet's own anchors (zoom buttons, popup close, attribution) are the only other links
        others = page.evaluate("""Array.from(document.querySelectorAll('a[href]'))
            .filter(a => !a.closest('.geomap-popup, .geomap-panel')).map(a => a.getAttribute('href'))""")
        assert set(others) <= {"#", "https://leafletjs.com"}, others
        assert s.blocked == []
        assert all(u == Path(hostile_map).resolve().as_uri() or u.startswith("data:") for u in requests), requests
    finally:
        s.close()


def test_title_payload_in_the_head_is_text(hostile_map):
    html = Path(hostile_map).read_text(encoding="utf-8")
    head = html.split("</head>", 1)[0]
    title = re.search(r"<title>(.*?)</title>", head, re.S).group(1)
    assert "<" not in title and "&lt;/script&gt;" in title
    # the data blob cannot close its script element whatever the payloads
    blob = html.split('id="geomap-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in blob and json.loads(blob)["v"] == 1


# -- KML -----------------------------------------------------------------------------------------

KML = "{http://www.opengis.net/kml/2.2}"
ALLOWED_TAGS = {"table", "tr", "th", "td", "a", "blockquote", "p", "h4"}


class _Html(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.tags.append(("!--", []))


@pytest.mark.parametrize("what", ["claims", "locations"])
def test_kml_keeps_every_payload_as_text(hostile, tmp_path, what):
    out = tmp_path / f"{what}.kml"
    r = cli("--db", hostile, "export", "--format", "kml", "--what", what, "-o", out)
    assert r.code == 0, r
    root = ET.parse(out).getroot()  # well-formed XML whatever the payloads
    marks = root.findall(f".//{KML}Placemark")
    assert marks
    values, described = [], []
    for pm in marks:
        values.append(pm.findtext(f"{KML}name"))
        values += [v.text or "" for v in pm.iter(f"{KML}value")]
        desc = pm.findtext(f"{KML}description") or ""
        h = _Html()
        h.feed(desc)
        h.close()
        for tag, attrs in h.tags:
            assert tag in ALLOWED_TAGS, (tag, desc[:300])
            for name, value in attrs:
                assert tag == "a" and name == "href" and value in LINKABLE, (tag, name, value)
        described.append("".join(h.text))
    plain, html_text = "\n".join(values), "\n".join(described)
    for p in PAYLOADS:
        assert p in html_text, f"payload lost from the descriptions: {p!r}"
        if what == "claims":
            assert p in plain, f"payload lost from the attributes: {p!r}"
    # the document title is the store's; a payload there is text as well
    assert root.find(f"{KML}Document/{KML}name") is not None


# -- one choke point ------------------------------------------------------------------------------

def test_one_escaping_choke_point():
    """Only geomap/render/escape.py escapes; KML uses it; the map's JavaScript never parses data as HTML."""
    pkg = ROOT / "geomap"
    offenders = []
    for path in pkg.rglob("*.py"):
        if path == pkg / "render" / "escape.py":
            continue
        src = path.read_text(encoding="utf-8")
        for pat in (r"\bimport html\b", r"\bfrom html import\b", r"html\.escape\(", r"saxutils", r"markupsafe",
                    r"\bMarkup\(", r"folium\.(Popup|Tooltip|GeoJsonPopup|GeoJsonTooltip)", r"\|\s*safe\b"):
            if re.search(pat, src):
                offenders.append(f"{path.relative_to(ROOT)}: {pat}")
    assert offenders == []
    kml = (pkg / "io" / "kml.py").read_text(encoding="utf-8")
    assert re.search(r"from \.\.render\.escape import .*xml_escape", kml)
    js = (pkg / "render" / "assets" / "geomap.js").read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", js, flags=re.S)
    for pat in (r"\.innerHTML\s*=", r"insertAdjacentHTML", r"outerHTML\s*=", r"document\.write", r"\beval\(",
                r"new Function", r"setTimeout\(\s*['\"]", r"bindPopup\(\s*[^)]*\+", r"\.html\("):
        assert not re.search(pat, code), pat


TEMPLATE_SYNTAX = ["{{ 7*7 }}", "{% if true %}IF-RAN{% endif %}", "{# hidden #}",
                   "{{ cycler.__init__.__globals__.os.getpid() }}", "{{ config }}{% raw %}"]


def test_template_syntax_in_data_is_never_evaluated(tmp_path):
    """Regression: folium.Element compiled page text as a Jinja template, so a note ran Python at render time."""
    db, out = tmp_path / "t.gpkg", tmp_path / "t.html"
    for i, t in enumerate(TEMPLATE_SYNTAX):
        assert cli("--db", db, "claim", "add", "--claimant", f"C{i} {t}", "--kind", "denial", "--notes", t,
                   "--quote", t).code == 0
    r = cli("--db", db, "render", "-o", out, "--title", TEMPLATE_SYNTAX[0])
    assert r.code == 0, r
    html = out.read_text(encoding="utf-8")
    blob = json.loads(html.split('id="geomap-data">', 1)[1].split("</script>", 1)[0])
    for t in TEMPLATE_SYNTAX:
        assert t in blob["S"], t
    assert "<title>{{ 7*7 }}</title>" in html and "IF-RAN" not in html.replace("{% if true %}IF-RAN{% endif %}", "")


# -- the terminal ----------------------------------------------------------------------------------

TERMINAL = ["\x1b[2J\x1b[H", "\x1b]0;pwned\x07", "\x1b]52;c;cm0gLXJmIH4=\x07", "\x9b31m", "\x1b[8mhidden", "\r\x1b[K"]


def test_terminal_escape_sequences_are_shown_not_obeyed(tmp_path):
    """Names and notes with ESC/BEL/C1 sequences would clear the screen, retitle it or set the clipboard."""
    db = tmp_path / "t.gpkg"
    for i, t in enumerate(TERMINAL):
        assert cli("--db", db, "location", "add", f"Place {i}{t}", "--lat", f"{34.8 + i / 100}", "--lon", "36.7",
                   "--note", t).code == 0
        r = cli("--db", db, "claim", "add", "--location", str(i + 1), "--claimant", f"C{t}", "--kind", "strike",
                "--notes", t, "--quote", t, "--target", t)
        assert r.code == 0, r
        assert not re.search("[\x1b\x07\x9b]", r.out)
    outputs = [cli("--db", db, *args).out for args in (
        ("claim", "list"), ("claim", "show", "1"), ("location", "list"), ("location", "show", "1"), ("report",))]
    for out in outputs:
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", out), repr(out[:300])
    assert "\\x1b[2J" in outputs[1] and "\\x9b31m" in "".join(outputs)
    # JSON keeps the data exactly (json escapes the C0 controls itself)
    rows = json.loads(cli("--db", db, "claim", "list", "--format", "json").out)
    assert [r["notes"] for r in rows] == [t.strip() for t in TERMINAL]


def test_command_line_bytes_that_are_not_utf8_are_refused(tmp_path):
    """Python keeps undecodable argv bytes as surrogates; they must not reach the store as an exception."""
    import subprocess

    from rel_helpers import geomap_cmd, ENV

    db = tmp_path / "t.gpkg"
    for args in ((b"location", b"add", b"Tal\xeebiseh", b"--lat", b"34.8", b"--lon", b"36.7"),
                 (b"claim", b"add", b"--claimant", b"Act\x9bivists", b"--kind", b"strike"),
                 (b"claim", b"add", b"--claimant", b"A", b"--kind", b"strike", b"--notes", b"caf\xe9")):
        cmd = [os.fsencode(a) for a in geomap_cmd("--db", db)] + list(args)
        p = subprocess.run(cmd, capture_output=True, env=ENV, timeout=60)
        err = p.stderr.decode("utf-8", "replace")
        assert p.returncode == 2 and "UTF-8" in err and "Traceback" not in err and err.count("\n") == 1, err
    assert not db.exists() or json.loads(cli("--db", db, "claim", "list", "--format", "json").out) == []
