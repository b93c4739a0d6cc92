"""One county task: read (pyogrio) → overlay → stock and sink → that county's outputs, atomically.

The task calls the functions the plugin's algorithms call, the way they call them
(processing_provider/parcel_change.py, parcel_stock.py, uncertainty.py), so a county
metered here equals the same county metered by the plugin chain:

1. ``read_county`` for each year (the code-field and CRS checks of parcel_change);
2. the target shifted by the GK zone prefix (``gk_crs.zone_shift``) or reprojected (pyproj)
   when its CRS differs from the base's;
3. ``overlay_parcels`` with the options of parcel_change (area method, sliver threshold,
   snapping tolerance, land-class mapping);
4. ``piece_stocks`` and ``stock_summary`` with the run's density tables (parcel_stock);
5. ``aggregate_pieces`` (uncertainty): the county's stratum-level cells, for the reduction.

Outputs in ``<out>/counties/<county>/``: ``pieces.gpkg`` (layers ``pieces`` with the stocks,
``change_matrix``, ``stock_summary``) and ``summary.json`` (status, counts, seconds, peak
memory, the task's input digest, the summary rows and the cells), each written to a
temporary file and renamed (``metering.files.atomic_output``): a county folder is complete
exactly when ``summary.json`` exists with ``status: ok``. The summary is written last.
"""

import json
import os
import threading
import time
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .. import gk_crs
from ..density import metered_objects
from ..errors import Cancelled, MeteringError, Note, sub_progress
from ..files import atomic_output
from ..landclass import default_mapping
from ..overlay import OverlayOptions, overlay_parcels
from ..stock import piece_stocks, stock_notes, stock_summary
from ..uncertainty import aggregate_pieces, stock_pools
from ..vocabulary import AreaMethod
from .inputs import read_county

SUMMARY = "summary.json"
PIECES = "pieces.gpkg"
HASHES = "parcels.npz"  # sorted parcel digests (inputs.parcel_digests) per year (parcels claimed twice)
PROGRESS_TOPIC = "carbon-metering-province-progress"


@dataclass
class TaskSpec:
    """Everything one county task needs (sent to a worker; small: fids, options and the density tables)."""

    county: str
    base_parts: list
    target_parts: list
    out_dir: str
    digest: str
    base_field: str = "DLBM"
    target_field: str = "DLBM"
    county_field: str = "ZLDWDM"
    area_method: str = AreaMethod.ELLIPSOIDAL.value
    min_area: float = 1.0
    snap_tolerance: float = 0.001
    mapping: object = None  # LandClassMapping or None (shipped)
    base_density: object = None
    target_density: object = None
    change: object = None  # ChangeTable of the permanent plots (unchanged pieces), or None
    base_year: int = 2020
    target_year: int = 2023
    fail_after: dict = field(default_factory=dict)  # tests only: {county: seconds} sleeps before reading


def county_dir(out_dir, county):
    return os.path.join(out_dir, "counties", county or "_")


def read_summary(out_dir, county):
    """The county's summary.json as a dict, or None."""
    path = os.path.join(county_dir(out_dir, county), SUMMARY)
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def is_complete(out_dir, county, digest):
    """True when the county's outputs are whole and were made from the same inputs and parameters."""
    summary = read_summary(out_dir, county)
    folder = county_dir(out_dir, county)
    return bool(summary and summary.get("status") == "ok" and summary.get("digest") == digest
                and all(os.path.exists(os.path.join(folder, name)) for name in (PIECES, HASHES)))


class PeakMemory:
    """Peak resident memory of this process while the block runs (MB), sampled every 20 ms."""

    def __init__(self):
        self.peak = 0.0
        self.threads = 0  # most threads of the process seen meanwhile (native ones too: BLAS, GDAL), Linux only
        self._stop = threading.Event()

    @staticmethod
    def _threads():
        try:
            return len(os.listdir("/proc/self/task"))
        except OSError:
            return 0

    def _rss(self):
        try:
            import psutil

            return psutil.Process().memory_info().rss / 2**20
        except ImportError:  # pragma: no cover
            import resource

            return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0

    def _run(self):
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, self._rss())
            self.threads = max(self.threads, self._threads())

    def __enter__(self):
        self.start = self.peak = self._rss()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._rss())


def _reporter(county):
    """progress(fraction, step) sending events to the client when running on a Dask worker."""
    try:
        from distributed import get_worker

        worker = get_worker()
    except (ImportError, ValueError):
        return lambda fraction, step="": False

    def progress(fraction, step=""):
        try:
            worker.log_event(PROGRESS_TOPIC, {"county": county, "fraction": float(fraction), "step": step})
        except Exception:  # noqa: BLE001 (progress is a courtesy; never fail a county for it)
            pass
        return False

    return progress


def _reproject(wkb, source_crs, dest_crs):
    """Target geometries in the base CRS (pyproj, always_xy), WKB in and out."""
    import shapely
    from pyproj import Transformer

    transformer = Transformer.from_crs(source_crs.wkt or source_crs.label, dest_crs.wkt or dest_crs.label,
                                       always_xy=True)
    geoms = shapely.from_wkb(np.asarray(wkb, dtype=object))
    moved = shapely.transform(geoms, lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1])))
    return list(shapely.to_wkb(moved))


def meter_county(spec, progress=None):
    """Overlay, stocks, summary and cells of one county (no writing). Returns a dict of frames and notes."""
    progress = progress or (lambda fraction, step="": False)
    method = AreaMethod.parse(spec.area_method)
    official = method == AreaMethod.OFFICIAL
    mapping = spec.mapping or default_mapping()
    notes = []
    progress(0.0, "read")
    known = {}  # parcel digests by WKB bytes (grid → {bytes: digest}): the target's unchanged parcels reuse them
    base = read_county(spec.base_parts, spec.base_field, spec.county_field, official, mapping,
                       _label(spec.base_parts, spec.county, "base"), "base", spec.county, spec.snap_tolerance, known)
    target = read_county(spec.target_parts, spec.target_field, spec.county_field, official, mapping,
                         _label(spec.target_parts, spec.county, "target"), "target", spec.county, spec.snap_tolerance,
                         known)
    notes += base.notes + target.notes
    hashes = {"base": base.digests, "target": target.digests}  # before any reprojection: each county's own CRS
    b_crs, t_crs = base.layer.crs, target.layer.crs
    if method == AreaMethod.PLANAR and b_crs.geographic:
        raise MeteringError("overlay_planar_geographic", layer=base.layer.name, crs=b_crs.label)
    if b_crs.epsg != t_crs.epsg or (b_crs.epsg is None and b_crs.wkt != t_crs.wkt):
        names = dict(base=base.layer.name, target=target.layer.name, base_crs=b_crs.label, target_crs=t_crs.label)
        shift = gk_crs.zone_shift(t_crs.epsg, b_crs.epsg)
        if shift is None:
            target.layer.wkb = _reproject(target.layer.wkb, t_crs, b_crs)
            target.layer.crs = b_crs
            notes.append(Note.info("overlay_reprojected", **names))
        else:
            notes.append(Note.info("overlay_zone_shift", shift=shift, **names))
    progress(0.1, "overlay")
    options = OverlayOptions(area_method=method, min_area=spec.min_area, snap_tolerance=spec.snap_tolerance,
                             mapping=mapping)
    result = overlay_parcels(base.layer, target.layer, options,
                             sub_progress(lambda f: progress(f, "overlay"), 0.1, 0.8))
    notes += result.notes
    progress(0.8, "stock")
    pieces = result.frame.copy()
    pieces.insert(0, "fid", np.arange(1, len(pieces) + 1, dtype=np.int64))
    metered = metered_objects()
    stocks = piece_stocks(pieces, spec.base_density, spec.target_density, spec.base_year, spec.target_year, metered,
                          layer="{0} pieces".format(spec.county), change=spec.change)
    notes += stock_notes(stocks, spec.base_density, spec.target_density, metered)
    summary = stock_summary(stocks)
    cells = aggregate_pieces(stocks, stock_pools(stocks.columns))
    progress(0.9, "write")
    return {"stocks": stocks, "geometry": result.geometry, "matrix": result.matrix, "summary": summary,
            "cells": cells, "report": result.report, "notes": notes, "crs": b_crs,
            "duplicates": base.duplicates + target.duplicates, "hashes": hashes}


def _label(parts, county, role):
    if len(parts) == 1:
        return parts[0].source.name
    return "{0} {1} ({2} files)".format(county, role, len(parts))


def _field_data(frame):
    """pyogrio field arrays: text as object, nullable integers as float with NaN → NULL."""
    names, arrays = [], []
    for name in frame.columns:
        if name in ("fid", "geometry"):
            continue
        column = frame[name]
        if str(column.dtype) in ("Int64", "Int32"):
            values = column.astype("float64").to_numpy()
        elif column.dtype.kind in "if b":
            values = column.to_numpy()
        else:
            from ..density import per_value

            values = np.asarray(per_value(column, lambda v: None if v is None or (isinstance(v, float) and v != v)
                                          else str(v)), dtype=object)
        names.append(name)
        arrays.append(values)
    return names, arrays


def _crs_text(crs):
    return "EPSG:{0}".format(crs.epsg) if crs.epsg else (crs.wkt or None)


def write_pieces(path, metered):
    """The county GeoPackage: pieces (with geometry), change_matrix and stock_summary tables."""
    import pyogrio

    with atomic_output(path) as tmp:
        os.remove(tmp)  # GDAL creates the GeoPackage itself
        names, arrays = _field_data(metered["stocks"])
        geometry = np.asarray(metered["geometry"], dtype=object)
        pyogrio.raw.write(tmp, geometry, arrays, names, layer="pieces", driver="GPKG", geometry_type="MultiPolygon",
                          crs=_crs_text(metered["crs"]))
        for layer in ("change_matrix", "summary"):
            frame = metered["matrix"] if layer == "change_matrix" else metered["summary"]
            names, arrays = _field_data(frame)
            pyogrio.raw.write(tmp, None, arrays, names, layer="stock_summary" if layer == "summary" else layer,
                              driver="GPKG", geometry_type=None, append=True)


def write_hashes(path, hashes):
    """The county's parcel digests (``parcels.npz``: arrays base and target), atomically."""
    with atomic_output(path) as tmp:
        with open(tmp, "wb") as handle:
            np.savez(handle, base=hashes["base"], target=hashes["target"])


def read_hashes(out_dir, county):
    """{"base": digests, "target": digests} of a complete county, or None."""
    try:
        with np.load(os.path.join(county_dir(out_dir, county), HASHES)) as data:
            return {"base": data["base"], "target": data["target"]}
    except (OSError, ValueError, KeyError):
        return None


def _records(frame):
    """A frame as JSON-ready ``{"columns", "data"}`` (floats as Python floats: JSON keeps their repr)."""
    return {"columns": list(frame.columns),
            "data": [[_plain(v) for v in row] for row in frame.itertuples(index=False, name=None)]}


def _plain(value):
    if value is None:
        return None
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if value != value else float(value)
    if isinstance(value, (np.bool_,)):
        return bool(value)
    if value is pd.NA:
        return None
    return value if isinstance(value, (int, str, bool)) else str(value)


def frame_of(records):
    """A DataFrame back from :func:`_records` (floats exact: JSON keeps repr)."""
    return pd.DataFrame(records["data"], columns=records["columns"])


def _notes(notes):
    return [{"kind": n.kind, "level": n.level, "details": {k: _jsonable(v) for k, v in n.details.items()}}
            for n in notes]


def _jsonable(value):
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return _plain(value)


def write_summary(out_dir, county, payload):
    folder = county_dir(out_dir, county)
    os.makedirs(folder, exist_ok=True)
    with atomic_output(os.path.join(folder, SUMMARY)) as tmp:
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False)


#: glibc mallopt parameters (malloc.h): M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3


def _malloc_for_arrays():
    """Let glibc keep freed memory up to 64 MiB and serve blocks under 32 MiB from its heap.

    Dask's nanny starts every worker with ``MALLOC_TRIM_THRESHOLD_=65536``, which also freezes
    the mmap threshold at 128 KiB: each of the task's many array temporaries is then mapped and
    unmapped anew (page faults, system time). Measured on a 50 000-parcel county: system time
    4.3 s → 1.2 s over four tasks, 3.5–4.9 s → 3.2–3.4 s per task; peak memory unchanged
    (320 → 332 MB). Not glibc (macOS, musl): nothing to do.
    """
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(_M_MMAP_THRESHOLD, 32 << 20)
        libc.mallopt(_M_TRIM_THRESHOLD, 64 << 20)
    except (OSError, AttributeError):
        pass


def run_county(spec):
    """The county task: meter and write one county. Returns a small dict (never raises for bad data).

    ``status`` is ``ok`` or ``failed`` (``kind`` and ``details`` of the MeteringError, or
    ``error`` and the exception text for anything unexpected); ``pieces``, ``seconds``,
    ``peak_mb``. A failed county leaves its previous complete outputs, if any, untouched.
    """
    _malloc_for_arrays()
    started, cpu = time.time(), time.process_time()
    progress = _reporter(spec.county)
    folder = county_dir(spec.out_dir, spec.county)
    out = {"county": spec.county, "digest": spec.digest, "status": "failed", "pieces": 0, "seconds": 0.0,
           "peak_mb": 0.0, "worker": _worker_name(), "pid": os.getpid()}
    with PeakMemory() as memory:
        try:
            if spec.fail_after.get(spec.county):
                time.sleep(float(spec.fail_after[spec.county]))
            metered = meter_county(spec, progress)
            os.makedirs(folder, exist_ok=True)
            write_pieces(os.path.join(folder, PIECES), metered)
            write_hashes(os.path.join(folder, HASHES), metered["hashes"])
            rep = metered["report"]
            out.update(status="ok", pieces=int(len(metered["stocks"])), unchanged=rep.unchanged, changed=rep.changed,
                       base_only=rep.base_only, target_only=rep.target_only, slivers=rep.slivers,
                       base_parcels=rep.base.parcels, target_parcels=rep.target.parcels,
                       duplicates=int(metered["duplicates"]), area_formula=rep.area_formula,
                       notes=_notes(metered["notes"]))
            payload = dict(out, summary=_records(metered["summary"]), cells=_records(metered["cells"]),
                           matrix=_records(metered["matrix"]))
        except MeteringError as err:
            out.update(kind=err.kind, details={k: _jsonable(v) for k, v in err.details.items()})
            payload = None
        except Cancelled:
            out.update(kind="cancelled", details={})
            payload = None
        except Exception as err:  # noqa: BLE001 (one county's unexpected failure must not stop the province)
            out.update(kind="province_task_error", details={"error": type(err).__name__, "message": str(err)})
            payload = None
    out["seconds"] = time.time() - started
    out["cpu_seconds"] = time.process_time() - cpu  # the worker process's CPU time (all its threads) meanwhile
    out["peak_mb"] = memory.peak
    out["start_mb"] = memory.start  # the worker's RSS when the task began (libraries loaded, earlier tasks' residue)
    # what the task ran alongside (bench and reports state the machine's load next to the seconds)
    out["threads"] = memory.threads  # the worker process's threads (dask's own, this sampler, any pool)
    out["load"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    if payload is not None:
        payload.update(seconds=out["seconds"], cpu_seconds=out["cpu_seconds"], peak_mb=out["peak_mb"])
        write_summary(spec.out_dir, spec.county, payload)
    progress(1.0, out["status"])
    return out


def _worker_name():
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return "local"
