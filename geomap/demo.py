"""Build the bundled 2015 case into a fresh store and write its maps and exports.

This is what ``geomap demo`` runs; it works offline.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from importlib import resources
from pathlib import Path

__all__ = ["case_path", "build_demo", "CASES"]

log = logging.getLogger(__name__)

CASES = ("syria-2015",)

#: How many times :func:`build_demo` reports progress.
DEMO_STEPS = 5


def case_path(name: str = "syria-2015") -> Path:
    """The bundled case file ``name`` (a YAML case file)."""
    if name not in CASES:
        from .exc import InvalidInput

        raise InvalidInput(f"unknown demo case {name!r}; available: {', '.join(CASES)}")
    return Path(str(resources.files("geomap") / "data" / "cases" / f"{name}.yaml"))


def build_demo(out_dir: str | os.PathLike = "maps", name: str = "syria-2015", *, offline: bool = True,
               progress=None) -> dict[str, Path]:
    """Import the case into a fresh store in ``out_dir`` and render/export it.

    Returns the written files by role. Each file is written to a temporary
    name and renamed, so an interrupted run leaves earlier outputs intact.
    ``progress``, if given, is called once per step (``DEMO_STEPS`` in all).
    """
    step = progress or (lambda n=1: None)
    from .io import export, import_files
    from .atomic import atomic_output, atomic_path
    from .render import render_map
    from .report import build_report, format_report
    from .store.gpkg import GeoPackageStore

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}

    # A fresh store, built beside the old one and renamed over it when complete.
    # If the old one holds anything the demo did not put there (a user added a
    # claim, or it is not a demo store at all), it is kept under a backup name.
    store_path = out / f"{name}.gpkg"
    backup = _keep_user_work(store_path)
    if backup is not None:
        files["backup"] = backup
    with atomic_path(store_path) as tmp:
        os.unlink(tmp)
        with GeoPackageStore(tmp, create=True) as st:
            import_files(st, [case_path(name)])  # sets case_title from the case file
            st.set_meta("demo_digest", content_digest(st))
    files["store"] = store_path
    step()

    with GeoPackageStore(store_path) as st:
        claims = st.list_claims()
        locations = st.list_locations()
        title = st.get_meta("case_title")
        files["map"] = Path(render_map(claims, locations, out / f"{name}.html", offline=offline, title=title))
        step()
        files["dual"] = Path(render_map(claims, locations, out / f"{name}-dual.html", offline=offline, dual=True, title=title))
        step()
        geojson = out / f"{name}.geojson"
        export(st, "geojson", geojson)
        files["geojson"] = geojson
        step()
        report = out / f"{name}-report.md"
        with atomic_output(report) as f:
            f.write(format_report(build_report(claims, locations, title=title), "markdown"))
        files["report"] = report
        step()
    return files


def content_digest(store) -> str:
    """A digest of a store's locations and claims (ids included), for change detection."""
    h = hashlib.sha256()
    for loc in store.list_locations():
        h.update(json.dumps(loc.to_dict(), sort_keys=True, default=str, ensure_ascii=False).encode())
    for c in store.list_claims():
        h.update(json.dumps(c.properties(), sort_keys=True, default=str, ensure_ascii=False).encode())
    return h.hexdigest()


def _keep_user_work(store_path: Path) -> Path | None:
    """Move ``store_path`` aside unless it is an unchanged demo store; return the backup path."""
    from .exc import GeomapError
    from .store.gpkg import GeoPackageStore

    if not store_path.exists():
        return None
    try:
        with GeoPackageStore(store_path) as st:
            recorded = st.get_meta("demo_digest")
            if recorded is not None and recorded == content_digest(st):
                return None
    except GeomapError:
        pass  # not a (readable) geomap store: not ours to destroy either
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup = store_path.with_name(f"{store_path.name}.{stamp}.bak")
    n = 1
    while backup.exists():
        backup = store_path.with_name(f"{store_path.name}.{stamp}-{n}.bak")
        n += 1
    os.replace(store_path, backup)
    log.warning("%s held changes of yours; kept as %s", store_path, backup)
    return backup
