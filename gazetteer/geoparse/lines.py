"""Points along a line (a road's or a river's course), in kilometres."""

from __future__ import annotations

import math



def _segment_km(a, b) -> tuple[float, float, float]:
    """(kx, ky, length in km) of the segment from ``a`` to ``b`` [(lon, lat)] (equirectangular)."""
    kx = 111.32 * math.cos(math.radians((a[1] + b[1]) / 2))
    ky = 110.57
    return kx, ky, math.hypot((b[0] - a[0]) * kx, (b[1] - a[1]) * ky)


def _project(line, pt) -> tuple[float, float, float, float]:
    """The point (lon, lat) of polyline ``line`` [(lon, lat)] nearest ``pt``, its distance from ``pt`` and how
    far along the line it lies, in km from its start (equirectangular, segment by segment)."""
    best = (line[0][0], line[0][1], float("inf"), 0.0)
    done = 0.0
    for a, b in zip(line, line[1:]):
        kx, ky, seg = _segment_km(a, b)
        dx, dy = (b[0] - a[0]) * kx, (b[1] - a[1]) * ky
        qx, qy = (pt[0] - a[0]) * kx, (pt[1] - a[1]) * ky
        t = max(0.0, min(1.0, (qx * dx + qy * dy) / (seg * seg))) if seg else 0.0
        km = math.hypot(qx - t * dx, qy - t * dy)
        if km < best[2]:
            best = (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), km, done + t * seg)
        done += seg
    return best


def _along_line(line, pt) -> float:
    """How far along polyline ``line`` [(lon, lat)], in km from its start, lies the point of it nearest ``pt``.

    >>> round(_along_line([(40.0, 35.0), (41.0, 35.0), (41.0, 36.0)], (41.1, 35.5)))  # 91 km east, 55 km north
    146
    """
    return _project(line, pt)[3]


def _at_along(line, s: float) -> tuple[float, float]:
    """The point (lon, lat) ``s`` km along polyline ``line`` from its start (its end, past it).

    >>> _at_along([(40.0, 35.0), (41.0, 35.0)], 45.6)[0] > 40.4
    True
    """
    for a, b in zip(line, line[1:]):
        seg = _segment_km(a, b)[2]
        if s <= seg:
            t = s / seg if seg else 0.0
            return a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])
        s -= seg
    return line[-1][0], line[-1][1]


def _on_line(line, pt) -> tuple[float, float, float]:
    """The point of polyline ``line`` [(lon, lat)] nearest ``pt`` (lon, lat), and its distance in km
    (equirectangular, segment by segment).

    >>> lon, lat, km = _on_line([(40.0, 35.0), (41.0, 35.0)], (40.5, 35.1))
    >>> (lon, lat, round(km))
    (40.5, 35.0, 11)
    """
    return _project(line, pt)[:3]


def _nearest_km(lon: float, lat: float, pts) -> float:
    """Distance (km) to the nearest of ``pts`` [(lon, lat)]: equirectangular, good enough to rank and gate."""
    k = math.cos(math.radians(lat))
    return 111.2 * math.sqrt(min(((x - lon) * k) ** 2 + (y - lat) ** 2 for x, y in pts))
