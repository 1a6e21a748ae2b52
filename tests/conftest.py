"""Shared fixtures: data paths, a temporary store, a CLI runner."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GEOMAP_SHARED", ROOT.parent / "shared"))
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(condition: bool, reason: str) -> None:
    """Skip a test whose system dependency is missing - but fail in CI, where it must be there."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"CI=true but {reason}: .ci/run must install it")
    pytest.skip(reason)


def require_executable(name: str) -> str:
    path = shutil.which(name)
    require(path is not None, f"{name} is not installed")
    return path


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
