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
    t = QCoreApplication.translate
    return {
        "table_duplicate": t("Messages", "Table {table}: duplicate or unknown codes {keys}."),
        "unknown_unit": t("Messages", "Unknown unit {unit} (sheet {sheet}, row {row}); use a unit of the "
                 "conversion table."),
        "unit_mismatch": t("Messages", "{unit} cannot be converted to {target}: different quantities."),
        "factor_file_unreadable": t("Messages", "Factor file {path} cannot be read ({error})."),
        "factor_columns": t("Messages", "Factor file {path} lacks the columns {columns}."),
        "factor_bad_value": t("Messages", "Factor file {file}, row {row}, column {column}: {value} is not a "
                 "number."),
        "factor_bad_unit": t("Messages", "Factor file {file}, row {row}: unit {unit} is not of the form 't "
                 "CO2/<unit>'."),
        "factor_product_mismatch": t("Messages", "Factor file {file}, row {row} ({factor}): the value {value} differs "
                 "from NCV × carbon content × oxidation × 44/12 = {product}."),
        "duplicate_factor": t("Messages", "Duplicated factor entries ({key}): {rows}. Keep one row per entry."),
        "unknown_factor_set": t("Messages", "Factor set {set} is not in the library; known sets: {known}."),
        "file_missing": t("Messages", "The file {path} does not exist."),
        "file_unreadable": t("Messages", "The file {path} cannot be read ({error})."),
        "activity_no_header": t("Messages", "{path}, sheet {sheet}: no header row with the field ids {fields}; use "
                 "the activity-data template."),
        "inventory_rejected": t("Messages", "{count} rows of the activity data were rejected; nothing was "
                 "computed. Fix them or run in 'valid rows' mode: {rows}"),
        "inventory_rows_left_out": t("Messages", "{count} problems: the rows concerned were left out (see the rejected "
                 "rows table)."),
        "market_factor_fallback": t("Messages", "Factor set {set} has no market-based (residual-mix) factor: the "
                 "market-based column uses the location-based factor."),
        "inventory_done": t("Messages", "Inventory: {rows} activity rows accounted, {rejected} problems, "
                 "{factors} factor rows used."),
        "factor_status_transcribed_verify": t("Messages", "Factors transcribed from the table of a document, "
                 "to be checked "
                 "against the document: {factors}."),
        "factor_status_placeholder": t("Messages", "Placeholder factors used: {factors}."),
        "row_required": t("Messages", "a value is required"),
        "row_unknown_indicator": t("Messages", "unknown indicator; use {hint}"),
        "row_unknown_carrier": t("Messages", "unknown energy carrier (e.g. {allowed})"),
        "row_carrier_not_in_indicator": t("Messages", "{carrier} does not belong under {indicator} (group {group})"),
        "row_unknown_unit": t("Messages", "unknown unit; use one of {allowed}"),
        "row_bad_period": t("Messages", "not a period (write 2023 or 2023-01)"),
        "row_bad_notation": t("Messages", "not a notation key (NO, NE, IE, C)"),
        "row_not_number": t("Messages", "not a number"),
        "row_negative_amount": t("Messages", "must be a number ≥ 0 (the sign comes from the indicator)"),
        "row_notation_with_amount": t("Messages", "notation key {key} means no amount; leave the amount empty"),
        "row_duplicate": t("Messages", "the same entity, indicator, carrier and period as row {first_row}"),
        "row_unit_not_for_carrier": t("Messages", "{unit} is not a unit for {carrier} (allowed: {allowed})"),
        "row_unit_not_for_factor": t("Messages", "{unit} cannot be used with factor {factor} ({factor_unit})"),
        "row_no_factor": t("Messages", "no factor for {carrier} in set {set}; add a local factor"),
        "row_no_gwp": t("Messages", "no GWP for {gas} in set {set}"),
        "row_period_overlap": t("Messages", "monthly row of a year already given as a whole in row {annual_row}"),
        "row_denominator_conflict": t("Messages", "differs from the value {first_value} in row {first_row} "
                 "for the same "
                 "entity and period"),
    }




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
