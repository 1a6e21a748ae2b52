"""Fixtures for the reliability and security tests; helpers are in rel_helpers.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from rel_helpers import seed

@pytest.fixture(scope="session")
def _seeded_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "seeded.gpkg"
    seed(path)
    return path


@pytest.fixture
def seeded_store(_seeded_template, tmp_path) -> Path:
    """Path of a small store with places and claims (a fresh copy per test)."""
    import shutil

    path = tmp_path / "seeded.gpkg"
    shutil.copyfile(_seeded_template, path)
    return path
