"""Ellipsoidal areas of the overlay core against geodesic areas (pyproj Geod on the CGCS2000 ellipsoid).

CGCS2000's defining constants: a = 6 378 137 m, 1/f = 298.257222101 (国家大地坐标系 2000). The
vectorised Gauss–Krüger formula (metering/overlay/areas.py) must agree with GeographicLib's
geodesic polygon area (Karney 2013, as pyproj.Geod computes it) to 1e-9 relative on parcel-sized
polygons anywhere in a 3° zone. GeographicLib's area carries an absolute error of about 1e-4 m² at
these latitudes, so the polygons are 15–150 ha (the 1e-9 bound is then 0.15–1.5 m², of which the
reference uses under a tenth).
"""

import os

import numpy as np
import pytest

os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
shapely = pytest.importorskip("shapely", minversion="2")
pyproj = pytest.importorskip("pyproj")

from carbon_metering.metering.overlay.areas import (  # noqa: E402
    CGCS2000_A,
    CGCS2000_INV_F,
    gauss_kruger_areas,
    planar_areas,
    ring_moments,
)


def _geodesic(polys, epsg):
    """Reference: each polygon's vertices (edges densified to 25 m, so they follow the straight map line)
    to CGCS2000 longitude/latitude, then the geodesic area on the ellipsoid."""
    geod = pyproj.Geod(a=CGCS2000_A, rf=CGCS2000_INV_F)
    to_lonlat = pyproj.Transformer.from_crs("EPSG:{0}".format(epsg), "EPSG:4490", always_xy=True)
    dense = shapely.segmentize(np.asarray(polys, dtype=object), 25.0)
    lonlat = shapely.transform(dense, lambda xy: np.column_stack(to_lonlat.transform(xy[:, 0], xy[:, 1])))
    return np.array([abs(geod.geometry_area_perimeter(g)[0]) for g in lonlat])


def _parcels(rng, x_cm, dx, northing, n=4):
    """Irregular 50–600 ha parcels (12-gons, one with a hole) around easting x_cm + dx."""
    polys = []
    for k in range(n):
        cx, cy = x_cm + dx + rng.uniform(-500, 500), northing + rng.uniform(-2000, 2000)
        radius = rng.uniform(600, 1500)
        ang = np.sort(rng.uniform(0, 2 * np.pi, 12))
        r = radius * rng.uniform(0.7, 1.0, 12)
        shell = np.column_stack([cx + r * np.cos(ang), cy + r * np.sin(ang)])
        holes = [np.column_stack([cx + 0.2 * radius * np.cos(ang), cy + 0.2 * radius * np.sin(ang)])[::-1]] \
            if k == 0 else []
        polys.append(shapely.Polygon(shell, holes))
    return polys


@pytest.mark.parametrize("epsg, x_cm", [(4547, 500_000.0), (4526, 38_500_000.0)])  # zone 38 plain / prefixed
@pytest.mark.parametrize("dx", [0.0, 50_000.0, -120_000.0, 160_000.0])  # up to the edge of a 3° zone
@pytest.mark.parametrize("northing", [2_300_000.0, 3_400_000.0, 4_900_000.0])  # about 21°, 31°, 44° N
def test_gauss_kruger_area_matches_geodesic_to_1e9(epsg, x_cm, dx, northing):
    rng = np.random.default_rng(abs(int(dx)) + int(northing) % 997)
    polys = _parcels(rng, x_cm, dx, northing)
    got = gauss_kruger_areas(polys, epsg)
    ref = _geodesic(polys, epsg)
    assert np.all(ref > 5.0e5)
    assert np.max(np.abs(got / ref - 1.0)) < 1e-9
    # and the correction is real: away from the central meridian the planar area is off by (x/R)² ≈ 6e-4
    planar = planar_areas(polys)
    if abs(dx) >= 120_000.0:
        assert np.min(np.abs(planar / ref - 1.0)) > 1e-4


def test_multipolygon_area_is_the_sum_of_its_parts():
    rng = np.random.default_rng(7)
    parts = _parcels(rng, 500_000.0, 80_000.0, 3_400_000.0, n=3)
    whole = shapely.MultiPolygon(parts)
    assert gauss_kruger_areas([whole], 4547)[0] == pytest.approx(gauss_kruger_areas(parts, 4547).sum(), rel=1e-11)


def test_ring_moments_are_exact_for_a_rectangle_with_a_hole():
    # [0,10]×[0,4] minus [2,4]×[1,3]: area 40 − 4 = 36; ∬x dA = 200 − 12 = 188; ∬x² dA = 4000/3 − 4·(64 − 8)/3
    # (∬x² over [a,b]×[c,d] = (b³ − a³)/3 · (d − c)), rings in either orientation
    outer = [(0, 0), (0, 4), (10, 4), (10, 0)]  # clockwise on purpose
    hole = [(2, 1), (4, 1), (4, 3), (2, 3)]  # counter-clockwise (a hole "the wrong way round")
    area, mx, mxx, _origin = ring_moments([shapely.Polygon(outer, [hole])], origin_x=[0.0])
    assert area[0] == pytest.approx(36.0)
    assert mx[0] == pytest.approx(188.0)
    assert mxx[0] == pytest.approx(4000.0 / 3.0 - 2.0 * (64.0 - 8.0) / 3.0)
