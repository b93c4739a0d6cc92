"""Plot footprints: the ground area whose returns make a plot's metrics.

A plot given as a polygon is its polygon. A plot given as a point (the survey plots layer,
docs/dev/survey_schema.md) is the figure of its ``plot_shape`` and ``plot_area_m2`` centred on the
point: ``circle`` → radius √(A/π); ``square`` → side √A, sides along the map axes (plots are laid
out north-up in the field sheets); ``rectangle`` (its sides are not stored) → the square of the same
area, with a note. The footprint area used for the return density is the stated plot area (points)
or the polygon's area.
"""

from dataclasses import dataclass

import numpy as np

from ..errors import MeteringError, Note

SHAPES = ("circle", "square", "rectangle")


@dataclass
class Footprint:
    key: object  # the plot's row id (fid)
    kind: str  # circle, square, polygon
    cx: float
    cy: float
    size: float  # radius (circle) or half side (square)
    area: float  # m²
    rings: list = None  # polygon: [exterior (n×2), hole, …]

    @property
    def bounds(self):
        if self.kind == "polygon":
            xy = self.rings[0]
            return float(xy[:, 0].min()), float(xy[:, 1].min()), float(xy[:, 0].max()), float(xy[:, 1].max())
        return self.cx - self.size, self.cy - self.size, self.cx + self.size, self.cy + self.size

    def contains(self, x, y):
        """Boolean mask of the points (x, y) inside (boundary included for circles and squares)."""
        if self.kind == "circle":
            return (x - self.cx) ** 2 + (y - self.cy) ** 2 <= self.size ** 2
        if self.kind == "square":
            return (np.abs(x - self.cx) <= self.size) & (np.abs(y - self.cy) <= self.size)
        inside = np.zeros(np.shape(x), dtype=bool)
        for ring in self.rings:  # even–odd rule: holes flip the exterior's answer
            inside ^= _in_ring(x, y, ring)
        return inside


def _in_ring(x, y, ring):
    """Ray-casting point-in-ring test, vectorised over the points."""
    inside = np.zeros(np.shape(x), dtype=bool)
    xs, ys = ring[:, 0], ring[:, 1]
    x1, y1 = xs, ys
    x2, y2 = np.roll(xs, -1), np.roll(ys, -1)
    for a, b, c, d in zip(x1, y1, x2, y2):
        crosses = (b > y) != (d > y)
        with np.errstate(invalid="ignore", divide="ignore"):
            xcross = a + (y - b) * (c - a) / (d - b)
        inside ^= crosses & (x < xcross)
    return inside


def ring_area(ring):
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


def point_footprint(key, x, y, shape, area_m2, layer="PLOTS"):
    """The footprint of a point plot; ``MeteringError`` naming the plot when shape or area are unusable."""
    notes = []
    try:
        area = float(area_m2)
    except (TypeError, ValueError):
        area = float("nan")
    if not np.isfinite(area) or area <= 0:
        raise MeteringError("bad_plot_area", layer=layer, fid=key, value=area_m2)
    shape = (str(shape).strip().lower() if shape not in (None, "") else "")
    if shape not in SHAPES:
        raise MeteringError("bad_plot_shape", layer=layer, fid=key, value=shape, allowed=", ".join(SHAPES))
    if shape == "circle":
        return Footprint(key, "circle", float(x), float(y), float(np.sqrt(area / np.pi)), area), notes
    if shape == "rectangle":
        notes.append(Note.warning("rectangle_as_square", layer=layer, fid=key))
    return Footprint(key, "square", float(x), float(y), float(np.sqrt(area)) / 2.0, area), notes


def polygon_footprint(key, rings):
    """The footprint of a polygon plot from its rings (exterior first, then holes), coordinates n×2."""
    rings = [np.asarray(r, dtype=float)[:, :2] for r in rings]
    area = ring_area(rings[0]) - sum(ring_area(r) for r in rings[1:])
    if area <= 0:
        raise MeteringError("bad_plot_area", layer="PLOTS", fid=key, value=area)
    cx, cy = rings[0][:, 0].mean(), rings[0][:, 1].mean()
    return Footprint(key, "polygon", float(cx), float(cy), 0.0, float(area), rings)
