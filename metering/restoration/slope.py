"""Slope in degrees from a DEM array by Horn's (1981) third-order finite difference.

Horn, B.K.P. (1981) Hill shading and the reflectance map, Proc. IEEE 69(1): 14–47; the same
weights as GDAL ``gdaldem slope`` (default) and ArcGIS Slope. For the 3 × 3 window a b c / d e f /
g h i (rows north to south):

    dz/dx = ((c + 2f + i) − (a + 2d + g)) / (8 · dx),  dz/dy = ((g + 2h + i) − (a + 2b + c)) / (8 · dy)
    slope = atan(√(dz/dx² + dz/dy²)) in degrees.

Cell sizes ``dx``, ``dy`` and elevations are in metres. Edge cells (and cells whose window holds
nodata) are NaN: no value is extrapolated. A DEM in geographic coordinates is handled explicitly:
:func:`geographic_cell_size` gives the cell size in metres per row on the ellipsoid (the row's
centre latitude), and :func:`slope_degrees` accepts a per-row ``dx``. Pure numpy; no qgis import.
"""

import math

import numpy as np

from ..errors import MeteringError

#: CGCS2000 ellipsoid (= GRS 80 to 0.1 mm): semi-major axis (m) and flattening.
CGCS2000_A = 6378137.0
CGCS2000_F = 1.0 / 298.257222101


def slope_degrees(dem, dx, dy):
    """Slope (degrees, float64) of a 2-D DEM; ``dx`` (scalar or one value per row) and ``dy`` in metres."""
    z = np.asarray(dem, dtype=np.float64)
    if z.ndim != 2:
        raise MeteringError("restoration_dem_shape", shape=list(z.shape))
    dx = np.asarray(dx, dtype=np.float64)
    if np.any(~np.isfinite(dx)) or np.any(dx <= 0) or not (math.isfinite(dy) and dy > 0):
        raise MeteringError("restoration_cell_size", dx=dx.tolist() if dx.ndim else float(dx), dy=float(dy))
    out = np.full(z.shape, np.nan)
    if z.shape[0] < 3 or z.shape[1] < 3:
        return out
    a, b, c = z[:-2, :-2], z[:-2, 1:-1], z[:-2, 2:]
    d, f = z[1:-1, :-2], z[1:-1, 2:]
    g, h, i = z[2:, :-2], z[2:, 1:-1], z[2:, 2:]
    rows_dx = dx[1:-1, None] if dx.ndim == 1 else dx
    dzdx = ((c + 2 * f + i) - (a + 2 * d + g)) / (8.0 * rows_dx)
    dzdy = ((g + 2 * h + i) - (a + 2 * b + c)) / (8.0 * float(dy))
    out[1:-1, 1:-1] = np.degrees(np.arctan(np.hypot(dzdx, dzdy)))
    out[np.isnan(z)] = np.nan  # Horn's window skips the centre: a nodata cell has no slope either
    return out


def geographic_cell_size(lat_deg, dlon_deg, dlat_deg, a=CGCS2000_A, f=CGCS2000_F):
    """(dx, dy) in metres of a cell of ``dlon_deg`` × ``dlat_deg`` centred at latitude ``lat_deg``.

    dx = N(φ) cos φ · Δλ, dy = M(φ) · Δφ (radii of curvature in the prime vertical and the
    meridian; e.g. Torge & Müller, Geodesy, 4th ed., §6.2). ``lat_deg`` may be an array (one per row).
    """
    phi = np.radians(np.asarray(lat_deg, dtype=np.float64))
    e2 = f * (2.0 - f)
    w = np.sqrt(1.0 - e2 * np.sin(phi) ** 2)
    n = a / w
    m = a * (1.0 - e2) / w ** 3
    return n * np.cos(phi) * np.radians(abs(dlon_deg)), m * np.radians(abs(dlat_deg))
