"""Approximate land borders of Ukraine with Russia and Belarus, for "near the border" context.

The polylines are hand-digitised at roughly 10 km accuracy, which is what ranking needs; they are
not meant for drawing.
"""

from __future__ import annotations

import itertools
import math

# (lat, lon) from the Belarus-Russia-Ukraine tripoint east and south to the Sea of Azov.
RUSSIA = [
    (52.37, 31.78), (52.13, 32.15), (52.29, 32.90), (52.38, 33.20), (52.30, 33.55), (52.19, 33.93),
    (51.90, 34.15), (51.60, 34.05), (51.43, 34.08), (51.25, 34.30), (51.20, 34.65), (51.17, 34.85),
    (51.15, 35.10), (51.08, 35.30), (50.90, 35.40), (50.70, 35.42), (50.45, 35.55), (50.35, 35.80),
    (50.40, 36.20), (50.35, 36.60), (50.35, 36.95), (50.15, 37.30), (50.00, 37.55), (49.90, 37.80),
    (50.05, 38.05), (50.10, 38.30), (49.95, 38.60), (49.95, 39.20), (49.80, 39.70), (49.57, 40.00),
    (49.35, 40.15), (49.05, 40.05), (48.80, 39.90), (48.60, 39.95), (48.35, 39.85), (48.20, 39.75),
    (47.85, 39.65), (47.70, 38.85), (47.40, 38.35), (47.10, 38.22),
]
# (lat, lon) from the Poland-Belarus-Ukraine tripoint east to the tripoint with Russia.
BELARUS = [
    (51.55, 23.62), (51.65, 24.40), (51.90, 25.50), (51.95, 26.40), (51.75, 27.20), (51.60, 28.30),
    (51.55, 29.20), (51.50, 30.30), (51.80, 30.55), (52.08, 31.00), (52.10, 31.55), (52.37, 31.78),
]
BORDERS = {"ru": RUSSIA, "by": BELARUS}

EARTH_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def distance_to_line_km(lat: float, lon: float, line: list[tuple[float, float]]) -> float:
    """Distance from a point to a polyline, on a local equirectangular projection."""
    kx = 111.32 * math.cos(math.radians(lat))
    ky = 110.57
    best = math.inf
    px, py = lon * kx, lat * ky
    for (a_lat, a_lon), (b_lat, b_lon) in itertools.pairwise(line):
        ax, ay, bx, by = a_lon * kx, a_lat * ky, b_lon * kx, b_lat * ky
        dx, dy = bx - ax, by - ay
        seg = dx * dx + dy * dy
        t = 0.0 if seg == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / seg))
        cx, cy = ax + t * dx, ay + t * dy
        best = min(best, math.hypot(px - cx, py - cy))
    return best


def border_distances(lat: float, lon: float) -> tuple[float, float]:
    """Kilometres to the Russian and to the Belarusian border."""
    return distance_to_line_km(lat, lon, RUSSIA), distance_to_line_km(lat, lon, BELARUS)


def frontlines() -> list[list[tuple[float, float]]]:
    """Front lines of the war as polylines (data/frontlines.csv: the 2015 contact line and the fronts
    of 2022-2024), hand-listed at about 10 km accuracy."""
    from .sources import read_table

    lines: dict[str, list[tuple[float, float]]] = {}
    for row in read_table("frontlines.csv"):
        lines.setdefault(row["line"], []).append((float(row["lat"]), float(row["lon"])))
    return list(lines.values())


def front_distance(lat: float, lon: float, lines: list[list[tuple[float, float]]]) -> float:
    """Kilometres to the nearest front line."""
    return min(distance_to_line_km(lat, lon, line) for line in lines)
