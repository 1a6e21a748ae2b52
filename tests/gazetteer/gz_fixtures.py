"""Fixtures for the gazetteer tests: one shared, loaded gazetteer (loading takes well under a second).

A uniquely named module (not conftest.py), imported by the test modules, so it never shadows
another test folder's conftest.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def gz():
    from gazetteer import Gazetteer

    return Gazetteer().load()


@pytest.fixture()
def fresh_gz():
    """A gazetteer of its own (for tests that add user places)."""
    from gazetteer import Gazetteer

    return Gazetteer()
