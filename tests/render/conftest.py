"""Fixtures for the map and report tests: the 2015 case, hostile payloads, a real browser."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from geomap.model import Claim, Location, point

from render_case import PAYLOADS, case_objects
from testkit import IN_CI, require  # noqa: F401 (require is used by the browser helpers)

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("GEOMAP_TEST_ARTIFACTS", ROOT / "test-artifacts"))



@pytest.fixture(scope="session")
def case():
    """(claims, locations) of the bundled 2015 case, built with the model directly."""
    from geomap.demo import case_path

    return case_objects(case_path("syria-2015"))


def _hostile_objects():
    p = PAYLOADS
    locs = [
        Location(name=p[0], geometry=point(36.73, 34.84), kind="locality", country="SY", admin1=p[1],
                 aliases=(p[2],), note=p[3], source=p[4], id=1),
        Location(name=p[1] + " area", kind="region", country="SY", id=2,
                 geometry={"type": "Polygon", "coordinates": [[[36.5, 35.0], [36.9, 35.0], [36.9, 35.3],
                                                                 [36.5, 35.3], [36.5, 35.0]]]}),
        Location(name=p[2], geometry=point(36.63, 35.93), kind="site", precision="exact", country="SY", id=3),
    ]
    claims = []
    for i, text in enumerate(p):
        loc = locs[i % 3]
        claims.append(Claim(
            kind=("target", "strike", "control", "casualties")[i % 4], claimant=text, side=("russia", "syrian_opposition", "independent", "us_coalition")[i % 4],
            location_id=loc.id, date=("2015-09-30", "2015-10-01")[i % 2], outlet=text, url="javascript:window.__pwned=1",
            outlet_url="data:text/html,<script>window.__pwned=1</script>", target=text, faction=text,
            casualties_min=1, casualties_max=2, munitions=text, notes=text, quote=text, id=i + 1))
    claims.append(Claim(kind="presence", claimant=p[3], side="syrian_government", faction=p[0], notes=p[2],
                        outlet=p[1], url="https://example.org/?q=<script>", id=len(p) + 1))
    claims = [dataclasses.replace(c, location=next((l for l in locs if l.id == c.location_id), None)) for c in claims]
    return claims, locs


@pytest.fixture(scope="session")
def hostile():
    """(claims, locations) whose every text field is a script-injection payload."""
    return _hostile_objects()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def browser():
    from render_browser import chromium, chromium_missing

    why = chromium_missing()
    require(why is None, why or "")
    with chromium() as b:
        yield b
