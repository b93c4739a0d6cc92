"""Metrics over plot footprints and over a grid, reading the cloud block-wise.

Both take ``chunks``: a function returning a fresh iterator of point chunks (dicts of arrays ``x y
z first ground``, see ``pointcloud.iter_chunks``; a CHM becomes such chunks in ``raster_io``), so
memory is bounded by the chunk size:

- **Plots**: one pass; the returns inside each footprint's box (plus the ground margin) are kept,
  which is small (a 0.067 ha plot at 20 returns/m² holds ~13 000).
- **Grid**: pass 1 sorts each chunk's returns into bands of grid rows on disk (a temporary
  directory); pass 2 reads one band at a time, normalises its heights (ground returns of a margin
  around the band are copied into it), bins returns into cells with one ``lexsort`` and computes
  every metric vectorised over the band's cells (``metrics.group_metrics``). Peak memory ≈ one chunk
  plus one band (``band_points`` returns, estimated from the header's point count and extent).
"""

import math
import os
import tempfile
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import MeteringError, Note, report, sub_progress
from .ground import GroundGrid
from .metrics import METRIC_NAMES, group_metrics
from .options import HeightSource, MetricOptions

_BAND_DTYPE = np.dtype([("x", "f8"), ("y", "f8"), ("z", "f8"), ("first", "u1"), ("ground", "u1"), ("own", "u1")])


@dataclass
class GridSpec:
    """A north-up grid: top-left corner (xmin, ymax), square cells of ``cell`` m."""

    xmin: float
    ymax: float
    cell: float
    ncols: int
    nrows: int

    @classmethod
    def covering(cls, bounds, cell):
        """The grid of ``cell`` m covering ``bounds`` (xmin, ymin, xmax, ymax), snapped to multiples of the cell."""
        cell = float(cell)
        if not cell > 0:
            raise MeteringError("bad_cell_size", value=cell)
        xmin, ymin, xmax, ymax = bounds
        x0 = math.floor(xmin / cell) * cell
        y1 = math.ceil(ymax / cell) * cell
        ncols = max(1, int(math.ceil((xmax - x0) / cell - 1e-9)))
        nrows = max(1, int(math.ceil((y1 - ymin) / cell - 1e-9)))
        if ncols * nrows > 200_000_000:
            raise MeteringError("grid_too_large", cells=ncols * nrows, cell=cell)
        return cls(x0, y1, cell, ncols, nrows)

    @property
    def bounds(self):
        return self.xmin, self.ymax - self.nrows * self.cell, self.xmin + self.ncols * self.cell, self.ymax

    def rows_cols(self, x, y):
        col = np.floor((x - self.xmin) / self.cell).astype(np.int64)
        row = np.floor((self.ymax - y) / self.cell).astype(np.int64)
        return row, col


def _heights(points, options, ground_at, bounds, unit):
    """Heights above ground of ``points`` (dict of arrays); returns (z, kept mask, notes)."""
    source = HeightSource.parse(options.height_source)
    if source is HeightSource.NORMALISED:
        return points["z"], np.ones(points["z"].size, dtype=bool)
    if source is HeightSource.DTM:
        ground = ground_at(points["x"], points["y"])
    else:
        g = points["ground"].astype(bool)
        if not g.any():
            raise MeteringError("no_ground_points", unit=unit)
        grid = GroundGrid.from_ground(points["x"][g], points["y"][g], points["z"][g], bounds,
                                      options.dtm_resolution, unit=unit)
        ground = grid.at(points["x"], points["y"])
    kept = np.isfinite(ground)
    return points["z"] - np.where(kept, ground, 0.0), kept


# --- plots -----------------------------------------------------------------------------------------


def plot_metrics(chunks, footprints, options=None, ground_at=None, total_points=None, progress=None):
    """Metrics of each footprint: a DataFrame ``key`` + :data:`METRIC_NAMES`, and notes.

    Plots without returns (outside the cloud) get n = 0 and empty metrics and a warning note.
    """
    options = options or MetricOptions()
    if not footprints:
        raise MeteringError("no_plots", layer="PLOTS")
    margin = float(options.ground_margin)
    boxes = np.array([fp.bounds for fp in footprints], dtype=float)
    lo = boxes[:, :2] - margin
    hi = boxes[:, 2:] + margin
    kept = [[] for _ in footprints]
    seen = 0
    read = sub_progress(progress, 0.0, 0.9)
    for chunk in chunks():
        x, y = chunk["x"], chunk["y"]
        cxmin, cymin, cxmax, cymax = x.min(), y.min(), x.max(), y.max()
        for i in np.nonzero((lo[:, 0] <= cxmax) & (hi[:, 0] >= cxmin) & (lo[:, 1] <= cymax) & (hi[:, 1] >= cymin))[0]:
            m = (x >= lo[i, 0]) & (x <= hi[i, 0]) & (y >= lo[i, 1]) & (y <= hi[i, 1])
            if m.any():
                kept[i].append({k: v[m] for k, v in chunk.items()})
        seen += x.size
        if total_points:
            report(read, seen / total_points)
    notes, groups, zs, firsts, empty = [], [], [], [], []
    for i, fp in enumerate(footprints):
        if not kept[i]:
            empty.append(fp.key)
            continue
        pts = {k: np.concatenate([c[k] for c in kept[i]]) for k in kept[i][0]}
        inside = fp.contains(pts["x"], pts["y"])
        if not inside.any():
            empty.append(fp.key)
            continue
        box = (lo[i, 0], lo[i, 1], hi[i, 0], hi[i, 1])
        z, ok = _heights(pts, options, ground_at, box, unit="plot {0}".format(fp.key))
        use = inside & ok
        if (inside & ~ok).any():
            notes.append(Note.warning("returns_outside_dtm", unit="plot {0}".format(fp.key),
                                      count=int((inside & ~ok).sum())))
        groups.append(np.full(int(use.sum()), i, dtype=np.int64))
        zs.append(z[use])
        firsts.append(pts["first"][use])
    if empty:
        notes.append(Note.warning("plots_without_returns", count=len(empty), fids=empty))
    report(progress, 0.95)
    area = np.array([fp.area for fp in footprints], dtype=float)
    if groups:
        values = group_metrics(np.concatenate(groups), np.concatenate(zs), np.concatenate(firsts), len(footprints),
                               area, options.cover_threshold, options.percentile_type, options.min_height)
    else:
        values = group_metrics(np.zeros(0, np.int64), np.zeros(0), np.zeros(0, bool), len(footprints), area,
                               options.cover_threshold, options.percentile_type, options.min_height)
    frame = pd.DataFrame({"key": [fp.key for fp in footprints], **values})
    frame["n"] = frame["n"].astype(np.int64)
    frame["n_first"] = frame["n_first"].astype(np.int64)
    frame["footprint_m2"] = area
    report(progress, 1.0)
    return frame, notes


# --- grid ------------------------------------------------------------------------------------------


@dataclass
class GridResult:
    grid: GridSpec
    cells_with_returns: int
    points_used: int
    bands: int
    notes: list


def grid_metrics(chunks, grid, sink, options=None, ground_at=None, total_points=None, band_points=2_000_000,
                 workdir=None, progress=None):
    """Metrics of every cell of ``grid``; ``sink(row0, metrics)`` receives each band of rows.

    ``metrics`` maps each name of :data:`METRIC_NAMES` to a float array (rows of the band × ncols;
    NaN where a cell has no return). Returns outside the grid are ignored.
    """
    options = options or MetricOptions()
    source = HeightSource.parse(options.height_source)
    estimated = total_points or 1
    rows_per_band = max(1, int(grid.nrows * min(1.0, band_points / max(estimated, 1))))
    nbands = int(math.ceil(grid.nrows / rows_per_band))
    margin = float(options.ground_margin) if source is HeightSource.GROUND else 0.0
    margin_rows = int(math.ceil(margin / grid.cell)) if margin else 0
    notes = []
    used = 0
    with tempfile.TemporaryDirectory(prefix="carbonmeter_lidar_", dir=workdir) as tmp:
        paths = [os.path.join(tmp, "band_{0}.bin".format(b)) for b in range(nbands)]
        seen = 0
        read = sub_progress(progress, 0.0, 0.5)
        for chunk in chunks():
            row, col = grid.rows_cols(chunk["x"], chunk["y"])
            inside = (row >= 0) & (row < grid.nrows) & (col >= 0) & (col < grid.ncols)
            band = row // rows_per_band
            records = np.empty(chunk["x"].size, dtype=_BAND_DTYPE)
            for name in ("x", "y", "z"):
                records[name] = chunk[name]
            records["first"] = chunk["first"]
            records["ground"] = chunk["ground"]
            near_bands = [band[inside]]
            if margin_rows:
                r_in = row[inside]
                near_bands += [(r_in - margin_rows) // rows_per_band, (r_in + margin_rows) // rows_per_band]
            for b in np.unique(np.clip(np.concatenate(near_bands), 0, nbands - 1)):
                own = inside & (band == b)
                extra = np.zeros_like(own)
                if margin_rows:  # ground returns near the band, for its DTM
                    near = chunk["ground"] & ~own & (col >= -margin_rows) & (col < grid.ncols + margin_rows)
                    near &= (row >= b * rows_per_band - margin_rows) & (row < (b + 1) * rows_per_band + margin_rows)
                    extra = near
                if not (own | extra).any():
                    continue
                part = records[own | extra].copy()
                part["own"] = own[own | extra]
                with open(paths[b], "ab") as handle:
                    part.tofile(handle)
            # ground returns outside the grid but within the margin of an edge band
            if margin_rows:
                edge = chunk["ground"] & ~inside & (col >= -margin_rows) & (col < grid.ncols + margin_rows)
                edge &= (row >= -margin_rows) & (row < grid.nrows + margin_rows)
                for b in np.unique(np.clip(row[edge] // rows_per_band, 0, nbands - 1)):
                    sel = edge & (np.clip(row // rows_per_band, 0, nbands - 1) == b)
                    part = records[sel].copy()
                    part["own"] = 0
                    with open(paths[b], "ab") as handle:
                        part.tofile(handle)
            seen += chunk["x"].size
            if total_points:
                report(read, seen / total_points)
        cells = 0
        compute = sub_progress(progress, 0.5, 1.0)
        for b in range(nbands):
            row0 = b * rows_per_band
            nrows = min(rows_per_band, grid.nrows - row0)
            n_groups = nrows * grid.ncols
            if os.path.exists(paths[b]):
                pts = np.fromfile(paths[b], dtype=_BAND_DTYPE)
                os.remove(paths[b])
            else:
                pts = np.empty(0, dtype=_BAND_DTYPE)
            own = pts["own"].astype(bool)
            if own.any():
                arrays = {"x": pts["x"], "y": pts["y"], "z": pts["z"], "ground": pts["ground"].astype(bool)}
                band_bounds = (grid.xmin - margin, grid.ymax - (row0 + nrows) * grid.cell - margin,
                               grid.xmin + grid.ncols * grid.cell + margin, grid.ymax - row0 * grid.cell + margin)
                if source is HeightSource.GROUND:
                    # the DTM covers only where this band has returns (bounded memory for sparse clouds)
                    band_bounds = (max(band_bounds[0], pts["x"].min()), max(band_bounds[1], pts["y"].min()),
                                   min(band_bounds[2], pts["x"].max()), min(band_bounds[3], pts["y"].max()))
                unit = "rows {0}–{1}".format(row0, row0 + nrows - 1)
                z, ok = _heights(arrays, options, ground_at, band_bounds, unit=unit)
                if (own & ~ok).any():
                    notes.append(Note.warning("returns_outside_dtm", unit="rows {0}–{1}".format(row0, row0 + nrows - 1),
                                              count=int((own & ~ok).sum())))
                use = own & ok
                row, col = grid.rows_cols(pts["x"][use], pts["y"][use])
                group = (row - row0) * grid.ncols + col
                values = group_metrics(group, z[use], pts["first"][use].astype(bool), n_groups, grid.cell ** 2,
                                       options.cover_threshold, options.percentile_type, options.min_height)
                used += int(use.sum())
                empty = values["n"] == 0
                cells += int((~empty).sum())
                for name in METRIC_NAMES:
                    values[name][empty] = np.nan
            else:
                values = {name: np.full(n_groups, np.nan) for name in METRIC_NAMES}
            sink(row0, {name: v.reshape(nrows, grid.ncols) for name, v in values.items()})
            report(compute, (b + 1) / nbands)
    if cells == 0:
        raise MeteringError("no_returns_in_grid", bounds=tuple(round(v, 1) for v in grid.bounds))
    return GridResult(grid, cells, used, nbands, notes)
