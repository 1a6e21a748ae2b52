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


def join_words(words, seps) -> str:
    """A text of ``words``, each followed by the separator of its position (a space past the last one)."""
    return "".join(w + (seps[i] if i < len(seps) else " ") for i, w in enumerate(words))


def check_mentions(text: str, mentions) -> None:
    """Mentions index ``text`` as given, in order, without overlaps, each with a place and its name inside it."""
    last_end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.surface
        assert m.start >= last_end  # no overlaps, in order
        last_end = m.end
        assert m.place is not None and m.kind in ("place", "demonym")
        if m.name_start >= 0:
            assert m.start <= m.name_start < m.name_end <= m.end


def surfaces(ms):
    """The surfaces of mentions, in order."""
    return [m.surface for m in ms]
