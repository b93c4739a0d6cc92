"""The geometric steps of :func:`metering.overlay.overlay_parcels` on shapely 2 arrays.

Every step works on whole arrays (vectorised GEOS); Python loops run only
over the few parcels a step singles out (unions of a parcel's pieces are
grouped by size and reduced in C).
"""

import os

import numpy as np
import pandas as pd

from .. import gk_crs
from ..errors import MeteringError, Note, report, sub_progress
from ..landclass import default_mapping
from ..vocabulary import PIECE_COLUMNS, AreaMethod, ChangeFlag
from . import areas as area_mod
from .core import LayerReport, OverlayReport, OverlayResult
from .grid import nearest_vertices, snap_to_segments
from .tables import allocate_official_area, change_matrix, conservation_errors

#: Relative area deficit below which a parcel counts as filled by its pieces (GEOS rounding ~1e-12).
COVERED_REL_TOL = 1e-9
#: Relative overlap (of the smaller parcel) above which two parcels of one layer overlap.
OVERLAP_REL_TOL = 1e-7
#: Below this share of the smaller layer's area in common, the layers are taken to be in mismatched CRSs.
MIN_OVERLAP_SHARE = 0.01
#: Rounding check sample sizes.
SAMPLE_PARCELS, SAMPLE_VERTICES = 1000, 5000
#: How many ids a note lists (the report keeps them all).
LIST_CAP = 20

_POLYGON, _MULTIPOLYGON, _COLLECTION = 3, 6, 7


def _workers():
    """Threads for the heavy GEOS calls: shapely releases the GIL inside them (at most 4)."""
    return max(1, min(4, os.cpu_count() or 1))


def parallel(func, *arrays, chunk=4096):
    """``func(*arrays)`` (a vectorised shapely function) on chunks in threads; the results concatenated.

    At least four chunks per thread and none above 16 384 elements, so a thread slowed by other
    work on the machine does not leave the others waiting at the end.
    """
    n = len(arrays[0])
    workers = _workers()
    if workers == 1 or n < 2 * chunk:
        return func(*arrays)
    from concurrent.futures import ThreadPoolExecutor

    bounds = np.linspace(0, n, max(4 * workers, -(-n // (4 * chunk))) + 1).astype(int)
    with ThreadPoolExecutor(workers) as pool:
        parts = list(pool.map(lambda k: func(*(a[bounds[k]:bounds[k + 1]] for a in arrays)), range(len(bounds) - 1)))
    return np.concatenate(parts)


def require_shapely():
    """The shapely module (≥ 2), or ``MeteringError('missing_package')`` saying how to install it."""
    from ..dependencies import OPTIONAL, missing_optional, optional_install_hint

    requirement = OPTIONAL["shapely"][1]
    if requirement in missing_optional():
        raise MeteringError("missing_package", package=requirement, how=optional_install_hint(requirement))
    import shapely

    return shapely


# ------------------------------------------------------------------ reading


def polygonal(shapely, geoms):
    """The polygon parts of each geometry as a 2-D MultiPolygon (None where there is none)."""
    geoms = np.asarray(geoms, dtype=object)
    out = np.full(len(geoms), None, dtype=object)
    if not len(geoms):
        return out
    parts, idx = shapely.get_parts(geoms, return_index=True)
    # collections may hold multipolygons: one more level
    multi = np.isin(shapely.get_type_id(parts), (_MULTIPOLYGON, _COLLECTION))
    if multi.any():
        sub, sub_idx = shapely.get_parts(parts[multi], return_index=True)
        parts = np.concatenate([parts[~multi], sub])
        idx = np.concatenate([idx[~multi], idx[multi][sub_idx]])
    keep = (shapely.get_type_id(parts) == _POLYGON) & ~shapely.is_empty(parts)
    parts, idx = parts[keep], idx[keep]
    if not len(parts):
        return out
    order = np.argsort(idx, kind="stable")
    parts, idx = parts[order], idx[order]
    present = np.unique(idx)
    dense = np.searchsorted(present, idx)
    out[present] = shapely.multipolygons(parts, indices=dense)
    return out


def as_polygonal(shapely, geoms):
    """2-D Polygons and MultiPolygons as they are, the polygon parts of collections as a MultiPolygon,
    None for everything else (empty, lines, points). No copy of a polygon is made: the output's
    MultiPolygon WKB is written by :func:`multi_wkb`."""
    geoms = np.asarray(geoms, dtype=object)
    if shapely.has_z(geoms).any():
        geoms = shapely.force_2d(geoms)
    types = np.where(shapely.is_empty(geoms), -1, shapely.get_type_id(geoms))
    out = np.where((types == _MULTIPOLYGON) | (types == _POLYGON), geoms, None)
    rest = types == _COLLECTION
    if rest.any():
        out[rest] = polygonal(shapely, geoms[rest])
    return out


#: WKB header of a little-endian MultiPolygon with one part (the part's own WKB follows).
_MULTI_OF_ONE = b"\x01" + (6).to_bytes(4, "little") + (1).to_bytes(4, "little")


#: Geometries serialised at a time by :func:`multi_wkb`.
WKB_CHUNK = 65536


def multi_wkb(shapely, geoms, release=False):
    """2-D MultiPolygon WKB of each (multi)polygon: a Polygon's WKB gets a one-part MultiPolygon header.

    ``release``: set each entry of ``geoms`` (an object array) to None once serialised, so the
    geometries' memory is reused by their WKB instead of both being held at once.
    """
    geoms = np.asarray(geoms, dtype=object)
    wkb = np.empty(len(geoms), dtype=object)
    for lo in range(0, len(geoms), WKB_CHUNK):
        hi = min(lo + WKB_CHUNK, len(geoms))
        out = shapely.to_wkb(geoms[lo:hi], output_dimension=2, byte_order=1)
        for k in np.flatnonzero(shapely.get_type_id(geoms[lo:hi]) == _POLYGON).tolist():
            out[k] = _MULTI_OF_ONE + out[k]
        wkb[lo:hi] = out
        if release:
            geoms[lo:hi] = None
            release_freed_memory()
    return wkb


def release_freed_memory():
    """Give the pages that freed GEOS geometries leave in the C heap back to the system (glibc's
    ``malloc_trim``; elsewhere nothing): otherwise they count in the process's memory until reused."""
    global _TRIM
    if _TRIM is None:
        _TRIM = False
        try:
            import ctypes
            import ctypes.util

            name = ctypes.util.find_library("c")
            trim = getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
            if trim is not None:
                trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
                _TRIM = trim
        except (OSError, AttributeError):
            pass
    if _TRIM:
        _TRIM(0)


_TRIM = None


def geometries_from_wkb(shapely, blobs):
    """shapely geometries of WKB ``blobs`` (bytes-like or None), as the overlay reads them: invalid WKB
    fixed where GEOS can, else None. A reader may call this itself and hand the core geometries,
    so that the WKB need not be held during the overlay."""
    blobs = np.array([None if b is None else bytes(b) for b in blobs] + [None], dtype=object)[:-1]
    try:
        return shapely.from_wkb(blobs, on_invalid="fix")
    except Exception:  # noqa: BLE001 (shapely 2.0 has no "fix"; older GEOS cannot)
        return shapely.from_wkb(blobs, on_invalid="ignore")


def read_layer(shapely, layer):
    """(geometries of the usable parcels, their positions in ``layer``, :class:`LayerReport`)."""
    rep = LayerReport(name=layer.name, features=len(layer))
    fids = np.asarray(layer.fid, dtype=np.int64)
    raw = np.asarray(layer.wkb, dtype=object)
    if raw.ndim != 1:
        raw = np.array(list(layer.wkb) + [None], dtype=object)[:-1]
    first = next((g for g in raw if g is not None), None)
    geoms = raw if isinstance(first, shapely.Geometry) else geometries_from_wkb(shapely, raw)
    geoms = np.asarray(geoms, dtype=object)
    missing = np.array([g is None for g in geoms], dtype=bool)
    empty = missing.copy()
    empty[~missing] = shapely.is_empty(geoms[~missing])
    multi = np.full(len(geoms), None, dtype=object)
    multi[~empty] = as_polygonal(shapely, geoms[~empty])
    del geoms
    usable = np.array([g is not None for g in multi], dtype=bool)
    valid = np.zeros(len(multi), dtype=bool)
    valid[usable] = parallel(shapely.is_valid, multi[usable])
    broken = np.flatnonzero(usable & ~valid)
    if len(broken):
        multi[broken] = polygonal(shapely, shapely.make_valid(multi[broken]))
        rep.repaired_fids = fids[broken].tolist()
    usable = np.array([g is not None for g in multi], dtype=bool)
    rep.skipped_fids = fids[~usable].tolist()
    keep = np.flatnonzero(usable)
    rep.parcels = len(keep)
    if not len(keep):
        raise MeteringError("overlay_no_parcels", layer=layer.name)
    return multi[keep], keep, rep


# ------------------------------------------------------------------ pairing


def pair_identical(base_wkb, target_wkb):
    """``base_twin``: per base parcel the target parcel with byte-identical WKB, or -1.

    Each base parcel (in order) takes the first free target parcel with its
    bytes; keyed by a hash of the bytes and confirmed on them, so a hash
    collision pairs nothing.
    """
    by_hash = {}
    for j, w in enumerate(target_wkb):
        by_hash.setdefault(hash(w), []).append(j)
    twin = np.full(len(base_wkb), -1, dtype=np.int64)
    taken = np.zeros(len(target_wkb), dtype=bool)
    for i, w in enumerate(base_wkb):
        candidates = by_hash.get(hash(w))
        if not candidates:
            continue
        for j in candidates:
            if not taken[j] and target_wkb[j] == w:
                twin[i] = j
                taken[j] = True
                break
    return twin


def _shape_keys(shapely, geoms):
    """Per geometry its bounds and vertex count as one comparable byte string (a void scalar)."""
    keys = np.empty((len(geoms), 5), dtype=np.float64)
    keys[:, :4] = shapely.bounds(geoms)
    keys[:, 4] = shapely.get_num_coordinates(geoms)
    return np.ascontiguousarray(keys).view(np.dtype((np.void, keys.dtype.itemsize * 5))).ravel()


def pair_identical_geometries(shapely, base, target):
    """:func:`pair_identical` of the 2-D WKB of ``base`` and ``target`` (shapely arrays).

    Byte-identical WKB means the same bounds and vertex count, so only parcels whose
    (bounds, vertex count) occurs in the other layer are serialised and compared: the
    same pairing, without the WKB of every parcel of an independently redrawn layer.
    """
    kb, kt = _shape_keys(shapely, base), _shape_keys(shapely, target)
    cb = np.flatnonzero(np.isin(kb, kt))
    ct = np.flatnonzero(np.isin(kt, kb[cb]))
    twin = np.full(len(base), -1, dtype=np.int64)
    if not len(cb) or not len(ct):
        return twin
    sub = pair_identical(shapely.to_wkb(base[cb], output_dimension=2), shapely.to_wkb(target[ct], output_dimension=2))
    found = sub >= 0
    twin[cb[found]] = ct[sub[found]]
    return twin


def identical_targets(base_twin, n_target):
    """Boolean mask of the target parcels paired by :func:`pair_identical`."""
    mask = np.zeros(n_target, dtype=bool)
    mask[base_twin[base_twin >= 0]] = True
    return mask


# ------------------------------------------------------------------ snapping


def rounding_differences(shapely, base, target, tolerance, identical, base_tree=None):
    """(sampled vertices, on a base vertex, within ``tolerance`` of one without being on it).

    Up to 1 000 target parcels not identical to a base parcel, spread over the
    layer's order, give up to 5 000 vertices; each is compared with the
    vertices of the base parcels within the tolerance. An annual change survey
    shares its vertices exactly (distance 0), an independently redrawn layer
    has none within a millimetre; only copies differing by rounding (FileGDB,
    reprojected) have vertices at 0 < d ≤ tolerance.
    """
    if tolerance <= 0 or not len(base) or not len(target):
        return 0, 0, 0
    rest = np.flatnonzero(~identical)
    if not len(rest):
        return 0, 0, 0
    pick = rest[np.unique(np.linspace(0, len(rest) - 1, min(len(rest), SAMPLE_PARCELS)).round().astype(np.int64))]
    xy = shapely.get_coordinates(target[pick])
    if len(xy) > SAMPLE_VERTICES:
        xy = xy[np.linspace(0, len(xy) - 1, SAMPLE_VERTICES).round().astype(np.int64)]
    tree = base_tree if base_tree is not None else shapely.STRtree(base)
    near = np.unique(tree.query(shapely.points(xy), predicate="dwithin", distance=tolerance)[1])
    if not len(near):
        return len(xy), 0, 0
    ref = shapely.get_coordinates(base[near])
    _best, d2 = nearest_vertices(xy, ref, tolerance)
    return len(xy), int((d2 == 0).sum()), int(((d2 > 0) & np.isfinite(d2)).sum())


def snap_to_reference(shapely, base, target, tolerance, identical, base_tree=None):
    """Snap the target parcels not identical to a base parcel onto the base (returns new target, counts).

    1. a target parcel matching one base parcel within the tolerance (discrete
       Hausdorff distance of their vertices, same vertex count) takes that
       base geometry as it is;
    2. a vertex near no base vertex but within the tolerance of a base edge
       goes onto the edge (numpy, on the coordinate arrays);
    3. ``shapely.snap`` onto the nearby base parcels moves vertices onto base
       vertices and puts base vertices lying on a target edge into that edge.
    A snapped geometry that turns invalid keeps its own vertices.
    Returns ``(target, twins, parcels moved, vertices moved)``.
    """
    target = target.copy()
    if tolerance <= 0:
        return target, 0, 0, 0
    rest = np.flatnonzero(~identical)
    if not len(rest):
        return target, 0, 0, 0
    tree = base_tree if base_tree is not None else shapely.STRtree(base)
    ir, ib = tree.query(target[rest], predicate="dwithin", distance=tolerance)
    # 1. twins within the tolerance
    bt, bb = shapely.bounds(target[rest][ir]), shapely.bounds(base[ib])
    same = np.all(np.abs(bt - bb) <= tolerance, axis=1)
    same &= shapely.get_num_coordinates(target[rest][ir]) == shapely.get_num_coordinates(base[ib])
    cand_r, cand_b = ir[same], ib[same]
    twin_of = {}
    if len(cand_r):
        close = shapely.hausdorff_distance(target[rest][cand_r], base[cand_b]) <= tolerance
        taken = set()
        for r, i in zip(cand_r[close].tolist(), cand_b[close].tolist()):
            if r not in twin_of and i not in taken:
                twin_of[r] = i
                taken.add(i)
    if twin_of:
        rs = np.fromiter(twin_of.keys(), dtype=np.int64)
        target[rest[rs]] = base[np.fromiter(twin_of.values(), dtype=np.int64)]
    twins = len(twin_of)
    others = np.setdiff1d(np.arange(len(rest)), np.fromiter(twin_of.keys(), dtype=np.int64, count=len(twin_of)))
    if not len(others):
        return target, twins, 0, 0
    keep_pair = np.isin(ir, others)
    ir, ib = ir[keep_pair], ib[keep_pair]
    if not len(ir):
        return target, twins, 0, 0
    # 2. vertices near a base edge (and no base vertex) onto the edge
    moving = rest[others]
    near_b = np.unique(ib)
    ref = shapely.get_coordinates(base[near_b])
    rings = shapely.get_rings(base[near_b])
    ring_xy, ring_of = shapely.get_coordinates(rings, return_index=True)
    same_ring = ring_of[1:] == ring_of[:-1]
    seg_a, seg_b = ring_xy[:-1][same_ring], ring_xy[1:][same_ring]
    xy = shapely.get_coordinates(target[moving])
    best, best_d2 = nearest_vertices(xy, ref, tolerance)
    new_xy = xy.copy()
    moved = np.zeros(len(xy), dtype=bool)
    free = np.flatnonzero(best < 0)
    if len(free):
        snap_to_segments(xy, new_xy, moved, free, seg_a, seg_b, tolerance)
    edged = shapely.set_coordinates(target[moving].copy(), new_xy) if moved.any() else target[moving]
    # 3. onto base vertices, base vertices into target edges (GEOS snapping)
    order = np.argsort(ir, kind="stable")
    ir, ib = ir[order], ib[order]
    pos = np.searchsorted(others, ir)  # index into ``moving``
    reference = np.full(len(moving), None, dtype=object)
    present = np.unique(pos)
    reference[present] = shapely.geometrycollections(base[ib], indices=np.searchsorted(present, pos))
    has_ref = np.array([g is not None for g in reference], dtype=bool)
    snapped = edged.copy()
    snapped[has_ref] = shapely.snap(edged[has_ref], reference[has_ref], tolerance)
    snapped = as_polygonal(shapely, snapped)
    ok = np.array([g is not None for g in snapped], dtype=bool)
    ok[ok] = shapely.is_valid(snapped[ok])
    before_n = shapely.get_num_coordinates(target[moving])
    after_n = np.where(ok, shapely.get_num_coordinates(np.where(ok, snapped, target[moving])), before_n)
    # vertices moved: original vertices no longer present, plus the inserted ones
    changed = np.zeros(len(moving), dtype=np.int64)
    if ok.any():
        oks = np.flatnonzero(ok)
        a_xy, a_own = shapely.get_coordinates(target[moving][oks], return_index=True)
        b_xy, b_own = shapely.get_coordinates(snapped[oks], return_index=True)
        left = pd.DataFrame({"o": a_own, "x": a_xy[:, 0], "y": a_xy[:, 1]})
        right = pd.DataFrame({"o": b_own, "x": b_xy[:, 0], "y": b_xy[:, 1]}).drop_duplicates()
        kept = left.merge(right, on=["o", "x", "y"], how="left", indicator=True)["_merge"].to_numpy() == "both"
        gone = np.bincount(a_own[~kept], minlength=len(oks))
        changed[oks] = gone + np.maximum(after_n[oks] - before_n[oks], 0)
    touched = ok & (changed > 0)
    target[moving[touched]] = snapped[touched]
    return target, twins, int(touched.sum()), int(changed[touched].sum())


# ------------------------------------------------------------------ overlay


def group_union(shapely, geoms, groups, n_groups):
    """The union of ``geoms`` per group (``groups``: group index of each), None for empty groups.

    Reduced in C: groups of similar size are padded into a 2-D array and
    ``union_all(axis=1)`` runs once per size class.
    """
    out = np.full(n_groups, None, dtype=object)
    if not len(geoms):
        return out
    order = np.argsort(groups, kind="stable")
    g, geoms = groups[order], np.asarray(geoms, dtype=object)[order]
    ids, start, counts = np.unique(g, return_index=True, return_counts=True)
    single = counts == 1
    out[ids[single]] = geoms[start[single]]
    size_class = np.ceil(np.log2(np.maximum(counts, 1))).astype(int)
    for c in np.unique(size_class[~single]):
        sel = np.flatnonzero((size_class == c) & ~single)
        width = int(counts[sel].max())
        grid = np.full((len(sel), width), None, dtype=object)
        rows = np.repeat(np.arange(len(sel)), counts[sel])
        cols = np.arange(int(counts[sel].sum())) - np.repeat(np.cumsum(counts[sel]) - counts[sel], counts[sel])
        grid[rows, cols] = geoms[np.repeat(start[sel], counts[sel]) + cols]
        out[ids[sel]] = shapely.union_all(grid, axis=1)
    return out


class _Pieces:
    """Piece arrays grown by the steps: base index, target index, geometry, planar area."""

    def __init__(self):
        self.b, self.t, self.g, self.a, self.w = [], [], [], [], []

    def add(self, b, t, g, a, whole_target=False):
        self.w.append(np.full(len(b), bool(whole_target)))
        self.b.append(np.asarray(b, dtype=np.int64))
        self.t.append(np.asarray(t, dtype=np.int64))
        self.g.append(np.asarray(g, dtype=object))
        self.a.append(np.asarray(a, dtype=float))

    def arrays(self):
        cat = np.concatenate
        return cat(self.b), cat(self.t), cat(self.g), cat(self.a)

    def whole_target(self):
        """True for pieces that are a whole target parcel (their area is the parcel's)."""
        return np.concatenate(self.w)


def intersect(shapely, base, target, base_twin, base_area, target_area, progress=None):
    """Pieces of the overlay: (piece base index or -1, target index or -1, geometry, planar area).

    Unpaired parcels are intersected with every parcel of the other layer,
    paired ones included (a parcel overlapping a paired one, a topology
    error, gets its piece there instead of being taken for one year only).
    """
    nb, nt = len(base), len(target)
    taken = identical_targets(base_twin, nt)
    paired_b = np.flatnonzero(base_twin >= 0)
    rest_b = np.flatnonzero(base_twin < 0)
    rest_t = np.flatnonzero(~taken)
    pieces = _Pieces()
    pieces.add(paired_b, base_twin[paired_b], target[base_twin[paired_b]], target_area[base_twin[paired_b]], True)
    report(progress, 0.05)
    # no shapely.prepare: on parcels of ~20 vertices the prepared indexes cost ~3 kB each and save no time
    tree_t = shapely.STRtree(target)
    ia, it = tree_t.query(base[rest_b], predicate="intersects")
    pb, pt = [rest_b[ia]], [it]
    if len(rest_t) and len(paired_b):
        tree_rt = shapely.STRtree(target[rest_t])
        ja, jt = tree_rt.query(base[paired_b], predicate="intersects")
        pb.append(paired_b[ja])
        pt.append(rest_t[jt])
    pair_b, pair_t = np.concatenate(pb), np.concatenate(pt)
    report(progress, 0.2)
    # a paired parcel's neighbours of a clean coverage only touch it: one predicate drops them
    # (other touching pairs are rarer and leave an empty intersection)
    near_paired = (base_twin[pair_b] >= 0) | taken[pair_t]
    if near_paired.any():
        touching = np.zeros(len(pair_b), dtype=bool)
        touching[near_paired] = parallel(shapely.touches, base[pair_b[near_paired]], target[pair_t[near_paired]])
        pair_b, pair_t = pair_b[~touching], pair_t[~touching]
    report(progress, 0.35)
    whole = parallel(shapely.contains, base[pair_b], target[pair_t])
    pieces.add(pair_b[whole], pair_t[whole], target[pair_t[whole]], target_area[pair_t[whole]], True)
    cut_b, cut_t = pair_b[~whole], pair_t[~whole]
    del tree_t
    parts = as_polygonal(shapely, parallel(shapely.intersection, base[cut_b], target[cut_t]))
    ok = np.array([g is not None for g in parts], dtype=bool)
    ok[ok] = ~shapely.is_empty(parts[ok])
    area = np.zeros(len(parts))
    area[ok] = shapely.area(parts[ok])
    ok &= area > 0
    pieces.add(cut_b[ok], cut_t[ok], parts[ok], area[ok])
    report(progress, 0.7)
    # remainders of the parcels their pieces do not fill (sums in piece order, unbuffered)
    b_idx, t_idx, geoms, areas = pieces.arrays()
    base_sum = np.bincount(b_idx, areas, minlength=nb)
    target_sum = np.bincount(t_idx, areas, minlength=nt)
    for side in ("base", "target"):
        own_idx, own, own_area, own_sum = ((b_idx, base, base_area, base_sum) if side == "base"
                                           else (t_idx, target, target_area, target_sum))
        short = np.flatnonzero(np.abs(own_area - own_sum) > COVERED_REL_TOL * np.maximum(own_area, 1e-12))
        if not len(short):
            continue
        in_short = np.isin(own_idx, short)
        covered = group_union(shapely, geoms[in_short], np.searchsorted(short, own_idx[in_short]), len(short))
        has = np.array([g is not None for g in covered], dtype=bool)
        rest = own[short].copy()
        rest[has] = as_polygonal(shapely, parallel(shapely.difference, own[short][has], covered[has]))
        ok = np.array([g is not None for g in rest], dtype=bool)
        ok[ok] = ~shapely.is_empty(rest[ok])
        area = np.zeros(len(rest))
        area[ok] = shapely.area(rest[ok])
        ok &= area > 0
        none = np.full(int(ok.sum()), -1, dtype=np.int64)
        if side == "base":
            pieces.add(short[ok], none, rest[ok], area[ok])
            np.add.at(base_sum, short[ok], area[ok])
        else:
            pieces.add(none, short[ok], rest[ok], area[ok])
            np.add.at(target_sum, short[ok], area[ok])
    report(progress, 0.9)
    b_idx, t_idx, geoms, areas = pieces.arrays()
    return b_idx, t_idx, geoms, areas, pieces.whole_target(), base_sum, target_sum


def layer_overlaps(shapely, b_idx, t_idx, geoms, base, target, base_area, base_sum, target_area, target_sum):
    """Pairs of parcels of one layer that overlap: ``{'base': [(a, b, m²)], 'target': [...]}``.

    Found where they show: inside a parcel of the other layer (its pieces add
    up to more than its area) or outside it (their one-year remainders
    overlap). Only those parcels are tested.
    """
    found = {"base": {}, "target": {}}

    def test(side, layer_geoms, pairs):
        pairs = [(min(a, b), max(a, b)) for a, b in pairs if a != b]
        pairs = sorted(set(p for p in pairs if p not in found[side]))
        if not pairs:
            return
        a = np.array([p[0] for p in pairs], dtype=np.int64)
        b = np.array([p[1] for p in pairs], dtype=np.int64)
        inter = polygonal(shapely, shapely.intersection(layer_geoms[a], layer_geoms[b]))
        ok = np.array([g is not None for g in inter], dtype=bool)
        area = np.zeros(len(pairs))
        area[ok] = shapely.area(inter[ok])
        small = np.minimum(shapely.area(layer_geoms[a]), shapely.area(layer_geoms[b]))
        for k in np.flatnonzero(area > OVERLAP_REL_TOL * small).tolist():
            found[side][pairs[k]] = float(area[k])

    for side, own_area, own_sum, own_idx, other_idx, other in (
        ("target", base_area, base_sum, b_idx, t_idx, target),
        ("base", target_area, target_sum, t_idx, b_idx, base),
    ):
        over = np.flatnonzero(own_sum - own_area > OVERLAP_REL_TOL * np.maximum(own_area, 1e-12))
        pairs = []
        for n in over.tolist():
            others = sorted(set(other_idx[(own_idx == n) & (other_idx >= 0)].tolist()))
            pairs += [(a, b) for k, a in enumerate(others) for b in others[k + 1:]]
        test(side, other, pairs)
    for side, own_idx, other_idx, layer_geoms in (("base", b_idx, t_idx, base), ("target", t_idx, b_idx, target)):
        rests = np.flatnonzero((own_idx >= 0) & (other_idx < 0))
        if len(rests) < 2:
            continue
        tree = shapely.STRtree(geoms[rests])
        p, q = tree.query(geoms[rests], predicate="intersects")
        keep = p < q
        p, q = p[keep], q[keep]
        if not len(p):
            continue
        inner = ~shapely.touches(geoms[rests][p], geoms[rests][q])
        test(side, layer_geoms, list(zip(own_idx[rests[p[inner]]].tolist(), own_idx[rests[q[inner]]].tolist())))
    return {side: [(a, b, area) for (a, b), area in sorted(found[side].items())] for side in found}


# ------------------------------------------------------------------ the whole overlay


def _codes(mapping, values):
    """Resolved codes of the parcels (object array, None for NULL) and their objects."""
    cache = {}
    out = np.empty(len(values), dtype=object)
    for k, v in enumerate(values):
        key = (type(v), v) if v is not None and not (isinstance(v, float) and v != v) else None
        if key not in cache:
            cache[key] = mapping.resolve(v) if key is not None else None
        out[k] = cache[key]
    return out


def _unmapped(rep, codes, fids, mapping):
    rep.null_code_fids = fids[np.array([c is None for c in codes], dtype=bool)].tolist()
    unknown = {}
    for fid, c in zip(fids.tolist(), codes):
        if c is not None and c not in mapping.objects:
            unknown.setdefault(c, []).append(fid)
    rep.unknown_codes = dict(sorted(unknown.items()))


def _labels(mapping, names, pb_num, pt_num, flags):
    """change_type per piece (旱地→乔木林地), worded once per distinct (base code, target code, flag).

    ``names``: the codes by number; ``pb_num``/``pt_num``: each piece's code numbers (-1: no parcel).
    """
    none = "(无)"
    n = len(names) + 1
    key = ((pb_num + 1) * n + (pt_num + 1)) * 4 + flags
    keys, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    words = []
    for k in first.tolist():
        b = names[pb_num[k]] if pb_num[k] >= 0 else None
        t = names[pt_num[k]] if pt_num[k] >= 0 else None
        f = int(flags[k])
        if f == ChangeFlag.UNCHANGED:
            words.append(mapping.name_of(b))
        elif f == ChangeFlag.BASE_ONLY:
            words.append("{0}→{1}".format(mapping.name_of(b), none))
        elif f == ChangeFlag.TARGET_ONLY:
            words.append("{0}→{1}".format(none, mapping.name_of(t)))
        else:
            words.append("{0}→{1}".format(mapping.name_of(b), mapping.name_of(t)))
    return np.asarray(words, dtype=object)[inverse]


def _take(values, index):
    """``values[index]`` with None where index < 0 (object arrays)."""
    out = np.full(len(index), None, dtype=object)
    ok = index >= 0
    out[ok] = np.asarray(values, dtype=object)[index[ok]]
    return out


def _capped(values):
    values = list(values)
    return values[:LIST_CAP] + (["…"] if len(values) > LIST_CAP else [])


def _measure(shapely, geoms, crs, formula, measure):
    """Areas (m²) of ``geoms`` by ``formula`` (:func:`metering.overlay.areas.area_formula`)."""
    if formula == "gauss_kruger":
        return area_mod.gauss_kruger_areas(geoms, crs.epsg)
    if formula == "geodesic":
        if measure is not None:
            return np.asarray(measure(geoms), dtype=float)
        return area_mod.geodesic_areas(geoms, crs_wkt=crs.wkt, epsg=crs.epsg, geographic=crs.geographic)
    return shapely.area(geoms)


def run_overlay(base, target, options, progress):
    shapely = require_shapely()
    method = AreaMethod.parse(options.area_method)
    mapping = options.mapping or default_mapping()
    notes = []
    bg, bpos, brep = read_layer(shapely, base)
    tg, tpos, trep = read_layer(shapely, target)
    rep = OverlayReport(base=brep, target=trep, area_method=method.value)
    for lr in (brep, trep):
        if lr.repaired_fids:
            notes.append(Note.warning("overlay_repaired", layer=lr.name, count=len(lr.repaired_fids),
                                      fids=_capped(lr.repaired_fids)))
        if lr.skipped_fids:
            notes.append(Note.warning("overlay_skipped", layer=lr.name, count=len(lr.skipped_fids),
                                      fids=_capped(lr.skipped_fids)))
    notes.append(Note.info("overlay_read", base=brep.parcels, target=trep.parcels))
    report(progress, 0.05)
    crs = base.crs
    if (target.crs.epsg, target.crs.geographic) != (crs.epsg, crs.geographic) or \
            (crs.epsg is None and target.crs.wkt != crs.wkt):
        shift = gk_crs.zone_shift(target.crs.epsg, crs.epsg)
        if shift is None:
            raise MeteringError("overlay_crs_differ", base=base.name, target=target.name, base_crs=crs.label,
                                target_crs=target.crs.label)
        tg = shapely.transform(tg, lambda xy: xy + np.array([shift, 0.0]))
        rep.zone_shift_m = shift
    formula = area_mod.area_formula(method, crs, base.name)
    bb, tb = shapely.total_bounds(bg), shapely.total_bounds(tg)

    def disjoint(share):
        text = "{0:.0f}, {1:.0f} – {2:.0f}, {3:.0f}"
        return MeteringError("overlay_disjoint", base=base.name, base_crs=crs.label, base_extent=text.format(*bb),
                             target=target.name, target_crs=target.crs.label, target_extent=text.format(*tb),
                             share=share)

    if bb[0] > tb[2] or tb[0] > bb[2] or bb[1] > tb[3] or tb[1] > bb[3]:
        raise disjoint(0.0)

    # identical parcels, then the rounding check and (only if needed) snapping
    twin = pair_identical_geometries(shapely, bg, tg)
    identical = identical_targets(twin, len(tg))
    snap = rep.snapping
    snap.tolerance_m = float(options.snap_tolerance or 0.0)
    tolerance = area_mod.degrees_tolerance(snap.tolerance_m) if crs.geographic else snap.tolerance_m
    report(progress, 0.1)
    if tolerance > 0:
        tree_b = shapely.STRtree(bg)
        snap.sampled, snap.exact, snap.rounding = rounding_differences(shapely, bg, tg, tolerance, identical, tree_b)
        if snap.rounding:
            notes.append(Note.info("overlay_snap_found", rounding=snap.rounding, sampled=snap.sampled,
                                   share=100.0 * snap.rounding / snap.sampled, tolerance=snap.tolerance_m,
                                   exact=snap.exact))
            tg, snap.twins, snap.parcels_moved, snap.vertices_moved = snap_to_reference(
                shapely, bg, tg, tolerance, identical, tree_b)
            snap.applied = True
            notes.append(Note.info("overlay_snap_done", tolerance=snap.tolerance_m, twins=snap.twins,
                                   vertices=snap.vertices_moved, parcels=snap.parcels_moved))
            if snap.twins or snap.parcels_moved:
                twin = pair_identical_geometries(shapely, bg, tg)
        else:
            notes.append(Note.info("overlay_snap_skipped", exact=snap.exact, sampled=snap.sampled,
                                   tolerance=snap.tolerance_m, identical=int(identical.sum())))
        del tree_b
    del identical
    rep.identical_pairs = int((twin >= 0).sum())
    notes.append(Note.info("overlay_identical", count=rep.identical_pairs))
    report(progress, 0.2)

    base_area = shapely.area(bg)
    target_area = shapely.area(tg)
    b_idx, t_idx, geoms, planar, whole, base_sum, target_sum = intersect(
        shapely, bg, tg, twin, base_area, target_area, sub_progress(progress, 0.2, 0.8))
    has_b, has_t = b_idx >= 0, t_idx >= 0
    smaller = min(planar[has_b].sum(), planar[has_t].sum())
    rep.overlap_share = float(planar[has_b & has_t].sum() / smaller) if smaller > 0 else 1.0
    if rep.overlap_share < MIN_OVERLAP_SHARE:
        raise disjoint(rep.overlap_share)
    overlaps = layer_overlaps(shapely, b_idx, t_idx, geoms, bg, tg, base_area, base_sum, target_area, target_sum)
    rep.planar_total_m2 = float(planar.sum())
    bfid_all = np.asarray(base.fid, dtype=np.int64)[bpos]
    tfid_all = np.asarray(target.fid, dtype=np.int64)[tpos]
    for lr, side, fids in ((brep, "base", bfid_all), (trep, "target", tfid_all)):
        lr.overlaps = [(int(fids[a]), int(fids[b]), area) for a, b, area in overlaps[side]]
    rep.overlap_excess_m2 = float(sum(a for lr in (brep, trep) for _x, _y, a in lr.overlaps))
    if not brep.overlaps and not trep.overlaps:
        notes.append(Note.info("overlay_cover_once", total=rep.planar_total_m2))
    else:
        for lr in (brep, trep):
            if lr.overlaps:
                notes.append(Note.warning("overlay_layer_overlaps", layer=lr.name, count=len(lr.overlaps), pairs=[
                    "{0}/{1} ({2:.3f} m²)".format(a, b, area) for a, b, area in _capped(lr.overlaps[:LIST_CAP])]))
        notes.append(Note.warning("overlay_overlap_excess", total=rep.planar_total_m2, excess=rep.overlap_excess_m2))
    report(progress, 0.85)

    # codes and objects
    bcodes = _codes(mapping, _take(base.code, bpos))
    tcodes = _codes(mapping, _take(target.code, tpos))
    for lr, codes, fids in ((brep, bcodes, bfid_all), (trep, tcodes, tfid_all)):
        _unmapped(lr, codes, fids, mapping)
        if lr.null_code_fids:
            notes.append(Note.warning("overlay_null_codes", layer=lr.name, count=len(lr.null_code_fids),
                                      fids=_capped(lr.null_code_fids)))
        for code, fids_of in lr.unknown_codes.items():
            notes.append(Note.warning("overlay_unknown_code", layer=lr.name, code=code, count=len(fids_of),
                                      fids=_capped(fids_of)))

    # areas by the chosen method: each parcel's own (conservation) and each piece's
    if method == AreaMethod.OFFICIAL:
        rep.area_formula = "official"
        base_parcel = _official(base, bpos, base_area, brep, bfid_all, notes)
        target_parcel = _official(target, tpos, target_area, trep, tfid_all, notes)
        base_share = allocate_official_area(planar, b_idx, base_parcel)
        target_share = allocate_official_area(planar, t_idx, target_parcel)
        area = np.where(has_t, target_share, base_share)
        notes.append(Note.info("overlay_area_official"))
    else:
        # one measurement of: the target parcels, the base parcels without an identical twin (a twin has
        # its twin's area) and the pieces that are not a whole target parcel (those have the parcel's)
        paired = twin >= 0
        todo, cut = np.flatnonzero(~paired), np.flatnonzero(~whole)
        rep.area_formula = formula
        measured = _measure(shapely, np.concatenate([tg, bg[todo], geoms[cut]]), crs, formula,
                            options.ellipsoidal_measure)
        target_parcel = measured[:len(tg)]
        base_parcel = np.full(len(bg), np.nan)
        base_parcel[paired] = target_parcel[twin[paired]]
        base_parcel[todo] = measured[len(tg):len(tg) + len(todo)]
        area = np.empty(len(geoms))
        area[whole] = target_parcel[t_idx[whole]]
        area[cut] = measured[len(tg) + len(todo):]
        base_share = np.where(has_b, area, 0.0)
        target_share = np.where(has_t, area, 0.0)
        if method == AreaMethod.ELLIPSOIDAL:
            rep.ellipsoid = "CGCS2000" if rep.area_formula == "gauss_kruger" else (crs.label or "")
            notes.append(Note.info("overlay_area_ellipsoidal", ellipsoid=rep.ellipsoid, formula=rep.area_formula))
        else:
            notes.append(Note.info("overlay_area_planar", crs=crs.label))
    # the geometries are done with: keep their WKB only (about a third of the memory)
    bounds = shapely.bounds(geoms)
    del bg, tg
    wkb = multi_wkb(shapely, geoms, release=True)
    del geoms
    brep.area_m2, trep.area_m2 = float(np.sum(base_parcel)), float(np.sum(target_parcel))
    for lr, share, idx, codes, parcel in ((brep, base_share, b_idx, bcodes, base_parcel),
                                          (trep, target_share, t_idx, tcodes, target_parcel)):
        own = idx >= 0
        lr.conservation = conservation_errors(share[own], codes[idx[own]], parcel, codes)
        if lr.conservation:
            for cls, layer_area, piece_area, rel in lr.conservation[:LIST_CAP]:
                notes.append(Note.warning("overlay_not_conserved", layer=lr.name, cls=cls, pieces=piece_area,
                                          parcels=layer_area, rel=rel))
        else:
            notes.append(Note.info("overlay_conserved", layer=lr.name))

    # the pieces table, from parcel-level arrays indexed by piece (no Python loop over the pieces)
    vocab = {c: k for k, c in enumerate(dict.fromkeys(bcodes.tolist() + tcodes.tolist()))}
    names = list(vocab)
    bnum = np.fromiter((vocab[c] for c in bcodes.tolist()), dtype=np.int64, count=len(bcodes))
    tnum = np.fromiter((vocab[c] for c in tcodes.tolist()), dtype=np.int64, count=len(tcodes))
    pb_num = np.where(has_b, bnum[np.maximum(b_idx, 0)], -1)
    pt_num = np.where(has_t, tnum[np.maximum(t_idx, 0)], -1)
    flags = np.where(pb_num == pt_num, int(ChangeFlag.UNCHANGED), int(ChangeFlag.CHANGED))
    flags = np.where(has_b & ~has_t, int(ChangeFlag.BASE_ONLY), flags)
    flags = np.where(has_t & ~has_b, int(ChangeFlag.TARGET_ONLY), flags).astype(np.int64)
    bcode, tcode = _take(bcodes, b_idx), _take(tcodes, t_idx)
    objects = np.array([mapping.object_of(c) for c in names], dtype=object)
    bobj = _take(objects[bnum], b_idx)
    tobj = _take(objects[tnum], t_idx)
    labels = _labels(mapping, names, pb_num, pt_num, flags)
    county = _take(_take(target.county, tpos) if target.county is not None else np.full(len(tpos), None), t_idx)
    if base.county is not None:
        bcounty = _take(_take(base.county, bpos), b_idx)
        missing = pd.isna(county)
        county[missing] = bcounty[missing]
    frame = pd.DataFrame({
        "base_code": bcode, "target_code": tcode, "base_object": bobj, "target_object": tobj,
        "change_flag": flags, "change_type": labels, "county": county,
        "area_m2": area, "sliver": (area < float(options.min_area)).astype(np.int64), "area_method": method.value,
        "base_area_m2": base_share, "target_area_m2": target_share,
        "base_fid": pd.array(np.where(has_b, bfid_all[np.maximum(b_idx, 0)], 0), dtype="Int64"),
        "target_fid": pd.array(np.where(has_t, tfid_all[np.maximum(t_idx, 0)], 0), dtype="Int64"),
    }, columns=list(PIECE_COLUMNS))
    frame.loc[~has_b, "base_fid"] = pd.NA
    frame.loc[~has_t, "target_fid"] = pd.NA
    counts = np.bincount(flags, minlength=4)
    rep.pieces = len(frame)
    rep.unchanged, rep.changed, rep.base_only, rep.target_only = (int(c) for c in counts[:4])
    rep.slivers = int(frame["sliver"].sum())
    notes.append(Note.info("overlay_summary", pieces=rep.pieces, unchanged=rep.unchanged, changed=rep.changed,
                           base_only=rep.base_only, target_only=rep.target_only, slivers=rep.slivers))
    report(progress, 0.95)
    matrix = change_matrix(frame)
    report(progress, 1.0)
    return OverlayResult(frame=frame, geometry=wkb, matrix=matrix, report=rep, notes=notes, bounds=bounds)


def _official(layer, pos, planar, lr, fids, notes):
    """Each parcel's survey area (m²); its planar area where the survey area is missing."""
    if layer.official_m2 is None:
        raise MeteringError("overlay_no_official_fields", layer=layer.name, fields="TBDLMJ, TBMJ")
    values = np.asarray(layer.official_m2, dtype=float)[pos]
    missing = np.flatnonzero(np.isnan(values))
    if len(missing):
        lr.official_missing_fids = fids[missing].tolist()
        notes.append(Note.warning("overlay_official_missing", layer=layer.name, count=len(missing),
                                  fids=_capped(lr.official_missing_fids)))
        values[missing] = planar[missing]
    return values
