"""The build script's own rules: curated ids are unique, a spelling entry may correct a kind, and a part's point is
where its settlements are."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_gazetteer", REPO / "scripts" / "build_gazetteer.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_shipped_curated_file_loads_with_unique_ids(build):
    entries = build.load_curated(REPO / "scripts" / "curated_places.yaml")
    assert len({e["id"] for e in entries}) == len(entries) > 200


def test_a_curated_id_given_twice_is_refused(build, tmp_path):
    p = tmp_path / "curated.yaml"
    entry = "  - {id: x, name: X, kind: site, country: SY, lat: 35.0, lon: 38.0, source: 'https://example.org'}\n"
    p.write_text("places:\n" + entry + entry, encoding="utf-8")
    with pytest.raises(SystemExit, match="appears twice"):
        build.load_curated(p)


def test_a_spelling_entry_corrects_a_kind_and_refuses_a_town(build, tmp_path):
    rows = [dict(id="wof:1", name="Bosphorus", kind="locality", alt=[], population=0)]
    build.apply_spellings(rows, [dict(id="wof:1", kind="region", add=["Bosporus"], source="https://example.org")], {})
    assert rows[0]["kind"] == "region" and rows[0]["alt"] == ["Bosporus"]
    p = tmp_path / "spellings.yaml"
    p.write_text("places:\n  - {id: 'wof:1', kind: locality, source: 'https://example.org'}\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="kind must be region or site"):
        build.load_spellings(p)


def test_settlement_centre(build):
    from shapely.geometry import Point, box

    square = box(0.0, 0.0, 10.0, 10.0)
    xs = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 50.0])
    ys = np.array([1.0, 1.0, 1.0, 1.0, 6.0, 50.0])
    # the mean of the five inside, the one outside left out
    assert build._settlement_centre(square, xs, ys) == pytest.approx((3.0, 2.0))
    # fewer than five inside: no centre (the caller takes the outline's centroid)
    assert build._settlement_centre(square, xs[2:], ys[2:]) is None
    # a crescent whose settlements' mean falls outside it: the settlement nearest that mean
    crescent = box(0.0, 0.0, 10.0, 10.0).difference(box(2.0, 2.0, 10.0, 8.0))
    xs = np.array([1.0, 1.0, 1.0, 9.0, 9.0, 9.0])
    ys = np.array([1.0, 5.0, 9.0, 1.0, 9.0, 9.5])
    cx, cy = build._settlement_centre(crescent, xs, ys)
    assert crescent.contains(Point(cx, cy))
    assert (cx, cy) in set(zip(xs.tolist(), ys.tolist()))


@pytest.mark.parametrize("name, short", [
    ("Shuraykhan al 'Ulya", "Shuraykhan"),
    ("Suwaydiyah Kabirah", "Suwaydiyah"),
    ("Kafr Dali Fawqani", "Kafr Dali"),
    ("Shuyukh Tahtani", "Shuyukh"),
    ("Albu Kabir", ""),  # (a tribe's prefix is no village)
    ("Khirbat al Gharbi", ""),  # ("ruin" alone is no name)
    ("Qaryat al Hajjaj", ""),  # ("village of" stays: what is left is as often a word or a quarter's name)
    ("Tall Abyad", ""),  # (no qualifier)
])
def test_a_villages_short_name_drops_only_the_qualifier_after_it(build, name, short):
    assert build.short_form(name) == short


def test_a_countrys_other_name_is_refused_only_where_a_local_town_bears_it_as_written(build):
    # Italian "Cina" only folds like the Turkish town of Çine; Turkish "Karadağ" is a village's own name (written
    # "Karadag" by the source)
    rows = [dict(kind="country", country="CN", name="China", alt=[]),
            dict(kind="country", country="ME", name="Montenegro", alt=[])]
    local = ["Çine", "Karadag"]
    build.add_country_names(rows, {"CN": ["Cina"], "ME": ["Karadağ"]}, set(), {build.unaccented(n) for n in local})
    assert rows[0]["alt"] == ["Cina"] and rows[1]["alt"] == []
