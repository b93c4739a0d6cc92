"""Vectorised spatial joins on coordinate arrays (numpy only).

``bbox_candidate_pairs`` is the uniform-grid bounding-box join the overlay
used before shapely 2; it stays for joins of boxes that are not geometries
(vertex discs against segments in the snapping). ``nearest_vertices`` finds,
for each point, the nearest reference point within a tolerance.
"""

import numpy as np
import pandas as pd


def bbox_candidate_pairs(boxes_a, boxes_b, cell=None):
    """Index pairs ``(ia, ib)`` whose bounding boxes overlap (or touch).

    ``boxes_*`` are arrays ``(n, 4)`` of ``xmin, ymin, xmax, ymax``. A uniform
    grid join in numpy: every box is listed in the cells it covers, pairs
    are formed per cell and kept only in the cell holding the lower-left
    corner of their overlap, so each pair appears once. Vectorised because
    per-parcel Python loops dominate the run time of large counties.
    """
    a = np.asarray(boxes_a, dtype=float).reshape(-1, 4)
    b = np.asarray(boxes_b, dtype=float).reshape(-1, 4)
    empty = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64))
    if len(a) == 0 or len(b) == 0:
        return empty
    x0 = min(a[:, 0].min(), b[:, 0].min())
    y0 = min(a[:, 1].min(), b[:, 1].min())
    if cell is None:
        sizes = np.concatenate([a[:, 2] - a[:, 0], a[:, 3] - a[:, 1], b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]])
        cell = float(np.median(sizes)) * 2.0
        if not np.isfinite(cell) or cell <= 0:
            cell = 1.0

    def cells(boxes):
        ix0 = np.floor((boxes[:, 0] - x0) / cell).astype(np.int64)
        iy0 = np.floor((boxes[:, 1] - y0) / cell).astype(np.int64)
        ix1 = np.floor((boxes[:, 2] - x0) / cell).astype(np.int64)
        iy1 = np.floor((boxes[:, 3] - y0) / cell).astype(np.int64)
        nx, ny = ix1 - ix0 + 1, iy1 - iy0 + 1
        counts = nx * ny
        owner = np.repeat(np.arange(len(boxes)), counts)
        # position of each entry inside its box's cell block
        offset = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
        cx = ix0[owner] + offset % nx[owner]
        cy = iy0[owner] + offset // nx[owner]
        return owner, cx, cy

    oa, ax, ay = cells(a)
    ob, bx, by = cells(b)
    width = int(max(ax.max(), bx.max())) + 1
    left = pd.DataFrame({"ia": oa, "key": ay * width + ax})
    right = pd.DataFrame({"ib": ob, "key": by * width + bx})
    joined = left.merge(right, on="key")
    ia = joined["ia"].to_numpy()
    ib = joined["ib"].to_numpy()
    key = joined["key"].to_numpy()
    ba, bb = a[ia], b[ib]
    lo_x = np.maximum(ba[:, 0], bb[:, 0])
    lo_y = np.maximum(ba[:, 1], bb[:, 1])
    overlap = (lo_x <= np.minimum(ba[:, 2], bb[:, 2])) & (lo_y <= np.minimum(ba[:, 3], bb[:, 3]))
    home = np.floor((lo_y - y0) / cell).astype(np.int64) * width + np.floor((lo_x - x0) / cell).astype(np.int64)
    keep = overlap & (home == key)
    return ia[keep].astype(np.int64), ib[keep].astype(np.int64)


