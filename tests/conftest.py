"""Shared fixtures: data paths, a temporary store, a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from testkit import IN_CI, ROOT, SHARED, require, require_executable  # noqa: F401 (re-exported)


@pytest.fixture
def shared_dir() -> Path:
    require(SHARED.is_dir(), f"shared material not found at {SHARED}")
    return SHARED


@pytest.fixture
def tmp_store(tmp_path) -> Path:
    """Path of a store file that does not exist yet."""
    return tmp_path / "case.gpkg"


@pytest.fixture
def store(tmp_store):
    from geomap.store.gpkg import GeoPackageStore

    st = GeoPackageStore(tmp_store, create=True)
    yield st
    st.close()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def cli_run(runner, tmp_store):
    """Invoke ``geomap --db <tmp store> ARGS...`` through CliRunner."""
    from geomap.cli import cli

    def run(*args, input=None):
        return runner.invoke(cli, ["--db", str(tmp_store), *map(str, args)], input=input, catch_exceptions=False)

    return run


@pytest.fixture
def case_file() -> Path:
    from geomap.demo import case_path

    return case_path("syria-2015")
