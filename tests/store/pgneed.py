"""Skip-or-fail helper shared by the store tests (importable by name from this directory)."""

from __future__ import annotations

from testkit import IN_CI, require


def in_ci() -> bool:
    return IN_CI


def need(condition: bool, reason: str) -> None:
    """Skip when a system dependency is missing, but fail under ``CI=true``."""
    require(condition, reason)
