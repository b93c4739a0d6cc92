"""Benchmark row: CASA NPP block-wise (as casa_npp runs it) against a one-shot numpy version.

12 months of N × N pixels (default 4 000, ``RS_BENCH_SIZE`` to change), inputs as float32
files on disk read through memory maps, so neither version starts with the inputs in
memory. Same process, same formulas (metering.rs): ``blocks.run_casa`` strip by strip with
its memory budget, against reading every raster whole and calling ``casa.casa_block`` once.
Peak memory is the peak of Python allocations (tracemalloc, numpy included) during each run.

    python bench/run.py --skip-chain --systems rs
"""

import os
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / ".build" / "python"))


class MemmapSource:
    """A (bands, rows, cols) float32 file read strip by strip as float64."""

    def __init__(self, path, shape):
        self.array = np.memmap(path, dtype=np.float32, mode="r", shape=shape)
        self.bands, self.height, self.width = shape
        self.name = os.path.basename(path)

    def read(self, row0, nrows):
        return np.asarray(self.array[:, row0:row0 + nrows, :], dtype=float)


def make_inputs(folder, n, seed=0):
    """Seasonal synthetic inputs (float32 files): NDVI, °C, mm, MJ/m², vegetation class."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    months = np.arange(12)
    season = np.sin((months - 3) / 12 * 2 * np.pi)
    shapes = {"NDVI": (12, n, n), "TEMPERATURE": (12, n, n), "PRECIPITATION": (12, n, n),
              "RADIATION": (12, n, n), "VEGETATION": (1, n, n)}
    paths = {k: folder / f"rs_{n}_{k.lower()}.f32" for k in shapes}
    if all(p.exists() for p in paths.values()):
        return paths, shapes
    base = rng.random((n, n)).astype(np.float32)
    for name, shape in shapes.items():
        out = np.memmap(paths[name], dtype=np.float32, mode="w+", shape=shape)
        for m in range(shape[0]):
            if name == "NDVI":
                out[m] = 0.3 + 0.3 * base + 0.2 * season[m]
            elif name == "TEMPERATURE":
                out[m] = 17 + 12 * season[m] + 2 * base
            elif name == "PRECIPITATION":
                out[m] = 100 + 80 * season[m] + 30 * base
            elif name == "RADIATION":
                out[m] = 380 + 170 * season[m]
            else:
                out[m] = np.where(base < 0.5, 3, 8)
        out.flush()
        del out
    return paths, shapes


def available_mb():
    """MemAvailable of this machine (MB), or infinity where /proc/meminfo is absent."""
    try:
        with open("/proc/meminfo") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return float("inf")


#: Peak of the one-shot version per pixel-month, measured (7 131 MB at 2 000 × 2 000 × 12).
ONE_SHOT_BYTES_PER_PIXEL_MONTH = 7131 * 2 ** 20 / (2000 * 2000 * 12)


def run(data_dir):
    """The issue's size (4 000²) block-wise; the one-shot comparison at the largest size that fits."""
    n = int(os.environ.get("RS_BENCH_SIZE", "4000"))
    size = n
    while size > 250 and size * size * 12 * ONE_SHOT_BYTES_PER_PIXEL_MONTH / 2 ** 20 > 0.8 * available_mb():
        size //= 2
    if size != n:
        print("remote sensing: the one-shot version of {0} × {0} would need about {1:.0f} GB; this machine has "
              "{2:.0f} GB available, so both run at {3} × {3} and the block-wise run alone at {0} × {0}.".format(
                  n, n * n * 12 * ONE_SHOT_BYTES_PER_PIXEL_MONTH / 2 ** 30, available_mb() / 1024, size))
        compare(data_dir, n, with_one_shot=False)
    compare(data_dir, size, with_one_shot=True)


def compare(data_dir, n, with_one_shot=True):
    from carbon_metering.metering.rs import blocks, casa, read_class_table

    paths, shapes = make_inputs(Path(data_dir), n)
    table = read_class_table()
    sources = {k: MemmapSource(str(p), shapes[k]) for k, p in paths.items()}
    rows = []

    def block_version():
        total = [0.0]

        def write(name, row0, arr):
            if name == "annual":
                total[0] += float(np.nansum(arr))

        blocks.run_casa(sources, table, write, ndvi_scale=1)
        return total[0]

    def one_shot():
        arrays = {k: np.asarray(s.array, dtype=float) for k, s in sources.items()}
        values = np.sort(table["class"].to_numpy(dtype=float))
        idx = casa.class_index(arrays["VEGETATION"][0], values)
        hist = casa.ndvi_histogram(arrays["NDVI"], idx, len(values))
        lut, _ = casa.class_lookup(table, hist)
        out = casa.casa_block(arrays["NDVI"], arrays["TEMPERATURE"], arrays["PRECIPITATION"],
                              arrays["RADIATION"], idx, lut)
        return float(np.nansum(out["annual"]))

    versions = [("casa_npp blocks", block_version)] + ([("one-shot numpy", one_shot)] if with_one_shot else [])
    for label, fn in versions:
        tracemalloc.start()
        t0 = time.perf_counter()
        total = fn()
        seconds = time.perf_counter() - t0
        peak = tracemalloc.get_traced_memory()[1] / 2 ** 20
        tracemalloc.stop()
        rows.append((label, seconds, peak, total))
    print("remote sensing: CASA NPP, 12 months of {0} × {0} pixels".format(n))
    print("version | seconds | peak MB | annual NPP sum")
    for label, seconds, peak, total in rows:
        print("{0} | {1:.1f} | {2:.0f} | {3:.6g}".format(label, seconds, peak, total))
    if not with_one_shot:
        return
    ratio = rows[0][1] / rows[1][1]
    print("time ratio blocks / one-shot: {0:.2f} (aim ≤ 1.3); memory: {1:.1%} of the one-shot's".format(
        ratio, rows[0][2] / max(rows[1][2], 1e-9)))
    if not np.isclose(rows[0][3], rows[1][3], rtol=1e-9):
        raise SystemExit("the block and one-shot results differ")


if __name__ == "__main__":
    run(HERE / "data")
