"""Fixtures for the import/export tests."""

from __future__ import annotations

import pytest
from io_helpers import EXAMPLE_CASE, fill_tricky

from geomap.store.gpkg import GeoPackageStore


@pytest.fixture
def filled_store(tmp_path):
    """A store with awkward text, an area with a hole, a claim without a place - and the 2015 case if present."""
    st = GeoPackageStore(tmp_path / "filled.gpkg", create=True)
    fill_tricky(st)
    if EXAMPLE_CASE.exists():
        from geomap.io import import_files

        import_files(st, [EXAMPLE_CASE])
    yield st
    st.close()


@pytest.fixture
def fresh_store(tmp_path):
    """Another empty store (the import side of a round trip)."""
    st = GeoPackageStore(tmp_path / "fresh.gpkg", create=True)
    yield st
    st.close()
