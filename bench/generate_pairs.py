"""Synthetic base/target parcel pairs for benchmarking the parcel overlay.

``make_pair(path, n_parcels, kind, seed=0)`` writes a GeoPackage with the
polygon layers ``base`` and ``target`` (EPSG:4547, CGCS2000 / 3-degree
Gauss-Kruger CM 114E) in the 三调 DLTB schema: DLBM, DLMC, ZLDWDM, TBBH,
TBMJ, KCXS, KCMJ, TBDLMJ.

Parcels are cells of a jittered lattice whose shared edges carry the same
vertices on both sides, so each layer is an exact coverage (no gaps, no
overlaps). ``kind``:

- ``"annual"`` (年度变更): the target is the base with about 2 % of parcels
  split, 2 % merged with a neighbour, 2 % with a shared edge moved, and 3 %
  changing class; every other parcel keeps byte-identical geometry and TBBH.
- ``"redrawn"``: the target is an independent partition of the same extent
  (a different lattice): every interior boundary differs.

TBMJ here is the planar area in the projected CRS (m², 2 decimals): the
benchmark measures geometry work, not geodesy. ``sample/generate_county.py``
computes ellipsoidal areas like 三调.

Features are generated and written one lattice row at a time inside
transactions, so 100 000 parcels need only the lattice arrays in memory.

CLI: ``python bench/generate_pairs.py OUT.gpkg --n 10000 --kind annual``.
"""

import argparse
import math
import os
import struct
import sys
import time

import numpy as np
from osgeo import ogr, osr

ogr.UseExceptions()
osr.UseExceptions()

EPSG = 4547
#: Lower-left corner of the lattice (Hubei, CM 114E without zone prefix).
ORIGIN_X, ORIGIN_Y = 480_000.0, 3_370_000.0
#: Mean cell edge (m): a 0.36 ha parcel, about a rural 三调 parcel.
CELL_M = 60.0
#: Intermediate vertices per cell edge (odd: the middle one is the split point).
EDGE_VERTICES = 3
VILLAGE_CELLS = 40
COUNTIES = ("420115", "420117")

#: (DLBM, DLMC, share) for the noise-driven class mix.
CLASSES = (
    ("0101", "水田", 0.22),
    ("0102", "水浇地", 0.05),
    ("0103", "旱地", 0.13),
    ("0201", "果园", 0.04),
    ("0202", "茶园", 0.03),
    ("0301", "乔木林地", 0.20),
    ("0302", "竹林地", 0.03),
    ("0305", "灌木林地", 0.04),
    ("0307", "其他林地", 0.04),
    ("0404", "其他草地", 0.04),
    ("0702", "农村宅基地", 0.06),
    ("1104", "坑塘水面", 0.05),
    ("1006", "农村道路", 0.04),
    ("1107", "沟渠", 0.03),
)
CODES = np.array([c[0] for c in CLASSES])
NAMES = dict((c[0], c[1]) for c in CLASSES)
_CUM = np.cumsum([c[2] for c in CLASSES])
_CUM = _CUM / _CUM[-1]

FIELDS = (
    ("DLBM", ogr.OFTString, 5),
    ("DLMC", ogr.OFTString, 60),
    ("ZLDWDM", ogr.OFTString, 19),
    ("TBBH", ogr.OFTString, 8),
    ("TBMJ", ogr.OFTReal, 0),
    ("KCXS", ogr.OFTReal, 0),
    ("KCMJ", ogr.OFTReal, 0),
    ("TBDLMJ", ogr.OFTReal, 0),
)


def value_noise(rng, x, y, wavelength_m, extent):
    """Smooth noise in [0, 1] at points (x, y): a coarse random grid, bicubic-free
    bilinear interpolation with smoothstep weights (no scipy needed)."""
    x0, y0, w, h = extent
    nx = int(math.ceil(w / wavelength_m)) + 2
    ny = int(math.ceil(h / wavelength_m)) + 2
    grid = rng.random((ny, nx))
    gx = (np.asarray(x) - x0) / wavelength_m
    gy = (np.asarray(y) - y0) / wavelength_m
    ix = np.clip(np.floor(gx).astype(int), 0, nx - 2)
    iy = np.clip(np.floor(gy).astype(int), 0, ny - 2)
    fx = np.clip(gx - ix, 0.0, 1.0)
    fy = np.clip(gy - iy, 0.0, 1.0)
    sx = fx * fx * (3 - 2 * fx)
    sy = fy * fy * (3 - 2 * fy)
    top = grid[iy, ix] * (1 - sx) + grid[iy, ix + 1] * sx
    bottom = grid[iy + 1, ix] * (1 - sx) + grid[iy + 1, ix + 1] * sx
    return top * (1 - sy) + bottom * sy


class Lattice:
    """A jittered lattice: corners ``P`` (ny+1, nx+1, 2), intermediate vertices of
    horizontal edges ``H`` (ny+1, nx, k, 2) from P[i, j] to P[i, j+1] and of
    vertical edges ``V`` (ny, nx+1, k, 2) from P[i, j] to P[i+1, j].

    Outer-boundary points only slide along the boundary, so two lattices of the
    same extent cover exactly the same rectangle.
    """

    def __init__(self, rng, nx, ny, width, height, k=EDGE_VERTICES, jitter=0.2):
        self.nx, self.ny, self.k = nx, ny, k
        sx, sy = width / nx, height / ny
        jj, ii = np.meshgrid(np.arange(nx + 1), np.arange(ny + 1))
        px = ORIGIN_X + jj * sx + rng.uniform(-jitter, jitter, jj.shape) * sx
        py = ORIGIN_Y + ii * sy + rng.uniform(-jitter, jitter, ii.shape) * sy
        px[:, 0], px[:, -1] = ORIGIN_X, ORIGIN_X + width
        py[0, :], py[-1, :] = ORIGIN_Y, ORIGIN_Y + height
        self.P = np.stack([px, py], axis=-1)
        t = (np.arange(1, k + 1) / (k + 1))[None, None, :, None]
        # Edge vertices: along the straight edge plus a small perpendicular wobble.
        a, b = self.P[:, :-1, None, :], self.P[:, 1:, None, :]
        self.H = a + (b - a) * t
        wob = rng.uniform(-0.06, 0.06, self.H.shape[:3]) * sy
        wob[0], wob[-1] = 0.0, 0.0
        self.H[..., 1] += wob
        a, b = self.P[:-1, :, None, :], self.P[1:, :, None, :]
        self.V = a + (b - a) * t
        wob = rng.uniform(-0.06, 0.06, self.V.shape[:3]) * sx
        wob[:, 0], wob[:, -1] = 0.0, 0.0
        self.V[..., 0] += wob

    def row_rings(self, i, V=None):
        """Closed CCW rings of all cells in row ``i``: array (nx, 4k+5, 2)."""
        V = self.V if V is None else V
        P, H = self.P, self.H
        parts = [
            P[i, :-1, None], H[i], P[i, 1:, None], V[i, 1:],
            P[i + 1, 1:, None], H[i + 1, :, ::-1], P[i + 1, :-1, None], V[i, :-1, ::-1],
            P[i, :-1, None],
        ]
        return np.concatenate(parts, axis=1)

    def row_rings_cell(self, i, j, V=None):
        V = self.V if V is None else V
        P, H = self.P, self.H
        return np.concatenate([
            P[i, j, None], H[i, j], P[i, j + 1, None], V[i, j + 1], P[i + 1, j + 1, None],
            H[i + 1, j, ::-1], P[i + 1, j, None], V[i, j, ::-1], P[i, j, None],
        ])

    def split_rings(self, i, j, V=None):
        """Cell (i, j) cut from the middle vertex of its bottom edge to the middle
        vertex of its top edge (existing vertices: neighbours stay untouched)."""
        V = self.V if V is None else V
        P, H, m = self.P, self.H, self.k // 2
        left = np.concatenate([
            P[i, j, None], H[i, j, : m + 1], H[i + 1, j, m::-1], P[i + 1, j, None],
            V[i, j, ::-1], P[i, j, None],
        ])
        right = np.concatenate([
            H[i, j, m:], P[i, j + 1, None], V[i, j + 1], P[i + 1, j + 1, None],
            H[i + 1, j, m:][::-1],
            H[i, j, m, None],
        ])
        return left, right

    def merged_ring(self, i, j, V=None):
        """Cells (i, j) and (i, j+1) as one parcel (their shared edge removed)."""
        V = self.V if V is None else V
        P, H = self.P, self.H
        return np.concatenate([
            P[i, j, None], H[i, j], P[i, j + 1, None], H[i, j + 1], P[i, j + 2, None],
            V[i, j + 2], P[i + 1, j + 2, None], H[i + 1, j + 1, ::-1], P[i + 1, j + 1, None],
            H[i + 1, j, ::-1], P[i + 1, j, None], V[i, j, ::-1], P[i, j, None],
        ])


def ring_wkb(ring):
    """Little-endian WKB of a one-ring polygon (faster than building OGR rings)."""
    ring = np.ascontiguousarray(ring, dtype="<f8")
    return struct.pack("<BIII", 1, 3, 1, len(ring)) + ring.tobytes()


def ring_area_m2(ring):
    """Planar (shoelace) area of a closed ring, m²."""
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * abs(float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1])))


def _classes(rng, x, y, extent):
    """Land-class codes for points: smooth zones plus scattered small classes."""
    u = value_noise(rng, x, y, 1500.0, extent)
    # Stretch the noise (it bunches around 0.5) to roughly uniform ranks.
    u = np.clip((u - 0.5) * 2.2 + 0.5, 0, 0.999999)
    return CODES[np.searchsorted(_CUM, u)]


def _kcxs(rng, code, n):
    """田坎系数: sloping dry/irrigated land 0.02-0.15, other classes 0."""
    k = np.where(np.isin(code, ("0102", "0103")), np.round(rng.uniform(0.02, 0.15, n), 2), 0.0)
    return k


class _Writer:
    """Writes features into an OGR layer in transactions of ``batch`` features."""

    def __init__(self, ds, name, srs, batch=20000):
        self.layer = ds.CreateLayer(name, srs, ogr.wkbPolygon, options=["SPATIAL_INDEX=YES"])
        for fname, ftype, width in FIELDS:
            fd = ogr.FieldDefn(fname, ftype)
            if width:
                fd.SetWidth(width)
            self.layer.CreateField(fd)
        self.defn = self.layer.GetLayerDefn()
        self.batch, self.count = batch, 0
        self.layer.StartTransaction()

    def add(self, ring, dlbm, zldwdm, tbbh, kcxs):
        tbmj = round(ring_area_m2(ring), 2)
        kcmj = round(tbmj * kcxs, 2)
        f = ogr.Feature(self.defn)
        f.SetField(0, dlbm)
        f.SetField(1, NAMES[dlbm])
        f.SetField(2, zldwdm)
        f.SetField(3, tbbh)
        f.SetField(4, tbmj)
        f.SetField(5, float(kcxs))
        f.SetField(6, kcmj)
        f.SetField(7, round(tbmj - kcmj, 2))
        f.SetGeometryDirectly(ogr.CreateGeometryFromWkb(ring_wkb(ring)))
        self.layer.CreateFeature(f)
        self.count += 1
        if self.count % self.batch == 0:
            self.layer.CommitTransaction()
            self.layer.StartTransaction()

    def close(self):
        self.layer.CommitTransaction()


def _village_code(i, j, nx):
    """ZLDWDM (19 chars): county (6) by lattice half, township (3), village (3), zeros."""
    county = COUNTIES[0] if j < nx // 2 else COUNTIES[1]
    town = 1 + i // (VILLAGE_CELLS * 3)
    village = 1 + (j % max(nx // 2, 1)) // VILLAGE_CELLS + 10 * ((i // VILLAGE_CELLS) % 3)
    return "{}{:03d}{:03d}0000000".format(county, town, village)


def _lattice_shape(n_parcels):
    nx = max(2, int(round(math.sqrt(n_parcels))))
    ny = max(1, int(round(n_parcels / nx)))
    return nx, ny


def make_pair(path, n_parcels, kind, seed=0):
    """Write ``base`` and ``target`` parcel layers to the GeoPackage ``path``.

    Deterministic for a given (n_parcels, kind, seed). The file is written to a
    temporary name and renamed, so ``path`` is complete or absent. Returns a dict
    with the feature counts and the planar area (m²) whose class changed.
    """
    if kind not in ("annual", "redrawn"):
        raise ValueError("kind must be 'annual' or 'redrawn', not {!r}".format(kind))
    if n_parcels < 4:
        raise ValueError("n_parcels must be at least 4")
    path = str(path)
    tmp = path + ".part.gpkg"
    for p in (tmp, path):
        if os.path.exists(p):
            os.remove(p)
    nx, ny = _lattice_shape(n_parcels)
    width, height = nx * CELL_M, ny * CELL_M
    extent = (ORIGIN_X, ORIGIN_Y, width, height)
    # Separate streams: the base does not depend on the edit draws.
    rng_geom, rng_noise, rng_attr, rng_edit = (np.random.default_rng([seed, s]) for s in range(4))
    base = Lattice(rng_geom, nx, ny, width, height)
    centre = base.P[:-1, :-1] + (base.P[1:, 1:] - base.P[:-1, :-1]) / 2
    noise_state = rng_noise.bit_generator.state
    code = _classes(rng_noise, centre[..., 0], centre[..., 1], extent)
    kcxs = _kcxs(rng_attr, code.ravel(), code.size).reshape(code.shape)

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
    counters = {}

    def next_tbbh(zl):
        counters[zl] = counters.get(zl, 0) + 1
        return str(counters[zl])

    zl_of = [[_village_code(i, j, nx) for j in range(nx)] for i in range(ny)]
    tbbh = np.empty((ny, nx), dtype=object)
    w = _Writer(ds, "base", srs)
    for i in range(ny):
        rings = base.row_rings(i)
        for j in range(nx):
            tbbh[i, j] = next_tbbh(zl_of[i][j])
            w.add(rings[j], code[i, j], zl_of[i][j], tbbh[i, j], kcxs[i, j])
    w.close()
    stats = {"base": w.count}

    w = _Writer(ds, "target", srs)
    if kind == "annual":
        stats["changed_class_m2"] = _write_annual(w, base, code, kcxs, tbbh, zl_of, next_tbbh, rng_edit)
    else:
        nx2 = nx + 1
        ny2 = max(1, int(round(n_parcels / nx2)))
        target = Lattice(rng_edit, nx2, ny2, width, height)
        c2 = target.P[:-1, :-1] + (target.P[1:, 1:] - target.P[:-1, :-1]) / 2
        # The same zones as the base (same noise state), re-surveyed on new lines.
        rng_noise.bit_generator.state = noise_state
        code2 = _classes(rng_noise, c2[..., 0], c2[..., 1], extent)
        kcxs2 = _kcxs(rng_attr, code2.ravel(), code2.size).reshape(code2.shape)
        counters.clear()
        for i in range(ny2):
            rings = target.row_rings(i)
            for j in range(nx2):
                zl = _village_code(int(i * ny / ny2), int(j * nx / nx2), nx)
                w.add(rings[j], code2[i, j], zl, next_tbbh(zl), kcxs2[i, j])
    w.close()
    stats["target"] = w.count
    ds = None
    os.replace(tmp, path)
    return stats


def _write_annual(w, lat, code, kcxs, tbbh, zl_of, next_tbbh, rng):
    """Target of an annual update; returns the planar area (m²) whose class changed."""
    ny, nx = code.shape
    u = rng.random((ny, nx))
    action = np.zeros((ny, nx), dtype=np.int8)  # 0 keep, 1 split, 2 merge right, 3 merged away
    for i in range(ny):
        for j in range(nx):
            if action[i, j]:
                continue
            if u[i, j] < 0.02:
                action[i, j] = 1
            elif u[i, j] < 0.04 and j + 1 < nx and action[i, j + 1] == 0 and zl_of[i][j] == zl_of[i][j + 1]:
                action[i, j], action[i, j + 1] = 2, 3
    # Moved shared edges: the vertical edge between (i, j) and (i, j+1) bulges sideways.
    V2 = lat.V.copy()
    moved = (rng.random((ny, nx + 1)) < 0.02)
    moved[:, 0] = moved[:, -1] = False
    k = lat.k
    bulge = np.sin(np.pi * np.arange(1, k + 1) / (k + 1)) * 0.25 * CELL_M
    sign = np.where(rng.random(moved.shape) < 0.5, -1.0, 1.0)
    V2[..., 0] += (moved * sign)[:, :, None] * bulge[None, None, :]
    # Edges of merged-away cells are interior to a merged parcel: do not move them.
    touched = np.zeros((ny, nx), dtype=bool)
    touched |= moved[:, :-1] | moved[:, 1:]
    new_code = code.copy()
    recode = rng.random((ny, nx)) < 0.03
    transition = {"0103": "0301", "0101": "1104", "0102": "0702", "0301": "0702", "0404": "0301",
                  "0305": "0301", "0307": "0301", "0201": "0702", "0202": "0201", "0302": "0301",
                  "0702": "0702", "1104": "0101", "1006": "1006", "1107": "0101"}
    for i, j in zip(*np.nonzero(recode)):
        new_code[i, j] = transition[code[i, j]]
    changed_m2 = 0.0
    for i in range(ny):
        for j in range(nx):
            a = action[i, j]
            zl = zl_of[i][j]
            if a == 3:
                continue
            if a == 1:
                left, right = lat.split_rings(i, j, V2)
                w.add(left, new_code[i, j], zl, next_tbbh(zl), kcxs[i, j])
                w.add(right, new_code[i, j], zl, next_tbbh(zl), kcxs[i, j])
                if new_code[i, j] != code[i, j]:
                    changed_m2 += ring_area_m2(left) + ring_area_m2(right)
            elif a == 2:
                ring = lat.merged_ring(i, j, V2)
                w.add(ring, new_code[i, j], zl, next_tbbh(zl), kcxs[i, j])
                if new_code[i, j] != code[i, j]:
                    changed_m2 += ring_area_m2(lat.row_rings_cell(i, j))
                if new_code[i, j] != code[i, j + 1]:
                    changed_m2 += ring_area_m2(lat.row_rings_cell(i, j + 1))
            else:
                ring = lat.row_rings_cell(i, j, V2)
                same = not touched[i, j] and new_code[i, j] == code[i, j]
                w.add(ring, new_code[i, j], zl, tbbh[i, j] if same else next_tbbh(zl), kcxs[i, j])
                if new_code[i, j] != code[i, j]:
                    changed_m2 += ring_area_m2(lat.row_rings_cell(i, j))
    return changed_m2


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="GeoPackage to write (replaced if it exists)")
    ap.add_argument("--n", type=int, default=10000, help="about this many parcels per layer")
    ap.add_argument("--kind", choices=("annual", "redrawn"), default="annual")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    stats = make_pair(args.out, args.n, args.kind, args.seed)
    print("{}: {} ({:.1f} s)".format(args.out, stats, time.perf_counter() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
