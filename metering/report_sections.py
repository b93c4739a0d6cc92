"""Sections that the other systems add to the report (export_report ``SECTIONS``).

A system's table that belongs in the report (district_sink, carbon_balance,
restoration_benefit, …) carries a text column ``report_section`` holding the
section key on every row. export_report hands each such table to the builder
registered under that key and writes what it returns: one workbook sheet and
one PDF section per table.

A builder is ``build(frame, language) -> ReportSection``; each system defines
its builders in its own ``metering/<system>/report.py`` as a dict
``BUILDERS = {key: build}``. The modules are listed below, one line each.

Chinese all the way through: a builder heads its columns with :func:`labelled` (the
report_tables (id, zh, en, unit, fmt) specs, so its sheet has the zh, en and unit header rows
of the parcel sheets) and shows codes in words; its module's ``CODES`` (column ids, cell codes)
join report_content.internal_codes, which the tests look for in a zh deliverable. Cells holding
a metering object id are shown by the object's name whatever the builder did.
"""

import importlib
import os
from dataclasses import dataclass, field

import pandas as pd

#: The column that names a table's report section.
SECTION_COLUMN = "report_section"

#: One module per system holding ``BUILDERS`` (a module not yet written is skipped).
_MODULES = (
    "remote_sensing:rs.report",
    "urban_monitoring:inventory.report",
    "restoration:restoration.report",
    "lidar:lidar.report",
)


@dataclass
class ReportSection:
    """What a builder returns: titles in both languages, a display table and notes.

    ``table`` has the column labels and values as they are shown (already in
    ``language``); ``number_formats`` maps column label → Excel format;
    ``notes`` are sentences shown under the table (method, units, sources);
    ``columns`` (optional): one report_tables.Column per shown column, in order, whose ``name``
    is the label shown and whose ``zh``/``en``/``unit`` fill the workbook's header rows as on the
    parcel sheets (see :func:`labelled`).
    """

    key: str
    title: str
    table: pd.DataFrame
    notes: list = field(default_factory=list)
    number_formats: dict = field(default_factory=dict)
    sheet_name: str = ""
    columns: list = field(default_factory=list)


def builders():
    """key → builder over every system's ``BUILDERS``."""
    here = os.path.dirname(os.path.abspath(__file__))
    found = {}
    for entry in _MODULES:
        module_path = entry.split(":", 1)[1]
        if not os.path.exists(os.path.join(here, *module_path.split(".")) + ".py"):
            continue
        module = importlib.import_module("." + module_path, __package__)
        found.update(getattr(module, "BUILDERS", {}))
    return found


def labelled(frame, spec, language):
    """``frame``'s columns of ``spec`` under their labels, as the parcel tables head theirs.

    ``spec``: (id, zh, en, unit, fmt) tuples like report_tables.DENSITY_COLUMNS. Returns
    ``(shown, columns, number_formats)``: the frame with the columns renamed to their header in
    ``language`` (``label (unit)``), the Column list for ReportSection.columns (name = that
    header) and header → Excel format.
    """
    from .report_tables import Column, ReportTable
    from .vocabulary import Language

    zh = Language.parse(language) is Language.ZH
    columns = [Column(*entry) for entry in spec]
    headers = ReportTable("", "", "", columns, frame).header("zh" if zh else "en")
    shown = frame[[c.name for c in columns]].copy()
    shown.columns = headers
    out = [Column(h, c.zh, c.en, c.unit, c.fmt) for h, c in zip(headers, columns)]
    return shown, out, {h: c.fmt for h, c in zip(headers, columns) if c.fmt}


def section_codes():
    """The internal codes of every system's sections (each module's ``CODES``): column ids and the
    codes their cells may hold, which a Chinese report must show in words."""
    here = os.path.dirname(os.path.abspath(__file__))
    found = set()
    for entry in _MODULES:
        module_path = entry.split(":", 1)[1]
        if os.path.exists(os.path.join(here, *module_path.split(".")) + ".py"):
            module = importlib.import_module("." + module_path, __package__)
            found |= set(getattr(module, "CODES", ()))
    return found


def _object_words(section, language):
    """``section`` with cells holding a metering object id (``forest_arbor``) shown by its name."""
    from .report_content import pick
    from .report_tables import load_object_labels

    labels = load_object_labels()
    from .vocabulary import Language

    lang = "zh" if Language.parse(language) is Language.ZH else "en"
    table = section.table.copy()
    for column in table.columns:
        if table[column].dtype == object:
            table[column] = [pick(labels[v], lang) if isinstance(v, str) and v in labels else v
                             for v in table[column]]
    section.table = table
    return section


def numeric_columns(frame, columns, key):
    """``frame`` with ``columns`` as numbers (tables read from CSV arrive as text).

    A cell that is not a number is a ``MeteringError('report_section_value')`` naming the
    section, column, row (1-based) and value; empty cells become NaN.
    """
    from .errors import MeteringError

    frame = frame.copy()
    for column in columns:
        raw = frame[column]
        values = pd.to_numeric(raw.replace("", None), errors="coerce")
        bad = values.isna() & raw.notna() & (raw.astype(str).str.strip() != "")
        if bad.any():
            row = int(bad.to_numpy().nonzero()[0][0]) + 1
            raise MeteringError("report_section_value", key=key, column=column, row=row,
                                value=raw[bad].iloc[0])
        frame[column] = values
    return frame


def build_section(frame, language):
    """The ReportSection of ``frame`` by its ``report_section`` column.

    Raises ``MeteringError('unknown_report_section')`` when the table has no
    such column or its key has no builder.
    """
    from .errors import MeteringError

    if SECTION_COLUMN not in frame.columns or frame[SECTION_COLUMN].dropna().empty:
        raise MeteringError("unknown_report_section", key="", known=sorted(builders()))
    key = str(frame[SECTION_COLUMN].dropna().iloc[0])
    build = builders().get(key)
    if build is None:
        raise MeteringError("unknown_report_section", key=key, known=sorted(builders()))
    return _object_words(build(frame, language), language)
