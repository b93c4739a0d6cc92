"""Field-sheet workbooks (xlsx) and CSV files: writing the template, reading filled sheets.

Pure Python (openpyxl, pandas). Layout of every table sheet, made from
:mod:`survey_schema` so template and import always match:

- row 1: Chinese header with unit, row 2: English header with unit,
- row 3: the field id (the key the importer reads; do not edit),
- row 4 on: one record a row (the row numbers in import reports are these).

A ``lists`` sheet holds the value lists the data validations point to, and an
``instructions`` sheet explains the workbook in both languages.
"""

import csv
import os

import pandas as pd

from . import survey_schema as ss
from .errors import MeteringError

HEADER_ROWS = 3
KEY_ROW = 3
LIST_SHEET = "lists"
INSTRUCTIONS_SHEET = "instructions"

INSTRUCTIONS = [
    ("碳汇计量 样地调查外业记录表", "Carbon Metering: sample-plot field sheets"),
    ("每个工作表对应调查数据库中的一个表 (plots, trees, shrub_herb, litter, deadwood, soil)。",
     "Each sheet is one table of the survey GeoPackage (plots, trees, shrub_herb, litter, deadwood, soil)."),
    ("第1行中文表头, 第2行英文表头, 第3行字段名 (请勿修改); 从第4行起每行一条记录。",
     "Row 1: Chinese header, row 2: English header, row 3: field id (do not edit); records from row 4."),
    ("样地号 plot_id 在 plots 表中唯一; 其他表用 plot_id 关联到样地。",
     "plot_id is unique in the plots sheet; the other sheets refer to a plot by its plot_id."),
    ("下拉列表列出中文名称及其代码 (如 乔木林 [forest_arbor])，来自插件参数表 (计量对象, 树种, 腐朽等级, 层次, 状态, "
     "样地形状); 也可只填代码、中文或英文名称, 或常用写法 (如 乔木林地, 杉树, 方形, 活)。",
     "Drop-downs list the Chinese name with its code (e.g. 乔木林 [forest_arbor]) from the plugin's parameter "
     "tables; the code alone, the Chinese or English name or a common word (乔木林地, 杉树, 方形, 活) is accepted "
     "too."),
    ("x, y 为样地中心坐标, 坐标系与调查数据库相同 (或导入时指定)。",
     "x, y: plot centre in the survey's CRS (or the CRS given when importing)."),
    ("样品干重不能大于样品鲜重; 土壤层底深度必须大于层顶深度; 胸径必须大于0。",
     "Sample dry mass must not exceed sample fresh mass; soil layer bottom below its top; DBH > 0."),
    ("倒木: 填写中央直径和长度, 或直接填写材积; 土壤: 填写有机碳 (SOC) 或有机质 (SOM)。",
     "Deadwood: mid diameter and length, or volume. Soil: SOC or SOM."),
    ("plots 表 pools_surveyed: 填写本样地调查过的表, 以逗号分隔 (trees, shrub_herb, litter, deadwood, soil, "
     "或调查表单的标签页名称 乔木、灌木草本、枯落物与倒木、土壤); "
     "列出但没有记录的表按实测为零计 (如未发现倒木), 未列出且没有记录的按计量对象缺省值计。",
     "plots sheet, pools_surveyed: the tables surveyed on the plot, comma-separated (trees, shrub_herb, litter, "
     "deadwood, soil); a listed table without rows counts as a measured zero (e.g. no lying dead wood found), an "
     "unlisted one without rows takes the object's default."),
    ("plots 表 permanent_id (固定样地号): 固定样地每次复测填写同一个号, 每次测量仍有自己的 plot_id; plot_type 填 "
     "permanent (固定样地) 或 temporary (临时样地, 不填固定样地号)。"
     "同一固定样地号同一年只能测一次, 计量对象和位置应保持不变。",
     "plots sheet, permanent_id: a permanent plot keeps the same permanent id at every remeasurement (each "
     "measurement still has its own plot_id); plot_type is permanent or temporary (no permanent id). One "
     "measurement per permanent id and year; object and location stay the same."),
    ("导入: 处理工具箱 碳汇计量 > 导入样地调查表 (carbonmeter:import_survey)。",
     "Import: Processing toolbox, Carbon Metering > Import survey field sheets (carbonmeter:import_survey)."),
]


def _list_columns():
    """Value list name -> column letter in the lists sheet (codes only)."""
    names = sorted({f.values for t in ss.SCHEMA.values() for f in t.fields if f.values})
    return names


def write_workbook(path, tables=None):
    """Write a field-sheet workbook to ``path``.

    ``tables`` maps table name -> DataFrame of records (columns = field ids);
    missing tables get empty sheets. Returns ``path``.
    """
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    tables = tables or {}
    wb = Workbook()
    info = wb.active
    info.title = INSTRUCTIONS_SHEET
    for r, (zh, en) in enumerate(INSTRUCTIONS, start=1):
        info.cell(r, 1, zh)
        info.cell(r, 2, en)
    info.column_dimensions["A"].width = 70
    info.column_dimensions["B"].width = 90
    info["A1"].font = info["B1"].font = Font(bold=True, size=14)

    lists = wb.create_sheet(LIST_SHEET)
    list_ranges = {}
    for c, name in enumerate(_list_columns(), start=1):
        table = ss.value_list(name)
        lists.cell(1, c, name)
        # the Chinese name with the code beside it ("乔木林 [forest_arbor]"); the importer reads either
        for r, (code, zh) in enumerate(zip(table["code"], table["name_zh"]), start=2):
            lists.cell(r, c, ss.list_entry(code, zh))
        letter = get_column_letter(c)
        list_ranges[name] = "{0}!${1}$2:${1}${2}".format(LIST_SHEET, letter, len(table) + 1)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    key_fill = PatternFill("solid", fgColor="EEEEEE")
    last_row = 2000
    for name in ss.TABLES:
        spec = ss.SCHEMA[name]
        ws = wb.create_sheet(name)
        for c, f in enumerate(spec.fields, start=1):
            letter = get_column_letter(c)
            ws.cell(1, c, ss.label(f, "zh") + (" *" if f.required else "")).fill = head_fill
            ws.cell(2, c, ss.label(f, "en") + (" *" if f.required else "")).fill = head_fill
            key = ws.cell(KEY_ROW, c, f.name)
            key.fill = key_fill
            key.font = Font(italic=True, color="808080")
            if f.help_en:
                ws.cell(2, c).comment = Comment(f.help_en, "carbon_metering")
            ws.column_dimensions[letter].width = max(12, len(ss.label(f, "en")) + 4)
            cells = "{0}{1}:{0}{2}".format(letter, HEADER_ROWS + 1, last_row)
            dv = None
            if f.values and not f.multi:
                dv = DataValidation(type="list", formula1="=" + list_ranges[f.values], allow_blank=True)
                dv.error = "Choose a value from the list / 请从列表中选择"
            elif f.kind in ("int", "real") and (f.lo is not None or f.hi is not None):
                kind = "whole" if f.kind == "int" else "decimal"
                lo = f.lo if f.lo is not None else -1e12
                hi = f.hi if f.hi is not None else 1e12
                dv = DataValidation(type=kind, operator="between", formula1=repr(lo), formula2=repr(hi),
                                    allow_blank=True)
                dv.error = "{0}: {1}".format(f.en, ss.range_text(f))
            elif f.kind == "date":
                dv = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True)
                dv.error = "YYYY-MM-DD"
            if dv is not None:
                dv.showErrorMessage = True
                dv.errorTitle = f.en
                dv.add(cells)
                ws.add_data_validation(dv)
        ws.freeze_panes = ws.cell(HEADER_ROWS + 1, 2)
        frame = tables.get(name)
        if frame is not None:
            for r, rec in enumerate(frame.itertuples(index=False), start=HEADER_ROWS + 1):
                rec = rec._asdict()
                for c, f in enumerate(spec.fields, start=1):
                    value = rec.get(f.name)
                    if value is None or (isinstance(value, float) and value != value):
                        continue
                    if hasattr(value, "item"):
                        value = value.item()
                    cell = ws.cell(r, c, value)
                    if f.kind == "date":
                        cell.number_format = "yyyy-mm-dd"
    wb.save(path)
    return path


def _column_letter(index):
    """Excel column letter of a 0-based column index (A, …, Z, AA, …)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _frame_from_rows(header, rows, sheet="", csv_file=False):
    keep = [i for i, h in enumerate(header) if h is not None and str(h).strip()]
    columns = [str(header[i]).strip() for i in keep]
    seen = {}
    for i, name in zip(keep, columns):
        if name in seen:
            # A copy-pasted header: two columns would feed one field and one would be lost.
            where = (seen[name] + 1, i + 1) if csv_file else (_column_letter(seen[name]), _column_letter(i))
            raise MeteringError("duplicate_column", sheet=sheet, field=name, first=where[0], second=where[1])
        seen[name] = i
    records, numbers = [], []
    for number, values in rows:
        values = list(values) + [None] * (len(header) - len(values))
        picked = [values[i] for i in keep]
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in picked):
            continue  # empty rows are not records
        records.append(picked)
        numbers.append(number)
    frame = pd.DataFrame(records, columns=columns, dtype=object)
    frame["_row"] = numbers
    return frame


def read_workbook(path):
    """Read the table sheets of a filled workbook.

    Returns ``{table: DataFrame}`` with the field-id columns and ``_row``
    (Excel row number). Sheets that are not survey tables are ignored; the key
    row is found as the first of rows 1-5 that holds ``plot_id``.
    """
    from openpyxl import load_workbook

    if os.path.isfile(path) and os.path.getsize(path) == 0:
        raise MeteringError("sheets_empty", path=path)
    try:
        wb = load_workbook(path, data_only=True, read_only=True)
    except MeteringError:
        raise
    except Exception as error:  # noqa: BLE001 (BadZipFile, InvalidFileException, KeyError, XML errors …)
        raise MeteringError("sheets_unreadable", path=path, error=_short(error)) from None
    out = {}
    try:
        for name in wb.sheetnames:
            if name not in ss.SCHEMA:
                continue
            ws = wb[name]
            try:
                rows = list(ws.iter_rows(values_only=True))
            except Exception as error:  # noqa: BLE001 (a damaged sheet part of the zip)
                raise MeteringError("sheet_unreadable", path=path, sheet=name, error=_short(error)) from None
            key_row = None
            for i, row in enumerate(rows[:5]):
                if "plot_id" in [str(v).strip() if v is not None else "" for v in row]:
                    key_row = i
                    break
            if key_row is None:
                out[name] = pd.DataFrame({"_row": []})
                continue
            header = [str(v).strip() if v is not None else "" for v in rows[key_row]]
            data = [(i + 1, row) for i, row in enumerate(rows) if i > key_row]
            out[name] = _frame_from_rows(header, data, sheet=name)
    finally:
        try:
            wb.close()
        except Exception:  # noqa: BLE001,S110 (closing a damaged archive must not hide the real error)
            pass
    return out


def _short(error):
    """An exception as one short line for a message (type and text)."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return "{0}: {1}".format(type(error).__name__, text[:200]) if text else type(error).__name__


def read_csv_tables(path):
    """Read ``plots.csv`` and the sibling ``trees.csv``, ``soil.csv`` … of ``path``.

    One header line of field ids; ``_row`` is the line number in the file.
    Files of tables that are absent are skipped.
    """
    folder = path if os.path.isdir(path) else os.path.dirname(path)
    out = {}
    for name in ss.TABLES:
        file = path if (not os.path.isdir(path) and name == "plots") else os.path.join(folder, name + ".csv")
        if not os.path.exists(file):
            continue
        try:
            with open(file, newline="", encoding="utf-8-sig") as handle:
                lines = list(csv.reader(handle))
        except UnicodeDecodeError as error:
            raise MeteringError("csv_encoding", path=file, position=error.start) from None
        except (OSError, csv.Error) as error:
            raise MeteringError("sheets_unreadable", path=file, error=_short(error)) from None
        if not lines:
            continue
        out[name] = _frame_from_rows(lines[0], [(i + 1, row) for i, row in enumerate(lines) if i > 0],
                                     sheet=os.path.basename(file), csv_file=True)
    return out


def example_tables():
    """The example plot of the template: one Chinese fir plot with every table filled."""
    import datetime

    pid = "EX-001"
    return {
        "plots": pd.DataFrame([{
            "plot_id": pid, "survey_year": 2023, "permanent_id": "P-001", "plot_type": "permanent",
            "object": "forest_arbor", "stratum": "forest_arbor",
            "county": "420101", "plot_shape": "square", "plot_area_m2": 666.7, "slope_deg": 15.0,
            "surveyor": "张三", "survey_date": datetime.date(2023, 10, 12), "photo": "photos/EX-001.jpg",
            "remarks": "示例样地 example plot", "pools_surveyed": "trees,shrub_herb,litter,deadwood,soil",
            "x": 512345.0, "y": 3380000.0}]),
        "trees": pd.DataFrame([
            {"plot_id": pid, "species": "chinese_fir", "dbh_cm": 14.2, "height_m": 11.5, "status": "live",
             "crown_width_m": 3.1},
            {"plot_id": pid, "species": "chinese_fir", "dbh_cm": 18.6, "height_m": 13.0, "status": "live",
             "crown_width_m": 3.8},
            {"plot_id": pid, "species": "masson_pine", "dbh_cm": 9.4, "height_m": 7.2, "status": "standing_dead",
             "decay_class": 2}]),
        "shrub_herb": pd.DataFrame([
            {"plot_id": pid, "layer": "shrub", "quadrat_id": "S1", "quadrat_area_m2": 4.0,
             "fresh_mass_kg": 1.25, "sample_fresh_g": 300.0, "sample_dry_g": 150.0},
            {"plot_id": pid, "layer": "herb", "quadrat_id": "H1", "quadrat_area_m2": 1.0,
             "fresh_mass_kg": 0.18, "sample_fresh_g": 100.0, "sample_dry_g": 32.0}]),
        "litter": pd.DataFrame([
            {"plot_id": pid, "quadrat_id": "L1", "quadrat_area_m2": 1.0, "fresh_mass_kg": 0.75,
             "sample_fresh_g": 200.0, "sample_dry_g": 120.0}]),
        "deadwood": pd.DataFrame([
            {"plot_id": pid, "piece_id": "D1", "species": "chinese_fir", "diameter_cm": 12.0, "length_m": 3.5,
             "decay_class": 2}]),
        "soil": pd.DataFrame([
            {"plot_id": pid, "layer_top_cm": 0.0, "layer_bottom_cm": 10.0, "soc_g_kg": 18.5,
             "bulk_density_g_cm3": 1.18, "gravel_pct": 5.0},
            {"plot_id": pid, "layer_top_cm": 10.0, "layer_bottom_cm": 30.0, "soc_g_kg": 11.2,
             "bulk_density_g_cm3": 1.32, "gravel_pct": 8.0}]),
    }
