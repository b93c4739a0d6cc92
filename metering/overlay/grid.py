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


def nearest_vertices(xy, ref, tolerance, chunk=200_000):
    """For each row of ``xy``: the index of the nearest row of ``ref`` within ``tolerance``
    (-1 if none) and its squared distance (inf if none).

    A grid of cells 2 × tolerance wide: a vertex's tolerance disc touches at most 2 × 2
    cells. The vertices are probed in chunks so the candidate pairs of a whole county
    are never held at once.
    """
    n = len(xy)
    best = np.full(n, -1, dtype=np.int64)
    best_d2 = np.full(n, np.inf)
    if not n or not len(ref):
        return best, best_d2
    cell = 2.0 * tolerance
    x0, y0 = min(ref[:, 0].min(), xy[:, 0].min()), min(ref[:, 1].min(), xy[:, 1].min())
    span = np.int64(1 << 31)
    ref_key = (np.floor((ref[:, 0] - x0) / cell).astype(np.int64) * span
               + np.floor((ref[:, 1] - y0) / cell).astype(np.int64))
    order = np.argsort(ref_key, kind="stable")
    ref_key = ref_key[order]
    limit = tolerance * tolerance
    for s in range(0, n, chunk):
        p = xy[s:s + chunk]
        keys = []
        for dx in (-tolerance, tolerance):
            for dy in (-tolerance, tolerance):
                keys.append(np.floor((p[:, 0] + dx - x0) / cell).astype(np.int64) * span
                            + np.floor((p[:, 1] + dy - y0) / cell).astype(np.int64))
        keys = np.stack(keys, axis=1)
        keys.sort(axis=1)
        # each distinct cell of a vertex once
        distinct = np.ones(keys.shape, dtype=bool)
        distinct[:, 1:] = keys[:, 1:] != keys[:, :-1]
        v = np.nonzero(distinct)[0]
        k = keys[distinct]
        del keys, distinct
        lo = np.searchsorted(ref_key, k, side="left")
        count = np.searchsorted(ref_key, k, side="right") - lo
        has = count > 0
        v, lo, count = v[has], lo[has], count[has]
        total = int(count.sum())
        if not total:
            continue
        vs = np.repeat(v, count)
        rs = order[np.repeat(lo, count) + np.arange(total) - np.repeat(np.cumsum(count) - count, count)]
        d2 = ((p[vs] - ref[rs]) ** 2).sum(axis=1)
        near = d2 <= limit
        vs, rs, d2 = vs[near], rs[near], d2[near]
        pick = np.lexsort((d2, vs))
        vs, rs, d2 = vs[pick], rs[pick], d2[pick]
        first = np.ones(len(vs), dtype=bool)
        first[1:] = vs[1:] != vs[:-1]
        best[s + vs[first]] = rs[first]
        best_d2[s + vs[first]] = d2[first]
    return best, best_d2


def snap_to_segments(xy, new_xy, moved, free, seg_a, seg_b, tolerance):
    """Move the vertices ``free`` of ``xy`` within ``tolerance`` of a segment onto its nearest point."""
    length = np.hypot(*(seg_b - seg_a).T)
    keep = length > 0
    seg_a, seg_b, length = seg_a[keep], seg_b[keep], length[keep]
    if not len(seg_a):
        return
    points = xy[free]
    boxes_p = np.column_stack([points - tolerance, points + tolerance])
    boxes_s = np.column_stack([np.minimum(seg_a, seg_b), np.maximum(seg_a, seg_b)])
    cell = max(float(np.median(length)), 100.0 * tolerance)
    ip, is_ = bbox_candidate_pairs(boxes_p, boxes_s, cell=cell)
    if not len(ip):
        return
    a, b, p = seg_a[is_], seg_b[is_], points[ip]
    ab = b - a
    t = np.clip(((p - a) * ab).sum(axis=1) / (ab * ab).sum(axis=1), 0.0, 1.0)
    foot = a + t[:, None] * ab
    d2 = ((p - foot) ** 2).sum(axis=1)
    near = (d2 <= tolerance * tolerance) & (d2 > 0)
    ip, foot, d2 = ip[near], foot[near], d2[near]
    order = np.lexsort((d2, ip))
    ip, foot = ip[order], foot[order]
    first = np.ones(len(ip), dtype=bool)
    first[1:] = ip[1:] != ip[:-1]
    new_xy[free[ip[first]]] = foot[first]
    moved[free[ip[first]]] = True
