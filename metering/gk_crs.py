"""CGCS2000 3-degree Gauss-Krüger CRS families and the zone-prefix check.

Land-survey deliveries use CGCS2000 3° GK coordinates in two EPSG families:
EPSG:4513–4533 (zones 25–45, the zone number prefixed to the easting, e.g.
38 500 000 m) and EPSG:4534–4554 (central meridians 75°E–135°E, no prefix,
false easting 500 000 m). Zone n has central meridian 3n °E.
"""

ZONES = range(25, 46)
PREFIXED_FIRST, PLAIN_FIRST = 4513, 4534
PREFIX_THRESHOLD = 1.0e7  # an easting above 10 000 km carries a zone prefix


def prefixed_epsg(zone):
    """EPSG code of zone ``zone`` with zone-prefixed eastings (zone 38 → 4526)."""
    return PREFIXED_FIRST + zone - ZONES[0] if zone in ZONES else None


def plain_epsg(zone):
    """EPSG code of zone ``zone`` without the prefix (zone 38, CM 114°E → 4547)."""
    return PLAIN_FIRST + zone - ZONES[0] if zone in ZONES else None


def family(epsg):
    """``('prefixed', zone)``, ``('plain', zone)`` or ``None`` for other CRSs."""
    if epsg is None:
        return None
    if PREFIXED_FIRST <= epsg < PREFIXED_FIRST + len(ZONES):
        return "prefixed", epsg - PREFIXED_FIRST + ZONES[0]
    if PLAIN_FIRST <= epsg < PLAIN_FIRST + len(ZONES):
        return "plain", epsg - PLAIN_FIRST + ZONES[0]
    return None


def zone_of_easting(x):
    """Zone number read from a prefixed easting (38 512 345 m → 38), else None."""
    if x is None or x < PREFIX_THRESHOLD:
        return None
    zone = int(x // 1.0e6)
    return zone if zone in ZONES else None


def check_extent(epsg, xmin, xmax):
    """Check a layer's declared CRS against its easting range.

    Returns ``(status, suggested_epsg)`` where status is ``'ok'``,
    ``'derived'`` (no CRS declared, derived from the zone prefix),
    ``'unknown'`` (no CRS and no prefix: the zone cannot be told) or
    ``'mismatch'`` (declared CRS and coordinates disagree; the suggestion is
    the EPSG the coordinates probably are, or None).
    """
    kind = family(epsg)
    if epsg is not None and kind is None:
        return "ok", None  # not a GK CRS (geographic, Web Mercator …): nothing to check
    zone_min, zone_max = zone_of_easting(xmin), zone_of_easting(xmax)
    prefixed = xmin is not None and xmin >= PREFIX_THRESHOLD
    if prefixed and (zone_min is None or zone_min != zone_max):
        # a prefix that is no zone, or two zones in one layer
        return ("mismatch" if epsg else "unknown"), None
    if epsg is None:
        if prefixed:
            return "derived", prefixed_epsg(zone_min)
        return "unknown", None
    declared, zone = kind
    if declared == "prefixed":
        if not prefixed:
            return "mismatch", plain_epsg(zone)
        if zone_min != zone:
            return "mismatch", prefixed_epsg(zone_min)
        return "ok", None
    if prefixed:
        return "mismatch", prefixed_epsg(zone_min)
    if xmin < -5.0e5 or xmax > 1.5e6:
        return "mismatch", None
    return "ok", None


def zone_shift(source_epsg, dest_epsg):
    """Easting shift (m) taking coordinates of ``source_epsg`` to ``dest_epsg``, or None.

    The two families of one zone differ only by the zone prefix: zone 38
    EPSG:4526 → EPSG:4547 is x − 38 000 000 m exactly (same ellipsoid,
    central meridian and false northing). A full PROJ transform would round
    every coordinate differently, so the shift is applied as a translation.
    None when the CRSs are not the same zone in the two families.
    """
    src, dst = family(source_epsg), family(dest_epsg)
    if src is None or dst is None or src[1] != dst[1] or src[0] == dst[0]:
        return None
    prefix = src[1] * 1.0e6
    return -prefix if src[0] == "prefixed" else prefix
