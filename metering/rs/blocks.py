"""Block-wise runs of the remote-sensing science over rasters of any size, with bounded memory.

The core never opens a file: a *source* is any object with ``height``, ``width``, ``bands`` and
``read(row0, nrows) -> float64 array (bands, nrows, width)`` holding NaN for nodata (the QGIS side
wraps GDAL datasets, tests wrap numpy arrays with :class:`ArraySource`); a *sink* is a callable
``write(name, row0, array)``. Rows are processed in strips of ``block_rows`` chosen from a memory
budget; progress and cancel follow metering.errors.
"""

from dataclasses import dataclass, field

import numpy as np

from ..errors import MeteringError, Note, report, sub_progress
from . import casa, nep

#: Working memory of one block (bytes); about 40 float64 month stacks are alive at once in casa_block.
DEFAULT_BUDGET = 512 * 1024 * 1024
_ARRAYS_ALIVE = 40


class ArraySource:
    """A source over an in-memory array ``(bands, rows, cols)`` or ``(rows, cols)``."""

    def __init__(self, array, name=""):
        a = np.asarray(array, dtype=float)
        self.array = a[None] if a.ndim == 2 else a
        self.bands, self.height, self.width = self.array.shape
        self.name = name

    def read(self, row0, nrows):
        return self.array[:, row0:row0 + nrows, :]


def block_rows_for(width, budget=DEFAULT_BUDGET, months=casa.MONTHS):
    """Rows per strip so that one block's working arrays stay within ``budget`` bytes."""
    per_row = max(int(width), 1) * months * 8 * _ARRAYS_ALIVE
    return max(1, int(budget // per_row))


def strips(height, rows):
    """(row0, nrows) of each strip."""
    return [(r, min(rows, height - r)) for r in range(0, height, rows)]


@dataclass
class CasaRun:
    """What run_casa did: the classes' ranges used, the NDVI scale, the notes."""

    ndvi_scale: float
    class_rows: list
    notes: list = field(default_factory=list)
    annual_sum: float = 0.0
    valid_pixels: int = 0


def run_casa(sources, table, write, ndvi_scale=None, scale_sample=None, options=casa.DEFAULT_OPTIONS,
             latitude=None, factors=False, block_rows=None, budget=DEFAULT_BUDGET, progress=None):
    """CASA NPP over whole rasters in two passes (class percentiles, then NPP).

    ``sources``: dict NDVI, TEMPERATURE, PRECIPITATION, RADIATION (12 bands each), VEGETATION
    (1 band) and optional PET, all on the NDVI grid. ``table``: the class table (casa_classes
    columns). ``write(name, row0, array)`` receives ``npp`` (12, r, c), ``annual`` (1, r, c: annual
    NPP, g C/m²/a) and, with ``factors``, ``factors`` (60, r, c). ``latitude``: a
    callable ``latitude(row0, nrows) -> (r, c)`` degrees, for the day-length Thornthwaite variant.
    """
    ndvi_src = sources["NDVI"]
    height, width = ndvi_src.height, ndvi_src.width
    for name, src in sources.items():
        if src is None:
            continue
        expected = 1 if name == "VEGETATION" else casa.MONTHS
        if src.bands != expected:
            raise MeteringError("rs_band_count", raster=name, bands=src.bands, expected=expected)
        if (src.height, src.width) != (height, width):
            raise MeteringError("rs_grid_mismatch", raster=name, shape=(src.height, src.width),
                                expected=(height, width))
    notes = []
    if ndvi_scale is None:
        ndvi_scale = casa.detect_ndvi_scale(scale_sample if scale_sample is not None else ndvi_src.read(0, 1))
        notes.append(Note.info("rs_ndvi_scale_detected", scale=ndvi_scale))
    ndvi_scale = float(ndvi_scale)
    rows = block_rows or block_rows_for(width, budget)
    parts = strips(height, rows)
    values = np.sort(table["class"].to_numpy(dtype=float))
    if len(np.unique(values)) != len(values):
        raise MeteringError("rs_class_table_duplicate", table="CLASS_TABLE",
                            values=sorted({casa._number(v) for v in values[:-1][np.diff(values) == 0]}))

    # Pass 1: classes present, NDVI range, per-class NDVI histograms.
    first = sub_progress(progress, 0.0, 0.25)
    hist = np.zeros((len(values), casa.NDVI_BINS), dtype=np.int64)
    for i, (r0, n) in enumerate(parts):
        report(first, i / len(parts))
        idx = casa.class_index(sources["VEGETATION"].read(r0, n)[0], values)
        ndvi = ndvi_src.read(r0, n) / ndvi_scale
        _check_ndvi(ndvi, r0, ndvi_scale)
        hist += casa.ndvi_histogram(ndvi, idx, len(values))
    lut, class_rows = casa.class_lookup(table, hist, options)
    for row in class_rows:
        if row["pixels_months"] and row["emax"] > 0:
            notes.append(Note.info("rs_class_range", cls=row["class"], ndvi_min=round(row["ndvi_min"], 4),
                                   ndvi_max=round(row["ndvi_max"], 4), how_min=row["ndvi_min_from"],
                                   how_max=row["ndvi_max_from"], emax=row["emax"]))

    # Pass 2: the science, strip by strip.
    second = sub_progress(progress, 0.25, 1.0)
    total, count = 0.0, 0
    for i, (r0, n) in enumerate(parts):
        report(second, i / len(parts))
        idx = casa.class_index(sources["VEGETATION"].read(r0, n)[0], values)
        ndvi = ndvi_src.read(r0, n) / ndvi_scale
        t = sources["TEMPERATURE"].read(r0, n)
        p = sources["PRECIPITATION"].read(r0, n)
        sol = sources["RADIATION"].read(r0, n)
        pet = sources["PET"].read(r0, n) if sources.get("PET") is not None else None
        for name, arr in (("PRECIPITATION", p), ("RADIATION", sol), ("PET", pet)):
            if arr is not None and np.any(arr < 0):
                bad = np.argwhere(arr < 0)[0]
                raise MeteringError("rs_negative_values", raster=name, band=int(bad[0]) + 1,
                                    row=int(bad[1]) + r0, col=int(bad[2]), value=float(arr[tuple(bad)]))
        lat = latitude(r0, n) if latitude is not None else None
        out = casa.casa_block(ndvi, t, p, sol, idx, lut, pet=pet, latitude=lat, options=options, factors=factors)
        write("npp", r0, out["npp"])
        write("annual", r0, out["annual"][None])
        if factors:
            write("factors", r0, np.concatenate([out[k] for k in casa.FACTOR_NAMES], axis=0))
        ok = np.isfinite(out["annual"])
        total += float(out["annual"][ok].sum())
        count += int(ok.sum())
    report(progress, 1.0)
    if count == 0:
        notes.append(Note.warning("rs_no_valid_pixels", raster="NDVI"))
    return CasaRun(ndvi_scale, class_rows, notes, total, count)


def _check_ndvi(ndvi, row0, scale):
    finite = np.isfinite(ndvi)
    bad = finite & ((ndvi < -1.0) | (ndvi > 1.0))
    if bad.any():
        b = np.argwhere(bad)[0]
        raise MeteringError("rs_ndvi_out_of_range", raster="NDVI", band=int(b[0]) + 1, row=int(b[1]) + row0,
                            col=int(b[2]), value=float(ndvi[tuple(b)] * scale), scale=scale)


@dataclass
class NepRun:
    notes: list = field(default_factory=list)
    annual_nep_tc: float = 0.0
    valid_pixels: int = 0


def run_nep(sources, write, pixel_area_m2, rh_options=nep.DEFAULT_RH_OPTIONS, block_rows=None,
            budget=DEFAULT_BUDGET, progress=None):
    """Rh and NEP over whole rasters: ``sources`` NPP (12 bands, g C/m²/month; casa_npp OUTPUT),
    TEMPERATURE, PRECIPITATION (12 bands) or RH (12 bands, g C/m²/month) instead of the model.

    ``write`` receives ``nep`` (12, r, c) and ``annual`` (4, r, c): NEP g C/m²/a, NEP t C/a per
    pixel, Rh g C/m²/a, NPP g C/m²/a.
    """
    npp_src = sources["NPP"]
    height, width = npp_src.height, npp_src.width
    for name, src in sources.items():
        if src is None:
            continue
        if src.bands != casa.MONTHS:
            raise MeteringError("rs_band_count", raster=name, bands=src.bands, expected=casa.MONTHS)
        if (src.height, src.width) != (height, width):
            raise MeteringError("rs_grid_mismatch", raster=name, shape=(src.height, src.width),
                                expected=(height, width))
    user_rh = sources.get("RH") is not None
    if not user_rh and (sources.get("TEMPERATURE") is None or sources.get("PRECIPITATION") is None):
        raise MeteringError("rs_rh_inputs_missing", raster="RH")
    parts = strips(height, block_rows or block_rows_for(width, budget // 2))
    total, count = 0.0, 0
    for i, (r0, n) in enumerate(parts):
        report(progress, i / len(parts))
        npp = npp_src.read(r0, n)
        if user_rh:
            rh = sources["RH"].read(r0, n)
        else:
            rh = nep.rh_pei(sources["TEMPERATURE"].read(r0, n), sources["PRECIPITATION"].read(r0, n), rh_options)
        out = nep.nep_block(npp, rh, pixel_area_m2)
        write("nep", r0, out["nep"])
        write("annual", r0, np.stack([out["annual"], out["annual_tc"], out["rh_annual"], out["npp_annual"]]))
        ok = np.isfinite(out["annual_tc"])
        total += float(out["annual_tc"][ok].sum())
        count += int(ok.sum())
    report(progress, 1.0)
    notes = [Note.info("rs_rh_source", source="RH raster" if user_rh else "Pei et al. 2010")]
    return NepRun(notes, total, count)
