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
        "output_is_input": t("Messages", "The output {output} would overwrite the input {input}: writing it "
                                         "replaces the whole file {path}. Inputs are never modified; choose "
                                         "another file for {output}."),
        "unknown_report_section": t("Messages", "The table given as a report section has no known "
                                                "report_section value ({key}); tables of {known} can be "
                                                "added to the report."),
        # robustness: inputs are sacred, no tracebacks, the impossible is refused (docs/refusals.md)
        "output_is_input_layer": t("Messages", "The output {output} would overwrite layer {layer} of {path}, "
                                               "which is the input {input}. Choose another layer name or "
                                               "file for {output}."),
        "outputs_collide": t("Messages", "The outputs {output} and {other} would both be written to {path}; "
                                         "the second would replace the first. Choose different files."),
        "sheets_empty": t("Messages", "Field sheets {path}: the file is empty (0 bytes). Fill in "
                                      "forms/field_sheets_template.xlsx and save it again."),
        "sheets_unreadable": t("Messages", "Field sheets {path} cannot be read as a workbook ({error}). Is it a "
                                           "real .xlsx file (not renamed from .xls, .csv or a damaged copy)? "
                                           "Open it in Excel or WPS and save it as .xlsx."),
        "sheet_unreadable": t("Messages", "Field sheets {path}: the sheet {sheet} is damaged and cannot be read "
                                          "({error}). Copy its rows into a fresh template and save again."),
        "duplicate_column": t("Messages", "Field sheets, sheet {sheet}: the field id {field} heads two columns "
                                          "({first} and {second}); one of them would be lost. Keep one column "
                                          "per field id (row 3 of the template)."),
        "csv_encoding": t("Messages", "{path} is not UTF-8 text (byte {position}). Save the CSV file as UTF-8 "
                                      "(Excel: 'CSV UTF-8')."),
        "ranges_unreadable": t("Messages", "The table of plausible ranges {path} cannot be read ({error})."),
        "ranges_invalid": t("Messages", "The table of plausible ranges {path}, row {row}, field {field}: "
                                        "{value} is not right; each row needs error_min ≤ warn_min ≤ warn_max ≤ "
                                        "error_max and a source."),
        "implausible_value": t("Messages", "{table}, row {row}: {field} = {value} {unit} is impossible (allowed: "
                                           "{allowed}; {count} value(s) outside the range in all). Correct the "
                                           "value, or the range in metering/data/plausible_ranges.csv."),
        "unknown_crs": t("Messages", "The CRS {value} does not exist or cannot be used. Choose a CRS by its "
                                     "EPSG code, e.g. EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E)."),
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
