"""Every core error and note kind's translated message template, in one place.

The core raises ``metering.errors.MeteringError(kind, **details)`` and returns
``metering.errors.Note(kind, level, details)``; this module turns either into a
sentence in the user's language. Templates use ``str.format`` fields named
after the details (``{layer}``, ``{field}``, ``{fid}``, ``{row}``, ``{value}``).
Each system has its own function below so that work on one system never
touches another's lines; ``templates()`` merges them.

pylupdate only extracts literal ``QCoreApplication.translate("Messages", "…")``
calls, so every template is written out in full (no helper wrapping ``tr``).
``tests/test_i18n.py`` checks that every template has a zh translation and that
every kind the core raises has a template here.
"""

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..metering.errors import Cancelled, MeteringError, Note


def _common():
    t = QCoreApplication.translate
    return {
        "cancelled": t("Messages", "Cancelled by the user; no output was written."),
        "bad_option": t("Messages", "{value} is not a valid {option}; use one of: {allowed}."),
        "missing_package": t("Messages", "This tool needs the Python package {package}, which this QGIS does not "
                                         "have. Install it: {how}"),
        "missing_fields": t("Messages", "{layer} has no field {fields}. Choose the right layer or field."),
        "output_is_input": t("Messages", "The output {output} would overwrite the input {input} ({path}). "
                                         "Choose another file for {output}."),
        "unknown_report_section": t("Messages", "The table given as a report section has no known "
                                                "report_section value ({key}); tables of {known} can be "
                                                "added to the report."),
    }


def _parcel_metering():
    """Parcel carbon metering (Hubei spec): overlay, plots, density, stock, uncertainty, report."""
    t = QCoreApplication.translate
    return {
        # overlay
        "overlay_no_parcels": t("Messages", "Layer {layer} has no usable polygon geometries."),
        "overlay_crs_differ": t("Messages", "Layers {base} ({base_crs}) and {target} ({target_crs}) are in different "
                                            "CRSs; reproject {target} to {base_crs} first."),
        "overlay_disjoint": t("Messages", "Layers {base} ({base_crs}, extent {base_extent}) and {target} "
                                          "({target_crs}, extent {target_extent} in the CRS of {base}) overlap on "
                                          "only {share:.2%} of the smaller layer's area: the same region surveyed "
                                          "twice should overlap almost wholly. Probably one layer is declared in the "
                                          "wrong CRS (e.g. another Gauss-Krüger zone); check the CRS of both layers "
                                          "and run again."),
        "overlay_planar_geographic": t("Messages", "Layer {layer} is in a geographic CRS ({crs}); planar areas need a "
                                                   "projected CRS. Use the ellipsoidal method or reproject the layer."),
        "overlay_crs_unknown": t("Messages", "Layer {layer} has no valid CRS and its eastings {extent} carry no "
                                             "Gauss-Krüger zone prefix; set the layer's CRS (e.g. EPSG:4534–4554) and "
                                             "run again."),
        "overlay_crs_mismatch": t("Messages", "Layer {layer} is declared in {crs} but its eastings {extent} do not fit "
                                              "it (zone prefix present or missing). It is probably EPSG:{epsg}."),
        "overlay_crs_mismatch_unsure": t("Messages", "Layer {layer} is declared in {crs} but its eastings {extent} do "
                                                     "not fit it (zone prefix present or missing). Check the layer's "
                                                     "CRS."),
        "overlay_geographic_projected": t("Messages", "Layer {layer} is declared in the geographic CRS {crs} but its "
                                                      "coordinates ({extent}) lie outside ±180°/±90°: they are "
                                                      "projected metres. It is probably {suggested}; set the layer's "
                                                      "CRS and run again."),
        "overlay_crs_derived": t("Messages", "Layer {layer} has no CRS; its eastings {extent} carry the zone prefix, "
                                             "so EPSG:{epsg} is used."),
        "overlay_zone_shift": t("Messages", "Layer {target} ({target_crs}) is the same Gauss-Krüger zone as {base} "
                                            "({base_crs}); its eastings are shifted by {shift:+.0f} m (the zone "
                                            "prefix), not reprojected."),
        "overlay_reprojected": t("Messages", "Layer {target} ({target_crs}) is reprojected to the CRS of {base} "
                                             "({base_crs})."),
        "overlay_not_code_field": t("Messages", "Field {field} of layer {layer} does not hold land-class codes "
                                                "(only {share} % of its values look like GB/T 21010 / 三调 codes). "
                                                "Choose the code field; code-like fields of the layer: {suggest}."),
        "overlay_no_code_field": t("Messages", "No land-class code field given for layer {layer} ({role})."),
        "overlay_missing_field": t("Messages", "Layer {layer} has no field {field} ({role}). Its fields: {fields}. "
                                               "Choose the land-class code field (DLBM)."),
        "overlay_missing_county_field": t("Messages", "Layer {layer} has no field {field} (COUNTY_FIELD). Its fields: "
                                                      "{fields}."),
        "overlay_not_polygon": t("Messages", "Layer {layer} is not a polygon layer (its geometry type is {type}); give "
                                             "the parcel (图斑) polygons."),
        "overlay_empty_layer": t("Messages", "Layer {layer} is empty: it has no parcels."),
        "overlay_no_official_fields": t("Messages", "Layer {layer} has neither TBDLMJ nor TBMJ: the official area "
                                                    "method needs the survey areas. Choose the ellipsoidal or planar "
                                                    "method."),
        "overlay_gbk": t("Messages", "Layer {layer}: the .dbf is not UTF-8 and has no .cpg; read as GB18030 (GBK)."),
        "overlay_read": t("Messages", "Read {base} base and {target} target parcels."),
        "overlay_repaired": t("Messages", "Layer {layer}: {count} invalid geometries repaired (feature ids {fids})."),
        "overlay_skipped": t("Messages", "Layer {layer}: {count} features without a polygon geometry skipped (feature "
                                         "ids {fids})."),
        "overlay_identical": t("Messages", "{count} parcels are unchanged in geometry and need no intersection."),
        "overlay_snap_skipped": t("Messages", "Snapping skipped: no rounding differences between the layers ({exact} "
                                              "of {sampled} sampled target vertices lie on a base vertex, none within "
                                              "{tolerance} m of one without being on it; {identical} target parcels "
                                              "are identical to a base parcel)."),
        "overlay_snap_found": t("Messages", "Rounding differences found: {rounding} of {sampled} sampled target "
                                            "vertices ({share:.1f} %) lie within {tolerance} m of a base vertex "
                                            "without being on it ({exact} on one); the target is snapped."),
        "overlay_snap_done": t("Messages", "Snapping (tolerance {tolerance} m): {twins} target parcels match a base "
                                           "parcel within the tolerance and take its geometry; {vertices} vertices of "
                                           "{parcels} other target parcels moved onto base vertices or edges."),
        "overlay_null_codes": t("Messages", "Layer {layer}: {count} parcels have a NULL land-class code; mapped to "
                                            "unmapped (feature ids {fids})."),
        "overlay_unknown_code": t("Messages", "Layer {layer}: code {code} is not in the mapping table; {count} parcels "
                                              "mapped to unmapped (feature ids {fids})."),
        "overlay_mapping_fields": t("Messages", "Mapping table {table} needs the fields code and object; it has "
                                                "{fields}."),
        "overlay_mapping_loaded": t("Messages", "Mapping table {table}: {count} codes override the shipped table."),
        "overlay_area_ellipsoidal": t("Messages", "Area method: ellipsoidal (ellipsoid {ellipsoid}; {formula})."),
        "overlay_area_planar": t("Messages", "Area method: planar (CRS {crs})."),
        "overlay_area_official": t("Messages", "Area method: official (TBDLMJ = TBMJ − KCMJ shared by geometric "
                                               "area)."),
        "overlay_official_missing": t("Messages", "Layer {layer}: {count} parcels have no survey area (TBDLMJ/TBMJ "
                                                  "NULL); their planar area is used (feature ids {fids})."),
        "overlay_cover_once": t("Messages", "The pieces ({total:.3f} m² planar) cover the area of either layer once: "
                                            "no parcels of one layer overlap each other."),
        "overlay_layer_overlaps": t("Messages", "Layer {layer}: {count} pairs of parcels overlap each other (feature "
                                                "ids and overlap area: {pairs}); their common ground is counted once "
                                                "per parcel. Fix the topology (duplicates or overlapping parcels) and "
                                                "run again."),
        "overlay_overlap_excess": t("Messages", "The pieces sum to {total:.3f} m² (planar), about {excess:.3f} m² more "
                                                "than the area covered by either layer, because of the overlaps listed "
                                                "above."),
        "overlay_conserved": t("Messages", "Layer {layer}: area conserved per class (pieces = parcels within 1e-6)."),
        "overlay_not_conserved": t("Messages", "Layer {layer}, class {cls}: pieces sum to {pieces:.3f} m² but the "
                                               "parcels to {parcels:.3f} m² (relative difference {rel:.2e}); "
                                               "overlapping parcels in the layer?"),
        "overlay_summary": t("Messages", "{pieces} pieces: {unchanged} unchanged, {changed} changed, {base_only} base "
                                         "only, {target_only} target only; {slivers} slivers."),
        "overlay_write_failed": t("Messages", "Could not write the overlay pieces (rows {first}–{last}) to the "
                                              "output: {error}"),
        "area_crs_not_gauss_kruger": t("Messages", "EPSG:{epsg} is not a CGCS2000 3-degree Gauss-Krüger CRS; its "
                                                   "ellipsoidal areas are measured geodesically."),
        # (end overlay)
    }


def _remote_sensing():
    """Remote-sensing urban carbon sink (DB4403/T 348)."""
    t = QCoreApplication.translate  # noqa: F841
    return {}


def _urban_monitoring():
    """Urban carbon monitoring (T/CI 231)."""
    t = QCoreApplication.translate  # noqa: F841
    return {}


def _restoration():
    """Ecological restoration."""
    t = QCoreApplication.translate  # noqa: F841
    return {}


def _lidar():
    """LiDAR-assisted survey (Hubei spec appendix D)."""
    t = QCoreApplication.translate  # noqa: F841
    return {}


def _province():
    """Province-scale runs share the chain's kinds; kinds of their own (none read in QGIS today)."""
    return {}


_SECTIONS = (_common, _parcel_metering, _remote_sensing, _urban_monitoring, _restoration, _lidar, _province)


def templates():
    """kind → translated template, for the language QGIS runs in now."""
    merged = {}
    for section in _SECTIONS:
        merged.update(section())
    return merged


def text(kind, details):
    """The translated sentence for ``kind`` with ``details`` filled in.

    A kind without a template (a bug, caught by the i18n test) still gives a
    readable line instead of a KeyError inside an error handler.
    """
    template = templates().get(kind)
    if template is None:
        return "{0}: {1}".format(kind, ", ".join("{0}={1}".format(k, v) for k, v in sorted(details.items())))
    try:
        return template.format(**{k: _shown(v) for k, v in details.items()})
    except (KeyError, IndexError, ValueError):
        return "{0} ({1})".format(template, ", ".join("{0}={1}".format(k, v) for k, v in sorted(details.items())))


def _shown(value):
    """Lists and tuples as '; '-joined text, at most ten items and how many more."""
    if isinstance(value, (list, tuple, set)):
        items = list(value)
        shown = "; ".join(str(v) for v in items[:10])
        return shown + (" … (+{0})".format(len(items) - 10) if len(items) > 10 else "")
    return value


def exception(error):
    """A ``QgsProcessingException`` for a core ``MeteringError`` or ``Cancelled``."""
    if isinstance(error, Cancelled):
        return QgsProcessingException(text("cancelled", {}))
    if isinstance(error, MeteringError):
        return QgsProcessingException(text(error.kind, error.details))
    return QgsProcessingException(str(error))


def log_note(feedback, note: Note):
    """Push a core note to the Processing log: warnings in the warning colour."""
    if feedback is None:
        return
    line = text(note.kind, note.details)
    if note.level == "warning":
        feedback.pushWarning(line)
    else:
        feedback.pushInfo(line)
