"""Base-year (t1) / metering-year (t2) parcel overlay on WKB arrays (shapely 2; no QGIS).

The public API (``docs/dev/overlay_core.md``):

* :func:`overlay_parcels` (``core.py``): two :class:`ParcelLayer`\\ s and
  :class:`OverlayOptions` → :class:`OverlayResult` (pieces frame + WKB,
  change matrix, :class:`OverlayReport`, notes);
* input checks shared by every reader (``inputs.py``): :func:`check_layer_crs`,
  :func:`check_parcel_fields`, :func:`check_code_field`, :func:`official_areas`,
  :func:`counties_from_zldwdm`, and :func:`parcel_layer` (read columns → ParcelLayer);
* areas (``areas.py``): :func:`area_formula` (the method decided once), :func:`gauss_kruger_areas`,
  :func:`geodesic_areas`;
* the attribute tables (``tables.py``): flags, labels, official shares,
  :func:`change_matrix`, :func:`conservation_errors`.

shapely is imported where geometry is handled, so the attribute functions
work (and the plugin loads) without it.
"""

from ..vocabulary import M2_PER_HA
from .core import (
    DEFAULT_MIN_AREA,
    DEFAULT_SNAP_TOLERANCE,
    CrsInfo,
    LayerReport,
    OverlayOptions,
    OverlayReport,
    OverlayResult,
    ParcelLayer,
    SnapReport,
    overlay_parcels,
)
from .grid import bbox_candidate_pairs
from .inputs import (
    OFFICIAL_FIELDS,
    check_code_field,
    check_layer_crs,
    check_parcel_fields,
    code_share,
    counties_from_zldwdm,
    official_areas,
    parcel_layer,
)
from .tables import (
    AREA_METHODS,
    BASE_ONLY,
    CHANGED,
    NO_PARCEL,
    NULL_CLASS,
    TARGET_ONLY,
    UNCHANGED,
    allocate_official_area,
    change_flags,
    change_labels,
    change_matrix,
    conservation_errors,
    official_parcel_area,
)

__all__ = [
    "AREA_METHODS", "BASE_ONLY", "CHANGED", "DEFAULT_MIN_AREA", "DEFAULT_SNAP_TOLERANCE", "M2_PER_HA",
    "NO_PARCEL", "NULL_CLASS", "OFFICIAL_FIELDS", "TARGET_ONLY", "UNCHANGED", "CrsInfo", "LayerReport",
    "OverlayOptions", "OverlayReport", "OverlayResult", "ParcelLayer", "SnapReport", "allocate_official_area",
    "bbox_candidate_pairs", "change_flags", "change_labels", "change_matrix", "check_code_field",
    "check_layer_crs", "check_parcel_fields", "code_share", "conservation_errors", "counties_from_zldwdm",
    "official_areas",
    "official_parcel_area", "overlay_parcels", "parcel_layer",
]
