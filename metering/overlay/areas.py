"""Areas of polygons on the ellipsoid, vectorised (numpy + shapely 2).

三调 measures a parcel's area (图斑面积) on the CGCS2000 ellipsoid. For a
layer in a CGCS2000 3° Gauss–Krüger CRS (``metering.gk_crs``: EPSG:4513–4554)
the ellipsoidal area follows from the planar one and the projection's point
scale factor k: an area element of the map is k² times the area element of
the ellipsoid, so

    A_ellipsoid = ∬ k(x, y)⁻² dx dy.

Gauss–Krüger (transverse Mercator, k0 = 1 on the central meridian) has, with
u = x / (k0·R), x the easting from the central meridian and R² = ρ·ν the
product of the radii of curvature at the footpoint latitude,

    k = k0·cosh(u)·(1 + η²u⁴/6 + …)   (cosh exact on the sphere; η² = e'²cos²φ),
    k⁻² = k0⁻² · (1 − u² + (⅔ − η²/3)·u⁴ − 17/45·u⁶ + …),

(Snyder, *Map Projections — A Working Manual*, USGS PP 1395, 1987, eq. 8-6
and its ellipsoidal form 8-11: k = k0[1 + (1 + C)A²/2 + …], with C = η² the
term that cosh(x/R) with R² = ρν absorbs at second order.) The integral of
the polynomial over each polygon is exact from its moments ∬x² and ∬x⁴
(Green's theorem on the rings; ∬x⁶ from the centroid). Inside a 3° zone
(|x| < 170 km, u < 0.027) the neglected terms are below 2e-11 of the area
(checked numerically against 5 km squares); ``tests/test_overlay_areas.py``
checks the result against geodesic areas (pyproj ``Geod`` on CGCS2000) to
1e-9 relative.

Other CRSs take :func:`geodesic_areas`: each polygon's vertices to longitude
and latitude (pyproj) and its geodesic area on the CRS's ellipsoid. That path
is per geometry and needs pyproj; the Processing algorithm passes QGIS's
``QgsDistanceArea`` instead.
"""

import numpy as np

from .. import gk_crs
from ..errors import MeteringError

#: CGCS2000 ellipsoid (GB/T 18522 / 国家大地坐标系 2000): semi-major axis (m) and inverse flattening.
CGCS2000_A = 6378137.0
CGCS2000_INV_F = 298.257222101

#: Gauss–Krüger of the 3° CGCS2000 families: scale on the central meridian, false easting (m).
GK_K0 = 1.0
GK_FALSE_EASTING = 500000.0


def ring_moments(geometries, origin_x=None, with_y=False):
    """Per geometry: area, ∬ξ dA and ∬ξ² dA with ξ = x − origin_x (planar, signed rings summed).

    ``with_y``: also ∬y dA (a fifth value), for the centroid's northing.

    ``geometries``: shapely (multi)polygons. Exterior rings count positive and
    holes negative whatever their orientation. ``origin_x``: per geometry
    (default: each geometry's minimum x), which keeps the sums well conditioned
    for eastings of 10⁷ m.
    """
    import shapely

    geoms = np.asarray(geometries, dtype=object)
    n = len(geoms)
    if origin_x is None:
        origin_x = shapely.bounds(geoms)[:, 0]
    origin_x = np.nan_to_num(np.asarray(origin_x, dtype=float))
    rings, ring_geom, exterior = _rings(shapely, geoms)
    xy, ring_of = shapely.get_coordinates(rings, return_index=True)
    # local coordinates: x about the geometry's origin, y about the ring's first vertex
    gx = origin_x[ring_geom[ring_of]]
    first = np.ones(len(ring_of), dtype=bool)
    first[1:] = ring_of[1:] != ring_of[:-1]
    y0 = np.repeat(xy[first, 1], np.diff(np.flatnonzero(np.r_[first, True])))
    x = xy[:, 0] - gx
    y = xy[:, 1] - y0
    # segments k → k + 1 within one ring (rings are closed: the last vertex repeats the first)
    same = ring_of[1:] == ring_of[:-1]
    x1, y1, x2, y2 = x[:-1][same], y[:-1][same], x[1:][same], y[1:][same]
    seg_ring = ring_of[:-1][same]
    cross = x1 * y2 - x2 * y1
    a = np.bincount(seg_ring, cross, minlength=len(rings)) / 2.0
    mx = np.bincount(seg_ring, cross * (x1 + x2), minlength=len(rings)) / 6.0
    mxx = np.bincount(seg_ring, cross * (x1 * x1 + x1 * x2 + x2 * x2), minlength=len(rings)) / 12.0
    # ∬y dA about each ring's own first vertex, moved to absolute y (for the centroid's northing)
    my = np.bincount(seg_ring, cross * (y1 + y2), minlength=len(rings)) / 6.0 + a * xy[first, 1]
    sign = np.sign(a) * np.where(exterior, 1.0, -1.0)
    out = np.zeros((n, 4))
    for col, values in enumerate((a, mx, mxx, my)):
        out[:, col] = np.bincount(ring_geom, values * sign, minlength=n)
    if with_y:
        return out[:, 0], out[:, 1], out[:, 2], origin_x, out[:, 3]
    return out[:, 0], out[:, 1], out[:, 2], origin_x


def _rings(shapely, geoms):
    """(rings, the geometry of each, exterior?) in geometry order, each geometry's rings in their order.

    A polygon without holes, or a multipolygon of one such part, is its own only ring (its
    coordinates are that ring's): no ring objects are made for it. The others are split
    into parts and rings.
    """
    types = shapely.get_type_id(geoms)
    simple = (types == 3) & (shapely.get_num_interior_rings(geoms) == 0)
    one = np.flatnonzero((types == 6) & (shapely.get_num_geometries(geoms) == 1))
    if len(one):
        simple[one] = shapely.get_num_interior_rings(shapely.get_geometry(geoms[one], 0)) == 0
    if simple.all():
        return geoms, np.arange(len(geoms)), np.ones(len(geoms), dtype=bool)
    rest = np.flatnonzero(~simple)
    parts, part_of = shapely.get_parts(geoms[rest], return_index=True)
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    exterior = np.ones(len(rings), dtype=bool)
    exterior[1:] = ring_part[1:] != ring_part[:-1]
    own = np.flatnonzero(simple)
    ring_geom = np.concatenate([own, rest[part_of[ring_part]]])
    order = np.argsort(ring_geom, kind="stable")
    return (np.concatenate([geoms[own], rings])[order], ring_geom[order],
            np.concatenate([np.ones(len(own), dtype=bool), exterior])[order])


def _footpoint_rho_nu(northing, a=CGCS2000_A, inv_f=CGCS2000_INV_F, k0=GK_K0):
    """ρ·ν (m²) and η² = e'²cos²φ at the footpoint latitude φ of ``northing`` (false northing 0)."""
    f = 1.0 / inv_f
    e2 = f * (2.0 - f)
    n = f / (2.0 - f)
    # rectifying radius and the footpoint latitude series (Snyder eq. 3-21, 3-26 in n)
    big_a = a / (1.0 + n) * (1.0 + n ** 2 / 4.0 + n ** 4 / 64.0)
    mu = np.asarray(northing, dtype=float) / (k0 * big_a)
    phi = (mu + (3.0 * n / 2.0 - 27.0 * n ** 3 / 32.0) * np.sin(2.0 * mu)
           + (21.0 * n ** 2 / 16.0 - 55.0 * n ** 4 / 32.0) * np.sin(4.0 * mu)
           + (151.0 * n ** 3 / 96.0) * np.sin(6.0 * mu) + (1097.0 * n ** 4 / 512.0) * np.sin(8.0 * mu))
    s2 = np.sin(phi) ** 2
    w = 1.0 - e2 * s2
    nu = a / np.sqrt(w)
    rho = a * (1.0 - e2) / w ** 1.5
    eta2 = e2 / (1.0 - e2) * (1.0 - s2)  # η² = e'² cos² φ
    return rho * nu, eta2


#: Geometries per block of gauss_kruger_areas: its vertex arrays stay a few tens of MB.
BLOCK = 20000


def gauss_kruger_areas(geometries, epsg):
    """Ellipsoidal areas (m²) of polygons in a CGCS2000 3° Gauss–Krüger CRS (``epsg`` 4513–4554).

    Vectorised over the array, in blocks of :data:`BLOCK` geometries (bounded memory); the
    formula is in the module docstring.
    """
    geoms = np.asarray(geometries, dtype=object)
    if len(geoms) <= BLOCK:
        return _gauss_kruger_block(geoms, epsg)
    return np.concatenate([_gauss_kruger_block(geoms[k:k + BLOCK], epsg) for k in range(0, len(geoms), BLOCK)])


def _gauss_kruger_block(geometries, epsg):
    family = gk_crs.family(epsg)
    if family is None:
        raise MeteringError("area_crs_not_gauss_kruger", epsg=epsg)
    kind, zone = family
    central_easting = GK_FALSE_EASTING + (zone * 1.0e6 if kind == "prefixed" else 0.0)
    area, mx, mxx, origin, my = ring_moments(geometries, with_y=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        xc = np.where(area != 0, mx / area, 0.0)  # centroid about the origin
        yc = np.where(area != 0, my / area, 0.0)
    big_x = origin - central_easting  # easting of the origin from the central meridian
    # ∬x² = X²A + 2X∬ξ + ∬ξ²; ∬x⁴ ≈ x̄⁴A + 6x̄²∬(x − x̄)² (its term is 1e-8 of the area)
    m2 = big_x * big_x * area + 2.0 * big_x * mx + mxx
    xbar = big_x + xc
    var = mxx - area * xc * xc
    m4 = xbar ** 4 * area + 6.0 * xbar ** 2 * var
    rr, eta2 = _footpoint_rho_nu(yc)
    rr = rr * GK_K0 ** 2
    # k⁻² = sech²u·(1 − ⅓η²u⁴) to O(u⁶): sech²u = 1 − u² + ⅔u⁴ − 17/45·u⁶; the ellipsoid's u⁴ term of k
    # exceeds the sphere's cosh by η²/6 (its x⁴ coefficient (1 + 6η²)/24N⁴ against cosh's (1 + 2η²)/24N⁴)
    m6 = xbar ** 6 * area
    return (area - m2 / rr + (2.0 / 3.0 - eta2 / 3.0) * m4 / rr ** 2 - (17.0 / 45.0) * m6 / rr ** 3) / GK_K0 ** 2


def geodesic_areas(geometries, crs_wkt=None, epsg=None, geographic=False):
    """Geodesic areas (m²) on the CRS's ellipsoid, one geometry at a time (pyproj).

    ``geographic``: coordinates are longitude, latitude already. Raises
    ``MeteringError('missing_package', package='pyproj')`` without pyproj.
    """
    try:
        import pyproj
    except ImportError:
        from ..dependencies import optional_install_hint

        raise MeteringError("missing_package", package="pyproj", how=optional_install_hint("pyproj")) from None
    import shapely

    crs = pyproj.CRS.from_wkt(crs_wkt) if crs_wkt else pyproj.CRS.from_epsg(int(epsg))
    geod = crs.get_geod() or pyproj.Geod(a=CGCS2000_A, rf=CGCS2000_INV_F)
    geoms = np.asarray(geometries, dtype=object)
    if not geographic:
        to_lonlat = pyproj.Transformer.from_crs(crs, crs.geodetic_crs, always_xy=True)
        geoms = shapely.transform(geoms, lambda xy: np.column_stack(to_lonlat.transform(xy[:, 0], xy[:, 1])))
    elif crs.geodetic_crs is not None:
        pass
    out = np.zeros(len(geoms))
    for k, g in enumerate(geoms):
        if g is None or g.is_empty:
            continue
        out[k] = abs(geod.geometry_area_perimeter(g)[0])
    return out


def planar_areas(geometries):
    """Planar areas in the CRS's unit squared."""
    import shapely

    return shapely.area(np.asarray(geometries, dtype=object))


def area_formula(method, crs, layer=""):
    """How the areas of ``method`` (an ``AreaMethod``) are measured in ``crs`` (a ``CrsInfo``): ``"official"``,
    ``"planar"``, ``"gauss_kruger"`` (CGCS2000 GK: planar area by the scale factor, vectorised) or
    ``"geodesic"`` (any other CRS, per geometry). The one place the area method is decided; planar areas of
    a geographic CRS raise ``overlay_planar_geographic`` (``layer`` names the layer)."""
    from ..vocabulary import AreaMethod

    method = AreaMethod.parse(method)
    if method == AreaMethod.OFFICIAL:
        return "official"
    if method == AreaMethod.PLANAR:
        if crs.geographic:
            raise MeteringError("overlay_planar_geographic", layer=layer, crs=crs.label)
        return "planar"
    return "gauss_kruger" if is_gauss_kruger(crs.epsg) else "geodesic"


def is_gauss_kruger(epsg):
    """True for the CGCS2000 3° Gauss–Krüger EPSG codes the vectorised formula covers."""
    return gk_crs.family(epsg) is not None


def degrees_tolerance(metres, latitude=None):
    """A tolerance in metres as degrees (1° ≈ 111 320 m on the equator; shorter east–west)."""
    del latitude
    return metres / 111320.0

