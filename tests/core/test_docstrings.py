"""The examples in the docstrings of geomap and gazetteer run, and give what they say."""

import doctest
import importlib
import pkgutil

import pytest

import gazetteer
import geomap


def _modules():
    for pkg in (geomap, gazetteer):
        yield pkg.__name__
        for m in pkgutil.walk_packages(pkg.__path__, prefix=pkg.__name__ + "."):
            if not m.name.endswith("__main__"):
                yield m.name


@pytest.mark.parametrize("name", sorted(_modules()))
def test_docstring_examples(name):
    mod = importlib.import_module(name)
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
