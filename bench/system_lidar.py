"""Benchmark row of the LiDAR system: grid metrics over a 10-million-return LAZ (``make bench``).

A synthetic cloud (1 km × 1 km, ~10 returns/m², classified ground under a rolling canopy) is
generated once into ``bench/data/lidar_<n>.laz`` (deterministic). The metrics run in their own
Python process (heights from the classified ground, 25.8 m cells, 1 000 000 returns per chunk);
printed: returns, seconds, returns per second and the peak resident memory (VmHWM) of that process.

    python bench/run.py --skip-chain --systems lidar
    LIDAR_BENCH_POINTS=1000000 python bench/run.py --skip-chain --systems lidar     # quick
"""

import json
import os
import subprocess
import sys
import time

N_POINTS = int(os.environ.get("LIDAR_BENCH_POINTS", 10_000_000))
CHUNK = 1_000_000


def make_cloud(path, n, seed=0):
    import numpy as np

    from carbon_metering.metering.lidar import pointcloud

    rng = np.random.default_rng(seed)
    side = 1000.0
    parts = []
    for s in range(0, n, 2_000_000):
        m = min(2_000_000, n - s)
        x = 500000 + rng.uniform(0, side, m)
        y = 3380000 + rng.uniform(0, side, m)
        canopy = 12 + 8 * np.sin(x / 90.0) * np.cos(y / 70.0)
        ground = rng.random(m) < 0.3
        h = np.where(ground, 0.0, canopy * rng.uniform(0.2, 1.0, m))
        z = 40 + 10 * np.sin(x / 400.0) + h
        rn = np.where(ground | (rng.random(m) < 0.6), 1, 2)
        parts.append((x, y, z, rn, np.where(ground, 2, 5)))
    x, y, z, rn, cls = (np.concatenate([p[i] for p in parts]) for i in range(5))
    pointcloud.write_cloud(path, x, y, z, rn, np.maximum(rn, 1), cls)


def _child(path):
    from carbon_metering.metering.lidar import compute, pointcloud
    from carbon_metering.metering.lidar.options import MetricOptions

    info = pointcloud.cloud_info(path)
    grid = compute.GridSpec.covering(info.bounds, 25.8)
    start = time.perf_counter()
    cells = []
    result = compute.grid_metrics(lambda: pointcloud.iter_chunks(path, CHUNK), grid,
                                  lambda r0, v: cells.append(int((v["n"] > 0).sum())), MetricOptions(),
                                  total_points=info.point_count)
    seconds = time.perf_counter() - start
    peak = 0.0
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024.0
    print("RESULT " + json.dumps({"points": info.point_count, "seconds": seconds, "cells": sum(cells),
                                  "bands": result.bands, "peak_mb": peak}))


def run(data_dir):
    data_dir = str(data_dir)
    path = os.path.join(data_dir, "lidar_{0}.laz".format(N_POINTS))
    if not os.path.exists(path):
        print("generating {0} …".format(os.path.basename(path)), flush=True)
        make_cloud(path, N_POINTS)
    proc = subprocess.run([sys.executable, __file__, path], capture_output=True, text=True)
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    if proc.returncode != 0 or not line:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit("LiDAR benchmark failed")
    r = json.loads(line[0][len("RESULT "):])
    print("LiDAR grid metrics (lidar_metrics core; LAZ, ground-normalised, 25.8 m cells, chunk {0:,})".format(CHUNK))
    print("{0:>12} {1:>10} {2:>14} {3:>8} {4:>6} {5:>14}".format("returns", "seconds", "returns/s", "cells",
                                                                 "bands", "peak MB"))
    print("{0:>12,} {1:>10.1f} {2:>14,.0f} {3:>8,} {4:>6} {5:>14.0f}".format(
        r["points"], r["seconds"], r["points"] / r["seconds"], r["cells"], r["bands"], r["peak_mb"]))


if __name__ == "__main__":
    _child(sys.argv[1])
