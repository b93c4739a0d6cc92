"""Synthetic airborne LiDAR for the sample county (deterministic): LAZ point cloud and a CHM.

Writes ``sample/lidar/forest_2023.laz`` and ``sample/lidar/chm_block.tif`` (EPSG:4547):

- a 40 m × 40 m patch around each 2023 arbor-forest plot of ``sample/survey.gpkg`` whose canopy is
  made of **that plot's trees** (height_m, crown_width_m from the trees table), placed at seeded
  random positions in the plot square (and, around it, the same stand repeated), at 4 pulses/m²;
- a 300 m × 300 m forest block (centred on plot 2023-forest_arbor-09) of 25.8 m tiles, each tile the
  trees of one 2023 arbor plot drawn at random, at 2 pulses/m²; its 1 m canopy-height model is the CHM.

Trees are paraboloid crowns (radius = crown width / 2, depth = half the height). Each pulse gives a
first return on the canopy surface (or the ground), and with probability 0.6 a second return, half in
mid-canopy, half on the ground. Ground = 40 + 15 sin(x/300) + 10 cos(y/250) m, ground returns class 2,
vegetation class 5, 0.2 % low noise class 7. Numbers are illustrative, not measured.

    PYTHONPATH=.build/python .venv/bin/python sample/generate_lidar.py
"""

import argparse
import os
import sqlite3
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SEED = 20231101
PATCH = 40.0
BLOCK = 300.0
BLOCK_PLOT = "2023-forest_arbor-09"
CHM_RES = 1.0
SURFACE_RES = 0.5


def ground_z(x, y):
    return 40.0 + 15.0 * np.sin(x / 300.0) + 10.0 * np.cos(y / 250.0)


def plots_and_trees(survey):
    from osgeo import ogr

    ds = ogr.Open(survey)
    layer = ds.GetLayerByName("plots")
    plots = {}
    for f in layer:
        if f["object"] == "forest_arbor" and int(f["survey_year"]) == 2023:
            g = f.GetGeometryRef()
            plots[f["plot_id"]] = (g.GetX(), g.GetY(), float(f["plot_area_m2"]))
    con = sqlite3.connect(survey)
    trees = {}
    for pid, h, cw in con.execute("select plot_id, height_m, crown_width_m from trees where status = 'live'"):
        if pid in plots:
            trees.setdefault(pid, []).append((float(h), float(cw) if cw else 0.3 * float(h)))
    con.close()
    return dict(sorted(plots.items())), {k: np.array(v) for k, v in trees.items()}


def place_stand(rng, trees, x0, y0, side):
    """The trees of one plot at uniform random positions in the square [x0, x0+side]²."""
    n = len(trees)
    return np.column_stack([x0 + rng.random(n) * side, y0 + rng.random(n) * side, trees[:, 0], trees[:, 1]])


def canopy_surface(stems, bounds, res=SURFACE_RES):
    """Canopy height surface (max of paraboloid crowns) on a ``res`` grid over bounds."""
    xmin, ymin, xmax, ymax = bounds
    ncols, nrows = int(np.ceil((xmax - xmin) / res)), int(np.ceil((ymax - ymin) / res))
    surf = np.zeros((nrows, ncols))
    for sx, sy, h, cw in stems:
        r = max(cw / 2.0, 0.5)
        c0, c1 = int((sx - r - xmin) / res), int((sx + r - xmin) / res) + 1
        r0, r1 = int((sy - r - ymin) / res), int((sy + r - ymin) / res) + 1
        c0, r0 = max(c0, 0), max(r0, 0)
        c1, r1 = min(c1, ncols), min(r1, nrows)
        if c0 >= c1 or r0 >= r1:
            continue
        cx = xmin + (np.arange(c0, c1) + 0.5) * res
        cy = ymin + (np.arange(r0, r1) + 0.5) * res
        d2 = (cx[None, :] - sx) ** 2 + (cy[:, None] - sy) ** 2
        crown = np.where(d2 <= r * r, h - 0.5 * h * d2 / (r * r), 0.0)
        surf[r0:r1, c0:c1] = np.maximum(surf[r0:r1, c0:c1], crown)
    return surf


def pulses(rng, surf, bounds, density, res=SURFACE_RES):
    xmin, ymin, xmax, ymax = bounds
    n = int((xmax - xmin) * (ymax - ymin) * density)
    x = xmin + rng.random(n) * (xmax - xmin)
    y = ymin + rng.random(n) * (ymax - ymin)
    col = np.minimum(((x - xmin) / res).astype(int), surf.shape[1] - 1)
    row = np.minimum(((y - ymin) / res).astype(int), surf.shape[0] - 1)
    h = surf[row, col]
    canopy = h > 0.5
    first_h = np.where(canopy, np.maximum(h - np.abs(rng.normal(0, 0.3, n)), 0.0), 0.0)
    second = canopy & (rng.random(n) < 0.6)
    mid = second & (rng.random(n) < 0.5)
    second_h = np.where(mid, h * rng.uniform(0.3, 0.85, n), 0.0)
    nret = np.where(second, 2, 1)
    xs = np.concatenate([x, x[second]])
    ys = np.concatenate([y, y[second]])
    hs = np.concatenate([first_h, second_h[second]])
    rn = np.concatenate([np.ones(n, int), np.full(int(second.sum()), 2)])
    nr = np.concatenate([nret, nret[second]])
    cls = np.where(hs > 0.05, 5, 2)
    hs = np.where(cls == 2, rng.normal(0, 0.03, hs.size), hs)
    return xs, ys, hs, rn, nr, cls


def make(out_dir, survey, seed=SEED):
    sys.path.insert(0, os.path.join(REPO, ".build", "python"))
    from carbon_metering.metering.lidar import pointcloud, raster_io

    rng = np.random.default_rng(seed)
    plots, trees = plots_and_trees(survey)
    parts = []
    for pid, (px, py, area) in plots.items():
        side = float(np.sqrt(area))
        bounds = (px - PATCH / 2, py - PATCH / 2, px + PATCH / 2, py + PATCH / 2)
        stems = [place_stand(rng, trees[pid], px - side / 2, py - side / 2, side)]
        for dx in (-1, 0, 1):  # the same stand around the plot, so the patch edge is forest too
            for dy in (-1, 0, 1):
                if dx or dy:
                    x0, y0 = px - side / 2 + dx * side, py - side / 2 + dy * side
                    stems.append(place_stand(rng, trees[pid], x0, y0, side))
        surf = canopy_surface(np.vstack(stems), bounds)
        parts.append(pulses(rng, surf, bounds, 4.0))
    bx, by, _ = plots[BLOCK_PLOT]
    bounds = (round(bx - BLOCK / 2), round(by - BLOCK / 2), round(bx + BLOCK / 2), round(by + BLOCK / 2))
    side = float(np.sqrt(666.7))
    ids = sorted(trees)
    stems = []
    for tx in np.arange(bounds[0] - side, bounds[2] + side, side):
        for ty in np.arange(bounds[1] - side, bounds[3] + side, side):
            stems.append(place_stand(rng, trees[ids[rng.integers(len(ids))]], tx, ty, side))
    surf = canopy_surface(np.vstack(stems), bounds)
    parts.append(pulses(rng, surf, bounds, 2.0))
    x, y, h, rn, nr, cls = (np.concatenate([p[i] for p in parts]) for i in range(6))
    noise = rng.random(x.size) < 0.002
    h = np.where(noise, -rng.uniform(2, 5, x.size), h)
    cls = np.where(noise, 7, cls)
    z = ground_z(x, y) + h
    os.makedirs(out_dir, exist_ok=True)
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    wkt = srs.ExportToWkt()
    laz = os.path.join(out_dir, "forest_2023.laz")
    pointcloud.write_cloud(laz, x, y, z, rn, nr, cls, crs_wkt=wkt)
    # CHM of the block: the max canopy surface per 1 m pixel
    k = int(CHM_RES / SURFACE_RES)
    nrows, ncols = surf.shape[0] // k, surf.shape[1] // k
    chm = surf[: nrows * k, : ncols * k].reshape(nrows, k, ncols, k).max(axis=(1, 3))[::-1]
    raster_io.write_raster(os.path.join(out_dir, "chm_block.tif"), {"chm": chm},
                           (bounds[0], CHM_RES, 0, bounds[1] + nrows * CHM_RES, 0, -CHM_RES), wkt, ["chm"])
    return laz, int(x.size), bounds


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(HERE, "lidar"))
    ap.add_argument("--survey", default=os.path.join(HERE, "survey.gpkg"))
    args = ap.parse_args()
    laz, n, bounds = make(args.out, args.survey)
    print("{0}: {1} points, {2:.1f} MB; block {3}".format(laz, n, os.path.getsize(laz) / 1e6, bounds))


if __name__ == "__main__":
    main()
