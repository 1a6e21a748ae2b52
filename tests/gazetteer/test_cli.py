"""The resolve / geoparse / gazetteer import commands, on a tiny click group of their own."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from gazetteer import Place
from geomap.cli.gazetteer_cmds import gazetteer_group, geoparse_cmd, read_places_file, resolve_cmd


def make_cli(user_places=()):
    @click.group()
    @click.pass_context
    def cli(ctx):
        ctx.obj = {"user_places": lambda: list(user_places)}

    cli.add_command(resolve_cmd)
    cli.add_command(geoparse_cmd)
    cli.add_command(gazetteer_group)
    return cli


@pytest.fixture()
def run(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_GAZETTEER_HOME", str(tmp_path / "gzhome"))

    def _run(args, user_places=(), input=None):
        return CliRunner().invoke(make_cli(user_places), args, input=input, catch_exceptions=False)

    return _run


def test_resolve_json_aligned_with_names(run):
    r = run(["resolve", "Kfar Nabouda", "Idleb province", "Qqzzxx Vvqqzz", "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert len(data) == 3
    assert data[0]["name"] == "Kafr Nabudah" and data[0]["admin1"] == "Hama" and data[0]["kind"] == "locality"
    assert set(data[0]) == {"name", "lat", "lon", "kind", "country", "admin1", "id", "score", "bbox"}
    assert data[1]["kind"] == "admin1" and len(data[1]["bbox"]) == 4
    assert data[2] is None


def test_resolve_table_and_country(run):
    r = run(["resolve", "Douma", "--country", "sy", "--limit", "2"])
    assert r.exit_code == 0
    assert "Douma" in r.output and "SY" in r.output
    assert run(["resolve", "Douma", "--country", "Syria"]).exit_code == 2
    r = run(["resolve", "Douma", "--country", "XX"])   # the form of a code, but no country's
    assert r.exit_code == 2 and "'XX'" in r.output and "Traceback" not in r.output
    assert run(["resolve", "Douma", "--near", "abc"]).exit_code == 2
    assert run(["resolve"]).exit_code == 2


def test_resolve_uses_store_places(run):
    mine = Place(id="user:7", name="Checkpoint 9", kind="site", lat=35.1, lon=36.7, country="SY", source="user")
    r = run(["resolve", "checkpoint 9", "--format", "json"], user_places=[mine])
    assert json.loads(r.output)[0]["id"] == "user:7"


def test_geoparse_jsonl_files_and_stdin(run, tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Jets bombed Talbiseh, north of Homs.", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Nothing to see here.", encoding="utf-8")
    r = run(["geoparse", str(a), "-", str(b), "--format", "jsonl"], input="Shells hit Jobar in Damascus.")
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.output.splitlines()]
    assert [x["path"] for x in lines] == [str(a), "-", str(b)]
    first = lines[0]["mentions"][0]
    assert first["text"] == "Talbiseh" and first["start"] == 12 and first["end"] == 20
    assert set(first) == {"text", "start", "end", "name", "lat", "lon", "kind", "country", "id", "score"}
    assert [m["text"] for m in lines[1]["mentions"]] == ["Jobar", "Damascus"]
    assert lines[2]["mentions"] == []


def test_geoparse_table_and_json(run, tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Syrian troops entered Latamneh.", encoding="utf-8")
    r = run(["geoparse", str(a)])
    assert r.exit_code == 0 and "Latamneh" in r.output and "demonym" in r.output
    r = run(["geoparse", str(a), "--format", "json"])
    assert json.loads(r.output)[0]["mentions"][1]["country"] == "SY"


def test_geoparse_bad_input(run, tmp_path):
    r = run(["geoparse", str(tmp_path / "missing.txt")])
    assert r.exit_code == 2 and "no such file" in r.output
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    r = run(["geoparse", str(bad)])
    assert r.exit_code == 2 and "UTF-8" in r.output
    assert run(["geoparse", str(tmp_path)]).exit_code == 2
    assert "Traceback" not in r.output


GEONAMES_ROWS = [
    ["9990001", "Qaryat Testiyah", "Qaryat Testiyah", "Testiyeh,Testiya", "35.5", "36.6", "P", "PPL", "SY", "",
     "12", "", "", "", "250", "", "300", "Asia/Damascus", "2020-01-01"],
    ["9990002", "Testiyah Hill", "Testiyah Hill", "", "35.51", "36.61", "T", "HLL", "SY", "", "12", "", "", "",
     "0", "", "420", "Asia/Damascus", "2020-01-01"],
]


def test_gazetteer_import_geonames_then_resolve(run, tmp_path):
    f = tmp_path / "SY.txt"
    f.write_text("\n".join("\t".join(r) for r in GEONAMES_ROWS) + "\n", encoding="utf-8")
    r = run(["gazetteer", "import", str(f)])
    assert r.exit_code == 0, r.output
    assert "imported 2 places" in r.output
    r = run(["resolve", "Testiyeh", "Testiyah Hill", "--format", "json"])
    data = json.loads(r.output)
    assert data[0]["id"] == "user:gn:9990001" and data[0]["kind"] == "locality"
    assert data[1]["kind"] == "region"


def test_gazetteer_import_wof_tsv(run, tmp_path):
    f = tmp_path / "extra.tsv"
    f.write_text("wof_id\tplacetype\tname\tnames_eng\tlat\tlon\n"
                 "77\tneighbourhood\tHay Testawi\tTestawi Quarter\t36.2\t37.15\n", encoding="utf-8")
    assert run(["gazetteer", "import", str(f)]).exit_code == 0
    data = json.loads(run(["resolve", "Testawi Quarter", "--format", "json"]).output)
    assert data[0]["id"] == "user:77" and data[0]["country"] == "SY"  # country from the point


@pytest.mark.parametrize("content", ["", "just some words\n", "name\tlat\tlon\nX\tnorth\t36\n",
                                     "1\t2\t3\n"])
def test_gazetteer_import_rejects_bad_files(run, tmp_path, content):
    f = tmp_path / "bad.tsv"
    f.write_text(content, encoding="utf-8")
    r = run(["gazetteer", "import", str(f)])
    assert r.exit_code == 2, r.output
    assert len(r.output.strip().splitlines()) == 1
    assert run(["gazetteer", "import", str(tmp_path / "nope.txt")]).exit_code == 2


def test_read_places_file_kinds(tmp_path):
    f = tmp_path / "SY.txt"
    f.write_text("\n".join("\t".join(r) for r in GEONAMES_ROWS), encoding="utf-8")
    ps = read_places_file(f)
    assert [p.kind for p in ps] == ["locality", "region"] and ps[0].alt_names == ("Testiyeh", "Testiya")
