"""Helpers for the reliability and security tests (issue 7); the fixtures are in conftest.py.

- :func:`geomap_proc` / :func:`geomap_run`: the real ``geomap`` command as a subprocess.
- :func:`cli`: the same command in-process through Click's runner (fast), stdout and stderr apart.
- :func:`digest`: the bytes of a file, to prove a refused command left the store untouched.
- :func:`seed`: a small store with places and claims, the "before" of every refusal (``seeded_store`` fixture).
- :func:`integrity`: ``PRAGMA integrity_check`` and ``foreign_key_check`` of a store file.

The browser helpers are the render tests' own (``tests/render/render_browser.py``): this
module puts that folder on ``sys.path`` so both suites drive Chromium the same way.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "tests" / "render"))  # render_browser: one Chromium helper for both suites

from testkit import IN_CI, require  # noqa: E402,F401 (re-exported)

#: Environment of every geomap subprocess: this checkout first, no user gazetteer layer from $HOME.
ENV = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep))
ENV.pop("GEOMAP_DB", None)


def geomap_cmd(*args) -> list[str]:
    return [sys.executable, "-m", "geomap", *map(str, args)]


def geomap_run(*args, env: dict | None = None, timeout: float = 120, input: str | None = None):
    """Run ``geomap ARGS`` to completion; returns the CompletedProcess (text mode)."""
    return subprocess.run(geomap_cmd(*args), capture_output=True, text=True, env={**ENV, **(env or {})},
                          timeout=timeout, input=input)


def geomap_proc(*args, env: dict | None = None) -> subprocess.Popen:
    """Start ``geomap ARGS`` (stdout/stderr discarded) and return the process."""
    return subprocess.Popen(geomap_cmd(*args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**ENV, **(env or {})})


class Result:
    """Exit code, stdout and stderr of one in-process CLI run."""

    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    def __repr__(self) -> str:
        return f"Result(code={self.code}, err={self.err!r}, out={self.out[:200]!r})"


def cli(*args, input=None, env: dict | None = None) -> Result:
    """``geomap ARGS`` in-process (CliRunner); unexpected exceptions still become exit 1, as in the real CLI."""
    from geomap.cli import cli as group

    runner = CliRunner()
    r = runner.invoke(group, [str(a) for a in args], input=input, env=env)
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        import traceback

        raise AssertionError("the CLI raised instead of refusing:\n"
                             + "".join(traceback.format_exception(r.exception)))
    return Result(r.exit_code, r.stdout, r.stderr)


def digest(path: str | os.PathLike) -> str | None:
    """SHA-256 of a file's bytes (None when it does not exist)."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def integrity(path: str | os.PathLike) -> None:
    """Assert SQLite's own checks pass on ``path`` (opened read-write so a hot journal is rolled back)."""
    con = sqlite3.connect(os.fspath(path), timeout=30)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


def seed(path: str | os.PathLike) -> None:
    """A small store: two points, an area, claims with and without a place."""
    from geomap.model import Claim, Location, point
    from geomap.store.gpkg import GeoPackageStore

    with GeoPackageStore(path, create=True) as st:
        a = st.add_location(Location(name="Talbiseh", geometry=point(36.73093, 34.84063), country="SY",
                                     admin1="Homs", aliases=("Talbisah",)))
        b = st.add_location(Location(name="Latamneh", geometry=point(36.62292, 35.32149), country="SY"))
        c = st.add_location(Location(name="Rastan pocket", kind="region", country="SY", geometry={
            "type": "Polygon", "coordinates": [[[36.6, 34.8], [36.9, 34.8], [36.9, 35.0], [36.6, 35.0], [36.6, 34.8]]]}))
        st.add_claims([
            Claim(kind="strike", claimant="Syrian opposition activists", side="syrian_opposition", location_id=a.id,
                  date="2015-09-30", outlet="Wall Street Journal", casualties_min=27, casualties_max=36),
            Claim(kind="target", claimant="Russian Defence Ministry", side="russia", location_id=b.id,
                  date="2015-09-30", target="Islamic State"),
            Claim(kind="control", claimant="Syrian opposition activists", side="syrian_opposition", location_id=c.id, faction="Free Syrian Army"),
            Claim(kind="denial", claimant="Russian Defence Ministry", side="russia", date="2015-10-01"),
        ])
