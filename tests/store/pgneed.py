"""Skip-or-fail helper shared by the store tests (importable by name from this directory)."""

from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need(condition: bool, reason: str) -> None:
    """Skip when a system dependency is missing, but fail under ``CI=true``."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"CI=true but {reason}: .ci/run must provide it (apt-get install postgresql-15-postgis-3 gdal-bin)",
                    pytrace=False)
    pytest.skip(reason)
