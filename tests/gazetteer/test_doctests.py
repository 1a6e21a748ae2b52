"""The docstring examples of the gazetteer modules run."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["gazetteer", "gazetteer.fold", "gazetteer.model", "gazetteer.exc", "gazetteer.countries",
           "gazetteer.index", "gazetteer.resolve", "gazetteer.geoparse", "gazetteer.geoparse.context", "gazetteer.geoparse.lines", "gazetteer.geocoder", "gazetteer.cyrillic", "gazetteer.kurmanji", "gazetteer.rendering",
           "gazetteer.parts", "gazetteer.datafile"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    mod = importlib.import_module(name)
    res = doctest.testmod(mod, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert res.failed == 0
