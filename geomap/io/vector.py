"""Any vector file GDAL reads (GeoPackage, KML, Shapefile, FlatGeobuf, GeoJSON...), through pyogrio.

Every layer is read; features are reprojected to WGS84 lon/lat. Features
become places (named by a ``name``-like field, or ``--name-field``); when a
layer carries claim columns (``claimant`` and ``kind``, as geomap's own exports
do) they become claims too, and attribute-only layers with claim columns give
claims without a place. Point and (multi)polygon geometries are supported;
lines and point clusters are refused (a place is a point or an area).

A geomap store (a GeoPackage with geomap's tables) is read through the store
API instead, so its places, claims, outlets and factions come across whole.
"""

from __future__ import annotations

import contextlib
import logging
import os
import warnings

from ..exc import InvalidInput
from ..geometry import from_wkb
from ..model import Claimant, Faction, Outlet
from ._common import Importer
from ._records import FeatureImporter

__all__ = ["read_vector", "read_geomap_store"]

log = logging.getLogger(__name__)

_WGS84 = {"EPSG:4326", "OGC:CRS84", "urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:EPSG::4326"}

_WKB_NAMES = {2: "LineString", 4: "MultiPoint", 5: "MultiLineString", 7: "GeometryCollection"}


def _transformer(crs: str | None):
    if crs is None or crs in _WGS84:
        return None
    from pyproj import CRS, Transformer

    src = CRS.from_user_input(crs)
    if src.equals(CRS.from_epsg(4326), ignore_axis_order=True):
        return None
    return Transformer.from_crs(src, CRS.from_epsg(4326), always_xy=True)


def _reproject(wkbs, transformer):
    import shapely

    geoms = shapely.from_wkb(wkbs)

    def f(x, y):
        return transformer.transform(x, y)

    out = shapely.transform(geoms, lambda xy: _apply(f, xy))
    return shapely.to_wkb(out, output_dimension=2, byte_order=1, flavor="iso")


def _apply(f, xy):
    import numpy as np

    x, y = f(xy[:, 0], xy[:, 1])
    return np.column_stack([x, y])


def _geometry(wkb: bytes | None):
    if wkb is None:
        return None
    if len(wkb) >= 5:
        e = "<" if wkb[0] == 1 else ">"
        import struct

        code = struct.unpack_from(e + "I", wkb, 1)[0] % 1000
        if code in _WKB_NAMES:
            raise InvalidInput(f"{_WKB_NAMES[code]} features are not supported: a place is a point or an area")
    g = from_wkb(wkb)
    if g["type"] == "MultiPolygon" and len(g["coordinates"]) == 1:
        # Layers typed MULTIPOLYGON (geomap's own GeoPackage export among them) promote single polygons.
        g = {"type": "Polygon", "coordinates": g["coordinates"][0]}
    return g


@contextlib.contextmanager
def _gdal_notes_logged(path: str):
    """GDAL's warnings while reading go to the log (shown with -v), not raw onto stderr."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield
        finally:
            for w in caught:
                log.info("%s: GDAL: %s", path, w.message)


def read_vector(path: str, imp: Importer, *, name_field: str | None = None) -> None:
    """Import every layer of a GDAL-readable vector file."""
    import pyogrio
    from pyogrio.errors import DataLayerError, DataSourceError

    if os.path.isfile(path) and os.path.getsize(path) == 0:
        raise InvalidInput("the file is empty", source=path)
    try:
        with _gdal_notes_logged(path):
            layers = pyogrio.list_layers(path)
    except (DataSourceError, DataLayerError, OSError) as e:
        raise InvalidInput(f"GDAL cannot read it as a vector file ({_short(e)})", source=path) from None
    if len(layers) == 0:
        raise InvalidInput("has no layers", source=path)
    read_any = False
    for layer_name, gtype in layers:
        src = f"{path}[{layer_name}]" if len(layers) > 1 else path
        try:
            with _gdal_notes_logged(path):
                meta, fids, geoms, fields = pyogrio.raw.read(path, layer=layer_name, force_2d=True,
                                                              return_fids=True, datetime_as_string=True)
        except (DataSourceError, DataLayerError) as e:
            raise InvalidInput(f"GDAL cannot read layer {layer_name!r} ({_short(e)})", source=path) from None
        names = [str(n) for n in meta["fields"]]
        has_claims = "claimant" in names and "kind" in names
        if geoms is None and not has_claims:
            log.info("%s: layer %s has no geometry and no claim columns; left out", path, layer_name)
            continue
        try:
            fi = FeatureImporter(imp, src, name_field, names)
        except InvalidInput as e:
            raise InvalidInput(e.reason, source=src) from None
        if geoms is not None:
            tr = _transformer(meta.get("crs"))
            if tr is not None:
                mask = [g is not None for g in geoms]
                if any(mask):
                    import numpy as np

                    arr = np.array([g for g in geoms if g is not None], dtype=object)
                    out = iter(_reproject(arr, tr))
                    geoms = [next(out) if m else None for m in mask]
        read_any = True
        # Plain Python values (numpy scalars are slow to inspect one by one).
        columns = list(zip(*[f.tolist() if hasattr(f, "tolist") else list(f) for f in fields])) if fields else \
            [()] * len(fids)
        decoded: dict = {}
        for i, fid in enumerate(fids.tolist() if hasattr(fids, "tolist") else fids):
            props = dict(zip(names, columns[i])) if names else {}
            wkb = geoms[i] if geoms is not None else None
            try:
                if wkb is None:
                    geom = None
                else:
                    geom = decoded.get(wkb)
                    if geom is None:
                        geom = decoded[wkb] = _geometry(wkb)
            except InvalidInput as e:
                imp.refuse(e, src, int(fid))
                continue
            fi.feature(props, geom, int(fid), fid=int(fid), geom_key=wkb)
    if not read_any:
        raise InvalidInput("no layer holds places or claims", source=path)


def _short(e: Exception) -> str:
    s = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return s[:300]


def read_geomap_store(path: str, imp: Importer) -> None:
    """Import another geomap store (a GeoPackage written by geomap) through the store API."""
    from ..store.gpkg import GeoPackageStore

    if os.path.abspath(path) == os.path.abspath(getattr(imp.store, "path", "") or ""):
        raise InvalidInput("is the store being imported into", source=path)
    src = GeoPackageStore(path)
    try:
        for o in src.list_outlets():
            imp.outlet(Outlet(o.name, o.url, o.published))
        for c in src.list_claimants():
            imp.claimant(Claimant(c.name, c.side))
        for f in src.list_factions():
            imp.faction(Faction(f.name, f.side))
        handles = {}
        for loc in src.list_locations():
            handles[loc.id] = imp.place(loc.__class__(
                name=loc.name, geometry=loc.geometry, kind=loc.kind, aliases=loc.aliases, country=loc.country,
                admin1=loc.admin1, precision=loc.precision, origin=loc.origin, origin_id=loc.origin_id,
                note=loc.note, source=loc.source))
        for c in src.list_claims():
            where = handles.get(c.location_id) if c.location_id is not None else None
            from dataclasses import replace

            imp.claim(replace(c, id=None, location_id=None, location=None), where, source=path)
    finally:
        src.close()
