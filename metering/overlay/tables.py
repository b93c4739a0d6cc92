"""Attributes of the overlay pieces: flags, labels, official areas, change matrix, conservation.

Hubei spec ch. 5 and 8: the base-year and metering-year parcel layers are
overlaid; every piece carries both land-class codes, both metering objects
and a change flag. This module holds the non-geometric part: it works on
arrays of piece attributes (areas in m², matrix in ha) and never imports QGIS.
"""

import numpy as np
import pandas as pd

from ..vocabulary import M2_PER_HA, UNMAPPED, AreaMethod, ChangeFlag

#: change_flag values (metering.vocabulary.ChangeFlag)
UNCHANGED, CHANGED, BASE_ONLY, TARGET_ONLY = (int(f) for f in ChangeFlag)

AREA_METHODS = AreaMethod.values()


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
    """Area (ha) by base-year × metering-year, at object and at code level (long table).

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
