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
    boxes = np.empty((len(geometries), 4))
    for i, g in enumerate(geometries):
        r = g.boundingBox()
        boxes[i] = (r.xMinimum(), r.yMinimum(), r.xMaximum(), r.yMaximum())
    return boxes


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
            target_measured=None):
    """Overlay two polygon coverages (same CRS, valid, multi-type geometries).

    Returns :class:`Pieces`: pieces in both layers, base-only and target-only
    remainders. Planar areas are in the unit of the CRS (m² for GK).
    ``measure`` (geometry → area, e.g. ellipsoidal m²) is applied to each new
    piece while its geometry is at hand; a piece that is a whole target parcel
    takes ``target_measured[j]``. Without ``measure`` the planar area is used.
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

    # 1. identical geometries: a dict on the WKB bytes, confirmed by equality
    by_wkb = {}
    for j, g in enumerate(target_geoms):
        by_wkb.setdefault(bytes(g.asWkb()), j)
    base_twin = np.full(nb, -1, dtype=np.int64)
    target_taken = np.zeros(nt, dtype=bool)
    for i, g in enumerate(base_geoms):
        if i % 5000 == 0:
            step(0.05 * i / max(nb, 1))
        j = by_wkb.get(bytes(g.asWkb()))
        if j is not None and not target_taken[j]:
            base_twin[i] = j
            target_taken[j] = True
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

    # 3. intersections, one prepared base parcel at a time
    bounds = np.flatnonzero(np.diff(np.concatenate([[-1], pair_b, [-2]])) != 0)
    groups = len(bounds) - 1
    for k in range(groups):
        if k % check_every == 0:
            step(0.1 + 0.7 * k / max(groups, 1))
        lo, hi = int(bounds[k]), int(bounds[k + 1])
        i = int(pair_b[lo])
        bg = base_geoms[i]
        engine = QgsGeometry.createGeometryEngine(bg.constGet())
        engine.prepareGeometry()
        base_paired = base_twin[i] >= 0
        for j in pair_t[lo:hi].tolist():
            tg = target_geoms[j]
            tgc = tg.constGet()
            if not engine.intersects(tgc):
                continue
            if (base_paired or target_taken[j]) and engine.touches(tgc):
                # a paired parcel's neighbour: in a clean coverage they share only a boundary
                continue
            if engine.contains(tgc):
                piece, area = tg, target_area[j]
            else:
                # the engine keeps the base parcel in GEOS form: only the target is converted
                result = engine.intersection(tgc)
                piece = polygonal(QgsGeometry(result)) if result is not None else None
                if piece is None:
                    continue
                area = piece.area()
                if area <= 0:
                    continue
            if piece is tg:
                pieces.add(i, j, tg, area, target_measured[j])
            else:
                pieces.add(i, j, bytes(piece.asWkb()), area, measure(piece) if measure else area)
            base_sum[i] += area
            target_sum[j] += area

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
