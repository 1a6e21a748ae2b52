"""Offline gazetteer and geoparser for conflict reporting (Syria, Iraq, Turkey and the world's cities).

Importing the package is cheap: data loads on first use, and the heavy modules (rapidfuzz,
geopy) are imported only when needed.

Examples
--------
>>> from gazetteer import Gazetteer
>>> gz = Gazetteer()
>>> best = gz.resolve("Kfar Nabouda", country="SY")[0]
>>> best.place.name, best.place.admin1
('Kafr Nabudah', 'Hama')
>>> [m.surface for m in gz.geoparse("Jets struck Talbiseh in Homs province.")]
['Talbiseh', 'Homs province']
"""

from __future__ import annotations

from .exc import AmbiguousPlace, DataError, GazetteerError, PlaceNotFound
from .model import KINDS, SOURCES, Place

__all__ = [
    "Gazetteer",
    "Place",
    "Candidate",
    "Mention",
    "KINDS",
    "SOURCES",
    "default",
    "fold",
    "GazetteerError",
    "PlaceNotFound",
    "AmbiguousPlace",
    "DataError",
    "OfflineGeocoder",
]

_LAZY = {
    "Gazetteer": ("gazetteer.index", "Gazetteer"),
    "default": ("gazetteer.index", "default"),
    "Candidate": ("gazetteer.resolve", "Candidate"),
    "Mention": ("gazetteer.geoparse", "Mention"),
    "fold": ("gazetteer.fold", "fold"),
    "OfflineGeocoder": ("gazetteer.geocoder", "OfflineGeocoder"),
}


def __getattr__(name: str):
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'gazetteer' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(target[0]), target[1])
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
