"""Benchmark: carbonmeter:parcel_change against native:intersection (``make bench``).

For each size and kind a base/target pair is generated once into
``bench/data/`` (``bench/generate_pairs.py``, deterministic). Each case runs
in its own Python process (``bench/bench_parcel_change.py``) in which QGIS is
initialised once and both algorithms run on the same inputs one after the
other. Printed: case, parcels, kind, seconds of each, the ratio
native / parcel_change (> 1: parcel_change is faster) and the peak resident
memory (VmHWM, reset before each run) of each algorithm.

    python bench/run.py                    # 10 000 and 100 000 parcels, annual and redrawn
    python bench/run.py --sizes 10000      # quick
    make bench BENCH_ARGS="--sizes 10000 --uncertainty-pieces 100000"

Each case also times the overlay core alone (``metering.overlay.overlay_parcels``, no QGIS;
inputs read with GDAL). Then the QGIS I/O row (``bench/bench_io.py``: attribute cells per second
each way), the whole chain on the annual pair of ``--chain-size`` parcels (``bench/bench_chain.py``:
parcel_change → parcel_stock → uncertainty 10⁵ iterations → export_report with PDF, per step,
against native:intersection), and the uncertainty benchmark (``bench/bench_uncertainty.py``): a
county of 1 000 000 pieces aggregated to strata and 100 000 Monte Carlo iterations.
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
sys.path.insert(0, str(HERE))

from generate_pairs import make_pair  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--kinds", nargs="+", default=["annual", "redrawn"], choices=["annual", "redrawn"])
    ap.add_argument("--uncertainty-pieces", type=int, default=1_000_000,
                    help="pieces of the uncertainty benchmark (0: skip it)")
    ap.add_argument("--systems", nargs="*", default=None,
                    help="bench/system_<name>.py rows to run (default: all; none with an empty list)")
    ap.add_argument("--skip-chain", action="store_true", help="skip the parcel_change and uncertainty rows")
    ap.add_argument("--chain-size", type=int, default=100000,
                    help="parcels of the whole-chain row (annual pair; 0: skip it)")
    ap.add_argument("--skip-io", action="store_true", help="skip the QGIS I/O (cells per second) row")
    args = ap.parse_args(argv)
    DATA.mkdir(exist_ok=True)
    if not args.skip_chain:
        _chain_rows(args)
    # Every other system's rows: bench/system_<name>.py with run(data_dir) printing its own table.
    import importlib

    for path in sorted(HERE.glob("system_*.py")):
        name = path.stem[len("system_"):]
        if args.systems is not None and name not in args.systems:
            continue
        print()
        importlib.import_module(path.stem).run(DATA)


def _chain_rows(args):
    rows = []
    for n in args.sizes:
        for kind in args.kinds:
            path = DATA / "pair_{0}_{1}.gpkg".format(n, kind)
            if not path.exists():
                print("generating {0} …".format(path.name), flush=True)
                make_pair(str(path), n, kind, seed=0)
            print("running {0} …".format(path.name), flush=True)
            proc = subprocess.run(
                [sys.executable, str(HERE / "bench_parcel_change.py"), str(path), "--json"],
                capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            )
            line = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
            if proc.returncode != 0 or not line:
                sys.stderr.write(proc.stdout + proc.stderr)
                raise SystemExit("benchmark case {0} failed".format(path.name))
            r = json.loads(line[0][len("RESULT "):])
            rows.append(("{0}_{1}".format(n, kind), r["base"], kind, r["native"]["seconds"],
                         r["parcel_change"]["seconds"], r["ratio"], r["native"]["peak_mb"],
                         r["parcel_change"]["peak_mb"], r["native"]["features"], r["parcel_change"]["features"],
                         r["core"]))
    header = ("case", "parcels", "kind", "native:intersection s", "parcel_change s", "ratio",
              "native peak MB", "parcel_change peak MB", "native pieces", "parcel_change pieces")
    print()
    print(" | ".join(header))
    for row in rows:
        case, parcels, kind, tn, tp, ratio, mn, mp, fn, fp, _core = row
        print("{0} | {1} | {2} | {3:.2f} | {4:.2f} | {5:.2f}x | {6:.0f} | {7:.0f} | {8} | {9}".format(
            case, parcels, kind, tn, tp, ratio, mn, mp, fn, fp))
    print("\nratio = native:intersection s / parcel_change s (> 1: parcel_change faster). Peak MB: the process's "
          "peak resident set size during each run (VmHWM reset via /proc/self/clear_refs), QGIS included.")
    print()
    print("core overlay alone (metering.overlay.overlay_parcels, no QGIS; inputs read with GDAL's Arrow stream)")
    print("case | overlay s | ratio to native:intersection | read s (GDAL) | peak MB | pieces")
    for case, _p, _k, tn, _tp, _r, _mn, _mp, _fn, _fp, core in rows:
        print("{0} | {1:.2f} | {2:.1f}x | {3:.2f} | {4:.0f} | {5}".format(
            case, core["seconds"], tn / core["seconds"], core["read_seconds"], core["peak_mb"], core["features"]))
    if not args.skip_io:
        print()
        _json_row("bench_io.py", [], "I/O")
    if args.chain_size:
        path = DATA / "pair_{0}_annual.gpkg".format(args.chain_size)
        if not path.exists():
            make_pair(str(path), args.chain_size, "annual", seed=0)
        print()
        _json_row("bench_chain.py", [str(path)], "chain")
    if args.uncertainty_pieces:
        print()
        import bench_uncertainty

        bench_uncertainty.run(n_pieces=args.uncertainty_pieces, iterations=100_000)


def _json_row(script, extra, label):
    """Run ``bench/<script>`` in its own process; it prints its table itself."""
    proc = subprocess.run([sys.executable, str(HERE / script), *extra], capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit("benchmark {0} failed".format(label))
    print("\n".join(ln for ln in proc.stdout.splitlines() if not ln.startswith("RESULT ")))


if __name__ == "__main__":
    main()
