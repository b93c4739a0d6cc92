"""The geometric part of the base/target overlay (QGIS geometry, GEOS).

Kept apart from the algorithm so the Processing module stays thin. The plan:

1. parcels whose geometry is byte-identical in both years (most of an annual
   change survey) are paired directly, without any intersection;
2. candidate pairs among the rest come from a vectorised bounding-box grid
   join (``metering.overlay.bbox_candidate_pairs``);
3. each remaining base parcel is prepared once (GEOS prepared geometry) and
   tested against its candidates; a target wholly inside it needs no
   intersection either;
4. remainders (base only / target only) are computed only for parcels whose
   pieces do not already add up to the parcel's area.
"""

import struct

import numpy as np
from qgis.core import QgsGeometry, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ..metering.overlay import bbox_candidate_pairs

#: Relative area deficit below which a parcel counts as fully covered by its
#: pieces (GEOS rounding is ~1e-12); far below the 1e-6 conservation check.
COVERED_REL_TOL = 1e-9
#: Relative area (of the smaller parcel) above which two parcels of one layer
#: count as overlapping; below it is GEOS rounding along shared boundaries.
OVERLAP_REL_TOL = 1e-7


def polygonal(geometry):
    """Only the polygon parts of a GEOS result (intersections can add lines/points)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    gtype = geometry.type()
    if gtype == QgsWkbTypes.PolygonGeometry:
        result = geometry
    elif QgsWkbTypes.flatType(geometry.wkbType()) == QgsWkbTypes.GeometryCollection:
        parts = [p for p in geometry.asGeometryCollection() if p.type() == QgsWkbTypes.PolygonGeometry]
        if not parts:
            return None
        result = QgsGeometry.collectGeometry(parts)
    else:
        return None
    result.convertToMultiType()
    return result


def bounding_boxes(geometries):
    """(n, 4) array of xmin, ymin, xmax, ymax."""
    # one flat list, converted once: row assignment into numpy costs more than the box itself
    flat = []
    extend = flat.extend
    for g in geometries:
        r = g.boundingBox()
        extend((r.xMinimum(), r.yMinimum(), r.xMaximum(), r.yMaximum()))
    return np.array(flat, dtype=float).reshape(-1, 4)


# ------------------------------------------------------------------ WKB coordinates

#: ISO WKB geometry type → (flat type, coordinates per vertex)
_DIMS = {0: 2, 1000: 3, 2000: 3, 3000: 4}


def _rings(wkb):
    """``[(byte offset, points, dims)]`` of the rings of a (multi)polygon ISO WKB, or None.

    Only little-endian Polygon / MultiPolygon (with Z/M) is read: that is what
    QGIS writes for the multi-type polygons the overlay works on. Anything
    else (curves) returns None and is left as it is.
    """
    out = []

    def polygon(pos):
        if wkb[pos] != 1:
            return None
        gtype = struct.unpack_from("<I", wkb, pos + 1)[0]
        if gtype % 1000 != 3 or gtype - 3 not in _DIMS:
            return None
        dims = _DIMS[gtype - 3]
        nrings = struct.unpack_from("<I", wkb, pos + 5)[0]
        pos += 9
        for _ in range(nrings):
            npoints = struct.unpack_from("<I", wkb, pos)[0]
            out.append((pos + 4, npoints, dims))
            pos += 4 + 8 * dims * npoints
        return pos

    if len(wkb) < 9 or wkb[0] != 1:
        return None
    gtype = struct.unpack_from("<I", wkb, 1)[0]
    if gtype % 1000 == 3:
        return out if polygon(0) is not None else None
    if gtype % 1000 != 6:
        return None
    pos = 9
    for _ in range(struct.unpack_from("<I", wkb, 5)[0]):
        pos = polygon(pos)
        if pos is None:
            return None
    return out


def _xy(buffer, rings):
    """(n, 2) array view-copy of all ring vertices of one WKB buffer."""
    parts = [np.frombuffer(buffer, dtype="<f8", count=n * d, offset=o).reshape(n, d)[:, :2] for o, n, d in rings]
    return np.concatenate(parts) if parts else np.empty((0, 2))


def pair_identical(base_geoms, target_geoms):
    """``base_twin``: for each base parcel the target parcel with byte-identical geometry, or -1.

    Each base parcel (in order) takes the first target parcel with its WKB if
    that one is not taken yet. Keyed by a hash of the WKB (an int per parcel,
    not a copy of every WKB) and confirmed on the bytes, so a hash collision
    pairs nothing.
    """
    by_hash = {}
    for j, g in enumerate(target_geoms):
        by_hash.setdefault(hash(bytes(g.asWkb())), []).append(j)
    base_twin = np.full(len(base_geoms), -1, dtype=np.int64)
    taken = np.zeros(len(target_geoms), dtype=bool)
    for i, g in enumerate(base_geoms):
        wkb = bytes(g.asWkb())
        candidates = by_hash.get(hash(wkb))
        if not candidates:
            continue
        j = candidates[0]
        if len(candidates) > 1:  # a duplicate geometry or a hash collision: the first equal one
            j = next((c for c in candidates if bytes(target_geoms[c].asWkb()) == wkb), -1)
        elif bytes(target_geoms[j].asWkb()) != wkb:
            j = -1
        if j >= 0 and not taken[j]:
            base_twin[i] = j
            taken[j] = True
    return base_twin


def identical_targets(base_twin, n_target):
    """Boolean mask of the target parcels paired by :func:`pair_identical`."""
    mask = np.zeros(n_target, dtype=bool)
    mask[base_twin[base_twin >= 0]] = True
    return mask


def _nearest_vertices(xy, ref, tolerance, chunk=200_000):
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


def _base_vertices_near(base_geoms, indices):
    """Vertices (n, 2) and segment ends of the rings of the base parcels ``indices``."""
    ref, seg_a, seg_b = [], [], []
    for i in indices:
        wkb = bytes(base_geoms[i].asWkb())
        rings = _rings(wkb)
        if rings:
            for o, n, d in rings:
                ring = np.frombuffer(wkb, dtype="<f8", count=n * d, offset=o).reshape(n, d)[:, :2]
                ref.append(ring)
                seg_a.append(ring[:-1])
                seg_b.append(ring[1:])
    if not ref:
        return None, None, None
    return np.concatenate(ref), np.concatenate(seg_a), np.concatenate(seg_b)


def rounding_differences(base_geoms, target_geoms, tolerance, identical=None, max_vertices=5000,
                         max_parcels=1000):
    """A cheap test whether the two layers differ by rounding: (sampled vertices, on a base
    vertex, within ``tolerance`` of a base vertex but not on it).

    Up to ``max_parcels`` of the target parcels that are not byte-identical to a base parcel,
    evenly spread over the layer's order, give up to ``max_vertices`` vertices (evenly spaced
    among theirs); each is compared with the vertices of the base parcels whose bounding box is
    within ``tolerance``. Parcels of an annual change survey share their vertices exactly
    (distance 0), an independently redrawn layer has none within a millimetre: only copies that
    differ by rounding (FileGDB, reprojected) have vertices at 0 < distance ≤ tolerance.
    ``identical``: the mask of :func:`identical_targets`, computed when not given.
    """
    if tolerance <= 0 or not base_geoms or not target_geoms:
        return 0, 0, 0
    if identical is None:
        identical = identical_targets(pair_identical(base_geoms, target_geoms), len(target_geoms))
    rest = np.flatnonzero(~np.asarray(identical, dtype=bool))
    if not len(rest):
        return 0, 0, 0
    pick = rest[np.unique(np.linspace(0, len(rest) - 1, min(len(rest), max_parcels)).round().astype(np.int64))]
    parts = []
    for j in pick.tolist():
        wkb = bytes(target_geoms[j].asWkb())
        rings = _rings(wkb)
        if rings:
            parts.append(_xy(wkb, rings))
    if not parts:
        return 0, 0, 0
    xy = np.concatenate(parts)
    if len(xy) > max_vertices:
        xy = xy[np.linspace(0, len(xy) - 1, max_vertices).round().astype(np.int64)]
    # base parcels near the sampled vertices
    boxes_v = np.column_stack([xy - tolerance, xy + tolerance])
    boxes_b = bounding_boxes(base_geoms)
    # cells of a parcel's size: the default (median of all boxes) would be the tiny vertex boxes'
    size = float(np.median(np.maximum(boxes_b[:, 2] - boxes_b[:, 0], boxes_b[:, 3] - boxes_b[:, 1])))
    _iv, ib = bbox_candidate_pairs(boxes_v, boxes_b, cell=max(size, 100.0 * tolerance))
    del boxes_v, boxes_b
    ref, _a, _b = _base_vertices_near(base_geoms, np.unique(ib).tolist())
    if ref is None:
        return len(xy), 0, 0
    _best, d2 = _nearest_vertices(xy, ref, tolerance)
    exact = int((d2 == 0).sum())
    rounding = int(((d2 > 0) & np.isfinite(d2)).sum())
    return len(xy), exact, rounding


def snap_to_reference(base_geoms, target_geoms, tolerance, identical=None):
    """Move target vertices lying within ``tolerance`` of a base vertex onto that vertex.

    Two deliveries of the same parcels differ by rounding (a FileGDB copy,
    a reprojected or zone-shifted copy): without snapping, no parcel is
    identical and every shared boundary leaves a sliver. Vertex-to-vertex
    snapping (rather than rounding both to a grid) has no cell boundary a
    vertex pair could straddle. Target geometries that are byte-identical to
    a base geometry (``identical``, the mask of :func:`identical_targets`,
    computed when not given) are left alone; a snapped geometry that would
    turn invalid keeps its own vertices. ``target_geoms`` is changed in place.
    Returns (target parcels replaced by their base twin, other parcels snapped, vertices moved).
    """
    if tolerance <= 0 or not base_geoms or not target_geoms:
        return 0, 0, 0
    if identical is None:
        identical = identical_targets(pair_identical(base_geoms, target_geoms), len(target_geoms))
    # (target parcel, its rings): the WKB itself is fetched again where it is rewritten, so
    # no copy of every target WKB is held at once
    rest = []
    for j in np.flatnonzero(~np.asarray(identical, dtype=bool)).tolist():
        rings = _rings(bytes(target_geoms[j].asWkb()))
        if rings:
            rest.append((j, rings))
    if not rest:
        return 0, 0, 0
    # reference: vertices of the base parcels near those target parcels
    boxes_t = bounding_boxes([target_geoms[j] for j, _r in rest])
    boxes_b = bounding_boxes(base_geoms)
    ia, ib = bbox_candidate_pairs(boxes_t + np.array([-tolerance, -tolerance, tolerance, tolerance]), boxes_b)
    # a target parcel whose every vertex lies within the tolerance of a vertex of one base
    # parcel (and back) is that parcel: it takes the base geometry as it is. Snapping vertex by
    # vertex could pick a neighbour's copy of a shared vertex when the base's own copies differ.
    same_box = np.all(np.abs(boxes_t[ia] - boxes_b[ib]) <= tolerance, axis=1)
    del boxes_t, boxes_b
    twin_of = {}
    taken = set()
    limit = tolerance * tolerance
    for r, i in zip(ia[same_box].tolist(), ib[same_box].tolist()):
        if r in twin_of or i in taken:
            continue
        j, rings = rest[r]
        wkb = bytes(base_geoms[i].asWkb())
        base_rings = _rings(wkb)
        if not base_rings or len(base_rings) != len(rings):
            continue
        if sum(n for _o, n, _d in base_rings) != sum(n for _o, n, _d in rings):
            continue
        a, b = _xy(bytes(target_geoms[j].asWkb()), rings), _xy(wkb, base_rings)
        if len(a) > 2000:
            continue  # a huge parcel: left to vertex snapping
        d2 = ((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=2)
        if d2.min(axis=1).max() <= limit and d2.min(axis=0).max() <= limit:
            twin_of[r] = i
            taken.add(i)
    for r, i in twin_of.items():
        target_geoms[rest[r][0]] = QgsGeometry(base_geoms[i])
    twins = len(twin_of)
    if twin_of:
        ib = ib[~np.isin(ia, list(twin_of))]
        rest = [item for r, item in enumerate(rest) if r not in twin_of]
    del ia, same_box, taken
    if not rest:
        return twins, 0, 0
    ref, seg_a, seg_b = _base_vertices_near(base_geoms, np.unique(ib).tolist())
    del ib
    if ref is None:
        return twins, 0, 0
    xy = np.concatenate([_xy(bytes(target_geoms[j].asWkb()), rings) for j, rings in rest])
    # each vertex goes onto its nearest base vertex within the tolerance (shared vertices repeat
    # in ``ref``: harmless ties); one already on a base vertex stays
    best, best_d2 = _nearest_vertices(xy, ref, tolerance)
    on_vertex = best >= 0
    moved = on_vertex & (best_d2 > 0)
    del best_d2
    new_xy = xy.copy()
    new_xy[moved] = ref[best[moved]]
    del best
    # a vertex near no base vertex but near a base edge (a new split point of a changed
    # parcel) goes onto that edge
    free = np.flatnonzero(~on_vertex)
    del on_vertex
    if len(free):
        _snap_to_segments(xy, new_xy, moved, free, seg_a, seg_b, tolerance)
    del xy, seg_a, seg_b, free

    # and a base vertex near a target edge (a base split point) is put into that edge
    inserts = _base_vertices_on_edges(rest, new_xy, ref, tolerance)
    del ref

    parcels = 0
    pos = 0
    for j, rings in rest:
        count = sum(n for _o, n, _d in rings)
        if moved[pos:pos + count].any() or inserts.get(j):
            buffer = bytearray(target_geoms[j].asWkb())
            at = pos
            for o, n, d in rings:
                coords = np.frombuffer(buffer, dtype="<f8", count=n * d, offset=o).reshape(n, d)
                coords[:, :2] = new_xy[at:at + n]
                at += n
            if inserts.get(j):
                buffer = _with_vertices(buffer, rings, pos, inserts[j])
                moved[pos] = True
            snapped = QgsGeometry()
            snapped.fromWkb(bytes(buffer))
            if snapped.isGeosValid():
                target_geoms[j] = snapped
                parcels += 1
            else:
                moved[pos:pos + count] = False
        pos += count
    return twins, parcels, int(moved.sum())


def _base_vertices_on_edges(rest, new_xy, ref, tolerance):
    """{target parcel: [(global vertex k, t, x, y)]}: base vertices within ``tolerance`` of the
    target edge k → k + 1 (not at its ends), to be inserted there."""
    starts = []
    pos = 0
    owner = {}
    for j, rings in rest:
        for _o, n, d in rings:
            if d == 2 and n > 1:
                k = np.arange(pos, pos + n - 1)
                starts.append(k)
                owner[len(starts) - 1] = j
            pos += n
    if not starts:
        return {}
    ring_of = np.concatenate([np.full(len(k), r) for r, k in enumerate(starts)])
    k0 = np.concatenate(starts)
    a, b = new_xy[k0], new_xy[k0 + 1]
    length = np.hypot(*(b - a).T)
    boxes_s = np.column_stack([np.minimum(a, b), np.maximum(a, b)])
    boxes_p = np.column_stack([ref - tolerance, ref + tolerance])
    cell = max(float(np.median(length)) if len(length) else 1.0, 100.0 * tolerance)
    ip, is_ = bbox_candidate_pairs(boxes_p, boxes_s, cell=cell)
    ok = length[is_] > 0
    ip, is_ = ip[ok], is_[ok]
    p, sa, sb = ref[ip], a[is_], b[is_]
    ab = sb - sa
    t = ((p - sa) * ab).sum(axis=1) / (ab * ab).sum(axis=1)
    foot = sa + np.clip(t, 0.0, 1.0)[:, None] * ab
    d2 = ((p - foot) ** 2).sum(axis=1)
    at_end = np.all(p == sa, axis=1) | np.all(p == sb, axis=1)
    near = (d2 <= tolerance * tolerance) & (t > 0) & (t < 1) & ~at_end
    # not where the point is within tolerance of an end: that end was snapped onto it already
    near &= (((p - sa) ** 2).sum(axis=1) > tolerance ** 2) & (((p - sb) ** 2).sum(axis=1) > tolerance ** 2)
    out = {}
    for m in np.flatnonzero(near).tolist():
        j = owner[int(ring_of[is_[m]])]
        out.setdefault(j, []).append((int(k0[is_[m]]), float(t[m]), float(p[m, 0]), float(p[m, 1])))
    return out


def _with_vertices(buffer, rings, first, inserts):
    """A (multi)polygon WKB like ``buffer`` with vertices inserted (2D rings only).

    ``first`` is the global index of the buffer's first vertex; ``inserts`` are
    (global vertex k, t, x, y): after vertex k, ordered by t along the edge.
    """
    by_k = {}
    for k, _t, x, y in sorted(set(inserts)):
        by_k.setdefault(k, []).append((x, y))
    out = bytearray(buffer[:rings[0][0] - 4])
    pos = first
    prev_end = rings[0][0] - 4
    for o, n, d in rings:
        out += buffer[prev_end:o - 4]  # headers between rings (polygon headers)
        coords = np.frombuffer(bytes(buffer), dtype="<f8", count=n * d, offset=o).reshape(n, d)
        rows = []
        for q in range(n):
            rows.append(coords[q])
            for x, y in by_k.get(pos + q, []) if d == 2 else []:
                rows.append(np.array([x, y]))
        ring = np.array(rows, dtype="<f8")
        out += struct.pack("<I", len(ring)) + ring.tobytes()
        pos += n
        prev_end = o + 8 * n * d
    out += buffer[prev_end:]
    return out


def _snap_to_segments(xy, new_xy, moved, free, seg_a, seg_b, tolerance):
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


class Pieces:
    """The overlay result: parallel lists, one entry per piece.

    A piece that is a whole parcel refers to that parcel's geometry; a new
    piece (intersection, remainder) is kept as WKB bytes, a third of the memory
    of a QgsGeometry, and turned back into geometry by :meth:`geometry_at`.
    """

    def __init__(self):
        self.base = []  # base parcel index or -1
        self.target = []  # target parcel index or -1
        self.geometry = []  # QgsGeometry (a parcel's own) or WKB bytes
        self.area = []  # planar m² (layer CRS)
        self.measured = []  # area by the caller's measure (e.g. ellipsoidal m²)
        self.overlaps = []  # (side, parcel a, parcel b, overlap area) of one layer's overlapping parcels

    def add(self, b, t, geometry, area, measured):
        self.base.append(b)
        self.target.append(t)
        self.geometry.append(geometry)
        self.area.append(area)
        self.measured.append(measured)

    def geometry_at(self, k):
        return as_geometry(self.geometry[k])

    def __len__(self):
        return len(self.base)


def as_geometry(value):
    """A QgsGeometry from a QgsGeometry or WKB bytes."""
    if isinstance(value, QgsGeometry):
        return value
    geometry = QgsGeometry()
    geometry.fromWkb(value)
    return geometry


def overlay(base_geoms, target_geoms, feedback=None, progress=(0, 100), check_every=200, measure=None,
            target_measured=None, base_twin=None):
    """Overlay two polygon coverages (same CRS, valid, multi-type geometries).

    Returns :class:`Pieces`: pieces in both layers, base-only and target-only
    remainders. Planar areas are in the unit of the CRS (m² for GK).
    ``measure`` (geometry → area, e.g. ellipsoidal m²) is applied to each new
    piece while its geometry is at hand; a piece that is a whole target parcel
    takes ``target_measured[j]``. Without ``measure`` the planar area is used.
    ``base_twin``: the result of :func:`pair_identical` on these geometries, if known.
    """
    start, stop = progress
    span = stop - start

    def step(fraction):
        if feedback is not None:
            if feedback.isCanceled():
                raise QgsProcessingException(
                    QCoreApplication.translate("overlay_engine", "Cancelled by the user; no output was written.")
                )
            feedback.setProgress(start + span * fraction)

    nb, nt = len(base_geoms), len(target_geoms)
    base_area = np.fromiter((g.area() for g in base_geoms), dtype=float, count=nb)
    target_area = np.fromiter((g.area() for g in target_geoms), dtype=float, count=nt)
    if measure is None:
        target_measured = target_area
    base_sum = np.zeros(nb)
    target_sum = np.zeros(nt)
    pieces = Pieces()

    # 1. identical geometries: paired directly (the caller may have paired them already)
    step(0.0)
    if base_twin is None:
        base_twin = pair_identical(base_geoms, target_geoms)
    base_twin = np.asarray(base_twin, dtype=np.int64)
    target_taken = identical_targets(base_twin, nt)
    for i in np.flatnonzero(base_twin >= 0).tolist():
        j = int(base_twin[i])
        pieces.add(i, j, target_geoms[j], target_area[j], target_measured[j])
        base_sum[i] += target_area[j]
        target_sum[j] += target_area[j]
    if feedback is not None:
        feedback.pushInfo(
            QCoreApplication.translate(
                "overlay_engine", "{0} parcels are unchanged in geometry and need no intersection."
            ).format(int((base_twin >= 0).sum()))
        )

    # 2. candidate pairs: every unpaired parcel against all parcels of the other layer, the
    # paired ones included, so a parcel overlapping a paired one (a duplicate or a topology
    # error) gets its piece there instead of being taken for "only in one layer"
    rest_b = np.flatnonzero(base_twin < 0)
    rest_t = np.flatnonzero(~target_taken)
    paired_b = np.flatnonzero(base_twin >= 0)
    all_t = np.arange(nt)
    boxes_b = bounding_boxes(base_geoms)
    boxes_t = bounding_boxes(target_geoms)
    ia, it = bbox_candidate_pairs(boxes_b[rest_b], boxes_t)
    ja, jt = bbox_candidate_pairs(boxes_b[paired_b], boxes_t[rest_t])
    pair_b = np.concatenate([rest_b[ia], paired_b[ja]])
    pair_t = np.concatenate([all_t[it], rest_t[jt]])
    order = np.argsort(pair_b, kind="stable")
    pair_b, pair_t = pair_b[order], pair_t[order]
    step(0.1)

    # 3. intersections, one prepared base parcel at a time. Plain lists in the loop: numpy
    # scalar indexing costs more than the prepared predicates of a small parcel.
    bounds = np.flatnonzero(np.diff(np.concatenate([[-1], pair_b, [-2]])) != 0).tolist()
    groups = len(bounds) - 1
    pair_t_list = pair_t.tolist()
    pair_b_list = pair_b.tolist()
    target_area_list = target_area.tolist()
    target_measured_list = np.asarray(target_measured, dtype=float).tolist()
    taken_list = target_taken.tolist()
    paired_list = (base_twin >= 0).tolist()
    first_new = len(pieces)
    polygon_types = (QgsWkbTypes.Polygon, QgsWkbTypes.MultiPolygon)
    create_engine = QgsGeometry.createGeometryEngine
    for k in range(groups):
        if k % check_every == 0:
            step(0.1 + 0.7 * k / max(groups, 1))
        lo, hi = bounds[k], bounds[k + 1]
        i = pair_b_list[lo]
        engine = create_engine(base_geoms[i].constGet())
        engine.prepareGeometry()
        base_paired = paired_list[i]
        for j in pair_t_list[lo:hi]:
            tg = target_geoms[j]
            tgc = tg.constGet()
            if base_paired or taken_list[j]:
                # a paired parcel's neighbour: in a clean coverage they share only a boundary.
                # Touching implies intersecting, so most such pairs take one predicate, not two.
                if engine.touches(tgc) or not engine.intersects(tgc):
                    continue
            elif not engine.intersects(tgc):
                continue
            if engine.contains(tgc):
                pieces.add(i, j, tg, target_area_list[j], target_measured_list[j])
                continue
            # the engine keeps the base parcel in GEOS form: only the target is converted
            result = engine.intersection(tgc)
            if result is None:
                continue
            piece = QgsGeometry(result)
            if result.wkbType() in polygon_types and not result.isEmpty():
                piece.convertToMultiType()  # the common case, without polygonal()'s checks
            else:
                piece = polygonal(piece)
                if piece is None:
                    continue
            area = piece.area()
            if area <= 0:
                continue
            pieces.add(i, j, bytes(piece.asWkb()), area, measure(piece) if measure else area)
    # unbuffered, in piece order: the same sums as adding each piece's area in the loop
    new_area = np.asarray(pieces.area[first_new:], dtype=float)
    np.add.at(base_sum, np.asarray(pieces.base[first_new:], dtype=np.int64), new_area)
    np.add.at(target_sum, np.asarray(pieces.target[first_new:], dtype=np.int64), new_area)

    # 4. remainders of parcels their pieces do not fill
    piece_base = np.asarray(pieces.base, dtype=np.int64)
    piece_target = np.asarray(pieces.target, dtype=np.int64)
    # a parcel overlapped by two parcels of the other layer has more than its area in pieces
    # and may still have an uncovered rest: both are computed by difference
    short_b = np.flatnonzero(np.abs(base_area - base_sum) > COVERED_REL_TOL * np.maximum(base_area, 1e-12))
    short_t = np.flatnonzero(np.abs(target_area - target_sum) > COVERED_REL_TOL * np.maximum(target_area, 1e-12))
    by_base = _group(piece_base, nb)
    by_target = _group(piece_target, nt)
    total = max(len(short_b) + len(short_t), 1)
    done = 0
    for side, short, geoms, groups_of in (
        ("base", short_b, base_geoms, by_base),
        ("target", short_t, target_geoms, by_target),
    ):
        for n in short:
            n = int(n)
            if done % check_every == 0:
                step(0.8 + 0.2 * done / total)
            done += 1
            own = groups_of.get(n, [])
            if own:
                covered = QgsGeometry.unaryUnion([pieces.geometry_at(p) for p in own])
                rest = polygonal(geoms[n].difference(covered))
            else:
                rest = geoms[n]
            if rest is None:
                continue
            area = rest.area()
            if area <= 0:
                continue
            measured = measure(rest) if measure else area
            rest = rest if rest is geoms[n] else bytes(rest.asWkb())
            if side == "base":
                pieces.add(n, -1, rest, area, measured)
                base_sum[n] += area
            else:
                pieces.add(-1, n, rest, area, measured)
                target_sum[n] += area
    pieces.overlaps = _overlaps(pieces, base_geoms, target_geoms, base_area, base_sum, target_area, target_sum)
    step(1.0)
    return pieces


def _overlaps(pieces, base_geoms, target_geoms, base_area, base_sum, target_area, target_sum):
    """Pairs of parcels of one layer that overlap: ``[(side, a, b, overlap area)]``.

    In two clean coverages the pieces cover base ∪ target once. Two parcels
    of one layer overlapping are found where they do it: inside a parcel of
    the other layer (that parcel's pieces then add up to more than its area)
    or outside it (their "only in one layer" rests overlap). Only those
    parcels and rests are tested, so the check costs little.
    """
    piece_base = np.asarray(pieces.base, dtype=np.int64)
    piece_target = np.asarray(pieces.target, dtype=np.int64)
    found = {}

    def test(side, geoms, candidates):
        for a, b in candidates:
            a, b = (a, b) if a < b else (b, a)
            if a == b or (side, a, b) in found:
                continue
            inter = polygonal(geoms[a].intersection(geoms[b]))
            area = inter.area() if inter is not None else 0.0
            if area > OVERLAP_REL_TOL * min(geoms[a].area(), geoms[b].area()):
                found[(side, a, b)] = area

    # same-layer overlaps inside a parcel of the other layer
    for side, own_area, own_sum, own_index, other_index, other_geoms in (
        ("target", base_area, base_sum, piece_base, piece_target, target_geoms),
        ("base", target_area, target_sum, piece_target, piece_base, base_geoms),
    ):
        over = np.flatnonzero(own_sum - own_area > OVERLAP_REL_TOL * np.maximum(own_area, 1e-12))
        if not len(over):
            continue
        by_parcel = _group(np.where(np.isin(own_index, over), own_index, -1), len(own_area))
        for n in over.tolist():
            others = sorted({int(other_index[p]) for p in by_parcel.get(n, []) if other_index[p] >= 0})
            test(side, other_geoms, [(a, b) for k, a in enumerate(others) for b in others[k + 1:]])
    # same-layer overlaps outside the other layer: their rests overlap
    for side, own_index, other_index, geoms in (
        ("base", piece_base, piece_target, base_geoms),
        ("target", piece_target, piece_base, target_geoms),
    ):
        rests = np.flatnonzero((own_index >= 0) & (other_index < 0))
        if len(rests) < 2:
            continue
        boxes = bounding_boxes([pieces.geometry_at(int(p)) for p in rests])
        ia, ib = bbox_candidate_pairs(boxes, boxes)
        keep = ia < ib
        rest_geoms = {}
        for p, q in zip(rests[ia[keep]].tolist(), rests[ib[keep]].tolist()):
            gp = rest_geoms.setdefault(p, pieces.geometry_at(p))
            gq = rest_geoms.setdefault(q, pieces.geometry_at(q))
            inter = polygonal(gp.intersection(gq))
            if inter is not None and inter.area() > 0:
                test(side, geoms, [(int(own_index[p]), int(own_index[q]))])
    return [(side, a, b, area) for (side, a, b), area in sorted(found.items())]


def _group(index, size):
    """{parcel: [piece positions]} for the parcels that have pieces."""
    groups = {}
    order = np.argsort(index, kind="stable")
    values = index[order]
    for pos, parcel in zip(order.tolist(), values.tolist()):
        if parcel >= 0:
            groups.setdefault(parcel, []).append(pos)
    return groups
