"""Chinese all the way through: no internal code in a Chinese deliverable (workbook, PDF, log).

An internal code is an id of the data (``dry_land``, ``stock_base``, ``sink_independent``), a
column name (``stock_base_total_tc``), a bare code a cell may hold (``plots``, ``default``,
``ALL``) or the word "pieces" — what a county surveyor reads must be in words (旱地, 基准年碳储量,
样地实测, 合计). metering.report_content.internal_codes_in finds them; these tests fail when one
reaches a deliverable. Also the report's own content: map classes, uncertainty statement.
"""

import shutil
import subprocess

import pandas as pd
import pytest

from carbon_metering.metering import report_content as rc
from carbon_metering.metering import report_tables as rt
from tests import report_data as rd

ALG = "carbonmeter:export_report"


# -- the finder itself ------------------------------------------------------------------------
def test_internal_codes_are_found_as_words_and_cells():
    assert rc.internal_codes_in("乔木林 dry_land 旱地") == ["dry_land"]
    assert rc.internal_codes_in("stock_base_total_tc") == ["stock_base_total_tc"]
    assert rc.internal_codes_in("合计", cells=["ALL"]) == ["ALL"]
    assert rc.internal_codes_in("SECTIONS /data/district_sink.csv", cells=[]) == []  # the user's file name
    assert rc.internal_codes_in("Read 5 pieces.", cells=[]) == ["pieces"]
    # a code that is also an English word only as a whole cell: citations keep their words
    assert rc.internal_codes_in("IPCC 2006 Table 2.3 default value", cells=["IPCC 2006 Table 2.3 default value"]) == []
    assert rc.internal_codes_in("x", cells=["default", "plots"]) == ["default", "plots"]
    assert rc.internal_codes_in("碳汇量（上报） 旱地 → 乔木林 合计", cells=[]) == []


def test_display_words_of_codes():
    assert rc.display("ALL", "zh") == "合计" and rc.display("ALL", "en") == "Total"
    assert rc.display("dry_land", "zh") == "旱地"
    assert rc.display("plots", "zh") == "样地实测" and rc.display("default", "zh") == "缺省值"
    assert rc.display("(none)", "zh") == "（无）"
    assert rc.key_words("default_density.csv", "forest_arbor/agb", "zh") == "乔木林 / 地上生物量"


# -- the report's content, by hand --------------------------------------------------------------
def test_sink_classes_do_not_overlap_and_cover_every_value():
    values = [-134.0, -3.0, -0.2, 0.0, 0.0, 2.9, 3.2, 25.0]
    classes = rc.sink_classes(values)
    labels = [c[2] for c in classes]
    # |min| 134: bounds 134/2 → 50 and 134/20 → 5 on the 1-2-5 steps; max 25: 12.5 → 10, 1.25 → 1
    assert labels == ["x < −50", "−50 ≤ x < −5", "−5 ≤ x < 0", "0", "0 < x < 1", "1 ≤ x < 10", "x ≥ 10"]
    for (_, high, _), (low, _, _) in zip(classes, classes[1:]):
        assert high == low  # each class starts where the previous one stops: no gap, no overlap
    assert [rc.classify(v, classes) for v in values] == [0, 2, 2, 3, 3, 5, 5, 6]
    assert rc.sink_classes([0.0]) == [(-1e-6, 1e-6, "0")]


def test_uncertainty_statement_significance_discount_and_contributors():
    frame = pd.DataFrame([
        # level, name, quantity, estimate, u1_pct, mc_p2_5, mc_p97_5, u2_pct
        ("total", "total", "sink", 100.0, 40.0, 62.0, 141.0, 39.5),
        ("total", "total", "sink_independent", 100.0, 60.0, 40.0, 160.0, 60.0),
        ("object", "forest_arbor", "sink", 80.0, 30.0, None, None, None),
        ("object", "dry_land", "sink", 20.0, 80.0, None, None, None),
    ], columns=["level", "name", "quantity", "estimate", "u1_pct", "mc_p2_5", "mc_p97_5", "u2_pct"])
    facts = rc.uncertainty_facts(frame)
    assert facts["significant"] is True  # the 95 % interval 62 … 141 excludes 0
    # No discount in the table: AR-TOOL14 from U95 40 % → U90 = 40 × 1.645/1.960 = 33.57 % > 30 %:
    # all of the 90 % half-width, 100 × 0.3357 = 33.57 t CO2e/a, conservative 66.43.
    assert facts["u90_pct"] == pytest.approx(40 * 1.645 / 1.960, rel=1e-3)
    assert facts["discount_share"] == 1.0
    assert facts["conservative"] == pytest.approx(100 - 40 * 1.645 / 1.960, rel=1e-3)
    # variance shares: arbor (0.30 × 80)² = 576, dry land (0.80 × 20)² = 256 → 69 % and 31 %
    assert [(n, round(s, 2)) for n, s in facts["contributors"]] == [("forest_arbor", 0.69), ("dry_land", 0.31)]
    text = " ".join(rc.uncertainty_statement(facts, "zh"))
    assert "显著不为零" in text and "乔木林 69%" in text and "旱地 31%" in text and "60.0%" in text
    assert rc.internal_codes_in(text, cells=[]) == []
    not_significant = frame.assign(mc_p2_5=[-5.0, -5.0, None, None])
    assert rc.uncertainty_facts(not_significant)["significant"] is False
    assert "无显著差异" in " ".join(rc.uncertainty_statement(rc.uncertainty_facts(not_significant), "zh"))


def test_statement_names_the_filed_estimator_and_both_uncertainties():
    """Issue 10: the report states which estimator produced the filed sink and its U under that estimator
    and under independent samples of the two years."""
    frame = pd.DataFrame([
        ("total", "total", "sink", 100.0, 18.0, 82.0, 118.0, 18.0),
        ("total", "total", "sink_independent", 90.0, 250.0, -130.0, 310.0, 245.0),
    ], columns=["level", "name", "quantity", "estimate", "u1_pct", "mc_p2_5", "mc_p97_5", "u2_pct"])
    # 3 ha of unchanged pieces from the change table (paired 2 ha, composite 1 ha), 1 ha changed: 75 % of 4 ha
    pieces = pd.DataFrame({"area_m2": [20000.0, 10000.0, 10000.0],
                           "dc_estimator": ["paired", "composite", "stock_difference"]})
    facts = rc.uncertainty_facts(frame, pieces)
    assert facts["estimators"] == {"change_estimators": ["composite", "paired"], "change_area_ha": 3.0,
                                   "area_ha": 4.0}
    zh = " ".join(rc.uncertainty_statement(facts, "zh"))
    assert "固定样地配对变化量估计" in zh and "组合估计" in zh and "3.00 ha，占 75.0%" in zh
    assert "U = 18.0%" in zh and "90.00 t CO2e/a" in zh and "U = 250.0%" in zh
    en = " ".join(rc.uncertainty_statement(facts, "en"))
    assert "paired change estimator" in en and "composite" in en and "75.0 % of the area" in en
    assert "is 18.0 %" in en and "U (Approach 1) 250.0 %" in en
    assert rc.internal_codes_in(zh, cells=[]) == [] and rc.internal_codes_in(en, cells=[]) == []
    # Without a change table the filed sink is the stock difference, and the statement says so.
    plain = rc.uncertainty_facts(frame, pd.DataFrame({"area_m2": [1.0], "dc_estimator": ["stock_difference"]}))
    assert "两期碳储量之差" in " ".join(rc.uncertainty_statement(plain, "zh"))
    assert rc.uncertainty_facts(frame)["estimators"] is None  # no pieces: no estimator sentence
    assert "估计方法：" not in " ".join(rc.uncertainty_statement(rc.uncertainty_facts(frame), "zh"))


def test_transitions_by_hand():
    table = rc.transitions(pd.DataFrame(rd.piece_rows()), "zh")
    frame = table.frame.set_index("transition")
    # piece B: dry land 1 ha 30 → 110 t C over 3 a: 80/3 × 44/12 = 97.78 t CO2e/a
    assert frame.loc["旱地 → 乔木林", "sink_tco2e"] == pytest.approx(80 / 3 * 44 / 12)
    # piece D: dry land → (none), 0.5 ha, 15 → 0 t C: −5 t C/a
    assert frame.loc["旱地 → （无）", "dc_per_year_tc"] == pytest.approx(-5.0)
    grand = table.frame[table.frame["change_group"] == "all"].iloc[0]
    assert grand["sink_tco2e"] == pytest.approx(140 / 3 * 44 / 12)


def test_stock_by_pool_by_hand():
    table = rc.stock_by_pool(pd.DataFrame(rd.piece_rows()), "zh")
    f = table.frame
    soil = f[(f["county"] == rt.ALL) & (f["pool"] == "soil")].iloc[0]
    # soil, base: A 2 × 47 + B 1 × 27 + C 3 × 41 + D 0.5 × 27 = 257.5; target: (2 + 1 + 0.5) × 49 + 3 × 41 = 294.5
    assert soil["stock_base_tc"] == pytest.approx(257.5)
    assert soil["stock_target_tc"] == pytest.approx(294.5)


# -- the deliverables ---------------------------------------------------------------------------
@pytest.fixture
def zh_run(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback
    from qgis.PyQt.QtCore import QCoreApplication

    from carbon_metering.plugin.i18n import load_translator

    class Log(QgsProcessingFeedback):
        lines = []

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)

        def pushWarning(self, warning):  # noqa: N802
            self.lines.append(warning)

        def reportError(self, error, fatalError=False):  # noqa: N802, N803
            self.lines.append(error)

    stock = rd.write_stock_gpkg(tmp_path / "stock.gpkg")
    unc = rd.memory_table(
        "uncertainty",
        [("level", "string"), ("name", "string"), ("quantity", "string"), ("unit", "string"),
         ("estimate", "double"), ("u1_pct", "double"), ("u2_low_pct", "double"), ("discount_share", "double")],
        [("total", "total", "sink", "t CO2e/a", 171.1, 40.0, 39.0, 1.0),
         ("total", "total", "sink_independent", "t CO2e/a", 171.1, 55.0, 54.0, None),
         ("object", "dry_land", "stock_base", "t C", 45.0, 20.0, 19.0, None)])
    translator = load_translator("zh_CN")
    log = Log()
    try:
        result = processing.run(ALG, {
            "STOCK": stock, "BASE_DENSITY": rd.density_layer(rd.DENSITY_BASE, "density_2020"),
            "TARGET_DENSITY": rd.density_layer(rd.DENSITY_TARGET, "density_2023"), "UNCERTAINTY": unc,
            "LANGUAGE": 0, "TITLE": "测试县", "OUTPUT_XLSX": str(tmp_path / "r.xlsx"),
            "OUTPUT_PDF": str(tmp_path / "r.pdf")}, feedback=log)
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
    return result, log.lines


def test_zh_workbook_holds_no_internal_code(zh_run):
    from openpyxl import load_workbook

    result, _ = zh_run
    wb = load_workbook(result["OUTPUT_XLSX"])
    found = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for cell in row:
                if isinstance(cell, str):
                    for code in rc.internal_codes_in(cell, cells=[cell]):
                        found.setdefault((ws.title, code), str(row)[:200])
    assert found == {}
    # every header translated (row 2 Chinese): the uncertainty table's extra fields too
    unc = wb["不确定度"]
    headers = [unc.cell(row=2, column=j).value for j in range(1, unc.max_column + 1)]
    assert {"单位", "下侧不确定度（方法2）", "扣减比例"} <= set(headers)
    density = wb["分层碳密度"]
    values = {density.cell(row=r, column=c).value for r in range(5, density.max_row + 1) for c in (2, 3, 10)}
    assert {"旱地", "地上生物量", "样地实测"} <= values


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is in DEB_PACKAGES")
def test_zh_pdf_holds_no_internal_code(zh_run):
    result, _ = zh_run
    text = subprocess.run(["pdftotext", "-layout", result["OUTPUT_PDF"], "-"], capture_output=True, text=True,
                          check=True).stdout
    assert rc.internal_codes_in(text, cells=[]) == []
    assert "合计" in text and "旱地" in text


def test_zh_log_holds_no_internal_code(zh_run):
    _, lines = zh_run
    assert lines, "the algorithm logs"
    found = [line for line in lines if rc.internal_codes_in(line, cells=[])]
    assert found == []
    han = [line for line in lines if any("\u4e00" <= ch <= "\u9fff" for ch in line)]
    assert len(han) >= len(lines) - 1  # in Chinese (the last line is Processing's own results dump)


# -- the other systems' sections (urban carbon balance, remote-sensing district sink) ----------------
def _balance_table():
    """A carbon_balance OUTPUT as read back from its CSV (tests/test_carbon_balance.py's regions and sinks)."""
    from carbon_metering.metering.inventory import balance
    from tests import test_carbon_balance as tb

    table, _ = balance.compute(tb.REGIONS, tb.INVENTORY, tb.SINKS, tb.MAP, years=[2022, 2023], emission_u_pct=5.0)
    return table.astype(str).replace({"nan": "", "<NA>": ""})


def _district_table():
    from tests.test_export_report import _district_table as write

    return write


def _section_words(section):
    """Everything a person reads of a section: title, headers, cells, notes (cells also as cells)."""
    cells = [str(v) for v in section.table.astype(object).to_numpy().ravel() if isinstance(v, str)]
    headers = [str(c) for c in section.table.columns]
    headers += [w for c in section.columns for w in (c.zh, c.en, c.unit)]
    text = " ".join([section.title] + headers + cells + list(section.notes))
    return text, headers + cells


def test_zh_balance_section_holds_no_internal_code():
    from carbon_metering.metering.report_sections import build_section

    zh = build_section(_balance_table(), "zh")
    text, cells = _section_words(zh)
    assert rc.internal_codes_in(text, cells=cells) == []
    # the sink source in words, by kind and key: MAP names uncertainty/total for C, uncertainty for D1,
    # the district table (the second sink table) for D2 and none for the park
    source = dict(zip(zh.table["区域"], zh.table["碳汇来源"]))
    assert source == {"C": "地块碳汇计量（不确定度表）（全域）", "D1": "地块碳汇计量（不确定度表）（D1）",
                      "D2": "遥感分区碳汇（D2）", "P1": "无碳汇"}
    assert set(zh.table["层级"]) == {"市", "区/县", "园区"}
    # headers as on the parcel sheets: zh, en, unit
    net = next(c for c in zh.columns if c.name == "净排放 (t CO2e)")
    assert (net.zh, net.en, net.unit) == ("净排放", "Net emission", "t CO2e")
    en = build_section(_balance_table(), "en")
    assert dict(zip(en.table["Region"], en.table["Sink source"]))["D2"] == "remote-sensing district sink (D2)"


def test_the_finder_knows_the_sections_codes():
    # a carbon_balance column id, a district_sink column id and the codes of their cells
    assert rc.internal_codes_in("净排放 net_emission_tco2e sink_tc_per_ha", cells=[]) == [
        "net_emission_tco2e", "sink_tc_per_ha"]
    assert rc.internal_codes_in("x", cells=["district_sink", "uncertainty", "park", "sink_source"]) == [
        "district_sink", "park", "sink_source", "uncertainty"]


def test_zh_district_section_holds_no_internal_code(tmp_path):
    from carbon_metering.metering.report_sections import build_section

    path = _district_table()(tmp_path / "district_sink.csv", 3)
    zh = build_section(pd.read_csv(path, dtype=str), "zh")
    text, cells = _section_words(zh)
    assert rc.internal_codes_in(text, cells=cells) == []
    assert [(c.zh, c.unit) for c in zh.columns][4:6] == [("碳汇量", "t C/a"), ("碳汇量", "t CO2e/a")]


def test_object_ids_in_a_section_are_shown_by_name():
    from carbon_metering.metering.report_sections import ReportSection, _object_words

    section = ReportSection("x", "t", pd.DataFrame({"基线对象": ["dry_land", "旱地", None], "n": [1, 2, 3]}))
    assert list(_object_words(section, "zh").table["基线对象"][:2]) == ["旱地", "旱地"]


@pytest.fixture
def zh_sections_run(provider, tmp_path):
    import processing
    from qgis.PyQt.QtCore import QCoreApplication

    from carbon_metering.plugin.i18n import load_translator

    balance = tmp_path / "carbon_balance.csv"
    _balance_table().to_csv(balance, index=False)
    district = _district_table()(tmp_path / "district_sink.csv", 4)
    translator = load_translator("zh_CN")
    try:
        return processing.run(ALG, {
            "STOCK": rd.write_stock_gpkg(tmp_path / "stock.gpkg"), "SECTIONS": [str(balance), district],
            "LANGUAGE": 0, "TITLE": "测试市", "OUTPUT_XLSX": str(tmp_path / "r.xlsx"),
            "OUTPUT_PDF": str(tmp_path / "r.pdf")})
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)


def test_zh_section_sheets_hold_no_internal_code(zh_sections_run):
    from openpyxl import load_workbook

    wb = load_workbook(zh_sections_run["OUTPUT_XLSX"])
    found = {}
    for title in ("碳收支平衡", "分区碳汇（遥感）"):
        ws = wb[title]
        for row in ws.iter_rows(values_only=True):
            for cell in row:
                if isinstance(cell, str):
                    for code in rc.internal_codes_in(cell, cells=[cell]):
                        found.setdefault((title, code), str(row)[:200])
    assert found == {}
    ws = wb["碳收支平衡"]
    head = [[ws.cell(row=r, column=j).value for j in range(1, ws.max_column + 1)] for r in (2, 3, 4)]
    j = head[0].index("净排放")
    assert (head[1][j], head[2][j]) == ("Net emission", "t CO2e")  # zh, en and unit rows, as the parcel sheets


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is in DEB_PACKAGES")
def test_zh_section_pages_hold_no_internal_code(zh_sections_run):
    text = subprocess.run(["pdftotext", "-layout", zh_sections_run["OUTPUT_PDF"], "-"], capture_output=True,
                          text=True, check=True).stdout
    # the section pages (the provenance after them names the input files, the user's own names)
    part = text[text.index("城市碳收支平衡"):text.index("来源信息")]
    assert rc.internal_codes_in(part, cells=None) == []
    assert "遥感分区碳汇（D2）" in part and "区00" in part


def test_zh_messages_of_lidar_and_rs_name_objects_and_verdicts_in_words(qgis_app):
    from qgis.PyQt.QtCore import QCoreApplication

    from carbon_metering.plugin.i18n import load_translator
    from carbon_metering.processing_provider import messages

    assert messages.language() == "en"
    assert messages.text("object_without_metrics", {"object": "dry_land", "n": 20}).startswith("Dry land:")
    translator = load_translator("zh_CN")
    try:
        assert messages.language() == "zh"
        lines = [
            messages.text("object_without_metrics", {"object": "dry_land", "n": 20}),
            messages.text("too_few_plots", {"object": "forest_arbor", "n": 3, "pool": "总碳密度", "form": "power",
                                            "predictors": "p95", "needed": 5, "dropped": 0}),
            messages.text("rs_verification_result", {"n": 24, "rrmse": 16.23, "threshold": 20.0, "verdict": "pass"}),
            messages.text("rs_aligned", {"raster": "TEMPERATURE", "method": "bilinear"}),
        ]
        assert messages.object_words("forest_arbor") == "乔木林" and messages.pool_words("total") == "合计"
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
    assert [rc.internal_codes_in(line, cells=[]) for line in lines] == [[]] * 4
    assert lines[0].startswith("旱地：") and lines[1].startswith("乔木林")
    assert lines[2].endswith("通过。") and "双线性" in lines[3]


def test_activity_template_reference_sheets_have_translated_headers(tmp_path):
    from openpyxl import load_workbook

    from carbon_metering.metering.inventory.template import build_template

    wb = load_workbook(build_template(str(tmp_path / "t.xlsx")))
    for name in ("indicators", "carriers", "units"):
        ws = wb[name]
        zh, en, ids = ([c.value for c in row] for row in ws.iter_rows(min_row=1, max_row=3))
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in h) for h in zh), (name, zh)
        assert rc.internal_codes_in(" ".join(zh), cells=zh) == [] and "_" not in " ".join(en)
        assert len(ids) == len(zh)  # row 3 keeps the tables' field ids under the headers


def test_figures_use_a_font_with_chinese_glyphs_and_translated_words(tmp_path):
    matplotlib = pytest.importorskip("matplotlib")
    from types import SimpleNamespace

    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    from carbon_metering.metering.figures import font_rc
    from carbon_metering.metering.lidar.residual_plot import residual_plot

    with matplotlib.rc_context(font_rc()):
        path = font_manager.findfont(font_manager.FontProperties(family=["sans-serif"]), fallback_to_default=False)
    assert FT2Font(path).get_char_index(ord("碳")) != 0, path  # not the boxes of a Latin-only font
    model = SimpleNamespace(object="forest_arbor", pool="total", form="power", r2=0.5, rrmse_pct=10.0,
                            loo_rmse=1.0, cv_rmse=1.1,
                            plots={"y": [1.0, 2.0, 3.0], "yhat": [1.1, 2.1, 2.9], "loo": [1.2, 2.2, 2.8]})
    asked = []
    residual_plot(str(tmp_path / "r.png"), [model], {"fit": "拟合"}, lambda code: asked.append(code) or code)
    assert (tmp_path / "r.png").stat().st_size > 0
    assert asked == ["forest_arbor", "total", "power"]  # the title names object, pool and form in words


def test_zh_lidar_metric_conventions_are_logged_in_words(qgis_app):
    from qgis.PyQt.QtCore import QCoreApplication

    from carbon_metering.metering.lidar.options import MetricOptions
    from carbon_metering.plugin.i18n import load_translator
    from carbon_metering.processing_provider.lidar_metrics import LidarMetricsAlgorithm

    translator = load_translator("zh_CN")
    try:
        line = LidarMetricsAlgorithm()._conventions(MetricOptions())
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
    assert "_" not in line and "{" not in line, line  # no field id, no Python dict
    assert "郁闭度高度阈值（米） = 2.0" in line and "类" in line


# -- the restoration system's sections (restoration_benefit, restoration_accuracy) ----------------------
def _restoration_tables(tmp_path):
    """The benefit table (test_restoration_benefit's vegetation recovery and forest restoration units, a
    plot check) and accuracy_assessment STATISTICS of a type map and a trend-class map, as read back from CSV."""
    import numpy as np

    from carbon_metering.metering.restoration import accuracy as acc
    from carbon_metering.metering.restoration.benefit import add_plot_check, restoration_benefit
    from carbon_metering.processing_provider.accuracy_assessment import frames
    from tests.test_restoration_benefit import RECOVERY

    units = pd.DataFrame({"unit": [1, 2, 3], "restoration_type": ["vegetation_recovery"] * 2 + ["forest_restoration"],
                          "baseline_object": ["forest_shrub", "grassland", "forest_shrub"],
                          "with_object": [None, None, None], "area_ha": [4.0, 1.0, 2.0]})
    benefit = add_plot_check(restoration_benefit(units, RECOVERY, 2023, 2033, transition_years=20),
                             [1, 0, 0], [40.0, np.nan, np.nan])

    def read_back(table, name):
        table.to_csv(tmp_path / name, index=False)
        return pd.read_csv(tmp_path / name, dtype=str, keep_default_na=False)

    types = acc.assess([[8, 2], [1, 9]], classes=["forest_restoration", "mine_rehabilitation"], mapped_area=[30, 70])
    trends = acc.assess([[8, 2], [1, 9]], classes=[2, -2], mapped_area=[30.0, 70.0])
    return [read_back(benefit, "benefit.csv"),
            read_back(frames(types, types.passes(85.0), 85.0, 0.95)["STATISTICS"], "types.csv"),
            read_back(frames(trends, trends.passes(85.0), 85.0, 0.95)["STATISTICS"], "trends.csv")]


def test_zh_restoration_sections_hold_no_internal_code(tmp_path):
    from carbon_metering.metering.report_sections import build_section

    benefit, types, trends = (build_section(t, "zh") for t in _restoration_tables(tmp_path))
    for section in (benefit, types, trends):
        text, cells = _section_words(section)
        assert rc.internal_codes_in(text, cells=cells) == [], section.key
    # types, objects and trend classes by name; headers as on the parcel sheets (zh, en, unit)
    assert list(benefit.table["修复类型"]) == ["森林保护修复", "植被恢复", "植被恢复", "合计"]
    assert {"灌木林", "草地"} <= set(benefit.table["现状（基线）对象"])
    net = next(c for c in benefit.columns if c.name == "年增汇量 (t CO2e/a)")
    assert (net.zh, net.en, net.unit) == ("年增汇量", "Annual sink increase", "t CO2e/a")
    assert {"森林保护修复", "矿山生态修复"} <= set(types.table["类别"])
    assert {"显著增加", "显著减少"} <= set(trends.table["类别"])
    assert [c.unit for c in trends.columns] == ["", "", "%", "%", "%"]
    en = build_section(_restoration_tables(tmp_path)[1], "en")
    assert "Mine rehabilitation" in set(en.table["Class"])


def test_a_code_in_a_zh_restoration_section_is_found(tmp_path):
    from carbon_metering.metering.report_sections import build_section

    # the codes of the restoration sections are known to the finder: a type, a trend class, a benefit column
    assert rc.internal_codes_in("x", cells=["mine_rehabilitation", "significant_increase", "kept_current"]) == [
        "kept_current", "mine_rehabilitation", "significant_increase"]
    assert rc.internal_codes_in("年增汇量 sink_increase_tco2e_per_year", cells=[]) == [
        "sink_increase_tco2e_per_year"]
    # a section that let a type code or a column id through fails the check of the test above
    section = build_section(_restoration_tables(tmp_path)[0], "zh")
    section.table.iloc[0, 0] = "forest_restoration"
    text, cells = _section_words(section)
    assert rc.internal_codes_in(text, cells=cells) == ["forest_restoration"]
    section.table = section.table.rename(columns={"面积 (ha)": "area_ha"})
    assert "area_ha" in rc.internal_codes_in(*_section_words(section))


# -- the log of the parcel chain's first steps (plot_carbon, stratum_density) in zh ------------------
@pytest.fixture
def zh_plot_logs(provider, tmp_path, log_feedback):
    """plot_carbon on test_plot_carbon's survey (an arbor and a grassland plot, defaults for dead wood and
    litter) and stratum_density on its output, both run in the zh locale; what they logged."""
    import processing
    from qgis.PyQt.QtCore import QCoreApplication

    from carbon_metering.plugin.i18n import load_translator
    from tests.test_plot_carbon import make_survey

    gpkg = make_survey(tmp_path / "survey.gpkg")
    translator = load_translator("zh_CN")
    try:
        plots = processing.run("carbonmeter:plot_carbon", {
            "INPUT": "{0}|layername=plots".format(gpkg), "OUTPUT": str(tmp_path / "plot_carbon.gpkg")},
            feedback=log_feedback)["OUTPUT"]
        processing.run("carbonmeter:stratum_density", {"INPUT": plots, "OUTPUT": "memory:"}, feedback=log_feedback)
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
    from qgis.core import QgsVectorLayer

    warnings = [f["warnings"] for f in QgsVectorLayer(plots, "p", "ogr").getFeatures() if f["warnings"]]
    # Processing's own last line of each run ("Results: {...}") is not the algorithm's
    return [line for line in log_feedback.infos + log_feedback.warnings if not line.startswith("Results:")], warnings


def test_zh_plot_carbon_and_density_logs_hold_no_internal_code(zh_plot_logs):
    lines, warnings = zh_plot_logs
    found = {line: rc.internal_codes_in(line, cells=[]) for line in lines if rc.internal_codes_in(line, cells=[])}
    assert found == {}
    text = "\n".join(lines)
    # the parameter sources by table, object and pool name, with the status in words
    assert "缺省碳密度 乔木林 / 枯死木 [占位值]" in text and "树种参数 杉木" in text
    assert "草本含碳率" in text and "default_density:" not in text
    # survey tables, filled pools and single-plot strata by name
    assert "乔木每木检尺：" in text and "枯落物样方：" in text
    assert "枯死木 2" in text and "乔木林; 草地" in text
    for word in ("default", "plots", "deadwood", "litter", "soil", "forest_arbor", "grassland"):
        assert not any(word in line.split("：")[0] for line in lines), word  # no code leads a line
    # a pool no plot of an object surveyed: one line per object, pool and object by name, no field id
    assert "枯死木：计量对象“乔木林”的 1 个样地均未调查该碳库" in text and "method_" not in text
    assert "草本：计量对象“草地”的 1 个样地根茎比为 4（碳库系数表“草本根茎比 / 草地”行" in text
    # the plots' warnings field (a zh deliverable too): pools and objects by name
    assert all(rc.internal_codes_in(w, cells=[]) == [] for w in warnings), warnings
    codes = ("forest_arbor", "grassland", "deadwood", "litter", "herb_r")
    assert not any(code in w for w in warnings for code in codes), warnings


def test_zh_stock_and_sampling_notes_name_years_methods_and_objects_in_words(qgis_app):
    from qgis.PyQt.QtCore import QCoreApplication

    from carbon_metering.plugin.i18n import load_translator
    from carbon_metering.processing_provider import messages

    rows = [("base", "9999", 2, 1.5), ("target", "8888", 1, 0.5)]
    assert "base year: 9999: 2 pieces, 1.5000 ha" in messages.text("stock_unmapped_codes", {"rows": rows})
    translator = load_translator("zh_CN")
    try:
        lines = [messages.text("stock_unmapped_codes", {"rows": rows}),
                 messages.text("stock_area_method", {"methods": "ellipsoidal, planar EPSG:4526"}),
                 messages.text("sampling_strata_without_plots", {"strata": ["dry_land", "forest_arbor|fir"],
                                                                 "area_ha": 2.0}),
                 messages.text("permanent_plot_object_changed", {"permanent_id": "P1", "base_object": "dry_land",
                                                                 "target_object": "forest_arbor"})]
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
    assert [rc.internal_codes_in(line, cells=[]) for line in lines] == [[]] * 4
    assert "基准年：9999：2 个叠加图斑" in lines[0] and "计量年：8888" in lines[0]
    assert "旱地; 乔木林 / fir" in lines[2] and "旱地" in lines[3] and "乔木林" in lines[3]
    assert "椭球面积, 平面面积 EPSG:4526" in lines[1] and "planar" not in lines[1]


def test_zh_restoration_sheets_hold_no_internal_code(provider, tmp_path):
    import processing
    from openpyxl import load_workbook
    from qgis.PyQt.QtCore import QCoreApplication

    from carbon_metering.plugin.i18n import load_translator

    paths = []
    for name, table in zip(("benefit", "types", "trends"), _restoration_tables(tmp_path)):
        paths.append(str(tmp_path / "{0}_section.csv".format(name)))
        table.to_csv(paths[-1], index=False)
    translator = load_translator("zh_CN")
    try:
        result = processing.run(ALG, {
            "STOCK": rd.write_stock_gpkg(tmp_path / "stock.gpkg"), "SECTIONS": paths, "LANGUAGE": 0,
            "TITLE": "测试县", "OUTPUT_XLSX": str(tmp_path / "r.xlsx")})
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
    wb = load_workbook(result["OUTPUT_XLSX"])
    sheets = [ws for ws in wb.worksheets if any(isinstance(c, str) and ("修复" in c) for row in
                                                ws.iter_rows(max_row=1, values_only=True) for c in row)]
    assert len(sheets) == 3, wb.sheetnames
    found = {}
    for ws in sheets:
        for row in ws.iter_rows(values_only=True):
            for cell in row:
                if isinstance(cell, str):
                    for code in rc.internal_codes_in(cell, cells=[cell]):
                        found.setdefault((ws.title, code), str(row)[:200])
    assert found == {}
    cells = {c for ws in sheets for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)}
    assert {"森林保护修复", "矿山生态修复", "显著增加", "年增汇量", "Annual sink increase", "t CO2e/a"} <= cells
