"""What every test folder shares: paths, and the skip-or-fail rule for system dependencies.

Imported by name (``from testkit import require``): pytest puts ``tests/`` on ``sys.path``
for the root conftest. Folder-specific helpers live in uniquely named modules
(``rel_helpers``, ``render_case``, ``io_helpers``, ``pgneed``), never in a conftest that
another folder could shadow.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

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
