"""Checks and conversions of the overlay's inputs that need no geometry engine.

Whoever reads the layers (the Processing algorithm through QGIS, the province
runner through GDAL) calls these before :func:`overlay_parcels`, so both stop
on the same inputs with the same ``MeteringError`` kinds.
"""

import math

import numpy as np

from .. import gk_crs
from ..errors import MeteringError
from ..landclass import county_from_zldwdm, is_valid_code, normalize_code
from .core import CrsInfo, ParcelLayer

#: Survey-area fields of 三调 DLTB, in the order official_areas reads them.
OFFICIAL_FIELDS = ("TBDLMJ", "TBMJ", "KCMJ", "KCXS")
#: Share of non-NULL values that must look like land-class codes for a field to be the code field.
MIN_CODE_SHARE = 0.5


def official_areas(tbdlmj=None, tbmj=None, kcmj=None, kcxs=None):
    """Vectorised :func:`metering.overlay.tables.official_parcel_area`: m² per parcel, NaN where none.

    TBDLMJ where given; else TBMJ − KCMJ; else TBMJ × (1 − KCXS) (KCXS above 1
    read as percent); else TBMJ.
    """
    columns = [c for c in (tbdlmj, tbmj, kcmj, kcxs) if c is not None]
    if not columns:
        raise MeteringError("overlay_no_official_fields", fields=", ".join(OFFICIAL_FIELDS))
    n = len(columns[0])

    def num(values):
        if values is None:
            return np.full(n, np.nan)
        out = np.full(n, np.nan)
        for k, v in enumerate(values):
            try:
                out[k] = float(v)
            except (TypeError, ValueError):
                pass
        return out

    d, m, c, x = num(tbdlmj), num(tbmj), num(kcmj), num(kcxs)
    share = np.where(x > 1.0, x / 100.0, x)
    rest = np.where(~np.isnan(c), m - c, np.where(~np.isnan(share), m * (1.0 - share), m))
    return np.where(~np.isnan(d), d, rest)


def counties_from_zldwdm(values):
    """The county (first 6 digits of 坐落单位代码 ZLDWDM) of each value; None for NULL."""
    seen = {}
    out = []
    for v in values:
        key = (type(v), v)
        county = seen.get(key, seen)
        if county is seen:
            county = seen[key] = county_from_zldwdm(v)
        out.append(county)
    return out


def code_share(values, mapping=None):
    """Share (0…1) of the non-NULL ``values`` that have the form of a land-class code; None if all NULL.

    With ``mapping`` (a LandClassMapping) class names it knows (旱地) count as codes too.
    """
    resolve = mapping.resolve if mapping is not None else normalize_code
    seen = {}
    codes = []
    for v in values:
        key = (type(v), v)
        if key not in seen:
            seen[key] = resolve(v)
        codes.append(seen[key])
    present = [c for c in codes if c is not None]
    if not present:
        return None
    return sum(1 for c in present if is_valid_code(c)) / len(present)


def check_code_field(layer, field, values, candidates=None, mapping=None):
    """Stop when ``field`` of ``layer`` is clearly not a land-class code field.

    ``values``: the field's values (a sample is enough); ``candidates``:
    {field name: values} of the layer's other fields, to suggest the code-like
    ones; ``mapping``: class names it knows count as codes. A field whose
    values are mostly not codes (a real-valued area, a free-text name)
    raises ``overlay_not_code_field``; NULL and unknown-but-code-shaped
    values are left to the mapping (listed as unmapped).
    """
    share = code_share(values, mapping)
    if share is None or share >= MIN_CODE_SHARE:
        return
    suggest = sorted(name for name, vals in (candidates or {}).items()
                     if name != field and (code_share(vals, mapping) or 0.0) >= MIN_CODE_SHARE)
    raise MeteringError("overlay_not_code_field", layer=layer, field=field, share=round(100.0 * share, 1),
                        suggest=", ".join(suggest) if suggest else "DLBM")


def check_layer_crs(layer, crs, bounds):
    """The :class:`CrsInfo` to use for ``layer`` from its declared ``crs`` and ``bounds`` (xmin, ymin, xmax, ymax).

    * geographic CRS with coordinates outside ±180/±90: ``overlay_geographic_projected``
      (with the probable GK EPSG when the eastings say it);
    * GK CRS whose eastings do not fit (zone prefix present or missing, another
      zone): ``overlay_crs_mismatch`` with the probable EPSG;
    * no CRS: derived from a zone prefix (the returned CrsInfo's ``derived`` note
      is the caller's to log), else ``overlay_crs_unknown``.
    """
    xmin, ymin, xmax, ymax = (float(v) for v in bounds)
    finite = all(math.isfinite(v) for v in (xmin, ymin, xmax, ymax)) and xmin <= xmax and xmax - xmin < 1.0e300
    if not finite:
        return crs
    easting = "{0:.0f} – {1:.0f}".format(xmin, xmax)
    if crs.geographic:
        if xmin < -180.0 or xmax > 180.0 or ymin < -90.0 or ymax > 90.0:
            # a zone prefix names the zone; plain GK eastings (≈ 500 000 m) leave it to the user
            zone = gk_crs.zone_of_easting(xmin)
            if zone is not None and zone == gk_crs.zone_of_easting(xmax):
                suggested = "EPSG:{0}".format(gk_crs.prefixed_epsg(zone))
            else:
                suggested = "EPSG:{0}–{1} (Gauss-Krüger without zone prefix)".format(
                    gk_crs.plain_epsg(gk_crs.ZONES[0]), gk_crs.plain_epsg(gk_crs.ZONES[-1]))
            raise MeteringError("overlay_geographic_projected", layer=layer, crs=crs.label,
                                extent="{0}, {1:.0f} – {2:.0f}".format(easting, ymin, ymax), suggested=suggested)
        return crs
    status, suggested = gk_crs.check_extent(crs.epsg, xmin, xmax)
    if status == "ok":
        return crs
    if status == "derived":
        return CrsInfo(epsg=suggested, geographic=False, wkt=None, name="EPSG:{0}".format(suggested))
    if status == "unknown":
        raise MeteringError("overlay_crs_unknown", layer=layer, extent=easting)
    if suggested:
        raise MeteringError("overlay_crs_mismatch", layer=layer, crs=crs.label, extent=easting, epsg=suggested)
    raise MeteringError("overlay_crs_mismatch_unsure", layer=layer, crs=crs.label, extent=easting)


#: Parcels whose codes are sampled for the code-field check (spread over the whole layer).
CODE_SAMPLE = 5000


def check_parcel_fields(layer, names, code_field, role, county_field=None, official=False):
    """The fields to read of a parcel layer with fields ``names``, after checking them; returns
    (field names, the county field or None).

    ``code_field`` must be there (``overlay_no_code_field``, ``overlay_missing_field``; ``role`` names the
    parameter); a given ``county_field`` too (``overlay_missing_county_field``), else ZLDWDM when the layer
    has it; the official area method needs TBDLMJ or TBMJ (``overlay_no_official_fields``).
    """
    if not code_field:
        raise MeteringError("overlay_no_code_field", layer=layer, role=role)
    if code_field not in names:
        raise MeteringError("overlay_missing_field", layer=layer, field=code_field, role=role, fields=", ".join(names))
    if county_field and county_field not in names:
        raise MeteringError("overlay_missing_county_field", layer=layer, field=county_field, fields=", ".join(names))
    county = county_field or ("ZLDWDM" if "ZLDWDM" in names else None)
    if official and "TBDLMJ" not in names and "TBMJ" not in names:
        raise MeteringError("overlay_no_official_fields", layer=layer)
    wanted = [code_field] + ([county] if county else []) + [f for f in OFFICIAL_FIELDS if official and f in names]
    return list(dict.fromkeys(wanted)), county


def parcel_layer(name, wkb, fid, values, code_field, county_field=None, official=False, crs=None, mapping=None,
                 candidates=None):
    """A :class:`ParcelLayer` from columns read by any reader, the code field checked (:func:`check_code_field`).

    ``values``: {field: list} holding at least the fields :func:`check_parcel_fields` named;
    ``candidates``: a function giving {field: values} of a few rows of the layer's other fields, called only
    when the code field looks wrong (to name the code-like fields in the message).
    """
    codes = values[code_field]
    sample = [codes[k] for k in np.linspace(0, len(codes) - 1, min(len(codes), CODE_SAMPLE)).astype(int)] \
        if len(codes) else []
    others = {}
    if sample and (code_share(sample, mapping) or 0.0) < MIN_CODE_SHARE and candidates is not None:
        others = candidates()
    check_code_field(name, code_field, sample, others, mapping)
    county = None
    if county_field:
        raw = values[county_field]
        county = counties_from_zldwdm(raw) if county_field.upper() == "ZLDWDM" else \
            [None if v is None else str(v) for v in raw]
    area = official_areas(*(values.get(f) for f in OFFICIAL_FIELDS)) if official else None
    return ParcelLayer(name, wkb, fid, codes, county, area, crs if crs is not None else CrsInfo())
