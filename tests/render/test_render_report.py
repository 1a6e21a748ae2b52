"""The contrast report (table, json, markdown) and the ``geomap render``/``geomap report`` commands."""

from __future__ import annotations

import json
import re

import pytest

from geomap.report import build_report, casualty_figure, format_report

from render_case import PAYLOADS


@pytest.fixture(scope="module")
def report(case):
    return build_report(*case, title="The 2015 case")


def test_casualties_are_listed_per_claimant_not_merged(report):
    pocket = next(l for l in report["locations"] if l["name"].startswith("Northern Homs"))
    figures = {c["claimant"]: c["figure"] for c in pocket["casualties"]}
    assert figures["Syrian Turkmen Assembly"] == "40"
    assert figures["Syrian Observatory for Human Rights"] == "27"
    assert figures["Syrian opposition activists"].startswith("at least 27 (children: at least 6")
    assert "contested control" in pocket["flags"]
    assert set(pocket["claims_by_side"]) == {"russia", "us_coalition", "syrian_opposition", "turkmen", "independent"}


@pytest.mark.parametrize("fmt", ["table", "json", "markdown"])
def test_every_format_has_places_flags_and_summary(report, fmt):
    text = format_report(report, fmt)
    if fmt == "json":
        assert json.loads(text) == json.loads(json.dumps(report))
        return
    for name in ("Talbiseh", "Rastan", "Latamneh"):
        assert name in text
    assert "stated target differs from reported control" in text
    assert report["summary"].split(";")[0] in text.replace("\\", "")


def test_markdown_table_is_well_formed(report):
    md = format_report(report, "markdown")
    rows = [l for l in md.splitlines() if l.startswith("| ")]
    assert len(rows) == len(report["locations"]) + 1
    for row in rows:
        cells = re.split(r"(?<!\\)\|", row)[1:-1]
        assert len(cells) == 6, row
    assert "[Sputnik News](https://sputniknews.com/)" in md


def test_markdown_of_hostile_text_is_inert(hostile):
    md = format_report(build_report(*hostile, title=PAYLOADS[0]), "markdown")
    assert "<" not in md and ">" not in md.replace("→", "")
    assert "](javascript:" not in md and "](data:" not in md
    rows = [l for l in md.splitlines() if l.startswith("| ")]
    assert all(len(re.split(r"(?<!\\)\|", r)[1:-1]) == 6 for r in rows)


def test_unknown_format_is_refused(report):
    from geomap.exc import InvalidInput

    with pytest.raises(InvalidInput):
        format_report(report, "pdf")


def test_casualty_figure_forms():
    from geomap.model import Claim

    assert casualty_figure(Claim(kind="strike", claimant="x")) is None
    assert casualty_figure(Claim(kind="strike", claimant="x", casualties_max=9)) == "up to 9"
    assert casualty_figure(Claim(kind="strike", claimant="x", casualties_min=3, casualties_max=9)) == "3-9"


# ---------------------------------------------------------------- CLI


@pytest.fixture
def filled(cli_run, tmp_store, case):
    from geomap.store.gpkg import GeoPackageStore

    claims, locs = case
    with GeoPackageStore(tmp_store, create=True) as st:
        ids = {}
        for loc in locs:
            ids[loc.id] = st.add_location(loc.__class__(**{**{f: getattr(loc, f) for f in (
                "name", "geometry", "kind", "aliases", "country", "admin1", "precision", "note", "source")}})).id
        import dataclasses

        st.add_claims([dataclasses.replace(c, id=None, location=None,
                                           location_id=ids.get(c.location_id)) for c in claims])
        st.set_meta("case_title", "Stored title")
    return cli_run


def test_render_command_writes_the_map(filled, tmp_path):
    out = tmp_path / "maps" / "x.html"
    r = filled("render", "-o", out, "--dual", "--date", "2015-10-01")
    assert r.exit_code == 0, r.output
    assert r.output.strip() == str(out)
    html = out.read_text(encoding="utf-8")
    assert "<title>Stored title</title>" in html and len(re.findall(r"var map_[0-9a-f]+ = L\.map\(", html)) == 2


def test_render_default_output(filled, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = filled("render", "--online", "--title", "T")
    assert r.exit_code == 0, r.output
    assert (tmp_path / "maps" / "geomap.html").exists()


@pytest.mark.parametrize("fmt", ["table", "json", "markdown"])
def test_report_command(filled, fmt):
    r = filled("report", "--format", fmt)
    assert r.exit_code == 0, r.output
    assert "Talbiseh" in r.output
    if fmt == "json":
        assert json.loads(r.output)["title"] == "Stored title"


def test_report_to_file(filled, tmp_path):
    out = tmp_path / "r.md"
    r = filled("report", "--format", "markdown", "-o", out)
    assert r.exit_code == 0 and out.read_text(encoding="utf-8").startswith("## Stored title")


@pytest.mark.parametrize("args, message", [
    (("render", "--date", "2015-13-01"), "no month 13"),
    (("report", "--date", "yesterday"), "is not YYYY"),
    (("render", "--date", "1999"), "nothing to map"),
    (("report", "--format", "pdf"), "Invalid value"),
])
def test_bad_input_exits_2_with_one_line(filled, args, message):
    r = filled(*args)
    assert r.exit_code == 2
    assert message in r.output
    assert "Traceback" not in r.output


def test_missing_store_exits_2(cli_run, tmp_store):
    r = cli_run("render")
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert not tmp_store.exists()
