"""Reading the shipped gzip data: whole, several members, cut or foreign files refused."""

from __future__ import annotations

import gzip
import shutil

import pytest

from gazetteer import Gazetteer
from gazetteer.datafile import read_text
from gazetteer.exc import DataError
from gazetteer.index import DATA_DIR

TEXT = "Kafr Nabudah\tكفرنبودة\nJisr al-Shughur\tجسر الشغور\n"


def test_reads_one_member(tmp_path):
    p = tmp_path / "a.tsv.gz"
    p.write_bytes(gzip.compress(TEXT.encode("utf-8")))
    assert read_text(str(p)) == TEXT


def test_reads_every_member(tmp_path):
    p = tmp_path / "a.tsv.gz"
    half = len(TEXT) // 2
    p.write_bytes(gzip.compress(TEXT[:half].encode("utf-8")) + gzip.compress(TEXT[half:].encode("utf-8")))
    assert read_text(str(p)) == TEXT


@pytest.mark.parametrize("damage", ["cut", "plain", "flipped"])
def test_a_damaged_file_is_an_oserror(tmp_path, damage):
    raw = gzip.compress(TEXT.encode("utf-8") * 50)
    p = tmp_path / "a.tsv.gz"
    if damage == "cut":
        raw = raw[: len(raw) // 2]
    elif damage == "plain":
        raw = TEXT.encode("utf-8")
    else:
        raw = raw[:-8] + bytes(b ^ 0xFF for b in raw[-8:-4]) + raw[-4:]  # (a wrong checksum)
    p.write_bytes(raw)
    with pytest.raises(OSError):
        read_text(str(p))


def test_a_gazetteer_with_a_damaged_table_raises_data_error(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    raw = (data / "keys.tsv.gz").read_bytes()
    (data / "keys.tsv.gz").write_bytes(raw[: len(raw) // 3])
    with pytest.raises(DataError, match="unreadable"):
        Gazetteer(str(data)).load()
