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
    t = QCoreApplication.translate  # noqa: F841 (filled in as the chain's kinds move here)
    return {}


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
    # named "translate" so that pylupdate extracts the calls (it does not see an alias "t")
    translate = QCoreApplication.translate
    return {
        "no_lidar_input": translate(
            "Messages", "Give a point cloud (LAS/LAZ) or a CHM raster."),
        "no_lidar_output": translate(
            "Messages", "Choose plots (for the plot metrics) or a metric raster output, or both."),
        "cloud_not_found": translate(
            "Messages", "The point cloud {path} ({parameter}) does not exist. "
                                            "Choose a LAS or LAZ file."),
        "cloud_unreadable": translate(
            "Messages", "{path} cannot be read as LAS/LAZ: {reason}. Check that it is a LAS/LAZ "
                                          "file and not damaged."),
        "cloud_version": translate(
            "Messages", "{path} is LAS {version}; LAS {supported} can be read. Convert it, e.g. with "
                                       "PDAL or LAStools."),
        "cloud_empty": translate(
            "Messages", "The point cloud {path} holds no points."),
        "bad_chunk_size": translate(
            "Messages", "Points read per block must be at least 1000 (got {value})."),
        "bad_percentile_type": translate(
            "Messages", "Percentile type {value} is not an R quantile type; use 1 to 9."),
        "bad_layer_counts": translate(
            "Messages", "Layer return counts must be a list of non-negative numbers (got {value})."),
        "bad_resolution": translate(
            "Messages", "The ground DTM resolution must be above 0 m (got {value})."),
        "no_ground_points": translate(
            "Messages", "No ground-classified returns (class 2) in {unit}: "
                                          "classify the ground first, "
                                          "give a DTM raster, or choose 'cloud already normalised'."),
        "bad_plot_area": translate(
            "Messages", "Plot {fid} of {layer} has no usable plot_area_m2 ({value}); "
                                       "enter the plot area "
                                       "in m² (> 0)."),
        "bad_plot_shape": translate(
            "Messages", "Plot {fid} of {layer} has plot_shape '{value}'; use one of {allowed}."),
        "plot_without_geometry": translate(
            "Messages", "Plot {fid} of {layer} has no geometry; give it its location."),
        "rectangle_as_square": translate(
            "Messages", "Plot {fid} of {layer} is a rectangle whose sides are not stored: its "
                                             "footprint is the square of the same area."),
        "no_plots": translate(
            "Messages", "The plots layer {layer} has no features."),
        "plots_without_returns": translate(
            "Messages", "{count} plots have no LiDAR returns (outside the cloud), their metrics "
                                               "are empty: feature ids {fids}."),
        "returns_outside_dtm": translate(
            "Messages", "{count} returns of {unit} lie outside the DTM raster (or on its nodata) "
                                             "and were left out."),
        "dtm_missing": translate(
            "Messages", "Heights from a DTM raster were chosen but no DTM raster was given."),
        "bad_cell_size": translate(
            "Messages", "The grid cell size must be above 0 m (got {value})."),
        "grid_too_large": translate(
            "Messages", "A grid of {cells} cells of {cell} m is too large; choose a larger cell or a "
                                        "smaller extent."),
        "no_returns_in_grid": translate(
            "Messages", "No return falls inside the grid extent {bounds}; check the extent and the "
                                            "CRS of the cloud."),
        "raster_unreadable": translate(
            "Messages", "The raster {path} ({parameter}) cannot be opened."),
        "raster_not_written": translate(
            "Messages", "The raster {path} cannot be created; check the folder and free space."),
        "rotated_raster": translate(
            "Messages", "The raster {path} ({parameter}) is rotated; warp it north-up first."),
        "form_needs_one_metric": translate(
            "Messages", "The {form} form takes one metric; {predictors} were chosen. Choose one "
                                               "or the multiple linear form."),
        "form_needs_metrics": translate(
            "Messages", "The multiple linear form needs two or more metrics; {predictors} was "
                                            "chosen."),
        "too_few_plots": translate(
            "Messages", "{object}: {n} plots with metrics and {pool} for a {form} model "
                                       "with {predictors} "
                                       "metric(s); at least {needed} are needed ({dropped} plots unusable: missing "
                                       "values, or ≤ 0 for the power form). Add plots or use fewer metrics."),
        "collinear_predictors": translate(
            "Messages", "The chosen metrics are collinear (rank {rank} for {predictors} "
                                              "predictors); drop one of them."),
        "bad_block_size": translate(
            "Messages", "The cross-validation block size must be above 0 m (got {value})."),
        "object_without_metrics": translate(
            "Messages", "{object}: none of its {n} plots has LiDAR metrics "
                                                "(outside the cloud); "
                                                "no model."),
        "no_plots_with_metrics": translate(
            "Messages", "No plot of {layer} has values in {fields}: run lidar_metrics on these "
                                               "plots first."),
        "bad_model_file": translate(
            "Messages", "{path} is not a model file of lidar_model ({reason})."),
        "metrics_missing": translate(
            "Messages", "The metric raster {raster} has no band {metrics} "
                                         "(it has {available}); use the "
                                         "raster of lidar_metrics."),
        "parcels_needed": translate(
            "Messages", "The model file holds models of several objects ({models}); give the parcels "
                                        "with their object field so each cell gets its model."),
        "too_few_plots_for_estimate": translate(
            "Messages", "A stratum estimate needs at least 2 plots ({n} given)."),
        "no_cells_in_stratum": translate(
            "Messages", "No cell of the metric raster lies in a parcel of a modelled object; "
                                             "check the object field and the extents."),
        "no_cells_for_object": translate(
            "Messages", "{object}: no cell of the metric raster lies in its "
                                             "parcels; no estimate."),
    }


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
