"""Heights above ground from classified ground returns: a local DTM grid, filled and interpolated.

Method (fixed, stated in the help): the ground returns (ASPRS class 2) of a processing unit (a plot
footprint or a band of grid rows, plus a margin) are binned into a DTM grid of ``resolution`` m;
each DTM cell takes the **mean** elevation of its ground returns. Cells without ground returns are
filled from their filled neighbours (the mean of the filled cells among the 8 neighbours, repeated
until every cell is filled — a nearest-ground fill for gaps under dense canopy). A return's ground
elevation is the **bilinear** interpolation of the DTM cell centres at its x, y; its height is
z − ground. lidR's default ``tin()`` triangulates the ground returns instead; on ground return
spacings finer than ``resolution`` both agree to a few centimetres, and this grid needs no
triangulation library and bounded memory.
"""

import numpy as np

from ..errors import MeteringError


class GroundGrid:
    """A DTM grid over [x0, x0 + ncols·res] × [y0, y0 + nrows·res] (y0 = the bottom)."""

    def __init__(self, x0, y0, res, elevation):
        self.x0, self.y0, self.res = float(x0), float(y0), float(res)
        self.elevation = elevation  # rows from the bottom (row 0 at y0)

    @classmethod
    def from_ground(cls, x, y, z, bounds, res, unit="area"):
        """Mean ground elevation per cell over ``bounds`` (xmin, ymin, xmax, ymax), gaps filled."""
        res = float(res)
        if res <= 0:
            raise MeteringError("bad_resolution", value=res)
        xmin, ymin, xmax, ymax = bounds
        ncols = max(1, int(np.ceil((xmax - xmin) / res)))
        nrows = max(1, int(np.ceil((ymax - ymin) / res)))
        x, y, z = (np.asarray(a, dtype=float) for a in (x, y, z))
        if x.size == 0:
            raise MeteringError("no_ground_points", unit=unit)
        col = np.clip(((x - xmin) / res).astype(np.int64), 0, ncols - 1)
        row = np.clip(((y - ymin) / res).astype(np.int64), 0, nrows - 1)
        index = row * ncols + col
        total = np.bincount(index, weights=z, minlength=nrows * ncols)
        count = np.bincount(index, minlength=nrows * ncols)
        with np.errstate(invalid="ignore", divide="ignore"):
            grid = np.where(count > 0, total / np.maximum(count, 1), np.nan).reshape(nrows, ncols)
        return cls(xmin, ymin, res, fill_gaps(grid))

    def at(self, x, y):
        """Bilinear interpolation between the cell centres (edges hold the edge cells' value)."""
        g = self.elevation
        nrows, ncols = g.shape
        fx = np.clip((np.asarray(x, dtype=float) - self.x0) / self.res - 0.5, 0, ncols - 1)
        fy = np.clip((np.asarray(y, dtype=float) - self.y0) / self.res - 0.5, 0, nrows - 1)
        c0 = np.floor(fx).astype(np.int64)
        r0 = np.floor(fy).astype(np.int64)
        c1 = np.minimum(c0 + 1, ncols - 1)
        r1 = np.minimum(r0 + 1, nrows - 1)
        tx, ty = fx - c0, fy - r0
        top = g[r0, c0] * (1 - tx) + g[r0, c1] * tx
        bottom = g[r1, c0] * (1 - tx) + g[r1, c1] * tx
        return top * (1 - ty) + bottom * ty


def fill_gaps(grid, max_iterations=100000):
    """Fill NaN cells with the mean of their filled 8-neighbours, ring after ring, until none is left."""
    grid = np.array(grid, dtype=float)
    if np.all(np.isnan(grid)):
        raise MeteringError("no_ground_points", unit="grid")
    for _ in range(max_iterations):
        missing = np.isnan(grid)
        if not missing.any():
            break
        padded = np.pad(grid, 1, constant_values=np.nan)
        valid = ~np.isnan(padded)
        values = np.where(valid, padded, 0.0)
        total = np.zeros_like(grid)
        count = np.zeros_like(grid)
        nrows, ncols = grid.shape
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr == 0 and dc == 0:
                    continue
                total += values[1 + dr:1 + dr + nrows, 1 + dc:1 + dc + ncols]
                count += valid[1 + dr:1 + dr + nrows, 1 + dc:1 + dc + ncols]
        fill = missing & (count > 0)
        grid[fill] = total[fill] / count[fill]
    return grid
