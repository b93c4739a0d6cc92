"""Benchmark of ``carbonmeter:uncertainty``'s core: a synthetic county of 1 000 000 pieces.

The pieces are generated as arrays (no GIS), aggregated to stratum-level cells, then
Monte Carlo runs 100 000 iterations over the aggregates. Prints one table row:
pieces, cells (terms), strata, iterations, seconds (aggregation, Monte Carlo), peak MB.

Run: ``make bench`` (through bench/run.py) or ``python bench/bench_uncertainty.py [--pieces N
--iterations N]`` (with ``.build/python`` on PYTHONPATH, as the Makefile sets it).
"""

import argparse
import os
import sys
import time
import tracemalloc

try:
    from carbon_metering.metering import POOLS
    from carbon_metering.metering import uncertainty as core
    from carbon_metering.metering.density import DensityTable
    from carbon_metering.metering.vocabulary import stock_column
except ImportError:  # run directly from a checkout: use the link `make link` creates
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), ".build",
                                    "python"))
    from carbon_metering.metering import POOLS
    from carbon_metering.metering import uncertainty as core
    from carbon_metering.metering.density import DensityTable
    from carbon_metering.metering.vocabulary import stock_column

import numpy as np
import pandas as pd

OBJECTS = ("forest_arbor", "forest_bamboo", "forest_shrub", "orchard", "tea_garden", "paddy",
           "dry_land", "grassland")


def synthetic_pieces(n_pieces, n_counties=1, strata_per_object=3, change_share=0.08, conversions=3, seed=1):
    """Pieces like parcel_stock's OUTPUT with random areas, strata and some land-use change."""
    rng = np.random.default_rng(seed)
    strata = ["{0}_{1}".format(o, i) for o in OBJECTS for i in range(strata_per_object)]
    obj_of = np.array([s.rsplit("_", 1)[0] for s in strata])
    density = pd.DataFrame(
        [(s, p, float(rng.uniform(5, 80)), int(rng.integers(5, 40)), 0.0) for s in strata for p in POOLS],
        columns=["stratum", "pool", "mean", "n", "se"],
    )
    density["se"] = density["mean"] * rng.uniform(0.03, 0.15, len(density))
    base = rng.integers(0, len(strata), n_pieces)
    # each stratum converts to a few others (as land use does), not to every stratum
    to = rng.integers(0, len(strata), (len(strata), conversions))
    changed = rng.random(n_pieces) < change_share
    target = np.where(changed, to[base, rng.integers(0, conversions, n_pieces)], base)
    area_ha = rng.lognormal(0.0, 1.0, n_pieces)
    pieces = pd.DataFrame({
        "county": np.array(["4201{0:02d}".format(i + 1) for i in range(n_counties)])[
            rng.integers(0, n_counties, n_pieces)],
        "base_object": obj_of[base], "target_object": obj_of[target],
        "base_key": np.array(strata)[base], "target_key": np.array(strata)[target],
        "area_m2": area_ha * 10000.0,
    })
    means = density.pivot(index="stratum", columns="pool", values="mean").loc[strata]
    for p in POOLS:
        col = means[p].to_numpy()
        # the target year grows by a few percent: the sink
        pieces[stock_column("base", p)] = col[base] * area_ha
        pieces[stock_column("target", p)] = col[target] * area_ha * 1.03
    pieces["change_flag"] = np.where(changed, 1, 0)
    return pieces, density, len(strata)


def run(n_pieces=1_000_000, iterations=100_000, seed=42, out=sys.stdout):
    """Run the benchmark and print (and return) its result row."""
    tracemalloc.start()
    pieces, density, n_strata = synthetic_pieces(n_pieces)
    input_mb = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.reset_peak()  # count what the evaluation adds to the input it is given
    t0 = time.perf_counter()
    pools = core.stock_pools(pieces.columns)
    cells = core.aggregate_pieces(pieces, pools)
    model = core.build_model(cells, core.density_factors(DensityTable.parse(density, "object", "bench")), None,
                             5.0, years=3.0)
    del pieces
    t1 = time.perf_counter()
    table, _ = core.evaluate(model, iterations=iterations, seed=seed, distribution="lognormal")
    t2 = time.perf_counter()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    total = table[(table["level"] == "total") & (table["quantity"] == "sink")].iloc[0]
    result = {
        "pieces": n_pieces, "strata": n_strata, "terms": len(model.terms), "iterations": iterations,
        "aggregate_s": round(t1 - t0, 2), "monte_carlo_s": round(t2 - t1, 2), "input_mb": round(input_mb, 1),
        "peak_mb": round(peak / 2**20 - input_mb, 1),
        "sink_u1_pct": round(float(total["u1_pct"]), 2), "sink_u2_pct": round(float(total["u2_pct"]), 2),
    }
    header = " | ".join(result)
    print("uncertainty benchmark (core; pieces generated as arrays; peak_mb = tracemalloc peak above "
          "the input)", file=out)
    print(header, file=out)
    print(" | ".join(str(v) for v in result.values()), file=out)
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pieces", type=int, default=1_000_000)
    parser.add_argument("--iterations", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    run(args.pieces, args.iterations, args.seed)


if __name__ == "__main__":
    main()
