"""The province run on Dask distributed: one task per county, then one reduction on the client.

``run(config)``:

1. the inputs expanded into sources, the density tables read or derived from the plots once;
2. the cluster: a ``LocalCluster`` started and closed here (``workers`` processes of one
   thread each) or an existing scheduler (``scheduler``); its dashboard address printed;
3. the county index: one task per source on the cluster (its checksum and county field);
4. a county present in one year only is not metered: it is reported missing with
   ``province_county_one_year`` (a whole county absent from one year is a delivery gap,
   not land change — metering it would book all its stock as lost or gained);
5. a county whose ``summary.json`` is complete with the same input digest (checksums of its
   files, its feature ids, every parameter that changes its pieces) is skipped;
6. the others are submitted to the cluster, one task each. A task lost with its worker is
   rescheduled by Dask on another worker; a county that fails is reported with its code and
   reason and does not stop the others;
7. the reduction writes the province tables, the uncertainty, the checks between counties,
   the workbook and the provenance (see :mod:`.reduce`), ``notes.csv`` and ``run.json`` with
   every county's status; the warnings and the table of counties are printed.
"""

import datetime
import hashlib
import json
import os
import sys
import time
from dataclasses import asdict, dataclass, field

import pandas as pd

from ..density import DensityTable
from ..errors import MeteringError
from ..files import atomic_output
from ..landclass import default_mapping, load_objects, mapping_from_frame, overlay_user_mapping
from ..provenance import plugin_version
from ..vocabulary import AreaMethod, Distribution, KeyKind
from . import reduce as red
from .densities import density_table, plot_change, plot_densities, read_frame, table_spec
from .inputs import county_index, file_checksum, resolve_encoding, sources_of
from .messages import render
from .task import PROGRESS_TOPIC, TaskSpec, is_complete, read_summary, run_county


@dataclass
class RunConfig:
    """The options of ``python -m carbon_metering.province`` (names as on the command line)."""

    base: str = ""
    target: str = ""
    out: str = "out/province"
    base_field: str = "DLBM"
    target_field: str = "DLBM"
    county_field: str = None
    mapping: str = None
    area_method: str = "ellipsoidal"
    density: str = None
    target_density: str = None
    plots: str = None
    key: str = "object"
    base_year: int = 2020
    target_year: int = 2023
    iterations: int = 10000
    seed: int = 42
    area_u: float = 5.0
    distribution: str = "normal"
    discount: bool = False
    min_area: float = 1.0
    snap_tolerance: float = 0.001
    soil_depth: float = 30.0
    confidence: float = 90.0
    workers: int = 2
    threads: int = 1
    memory_limit: str = "auto"
    scheduler: str = None
    language: str = "en"
    progress: bool = True
    force: bool = False
    fail_after: dict = field(default_factory=dict)  # tests: {county: seconds} delay before reading

    def parameters(self):
        out = asdict(self)
        out.pop("fail_after", None)
        return out


@dataclass
class RunResult:
    counties: dict  # county -> result dict
    summary: object = None
    uncertainty: object = None
    outputs: dict = field(default_factory=dict)
    dashboard: str = ""
    complete: bool = False
    #: seconds: prepare (inputs, densities), cluster_start, index (checksums and county field, on the cluster),
    #: tasks (to the last county), reduce (of which between_counties: border ground, parcels claimed twice)
    timings: dict = field(default_factory=dict)
    notes: object = None  # DataFrame county, level, kind, message (notes.csv)
    border: object = None  # DataFrame of border.csv
    claimed: object = None  # DataFrame of duplicates.csv


def _mapping(path):
    mapping = default_mapping()
    if not path:
        return mapping, ""
    frame = read_frame(*table_spec(path))
    lower = {c.lower(): c for c in frame.columns}
    if "code" not in lower or "object" not in lower:
        raise MeteringError("overlay_mapping_fields", table=path, fields=", ".join(frame.columns))
    wanted = [lower[k] for k in ("code", "object", "name_zh", "name_en", "source") if k in lower]
    frame = frame[wanted]
    frame.columns = [c.lower() for c in frame.columns]
    user = mapping_from_frame(frame, set(load_objects()["object"]), label=os.path.basename(path))
    return overlay_user_mapping(mapping, user), file_checksum(table_spec(path)[0])


def _densities(config):
    key = KeyKind.parse(config.key)
    if config.plots:
        if key is not KeyKind.OBJECT:
            raise MeteringError("province_plots_key", key=key.value)
        base, target, carbon, _lb, _lt = plot_densities(config.plots, config.base_year, config.target_year,
                                                        config.soil_depth, config.confidence)
        # As the chain: the permanent plots' change density for the unchanged pieces (stratum_density
        # CHANGE_OUTPUT → parcel_stock and uncertainty CHANGE).
        change, _long, _notes = plot_change(carbon, config.base_year, config.target_year, config.confidence)
        return base, target, change
    if not config.density:
        raise MeteringError("province_no_density")
    base = density_table(config.density, key)
    target = density_table(config.target_density, key) if config.target_density else base
    return base, target, None


def _digest(spec_parts, checksums, config, mapping_sha, base, target, change=None):
    digest = hashlib.sha256()
    payload = {
        "version": plugin_version(), "base_field": config.base_field, "target_field": config.target_field,
        "county_field": config.county_field, "area_method": AreaMethod.parse(config.area_method).value,
        "min_area": config.min_area, "snap": config.snap_tolerance, "mapping": mapping_sha,
        "base_density": [base.name, base.checksum], "target_density": [target.name, target.checksum],
        "years": [config.base_year, config.target_year],
        # how parcels.npz identifies a parcel (inputs.parcel_digests): outputs of another rule are redone
        "parcel_identity": "normalize(set_precision(snap)) blake2b-8",
    }
    if change is not None:
        payload["change_density"] = [change.name, change.checksum]
    digest.update(json.dumps(payload, sort_keys=True).encode("utf-8"))
    for role in ("base", "target"):
        for part in spec_parts[role]:
            digest.update("{0}\t{1}\t{2}\n".format(role, part.source.label, checksums[part.source.path]).encode())
            if part.fids is not None:
                digest.update(part.fids.tobytes())
    return digest.hexdigest()


def _cluster(config):
    """(client, closer, description) for a LocalCluster or the given scheduler."""
    from distributed import Client, LocalCluster

    if config.scheduler:
        client = Client(config.scheduler, timeout="30s")
        return client, client.close, {"kind": "existing scheduler", "scheduler": config.scheduler}
    cluster = LocalCluster(n_workers=max(int(config.workers), 1), threads_per_worker=max(int(config.threads), 1),
                           processes=True, memory_limit=config.memory_limit, dashboard_address=":0",
                           silence_logs=40)
    client = Client(cluster)

    def close():
        client.close()
        cluster.close()

    return client, close, {"kind": "LocalCluster", "scheduler": cluster.scheduler_address}


def _cluster_info(client, described):
    info = dict(described)
    try:
        workers = client.scheduler_info(n_workers=-1)["workers"]
    except TypeError:  # older distributed
        workers = client.scheduler_info()["workers"]
    info["workers"] = len(workers)
    info["threads"] = sum(w.get("nthreads", 0) for w in workers.values())
    info["memory_limit_mb"] = round(sum(w.get("memory_limit", 0) or 0 for w in workers.values()) / 2**20)
    info["hosts"] = ", ".join(sorted({w.get("host", "") for w in workers.values()}))
    info["dashboard"] = client.dashboard_link or ""
    return info


class Bars:
    """A progress bar per county on the terminal (redrawn in place on a tty, one line per step otherwise)."""

    def __init__(self, counties, stream=None, enabled=True):
        self.stream = stream or sys.stdout
        self.state = {c: (0.0, "queued") for c in counties}
        self.enabled = enabled and bool(counties)
        self.tty = self.enabled and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.drawn = 0
        self.last = {}

    def update(self, county, fraction, step):
        if county not in self.state:
            return
        self.state[county] = (max(fraction, self.state[county][0]) if step not in ("ok", "failed") else 1.0, step)
        if not self.enabled:
            return
        if self.tty:
            self.draw()
        elif self.last.get(county) != step:
            self.last[county] = step
            self.stream.write("  {0}\n".format(self._line(county)))
            self.stream.flush()

    def _line(self, county):
        fraction, step = self.state[county]
        done = int(round(fraction * 30))
        return "{0:<8} [{1}{2}] {3:3.0f} % {4}".format(county, "#" * done, "-" * (30 - done), 100 * fraction, step)

    def draw(self):
        if self.drawn:
            self.stream.write("\x1b[{0}F".format(self.drawn))
        for county in self.state:
            self.stream.write("\x1b[2K  {0}\n".format(self._line(county)))
        self.drawn = len(self.state)
        self.stream.flush()


def _failed(code, kind, **details):
    return {"county": code, "status": "failed", "kind": kind, "details": details, "pieces": 0, "seconds": 0.0,
            "peak_mb": 0.0}


def run(config, stream=None):
    """Run the province (see the module docstring). Returns a RunResult; writes everything under ``config.out``."""
    stream = stream or sys.stdout
    started = datetime.datetime.now()
    out_dir = os.path.abspath(config.out)
    os.makedirs(out_dir, exist_ok=True)
    method = AreaMethod.parse(config.area_method)
    Distribution.parse(config.distribution)
    KeyKind.parse(config.key)
    if int(config.target_year) <= int(config.base_year):
        raise MeteringError("years_order", base=config.base_year, target=config.target_year)
    notes = []
    base_sources = resolve_encoding(sources_of(config.base, config.base_year, "base"), notes)
    target_sources = resolve_encoding(sources_of(config.target, config.target_year, "target"), notes)
    county_field = config.county_field or "ZLDWDM"
    mapping, mapping_sha = _mapping(config.mapping)
    base_table, target_table, change_table = _densities(config)
    for note in notes:
        stream.write("  {0}\n".format(render(note.kind, note.details, config.language)))
    timings = {"prepare": (datetime.datetime.now() - started).total_seconds()}
    clock = time.perf_counter()
    client, close, described = _cluster(config)
    try:
        cluster = _cluster_info(client, described)
        timings["cluster_start"] = time.perf_counter() - clock
        dashboard = cluster.get("dashboard", "")
        stream.write("Dask scheduler {0}, {1} worker(s), {2} thread(s); dashboard: {3}\n".format(
            cluster.get("scheduler"), cluster["workers"], cluster["threads"], dashboard or "(none)"))
        stream.flush()
        clock = time.perf_counter()
        # the county index: one task per source on the cluster (checksum, county field)
        index = county_index(base_sources, target_sources, county_field, mapper=_mapper(client))
        timings["index"] = time.perf_counter() - clock
        results, specs = _plan(config, index, out_dir, county_field, method, mapping, mapping_sha, base_table,
                               target_table, change_table)
        clock = time.perf_counter()
        if specs:
            results.update(_submit(client, specs, config, stream))
        timings["tasks"] = time.perf_counter() - clock
    finally:
        close()
    for r in results.values():
        if r.get("status") != "ok" and r.get("kind"):
            r["message"] = render(r["kind"], r.get("details") or {}, config.language)
    clock = time.perf_counter()
    result = _reduce(config, out_dir, results, base_table, target_table, index, started, cluster, mapping_sha,
                     change_table)
    timings["reduce"] = time.perf_counter() - clock
    result.dashboard = dashboard
    result.timings = dict(timings, **result.timings)
    _print_notes(result, stream)
    _print_table(result, stream)
    return result


def _mapper(client):
    """map(function, sources, county_field) as tasks on the cluster, results in order."""
    def mapper(function, sources, county_field):
        futures = client.map(function, sources, county_field=county_field, pure=False)
        return client.gather(futures)

    return mapper


def _plan(config, index, out_dir, county_field, method, mapping, mapping_sha, base_table, target_table,
          change_table=None):
    """(results of the counties not to run: one-year, complete; the TaskSpecs of the others)."""
    results, specs = {}, {}
    for county in index.counties():
        parts = index.parts[county]
        if not parts["base"] or not parts["target"]:
            year = config.base_year if parts["base"] else config.target_year
            results[county] = _failed(county, "province_county_one_year", county=county, year=year,
                                      parcels=sum(p.count for p in parts["base"] or parts["target"]))
            continue
        digest = _digest(parts, index.checksums, config, mapping_sha, base_table, target_table, change_table)
        if not config.force and is_complete(out_dir, county, digest):
            summary = read_summary(out_dir, county)
            results[county] = {k: summary.get(k) for k in ("county", "status", "pieces", "seconds", "peak_mb",
                                                           "digest", "worker", "base_only", "target_only",
                                                           "duplicates", "notes")}
            results[county]["skipped"] = True
            continue
        specs[county] = TaskSpec(
            county=county, base_parts=parts["base"], target_parts=parts["target"], out_dir=out_dir, digest=digest,
            base_field=config.base_field, target_field=config.target_field, county_field=county_field,
            area_method=method.value, min_area=config.min_area, snap_tolerance=config.snap_tolerance,
            mapping=mapping if config.mapping else None, base_density=base_table, target_density=target_table,
            change=change_table, base_year=int(config.base_year), target_year=int(config.target_year),
            fail_after=dict(config.fail_after))

    return results, specs


def _submit(client, specs, config, stream):
    from distributed import as_completed

    bars = Bars(list(specs), stream, config.progress)

    def on_event(event):
        _time, message = event
        bars.update(message.get("county"), message.get("fraction", 0.0), message.get("step", ""))

    try:
        client.subscribe_topic(PROGRESS_TOPIC, on_event)
    except Exception:  # noqa: BLE001 (an old scheduler without topics: no bars, the run goes on)
        pass
    futures = {client.submit(run_county, spec, key="county-{0}-{1}".format(county, spec.digest[:12]),
                             pure=False, retries=1): county for county, spec in specs.items()}
    results = {}
    for future in as_completed(list(futures)):
        county = futures[future]
        try:
            results[county] = future.result()
        except Exception as err:  # noqa: BLE001 (a worker lost for good, a cancelled task …)
            results[county] = _failed(county, "province_worker_lost", county=county, error=type(err).__name__,
                                      message=str(err)[:300])
        bars.update(county, 1.0, results[county]["status"])
    try:
        client.unsubscribe_topic(PROGRESS_TOPIC)
    except Exception:  # noqa: BLE001
        pass
    return results


def _facts(summary):
    facts = {}
    for column in ("base_year", "target_year", "base_density", "base_density_sha256", "target_density",
                   "target_density_sha256", "same_density_table", "density_key"):
        values = summary[column].dropna().unique() if column in summary else []
        if len(values) > 1:
            raise MeteringError("stock_facts_mixed", layer="province", field=column,
                                values=sorted(str(v) for v in values))
        facts[column] = values[0] if len(values) else None
    for column in ("base_year", "target_year", "same_density_table"):
        facts[column] = None if facts[column] is None else int(facts[column])
    return facts


def _reduce(config, out_dir, results, base_table, target_table, index, started, cluster, mapping_sha,
            change_table=None):
    summaries, cells = [], []
    for county in sorted(results):
        if results[county].get("status") == "ok":
            summary, cell, _ = red.load_county(out_dir, county)
            summaries.append(summary)
            cells.append(cell)
    summary = red.province_summary(summaries)
    counties = red.county_table(results, summary)
    paths = red.output_paths(out_dir)
    # the documented rules between counties (docs/province.md): ground that changed county, parcels claimed twice
    clock = time.perf_counter()
    border, border_notes = red.border_ground(out_dir, results, config.min_area,
                                             (int(config.base_year), int(config.target_year)))
    claimed, claimed_notes = red.claimed_twice(out_dir, results, (config.base_year, config.target_year))
    between = time.perf_counter() - clock
    notes = _note_rows(results, border_notes + claimed_notes, config.language)
    red.write_csv(paths["border.csv"], border)
    red.write_csv(paths["duplicates.csv"], claimed)
    red.write_csv(paths["notes.csv"], notes)
    table = hist = None
    if cells:
        facts = _facts(summary)
        table, hist = red.uncertainty(red.province_cells(cells), facts, base_table,
                                      None if base_table.same_as(target_table) else target_table, config.area_u,
                                      config.iterations, config.seed, config.distribution, config.discount, bins=40,
                                      change=change_table)
    province = red.province_table(summary, counties, border, claimed)
    objects = red.object_table(summary)
    red.write_csv(paths["province_summary.csv"], summary)
    red.write_csv(paths["counties.csv"], counties)
    if table is not None:
        red.write_csv(paths["uncertainty.csv"], table)
        red.write_csv(paths["histogram.csv"], hist)
    inputs = []
    for role, sources in index.sources.items():
        for source in sources:
            count = sum(p.count for parts in index.parts.values() for p in parts[role] if p.source == source)
            inputs.append((role, source.label, count, index.checksums[source.path]))
    for role, spec in (("plots", config.plots), ("density", config.density), ("target_density", config.target_density),
                       ("mapping", config.mapping)):
        if spec:
            path = table_spec(spec)[0]
            inputs.append((role, spec, None, file_checksum(path)))
    outputs = {k: v for k, v in paths.items()}
    prov = red.provenance(inputs, config.parameters(), started, cluster, outputs)
    red.write_csv(paths["provenance.csv"], prov)
    red.write_workbook(paths["province_result.xlsx"],
                       [("province", province), ("county", counties), ("object", objects),
                        ("uncertainty", table), ("histogram", hist),
                        ("border", border if len(border) else None),
                        ("duplicates", claimed if len(claimed) else None)], prov, language=config.language)
    complete = bool(len(counties)) and bool((counties["status"] == "complete").all())
    run_record = {"complete": complete, "started": started.isoformat(timespec="seconds"),
                  "finished": datetime.datetime.now().isoformat(timespec="seconds"),
                  "counties": {c: {k: v for k, v in r.items() if k != "notes"} for c, r in results.items()},
                  "cluster": cluster, "outputs": outputs}
    with atomic_output(os.path.join(out_dir, "run.json")) as tmp:
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(run_record, handle, ensure_ascii=False, indent=1, default=str)
    return RunResult(results, summary, table, outputs, complete=complete, notes=notes, border=border,
                     claimed=claimed, timings={"between_counties": between})


def _note_rows(results, province_notes, language):
    """Every note of the run, one row each: why a county is missing (level ``error``), the county tasks'
    notes (duplicates dropped, GBK, CRS …) and the reduction's (border ground, parcels claimed twice), with
    the plugin's sentence."""
    rows = []
    for county in sorted(results):
        r = results[county]
        if r.get("status") != "ok" and r.get("kind"):  # a missing county: its reason (also in counties.csv)
            rows.append((county, "error", r["kind"], r.get("message") or render(r["kind"], r.get("details") or {},
                                                                                  language)))
        for note in r.get("notes") or []:
            rows.append((county, note.get("level", "info"), note.get("kind", ""),
                         render(note.get("kind", ""), note.get("details") or {}, language)))
    for note in province_notes:
        rows.append(("ALL", note.level, note.kind, render(note.kind, note.details, language)))
    return pd.DataFrame(rows, columns=["county", "level", "kind", "message"])


def _print_notes(result, stream):
    """The warnings of the run on the terminal (every note is in notes.csv)."""
    warnings = result.notes[result.notes["level"] == "warning"] if result.notes is not None else []
    if not len(warnings):
        return
    stream.write("\nWarnings (all notes: notes.csv):\n")
    for row in warnings.itertuples(index=False):
        stream.write("  {0}: {1}\n".format(row.county, row.message))


def _print_table(result, stream):
    stream.write("\n{0:<8} {1:<9} {2:>9} {3:>9} {4:>10}  {5}\n".format(
        "county", "status", "pieces", "seconds", "peak MB", "note"))
    for county in sorted(result.counties):
        r = result.counties[county]
        status = "skipped" if r.get("skipped") else ("ok" if r.get("status") == "ok" else "MISSING")
        stream.write("{0:<8} {1:<9} {2:>9} {3:>9.2f} {4:>10.0f}  {5}\n".format(
            county, status, int(r.get("pieces") or 0), float(r.get("seconds") or 0.0), float(r.get("peak_mb") or 0.0),
            r.get("message", "") if r.get("status") != "ok" else ""))
    if result.summary is not None and len(result.summary):
        total = result.summary[(result.summary["county"] == "ALL") & (result.summary["object"] == "ALL")
                               & (result.summary["pool"] == "total") & (result.summary["change_group"] == "all")]
        if len(total):
            row = total.iloc[0]
            stream.write("\nProvince{0}: stock {1:,.2f} → {2:,.2f} t C, sink {3:,.2f} t CO2e/a\n".format(
                "" if result.complete else " (INCOMPLETE: counties missing)", row["stock_base_tc"],
                row["stock_target_tc"], row["sink_tco2e"]))
    stream.write("Outputs: {0}\n".format(os.path.dirname(next(iter(result.outputs.values()), ""))))
    stream.flush()


__all__ = ["Bars", "DensityTable", "RunConfig", "RunResult", "run"]
