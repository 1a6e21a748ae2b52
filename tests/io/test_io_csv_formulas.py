"""CSV and ACLED exports never hand a spreadsheet a formula, and the round trip keeps the text."""

import csv
import io

import pytest

from geomap.io import export, import_files
from geomap.model import Claim
from geomap.store.gpkg import GeoPackageStore

TEXTS = ["=HYPERLINK(\"http://evil\",\"x\")", "+SUM(1,2)", "-2+3", "@cmd", "\tTAB", "'=already quoted", "''+two", "plain", "it's fine"]


@pytest.mark.parametrize("fmt", ["csv", "acled"])
def test_no_cell_starts_a_formula(tmp_path, fmt):
    src = tmp_path / "a.gpkg"
    with GeoPackageStore(src, create=True) as st:
        for t in TEXTS:
            st.add_claim(Claim(kind="strike", claimant="C " + t, side="independent", notes=t, date="2015-10-01"))
        out = tmp_path / f"out.{fmt}.csv"
        export(st, fmt, out)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    for row in rows[1:]:
        for cell in row:
            assert not cell[:1] in ("=", "+", "@", "\t", "\r") and not (cell[:1] == "-" and not cell[1:2].isdigit()), cell


def test_csv_round_trip_restores_the_text(tmp_path):
    src = tmp_path / "a.gpkg"
    with GeoPackageStore(src, create=True) as st:
        for t in TEXTS:
            st.add_claim(Claim(kind="strike", claimant="Monitor", side="independent", notes=t, quote=t))
        export(st, "csv", tmp_path / "x.csv")
    with GeoPackageStore(tmp_path / "b.gpkg", create=True) as st:
        import_files(st, [tmp_path / "x.csv"])
        assert [(c.notes, c.quote) for c in st.list_claims()] == [(t.strip() or None, t.strip() or None) for t in TEXTS]


def test_reimport_adds_nothing_twice(tmp_path, runner):
    from geomap.cli import cli

    db = str(tmp_path / "r.gpkg")
    from geomap.demo import case_path

    first = runner.invoke(cli, ["--db", db, "import", str(case_path())])
    assert first.exit_code == 0, first.output
    second = runner.invoke(cli, ["--db", db, "import", str(case_path())])
    assert second.exit_code == 0 and "35 claim(s) already in the store were not added again" in second.stderr
    with GeoPackageStore(db) as st:
        assert st.count_claims() == 35 and len(st.list_locations()) == 13
    third = runner.invoke(cli, ["--db", db, "import", "--keep-duplicates", str(case_path())])
    assert third.exit_code == 0
    with GeoPackageStore(db) as st:
        assert st.count_claims() == 70
