"""Generate the sample county: 三调-style land-class parcels (地类图斑, DLTB) of two years.

Writes ``county.gpkg`` with layers ``dltb_2020`` (base year, 三调-like) and
``dltb_2023`` (annual update, 年度变更调查-like) for a 20 km x 20 km area in
Hubei (EPSG:4547, CGCS2000 / 3-degree Gauss-Kruger CM 114E) covering parts of
two counties (ZLDWDM prefixes 420115 and 420117). Deterministic: a fixed seed.

Method
------
1. A warped, jittered lattice of about 100 m cells with thin strips inserted
   (river, highway, rural roads, ditches). Shared cell edges carry identical
   vertices, so any grouping of cells is an exact coverage.
2. Smooth class zones from value noise (an "elevation" for hills, slopes and
   plains; sub-zones for forest types, gardens, cropland), plus a reservoir, a
   town, hamlets (rural homesteads), ponds and wetlands by the river.
3. A parcel is a 4-connected group of cells with the same village, land class
   and block (blocks of 2-4 x 2-4 cells, like field plots); its geometry is the
   GEOS union of its cells (OGR).
4. The 2023 year edits the cell labels: class changes in realistic transitions,
   split, merged and redrawn parcels; parcels that did not change keep their
   geometry (byte-identical) and TBBH, changed ones get new TBBH numbers.
5. Deliberate defects in both years (listed in README.md): a bow-tie, slivers
   < 1 m², a multipart parcel, a NULL DLBM and an unknown DLBM '0999'.

TBMJ is the ellipsoidal area on the CGCS2000 ellipsoid (EPSG:1024), measured
with ``QgsDistanceArea`` as 三调 measures parcel areas on the ellipsoid
(GDAL 3.6 has no geodesic area and pyproj is not shipped with QGIS).

Run: ``make sample`` or ``python sample/generate_county.py --out sample``.
"""

import argparse
import math
import os
import struct
import sys
from collections import deque

import numpy as np
from osgeo import ogr, osr

ogr.UseExceptions()
osr.UseExceptions()

SEED = 20230101
EPSG = 4547
X0, Y0 = 490_000.0, 3_370_000.0  # lower-left corner before warping
SIZE_M = 20_000.0
CELL_M = 100.0
N_NORMAL = 200  # normal cells per axis (200 x 100 m = 20 km)
COUNTIES = ("420115", "420117")  # 江夏区 (west), 新洲区 (east) style codes

#: GB/T 21010-2017 / 三调工作分类 codes and names used here.
CLASSES = {
    "0101": "水田", "0102": "水浇地", "0103": "旱地", "0201": "果园", "0202": "茶园",
    "0301": "乔木林地", "0302": "竹林地", "0305": "灌木林地", "0307": "其他林地",
    "0401": "天然牧草地", "0404": "其他草地", "05H1": "商业服务业设施用地", "0601": "工业用地",
    "0701": "城镇住宅用地", "0702": "农村宅基地", "1003": "公路用地", "1006": "农村道路",
    "1101": "河流水面", "1103": "水库水面", "1104": "坑塘水面", "1106": "内陆滩涂",
    "1107": "沟渠", "1108": "沼泽地",
}
CODES = list(CLASSES)
CI = {c: i for i, c in enumerate(CODES)}

# Strip kinds: (width m, class code, priority at crossings)
STRIPS = {"river": (80.0, "1101", 4), "highway": (20.0, "1003", 3), "road": (6.0, "1006", 2),
          "ditch": (4.0, "1107", 1)}


# --------------------------------------------------------------------------- noise
class Noise:
    """Value noise in [0, 1]: a random coarse grid with smoothstep interpolation."""

    def __init__(self, rng, wavelength_m):
        self.w = wavelength_m
        n = int(math.ceil(SIZE_M * 1.2 / wavelength_m)) + 3
        self.grid = rng.random((n, n))

    def __call__(self, x, y):
        gx = (np.asarray(x, float) + 0.1 * SIZE_M) / self.w
        gy = (np.asarray(y, float) + 0.1 * SIZE_M) / self.w
        n = self.grid.shape[0]
        ix = np.clip(np.floor(gx).astype(int), 0, n - 2)
        iy = np.clip(np.floor(gy).astype(int), 0, n - 2)
        fx, fy = np.clip(gx - ix, 0, 1), np.clip(gy - iy, 0, 1)
        sx, sy = fx * fx * (3 - 2 * fx), fy * fy * (3 - 2 * fy)
        g = self.grid
        top = g[iy, ix] * (1 - sx) + g[iy, ix + 1] * sx
        bot = g[iy + 1, ix] * (1 - sx) + g[iy + 1, ix + 1] * sx
        return top * (1 - sy) + bot * sy


# --------------------------------------------------------------------------- lattice
def axis_layout(positions):
    """Cell widths along one axis with strips inserted before the given normal
    indices. Returns (edges_local_m, kind per cell (None or strip name), normal
    index per cell)."""
    widths, kinds, normal = [], [], []
    for n in range(N_NORMAL):
        if n in positions:
            widths.append(STRIPS[positions[n]][0])
            kinds.append(positions[n])
            normal.append(max(n - 1, 0))
        widths.append(CELL_M)
        kinds.append(None)
        normal.append(n)
    edges = np.concatenate([[0.0], np.cumsum(widths)])
    edges *= SIZE_M / edges[-1]  # keep the 20 km extent
    return edges, kinds, np.array(normal)


class County:
    def __init__(self, seed=SEED):
        self.rng = np.random.default_rng(seed)
        rng = self.rng
        cols = {n: "road" for n in range(8, N_NORMAL, 20)}
        cols.update({n: "ditch" for n in range(18, N_NORMAL, 20)})
        cols[110] = "highway"
        rows = {n: "road" for n in range(5, N_NORMAL, 20)}
        rows.update({n: "ditch" for n in range(15, N_NORMAL, 20)})
        rows[70] = "river"
        rows[140] = "highway"
        self.xe, self.ckind, self.cnorm = axis_layout(cols)
        self.ye, self.rkind, self.rnorm = axis_layout(rows)
        ny, nx = len(self.ye) - 1, len(self.xe) - 1
        self.ny, self.nx = ny, nx
        # Corner points: local grid + smooth warp + small jitter copied across strips
        # so that strips keep their width.
        gx, gy = np.meshgrid(self.xe, self.ye)
        warp_x, warp_y = Noise(rng, 5000.0), Noise(rng, 5000.0)
        jit = rng.uniform(-0.15, 0.15, (ny + 1, nx + 1, 2)) * CELL_M
        for r, k in enumerate(self.rkind):
            if k:
                jit[r + 1, :] = jit[r, :]
        for c, k in enumerate(self.ckind):
            if k:
                jit[:, c + 1] = jit[:, c]
        px = X0 + gx + 600.0 * (warp_x(gx, gy) - 0.5) + jit[..., 0]
        py = Y0 + gy + 600.0 * (warp_y(gx, gy) - 0.5) + jit[..., 1]
        self.P = np.stack([px, py], axis=-1)
        # Cell centres in local coordinates (the zones are defined there).
        self.cx = ((self.xe[:-1] + self.xe[1:]) / 2)[None, :].repeat(ny, 0)
        self.cy = ((self.ye[:-1] + self.ye[1:]) / 2)[:, None].repeat(nx, 1)
        self.cell_area = self._cell_areas()
        self.river_y = self.ye[list(self.rkind).index("river")]
        self.highway_x = self.xe[list(self.ckind).index("highway")]
        self.town = (self.highway_x + 300.0, self.river_y + 1700.0)
        self._zones()
        self._villages()

    def _cell_areas(self):
        P = self.P
        x0, y0 = P[:-1, :-1, 0], P[:-1, :-1, 1]
        x1, y1 = P[:-1, 1:, 0], P[:-1, 1:, 1]
        x2, y2 = P[1:, 1:, 0], P[1:, 1:, 1]
        x3, y3 = P[1:, :-1, 0], P[1:, :-1, 1]
        return 0.5 * np.abs((x0 * y1 - x1 * y0) + (x1 * y2 - x2 * y1) + (x2 * y3 - x3 * y2)
                            + (x3 * y0 - x0 * y3))

    def cell_ring(self, i, j):
        P = self.P
        return np.array([P[i, j], P[i, j + 1], P[i + 1, j + 1], P[i + 1, j], P[i, j]])

    # ----------------------------------------------------------------- zones
    def _zones(self):
        rng = self.rng
        x, y = self.cx, self.cy
        n_big, n_mid = Noise(rng, 6000.0), Noise(rng, 2500.0)
        dist_river = np.abs(y - self.river_y)
        # "Elevation": hills north and on the southern edge, plains along the river.
        ramp = np.clip((dist_river - 2500.0) / 9000.0, 0, 1)
        self.elev = 0.45 * n_big(x, y) + 0.25 * n_mid(x, y) + 0.55 * ramp
        u_forest, u_slope, u_plain = Noise(rng, 1200.0), Noise(rng, 1500.0), Noise(rng, 1800.0)
        u_wet, u_cell = Noise(rng, 700.0), rng.random(x.shape)
        e = self.elev
        cls = np.full(x.shape, CI["0101"], dtype=np.int16)
        plain, slope, hill = e < 0.5, (e >= 0.5) & (e < 0.62), e >= 0.62

        def put(mask, code):
            cls[mask] = CI[code]

        up = u_plain(x, y)
        put(plain & (up >= 0.55), "0102")
        put(plain & (up >= 0.66), "0103")
        put(plain & (up >= 0.8), "0101")
        us = u_slope(x, y)
        put(slope, "0103")
        put(slope & (us < 0.3), "0201")
        put(slope & (us >= 0.3) & (us < 0.42), "0202")
        put(slope & (us >= 0.7) & (us < 0.78), "0404")
        put(slope & (us >= 0.78), "0301")
        uf = u_forest(x, y)
        put(hill, "0301")
        put(hill & (uf < 0.25), "0302")
        put(hill & (uf >= 0.62) & (uf < 0.72), "0307")
        put(hill & (uf >= 0.72), "0305")
        put(hill & (uf >= 0.4) & (uf < 0.46), "0404")
        put(hill & (e > 0.98) & (uf >= 0.46) & (uf < 0.62), "0401")
        # Wetlands along the river: flats right at the bank, marsh patches nearby.
        put((dist_river < 260) & (u_wet(x, y) < 0.55), "1106")
        put((dist_river >= 200) & (dist_river < 700) & (u_wet(x, y) > 0.68), "1108")
        # Ponds and hamlets (rural homesteads) in the plains and on the slopes.
        put(plain & (u_cell < 0.03), "1104")
        hamlets = rng.uniform(0, SIZE_M, (260, 2))
        for hx, hy in hamlets:
            d = np.hypot(x - hx, y - hy)
            put((d < 170) & (e < 0.62) & (dist_river > 300), "0702")
        # Reservoir in the northern hills.
        ex, ey = 4500.0, 16500.0
        put(((x - ex) / 1300.0) ** 2 + ((y - ey) / 650.0) ** 2 < 1.0, "1103")
        # Town: commercial core, housing around it, industry to the east.
        tx, ty = self.town
        dt = np.hypot(x - tx, y - ty)
        put(dt < 1100, "0701")
        put(dt < 380, "05H1")
        put((dt >= 700) & (dt < 1500) & (x > tx + 450) & (np.abs(y - ty) < 700), "0601")
        self.cls20 = cls
        self.dist_town = dt
        self.plain = plain
        self._strip_cells(cls)

    def _strip_cells(self, cls):
        """Classes of strip cells: active strips carry their own class, inactive
        ones (-1) later join the cell on their left (columns) or below (rows)."""
        self.strip_active = np.zeros(cls.shape, dtype=bool)
        self.strip_kind = np.full(cls.shape, "", dtype=object)
        rng = self.rng
        seg_col = rng.random((self.ny // 12 + 2, self.nx + 1))
        seg_row = rng.random((self.ny + 1, self.nx // 12 + 2))
        for i in range(self.ny):
            for j in range(self.nx):
                rk, ck = self.rkind[i], self.ckind[j]
                if not rk and not ck:
                    continue
                best = None
                for kind, along in ((rk, "row"), (ck, "col")):
                    if not kind:
                        continue
                    if along == "row":
                        nb = [cls[i - 1, j] if i > 0 else -1, cls[i + 1, j] if i + 1 < self.ny else -1]
                        seg = seg_row[i, j // 12]
                    else:
                        nb = [cls[i, j - 1] if j > 0 else -1, cls[i, j + 1] if j + 1 < self.nx else -1]
                        seg = seg_col[i // 12, j]
                    nb_codes = {CODES[k] for k in nb if k >= 0}
                    if kind in ("river", "highway"):
                        ok = True
                    elif kind == "road":
                        ok = seg > 0.25 and bool(nb_codes & {"0101", "0102", "0103", "0201", "0202",
                                                              "0702", "0301", "0404"})
                    else:
                        ok = seg > 0.2 and bool(nb_codes & {"0101", "0102"})
                    if ok and (best is None or STRIPS[kind][2] > STRIPS[best][2]):
                        best = kind
                if best:
                    self.strip_active[i, j] = True
                    self.strip_kind[i, j] = best
                    cls[i, j] = CI[STRIPS[best][1]]
                else:
                    cls[i, j] = -1

    def _villages(self):
        """Village id per normal cell; township and county follow from it."""
        ni = self.rnorm[:, None].repeat(self.nx, 1)
        nj = self.cnorm[None, :].repeat(self.ny, 0)
        county = (nj >= N_NORMAL // 2).astype(int)
        town = ni // 67  # three townships per county, by row band
        village = (nj % (N_NORMAL // 2)) // 25 + 4 * ((ni % 67) // 34)
        self.village = county * 100 + town * 10 + village
        # Blocks of 2-4 rows x 2-4 columns of normal cells, like field plots.
        rb = np.cumsum(self.rng.integers(4, 8, N_NORMAL)).searchsorted(np.arange(N_NORMAL), side="right")
        cb = np.cumsum(self.rng.integers(4, 8, N_NORMAL)).searchsorted(np.arange(N_NORMAL), side="right")
        self.block20 = rb[self.rnorm][:, None] * 1000 + cb[self.cnorm][None, :]

    def zldwdm(self, vid):
        county, rest = divmod(int(vid), 100)
        town, village = divmod(rest, 10)
        return "{}{:03d}{:03d}0000000".format(COUNTIES[county], town + 1, village + 1)

    # ----------------------------------------------------------------- parcels
    def resolve(self, cls, block):
        """Fill inactive strip cells from their neighbour and give active strip
        cells road-segment blocks; returns (cls, block, village) arrays."""
        cls, block, vil = cls.copy(), block.copy(), self.village.copy()
        for i in range(self.ny):
            for j in range(self.nx):
                if not (self.rkind[i] or self.ckind[j]):
                    continue
                if self.strip_active[i, j]:
                    kind = self.strip_kind[i, j]
                    along_row = self.rkind[i] == kind
                    seg = (j // 15) if along_row else (i // 15)
                    block[i, j] = -(1 + (i if along_row else j) * 100 + seg)
                    continue
                if self.ckind[j] and j > 0:
                    si, sj = i, j - 1
                else:
                    si, sj = max(i - 1, 0), j
                cls[i, j], block[i, j], vil[i, j] = cls[si, sj], block[si, sj], vil[si, sj]
        return cls, block, vil

    def parcels(self, cls, block, vil):
        """4-connected components of equal (village, block, class): list of cell
        tuples (sorted), in a stable order."""
        ny, nx = cls.shape
        label = np.full((ny, nx), -1, dtype=np.int32)
        out = []
        for i in range(ny):
            for j in range(nx):
                if label[i, j] >= 0:
                    continue
                key = (vil[i, j], block[i, j], cls[i, j])
                comp, q = [], deque([(i, j)])
                label[i, j] = len(out)
                while q:
                    a, b = q.popleft()
                    comp.append((a, b))
                    for c, d in ((a - 1, b), (a + 1, b), (a, b - 1), (a, b + 1)):
                        if 0 <= c < ny and 0 <= d < nx and label[c, d] < 0 \
                                and (vil[c, d], block[c, d], cls[c, d]) == key:
                            label[c, d] = len(out)
                            q.append((c, d))
                out.append(tuple(sorted(comp)))
        return out, label


# --------------------------------------------------------------------------- geometry
def ring_wkb(ring):
    ring = np.ascontiguousarray(ring, dtype="<f8")
    return struct.pack("<BIII", 1, 3, 1, len(ring)) + ring.tobytes()


def cells_geometry(county, cells, drop=frozenset()):
    """Union of the cells (GEOS via OGR): shared edges keep the lattice vertices,
    except the points in ``drop`` (removed from every parcel alike)."""
    if len(cells) == 1:
        return ogr.CreateGeometryFromWkb(ring_wkb(county.cell_ring(*cells[0])))
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    for c in cells:
        multi.AddGeometryDirectly(ogr.CreateGeometryFromWkb(ring_wkb(county.cell_ring(*c))))
    union = multi.UnionCascaded()
    if not drop:
        return union
    polys = [union] if union.GetGeometryType() == ogr.wkbPolygon else \
        [union.GetGeometryRef(k) for k in range(union.GetGeometryCount())]
    out = ogr.Geometry(ogr.wkbMultiPolygon) if len(polys) > 1 else None
    for poly in polys:
        rings = []
        for r in range(poly.GetGeometryCount()):
            pts = poly.GetGeometryRef(r).GetPoints()[:-1]
            keep = [pt for pt in pts if pt not in drop]
            rings.append(np.array(keep + keep[:1]))
        wkb = struct.pack("<BII", 1, 3, len(rings)) + b"".join(
            struct.pack("<I", len(r)) + np.ascontiguousarray(r, "<f8").tobytes() for r in rings)
        g = ogr.CreateGeometryFromWkb(wkb)
        if out is None:
            return g
        out.AddGeometryDirectly(g)
    return out


def droppable_points(county, labels, keep=()):
    """Lattice points a boundary passes straight through (two parcels, one on each
    side) in every labelling, two of every three: dropping them thins the vertices
    without moving any node, identically in both years. ``keep``: (i, j) to keep."""
    ny, nx = county.ny, county.nx
    ok = np.ones((ny + 1, nx + 1), dtype=bool)
    for lab in labels:
        pad = np.full((ny + 2, nx + 2), -1, dtype=np.int64)
        pad[1:-1, 1:-1] = lab
        sw, se, nw, ne = pad[:-1, :-1], pad[:-1, 1:], pad[1:, :-1], pad[1:, 1:]
        vertical = (sw == nw) & (se == ne) & (sw != se)
        horizontal = (sw == se) & (nw == ne) & (sw != nw)
        ok &= vertical | horizontal
    ii, jj = np.meshgrid(np.arange(ny + 1), np.arange(nx + 1), indexing="ij")
    ok &= (ii + jj) % 3 != 0
    # Strips are narrower than the jitter: their corners stay, or chords could cross.
    for r, kind in enumerate(county.rkind):
        if kind:
            ok[r:r + 2, :] = False
    for c, kind in enumerate(county.ckind):
        if kind:
            ok[:, c:c + 2] = False
    for i, j in keep:
        ok[i, j] = False
    P = county.P
    return frozenset((float(P[i, j, 0]), float(P[i, j, 1])) for i, j in zip(*np.nonzero(ok)))


# --------------------------------------------------------------------------- edits
def neighbours_of(parcels, label):
    ny, nx = label.shape
    nb = [set() for _ in parcels]
    for a in range(ny):
        for b in range(nx):
            la = label[a, b]
            if a + 1 < ny and label[a + 1, b] != la:
                nb[la].add(int(label[a + 1, b]))
                nb[label[a + 1, b]].add(int(la))
            if b + 1 < nx and label[a, b + 1] != la:
                nb[la].add(int(label[a, b + 1]))
                nb[label[a, b + 1]].add(int(la))
    return nb


def edit_year(county, parcels, label, cls, block, vil, protected, rng, log):
    """Cell labels of the target year: class changes, splits, merges, redraws."""
    cls23, block23 = cls.copy(), block.copy()
    area = county.cell_area
    total = float(area.sum())
    nbs = neighbours_of(parcels, label)
    frozen = set(protected)
    for p in protected:
        frozen |= nbs[p]
    edited = set(frozen)
    order = rng.permutation(len(parcels))
    pcode = [CODES[cls[c[0]]] for c in parcels]
    parea = [float(sum(area[c] for c in cells)) for cells in parcels]
    strip = county.strip_active

    def pick(pred, new_code, share):
        done = 0.0
        for p in order:
            if done >= share * total:
                break
            if p in edited or not pred(p):
                continue
            for c in parcels[p]:
                cls23[c] = CI[new_code(p)] if callable(new_code) else CI[new_code]
            edited.add(p)
            done += parea[p]
        log.append("class change to {}: {:.2f} % of area".format(
            new_code if isinstance(new_code, str) else "built-up", 100 * done / total))
        return done

    def is_strip(p):
        return strip[parcels[p][0]]

    e = county.elev
    mean_e = [float(np.mean([e[c] for c in cells])) for cells in parcels]
    # 退耕还林: sloping dry land to arbor forest.
    pick(lambda p: pcode[p] == "0103" and mean_e[p] >= 0.5, "0301", 0.012)
    pick(lambda p: pcode[p] == "0103" and mean_e[p] < 0.5, "0201", 0.005)  # dry land -> orchard
    pick(lambda p: pcode[p] == "0404", "0301", 0.004)  # grassland -> forest
    pick(lambda p: pcode[p] == "1108", "0101", 0.003)  # marsh reclaimed to paddy
    pick(lambda p: pcode[p] == "0101" and not is_strip(p), "1104", 0.005)  # paddy -> fish pond
    dt = county.dist_town
    near = [float(min(dt[c] for c in cells)) for cells in parcels]
    # Town growth: cropland and forest at the town edge become built-up.
    pick(lambda p: pcode[p] in ("0101", "0102", "0103") and near[p] < 1900 and not is_strip(p),
         lambda p: "0601" if county.cx[parcels[p][0]] > county.town[0] else "0701", 0.008)
    pick(lambda p: pcode[p] in ("0301", "0307", "0305") and near[p] < 9000 and not is_strip(p),
         "0601", 0.003)
    pick(lambda p: pcode[p] in ("0101", "0103") and not is_strip(p) and len(parcels[p]) <= 3,
         "0702", 0.002)  # new homesteads
    n_split = n_merge = n_redraw = 0
    new_block = 10_000_000
    for p in order:
        if p in edited or is_strip(p):
            continue
        cells = parcels[p]
        r = rng.random()
        if r < 0.025 and len(cells) >= 4:
            rows = sorted({c[0] for c in cells})
            if len(rows) < 2:
                continue
            cut = rows[len(rows) // 2]
            for c in cells:
                if c[0] >= cut:
                    block23[c] = new_block
            new_block += 1
            edited.add(p)
            n_split += 1
        elif r < 0.045:
            mates = [q for q in sorted(nbs[p]) if q not in edited and pcode[q] == pcode[p]
                     and vil[parcels[q][0]] == vil[cells[0]] and not is_strip(q)]
            if mates:
                q = mates[0]
                for c in parcels[q]:
                    block23[c] = block[cells[0]]
                edited.update((p, q))
                n_merge += 1
        elif r < 0.06:
            # Redrawn boundary: one edge cell of a neighbour moves over to p.
            mine = set(cells)
            for q in sorted(nbs[p]):
                if q in edited or is_strip(q) or len(parcels[q]) < 3 or vil[parcels[q][0]] != vil[cells[0]]:
                    continue
                moved = [c for c in parcels[q] if any(
                    (c[0] + di, c[1] + dj) in mine for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1)))]
                if moved:
                    c = moved[0]
                    cls23[c], block23[c] = cls[cells[0]], block[cells[0]]
                    edited.update((p, q))
                    n_redraw += 1
                    break
    log.append("split {} merged {} redrawn {} parcels".format(n_split, n_merge, n_redraw))
    return cls23, block23


# --------------------------------------------------------------------------- defects
def choose_defects(county, parcels, label, cls, rng):
    """Parcels that carry deliberate defects (identical in both years)."""
    ponds = [p for p, cells in enumerate(parcels) if len(cells) == 1
             and CODES[cls[cells[0]]] == "1104" and not county.strip_active[cells[0]]]
    ponds = [ponds[k] for k in rng.permutation(len(ponds))]
    vil = county.village
    bowtie = ponds[0]
    multi = None
    for a in ponds[1:]:
        for b in ponds[1:]:
            ca, cb = parcels[a][0], parcels[b][0]
            if a != b and vil[ca] == vil[cb] and abs(ca[0] - cb[0]) + abs(ca[1] - cb[1]) > 3 \
                    and vil[ca] != vil[parcels[bowtie][0]]:
                multi = (a, b)
                break
        if multi:
            break
    big = [p for p, cells in enumerate(parcels) if len(cells) >= 4 and not county.strip_active[cells[0]]]
    big = [big[k] for k in rng.permutation(len(big))]
    null_code, unknown = big[0], big[1]
    slivers = []
    used = {bowtie, *multi, null_code, unknown}
    for p in big[2:]:
        if len(slivers) == 3:
            break
        if p in used:
            continue
        for (i, j) in parcels[p]:
            if j + 1 < county.nx and label[i, j + 1] != p and label[i, j + 1] not in used \
                    and len(parcels[label[i, j + 1]]) >= 4:
                q = int(label[i, j + 1])
                slivers.append((q, p, (i, j)))  # cut from q along the edge of cell (i, j)
                used.update((p, q))
                break
    return {"bowtie": bowtie, "multi": multi, "null": null_code, "unknown": unknown, "slivers": slivers}


def sliver_triangle(county, i, j):
    """A thin triangle on the east edge of cell (i, j), pointing into cell (i, j+1):
    base = the shared lattice edge, height 1 cm -> area about 0.5 m² per 100 m."""
    p, q = county.P[i, j + 1], county.P[i + 1, j + 1]
    mid = (p + q) / 2
    d = q - p
    normal = np.array([d[1], -d[0]]) / np.hypot(*d)  # points east (into cell j+1)
    apex = mid + 0.01 * normal
    return ogr.CreateGeometryFromWkb(ring_wkb(np.array([p, apex, q, p])))


# --------------------------------------------------------------------------- output
FIELDS = (("DLBM", ogr.OFTString, 5), ("DLMC", ogr.OFTString, 60), ("ZLDWDM", ogr.OFTString, 19),
          ("TBBH", ogr.OFTString, 8), ("TBMJ", ogr.OFTReal, 0), ("KCXS", ogr.OFTReal, 0),
          ("KCMJ", ogr.OFTReal, 0), ("TBDLMJ", ogr.OFTReal, 0))


class EllipsoidArea:
    """Parcel area (m²) on the CGCS2000 ellipsoid, via QgsDistanceArea."""

    def __init__(self):
        from qgis.core import (
            QgsApplication,
            QgsCoordinateReferenceSystem,
            QgsCoordinateTransformContext,
            QgsDistanceArea,
        )

        # Standalone runs need an initialised QGIS for the CRS database; inside
        # QGIS or pytest-qgis the running application is used and left alone.
        self.app = None
        if QgsApplication.instance() is None:
            self.app = QgsApplication([], False)
            self.app.initQgis()
        self.da = QgsDistanceArea()
        self.da.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:{}".format(EPSG)),
                             QgsCoordinateTransformContext())
        if not self.da.setEllipsoid("EPSG:1024"):  # CGCS2000 ellipsoid
            raise RuntimeError("CGCS2000 ellipsoid EPSG:1024 not found in the QGIS database")

    def __call__(self, geom):
        from qgis.core import QgsGeometry

        g = QgsGeometry()
        g.fromWkb(bytes(geom.ExportToWkb()))
        return self.da.measureArea(g)


def kcxs_for(code, elev):
    """田坎系数 of sloping dry / irrigated land, 0.02-0.15 rising with slope (elevation
    stands in for the slope grade); 0 on flat land and for other classes."""
    if code not in ("0102", "0103") or elev < 0.5:
        return 0.0
    return round(0.02 + 0.13 * min(max((elev - 0.5) / 0.3, 0.0), 1.0), 2)


def write_layer(ds, name, srs, records, measure):
    layer = ds.CreateLayer(name, srs, ogr.wkbMultiPolygon, options=["SPATIAL_INDEX=YES"])
    for fname, ftype, width in FIELDS:
        fd = ogr.FieldDefn(fname, ftype)
        if width:
            fd.SetWidth(width)
        layer.CreateField(fd)
    defn = layer.GetLayerDefn()
    layer.StartTransaction()
    for rec in records:
        f = ogr.Feature(defn)
        geom = rec["geom"]
        if geom.GetGeometryType() != ogr.wkbMultiPolygon:
            single, geom = geom, ogr.Geometry(ogr.wkbMultiPolygon)
            geom.AddGeometry(single)  # a copy: DLTB layers are MultiPolygon
        tbmj = round(measure(geom), 2)
        kcmj = round(tbmj * rec["kcxs"], 2)
        if rec["code"] is None:
            f.SetFieldNull("DLBM")
            f.SetFieldNull("DLMC")
        else:
            f.SetField("DLBM", rec["code"])
            f.SetField("DLMC", CLASSES.get(rec["code"], "未知地类"))
        f.SetField("ZLDWDM", rec["zldwdm"])
        f.SetField("TBBH", rec["tbbh"])
        f.SetField("TBMJ", tbmj)
        f.SetField("KCXS", rec["kcxs"])
        f.SetField("KCMJ", kcmj)
        f.SetField("TBDLMJ", round(tbmj - kcmj, 2))
        f.SetGeometry(geom)
        layer.CreateFeature(f)
    layer.CommitTransaction()
    return layer.GetFeatureCount()


def generate(out_dir, seed=SEED, verbose=True):
    """Build both years and write ``out_dir/county.gpkg``; returns a summary dict."""
    log = []
    county = County(seed)
    rng = np.random.default_rng([seed, 1])
    cls20, blk20, vil20 = county.resolve(county.cls20, county.block20)
    parcels20, label20 = county.parcels(cls20, blk20, vil20)
    defects = choose_defects(county, parcels20, label20, cls20, rng)
    protected = [defects["bowtie"], *defects["multi"], defects["null"], defects["unknown"]]
    for q, p, _ in defects["slivers"]:
        protected += [q, p]
    cls23, blk23 = edit_year(county, parcels20, label20, cls20, blk20, vil20, protected, rng, log)
    parcels23, label23 = county.parcels(cls23, blk23, vil20)
    by_cells20 = {cells: p for p, cells in enumerate(parcels20)}
    for p in protected:
        if parcels20[p] not in set(parcels23):
            raise RuntimeError("a defect parcel changed between the years; change the seed")

    # TBBH: numbered per village in 2020; 2023 keeps numbers of unchanged parcels.
    counters, tbbh20 = {}, []
    for cells in parcels20:
        v = vil20[cells[0]]
        counters[v] = counters.get(v, 0) + 1
        tbbh20.append(counters[v])
    tbbh23 = []
    for cells in parcels23:
        p = by_cells20.get(cells)
        if p is not None and cls20[parcels20[p][0]] == cls23[cells[0]]:
            tbbh23.append(tbbh20[p])
        else:
            v = vil20[cells[0]]
            counters[v] += 1
            tbbh23.append(counters[v])

    keep = [(i + d, j + 1) for _, _, (i, j) in defects["slivers"] for d in (0, 1)]
    drop = droppable_points(county, (label20, label23), keep)
    geom_cache = {}

    def records(parcels, cls, tbbh):
        recs = {}
        for cells, t in zip(parcels, tbbh):
            if cells not in geom_cache:
                geom_cache[cells] = cells_geometry(county, cells, drop)
            code = CODES[cls[cells[0]]]
            elev = float(np.mean([county.elev[c] for c in cells]))
            recs[cells] = {"geom": geom_cache[cells].Clone(), "code": code, "tbbh": t,
                           "zldwdm": county.zldwdm(vil20[cells[0]]), "kcxs": kcxs_for(code, elev)}
        return recs

    rec20 = records(parcels20, cls20, tbbh20)
    rec23 = records(parcels23, cls23, tbbh23)
    # Defects, applied identically in both years.
    notes = {}
    sliver_no = {}
    for recs in (rec20, rec23):
        bow = recs[parcels20[defects["bowtie"]]]
        i, j = parcels20[defects["bowtie"]][0]
        P = county.P
        bow["geom"] = ogr.CreateGeometryFromWkb(
            ring_wkb(np.array([P[i, j], P[i, j + 1], P[i + 1, j], P[i + 1, j + 1], P[i, j]])))
        a, b = defects["multi"]
        ra = recs[parcels20[a]]
        multi = ogr.Geometry(ogr.wkbMultiPolygon)
        multi.AddGeometry(ra["geom"])
        multi.AddGeometry(recs[parcels20[b]]["geom"])
        ra["geom"] = multi
        del recs[parcels20[b]]
        recs[parcels20[defects["null"]]]["code"] = None
        recs[parcels20[defects["unknown"]]]["code"] = "0999"
        for n, (q, _p, (i, j)) in enumerate(defects["slivers"]):
            rq = recs[parcels20[q]]
            tri = sliver_triangle(county, i, j)
            rq["geom"] = rq["geom"].Difference(tri)
            v = vil20[parcels20[q][0]]
            if n not in sliver_no:
                counters[v] += 1
                sliver_no[n] = counters[v]
            recs[("sliver", n)] = {"geom": tri, "code": rq["code"], "tbbh": sliver_no[n],
                                   "zldwdm": rq["zldwdm"], "kcxs": 0.0}
    for key, p in (("bowtie", defects["bowtie"]), ("multipart", defects["multi"][0]),
                   ("null DLBM", defects["null"]), ("unknown DLBM 0999", defects["unknown"])):
        r = rec20[parcels20[p]]
        notes[key] = "{} TBBH {}".format(r["zldwdm"], r["tbbh"])
    for n in sliver_no:
        r = rec20[("sliver", n)]
        notes["sliver {}".format(n + 1)] = "{} TBBH {}".format(r["zldwdm"], r["tbbh"])

    def ordered(recs):
        out = sorted(recs.values(), key=lambda r: (r["zldwdm"], r["tbbh"]))
        for r in out:
            r["tbbh"] = str(r["tbbh"])
        return out

    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, "county.gpkg")
    tmp = os.path.join(out_dir, "county.part.gpkg")
    if os.path.exists(tmp):
        os.remove(tmp)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    measure = EllipsoidArea()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
    n20 = write_layer(ds, "dltb_2020", srs, ordered(rec20), measure)
    n23 = write_layer(ds, "dltb_2023", srs, ordered(rec23), measure)
    ds = None
    os.replace(tmp, path)
    changed = float(sum(county.cell_area[c] for c in zip(*np.nonzero(cls20 != cls23))))
    summary = {"path": path, "dltb_2020": n20, "dltb_2023": n23,
               "changed_class_pct": round(100 * changed / float(county.cell_area.sum()), 2),
               "defects": notes, "log": log}
    if verbose:
        for k, v in summary.items():
            print("{}: {}".format(k, v))
    return summary


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate the sample county (sample/county.gpkg).")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)),
                    help="output folder (default: this folder)")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    generate(args.out, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
