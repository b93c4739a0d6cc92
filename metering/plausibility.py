"""One table of plausible ranges decides what is refused and what is only flagged.

Pure Python (pandas). ``metering/data/plausible_ranges.csv`` holds, per ``table`` and ``field``,
the ``unit``, the hard bounds ``error_min``/``error_max`` (``min_exclusive`` = 1 makes the lower
bound strict, e.g. DBH > 0) and the warning band ``warn_min``/``warn_max``, with the ``source`` of
each row (placeholders are marked as such). The same rows are used

- by the survey schema (``survey_schema.SCHEMA`` takes its numeric bounds from here), hence by the
  QGIS form constraints that ``create_survey`` writes and the field-sheet template's validations;
- by ``import_survey`` (values outside the hard bounds are rejected rows, values outside the
  warning band are warnings naming sheet, row, column and value);
- by ``plot_carbon`` (:func:`implausible_values`), so that a survey GeoPackage edited outside the
  forms (DBH 500 cm, SOC 650 g/kg) is refused with layer, feature id, field and value;
- for the parameter tables (``default_density``, ``species_parameters``) by ``check_inputs``.

Edit the CSV to tighten or widen a bound: every user of it follows.
"""

import functools
import math
import os
from dataclasses import dataclass

import pandas as pd

from .errors import MeteringError

DATA_DIR = os.path.join(os.path.dirname(__file__), "data")
RANGES_CSV = os.path.join(DATA_DIR, "plausible_ranges.csv")
COLUMNS = ("table", "field", "unit", "error_min", "min_exclusive", "warn_min", "warn_max", "error_max", "source")


@dataclass(frozen=True)
class Range:
    """The plausible range of one field (numbers in ``unit``; None = unbounded)."""

    table: str
    field: str
    unit: str
    error_min: float
    min_exclusive: bool
    warn_min: float
    warn_max: float
    error_max: float
    source: str

    def is_error(self, value):
        if self.error_min is not None and (value < self.error_min or (self.min_exclusive and value == self.error_min)):
            return True
        return self.error_max is not None and value > self.error_max

    def is_warning(self, value):
        """Inside the hard bounds but outside the warning band."""
        if self.is_error(value):
            return False
        return (self.warn_min is not None and value < self.warn_min) or \
            (self.warn_max is not None and value > self.warn_max)

    def error_text(self):
        """The allowed range, e.g. ``> 0, <= 300`` (symbols only, so it reads in any language)."""
        parts = []
        if self.error_min is not None:
            parts.append("{0} {1:g}".format(">" if self.min_exclusive else ">=", self.error_min))
        if self.error_max is not None:
            parts.append("<= {0:g}".format(self.error_max))
        return ", ".join(parts)

    def warn_text(self):
        return "{0:g}–{1:g}".format(self.warn_min if self.warn_min is not None else -math.inf,
                                    self.warn_max if self.warn_max is not None else math.inf)


@dataclass(frozen=True)
class Finding:
    """A value outside a range: ``level`` error or warning, where it is (``table`` as the user
    knows it, ``row`` = sheet row or feature id), the value and the range it breaks."""

    level: str
    table: str
    row: object
    field: str
    value: float
    unit: str
    allowed: str


def _number(text):
    if text is None or (isinstance(text, float) and math.isnan(text)) or str(text).strip() == "":
        return None
    return float(text)


def read_ranges(path=RANGES_CSV):
    """The ranges of ``path`` as ``{(table, field): Range}``; MeteringError when the table is broken."""
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, ValueError, pd.errors.ParserError) as error:
        raise MeteringError("ranges_unreadable", path=path, error=str(error)) from None
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise MeteringError("ranges_invalid", path=path, row=1, field=", ".join(missing), value="")
    out = {}
    for i, rec in enumerate(frame.to_dict("records"), start=2):
        try:
            values = [_number(rec[c]) for c in ("error_min", "warn_min", "warn_max", "error_max")]
        except ValueError:
            raise MeteringError("ranges_invalid", path=path, row=i, field=rec["field"],
                                value="error_min … error_max") from None
        known = [v for v in values if v is not None]
        if known != sorted(known) or not rec["source"].strip():
            raise MeteringError("ranges_invalid", path=path, row=i, field=rec["field"],
                                value="error_min ≤ warn_min ≤ warn_max ≤ error_max, source")
        key = (rec["table"].strip(), rec["field"].strip())
        if key in out:
            raise MeteringError("ranges_invalid", path=path, row=i, field=rec["field"], value="duplicate")
        out[key] = Range(key[0], key[1], rec["unit"], values[0], rec["min_exclusive"].strip() == "1",
                         values[1], values[2], values[3], rec["source"])
    return out


@functools.lru_cache(maxsize=None)
def ranges():
    """The shipped ranges (read once)."""
    return read_ranges()


def range_for(table, field):
    """The Range of ``table.field``, or None."""
    return ranges().get((table, field))


def check_values(table, frame, label=None, row_ids=None):
    """Findings (errors and warnings) for the numeric fields of ``frame`` that ``table`` has ranges for.

    ``frame``: one column per field; values that are not numbers are skipped (other checks name
    them). ``row_ids``: what identifies each row for the user (sheet row, feature id); default
    ``fid`` when present, else the 1-based data row + 1 (a CSV line).
    """
    if frame is None or len(frame) == 0:
        return []
    if row_ids is None:
        row_ids = frame["fid"].tolist() if "fid" in frame.columns else list(range(2, len(frame) + 2))
    row_ids = list(row_ids)
    found = []
    for (t, field), rng in ranges().items():
        if t != table or field not in frame.columns:
            continue
        values = pd.to_numeric(frame[field], errors="coerce")
        for row, value in zip(row_ids, values.tolist()):
            if value is None or math.isnan(value):
                continue
            if math.isinf(value) or rng.is_error(value):
                found.append(Finding("error", label or table, row, field, value, rng.unit, rng.error_text()))
            elif rng.is_warning(value):
                found.append(Finding("warning", label or table, row, field, value, rng.unit, rng.warn_text()))
    return found


def implausible_values(tables, labels=None):
    """Hard-bound violations in survey tables as ``parameters.DataProblem`` items (code out_of_range).

    ``tables``: schema table name -> DataFrame (None or empty skipped); ``labels``: table name ->
    how messages name it. Used by plot_carbon's input check.
    """
    from .parameters import DataProblem

    labels = labels or {}
    problems = []
    for name, frame in tables.items():
        for f in check_values(name, frame, labels.get(name, name)):
            if f.level == "error":
                problems.append(DataProblem("out_of_range", f.table, f.row, f.field, f.value,
                                            "{0} {1}".format(f.allowed, f.unit).strip()))
    return problems


def refuse(table, frame, label=None, row_ids=None):
    """Raise MeteringError ``implausible_value`` for the first hard-bound violation; return the warnings."""
    found = check_values(table, frame, label, row_ids)
    errors = [f for f in found if f.level == "error"]
    if errors:
        f = errors[0]
        raise MeteringError("implausible_value", table=f.table, row=f.row, field=f.field, value=f.value,
                            unit=f.unit, allowed=f.allowed, count=len(errors))
    return [f for f in found if f.level == "warning"]
