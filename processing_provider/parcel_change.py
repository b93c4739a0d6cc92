"""carbonmeter:parcel_change — base-year / metering-year parcel overlay and change flags.

Glue only: reads both layers through QGIS into WKB and attribute columns
(``qgis_io.read_columns``), hands them to the overlay core
(``metering.overlay``, shapely 2: field checks, code check, areas, overlay) and
writes the pieces and the change matrix (``qgis_io.Output``). Every message is a
template of ``messages.py`` (block ``# overlay``).
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..metering import gk_crs
from ..metering.errors import MeteringError, Note
from ..metering.landclass import MappingError, default_mapping, load_objects, mapping_from_frame, overlay_user_mapping
from ..metering.overlay import (
    DEFAULT_MIN_AREA,
    DEFAULT_SNAP_TOLERANCE,
    OverlayOptions,
    check_layer_crs,
    check_parcel_fields,
    overlay_parcels,
    parcel_layer,
)
from ..metering.overlay.areas import area_formula
from ..metering.overlay.geometry import geometries_from_wkb, release_freed_memory, require_shapely
from ..metering.vocabulary import PIECE_COLUMNS, AreaMethod
from . import messages
from .base import CarbonAlgorithm
from .qgis_compat import INTEGER, INTEGER64, REAL, TEXT, make_field
from .qgis_io import (
    Output,
    crs_info,
    ellipsoidal_measure,
    fields_for_frame,
    gbk_reopened,
    read_columns,
    source_to_frame,
)

DEFAULT_CODE_FIELD = "DLBM"
_FIELD_KINDS = {"change_flag": INTEGER, "sliver": INTEGER, "area_m2": REAL, "base_area_m2": REAL,
                "target_area_m2": REAL, "base_fid": INTEGER64, "target_fid": INTEGER64}
__all__ = ["DEFAULT_CODE_FIELD", "ParcelChangeAlgorithm", "crs_info"]  # check_inputs uses the last


class ParcelChangeAlgorithm(CarbonAlgorithm):
    BASE = "BASE"
    BASE_FIELD = "BASE_FIELD"
    TARGET = "TARGET"
    TARGET_FIELD = "TARGET_FIELD"
    MAPPING = "MAPPING"
    COUNTY_FIELD = "COUNTY_FIELD"
    MIN_AREA = "MIN_AREA"
    AREA_METHOD = "AREA_METHOD"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    OUTPUT = "OUTPUT"
    #: Loaded outputs get their translated name and shipped style (layer_style).
    OUTPUT_STYLES = {"OUTPUT": "parcel_change", "CHANGE_MATRIX": "change_matrix"}
    CHANGE_MATRIX = "CHANGE_MATRIX"

    GROUP_ID = "parcel_metering"

    def name(self):
        return "parcel_change"

    def displayName(self):  # noqa: N802
        return self.tr("Base-year/metering-year parcel overlay and change flags (基准年—计量年图斑叠加与变化标识)")

    def group(self):
        return self.tr("Parcel carbon metering")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Overlays the base-year (t1) and the metering-year (t2) land-survey parcel layers "
            "(三调 / 年度变更调查 DLTB) and flags every piece as unchanged, changed, base only or "
            "target only (Hubei carbon-metering spec, ch. 5 and 8; land classes to metering "
            "objects after its appendix A). Needs the Python package shapely ≥ 2.\n\n"
            "Parameters:\n"
            "- BASE / TARGET: polygon parcel layers of the base year and the metering year "
            "(GeoPackage, shapefile — GBK .dbf without .cpg is detected —, FileGDB, memory layers, a "
            "model's temporary outputs). CGCS2000 3-degree Gauss-Krüger (EPSG:4513–4533 with zone prefix, "
            "4534–4554 without) is checked against the coordinates; a layer declared geographic (e.g. "
            "EPSG:4490) whose coordinates are projected metres is stopped with the probable EPSG. The "
            "target is reprojected to the base CRS if they differ; layers of one GK zone in the two EPSG "
            "families are shifted by exactly the zone prefix (zone × 1 000 000 m), not reprojected.\n"
            "- BASE_FIELD / TARGET_FIELD: the land-class code field (default DLBM; GB/T 21010-2017 / 三调 "
            "codes as text, numeric 101 is read as 0101). A field whose values are mostly no codes (an "
            "area, a name) is refused and the layer's code-like fields are named.\n"
            "- MAPPING: optional table with fields code and object overriding the shipped table "
            "(every GB/T 21010 and 三调 code; built-up land and water are non_metered). NULL or "
            "unknown codes become unmapped and are listed in the log.\n"
            "- COUNTY_FIELD: optional county field; by default the first 6 digits of ZLDWDM "
            "(坐落单位代码) when the layer has it.\n"
            "- AREA_METHOD: ellipsoidal (CGCS2000 ellipsoid, as 三调 computes parcel area; default: for "
            "Gauss-Krüger layers the planar area corrected by the projection's scale factor, otherwise "
            "geodesic), planar (the layer's projected CRS, m²; refused for geographic layers) or official "
            "(each parcel's survey area TBDLMJ = TBMJ − KCMJ shared among its pieces in proportion to "
            "their geometric area, so totals reproduce the survey statistics).\n"
            "- MIN_AREA (m², advanced): pieces smaller than this are flagged sliver = 1 (never dropped).\n"
            "- SNAP_TOLERANCE (m, advanced, default 0.001): target vertices within this distance of a base "
            "vertex or edge are moved onto it, so copies differing only by rounding (FileGDB, reprojected, "
            "zone-shifted) pair as unchanged; 0 turns it off. Up to 5 000 vertices of target parcels not "
            "identical to a base parcel are first compared with the nearby base vertices; only if some lie "
            "within the tolerance without being on one is the target snapped, otherwise the log says it "
            "was skipped.\n\n"
            "Outputs:\n"
            "- OUTPUT: one polygon per overlay piece with base_code, target_code, base_object, "
            "target_object, change_flag (0 unchanged, 1 changed, 2 only in the base layer, 3 only "
            "in the target layer), change_type (e.g. 旱地→乔木林地), county, area_m2 (m²), sliver, "
            "area_method, base_area_m2 / target_area_m2 (the piece's share of each year's parcel "
            "area, m²) and base_fid / target_fid.\n"
            "- CHANGE_MATRIX: area (ha) by base-year × metering-year at object level and at code level "
            "(fields level, base, target, area_ha).\n\n"
            "Area is conserved: per class, the pieces sum to each layer's own class areas (checked, "
            "1e-6 relative, and logged)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        for layer, field, title, field_title, help_layer in (
            (self.BASE, self.BASE_FIELD, self.tr("Base-year parcels (t1)"), self.tr("Base land-class code field"),
             self.tr("Polygon parcel layer of the base year t1 (e.g. 三调 DLTB 2020).")),
            (self.TARGET, self.TARGET_FIELD, self.tr("Metering-year parcels (t2)"),
             self.tr("Metering-year land-class code field"),
             self.tr("Polygon parcel layer of the metering year t2 (e.g. 年度变更调查 DLTB 2023).")),
        ):
            p = QgsProcessingParameterFeatureSource(layer, title, polygon)
            p.setHelp(help_layer)
            self.addParameter(p)
            p = QgsProcessingParameterField(field, field_title, DEFAULT_CODE_FIELD, layer, optional=True)
            p.setHelp(self.tr("Field holding the GB/T 21010 / 三调 land-class code; DLBM when not given."))
            self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.MAPPING, self.tr("Land class → metering object table"), [QgsProcessing.SourceType.TypeVector],
            optional=True
        )
        p.setHelp(self.tr("Optional table (CSV, xlsx or any QGIS table) with fields code and object; its rows "
                          "override the shipped mapping (metering/data/landclass_mapping.csv). Objects must be "
                          "those of metering_objects.csv."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.COUNTY_FIELD, self.tr("County field"), None, self.BASE, optional=True)
        p.setHelp(self.tr("Optional field (present in both layers) giving the county of each parcel. Default: "
                          "the first 6 digits of ZLDWDM (坐落单位代码) when present; a field named ZLDWDM is "
                          "always cut to its first 6 digits."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.AREA_METHOD, self.tr("Area method"),
            [self.tr("ellipsoidal (CGCS2000 ellipsoid, as 三调)"), self.tr("planar (layer CRS)"),
             self.tr("official (survey area TBDLMJ shared by geometric area)")], defaultValue=0)
        p.setHelp(self.tr("ellipsoidal: area on the CGCS2000 ellipsoid (三调 图斑面积); planar: area in the "
                          "projected CRS; official: each parcel's TBDLMJ (or TBMJ − KCMJ, TBMJ × (1 − KCXS)) "
                          "shared among its pieces in proportion to their geometric area."))
        self.addParameter(p)
        advanced = QgsProcessingParameterDefinition.Flag.FlagAdvanced
        p = QgsProcessingParameterNumber(self.MIN_AREA, self.tr("Sliver threshold (m²)"),
                                         QgsProcessingParameterNumber.Type.Double, DEFAULT_MIN_AREA, minValue=0.0)
        p.setHelp(self.tr("Pieces with an area below this many square metres get sliver = 1; they are kept."))
        p.setFlags(p.flags() | advanced)
        self.addParameter(p)
        p = QgsProcessingParameterNumber(self.SNAP_TOLERANCE, self.tr("Vertex snapping tolerance (m)"),
                                         QgsProcessingParameterNumber.Type.Double, DEFAULT_SNAP_TOLERANCE,
                                         optional=True, minValue=0.0)
        p.setHelp(self.tr("Metering-year vertices closer than this many metres to a base vertex or edge are moved "
                          "onto it "
                          "before the overlay (default 0.001 m = 1 mm; 0 turns snapping off), so copies that differ "
                          "only by rounding pair as unchanged. Skipped when a sample of target vertices shows no "
                          "rounding differences. In a geographic CRS 1 m is taken as 1/111 320 degree."))
        p.setFlags(p.flags() | advanced)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Overlay pieces"),
                                              QgsProcessing.SourceType.TypeVectorPolygon)
        p.setHelp(self.tr("One polygon per overlay piece with codes, objects, change flag, county and area (m²)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.CHANGE_MATRIX, self.tr("Change matrix"),
                                              QgsProcessing.SourceType.TypeVector)
        p.setHelp(self.tr("Area (ha) by base-year × metering-year class, at object and at code level."))
        self.addParameter(p)

    # ------------------------------------------------------------------ reading

    def _source(self, parameters, name, context, feedback):
        """(feature source, whole vector layer or None, name for messages); a GBK .dbf without .cpg reopened."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        layer = self.parameterAsVectorLayer(parameters, name, context)
        label = layer.name() if layer is not None else source.sourceName()
        if layer is not None:
            label = next((p.split("=", 1)[1] for p in layer.source().split("|")[1:]
                          if p.lower().startswith("layername=")), label)
        value = parameters.get(name)
        whole = layer is not None and not getattr(value, "selectedFeaturesOnly", False)
        reopened = gbk_reopened(layer)
        if reopened is not None:
            messages.log_note(feedback, Note.info("overlay_gbk", layer=label))
            self._keep_alive.append(reopened)
            return reopened, None, label
        return source, (layer if whole else None), label

    @staticmethod
    def _check_layer(source, label, field, role, county_field, official):
        """(fields to read, county field or None) of a parcel layer, after checking it (check_inputs too)."""
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise MeteringError("overlay_not_polygon", layer=label, type=QgsWkbTypes.displayString(source.wkbType()))
        if source.featureCount() == 0:
            raise MeteringError("overlay_empty_layer", layer=label)
        return check_parcel_fields(label, source.fields().names(), field, role, county_field, official)

    def _read(self, source, layer, label, fields, code_field, county_field, official, info, request, feedback,
              span, mapping):
        """One layer as the core's ParcelLayer (geometries parsed now: the WKB is not held during the overlay)."""
        cols = read_columns(source, fields, True, feedback, span, request=request, layer=layer)
        other = [n for n in source.fields().names() if n != code_field]

        def candidates():  # only to name the code-like fields when the code field looks wrong
            return read_columns(source, other, False, request=QgsFeatureRequest().setLimit(2000)).values

        geoms = geometries_from_wkb(require_shapely(), cols.wkb)
        cols.wkb = None
        return parcel_layer(label, geoms, cols.fid, cols.values, code_field, county_field, official, info, mapping,
                            candidates if other else None)

    def _mapping(self, parameters, context, feedback):
        mapping = default_mapping()
        table = self.parameterAsSource(parameters, self.MAPPING, context)
        if table is None:
            return mapping
        names = table.fields().names()
        lower = {n.lower(): n for n in names}
        if "code" not in lower or "object" not in lower:
            raise MeteringError("overlay_mapping_fields", table=table.sourceName(), fields=", ".join(names))
        wanted = [lower[k] for k in ("code", "object", "name_zh", "name_en", "source") if k in lower]
        frame = source_to_frame(table, wanted).drop(columns="fid")
        frame.columns = [c.lower() for c in frame.columns]
        try:
            user = mapping_from_frame(frame, set(load_objects()["object"]), label=table.sourceName())
        except MappingError as err:
            raise QgsProcessingException(self.tr("Mapping table error: {0}").format(
                messages.text(err.kind, err.details))) from None
        messages.log_note(feedback, Note.info("overlay_mapping_loaded", table=table.sourceName(), count=len(frame)))
        return overlay_user_mapping(mapping, user)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self._keep_alive = []
        with self.core_errors():
            require_shapely()
            return self._run(parameters, context, feedback)

    def _run(self, parameters, context, feedback):
        method = AreaMethod.at(self.parameterAsEnum(parameters, self.AREA_METHOD, context))
        official = method == AreaMethod.OFFICIAL
        county_param = self.parameterAsString(parameters, self.COUNTY_FIELD, context)
        layers = []
        for name, field_name, role in ((self.BASE, self.BASE_FIELD, "BASE_FIELD"),
                                       (self.TARGET, self.TARGET_FIELD, "TARGET_FIELD")):
            source, layer, label = self._source(parameters, name, context, feedback)
            field = self.parameterAsString(parameters, field_name, context) or DEFAULT_CODE_FIELD
            fields, county = self._check_layer(source, label, field, role, county_param, official)
            layers.append([source, layer, label, fields, field, county])
        mapping = self._mapping(parameters, context, feedback)

        # the CRS of each layer (checked against its coordinates), decided here once
        crs = []
        for source, _layer, label, *_rest in layers:
            qcrs, e = source.sourceCrs(), source.sourceExtent()
            info = check_layer_crs(label, crs_info(qcrs), (e.xMinimum(), e.yMinimum(), e.xMaximum(), e.yMaximum()))
            if info.epsg is not None and info.epsg != crs_info(qcrs).epsg:
                messages.log_note(feedback, Note.info("overlay_crs_derived", layer=label, epsg=info.epsg,
                                                      extent="{0:.0f} – {1:.0f}".format(e.xMinimum(), e.xMaximum())))
                qcrs = QgsCoordinateReferenceSystem("EPSG:{0}".format(info.epsg))
            crs.append(qcrs)
        base_crs, target_crs = crs
        formula = area_formula(method, crs_info(base_crs), layers[0][2])  # stops planar + geographic before reading
        target_info, request = crs_info(target_crs), None
        if target_crs != base_crs:
            names = dict(base=layers[0][2], target=layers[1][2], base_crs=base_crs.authid(),
                         target_crs=target_crs.authid())
            shift = gk_crs.zone_shift(crs_info(target_crs).epsg, crs_info(base_crs).epsg)
            if shift is None:  # reprojected by QGIS while reading; the core shifts GK zone prefixes itself
                request = QgsFeatureRequest().setDestinationCrs(base_crs, context.transformContext())
                target_info = crs_info(base_crs)
                target_info.name = target_crs.authid() or target_crs.description()  # messages name the declared CRS
                messages.log_note(feedback, Note.info("overlay_reprojected", **names))
            else:
                messages.log_note(feedback, Note.info("overlay_zone_shift", shift=shift, **names))
        base = self._read(*layers[0], official, crs_info(base_crs), None, feedback, (0, 10), mapping)
        target = self._read(*layers[1], official, target_info, request, feedback, (10, 20), mapping)
        self.check_canceled(feedback)
        snap = self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context)
        if parameters.get(self.SNAP_TOLERANCE) is None:
            snap = DEFAULT_SNAP_TOLERANCE
        options = OverlayOptions(area_method=method, min_area=self.parameterAsDouble(parameters, self.MIN_AREA,
                                                                                      context),
                                 snap_tolerance=snap, mapping=mapping,
                                 ellipsoidal_measure=ellipsoidal_measure(base_crs, context) if formula == "geodesic"
                                 else None)
        result = overlay_parcels(base, target, options, self.core_progress(feedback, 20, 84))
        del base, target
        release_freed_memory()  # the parcels' geometries: their pages back before the output is written
        self.log_notes(feedback, result.notes)
        return self._write(parameters, context, feedback, result, base_crs)

    def _write(self, parameters, context, feedback, result, crs):
        fields = QgsFields()
        for name in PIECE_COLUMNS:
            fields.append(make_field(name, _FIELD_KINDS.get(name, TEXT)))
        # the last cancellation point: once a sink is open, stopping would leave half a file behind
        self.check_canceled(feedback)
        pieces = Output(self, parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon, crs,
                        kinds={name: _FIELD_KINDS.get(name, TEXT) for name in PIECE_COLUMNS})
        matrix = Output(self, parameters, self.CHANGE_MATRIX, context, fields_for_frame(result.matrix))
        matrix_dest = matrix.write(result.matrix)
        feedback.setProgress(85)
        dest = pieces.write(result.frame, result.geometry, result.bounds, feedback=feedback, progress=(85, 99))
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.CHANGE_MATRIX: matrix_dest}
