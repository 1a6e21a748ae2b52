"""Case stores: a GeoPackage file (default) or a PostGIS database.

>>> import tempfile, os
>>> st = open_store(os.path.join(tempfile.mkdtemp(), "x.gpkg"), create=True)
>>> type(st).__name__
'GeoPackageStore'
>>> st.close()
"""

from __future__ import annotations

import os
import re

from .base import SCHEMA_VERSION, Store

__all__ = ["Store", "open_store", "default_location", "mask_url", "SCHEMA_VERSION"]

DEFAULT_PATH = "geomap.gpkg"


def default_location() -> str:
    """``$GEOMAP_DB`` if set, else ``./geomap.gpkg``."""
    return os.environ.get("GEOMAP_DB") or DEFAULT_PATH


def is_database_url(target: str) -> bool:
    return bool(re.match(r"^postgres(ql)?://", str(target)))


def mask_url(target: str) -> str:
    """Hide the password of a database URL: ``postgresql://u:***@h/db``.

    A ``password=`` URL parameter is hidden too.

    >>> mask_url("postgresql://u:s3cret@h/db?sslmode=require&password=x")
    'postgresql://u:***@h/db?sslmode=require&password=***'
    """
    masked = re.sub(r"^(postgres(?:ql)?://[^:/@]*):[^@]*@", r"\1:***@", str(target))
    if is_database_url(masked):
        masked = re.sub(r"([?&]password=)[^&]*", r"\1***", masked, flags=re.I)
    return masked


def open_store(target: str | os.PathLike | None = None, *, create: bool = False) -> Store:
    """Open the store at ``target`` (a path or a ``postgresql://`` URL)."""
    target = os.fspath(target) if target is not None else default_location()
    if is_database_url(target):
        from .postgis import PostGISStore

        return PostGISStore(target, create=create)
    from .gpkg import GeoPackageStore

    return GeoPackageStore(target, create=create)
