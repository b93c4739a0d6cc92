"""carbonmeter:parcel_change — base-year / metering-year parcel overlay and change flags.

Thin: reads the layers and parameters, calls ``overlay_engine`` (geometry)
and ``metering.overlay`` / ``metering.landclass`` (the rest), writes sinks.
"""

import math
import os

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..metering import gk_crs
from ..metering.landclass import (
    MappingError,
    county_from_zldwdm,
    default_mapping,
    load_objects,
    mapping_from_frame,
    overlay_user_mapping,
)
from ..metering.overlay import (
    AREA_METHODS,
    BASE_ONLY,
    TARGET_ONLY,
    allocate_official_area,
    change_flags,
    change_labels,
    change_matrix,
    conservation_errors,
    official_parcel_area,
)
from . import overlay_engine
from .base import CarbonAlgorithm
from .qgis_io import close_sink, fields_for_frame, source_to_frame, to_python, write_frame

#: How many feature ids a log line lists before "…".
LIST_CAP = 20
OFFICIAL_FIELDS = ("TBDLMJ", "TBMJ", "KCMJ", "KCXS")
#: Below this share of the smaller layer's area in common, two survey years of one region
#: cannot be meant: the layers are taken to be in mismatched CRSs.
MIN_OVERLAP_SHARE = 0.01


def _capped(values):
    values = [str(v) for v in values]
    text = ", ".join(values[:LIST_CAP])
    return text + (" …" if len(values) > LIST_CAP else "")


class _Layer:
    """One input layer read into memory: geometries and the attributes used."""

    def __init__(self, name):
        self.name = name
        self.fids = []
        self.geometries = []
        self.raw_codes = []
        self.counties = []
        self.official = []
        self.crs = None


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
    CHANGE_MATRIX = "CHANGE_MATRIX"

    GROUP_ID = "parcel_metering"

    def name(self):
        return "parcel_change"

    def displayName(self):  # noqa: N802
        return self.tr("Base/target parcel overlay and change flags (基准年—计量年图斑叠加与变化标识)")

    def group(self):
        return self.tr("Parcel carbon metering")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Overlays the base-year (t1) and the metering-year (t2) land-survey parcel layers "
            "(三调 / 年度变更调查 DLTB) and flags every piece as unchanged, changed, base only or "
            "target only (Hubei carbon-metering spec, ch. 5 and 8; land classes to metering "
            "objects after its appendix A).\n\n"
            "Parameters:\n"
            "- BASE / TARGET: polygon parcel layers of the base year and the metering year "
            "(GeoPackage, shapefile — GBK .dbf without .cpg is detected —, FileGDB). CGCS2000 "
            "3-degree Gauss-Krüger (EPSG:4513–4533 with zone prefix, 4534–4554 without) is checked "
            "against the coordinates. The target is reprojected to the base CRS if they differ.\n"
            "- BASE_FIELD / TARGET_FIELD: the land-class code field (DLBM; GB/T 21010-2017 / 三调 "
            "codes as text, numeric 101 is read as 0101).\n"
            "- MAPPING: optional table with fields code and object overriding the shipped table "
            "(every GB/T 21010 and 三调 code; built-up land and water are non_metered). NULL or "
            "unknown codes become unmapped and are listed in the log.\n"
            "- COUNTY_FIELD: optional county field; by default the first 6 digits of ZLDWDM "
            "(坐落单位代码) when the layer has it.\n"
            "- MIN_AREA (m²): pieces smaller than this are flagged sliver = 1 (never dropped).\n"
            "- AREA_METHOD: ellipsoidal (CGCS2000 ellipsoid, as 三调 computes parcel area; "
            "default), planar (the layer's projected CRS) or official (each parcel's survey "
            "area TBDLMJ = TBMJ − KCMJ shared among its pieces in proportion to their geometric "
            "area, so totals reproduce the survey statistics).\n"
            "- SNAP_TOLERANCE (m, default 0.001): target vertices within this distance of a base vertex "
            "are moved onto it, so copies differing only by rounding (FileGDB, reprojected, "
            "zone-shifted) pair as unchanged; 0 turns it off. Snapping runs only where it is needed: up to "
            "5 000 vertices of target parcels not identical to a base parcel, spread over the layer, are first "
            "compared with the nearby base vertices, and only if some lie within the tolerance without being on "
            "one (rounding differences; their share is logged) is the target snapped. Otherwise (an annual "
            "change survey from one source, an independently redrawn layer) snapping is skipped and the log "
            "says so. Layers of one GK zone in the two EPSG "
            "families are shifted by exactly the zone prefix (zone × 1 000 000 m), not reprojected.\n\n"
            "Outputs:\n"
            "- OUTPUT: one polygon per overlay piece with base_code, target_code, base_object, "
            "target_object, change_flag (0 unchanged, 1 changed, 2 only in the base layer, 3 only "
            "in the target layer), change_type (e.g. 旱地→乔木林地), county, area_m2 (m²), sliver, "
            "area_method, base_area_m2 / target_area_m2 (the piece's share of each year's parcel "
            "area, m²) and base_fid / target_fid.\n"
            "- CHANGE_MATRIX: area (ha) by base × target at object level and at code level "
            "(fields level, base, target, area_ha).\n\n"
            "Area is conserved: per class, the pieces sum to each layer's own class areas (checked, "
            "1e-6 relative, and logged)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        p = QgsProcessingParameterFeatureSource(self.BASE, self.tr("Base-year parcels (t1)"), polygon)
        p.setHelp(self.tr("Polygon parcel layer of the base year t1 (e.g. 三调 DLTB 2020)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.BASE_FIELD, self.tr("Base land-class code field"), "DLBM", self.BASE
        )
        p.setHelp(self.tr("Field of the base layer holding the GB/T 21010 / 三调 land-class code (DLBM)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.TARGET, self.tr("Metering-year parcels (t2)"), polygon)
        p.setHelp(self.tr("Polygon parcel layer of the metering year t2 (e.g. 年度变更调查 DLTB 2023)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.TARGET_FIELD, self.tr("Target land-class code field"), "DLBM", self.TARGET
        )
        p.setHelp(self.tr("Field of the target layer holding the GB/T 21010 / 三调 land-class code (DLBM)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.MAPPING, self.tr("Land class → metering object table"), [QgsProcessing.SourceType.TypeVector],
            optional=True
        )
        p.setHelp(
            self.tr(
                "Optional table (CSV, xlsx or any QGIS table) with fields code and object; its rows "
                "override the shipped mapping (metering/data/landclass_mapping.csv). Objects must be "
                "those of metering_objects.csv."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.COUNTY_FIELD, self.tr("County field"), None, self.BASE, optional=True
        )
        p.setHelp(
            self.tr(
                "Optional field (present in both layers) giving the county of each parcel. Default: "
                "the first 6 digits of ZLDWDM (坐落单位代码) when present; a field named ZLDWDM is "
                "always cut to its first 6 digits."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.MIN_AREA, self.tr("Sliver threshold (m²)"), QgsProcessingParameterNumber.Type.Double, 1.0, minValue=0.0
        )
        p.setHelp(self.tr("Pieces with an area below this many square metres get sliver = 1; they are kept."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.AREA_METHOD,
            self.tr("Area method"),
            [
                self.tr("ellipsoidal (CGCS2000 ellipsoid, as 三调)"),
                self.tr("planar (layer CRS)"),
                self.tr("official (survey area TBDLMJ shared by geometric area)"),
            ],
            defaultValue=0,
        )
        p.setHelp(
            self.tr(
                "ellipsoidal: area on the CGCS2000 ellipsoid (三调 图斑面积); planar: area in the "
                "projected CRS; official: each parcel's TBDLMJ (or TBMJ − KCMJ, TBMJ × (1 − KCXS)) "
                "shared among its pieces in proportion to their geometric area."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.SNAP_TOLERANCE, self.tr("Vertex snapping tolerance (m)"), QgsProcessingParameterNumber.Type.Double,
            0.001, optional=True, minValue=0.0
        )
        p.setHelp(
            self.tr(
                "Target vertices closer than this many metres to a base vertex are moved onto it before the "
                "overlay (default 0.001 m = 1 mm; 0 turns snapping off). Copies of the same parcels that "
                "differ only by rounding (FileGDB, reprojected or zone-shifted copies) then pair as unchanged "
                "instead of leaving slivers along every boundary. A sample of up to 5 000 target vertices is "
                "checked first: without rounding differences (vertices within the tolerance of a base vertex "
                "but not on it) snapping is skipped. In a geographic CRS 1 m is taken as 1/111 320 degree."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Overlay pieces"), QgsProcessing.SourceType.TypeVectorPolygon
        )
        p.setHelp(self.tr("One polygon per overlay piece with codes, objects, change flag, county and area (m²)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.CHANGE_MATRIX, self.tr("Change matrix"), QgsProcessing.SourceType.TypeVector
        )
        p.setHelp(self.tr("Area (ha) by base × target class, at object and at code level."))
        self.addParameter(p)

    # ------------------------------------------------------------------ reading

    def _source(self, parameters, name, context, feedback, text_fields):
        """The input as a feature source and a name for messages.

        A shapefile whose .dbf is GBK/GB18030 without a .cpg is reopened with that encoding.
        """
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        layer = self.parameterAsVectorLayer(parameters, name, context)
        label = self._label(layer, source)
        if layer is None or layer.providerType() != "ogr":
            return source, label
        path = layer.source().split("|")[0]
        if not path.lower().endswith((".shp", ".dbf")) or os.path.exists(os.path.splitext(path)[0] + ".cpg"):
            return source, label
        if not self._looks_mis_decoded(layer, text_fields):
            return source, label
        reopened = QgsVectorLayer(layer.source(), layer.name(), "ogr")
        reopened.setProviderEncoding("GB18030")
        if self._looks_mis_decoded(reopened, text_fields):
            return source, label
        feedback.pushInfo(
            self.tr("Layer {0}: the .dbf is not UTF-8 and has no .cpg; read as GB18030 (GBK).").format(label)
        )
        self._keep_alive.append(reopened)
        return reopened, label

    @staticmethod
    def _label(layer, source):
        """The layer's name as the user knows it (the GeoPackage/FileGDB layer name when given)."""
        if layer is not None:
            for part in layer.source().split("|")[1:]:
                if part.lower().startswith("layername="):
                    return part.split("=", 1)[1]
            return layer.name()
        return source.sourceName()

    @staticmethod
    def _looks_mis_decoded(layer, text_fields):
        names = [f.name() for f in layer.fields() if f.type() == QVariant.String]
        names = [n for n in names if not text_fields or n in text_fields] or names
        if not names:
            return False
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setLimit(5000)
        request.setSubsetOfAttributes(names, layer.fields())
        for feature in layer.getFeatures(request):
            for n in names:
                value = feature[n]
                if isinstance(value, str) and "\ufffd" in value:
                    return True
        return False

    def _check_fields(self, source, layer_name, field_name, role):
        if not field_name:
            raise QgsProcessingException(
                self.tr("No land-class code field given for layer {0} ({1}).").format(layer_name, role)
            )
        if source.fields().lookupField(field_name) < 0:
            raise QgsProcessingException(
                self.tr("Layer {0} has no field {1} ({2}). Its fields: {3}. Choose the land-class code field (DLBM).")
                .format(layer_name, field_name, role, ", ".join(source.fields().names()))
            )

    def _check_geometry_type(self, source, layer_name):
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise QgsProcessingException(
                self.tr("Layer {0} is not a polygon layer (its geometry type is {1}); give the parcel (图斑) polygons.")
                .format(layer_name, QgsWkbTypes.displayString(source.wkbType()))
            )
        if source.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("Layer {0} is empty: it has no parcels.").format(layer_name)
            )

    @staticmethod
    def _epsg(crs):
        """The EPSG number of ``crs`` or None."""
        authid = crs.authid().upper() if crs.isValid() else ""
        if authid.startswith("EPSG:"):
            try:
                return int(authid.split(":")[1])
            except ValueError:
                return None
        return None

    def _check_crs(self, source, layer_name, feedback):
        """The CRS to use for ``source``: declared, or derived from a GK zone prefix."""
        crs = source.sourceCrs()
        extent = source.sourceExtent()
        epsg = None
        if crs.isValid() and crs.authid().upper().startswith("EPSG:"):
            try:
                epsg = int(crs.authid().split(":")[1])
            except ValueError:
                epsg = None
        if crs.isValid() and epsg is None:
            return crs
        if extent.isNull() or extent.isEmpty() or not all(
            math.isfinite(v) for v in (extent.xMinimum(), extent.xMaximum())
        ) or extent.width() > 1.0e300:
            # no geometry to check the CRS against: reading the layer reports what is wrong
            return crs
        status, suggested = gk_crs.check_extent(epsg, extent.xMinimum(), extent.xMaximum())
        easting = "{0:.0f} – {1:.0f}".format(extent.xMinimum(), extent.xMaximum())
        if status == "ok":
            return crs
        if status == "derived":
            feedback.pushInfo(
                self.tr("Layer {0} has no CRS; its eastings {1} carry the zone prefix, so EPSG:{2} is used.")
                .format(layer_name, easting, suggested)
            )
            return QgsCoordinateReferenceSystem("EPSG:{0}".format(suggested))
        if status == "unknown":
            raise QgsProcessingException(
                self.tr("Layer {0} has no valid CRS and its eastings {1} carry no Gauss-Krüger zone prefix; "
                        "set the layer's CRS (e.g. EPSG:4534–4554) and run again.").format(layer_name, easting)
            )
        hint = (
            self.tr("It is probably EPSG:{0}.").format(suggested)
            if suggested
            else self.tr("Check the layer's CRS.")
        )
        raise QgsProcessingException(
            self.tr("Layer {0} is declared in {1} but its eastings {2} do not fit it "
                    "(zone prefix present or missing). {3}").format(layer_name, crs.authid(), easting, hint)
        )

    def _read(self, source, layer_name, code_field, county_field, official, crs, dest_crs, context, feedback,
              progress):
        """Geometries (repaired, multi) and attributes of one layer, in ``dest_crs``."""
        layer = _Layer(layer_name)
        names = [code_field] + ([county_field] if county_field else [])
        names += [f for f in OFFICIAL_FIELDS if official and source.fields().lookupField(f) >= 0]
        idx = [source.fields().lookupField(n) for n in names]
        request = QgsFeatureRequest().setSubsetOfAttributes(idx)
        if isinstance(source, QgsProcessingFeatureSource):
            # validity is handled here (repair and count), not by the context's filter
            features = source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        else:
            features = source.getFeatures(request)
        transform = None
        shift = None
        if crs != dest_crs:
            shift = gk_crs.zone_shift(self._epsg(crs), self._epsg(dest_crs))
            if shift is None:
                transform = QgsCoordinateTransform(crs, dest_crs, context.transformContext())
        total = max(source.featureCount(), 1)
        start, stop = progress
        repaired, empty = [], []
        county_is_zldwdm = bool(county_field) and county_field.upper() == "ZLDWDM"
        for n, feature in enumerate(features):
            if n % 1000 == 0:
                self.check_canceled(feedback)
                feedback.setProgress(start + (stop - start) * n / total)
            geometry = feature.geometry()
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                empty.append(feature.id())
                continue
            if shift is not None:
                geometry.translate(shift, 0.0)
            elif transform is not None:
                geometry.transform(transform)
            if not geometry.isGeosValid():
                geometry = overlay_engine.polygonal(geometry.makeValid())
                repaired.append(feature.id())
                if geometry is None:
                    empty.append(feature.id())
                    continue
            else:
                geometry.convertToMultiType()
            attrs = feature.attributes()
            values = [to_python(attrs[i]) for i in idx]
            layer.fids.append(feature.id())
            layer.geometries.append(geometry)
            layer.raw_codes.append(values[0])
            if county_field:
                c = values[1]
                layer.counties.append(county_from_zldwdm(c) if county_is_zldwdm else (None if c is None else str(c)))
            else:
                layer.counties.append(None)
            if official:
                rec = dict(zip(names, values))
                layer.official.append(official_parcel_area(rec.get("TBDLMJ"), rec.get("TBMJ"), rec.get("KCMJ"),
                                                           rec.get("KCXS")))
        if repaired:
            feedback.pushWarning(
                self.tr("Layer {0}: {1} invalid geometries repaired (feature ids {2}).")
                .format(layer_name, len(repaired), _capped(repaired))
            )
        if empty:
            feedback.pushWarning(
                self.tr("Layer {0}: {1} features without a polygon geometry skipped (feature ids {2}).")
                .format(layer_name, len(empty), _capped(empty))
            )
        if not layer.geometries:
            raise QgsProcessingException(
                self.tr("Layer {0} has no usable polygon geometries.").format(layer_name)
            )
        return layer

    def _mapping_error_templates(self):
        """Translated texts of metering.landclass.MAPPING_ERROR_TEXT (same keys and placeholders)."""
        return {
            "missing_columns": self.tr("{label}: missing column(s) {columns}; it needs 'code' and 'object'."),
            "bad_code": self.tr("{label}, row {row}: code '{code}' is not a GB/T 21010 / 三调 code."),
            "unknown_object": self.tr("{label}, row {row}: object '{object}' of code {code} is not a metering "
                                      "object (one of {objects})."),
            "duplicate_codes": self.tr("{label}: code(s) listed twice: {codes}."),
        }

    def _mapping(self, parameters, context, feedback):
        mapping = default_mapping()
        table = self.parameterAsSource(parameters, self.MAPPING, context)
        if table is None:
            return mapping
        names = [f.name() for f in table.fields()]
        lower = {n.lower(): n for n in names}
        if "code" not in lower or "object" not in lower:
            raise QgsProcessingException(
                self.tr("Mapping table {0} needs the fields code and object; it has {1}.")
                .format(table.sourceName(), ", ".join(names))
            )
        wanted = [lower[k] for k in ("code", "object", "name_zh", "name_en", "source") if k in lower]
        frame = source_to_frame(table, wanted).drop(columns="fid")
        frame.columns = [c.lower() for c in frame.columns]
        try:
            user = mapping_from_frame(frame, set(load_objects()["object"]), label=table.sourceName())
        except MappingError as err:
            raise QgsProcessingException(self.tr("Mapping table error: {0}").format(
                err.message(self._mapping_error_templates()))) from None
        feedback.pushInfo(
            self.tr("Mapping table {0}: {1} codes override the shipped table.").format(table.sourceName(), len(frame))
        )
        return overlay_user_mapping(mapping, user)

    # ------------------------------------------------------------------ main

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self._keep_alive = []
        base_field = self.parameterAsString(parameters, self.BASE_FIELD, context)
        target_field = self.parameterAsString(parameters, self.TARGET_FIELD, context)
        county_param = self.parameterAsString(parameters, self.COUNTY_FIELD, context)
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        method = AREA_METHODS[self.parameterAsEnum(parameters, self.AREA_METHOD, context)]
        official = method == "official"

        base_src, base_name = self._source(parameters, self.BASE, context, feedback, None)
        target_src, target_name = self._source(parameters, self.TARGET, context, feedback, None)
        layers = ((base_src, base_name, base_field, "BASE_FIELD"), (target_src, target_name, target_field,
                                                                     "TARGET_FIELD"))
        for src, lname, fname, role in layers:
            self._check_geometry_type(src, lname)
            self._check_fields(src, lname, fname, role)
        county_fields = []
        for src, lname, _f, _r in layers:
            if county_param:
                if src.fields().lookupField(county_param) < 0:
                    raise QgsProcessingException(
                        self.tr("Layer {0} has no field {1} (COUNTY_FIELD). Its fields: {2}.")
                        .format(lname, county_param, ", ".join(src.fields().names()))
                    )
                county_fields.append(county_param)
            else:
                county_fields.append("ZLDWDM" if src.fields().lookupField("ZLDWDM") >= 0 else None)
        if official:
            for src, lname, _f, _r in layers:
                if src.fields().lookupField("TBDLMJ") < 0 and src.fields().lookupField("TBMJ") < 0:
                    raise QgsProcessingException(
                        self.tr("Layer {0} has neither TBDLMJ nor TBMJ: the official area method needs the "
                                "survey areas. Choose the ellipsoidal or planar method.").format(lname)
                    )
        mapping = self._mapping(parameters, context, feedback)

        base_crs = self._check_crs(base_src, base_name, feedback)
        target_crs = self._check_crs(target_src, target_name, feedback)
        if method == "planar" and base_crs.isGeographic():
            raise QgsProcessingException(
                self.tr("Layer {0} is in a geographic CRS ({1}); planar areas need a projected CRS. Use the "
                        "ellipsoidal method or reproject the layer.").format(base_name, base_crs.authid())
            )
        if target_crs != base_crs:
            shift = gk_crs.zone_shift(self._epsg(target_crs), self._epsg(base_crs))
            if shift is None:
                feedback.pushInfo(
                    self.tr("Layer {0} ({1}) is reprojected to the CRS of {2} ({3}).")
                    .format(target_name, target_crs.authid(), base_name, base_crs.authid())
                )
            else:
                feedback.pushInfo(
                    self.tr("Layer {0} ({1}) is the same Gauss-Krüger zone as {2} ({3}); its eastings are "
                            "shifted by {4:+.0f} m (the zone prefix), not reprojected.")
                    .format(target_name, target_crs.authid(), base_name, base_crs.authid(), shift)
                )

        base = self._read(base_src, base_name, base_field, county_fields[0], official, base_crs, base_crs,
                          context, feedback, (0, 10))
        target = self._read(target_src, target_name, target_field, county_fields[1], official, target_crs,
                            base_crs, context, feedback, (10, 20))
        feedback.pushInfo(
            self.tr("Read {0} base and {1} target parcels.").format(len(base.geometries), len(target.geometries))
        )

        self._check_extents(base, target, base_crs, target_crs)

        snap = self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context)
        if parameters.get(self.SNAP_TOLERANCE) is None:
            snap = 0.001
        # byte-identical parcels (most of an annual change survey), paired once for the snapping
        # check, the parcel areas and the overlay
        base_twin = overlay_engine.pair_identical(base.geometries, target.geometries)
        if snap > 0:
            # metres to the layer's unit: degrees in a geographic CRS (1° ≈ 111 320 m)
            tolerance = snap / 111320.0 if base_crs.isGeographic() else snap
            identical = overlay_engine.identical_targets(base_twin, len(target.geometries))
            sampled, exact, rounding = overlay_engine.rounding_differences(
                base.geometries, target.geometries, tolerance, identical
            )
            if not rounding:
                feedback.pushInfo(
                    self.tr("Snapping skipped: no rounding differences between the layers ({0} of {1} sampled "
                            "target vertices lie on a base vertex, none within {2} m of one without being on it; "
                            "{3} target parcels are identical to a base parcel).")
                    .format(exact, sampled, snap, int(identical.sum()))
                )
            else:
                feedback.pushInfo(
                    self.tr("Rounding differences found: {0} of {1} sampled target vertices ({2:.1f} %) lie within "
                            "{3} m of a base vertex without being on it ({4} on one); the target is snapped.")
                    .format(rounding, sampled, 100.0 * rounding / sampled, snap, exact)
                )
                twins, moved, vertices = overlay_engine.snap_to_reference(
                    base.geometries, target.geometries, tolerance, identical
                )
                feedback.pushInfo(
                    self.tr("Snapping (tolerance {0} m): {1} target parcels match a base parcel within the "
                            "tolerance and take its geometry; {2} vertices of {3} other target parcels moved onto "
                            "base vertices or edges.").format(snap, twins, vertices, moved)
                )
                if twins or moved:
                    base_twin = overlay_engine.pair_identical(base.geometries, target.geometries)
            del identical

        base_codes = [mapping.resolve(v) for v in base.raw_codes]
        target_codes = [mapping.resolve(v) for v in target.raw_codes]
        self._log_unmapped(base, base_codes, mapping, feedback)
        self._log_unmapped(target, target_codes, mapping, feedback)

        # areas by the chosen method: each parcel's own (for the conservation check) and, inside
        # the overlay, each new piece's while its geometry is at hand
        measure = None
        if method == "ellipsoidal":
            da = QgsDistanceArea()
            da.setSourceCrs(base_crs, context.transformContext())
            ellipsoid = base_crs.ellipsoidAcronym() or "EPSG:1024"
            da.setEllipsoid(ellipsoid)
            measure = da.measureArea
        base_parcel = self._measure(measure, base.geometries, feedback)
        target_parcel = self._measure(measure, target.geometries, feedback, base_twin, base_parcel)

        pieces = overlay_engine.overlay(base.geometries, target.geometries, feedback, (20, 80), measure=measure,
                                        target_measured=target_parcel, base_twin=base_twin)
        del base_twin
        self.check_canceled(feedback)
        self._check_overlap_share(pieces, base, target, base_crs, target_crs)
        self._log_overlaps(pieces, base, target, feedback)
        # parcels no piece refers to are freed now
        base.geometries = target.geometries = None
        pb = np.asarray(pieces.base, dtype=np.int64)
        pt = np.asarray(pieces.target, dtype=np.int64)
        planar = np.asarray(pieces.area, dtype=float)
        area = np.asarray(pieces.measured, dtype=float)
        pieces.base = pieces.target = pieces.area = pieces.measured = None

        if method == "ellipsoidal":
            feedback.pushInfo(self.tr("Area method: ellipsoidal (ellipsoid {0}).").format(ellipsoid))
        elif method == "planar":
            feedback.pushInfo(self.tr("Area method: planar (CRS {0}).").format(base_crs.authid()))
        if method == "official":
            base_parcel = self._official(base, base_parcel, feedback)
            target_parcel = self._official(target, target_parcel, feedback)
            base_share = allocate_official_area(planar, pb, base_parcel)
            target_share = allocate_official_area(planar, pt, target_parcel)
            # the metering year's survey area where the piece has one, else the base year's
            area = np.where(pt >= 0, target_share, base_share)
            feedback.pushInfo(self.tr("Area method: official (TBDLMJ = TBMJ − KCMJ shared by geometric area)."))
        else:
            base_share = np.where(pb >= 0, area, 0.0)
            target_share = np.where(pt >= 0, area, 0.0)

        self._check_conservation(base_share, pb, base_codes, base_parcel, base_name, feedback)
        self._check_conservation(target_share, pt, target_codes, target_parcel, target_name, feedback)

        frame = self._attributes(pieces, pb, pt, base, target, base_codes, target_codes, mapping, area,
                                 base_share, target_share, min_area, method)
        matrix = change_matrix(frame)
        self._log_summary(frame, feedback)
        self.check_canceled(feedback)

        return self._write(parameters, context, feedback, frame, pieces, base_crs, matrix)

    @staticmethod
    def _extent(layer):
        boxes = overlay_engine.bounding_boxes(layer.geometries)
        return boxes[:, 0].min(), boxes[:, 1].min(), boxes[:, 2].max(), boxes[:, 3].max()

    def _crs_mismatch(self, base, target, base_crs, target_crs, share):
        def text(box):
            return "{0:.0f}, {1:.0f} – {2:.0f}, {3:.0f}".format(*box)

        return QgsProcessingException(
            self.tr("Layers {0} ({1}, extent {2}) and {3} ({4}, extent {5} in the CRS of {0}) overlap on only "
                    "{6:.2%} of the smaller layer's area: the same region surveyed twice should overlap almost "
                    "wholly. Probably one layer is declared in the wrong CRS (e.g. another Gauss-Krüger zone); "
                    "check the CRS of both layers and run again.")
            .format(base.name, base_crs.authid() or base_crs.description(), text(self._extent(base)), target.name,
                    target_crs.authid() or target_crs.description(), text(self._extent(target)), share)
        )

    def _check_extents(self, base, target, base_crs, target_crs):
        """Stop when the layers (both in the base CRS) do not even share their extents."""
        bx0, by0, bx1, by1 = self._extent(base)
        tx0, ty0, tx1, ty1 = self._extent(target)
        if bx0 > tx1 or tx0 > bx1 or by0 > ty1 or ty0 > by1:
            raise self._crs_mismatch(base, target, base_crs, target_crs, 0.0)

    def _check_overlap_share(self, pieces, base, target, base_crs, target_crs):
        """Stop when the layers overlap on less than MIN_OVERLAP_SHARE of the smaller one's area."""
        area = np.asarray(pieces.area, dtype=float)
        both = (np.asarray(pieces.base) >= 0) & (np.asarray(pieces.target) >= 0)
        base_total = area[np.asarray(pieces.base) >= 0].sum()
        target_total = area[np.asarray(pieces.target) >= 0].sum()
        smaller = min(base_total, target_total)
        share = area[both].sum() / smaller if smaller > 0 else 1.0
        if share < MIN_OVERLAP_SHARE:
            raise self._crs_mismatch(base, target, base_crs, target_crs, share)

    def _log_overlaps(self, pieces, base, target, feedback):
        """Warn about parcels of one layer overlapping each other (the pieces then cover some
        ground twice); else confirm that the pieces cover base ∪ target once."""
        total = float(np.sum(pieces.area))
        if not pieces.overlaps:
            feedback.pushInfo(
                self.tr("The pieces ({0:.3f} m² planar) cover the area of either layer once: no parcels of one "
                        "layer overlap each other.").format(total)
            )
            return
        twice = sum(area for _side, _a, _b, area in pieces.overlaps)
        for layer in (base, target):
            side = "base" if layer is base else "target"
            pairs = [(a, b, area) for s, a, b, area in pieces.overlaps if s == side]
            if not pairs:
                continue
            text = _capped("{0}/{1} ({2:.3f} m²)".format(layer.fids[a], layer.fids[b], area) for a, b, area in pairs)
            feedback.pushWarning(
                self.tr("Layer {0}: {1} pairs of parcels overlap each other (feature ids and overlap area: {2}); "
                        "their common ground is counted once per parcel. Fix the topology (duplicates or "
                        "overlapping parcels) and run again.").format(layer.name, len(pairs), text)
            )
        feedback.pushWarning(
            self.tr("The pieces sum to {0:.3f} m² (planar), about {1:.3f} m² more than the area covered by either "
                    "layer, because of the overlaps listed above.").format(total, twice)
        )

    def _measure(self, measure, geometries, feedback, base_twin=None, base_area=None):
        """Area of each parcel: ``measure`` (ellipsoidal) or planar when None.

        Target parcels identical to a base parcel (``base_twin``) take its area ``base_area``
        instead of being measured again: the same geometry has the same area.
        """
        out = np.full(len(geometries), np.nan)
        if base_twin is not None:
            paired = base_twin >= 0
            out[base_twin[paired]] = base_area[paired]
        for k in np.flatnonzero(np.isnan(out)).tolist():
            if k % 2000 == 0:
                self.check_canceled(feedback)
            g = geometries[k]
            out[k] = measure(g) if measure is not None else g.area()
        return out

    def _official(self, layer, planar_area, feedback):
        """Each parcel's survey area (m²); its planar area where the survey area is NULL."""
        values = np.array([np.nan if v is None else v for v in layer.official], dtype=float)
        missing = np.flatnonzero(np.isnan(values))
        if len(missing):
            feedback.pushWarning(
                self.tr("Layer {0}: {1} parcels have no survey area (TBDLMJ/TBMJ NULL); their planar area is "
                        "used (feature ids {2}).").format(layer.name, len(missing),
                                                          _capped([layer.fids[i] for i in missing]))
            )
            values[missing] = planar_area[missing]
        return values

    def _log_unmapped(self, layer, codes, mapping, feedback):
        nulls = [fid for fid, c in zip(layer.fids, codes) if c is None]
        unknown = {}
        for fid, c in zip(layer.fids, codes):
            if c is not None and c not in mapping.objects:
                unknown.setdefault(c, []).append(fid)
        if nulls:
            feedback.pushWarning(
                self.tr("Layer {0}: {1} parcels have a NULL land-class code; mapped to unmapped (feature ids {2}).")
                .format(layer.name, len(nulls), _capped(nulls))
            )
        for code, fids in sorted(unknown.items()):
            feedback.pushWarning(
                self.tr("Layer {0}: code {1} is not in the mapping table; {2} parcels mapped to unmapped "
                        "(feature ids {3}).").format(layer.name, code, len(fids), _capped(fids))
            )

    def _check_conservation(self, share, index, codes, parcel_area, layer_name, feedback):
        own = index >= 0
        piece_class = [codes[i] for i in index[own]]
        errors = conservation_errors(share[own], piece_class, parcel_area, codes)
        if errors:
            for cls, layer_area, piece_area, rel in errors[:LIST_CAP]:
                feedback.pushWarning(
                    self.tr("Layer {0}, class {1}: pieces sum to {2:.3f} m² but the parcels to {3:.3f} m² "
                            "(relative difference {4:.2e}); overlapping parcels in the layer?")
                    .format(layer_name, cls, piece_area, layer_area, rel)
                )
        else:
            feedback.pushInfo(
                self.tr("Layer {0}: area conserved per class (pieces = parcels within 1e-6).").format(layer_name)
            )

    def _attributes(self, pieces, pb, pt, base, target, base_codes, target_codes, mapping, area, base_share,
                    target_share, min_area, method):
        has_b, has_t = pb >= 0, pt >= 0
        bcode = [base_codes[i] if i >= 0 else None for i in pb.tolist()]
        tcode = [target_codes[j] if j >= 0 else None for j in pt.tolist()]
        flags = change_flags(bcode, tcode, has_b, has_t)
        bobj = [mapping.object_of(c) if i >= 0 else None for c, i in zip(bcode, pb.tolist())]
        tobj = [mapping.object_of(c) if j >= 0 else None for c, j in zip(tcode, pt.tolist())]
        county = [
            (target.counties[j] if j >= 0 else None) or (base.counties[i] if i >= 0 else None)
            for i, j in zip(pb.tolist(), pt.tolist())
        ]
        return pd.DataFrame(
            {
                "base_code": bcode,
                "target_code": tcode,
                "base_object": bobj,
                "target_object": tobj,
                "change_flag": flags,
                "change_type": change_labels(mapping, bcode, tcode, flags),
                "county": county,
                "area_m2": area,
                "sliver": (area < min_area).astype(np.int64),
                "area_method": method,
                "base_area_m2": base_share,
                "target_area_m2": target_share,
                "base_fid": [base.fids[i] if i >= 0 else None for i in pb.tolist()],
                "target_fid": [target.fids[j] if j >= 0 else None for j in pt.tolist()],
            }
        )

    def _log_summary(self, frame, feedback):
        counts = frame["change_flag"].value_counts().to_dict()
        feedback.pushInfo(
            self.tr("{0} pieces: {1} unchanged, {2} changed, {3} base only, {4} target only; {5} slivers.").format(
                len(frame), counts.get(0, 0), counts.get(1, 0), counts.get(BASE_ONLY, 0),
                counts.get(TARGET_ONLY, 0), int(frame["sliver"].sum())
            )
        )

    def _write(self, parameters, context, feedback, frame, pieces, crs, matrix):
        fields = QgsFields()
        types = {
            "change_flag": QVariant.Int, "sliver": QVariant.Int, "area_m2": QVariant.Double,
            "base_area_m2": QVariant.Double, "target_area_m2": QVariant.Double,
            "base_fid": QVariant.LongLong, "target_fid": QVariant.LongLong,
        }
        for name in frame.columns:
            fields.append(QgsField(name, types.get(name, QVariant.String)))
        mfields = fields_for_frame(matrix)
        # The last cancellation point: once a sink is open, stopping would leave half a file
        # behind (and an output layer may live in a GeoPackage holding other layers).
        self.check_canceled(feedback)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        msink, matrix_dest = self.parameterAsSink(parameters, self.CHANGE_MATRIX, context, mfields,
                                                  QgsWkbTypes.Type.NoGeometry)
        if msink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.CHANGE_MATRIX))
        total = max(len(frame), 1)
        chunk = 5000
        for lo in range(0, len(frame), chunk):
            feedback.setProgress(85 + 14 * lo / total)
            part = frame.iloc[lo:lo + chunk]
            # column lists per chunk only: a full copy would double the attribute memory
            columns = [part[c].astype(object).where(part[c].notna(), None).tolist() for c in part.columns]
            batch = []
            for k, attributes in enumerate(zip(*columns)):
                feature = QgsFeature(fields)
                feature.setAttributes(list(attributes))
                feature.setGeometry(pieces.geometry_at(lo + k))
                batch.append(feature)
            self._add(sink, batch, lo)
        write_frame(msink, matrix, mfields)
        close_sink(sink)
        close_sink(msink)
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.CHANGE_MATRIX: matrix_dest}

    def _add(self, sink, batch, first_row):
        if batch and not sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(
                self.tr("Could not write the overlay pieces (rows {0}–{1}) to the output: {2}")
                .format(first_row + 1, first_row + len(batch), sink.lastError())
            )

