"""The province runner on a synthetic province, 1 and 2 local workers (run in .venv-province).

``bench/system_province.py`` starts this script in the runner's environment. Counties of
``--parcels`` square parcels (30 m, EPSG:4547, DLBM and ZLDWDM) generated deterministically;
the target year is the base with 3 % of parcels changing class and 2 % split in two (real
intersections), the rest byte-identical, like an annual change survey. Densities from the
sample survey (--plots sample/survey.gpkg). Printed: per-county seconds (wall and CPU) and peak
memory, the county phase's wall time with 1 and 2 workers, the machine's state next to each run
(load before and after, the cores other processes kept busy, threads per worker), the speed-up
from wall times and from the tasks' CPU time, and the projection to 100 counties × 300 000
parcels on 16 workers (counties as units of work: ⌈100/16⌉ waves), from wall and from CPU time.
The machine is shared: judge the speed-up by the CPU figure when other processes hold cores.
"""

import argparse
import math
import os
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / ".build" / "python"))

CODES = np.array(["0301", "0301", "0103", "0101", "0305", "0404", "0701", "0201"], dtype=object)


def make_county(folder, county, n, seed):
    """base/<county>.gpkg and target/<county>.gpkg with about ``n`` parcels (deterministic)."""
    import pyogrio
    import shapely

    base_path, target_path = folder / "base" / f"{county}.gpkg", folder / "target" / f"{county}.gpkg"
    if base_path.exists() and target_path.exists():
        return base_path, target_path
    base_path.parent.mkdir(parents=True, exist_ok=True)
    target_path.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    side = int(math.ceil(math.sqrt(n)))
    size = 30.0
    x0, y0 = 480000.0 + (seed % 4) * 5000.0, 3360000.0 + (seed // 4) * 5000.0
    i, j = np.divmod(np.arange(side * side)[:n], side)
    x, y = x0 + j * size, y0 + i * size
    geoms = shapely.box(x, y, x + size, y + size)
    codes = CODES[rng.integers(0, len(CODES), n)]
    zl = np.asarray(["{0}{1:03d}{2:03d}0000000".format(county, 1 + k % 3, 1 + k % 8) for k in range(n)], dtype=object)
    crs = "EPSG:4547"
    pyogrio.raw.write(str(base_path), shapely.to_wkb(geoms), [codes, zl], ["DLBM", "ZLDWDM"], layer="dltb_2020",
                      driver="GPKG", geometry_type="Polygon", crs=crs)
    change = rng.random(n) < 0.03
    t_codes = codes.copy()
    t_codes[change] = CODES[rng.integers(0, len(CODES), int(change.sum()))]
    split = rng.random(n) < 0.02
    keep = ~split
    halves_a = shapely.box(x[split], y[split], x[split] + size / 2, y[split] + size)
    halves_b = shapely.box(x[split] + size / 2, y[split], x[split] + size, y[split] + size)
    t_geoms = np.concatenate([geoms[keep], halves_a, halves_b])
    t_codes = np.concatenate([t_codes[keep], t_codes[split], CODES[rng.integers(0, len(CODES), int(split.sum()))]])
    t_zl = np.concatenate([zl[keep], zl[split], zl[split]])
    pyogrio.raw.write(str(target_path), shapely.to_wkb(t_geoms), [t_codes, t_zl], ["DLBM", "ZLDWDM"],
                      layer="dltb_2023", driver="GPKG", geometry_type="Polygon", crs=crs)
    return base_path, target_path


def machine_busy():
    """(busy, total) CPU seconds of the whole machine since boot (/proc/stat; None elsewhere)."""
    try:
        with open("/proc/stat") as handle:
            ticks = [int(v) for v in handle.readline().split()[1:]]
    except OSError:
        return None
    hz = os.sysconf("SC_CLK_TCK")
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)
    return (sum(ticks[:8]) - idle) / hz, sum(ticks[:8]) / hz


def own_cpu():
    """CPU seconds of this process and its reaped children (the LocalCluster's workers once closed)."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def load_text():
    one, five, _fifteen = os.getloadavg()
    return "load {0:.2f} (5 min {1:.2f})".format(one, five)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(HERE / "data"))
    ap.add_argument("--counties", type=int, default=int(os.environ.get("PROVINCE_BENCH_COUNTIES", 8)))
    ap.add_argument("--parcels", type=int, default=int(os.environ.get("PROVINCE_BENCH_PARCELS", 50000)))
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args(argv)
    from carbon_metering.metering.province.runner import RunConfig, run

    folder = Path(args.data) / "province_{0}x{1}".format(args.counties, args.parcels)
    started = time.perf_counter()
    for k in range(args.counties):
        make_county(folder, "42{0:04d}".format(100 + k), args.parcels, seed=k)
    print("Province runner: {0} counties × {1} parcels (generated in {2:.1f} s; data {3})".format(
        args.counties, args.parcels, time.perf_counter() - started, folder))
    rows = {}
    for workers in args.workers:
        cfg = RunConfig(base=str(folder / "base"), target=str(folder / "target"),
                        plots=str(HERE.parent / "sample" / "survey.gpkg"), out=str(folder / f"out_{workers}"),
                        workers=workers, force=True, progress=False, iterations=10000)
        import io

        before, load_before, mine, clock = machine_busy(), load_text(), own_cpu(), time.perf_counter()
        result = run(cfg, stream=io.StringIO())
        after, wall = machine_busy(), time.perf_counter() - clock
        others = None
        if before and after:  # cores the other processes of the machine kept busy during the run
            others = max(0.0, (after[0] - before[0]) - (own_cpu() - mine)) / wall
        assert result.complete, {c: r.get("message") for c, r in result.counties.items()}
        rows[workers] = result
        seconds = [r["seconds"] for r in result.counties.values()]
        by_worker = {}
        for r in result.counties.values():  # peak RSS of the worker process while it ran each county (PeakMemory)
            by_worker[r["worker"]] = max(by_worker.get(r["worker"], 0.0), r["peak_mb"])
        pieces = sum(r["pieces"] for r in result.counties.values())
        print("  {0} worker(s): cluster start {1:.1f} s, county index {9:.1f} s, county phase {2:.1f} s, reduction "
              "{3:.1f} s; per county "
              "{4:.2f}–{5:.2f} s (mean {6:.2f}); peak memory per worker {7} MB; {8} pieces".format(
                  workers, result.timings["cluster_start"], result.timings["tasks"], result.timings["reduce"],
                  min(seconds), max(seconds), float(np.mean(seconds)),
                  ", ".join("{0:.0f}".format(v) for v in sorted(by_worker.values())), pieces,
                  result.timings["index"]), flush=True)
        print("    per county s (wall / CPU of the worker process): " + ", ".join(
            "{0} {1:.2f}/{2:.2f}".format(c, r["seconds"], r["cpu_seconds"])
            for c, r in sorted(result.counties.items())),
            flush=True)
        cpu_by_worker = {}
        for r in result.counties.values():
            cpu_by_worker[r["worker"]] = cpu_by_worker.get(r["worker"], 0.0) + r["cpu_seconds"]
        result.cpu_by_worker = cpu_by_worker
        print("    machine: {0} cores, {1} before, {2} after; other processes kept {3} core(s) busy during the run; "
              "threads per worker process at most {4}; load seen by the tasks {5}".format(
                  os.cpu_count(), load_before, load_text(), "?" if others is None else "{0:.2f}".format(others),
                  max(r.get("threads") or 0 for r in result.counties.values()),
                  "–".join("{0:.1f}".format(v) for v in (min(r.get("load") or 0 for r in result.counties.values()),
                                                       max(r.get("load") or 0 for r in result.counties.values())))),
              flush=True)
    if 1 in rows and 2 in rows:
        # the wall-time speed-up counts waiting for a core taken by other jobs; the CPU one is what two
        # dedicated cores give with this split of counties on the workers (imbalance included)
        cpu_one = sum(rows[1].cpu_by_worker.values())
        cpu_two = max(rows[2].cpu_by_worker.values())
        balanced = sum(rows[2].cpu_by_worker.values()) / 2
        print("  speed-up 1 → 2 workers (county phase, cluster start excluded): {0:.2f}× from wall times; "
              "{1:.2f}× from the tasks' CPU time (1 worker {2:.1f} s, 2 workers: the busier {3:.1f} s of "
              "{4}; an even split would give {5:.2f}×)".format(
                  rows[1].timings["tasks"] / rows[2].timings["tasks"], cpu_one / cpu_two, cpu_one, cpu_two,
                  " + ".join("{0:.1f}".format(v) for v in sorted(rows[2].cpu_by_worker.values())),
                  cpu_one / balanced))
    ref = rows[min(rows)]
    counties = list(ref.counties.values())
    per_parcel = float(np.mean([r["seconds"] for r in counties])) / args.parcels
    # on a machine shared with other jobs the wall time of a task includes waiting for a core; its CPU time
    # is what it costs a dedicated core (the second projection below)
    cpu_share = float(np.sum([r["cpu_seconds"] for r in counties]) / np.sum([r["seconds"] for r in counties]))
    # memory: a worker's RSS when a task starts (libraries loaded by its first task) + the task's own growth,
    # which grows with the county's parcels; first tasks of a worker (importing the libraries) left out
    first = {}
    for r in sorted(counties, key=lambda r: r["county"]):
        first.setdefault(r["worker"], r["county"])
    later = [r for r in counties if first[r["worker"]] != r["county"]] or counties
    resident = max(r.get("start_mb") or 0.0 for r in later)
    growth = max(r["peak_mb"] - (r.get("start_mb") or 0.0) for r in later)
    waves = math.ceil(100 / 16)
    scale_parcels = 100 * 300000 / (args.counties * args.parcels)
    tasks = waves * 300000 * per_parcel
    # the county index (checksums, county field) and the between-county checks grow with the parcels, the
    # preparation (inputs, densities from the plots) and the cluster start are fixed, the rest of the reduction
    # (county summaries, uncertainty on aggregates, workbook) grows with the counties
    between = ref.timings.get("between_counties", 0.0)
    # the county index runs as one task per source on the cluster: on 16 workers, 1/16 of one worker's time
    prepare_s = ref.timings["prepare"] + ref.timings["cluster_start"] + ref.timings["index"] * scale_parcels * min(
        rows) / 16
    reduce_s = (ref.timings["reduce"] - between) * 100 / args.counties + between * scale_parcels
    memory = resident + growth * 300000 / args.parcels
    print("  projection, 100 counties × 300 000 parcels on 16 workers: prepare, cluster start, index {0:.0f} s + "
          "{1} waves × {2:.1f} s = {3:.0f} s county phase + {4:.0f} s reduction ≈ {5:.1f} min; "
          "peak per worker ≈ {6:.0f} MB ({7:.0f} MB "
          "resident at a task's start + its growth {8:.0f} MB × {9:.0f}, linear in parcels)".format(
              prepare_s, waves, 300000 * per_parcel, tasks, reduce_s, (prepare_s + tasks + reduce_s) / 60, memory,
              resident, growth, 300000 / args.parcels))
    print("  the same from the CPU time of the tasks (a dedicated core each; CPU/wall here {0:.2f}): county phase "
          "{1} waves × {2:.1f} s = {3:.0f} s, total ≈ {4:.1f} min".format(
              cpu_share, waves, 300000 * per_parcel * cpu_share, tasks * cpu_share,
              (prepare_s + tasks * cpu_share + reduce_s) / 60))
    print("  measured with {0} worker(s): prepare {1:.1f} s, county index {2:.2f} s, reduction {3:.1f} s "
          "(between-county checks {4:.2f} s)".format(min(rows), ref.timings["prepare"], ref.timings["index"],
                                                    ref.timings["reduce"], between))

if __name__ == "__main__":
    main()
