"""Every core error and note kind's translated message template, in one place.

The core raises ``metering.errors.MeteringError(kind, **details)`` and returns
``metering.errors.Note(kind, level, details)``; this module turns either into a
sentence in the user's language. Templates use ``str.format`` fields named
after the details (``{layer}``, ``{field}``, ``{fid}``, ``{row}``, ``{value}``).
Each system has its own function below so that work on one system never
touches another's lines; ``templates()`` merges them.

pylupdate only extracts literal ``translate("Messages", "…")`` / ``_translate("Messages", "…")``
calls (not ``t(...)``), so every template is written out in full with ``_translate``.
``tests/test_i18n.py`` checks that every template has a zh translation and that
every kind the core raises has a template here.
"""

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..metering.errors import Cancelled, MeteringError, Note


def _common():
    _translate = QCoreApplication.translate
    return {
        "cancelled": _translate(
            "Messages",
            "Cancelled by the user; no output was written."),
        "bad_option": _translate(
            "Messages",
            "{value} is not a valid {option}; use one of: {allowed}."),
        "missing_package": _translate(
            "Messages",
            "This tool needs the Python package {package}, which this QGIS does not have. Install it: {how}"),
        "missing_fields": _translate(
            "Messages",
            "{layer} has no field {fields}. Choose the right layer or field."),
        "output_is_input": _translate(
            "Messages",
            "The output {output} would overwrite the input {input} ({path}). Choose another file for {output}."),
        "unknown_report_section": _translate(
            "Messages",
            "The table given as a report section has no known report_section value ({key}); tables of {known} can be "
            "added to the report."),
    }


def _parcel_metering():
    """Parcel carbon metering (Hubei spec): overlay, plots, density, stock, uncertainty, report."""
    _translate = QCoreApplication.translate  # noqa: F841 (filled in as the chain's kinds move here)
    return {}


def _permanent_plots():
    """Permanent plots and the paired change estimator (metering/change_estimator.py)."""
    _translate = QCoreApplication.translate
    return {
        "permanent_plot_repeated": _translate(
            "Messages",
            "Permanent plot {permanent_id} was measured more than once in {year} (plots {plots}); none of these "
            "measurements is paired. Give each measurement its own year or correct the permanent id."),
        "permanent_plot_object_changed": _translate(
            "Messages",
            "Permanent plot {permanent_id} is {base_object} in the base year and {target_object} in the target year; "
            "it is not paired (a change of object is metered by the stock difference)."),
        "permanent_plot_moved": _translate(
            "Messages",
            "The two measurements of permanent plot {permanent_id} lie {distance_m} m apart (tolerance {tolerance_m} "
            "m); they are not paired. Check the coordinates."),
        "years_not_increasing": _translate(
            "Messages",
            "The target year ({target_year}) must be later than the base year ({base_year})."),
        "correlation_out_of_range": _translate(
            "Messages",
            "The correlation between the two years' densities must lie between 0 and 1, not {value}."),
    }


def _remote_sensing():
    """Remote-sensing urban carbon sink (DB4403/T 348)."""
    _translate = QCoreApplication.translate  # noqa: F841
    return {}


def _urban_monitoring():
    """Urban carbon monitoring (T/CI 231)."""
    _translate = QCoreApplication.translate  # noqa: F841
    return {}


def _restoration():
    """Ecological restoration."""
    _translate = QCoreApplication.translate  # noqa: F841
    return {}


def _lidar():
    """LiDAR-assisted survey (Hubei spec appendix D)."""
    _translate = QCoreApplication.translate  # noqa: F841
    return {}


def _province():
    """Province-scale runs share the chain's kinds; kinds of their own (none read in QGIS today)."""
    return {}


_SECTIONS = (_common, _parcel_metering, _permanent_plots, _remote_sensing,
             _urban_monitoring, _restoration, _lidar, _province)


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
