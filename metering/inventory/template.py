"""The xlsx activity-data template: zh/en headers, field ids, data-validation lists.

Sheet ``activity``: row 1 Chinese headers, row 2 English headers, row 3 the field ids that
``activity.read_activity`` reads, data from row 4. Hidden sheet ``lists`` feeds the validation
lists of the indicator path (table 2, level 2 … 5), the carrier, the unit and the notation key;
sheets ``indicators``, ``carriers`` and ``units`` show the tables for reference (rows 1–2 zh/en
headers, row 3 the tables' field ids, data from row 4).
"""

import openpyxl
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from . import activity as act
from .tables import NOTATION_KEYS, load_carriers, load_indicators, load_units

MAX_ROWS = 2000
_INDICATOR_HEAD = ("code", "level", "parent", "name_zh", "name_en", "scope", "carrier_group", "sign", "total_name_zh",
                   "intensity_name_zh", "denominator", "origin")
_CARRIER_HEAD = ("carrier", "name_zh", "name_en", "groups", "kind", "dimensions")
_UNIT_HEAD = ("unit", "aliases", "dimension", "to_base", "base", "source")
#: Headers (zh, en) of the reference sheets' fields; row 3 keeps the field ids of the parameter tables.
REFERENCE_HEADERS = {
    "code": ("指标编码", "Indicator code"), "level": ("层级", "Level"), "parent": ("上级指标", "Parent indicator"),
    "name_zh": ("中文名称", "Chinese name"), "name_en": ("英文名称", "English name"), "scope": ("范围", "Scope"),
    "carrier_group": ("能源品种类别", "Carrier group"), "sign": ("符号", "Sign"),
    "total_name_zh": ("总量指标名称", "Total indicator name"), "intensity_name_zh": ("强度指标名称", "Intensity name"),
    "denominator": ("强度分母", "Intensity denominator"), "origin": ("出处", "Origin"),
    "carrier": ("能源品种编码", "Carrier code"), "groups": ("所属类别", "Groups"), "kind": ("类型", "Kind"),
    "dimensions": ("量纲", "Dimensions"), "unit": ("单位", "Unit"), "aliases": ("别名", "Aliases"),
    "dimension": ("量纲", "Dimension"), "to_base": ("换算系数", "Factor to the base unit"),
    "base": ("基本单位", "Base unit"), "source": ("来源", "Source"),
}


def _letter(index):
    return openpyxl.utils.get_column_letter(index)


def build_template(path, language="zh", data_dir=None, rows=None):
    """Write the template to ``path`` (callers wrap this in atomic_output). ``rows``: example rows."""
    indicators = load_indicators(data_dir)
    carriers = load_carriers(data_dir)
    units = load_units(data_dir)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = act.SHEET
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for col, (field, zh, en) in enumerate(act.COLUMNS, start=1):
        for r, text in ((1, zh), (2, en), (3, field)):
            cell = sheet.cell(row=r, column=col, value=text)
            cell.font = bold if r < 3 else Font(color="808080")
            cell.fill = fill
        sheet.column_dimensions[_letter(col)].width = 34 if field in ("indicator", "carrier") else 16
    sheet.freeze_panes = "A4"

    lists = book.create_sheet("lists")
    leaf_labels = ["{0} {1}".format(c, indicators.path_label(c, language)) for c in indicators.leaves()]
    carrier_labels = ["{0} {1}".format(c, carriers.at[c, "name_zh" if language == "zh" else "name_en"])
                      for c in carriers.index]
    unit_labels = list(units.frame["unit"])
    for col, values in enumerate((leaf_labels, carrier_labels, unit_labels, list(NOTATION_KEYS)), start=1):
        for r, value in enumerate(values, start=1):
            lists.cell(row=r, column=col, value=value)
    lists.sheet_state = "hidden"
    column_of = {f: i for i, f in enumerate(act.FIELDS, start=1)}
    for field, list_col, count in (("indicator", 1, len(leaf_labels)), ("carrier", 2, len(carrier_labels)),
                                   ("unit", 3, len(unit_labels)), ("notation", 4, len(NOTATION_KEYS))):
        dv = DataValidation(type="list", formula1="=lists!${0}$1:${0}${1}".format(_letter(list_col), count),
                            allow_blank=True, showErrorMessage=field != "unit")
        dv.error = "Choose a value from the list / 请从列表中选择"
        sheet.add_data_validation(dv)
        letter = _letter(column_of[field])
        dv.add("{0}{1}:{0}{2}".format(letter, act.FIRST_DATA_ROW, MAX_ROWS))
    amount = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
    amount.error = "A number ≥ 0 (the sign comes from the indicator) / 非负数（正负号由指标决定）"
    sheet.add_data_validation(amount)
    for field in ("amount",) + tuple(act.FIELDS[9:14]):
        letter = _letter(column_of[field])
        amount.add("{0}{1}:{0}{2}".format(letter, act.FIRST_DATA_ROW, MAX_ROWS))

    for name, frame, head in (("indicators", indicators.frame, _INDICATOR_HEAD), ("carriers", carriers, _CARRIER_HEAD),
                              ("units", units.frame, _UNIT_HEAD)):
        ref = book.create_sheet(name)
        for r, k in ((1, 0), (2, 1)):  # zh and en headers over the field ids, as on the activity sheet
            for col, field in enumerate(head, start=1):
                ref.cell(row=r, column=col, value=REFERENCE_HEADERS[field][k]).font = bold
        ref.append(list(head))
        for col in range(1, len(head) + 1):
            ref.cell(row=3, column=col).font = Font(color="808080")
        for row in frame[list(head)].itertuples(index=False):
            ref.append(list(row))
        ref.freeze_panes = "A4"
    for r in rows or ():
        sheet.append([r.get(f, None) for f in act.FIELDS])
    book.save(path)
    return path
