"""geomap: map competing claims about air strikes.

Records each claim (who said what was hit, where, when, relayed by whom) as
its own located record, keeps them in a GeoPackage (or PostGIS) store, and
renders and exports them.
"""

from .exc import GeomapError, InvalidInput, NotFound, StoreError
from .model import Claim, Claimant, Faction, LngLat, Location, Outlet, point
from .store import open_store

__all__ = [
    "Claim",
    "Claimant",
    "Faction",
    "GeomapError",
    "InvalidInput",
    "LngLat",
    "Location",
    "NotFound",
    "Outlet",
    "StoreError",
    "open_store",
    "point",
]

__version__ = "0.1.0"
