"""Writing ReportTables and the provenance to an xlsx workbook (openpyxl, no qgis).

Each result sheet: row 1 the title (zh / en), row 2 the Chinese headers,
row 3 the English headers, row 4 the units, data from row 5; headers frozen,
number formats per column, widths fitted to the content. The file is written
next to the destination and moved into place, so it is whole or absent.
"""

import math
import os

import pandas as pd

from .files import temp_path_beside

#: Sheet names (≤ 31 characters, Excel's limit) per table key and language.
SHEET_NAMES = {
    "summary": ("汇总", "Summary"),
    "stock": ("碳储量", "Stock"),
    "sink": ("碳汇量", "Sink"),
    "change_matrix": ("变化矩阵", "Change matrix"),
    "plots": ("样地汇总", "Plots"),
    "density": ("分层碳密度", "Stratum density"),
    "uncertainty": ("不确定度", "Uncertainty"),
    "histogram": ("蒙特卡洛直方图", "MC histogram"),
    "stock_summary": ("分类汇总", "Stock summary"),
    "stock_pools": ("分碳库碳储量", "Stock by pool"),
    "transitions": ("地类转换碳汇", "Sink by transition"),
    "defaults": ("待核实缺省值", "Unverified defaults"),
    "provenance": ("来源信息", "Provenance"),
    # the other systems' report sections (metering/report_sections.py)
    "district_sink": ("分区碳汇（遥感）", "District sink (RS)"),
    "carbon_balance": ("碳收支平衡", "Carbon balance"),
    "restoration_benefit": ("生态修复固碳效益", "Restoration benefit"),
    "restoration_accuracy": ("生态修复识别精度", "Restoration accuracy"),
    "restoration_accuracy_types": ("修复类型识别精度", "Restoration type accuracy"),
}

HEADER_ROWS = 4

#: Hubei spec appendix F table number per sheet key, printed before the sheet's title ("表 F.1 …").
#: Empty: the reference texts at hand (the spec's drafting notes) name appendix F "计量结果表" but not
#: its table numbers; fill this from the published spec (key -> "F.n") and every sheet shows it.
APPENDIX_F_NUMBERS = {}

#: A sheet wider than this many columns is printed landscape.
LANDSCAPE_COLUMNS = 7

#: Words of the provenance sheet's sections and run items (zh, en).
PROVENANCE_WORDS = {
    "run": ("运行", "run"),
    "input": ("输入", "input"),
    "parameter": ("参数", "parameter"),
    "output": ("输出", "output"),
    "parameter_table": ("参数表", "parameter table"),
    "placeholder": ("占位值", "placeholder"),
    "chain": ("流程各步参数", "chain step parameter"),
    "recorded": ("前序步骤记录", "recorded by a step"),
    "table_file": ("随插件参数表", "shipped table"),
    "algorithm": ("算法", "algorithm"),
    "plugin_version": ("插件版本", "plugin version"),
    "qgis_version": ("QGIS 版本", "QGIS version"),
    "started": ("开始时间", "started"),
    "finished": ("结束时间", "finished"),
    "duration_s": ("用时 (s)", "duration (s)"),
}


#: The facts the steps record on their outputs (metering.provenance.RECORDED_FACTS), in words: the
#: zh provenance names them so ("stratum_density · 置信水平（%）"), the en one by column id. The
#: uncertainty settings that are also parameters keep the words of report_content.FACTOR_LABELS.
RECORDED_FACT_WORDS = {
    "area_method": ("面积计算方法", "area method"),
    "mapping": ("地类对照表", "class mapping"),
    "mapping_sha256": ("地类对照表校验值（SHA-256）", "class mapping SHA-256"),
    "base_year": ("基准年", "base year"),
    "target_year": ("计量年", "metering year"),
    "base_density": ("基准年碳密度表", "base-year density table"),
    "base_density_sha256": ("基准年碳密度表校验值（SHA-256）", "base-year density table SHA-256"),
    "target_density": ("计量年碳密度表", "metering-year density table"),
    "target_density_sha256": ("计量年碳密度表校验值（SHA-256）", "metering-year density table SHA-256"),
    "same_density_table": ("两期采用同一碳密度表", "one density table for both years"),
    "density_key": ("碳密度表键", "density table key"),
    "change_density": ("碳密度变化表", "change density table"),
    "change_density_sha256": ("碳密度变化表校验值（SHA-256）", "change density table SHA-256"),
    "soil_depth_cm": ("土壤碳计算深度（cm）", "soil depth (cm)"),
    "confidence_pct": ("置信水平（%）", "confidence level (%)"),
    "distribution": ("概率分布", "distribution"),
    "correlation": ("两期碳密度相关系数", "correlation of the two years' densities"),
}


def _recorded_fact_words(column):
    from .report_content import FACTOR_LABELS

    return RECORDED_FACT_WORDS.get(column) or FACTOR_LABELS.get(column) or (column, column)


#: How a chain step's parameter got its value (metering.provenance.chain_rows), in words.
HOW_WORDS = {
    "given": ("运行时给定", "given"),
    "default": ("未给定，用该步缺省值", "not given: the step's default"),
    "fixed": ("流程模型中设定", "set in the chain model"),
    "step output": ("前序步骤成果", "an earlier step's result"),
}


def sheet_name(key, language="zh"):
    zh, en = SHEET_NAMES.get(key, (key, key))
    return (zh if language == "zh" else en)[:31]


def _display_width(text):
    """Approximate column width: CJK characters take two cells."""
    text = "" if text is None else str(text)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _cell_value(value):
    if value is None:
        return None
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if hasattr(value, "item"):
        value = value.item()
        if isinstance(value, float) and math.isnan(value):
            return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def page_setup(ws, n_columns, header_rows):
    """Print setup: A4, fit to the page width, header rows repeated, landscape when wide."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if n_columns > LANDSCAPE_COLUMNS else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:{0}".format(header_rows)
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = "&P / &N"


def sheet_title(table, language="zh"):
    """The sheet's title: appendix F number (when known), zh / en title."""
    heading = table.title_zh if table.title_zh == table.title_en else "{0} / {1}".format(
        table.title_zh, table.title_en)
    number = APPENDIX_F_NUMBERS.get(table.key)
    return "表 {0}　{1}".format(number, heading) if number else heading


def _write_table(ws, table, title, language="zh"):
    from openpyxl.styles import Alignment, Font, PatternFill

    from .report_content import display_rows

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)
    widths = []
    for j, col in enumerate(table.columns, start=1):
        for row, text in ((2, col.zh), (3, col.en), (4, col.unit)):
            cell = ws.cell(row=row, column=j, value=text)
            cell.font = bold if row < 4 else Font(italic=True)
            cell.fill = fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        widths.append(max(_display_width(col.zh), _display_width(col.en), _display_width(col.unit), 6))
    frame = table.frame
    rows = display_rows(table, language) if table.extra.get("display", True) else \
        frame[[c.name for c in table.columns]].values.tolist()
    totals = _total_rows(table)
    for i, values in enumerate(rows, start=HEADER_ROWS + 1):
        for j, (col, value) in enumerate(zip(table.columns, values), start=1):
            value = _cell_value(value)
            cell = ws.cell(row=i, column=j, value=value)
            if col.fmt and not isinstance(value, str):
                cell.number_format = col.fmt
            if value is not None and j - 1 < len(widths):
                shown = "{0:,.2f}".format(value) if isinstance(value, float) else value
                widths[j - 1] = max(widths[j - 1], _display_width(shown))
    # Bold the total rows (a key equal to ALL, shown as 合计 / Total), so totals stand out.
    for k, is_total in enumerate(totals):
        if is_total:
            for j in range(1, len(table.columns) + 1):
                ws.cell(row=HEADER_ROWS + 1 + k, column=j).font = bold
    for j, width in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=2, column=j).column_letter].width = min(width + 2, 60)
    ws.freeze_panes = ws.cell(row=HEADER_ROWS + 1, column=1)
    # the note in the workbook's language (a section's notes come in it already, as note_zh)
    notes = [t for t in ((table.note_zh if language == "zh" else table.note_en or table.note_zh),) if t]
    for k, note in enumerate(notes):
        ws.cell(row=HEADER_ROWS + 2 + len(frame) + k, column=1, value=note).font = Font(italic=True)
    page_setup(ws, len(table.columns), HEADER_ROWS)


def _total_rows(table):
    """Per row: is it a total (a key column equal to ALL)?"""
    from .report_tables import ALL

    keys = [c.name for c in table.columns[:4] if c.name in table.frame.columns]
    keys += [k for k in ("county", "object", "base_object", "base", "name") if k in table.frame.columns]
    if not keys:
        return [False] * len(table.frame)
    return table.frame[keys].astype(str).eq(ALL).any(axis=1).tolist()


def provenance_row(values, language="zh"):
    """A provenance row as shown: section and run items in words, parameter-table keys by name."""
    from .report_content import display, key_words, pick

    section, item, value, detail = list(values)
    if section == "run" and item in PROVENANCE_WORDS:
        item = pick(PROVENANCE_WORDS[item], language)
    if section in ("parameter_table", "placeholder"):
        value = key_words(item, value, language)
        detail = display(detail, language)
    if section == "recorded" and language == "zh" and " · " in str(item):
        step, column = str(item).split(" · ", 1)
        item = "{0} · {1}".format(step, pick(_recorded_fact_words(column), language))
    if section == "chain" and detail in HOW_WORDS:
        detail = pick(HOW_WORDS[detail], language)
    if section == "input" and str(detail).endswith("; temporary"):
        words = ("；临时结果（未保存为文件）", "; temporary result (not saved)")
        detail = str(detail)[:-len("; temporary")] + pick(words, language)
    section = pick(PROVENANCE_WORDS.get(section, (section, section)), language)
    return [section, item, value, detail]


def _write_provenance(ws, provenance, language="zh"):
    from openpyxl.styles import Font, PatternFill

    fill = PatternFill("solid", fgColor="DDEBF7")
    title = "来源信息 / Provenance"
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)
    headers = [("部分", "Section"), ("项目", "Item"), ("值", "Value"), ("说明", "Detail")]
    for j, (zh, en) in enumerate(headers, start=1):
        for row, text in ((2, zh), (3, en)):
            cell = ws.cell(row=row, column=j, value=text)
            cell.font = Font(bold=True)
            cell.fill = fill
    widths = [10, 16, 40, 40]
    for i, values in enumerate(provenance.itertuples(index=False), start=4):
        values = provenance_row(values, language)
        for j, value in enumerate(values, start=1):
            ws.cell(row=i, column=j, value=_cell_value(value))
            widths[j - 1] = max(widths[j - 1], min(_display_width(value), 80))
    for j, width in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=2, column=j).column_letter].width = width + 2
    ws.freeze_panes = "A4"
    page_setup(ws, 4, 3)
    ws.page_setup.orientation = "landscape"


def section_table(section):
    """A ReportTable for a ReportSection of another system (metering/report_sections.py).

    A section that gives its ``columns`` (report_sections.labelled) has the parcel sheets' header
    rows: zh, en and unit; otherwise its labels are already in the report language and both header
    rows show them. Its notes go under the table; its sheet is named by ``section.sheet_name``
    (else its key).
    """
    from .report_tables import Column, ReportTable

    frame = section.table.copy()
    names = ["c{0}".format(i) for i in range(len(frame.columns))]
    given = {str(c.name): c for c in section.columns}
    columns = []
    for n, label in zip(names, frame.columns):
        spec = given.get(str(label))
        fmt = section.number_formats.get(label, "")
        columns.append(Column(n, spec.zh, spec.en, spec.unit, spec.fmt or fmt) if spec is not None else
                       Column(n, str(label), str(label), "", fmt))
    frame.columns = names
    note = " ".join(section.notes)
    return ReportTable(section.sheet_name or section.key, section.title, section.title, columns, frame,
                       note_zh=note, note_en="", extra={"display": False})


def write_workbook(path, tables, provenance, title="", language="zh"):
    """Write ``tables`` (ReportTable list, in order) and the provenance sheet to ``path``.

    Returns the sheet names written. The file appears only once complete.
    """
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    names = []
    for table in tables:
        name = sheet_name(table.key, language)
        ws = wb.create_sheet(name)
        heading = sheet_title(table, language)
        if title and table.key == "summary":
            heading = "{0} — {1}".format(title, heading)
        _write_table(ws, table, heading, language)
        names.append(name)
    name = sheet_name("provenance", language)
    _write_provenance(wb.create_sheet(name), provenance, language)
    names.append(name)
    wb.properties.title = title or "Carbon Metering report"
    wb.properties.creator = "Carbon Metering 碳汇计量"
    tmp = temp_path_beside(path, ".xlsx")
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return names
