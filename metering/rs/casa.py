"""CASA light-use-efficiency NPP (DB4403/T 348 NPP acquisition; methods.md §6; Zhu Wenquan et al.).

Pure numpy, no I/O: every function takes arrays and returns arrays. Monthly stacks
are ``(12, rows, cols)`` arrays, January first; a class raster is ``(rows, cols)``.
Missing values are NaN on the way in and on the way out.

    NPP = SOL × FPAR × 0.5 × ε                       g C/m²/month (SOL in MJ/m²/month)
    ε   = Tε1 × Tε2 × Wε × εmax                      g C/MJ

Every convention that public CASA implementations disagree on is a field of
:class:`CasaOptions` with the default chosen here and the reason in its comment;
``docs/remote_sensing.md`` lists them with their sources.
"""

import math
from dataclasses import dataclass

import numpy as np

from ..errors import MeteringError

MONTHS = 12

#: NDVI histogram resolution for the class percentiles (the resolution of scaled ×10 000 products).
NDVI_STEP = 1.0e-4
NDVI_BINS = int(round(2.0 / NDVI_STEP)) + 1  # -1.0000 … +1.0000

#: NDVI is capped to ±NDVI_SR_CAP for SR = (1 + NDVI)/(1 − NDVI), which is infinite at NDVI = 1.
NDVI_SR_CAP = 0.9999


class WaterStress:
    """The water-stress denominator (casa_npp ``WATER_STRESS``), in Processing enum order."""

    ZHU = "zhu"  # Wε = 0.5 + 0.5·EET/Ep, Ep = (EET + PET)/2 (Piao et al. 2001; Zhu et al. 2007)
    POTTER = "potter"  # Wε = 0.5 + 0.5·EET/PET (Potter et al. 1993, the original CASA)
    ALL = (ZHU, POTTER)


@dataclass(frozen=True)
class CasaOptions:
    """The CASA conventions, each named, with its default and why (docs/remote_sensing.md appendix A)."""

    #: Tε2 numerator. methods.md §6 gives 1.1814 (Zhu et al.); 1.184 is a known miscopy in public scripts.
    te2_constant: float = 1.1814
    #: Tε2 half-rule where T − Topt > te2_upper or T − Topt < te2_lower (methods.md §6).
    te2_upper: float = 10.0
    te2_lower: float = -13.0
    #: False: strict inequalities (at exactly −13 and +10 the formula applies), as the issue fixes it.
    te2_edge_inclusive: bool = False
    #: Tε1 (and so ε) is 0 where the monthly mean temperature ≤ this (°C), inclusive (methods.md §6).
    frost_limit_c: float = -10.0
    #: FPAR range (methods.md §6: FPAR_min 0.001, FPAR_max 0.95).
    fpar_min: float = 0.001
    fpar_max: float = 0.95
    #: "components": FPAR_NDVI and FPAR_SR are each clipped to [fpar_min, fpar_max] before their mean
    #: (one out-of-range form cannot pull the other); "mean": only the mean is clipped.
    fpar_clip: str = "components"
    #: Per-class NDVI/SR percentiles (methods.md §6: 5 % and 95 %), nearest rank over all months.
    percentile_low: float = 5.0
    percentile_high: float = 95.0
    #: Water-stress denominator: WaterStress.ZHU (default, methods.md §6) or WaterStress.POTTER.
    water_stress: str = WaterStress.ZHU
    #: Wε where PET = 0 (no evaporative demand, so no water stress): 1. P = 0 with PET > 0 gives EET = 0, Wε = 0.5.
    w_eps_no_demand: float = 1.0
    #: Thornthwaite PET without day-length correction (12-hour days, 30-day months) unless latitudes are given.
    thornthwaite_daylength: bool = False

    def __post_init__(self):
        if self.water_stress not in WaterStress.ALL:
            raise MeteringError("bad_option", option="WATER_STRESS", value=self.water_stress,
                                allowed=", ".join(WaterStress.ALL))
        if self.fpar_clip not in ("components", "mean"):
            raise MeteringError("bad_option", option="fpar_clip", value=self.fpar_clip, allowed="components, mean")

    def as_dict(self):
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


# --- the factors, one per function -----------------------------------------------------------------

#: The documented defaults (frozen, so one instance serves as every default argument).
DEFAULT_OPTIONS = CasaOptions()


def simple_ratio(ndvi):
    """SR = (1 + NDVI)/(1 − NDVI), NDVI capped to ±NDVI_SR_CAP so SR stays finite."""
    n = np.clip(ndvi, -NDVI_SR_CAP, NDVI_SR_CAP)
    return (1.0 + n) / (1.0 - n)


def fpar(ndvi, ndvi_min, ndvi_max, sr_min, sr_max, options=DEFAULT_OPTIONS):
    """FPAR as the mean of its NDVI and SR forms (methods.md §6), clipped to [FPAR_min, FPAR_max].

    ``ndvi_min`` … ``sr_max`` broadcast against ``ndvi`` (per-pixel arrays of the class values).
    """
    lo, hi = options.fpar_min, options.fpar_max
    sr = simple_ratio(ndvi)
    f_ndvi = (ndvi - ndvi_min) / (ndvi_max - ndvi_min) * (hi - lo) + lo
    f_sr = (sr - sr_min) / (sr_max - sr_min) * (hi - lo) + lo
    if options.fpar_clip == "components":
        return 0.5 * (np.clip(f_ndvi, lo, hi) + np.clip(f_sr, lo, hi))
    return np.clip(0.5 * (f_ndvi + f_sr), lo, hi)


def optimum_temperature(ndvi, temperature):
    """Topt: the temperature of the month of maximum NDVI, the first such month on ties (axis 0)."""
    filled = np.where(np.isnan(ndvi), -np.inf, ndvi)
    month = np.argmax(filled, axis=0)
    return np.take_along_axis(temperature, month[None, ...], axis=0)[0]


def t_epsilon1(topt, temperature, options=DEFAULT_OPTIONS):
    """Tε1 = 0.8 + 0.02·Topt − 0.0005·Topt² per month; 0 where the month's T ≤ −10 °C (and never < 0)."""
    base = np.maximum(0.8 + 0.02 * topt - 0.0005 * topt * topt, 0.0)
    return np.where(temperature <= options.frost_limit_c, 0.0, np.broadcast_to(base, np.shape(temperature)))


def _te2_formula(t, topt, c):
    return c / (1.0 + np.exp(0.2 * (topt - 10.0 - t))) / (1.0 + np.exp(0.3 * (-topt - 10.0 + t)))


def t_epsilon2(topt, temperature, options=DEFAULT_OPTIONS):
    """Tε2 = c / (1 + e^{0.2(Topt − 10 − T)}) / (1 + e^{0.3(−Topt − 10 + T)}), c = 1.1814.

    Where T − Topt > 10 or < −13 (strict by default) Tε2 is half its value at T = Topt.
    Both exponentials divide: the operator-precedence bug of some scripts multiplies by (1 + e^…).
    """
    c = options.te2_constant
    t = np.asarray(temperature, dtype=float)
    value = _te2_formula(t, topt, c)
    half = 0.5 * _te2_formula(0.0, 0.0, c)  # at T = Topt the expression does not depend on Topt
    d = t - topt
    if options.te2_edge_inclusive:
        outside = (d >= options.te2_upper) | (d <= options.te2_lower)
    else:
        outside = (d > options.te2_upper) | (d < options.te2_lower)
    return np.where(outside, half, value)


def thornthwaite_pet(temperature, latitude_deg=None, options=DEFAULT_OPTIONS):
    """Monthly potential evapotranspiration (mm/month), Thornthwaite (1948), from 12 monthly means (°C).

    PET = 16 (10 T / I)^a for 0 < T < 26.5 °C, I = Σ (T/5)^1.514 over months with T > 0,
    a = 6.75e-7 I³ − 7.71e-5 I² + 1.792e-2 I + 0.49239; for T ≥ 26.5 °C Thornthwaite's table as
    fitted by Willmott, Rowe & Mintz (1985): PET = −415.85 + 32.24 T − 0.43 T²; 0 for T ≤ 0.
    Standard months (12-hour days, 30 days) unless ``options.thornthwaite_daylength`` and
    ``latitude_deg`` are given: then × (N/12)(d/30) with N the mid-month day length (FAO-56 eq. 34,
    solar declination eq. 24) and d the days of the month (365-day year).
    """
    t = np.asarray(temperature, dtype=float)
    tp = np.where(t > 0.0, t, 0.0)
    heat = np.sum((tp / 5.0) ** 1.514, axis=0)
    a = 6.75e-7 * heat ** 3 - 7.71e-5 * heat ** 2 + 1.792e-2 * heat + 0.49239
    with np.errstate(divide="ignore", invalid="ignore"):
        low = 16.0 * np.where(heat > 0, (10.0 * tp / np.where(heat > 0, heat, 1.0)), 0.0) ** a
    hot = -415.85 + 32.24 * t - 0.43 * t * t
    pet = np.where(t <= 0.0, 0.0, np.where(t >= 26.5, hot, low))
    if options.thornthwaite_daylength and latitude_deg is not None:
        pet = pet * daylength_factor(latitude_deg, pet.shape)
    return pet


_DAYS = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=float)
_MID_DOY = np.cumsum(_DAYS) - _DAYS / 2.0


def daylength_factor(latitude_deg, shape):
    """(N/12)(d/30) per month for latitudes (deg), broadcast to ``shape`` (12, …)."""
    lat = np.radians(np.asarray(latitude_deg, dtype=float))
    decl = 0.409 * np.sin(2.0 * math.pi * _MID_DOY / 365.0 - 1.39)  # FAO-56 eq. 24
    decl = decl.reshape((MONTHS,) + (1,) * (len(shape) - 1))
    cos_ws = np.clip(-np.tan(lat) * np.tan(decl), -1.0, 1.0)
    hours = 24.0 / math.pi * np.arccos(cos_ws)  # FAO-56 eq. 34
    return np.broadcast_to(hours / 12.0 * (_DAYS.reshape(decl.shape) / 30.0), shape)


def actual_evapotranspiration(precipitation, pet):
    """EET after Zhou & Zhang (1995) (mm/month); 0 where P = 0 or PET = 0 (no water or no demand).

    EET = P·Rn(P² + Rn² + P·Rn) / [(P + Rn)(P² + Rn²)], Rn = (PET·P)^0.5 (0.369 + 0.598 (PET/P)^0.5).
    """
    p = np.asarray(precipitation, dtype=float)
    e = np.asarray(pet, dtype=float)
    ok = (p > 0) & (e > 0)
    ps = np.where(ok, p, 1.0)
    es = np.where(ok, e, 1.0)
    rn = np.sqrt(es * ps) * (0.369 + 0.598 * np.sqrt(es / ps))
    eet = ps * rn * (ps * ps + rn * rn + ps * rn) / ((ps + rn) * (ps * ps + rn * rn))
    return np.where(ok, eet, 0.0)


def w_epsilon(precipitation, pet, options=DEFAULT_OPTIONS):
    """Wε = 0.5 + 0.5·EET/Ep in [0.5, 1]; Ep = (EET + PET)/2 (Zhu) or PET (Potter).

    PET = 0: Wε = ``options.w_eps_no_demand`` (1); P = 0 with PET > 0: EET = 0, so Wε = 0.5.
    """
    e = np.asarray(pet, dtype=float)
    eet = actual_evapotranspiration(precipitation, e)
    ep = 0.5 * (eet + e) if options.water_stress == WaterStress.ZHU else e
    with np.errstate(divide="ignore", invalid="ignore"):
        w = 0.5 + 0.5 * eet / np.where(ep > 0, ep, 1.0)
    return np.where(e > 0, np.clip(w, 0.5, 1.0), options.w_eps_no_demand)


# --- class table and percentiles -------------------------------------------------------------------

@dataclass
class ClassLookup:
    """Per-class arrays aligned with ``values`` (sorted class values of the table)."""

    values: np.ndarray
    emax: np.ndarray
    ndvi_min: np.ndarray
    ndvi_max: np.ndarray

    @property
    def sr_min(self):
        return simple_ratio(self.ndvi_min)

    @property
    def sr_max(self):
        return simple_ratio(self.ndvi_max)


def class_index(classes, values):
    """Index into the sorted ``values`` per pixel (−1 where the class is NaN); raises on absent classes."""
    c = np.asarray(classes, dtype=float)
    valid = np.isfinite(c)
    idx = np.searchsorted(values, np.where(valid, c, values[0]))
    idx = np.clip(idx, 0, len(values) - 1)
    found = values[idx] == c
    missing = valid & ~found
    if missing.any():
        absent = sorted({_number(v) for v in np.unique(c[missing])})
        raise MeteringError("rs_class_not_in_table", raster="VEGETATION", values=absent,
                            known=[_number(v) for v in values])
    return np.where(valid, idx, -1)


def _number(v):
    v = float(v)
    return int(v) if v.is_integer() else v


def ndvi_histogram(ndvi, idx, n_classes):
    """Counts of NDVI (rounded to NDVI_STEP) per class over all months: ``(n_classes, NDVI_BINS)`` int64."""
    valid = np.isfinite(ndvi) & (idx >= 0)[None, ...]
    k = np.broadcast_to(idx[None, ...], ndvi.shape)[valid]
    b = np.rint((np.clip(ndvi[valid], -1.0, 1.0) + 1.0) / NDVI_STEP).astype(np.int64)
    counts = np.bincount(k.astype(np.int64) * NDVI_BINS + b, minlength=n_classes * NDVI_BINS)
    return counts.reshape(n_classes, NDVI_BINS)


def histogram_percentile(counts, pct):
    """Nearest-rank percentile (the smallest value with at least pct % of the counts at or below it).

    ``counts`` is one class's NDVI histogram; NaN when it is empty.
    """
    n = int(counts.sum())
    if n == 0:
        return float("nan")
    rank = max(int(math.ceil(pct / 100.0 * n)), 1)
    i = int(np.searchsorted(np.cumsum(counts), rank))
    return -1.0 + i * NDVI_STEP


def class_lookup(table, histogram, options=DEFAULT_OPTIONS):
    """The ClassLookup of ``table`` (casa_classes columns) with percentiles from ``histogram``.

    Fixed ``ndvi_min``/``ndvi_max`` of a row override the percentiles. A class present in the
    raster whose range is empty (max ≤ min) stops: FPAR would be undefined.
    Returns (lookup, rows) where rows describe what was used per class (for provenance).
    """
    values = table["class"].to_numpy(dtype=float)
    order = np.argsort(values)
    t = table.iloc[order].reset_index(drop=True)
    values = values[order]
    lo = np.full(len(t), np.nan)
    hi = np.full(len(t), np.nan)
    rows = []
    for i, row in t.iterrows():
        counts = histogram[i]
        n = int(counts.sum())
        p_lo = histogram_percentile(counts, options.percentile_low)
        p_hi = histogram_percentile(counts, options.percentile_high)
        fixed_lo, fixed_hi = _fixed(row.get("ndvi_min")), _fixed(row.get("ndvi_max"))
        lo[i] = fixed_lo if fixed_lo is not None else p_lo
        hi[i] = fixed_hi if fixed_hi is not None else p_hi
        if n > 0 and float(row["emax"]) > 0 and not hi[i] > lo[i]:
            raise MeteringError("rs_ndvi_range_empty", raster="NDVI", cls=_number(values[i]),
                                ndvi_min=lo[i], ndvi_max=hi[i])
        rows.append({"class": _number(values[i]), "pixels_months": n, "ndvi_min": lo[i], "ndvi_max": hi[i],
                     "ndvi_min_from": "table" if fixed_lo is not None else "p{0:g}".format(options.percentile_low),
                     "ndvi_max_from": "table" if fixed_hi is not None else "p{0:g}".format(options.percentile_high),
                     "emax": float(row["emax"]), "source": str(row.get("source", ""))})
    lut = ClassLookup(values, t["emax"].to_numpy(dtype=float), lo, hi)
    return lut, rows


def _fixed(value):
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(v) else v


# --- the per-block science ----------------------------------------------------------------------

FACTOR_NAMES = ("fpar", "te1", "te2", "we", "eps")


def casa_block(ndvi, temperature, precipitation, radiation, idx, lut, pet=None, latitude=None,
               options=DEFAULT_OPTIONS, factors=False):
    """Monthly NPP (g C/m²/month) of one block; a pure function of its arrays.

    ``ndvi`` (already divided by its scale), ``temperature`` (°C), ``precipitation`` (mm/month),
    ``radiation`` (MJ/m²/month), optional ``pet`` (mm/month): ``(12, r, c)``; ``idx``: class index
    ``(r, c)`` from :func:`class_index` (−1 = nodata). A pixel missing in any input or month is NaN
    in every output. Returns ``{"npp": (12, r, c), "annual": (r, c)}`` and, with ``factors``, the
    FACTOR_NAMES stacks.
    """
    inputs = [ndvi, temperature, precipitation, radiation] + ([pet] if pet is not None else [])
    valid = idx >= 0
    for a in inputs:
        valid &= np.all(np.isfinite(a), axis=0)
    k = np.where(valid, idx, 0)
    nd = np.where(valid, ndvi, 0.0)
    t = np.where(valid, temperature, 0.0)
    p = np.where(valid, precipitation, 0.0)
    sol = np.where(valid, radiation, 0.0)
    e = thornthwaite_pet(t, latitude, options) if pet is None else np.where(valid, pet, 0.0)

    f = fpar(nd, lut.ndvi_min[k], lut.ndvi_max[k], lut.sr_min[k], lut.sr_max[k], options)
    topt = optimum_temperature(np.where(valid, ndvi, np.nan), t)
    te1 = t_epsilon1(topt, t, options)
    te2 = t_epsilon2(topt, t, options)
    we = w_epsilon(p, e, options)
    eps = te1 * te2 * we * lut.emax[k]
    npp = sol * f * 0.5 * eps
    npp = np.where(valid, npp, np.nan)
    out = {"npp": npp, "annual": np.where(valid, npp.sum(axis=0), np.nan)}
    if factors:
        for name, arr in zip(FACTOR_NAMES, (f, te1, te2, we, eps)):
            out[name] = np.where(valid, arr, np.nan)
    return out


def casa_stacked(stack, lut_array, options=DEFAULT_OPTIONS):
    """casa_block on one stacked array, for ``dask.array.map_blocks``.

    ``stack`` is ``(49, r, c)``: NDVI, T, P, SOL (12 bands each) and the class index;
    ``lut_array`` is ``(4, n_classes)``: values, εmax, NDVI_min, NDVI_max. Returns ``(13, r, c)``:
    the 12 monthly NPP bands and the annual sum.
    """
    lut = ClassLookup(lut_array[0], lut_array[1], lut_array[2], lut_array[3])
    idx = np.where(np.isfinite(stack[48]), stack[48], -1).astype(np.int64)
    out = casa_block(stack[0:12], stack[12:24], stack[24:36], stack[36:48], idx, lut, options=options)
    return np.concatenate([out["npp"], out["annual"][None]], axis=0)


def lut_array(lut):
    """The (4, n) array form of a ClassLookup (see :func:`casa_stacked`)."""
    return np.vstack([lut.values, lut.emax, lut.ndvi_min, lut.ndvi_max])


def detect_ndvi_scale(sample):
    """1 or 10 000 from a sample of the NDVI values: scaled products hold integers beyond ±1."""
    s = np.asarray(sample, dtype=float)
    s = s[np.isfinite(s)]
    if s.size == 0:
        return 1.0
    return 10000.0 if float(np.nanmax(np.abs(s))) > 1.5 else 1.0
