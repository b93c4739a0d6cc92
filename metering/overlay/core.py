"""The overlay core's public entry point: two parcel layers in, pieces, matrix and report out.

Hubei spec ch. 5 and 8: the base-year (t1) and metering-year (t2) parcel
layers are overlaid; every piece carries both land-class codes, both metering
objects and a change flag. ``overlay_parcels`` does it on WKB arrays and
attribute arrays, without QGIS: the Processing algorithm ``parcel_change``
and the province runner both call it. Nothing here words a message: problems
are ``MeteringError(kind, **details)``, facts worth telling are ``Note``\\ s and
numbers of :class:`OverlayReport`.

The steps (``geometry.py`` holds them):

1. WKB → shapely; empty and non-polygon features skipped, invalid ones
   repaired (``make_valid``, polygonal part kept), all made 2-D multipolygons;
2. a target in the other CGCS2000 GK family of the same zone is shifted by
   the zone prefix (``gk_crs.zone_shift``), any other CRS difference is an
   error: the caller reprojects;
3. parcels byte-identical in both years are paired by a hash of their WKB;
4. rounding differences between the layers are detected on a sample of
   vertices and, only when present, the target is snapped onto the base;
5. candidate pairs by ``STRtree.query(predicate="intersects")`` in bulk,
   touching pairs dropped, contained parcels taken whole, the rest
   intersected as arrays;
6. remainders (base only / target only) by ``difference`` of each parcel not
   filled by its pieces with the union of those pieces;
7. overlaps of parcels within one layer found where the pieces over-fill a
   parcel or the remainders overlap;
8. areas by the chosen method (``areas.py``), attributes, flags, change
   matrix, conservation check per class.
"""

from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence

import numpy as np

from ..vocabulary import AreaMethod

#: Default sliver threshold (m²) and snapping tolerance (m) of parcel_change.
DEFAULT_MIN_AREA = 1.0
DEFAULT_SNAP_TOLERANCE = 0.001


@dataclass
class CrsInfo:
    """What the core needs to know of a layer's CRS.

    ``epsg``: the EPSG number or None; ``geographic``: coordinates are degrees;
    ``wkt``: the CRS as WKT (for the geodesic area of non-GK CRSs; optional);
    ``name``: how messages name it (``EPSG:4547``).
    """

    epsg: Optional[int] = None
    geographic: bool = False
    wkt: Optional[str] = None
    name: str = ""

    @property
    def label(self):
        return self.name or ("EPSG:{0}".format(self.epsg) if self.epsg else "(no CRS)")


@dataclass
class ParcelLayer:
    """One parcel layer as arrays, one entry per feature (same order in every array).

    ``wkb``: WKB bytes (or shapely geometries) of the polygons, None/empty
    allowed (skipped and listed); ``fid``: feature ids (int); ``code``: the
    land-class code field's raw values (text or numbers, resolved by the
    land-class mapping); ``county``: county per parcel (already cut from
    ZLDWDM, see :func:`counties_from_zldwdm`) or None; ``official_m2``: the
    parcel's survey area TBDLMJ (m², NaN where missing; see
    :func:`official_areas`) or None; ``crs``: its :class:`CrsInfo`.
    """

    name: str
    wkb: Sequence
    fid: Sequence[int]
    code: Sequence
    county: Optional[Sequence] = None
    official_m2: Optional[Sequence[float]] = None
    crs: CrsInfo = field(default_factory=CrsInfo)

    def __len__(self):
        return len(self.fid)


@dataclass
class OverlayOptions:
    """Options of :func:`overlay_parcels`.

    ``area_method``: ``AreaMethod`` (or its value/index); ``min_area``: pieces
    below this many m² get ``sliver = 1`` (never dropped); ``snap_tolerance``:
    metres (0: off), converted to degrees in a geographic CRS; ``mapping``: a
    ``metering.landclass.LandClassMapping`` (None: the shipped one);
    ``ellipsoidal_measure``: for CRSs other than CGCS2000 GK, a function
    (array of shapely polygons in the layer CRS) → array of ellipsoidal m²;
    None: :func:`metering.overlay.areas.geodesic_areas` (pyproj).
    """

    area_method: AreaMethod = AreaMethod.ELLIPSOIDAL
    min_area: float = DEFAULT_MIN_AREA
    snap_tolerance: float = DEFAULT_SNAP_TOLERANCE
    mapping: object = None
    ellipsoidal_measure: Optional[Callable] = None


@dataclass
class SnapReport:
    """The rounding check and the snapping (step 4)."""

    tolerance_m: float = 0.0
    sampled: int = 0  # target vertices compared
    exact: int = 0  # of those, on a base vertex
    rounding: int = 0  # within the tolerance of a base vertex without being on it
    applied: bool = False
    twins: int = 0  # target parcels replaced by the base parcel they match within the tolerance
    parcels_moved: int = 0  # other target parcels with snapped vertices
    vertices_moved: int = 0


@dataclass
class LayerReport:
    """What the overlay found in one input layer (fids are the layer's feature ids)."""

    name: str
    features: int = 0  # features given
    parcels: int = 0  # with a usable polygon
    repaired_fids: list = field(default_factory=list)  # invalid geometry repaired
    skipped_fids: list = field(default_factory=list)  # no polygon (empty, NULL, lines/points, unrepairable)
    null_code_fids: list = field(default_factory=list)
    unknown_codes: dict = field(default_factory=dict)  # code → [fids] of codes missing from the mapping
    official_missing_fids: list = field(default_factory=list)  # official method: no survey area, planar used
    overlaps: list = field(default_factory=list)  # [(fid_a, fid_b, overlap m² planar)] within this layer
    area_m2: float = 0.0  # sum of the parcels' areas by the area method
    conservation: list = field(default_factory=list)  # [(class, layer m², pieces m², relative error)] > 1e-6

    @property
    def conserved(self):
        return not self.conservation


@dataclass
class OverlayReport:
    """The numbers of one overlay (tests and logs read these, never log text)."""

    base: LayerReport
    target: LayerReport
    pieces: int = 0
    unchanged: int = 0
    changed: int = 0
    base_only: int = 0
    target_only: int = 0
    slivers: int = 0
    identical_pairs: int = 0  # parcels paired without intersection
    zone_shift_m: Optional[float] = None  # easting shift applied to the target (GK zone prefix)
    snapping: SnapReport = field(default_factory=SnapReport)
    area_method: str = AreaMethod.ELLIPSOIDAL.value
    area_formula: str = ""  # 'gauss_kruger' | 'geodesic' | 'planar' | 'official'
    ellipsoid: str = ""
    planar_total_m2: float = 0.0  # sum of the pieces' planar areas
    overlap_excess_m2: float = 0.0  # planar area the within-layer overlaps count twice
    overlap_share: float = 1.0  # area in both layers / the smaller layer's area (planar)

    @property
    def conserved(self):
        return self.base.conserved and self.target.conserved


@dataclass
class OverlayResult:
    """Pieces (``frame`` has ``metering.vocabulary.PIECE_COLUMNS``), their WKB, the change matrix.

    ``geometry[k]`` is the 2-D MultiPolygon WKB of row ``k`` of ``frame``;
    ``matrix`` has ``level, base, target, area_ha`` (:func:`change_matrix`);
    ``notes`` are the core's ``Note``\\ s in the order a log shows them;
    ``bounds[k]`` is ``[minx, miny, maxx, maxy]`` of row ``k``'s geometry (writers put it in
    a GeoPackage's geometry header and R-tree without parsing the WKB again).
    """

    frame: object
    geometry: np.ndarray
    matrix: object
    report: OverlayReport
    notes: list = field(default_factory=list)
    bounds: Optional[np.ndarray] = None


def overlay_parcels(base, target, options=None, progress=None):
    """Overlay ``base`` (t1) and ``target`` (t2) :class:`ParcelLayer`\\ s → :class:`OverlayResult`.

    Both layers must be in the same CRS or in the two CGCS2000 GK families of
    one zone (the target is then shifted by the zone prefix). Raises
    ``MeteringError``: ``overlay_no_parcels`` (a layer without usable
    polygons), ``overlay_crs_differ`` (other CRS differences: reproject
    first), ``overlay_disjoint`` (the layers overlap on less than 1 % of the
    smaller one: probably a wrong CRS), ``overlay_planar_geographic``
    (planar areas asked of a geographic CRS), ``missing_package``;
    ``Cancelled`` when ``progress`` asks to stop.
    """
    from .geometry import run_overlay

    return run_overlay(base, target, options or OverlayOptions(), progress)
