"""Base-year (t1) / metering-year (t2) parcel overlay: flags, labels, areas, matrix.

Hubei spec ch. 5 and 8: the base-year and metering-year parcel layers are
overlaid; every piece carries both land-class codes, both metering objects
and a change flag. This module holds the non-geometric part: it works on
arrays of piece attributes (areas in m², matrix in ha) and never imports QGIS.
"""

import numpy as np
import pandas as pd

from .landclass import UNMAPPED

#: change_flag values
UNCHANGED, CHANGED, BASE_ONLY, TARGET_ONLY = 0, 1, 2, 3

AREA_METHODS = ("ellipsoidal", "planar", "official")

M2_PER_HA = 10000.0


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


def change_flags(base_code, target_code, has_base, has_target):
    """change_flag per piece: 0 same code, 1 code changed, 2 base only, 3 target only.

    A change is a change of land class (code), as the annual change survey
    (年度变更调查) records it; two NULL codes count as unchanged.
    """
    has_base = np.asarray(has_base, dtype=bool)
    has_target = np.asarray(has_target, dtype=bool)
    same = np.array([b == t for b, t in zip(base_code, target_code)], dtype=bool)
    flags = np.where(same, UNCHANGED, CHANGED)
    flags = np.where(has_base & ~has_target, BASE_ONLY, flags)
    flags = np.where(has_target & ~has_base, TARGET_ONLY, flags)
    return flags.astype(np.int64)


def change_labels(mapping, base_code, target_code, flags):
    """Readable change_type: 旱地→乔木林地; the name alone when unchanged.

    Base-only and target-only pieces read 旱地→(无) / (无)→乔木林地.
    """
    none = "(无)"
    labels = []
    for b, t, f in zip(base_code, target_code, flags):
        if f == UNCHANGED:
            labels.append(mapping.name_of(b))
        elif f == BASE_ONLY:
            labels.append("{0}→{1}".format(mapping.name_of(b), none))
        elif f == TARGET_ONLY:
            labels.append("{0}→{1}".format(none, mapping.name_of(t)))
        else:
            labels.append("{0}→{1}".format(mapping.name_of(b), mapping.name_of(t)))
    return labels


def allocate_official_area(piece_area_m2, parcel_index, parcel_official_m2):
    """Share each parcel's survey area (TBDLMJ, m²) among its pieces by geometric area.

    ``parcel_index`` is the parcel of each piece (-1: none → 0). The shares of
    one parcel sum exactly to its survey area, so totals reproduce the survey's
    statistics. A parcel whose pieces have zero area keeps nothing.
    """
    area = np.asarray(piece_area_m2, dtype=float)
    idx = np.asarray(parcel_index, dtype=np.int64)
    official = np.asarray(parcel_official_m2, dtype=float)
    out = np.zeros(len(area))
    ok = idx >= 0
    if not ok.any():
        return out
    totals = np.bincount(idx[ok], weights=area[ok], minlength=len(official))
    denom = totals[idx[ok]]
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(denom > 0, area[ok] / denom, 0.0)
    out[ok] = share * official[idx[ok]]
    return out


def official_parcel_area(tbdlmj=None, tbmj=None, kcmj=None, kcxs=None):
    """A parcel's land-class area (图斑地类面积, m²) as 三调 records it.

    TBDLMJ when given; else TBMJ − KCMJ; else TBMJ × (1 − KCXS); else TBMJ.
    (三调: KCMJ = TBMJ × KCXS, the 田坎 deduction; TBDLMJ = TBMJ − KCMJ.)
    Returns ``None`` when nothing usable is there.
    """

    def num(v):
        try:
            f = float(v)
        except (TypeError, ValueError):
            return None
        return None if np.isnan(f) else f

    tbdlmj, tbmj, kcmj, kcxs = num(tbdlmj), num(tbmj), num(kcmj), num(kcxs)
    if tbdlmj is not None:
        return tbdlmj
    if tbmj is None:
        return None
    if kcmj is not None:
        return tbmj - kcmj
    if kcxs is not None:
        # KCXS is a fraction (0.08); some deliveries store percent (8)
        return tbmj * (1.0 - (kcxs / 100.0 if kcxs > 1.0 else kcxs))
    return tbmj


#: change-matrix label of a side without a parcel (base only / target only pieces)
NO_PARCEL = "(none)"
#: change-matrix label of a real parcel whose class is NULL (kept apart from NO_PARCEL)
NULL_CLASS = "NULL"


def change_matrix(pieces):
    """Area (ha) by base × target, at object and at code level (long table).

    ``pieces`` needs ``base_object, target_object, base_code, target_code,
    area_m2`` and, to tell a missing side from a NULL class, ``base_fid`` and
    ``target_fid``. A side without a parcel (base or target only) reads
    ``(none)``; a real parcel with a NULL code or object reads ``NULL``.
    Without the fid columns every missing value reads ``(none)``.
    Columns: ``level (object|code), base, target, area_ha``.
    """
    frames = []
    present = {}
    for side in ("base", "target"):
        fid = "{0}_fid".format(side)
        present[side] = pieces[fid].notna().to_numpy() if fid in pieces.columns else None

    def labels(side, column):
        values = pieces[column]
        has_parcel = present[side]
        if has_parcel is None:
            return values.fillna(NO_PARCEL).astype(str)
        missing = values.isna().to_numpy()
        out = values.astype(object).to_numpy().copy()
        out[missing & has_parcel] = NULL_CLASS
        out[~has_parcel] = NO_PARCEL
        return pd.Series(out, index=pieces.index).astype(str)

    for level, b, t in (("object", "base_object", "target_object"), ("code", "base_code", "target_code")):
        part = pd.DataFrame(
            {
                "base": labels("base", b),
                "target": labels("target", t),
                "area_ha": pieces["area_m2"].astype(float) / M2_PER_HA,
            }
        )
        grouped = part.groupby(["base", "target"], as_index=False, sort=True)["area_ha"].sum()
        grouped.insert(0, "level", level)
        frames.append(grouped)
    return pd.concat(frames, ignore_index=True)


def conservation_errors(piece_area, piece_class, layer_area, layer_class, rel_tol=1e-6):
    """Per class: (class, layer area, piece area, relative error) beyond ``rel_tol``.

    Checks that the pieces coming from a layer sum, class by class, to that
    layer's own class areas (area is conserved by the overlay).
    """
    pieces = pd.Series(np.asarray(piece_area, dtype=float)).groupby(
        pd.Series(list(piece_class)).fillna(UNMAPPED)
    ).sum()
    layer = pd.Series(np.asarray(layer_area, dtype=float)).groupby(
        pd.Series(list(layer_class)).fillna(UNMAPPED)
    ).sum()
    both = pd.concat([layer.rename("layer"), pieces.rename("pieces")], axis=1).fillna(0.0)
    scale = max(float(both["layer"].abs().sum()), 1e-12)
    errors = []
    for cls, row in both.iterrows():
        rel = abs(row["pieces"] - row["layer"]) / max(abs(row["layer"]), scale * 1e-9)
        if rel > rel_tol:
            errors.append((cls, float(row["layer"]), float(row["pieces"]), float(rel)))
    return errors
