"""Build the bundled 2015 case into a fresh store and write its maps and exports.

This is what ``geomap demo`` runs; it works offline.
"""

from __future__ import annotations

import logging
import os
from importlib import resources
from pathlib import Path

__all__ = ["case_path", "build_demo", "CASES"]

log = logging.getLogger(__name__)

CASES = ("syria-2015",)


def case_path(name: str = "syria-2015") -> Path:
    """The bundled case file ``name`` (a YAML case file)."""
    if name not in CASES:
        from .exc import InvalidInput

        raise InvalidInput(f"unknown demo case {name!r}; available: {', '.join(CASES)}")
    return Path(str(resources.files("geomap") / "data" / "cases" / f"{name}.yaml"))


def build_demo(out_dir: str | os.PathLike = "maps", name: str = "syria-2015", *, offline: bool = True) -> dict[str, Path]:
    """Import the case into a fresh store in ``out_dir`` and render/export it.

    Returns the written files by role. Each file is written to a temporary
    name and renamed, so an interrupted run leaves earlier outputs intact.
    """
    from .io import export, import_files
    from .io._common import atomic_output, atomic_path
    from .render import render_map
    from .report import build_report, format_report
    from .store.gpkg import GeoPackageStore

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}

    # A fresh store, built beside the old one and renamed over it when complete.
    store_path = out / f"{name}.gpkg"
    with atomic_path(store_path) as tmp:
        os.unlink(tmp)
        with GeoPackageStore(tmp, create=True) as st:
            import_files(st, [case_path(name)])
            st.set_meta("title", _title(name))
    files["store"] = store_path

    with GeoPackageStore(store_path) as st:
        claims = st.list_claims()
        locations = st.list_locations()
        title = st.get_meta("title")
        files["map"] = Path(render_map(claims, locations, out / f"{name}.html", offline=offline, title=title))
        files["dual"] = Path(render_map(claims, locations, out / f"{name}-dual.html", offline=offline, dual=True, title=title))
        geojson = out / f"{name}.geojson"
        export(st, "geojson", geojson)
        files["geojson"] = geojson
        report = out / f"{name}-report.md"
        with atomic_output(report) as f:
            f.write(format_report(build_report(claims, locations), "markdown"))
        files["report"] = report
    return files


def _title(name: str) -> str:
    import yaml

    with open(case_path(name), encoding="utf-8") as f:
        return (yaml.safe_load(f) or {}).get("title") or name
