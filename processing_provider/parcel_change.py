"""carbonmeter:parcel_change — base-year / metering-year parcel overlay and change flags.

Glue only: reads both layers through QGIS into WKB and attribute arrays
(``qgis_io.read_columns``), hands them to the overlay core
(``metering.overlay.overlay_parcels``, shapely 2) and writes the pieces and the
change matrix. Every message is a template of ``messages.py`` (block ``# overlay``).
"""

import os

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..metering import gk_crs
from ..metering.errors import MeteringError, Note
from ..metering.landclass import MappingError, default_mapping, load_objects, mapping_from_frame, overlay_user_mapping
from ..metering.overlay import (
    DEFAULT_MIN_AREA,
    DEFAULT_SNAP_TOLERANCE,
    OFFICIAL_FIELDS,
    CrsInfo,
    OverlayOptions,
    ParcelLayer,
    check_code_field,
    check_layer_crs,
    code_share,
    counties_from_zldwdm,
    official_areas,
    overlay_parcels,
)
from ..metering.overlay.geometry import geometries_from_wkb, release_freed_memory, require_shapely
from ..metering.vocabulary import PIECE_COLUMNS, AreaMethod
from . import messages
from .base import CarbonAlgorithm
from .qgis_compat import INTEGER, INTEGER64, REAL, TEXT, field_type, make_field
from .qgis_io import (
    append_frame_to_geopackage,
    close_sink,
    fields_for_frame,
    geopackage_destination,
    read_columns,
    source_to_frame,
    write_frame,
)

DEFAULT_CODE_FIELD = "DLBM"
_FIELD_KINDS = {"change_flag": INTEGER, "sliver": INTEGER, "area_m2": REAL, "base_area_m2": REAL,
                "target_area_m2": REAL, "base_fid": INTEGER64, "target_fid": INTEGER64}


def crs_info(crs):
    """The core's CrsInfo of a QgsCoordinateReferenceSystem (invalid: no CRS)."""
    if not crs.isValid():
        return CrsInfo()
    authid = crs.authid().upper()
    epsg = int(authid.split(":")[1]) if authid.startswith("EPSG:") and authid.split(":")[1].isdigit() else None
    return CrsInfo(epsg=epsg, geographic=crs.isGeographic(), wkt=crs.toWkt(), name=crs.authid() or crs.description())


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
        """(feature source, vector layer or None, name for messages); a GBK .dbf without .cpg reopened."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        layer = self.parameterAsVectorLayer(parameters, name, context)
        label = layer.name() if layer is not None else source.sourceName()
        if layer is not None:
            label = next((p.split("=", 1)[1] for p in layer.source().split("|")[1:]
                          if p.lower().startswith("layername=")), label)
        value = parameters.get(name)
        whole = layer is not None and not (hasattr(value, "selectedFeaturesOnly") and value.selectedFeaturesOnly)
        if layer is None or layer.providerType() != "ogr":
            return source, (layer if whole else None), label
        path = layer.source().split("|")[0]
        if path.lower().endswith((".shp", ".dbf")) and not os.path.exists(os.path.splitext(path)[0] + ".cpg") \
                and self._mis_decoded(layer):
            reopened = QgsVectorLayer(layer.source(), layer.name(), "ogr")
            reopened.setProviderEncoding("GB18030")
            if not self._mis_decoded(reopened):
                messages.log_note(feedback, Note.info("overlay_gbk", layer=label))
                self._keep_alive.append(reopened)
                return reopened, None, label
        return source, (layer if whole else None), label

    @staticmethod
    def _mis_decoded(layer):
        names = [f.name() for f in layer.fields() if f.type() == field_type(TEXT)]
        if not names:
            return False
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setLimit(5000)
        request.setSubsetOfAttributes(names, layer.fields())
        return any(isinstance(v, str) and "\ufffd" in v for f in layer.getFeatures(request) for v in f.attributes())

    def _check_layer(self, source, label, field, role):
        names = source.fields().names()
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise MeteringError("overlay_not_polygon", layer=label, type=QgsWkbTypes.displayString(source.wkbType()))
        if source.featureCount() == 0:
            raise MeteringError("overlay_empty_layer", layer=label)
        if not field:
            raise MeteringError("overlay_no_code_field", layer=label, role=role)
        if field not in names:
            raise MeteringError("overlay_missing_field", layer=label, field=field, role=role, fields=", ".join(names))

    def _read(self, source, layer, label, code_field, county_field, official, crs, dest, context, feedback, span,
              mapping):
        """One layer as a ParcelLayer (reprojected to ``dest`` unless the core can shift it)."""
        names = source.fields().names()
        wanted = [code_field] + ([county_field] if county_field else [])
        wanted += [f for f in OFFICIAL_FIELDS if official and f in names]
        request = None
        info = crs_info(crs)
        if dest is not None:
            request = QgsFeatureRequest().setDestinationCrs(dest, context.transformContext())
            info = crs_info(dest)
            info.name = crs.authid() or crs.description()  # messages name the CRS the layer is declared in
        cols = read_columns(source, list(dict.fromkeys(wanted)), True, feedback, span, request=request, layer=layer)
        codes = cols.values[code_field]
        sample = [codes[k] for k in np.linspace(0, len(codes) - 1, min(len(codes), 5000)).astype(int)] if codes else []
        others = {}
        if sample and (code_share(sample, mapping) or 0.0) < 0.5:
            # only to name the code-like fields in the message
            request = QgsFeatureRequest().setLimit(2000)
            other = [n for n in names if n != code_field]
            others = read_columns(source, other, False, request=request).values if other else {}
        check_code_field(label, code_field, sample, others, mapping)
        county = None
        if county_field:
            raw = cols.values[county_field]
            county = counties_from_zldwdm(raw) if county_field.upper() == "ZLDWDM" else \
                [None if v is None else str(v) for v in raw]
        area = None
        if official:
            area = official_areas(*(cols.values.get(f) for f in OFFICIAL_FIELDS))
        # geometries now: the WKB is not held during the overlay
        geoms = geometries_from_wkb(require_shapely(), cols.wkb)
        cols.wkb = None
        return ParcelLayer(label, geoms, cols.fid, codes, county, area, info)

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
            self._check_layer(source, label, field, role)
            names = source.fields().names()
            if county_param and county_param not in names:
                raise MeteringError("overlay_missing_county_field", layer=label, field=county_param,
                                    fields=", ".join(names))
            county = county_param or ("ZLDWDM" if "ZLDWDM" in names else None)
            if official and "TBDLMJ" not in names and "TBMJ" not in names:
                raise MeteringError("overlay_no_official_fields", layer=label)
            layers.append((source, layer, label, field, county))
        mapping = self._mapping(parameters, context, feedback)

        # the CRS of each layer (checked against its coordinates), decided here once
        crs = []
        for source, _layer, label, _f, _c in layers:
            qcrs, e = source.sourceCrs(), source.sourceExtent()
            info = check_layer_crs(label, crs_info(qcrs), (e.xMinimum(), e.yMinimum(), e.xMaximum(), e.yMaximum()))
            if info.epsg is not None and info.epsg != crs_info(qcrs).epsg:
                messages.log_note(feedback, Note.info("overlay_crs_derived", layer=label, epsg=info.epsg,
                                                      extent="{0:.0f} – {1:.0f}".format(e.xMinimum(), e.xMaximum())))
                qcrs = QgsCoordinateReferenceSystem("EPSG:{0}".format(info.epsg))
            crs.append(qcrs)
        base_crs, target_crs = crs
        if method == AreaMethod.PLANAR and base_crs.isGeographic():
            raise MeteringError("overlay_planar_geographic", layer=layers[0][2], crs=base_crs.authid())
        names = dict(base=layers[0][2], target=layers[1][2], base_crs=base_crs.authid(),
                     target_crs=target_crs.authid())
        dest = None
        if target_crs != base_crs:
            shift = gk_crs.zone_shift(crs_info(target_crs).epsg, crs_info(base_crs).epsg)
            if shift is None:
                dest = base_crs
                messages.log_note(feedback, Note.info("overlay_reprojected", **names))
            else:
                messages.log_note(feedback, Note.info("overlay_zone_shift", shift=shift, **names))
        base = self._read(*layers[0], official, base_crs, None, context, feedback, (0, 10), mapping)
        target = self._read(*layers[1], official, target_crs, dest, context, feedback, (10, 20), mapping)
        self.check_canceled(feedback)
        snap = self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context)
        if parameters.get(self.SNAP_TOLERANCE) is None:
            snap = DEFAULT_SNAP_TOLERANCE
        options = OverlayOptions(area_method=method, min_area=self.parameterAsDouble(parameters, self.MIN_AREA,
                                                                                      context),
                                 snap_tolerance=snap, mapping=mapping,
                                 ellipsoidal_measure=self._measure(base_crs, context))
        result = overlay_parcels(base, target, options, self.core_progress(feedback, 20, 84))
        del base, target
        release_freed_memory()  # the parcels' geometries: their pages back before the output is written
        self.log_notes(feedback, result.notes)
        return self._write(parameters, context, feedback, result, base_crs)

    @staticmethod
    def _measure(crs, context):
        """QGIS's ellipsoidal measure for CRSs the core has no vectorised formula for."""
        da = QgsDistanceArea()
        da.setSourceCrs(crs, context.transformContext())
        da.setEllipsoid(crs.ellipsoidAcronym() or "EPSG:1024")

        def measure(geoms):
            import shapely

            out = np.zeros(len(geoms))
            for k, blob in enumerate(shapely.to_wkb(np.asarray(geoms, dtype=object), output_dimension=2)):
                g = QgsGeometry()
                g.fromWkb(blob)
                out[k] = da.measureArea(g)
            return out

        return measure

    def _write(self, parameters, context, feedback, result, crs):
        fields = QgsFields()
        for name in PIECE_COLUMNS:
            fields.append(make_field(name, _FIELD_KINDS.get(name, TEXT)))
        mfields = fields_for_frame(result.matrix)
        # the last cancellation point: once a sink is open, stopping would leave half a file behind
        self.check_canceled(feedback)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        msink, matrix_dest = self.parameterAsSink(parameters, self.CHANGE_MATRIX, context, mfields,
                                                  QgsWkbTypes.Type.NoGeometry)
        if msink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.CHANGE_MATRIX))
        write_frame(msink, result.matrix, mfields)
        close_sink(msink)
        # a GeoPackage file: QGIS creates the table (schema, CRS, R-tree) and SQLite fills it in one
        # transaction; any other destination, or a table that does not take that, through the sink
        feedback.setProgress(85)
        if geopackage_destination(dest) is not None and result.bounds is not None:
            close_sink(sink)
            kinds = {name: _FIELD_KINDS.get(name, TEXT) for name in PIECE_COLUMNS}
            if append_frame_to_geopackage(dest, result.frame, kinds, result.geometry, result.bounds):
                sink = None
            else:
                sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                                  QgsWkbTypes.Type.MultiPolygon, crs)
                if sink is None:
                    raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        if sink is not None:
            write_frame(sink, result.frame, fields, geometries=result.geometry, feedback=feedback, progress=(85, 99))
            close_sink(sink)
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.CHANGE_MATRIX: matrix_dest}
