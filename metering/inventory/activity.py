"""Activity data: the columns of the template, reading xlsx/CSV, and per-row checks.

A row is one entity's amount of one energy carrier (or gas, or accounted CO2e) under one leaf of
the indicator system (T/CI 231 table 2, level 5 for emissions, level 4 for reductions) in one
period (a year ``2023`` or a month ``2023-01``). Problems are records ``{sheet, row, column, value,
kind, details}``; ``kind`` has a template in processing_provider/messages.py.
"""

import datetime
import os
import re

import pandas as pd

from ..errors import MeteringError
from .tables import DENOMINATORS, NOTATION_KEYS

SHEET = "activity"
#: Field ids (row 3 of the template), in order, with zh and en headers (rows 1 and 2).
COLUMNS = (
    ("entity", "主体（企业/建筑/社区等）", "Entity"),
    ("region", "区县", "District / county"),
    ("park", "园区", "Park"),
    ("indicator", "指标（表2路径）", "Indicator (table 2 path)"),
    ("carrier", "能源品种/气体", "Energy carrier / gas"),
    ("amount", "活动数据量", "Amount"),
    ("unit", "单位", "Unit"),
    ("period", "期间（年或年-月）", "Period (year or year-month)"),
    ("notation", "注释键（NO/NE/IE/C）", "Notation key (NO/NE/IE/C)"),
    ("output_value", "产值（万元）", "Output value (10⁴ CNY)"),
    ("floor_area", "建筑面积（m²）", "Floor area (m²)"),
    ("population", "人口（人）", "Population (persons)"),
    ("vehicle_km", "车公里（万车公里）", "Vehicle-km (10⁴)"),
    ("product_output", "产品产量（t）", "Product output (t)"),
    ("note", "备注", "Note"),
)
FIELDS = tuple(c[0] for c in COLUMNS)
REQUIRED = ("entity", "region", "indicator", "carrier", "unit", "period")
FIRST_DATA_ROW = 4
PERIOD = re.compile(r"^\s*(\d{4})(?:\s*[-/.年]\s*(\d{1,2})\s*月?)?\s*$")


def problem(sheet, row, column, value, kind, **details):
    return {"sheet": sheet, "row": row, "column": column, "value": "" if value is None else str(value),
            "kind": kind, "details": details}


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, float) and value != value:
        return ""
    if isinstance(value, (datetime.datetime, datetime.date)):
        return "{0:04d}-{1:02d}".format(value.year, value.month)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_activity(path):
    """The activity rows of ``path`` (the template's xlsx or a CSV with the field ids as header).

    Returns a frame of text cells with ``_sheet`` and ``_row`` (as numbered in Excel / the file).
    """
    if not os.path.exists(path):
        raise MeteringError("file_missing", path=path)
    lower = path.lower()
    if lower.endswith((".xlsx", ".xlsm")):
        import openpyxl

        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except (OSError, ValueError, KeyError) as err:
            raise MeteringError("file_unreadable", path=path, error=str(err)) from None
        sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
        book.close()
        header_at = next((i for i, r in enumerate(rows[:5]) if r and "entity" in [_cell(v) for v in r]), None)
        if header_at is None:
            raise MeteringError("activity_no_header", path=path, sheet=sheet.title, fields=list(REQUIRED))
        header = [_cell(v) for v in rows[header_at]]
        records = []
        for n, raw in enumerate(rows[header_at + 1:], start=header_at + 2):
            cells = {h: _cell(v) for h, v in zip(header, raw) if h}
            if not any(cells.values()):
                continue
            cells["_sheet"], cells["_row"] = sheet.title, n
            records.append(cells)
        frame = pd.DataFrame(records)
    elif lower.endswith(".csv"):
        try:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError, pd.errors.ParserError) as err:
            raise MeteringError("file_unreadable", path=path, error=str(err)) from None
        frame = frame.apply(lambda c: c.str.strip())
        frame["_sheet"] = os.path.basename(path)
        frame["_row"] = range(2, len(frame) + 2)
    else:
        raise MeteringError("file_unreadable", path=path, error="use .xlsx or .csv")
    missing = [c for c in REQUIRED + ("amount",) if c not in frame.columns]
    if missing and not frame.empty:
        raise MeteringError("activity_no_header", path=path, sheet=SHEET, fields=missing)
    for col in FIELDS:
        if col not in frame.columns:
            frame[col] = ""
    return frame.reset_index(drop=True)


def parse_period(text):
    """'2023' → (2023, None); '2023-01' / '2023年1月' / '2023/1' → (2023, 1); None when not a period."""
    m = PERIOD.match(str(text))
    if not m:
        return None
    year, month = int(m.group(1)), m.group(2)
    if not 1900 <= year <= 2200:
        return None
    if month is None:
        return year, None
    month = int(month)
    return (year, month) if 1 <= month <= 12 else None


def period_text(year, month):
    return str(year) if month is None else "{0:04d}-{1:02d}".format(year, month)


def code_of(text):
    """'E1.1.D.coal 能源 › … › 煤' → 'E1.1.D.coal' (the template's list shows code and label)."""
    return str(text).strip().split(" ")[0].strip()


def number(text):
    try:
        return float(str(text).replace(",", "").strip())
    except ValueError:
        return None


def denominators_of(frame):
    """Frame of the optional denominators (floats or NaN) per row."""
    out = pd.DataFrame(index=frame.index)
    for name in DENOMINATORS:
        out[name] = [number(v) if str(v).strip() else float("nan") for v in frame[name]]
    return out


def check_notation(value):
    value = str(value).strip().upper()
    return value if value in NOTATION_KEYS else None
