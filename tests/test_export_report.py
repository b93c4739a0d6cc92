"""export_report: appendix F tables by hand, the workbook read back, the PDF's pages and text.

Inputs are the five hand-made pieces of tests/report_data.py (see its docstring). Expected values
by hand, years 2020 → 2023 (3 a), CO2e = C × 44/12:
  420101: base 200 + 30 = 230 t C, target 220 + 110 = 330 t C, ΔC = 100/3 = 33.333 t C/a,
          removals = 100/3 × 44/12 = 122.222 t CO2e/a
  420102: base 150 + 15 + 0 = 165 t C, target 150 + 0 + 55 = 205 t C, ΔC = 40/3 = 13.333 t C/a,
          removals = 48.889 t CO2e/a
  all:    base 395 t C, target 535 t C, ΔC = 140/3 = 46.667 t C/a, removals = 171.111 t CO2e/a
"""

import hashlib
import re
import shutil
import subprocess

import pandas as pd
import pytest

from carbon_metering.metering import report_tables as rt
from tests import report_data as rd
from tests.conftest import REPO

ALG = "carbonmeter:export_report"


def _pieces():
    return pd.DataFrame(rd.piece_rows())


def _row(frame, **keys):
    mask = pd.Series(True, index=frame.index)
    for key, value in keys.items():
        mask &= frame[key] == value
    assert mask.sum() == 1, keys
    return frame[mask].iloc[0]


# -- the core tables, by hand -------------------------------------------------------------------
def test_county_totals_by_hand():
    totals = rt.county_totals_table(_pieces()).frame
    a = _row(totals, county="420101")
    assert a["stock_base_tc"] == pytest.approx(230.0)
    assert a["stock_target_tc"] == pytest.approx(330.0)
    assert a["dc_per_year_tc"] == pytest.approx(100.0 / 3)
    assert a["sink_tco2e"] == pytest.approx(100.0 / 3 * 44 / 12)
    b = _row(totals, county="420102")
    assert b["area_base_ha"] == pytest.approx(3.5)  # C 3 ha + D 0.5 ha (E is target only)
    assert b["area_target_ha"] == pytest.approx(3.5)  # C 3 ha + E 0.5 ha
    assert b["stock_base_tc"] == pytest.approx(165.0)
    assert b["stock_target_tc"] == pytest.approx(205.0)
    total = _row(totals, county=rt.ALL)
    assert total["stock_base_tc"] == pytest.approx(395.0)
    assert total["stock_target_tc"] == pytest.approx(535.0)
    assert total["sink_tco2e"] == pytest.approx(171.1111, abs=1e-3)


def test_stock_by_county_object_each_date_by_its_own_object():
    stock = rt.stock_by_county_object(_pieces(), "en").frame
    arbor = _row(stock, county="420101", object="forest_arbor")
    # Base year: only A (2 ha × 100); target year: A and B (3 ha), 2 × 110 + 1 × 110.
    assert arbor["area_base_ha"] == pytest.approx(2.0)
    assert arbor["stock_base_total_tc"] == pytest.approx(200.0)
    assert arbor["stock_base_agb_tc"] == pytest.approx(80.0)  # 2 ha × 40
    assert arbor["area_target_ha"] == pytest.approx(3.0)
    assert arbor["stock_target_total_tc"] == pytest.approx(330.0)
    assert arbor["stock_target_soil_tc"] == pytest.approx(147.0)  # 3 ha × 49
    assert arbor["object_name"] == "Arbor forest"
    dry = _row(stock, county="420101", object="dry_land")
    assert dry["stock_base_total_tc"] == pytest.approx(30.0) and dry["stock_target_total_tc"] == 0.0
    # Totals equal Σ density × area per object: arbor at the target year over both counties
    # = (2 + 1 + 0.5) ha × 110 t C/ha = 385 t C.
    arbor_all = stock[(stock["object"] == "forest_arbor")]["stock_target_total_tc"].sum()
    assert arbor_all == pytest.approx(3.5 * 110.0)
    grand = _row(stock, county=rt.ALL, object=rt.ALL)
    assert grand["stock_base_total_tc"] == pytest.approx(395.0)
    assert grand["change_tc"] == pytest.approx(140.0)


def test_sink_changed_and_unchanged_apart():
    sink = rt.sink_by_county_object(_pieces(), "zh").frame
    unchanged = _row(sink, county="420101", change_group="unchanged", object="forest_arbor")
    assert unchanged["sink_tco2e"] == pytest.approx(20.0 / 3 * 44 / 12)  # (220 − 200)/3 × 44/12
    changed = _row(sink, county="420101", change_group="changed", object="forest_arbor")
    assert changed["sink_tco2e"] == pytest.approx(80.0 / 3 * 44 / 12)  # (110 − 30)/3 × 44/12
    # Base-only piece D stays under its base object: (0 − 15)/3 = −5 t C/a.
    lost = _row(sink, county="420102", change_group="changed", object="dry_land")
    assert lost["dc_per_year_tc"] == pytest.approx(-5.0)
    assert lost["object_name"] == "旱地"
    all_changed = _row(sink, county=rt.ALL, change_group="changed", object=rt.ALL)
    assert all_changed["dc_per_year_tc"] == pytest.approx(80.0 / 3 - 5.0 + 55.0 / 3)
    assert _row(sink, county=rt.ALL, change_group="all", object=rt.ALL)["sink_tco2e"] == pytest.approx(
        140.0 / 3 * 44 / 12)


def test_change_matrix_from_pieces_and_from_table():
    matrix = rt.change_matrix(_pieces()).frame.set_index("base_object")
    assert matrix.loc["dry_land", "forest_arbor"] == pytest.approx(1.0)
    assert matrix.loc["dry_land", "(none)"] == pytest.approx(0.5)
    assert matrix.loc["(none)", "forest_arbor"] == pytest.approx(0.5)
    assert matrix.loc[rt.ALL, rt.ALL] == pytest.approx(7.0)
    given = pd.DataFrame({"level": ["object", "object", "code"], "base": ["paddy", "paddy", "0101"],
                          "target": ["paddy", "orchard", "0201"], "area_ha": [4.0, 1.5, 9.0]})
    from_table = rt.change_matrix(None, given).frame.set_index("base_object")
    assert from_table.loc["paddy", "orchard"] == pytest.approx(1.5)
    assert from_table.loc[rt.ALL, rt.ALL] == pytest.approx(5.5)  # code-level rows are not mixed in
    assert "0101" not in from_table.index


def test_missing_stock_fields_are_named():
    with pytest.raises(ValueError, match="sink_tco2e"):
        rt.county_totals(_pieces().drop(columns=["sink_tco2e"]))


def test_missing_fields_error_is_structured_and_translatable(provider):
    from carbon_metering.processing_provider.export_report import ExportReportAlgorithm

    frame = pd.DataFrame({"stratum": ["paddy"], "pool": ["soil"]})
    with pytest.raises(rt.ReportInputError) as err:
        rt.stratum_densities({"2020": frame})
    assert (err.value.table, err.value.label, err.value.fields) == ("density", "2020", ["mean"])
    assert err.value.kind == "report_missing_fields"  # one error type: kind + details, template translated
    from carbon_metering.processing_provider import messages

    assert ExportReportAlgorithm is not None
    assert messages.text(err.value.kind, err.value.details) == (
        "The density table (2020) lacks the fields mean; give the output of the step that makes it.")


# -- the algorithm ------------------------------------------------------------------------------
def _uncertainty_layers():
    unc = rd.memory_table(
        "uncertainty",
        [("level", "string"), ("name", "string"), ("quantity", "string"), ("estimate", "double"),
         ("u1_pct", "double"), ("mc_mean", "double"), ("mc_p2_5", "double"), ("mc_p97_5", "double"),
         ("u2_pct", "double"), ("discount", "double")],
        [("total", "ALL", "sink", 171.111, 40.0, 170.0, 100.0, 240.0, 41.0, 0.0),
         ("county", "420101", "stock_base", 230.0, 10.0, 230.0, 207.0, 253.0, 10.0, 0.0)],
    )
    hist = rd.memory_table("histogram", [("bin_low", "double"), ("bin_high", "double"), ("count", "integer")],
                           [(50.0 + 20 * i, 70.0 + 20 * i, c) for i, c in enumerate([3, 10, 25, 40, 22, 8, 2])])
    return unc, hist


def assert_no_memory_layer_ids(rows):
    """No memory-layer URI, id or TEMPORARY_OUTPUT anywhere in the provenance (issue 15)."""
    text = "\n".join(str(c) for r in rows for c in r if c is not None)
    assert "memory" not in text.lower() and "TEMPORARY_OUTPUT" not in text
    # a QGIS layer id: the layer name, then a UUID with underscores
    assert not re.search(r"_[0-9a-f]{8}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{12}", text)


@pytest.fixture
def report_run(provider, tmp_path):
    import processing

    stock = rd.write_stock_gpkg(tmp_path / "stock.gpkg")
    before = hashlib.sha256((tmp_path / "stock.gpkg").read_bytes()).hexdigest()
    unc, hist = _uncertainty_layers()
    params = {
        "STOCK": stock,
        "BASE_DENSITY": rd.density_layer(rd.DENSITY_BASE, "density_2020"),
        "TARGET_DENSITY": rd.density_layer(rd.DENSITY_TARGET, "density_2023"),
        "UNCERTAINTY": unc,
        "HISTOGRAM": hist,
        "TITLE": "测试县碳汇计量报告",
        "LANGUAGE": 0,
        "OUTPUT_XLSX": str(tmp_path / "out" / "report.xlsx"),
        "OUTPUT_PDF": str(tmp_path / "out" / "report.pdf"),
    }
    result = processing.run(ALG, params)
    return result, tmp_path, before


def test_workbook_sheets_headers_and_provenance(report_run):
    from openpyxl import load_workbook

    result, tmp_path, before = report_run
    assert result["TOTAL_STOCK_BASE"] == pytest.approx(395.0)
    assert result["TOTAL_SINK"] == pytest.approx(140.0 / 3 * 44 / 12)
    wb = load_workbook(result["OUTPUT_XLSX"])
    assert wb.sheetnames == ["汇总", "碳储量", "分碳库碳储量", "碳汇量", "地类转换碳汇", "变化矩阵", "分层碳密度",
                             "不确定度", "蒙特卡洛直方图", "待核实缺省值", "来源信息"]
    ws = wb["汇总"]
    assert ws["A2"].value == "县级行政区" and ws["A3"].value == "County"
    assert ws["B2"].value == "县级行政区名称" and ws["B3"].value == "County name"
    assert ws["E2"].value == "基准年碳储量" and ws["E3"].value == "Stock, base year" and ws["E4"].value == "t C"
    assert ws["H4"].value == "t CO2e/a"
    assert ws.freeze_panes == "A5"
    values = {ws.cell(row=r, column=1).value: r for r in range(5, ws.max_row + 1)}
    assert "ALL" not in values  # the total row is 合计 in a Chinese workbook
    assert ws.cell(row=values["合计"], column=5).value == pytest.approx(395.0)
    assert ws.cell(row=values["合计"], column=6).value == pytest.approx(535.0)
    assert ws.cell(row=values["420101"], column=8).value == pytest.approx(100.0 / 3 * 44 / 12)
    assert ws.cell(row=values["合计"], column=5).number_format == "#,##0.00"
    assert ws.cell(row=values["420101"], column=1).value == "420101"  # county codes stay text
    # names from metering/data/county_names.csv (GB/T 2260): 420102 is 江岸区; 420101 has none
    assert ws.cell(row=values["420102"], column=2).value == "江岸区"
    assert ws.cell(row=values["420101"], column=2).value in ("", None)
    # print setup on every sheet: A4, fit to one page wide, header rows repeated, landscape when wide
    for sheet in wb.worksheets:
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert sheet.print_title_rows in ("1:3", "1:4"), sheet.title
    assert wb["碳储量"].page_setup.orientation == "landscape"
    # every header has a Chinese text that is not the field name
    for sheet in wb.worksheets[:-1]:
        for j in range(1, sheet.max_column + 1):
            zh, en = sheet.cell(row=2, column=j).value, sheet.cell(row=3, column=j).value
            if zh is None and en is None:
                continue
            assert zh and zh != en and "_" not in str(zh), (sheet.title, j, zh, en)
    assert ws.column_dimensions["A"].width >= 10
    density = wb["分层碳密度"]
    assert [density.cell(row=3, column=j).value for j in range(1, 4)] == ["Year", "Stratum", "Pool"]
    years = {density.cell(row=r, column=1).value for r in range(5, density.max_row + 1)} - {None}
    assert {"2020", "2023"} <= years
    unc = wb["不确定度"]
    assert unc["E3"].value == "U, approach 1" and unc["E4"].value == "%"
    notes = [unc.cell(row=r, column=1).value for r in range(5, unc.max_row + 1)]
    assert any(n and "碳汇量（上报）" in n and "碳汇量（两期独立）" in n for n in notes)  # sink / sink_independent
    prov = wb["来源信息"]
    rows = [[c.value for c in r] for r in prov.iter_rows(min_row=4)]
    by_item = {(r[0], r[1]): r for r in rows}
    stock_row = by_item[("输入", "STOCK")]
    assert "stock.gpkg" in stock_row[2]
    # the checksum of the layer's content (features and attributes), not of the whole GeoPackage file
    from qgis.core import QgsVectorLayer

    from carbon_metering.processing_provider.provenance_io import layer_checksum

    assert stock_row[2] == str(tmp_path / "stock.gpkg") + "|layername=stock" or stock_row[2].startswith(
        str(tmp_path / "stock.gpkg"))
    layer_sha = layer_checksum(QgsVectorLayer(stock_row[2], "stock", "ogr"))
    assert stock_row[3] == "features=5; sha256={0}".format(layer_sha) and layer_sha != before
    assert by_item[("参数", "TITLE")][2] == "测试县碳汇计量报告"
    assert by_item[("运行", "QGIS 版本")][2].startswith("3.")
    # the version metadata.txt declares (configparser: the file QGIS reads)
    import configparser

    meta = configparser.ConfigParser(interpolation=None)
    meta.read(REPO / "metadata.txt", encoding="utf-8")
    assert by_item[("运行", "插件版本")][2] == meta["general"]["version"] != ""
    # a temporary (memory) input is named by the step that makes it and has its own checksum too
    histogram = by_item[("输入", "HISTOGRAM")]
    assert histogram[2] == "uncertainty › HISTOGRAM" and "临时结果" in histogram[3]
    assert re.search(r"sha256=[0-9a-f]{64}", histogram[3])
    assert by_item[("输入", "BASE_DENSITY")][2] == "stratum_density › OUTPUT (BASE_YEAR)"
    assert_no_memory_layer_ids(rows)
    # the facts the steps wrote into the stock layer (years, density tables with their checksums)
    assert by_item[("前序步骤记录", "parcel_stock · 基准年")][2] == "2020"  # the column in words (zh)
    # the shipped parameter tables with their checksums
    assert by_item[("随插件参数表", "landclass_mapping.csv")][3].startswith("sha256=")
    assert any(r[0] == "参数表" and r[1] == "metering_objects.csv" and r[3] for r in rows)
    # The input was read, never written.
    assert hashlib.sha256((tmp_path / "stock.gpkg").read_bytes()).hexdigest() == before


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils (pdfinfo) is in DEB_PACKAGES")
def test_pdf_pages_and_county_totals(report_run):
    result, _, _ = report_run
    pdf = result["OUTPUT_PDF"]
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 4
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    for total in ("395.00", "535.00", "171.11", "230.00", "330.00", "122.22"):
        assert total in text, total
    assert "测试县碳汇计量报告" in text  # CJK renders as text, not as missing glyphs
    for heading in ("来源信息", "方法说明", "不确定度说明", "分县分碳库碳储量", "地类（计量对象）变化矩阵",
                    "按地类转换统计的碳储量变化", "本次计量使用的待核实或占位缺省值", "编制人", "审核人", "江岸区"):
        assert heading in text, heading
    # the transition 旱地 → 乔木林 (piece B): (110 − 30)/3 × 44/12 = 97.78 t CO2e/a
    line = next(line for line in text.splitlines() if "旱地 → 乔木林" in line)
    assert "97.78" in line
    # the uncertainty statement: interval 100 … 240 excludes zero; U 41 % at 95 % is 34.4 % at 90 %
    # (× 1.645/1.960, Approach 1 U 40 % → 33.6 %), AR-TOOL14 deducts all of the half-width above 30 %
    assert "显著不为零" in text
    assert "保守碳汇量" in text


def test_bad_stock_layer_fails_cleanly_and_writes_nothing(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    stock = rd.write_stock_gpkg(tmp_path / "stock.gpkg", drop=("sink_tco2e",))
    out = tmp_path / "report.xlsx"
    with pytest.raises(QgsProcessingException, match="sink_tco2e"):
        processing.run(ALG, {"STOCK": stock, "OUTPUT_XLSX": str(out), "OUTPUT_PDF": str(tmp_path / "r.pdf")})
    assert not out.exists() and not (tmp_path / "r.pdf").exists()


def test_english_workbook_without_optional_inputs(provider, tmp_path):
    import processing
    from openpyxl import load_workbook

    stock = rd.write_stock_gpkg(tmp_path / "stock.gpkg")
    result = processing.run(ALG, {"STOCK": stock, "LANGUAGE": 1, "OUTPUT_XLSX": str(tmp_path / "r.xlsx")})
    assert result["OUTPUT_PDF"] is None
    wb = load_workbook(result["OUTPUT_XLSX"])
    assert wb.sheetnames == ["Summary", "Stock", "Stock by pool", "Sink", "Sink by transition", "Change matrix",
                             "Unverified defaults", "Provenance"]
    sink = wb["Sink"]
    names = {sink.cell(row=r, column=4).value for r in range(5, sink.max_row + 1)}
    assert "Arbor forest" in names and "Dry land" in names
    counties = {sink.cell(row=r, column=1).value for r in range(5, sink.max_row + 1)}
    assert "Total" in counties and "ALL" not in counties


def _district_table(path, n):
    """A district_sink TABLE (remote-sensing system) of ``n`` districts, as that algorithm writes it."""
    import pandas as pd

    from carbon_metering.metering.rs.district import COLUMNS

    rows = []
    for i in range(n):
        sink = 100.0 + 10 * i
        rows.append({"district": f"区{i:02d}", "area_ha": 1000.0, "vegetated_ha": 800.0, "vegetated_pct": 80.0,
                     "pixels": 160, "nodata_pixels": 0, "sink_tc": sink, "sink_tco2e": sink * 44 / 12,
                     "sink_tc_per_ha": sink / 1000, "sink_tco2e_per_ha": sink * 44 / 12 / 1000,
                     "share_pct": 0.0, "rank": n - i, "grade": 1, "grade_label": "0–1",
                     "report_section": "district_sink"})
    frame = pd.DataFrame(rows, columns=list(COLUMNS) + ["report_section"] if "report_section" not in COLUMNS
                         else list(COLUMNS))
    frame.to_csv(path, index=False)
    return str(path)


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils (pdfinfo) is in DEB_PACKAGES")
def test_sections_of_other_systems_get_a_sheet_and_continued_pdf_pages(provider, tmp_path):
    import processing
    from openpyxl import load_workbook

    stock = rd.write_stock_gpkg(tmp_path / "stock.gpkg")
    table = _district_table(tmp_path / "district_sink.csv", 30)
    result = processing.run(ALG, {"STOCK": stock, "SECTIONS": [table], "LANGUAGE": 0,
                                  "OUTPUT_XLSX": str(tmp_path / "r.xlsx"), "OUTPUT_PDF": str(tmp_path / "r.pdf")})
    wb = load_workbook(result["OUTPUT_XLSX"])
    assert wb.sheetnames[-2:] == ["分区碳汇（遥感）", "来源信息"]
    sheet = wb["分区碳汇（遥感）"]
    names = [sheet.cell(row=r, column=1).value for r in range(5, 5 + 31)]
    assert names[0] == "区29" and names[-1] == "合计"  # ranked, every district, then the total
    total_row = 5 + 30
    assert sheet.cell(row=total_row, column=5).value == pytest.approx(sum(100.0 + 10 * i for i in range(30)))
    prov = [[c.value for c in r] for r in wb["来源信息"].iter_rows(min_row=4)]
    from qgis.core import QgsVectorLayer

    from carbon_metering.processing_provider.provenance_io import layer_checksum

    # the table's own checksum (its rows), recorded with its absolute path
    checksum = layer_checksum(QgsVectorLayer(table, "t", "ogr"))
    assert any(r[0] == "输入" and r[1] == "SECTIONS" and r[2].startswith(table) and checksum in (r[3] or "")
               for r in prov)
    info = subprocess.run(["pdfinfo", result["OUTPUT_PDF"]], capture_output=True, text=True, check=True).stdout
    assert int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:"))) >= 5
    text = subprocess.run(["pdftotext", "-layout", result["OUTPUT_PDF"], "-"], capture_output=True, text=True,
                          check=True).stdout
    assert all("区{0:02d}".format(i) in text for i in range(30))  # every district: nothing is cut


def test_a_table_without_report_section_is_refused(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    stock = rd.write_stock_gpkg(tmp_path / "stock.gpkg")
    plain = tmp_path / "plain.csv"
    plain.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="report_section"):
        processing.run(ALG, {"STOCK": stock, "SECTIONS": [str(plain)], "OUTPUT_XLSX": str(tmp_path / "r.xlsx")})
    assert not (tmp_path / "r.xlsx").exists()


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils (pdfinfo) is in DEB_PACKAGES")
def test_pdf_with_pieces_in_one_year_only(provider, tmp_path):
    """Issue 16: the PDF crashed on valid chain output whenever some pieces exist in one year only
    (parcel_stock leaves their ΔC and removals NULL, read back as a QVariant: ``float() argument
    must be … not 'QVariant'``). Pieces D and E are such pieces; the totals are those of the module
    docstring without them in the removals: 420102 (C only) 0, all 122.22 + 97.78 = 220.00."""
    import processing

    stock = rd.write_stock_gpkg(tmp_path / "stock.gpkg", one_year_null=True)
    result = processing.run(ALG, {
        "STOCK": stock, "BASE_DENSITY": rd.density_layer(rd.DENSITY_BASE, "density_2020"),
        "TARGET_DENSITY": rd.density_layer(rd.DENSITY_TARGET, "density_2023"), "LANGUAGE": 1,
        "OUTPUT_XLSX": str(tmp_path / "r.xlsx"), "OUTPUT_PDF": str(tmp_path / "r.pdf")})
    text = subprocess.run(["pdftotext", "-layout", result["OUTPUT_PDF"], "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "395.00" in text and "535.00" in text  # the stocks keep the one-year pieces
    assert "220.00" in text  # removals of A and B only


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils (pdfinfo) is in DEB_PACKAGES")
def test_map_pages_alike_without_shapely_and_from_a_memory_layer(provider, tmp_path, monkeypatch):
    """The maps dissolve the pieces with shapely 2 (metering.report_maps); without it they draw the
    pieces one by one and QGIS unions the county outlines, and a layer that is no GeoPackage is read
    feature by feature: the map pages say the same (legend classes, counties, captions)."""
    import processing
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    from carbon_metering.metering import report_maps

    stock = rd.write_stock_gpkg(tmp_path / "stock.gpkg")

    def map_pages(name, source):
        result = processing.run(ALG, {"STOCK": source, "LANGUAGE": 1, "OUTPUT_XLSX": str(tmp_path / (name + ".xlsx")),
                                      "OUTPUT_PDF": str(tmp_path / (name + ".pdf"))})
        return subprocess.run(["pdftotext", "-l", "2", "-layout", result["OUTPUT_PDF"], "-"], capture_output=True,
                              text=True, check=True).stdout

    dissolved = map_pages("dissolved", stock)
    assert "x ≥" in dissolved and "Jiang'an" in dissolved and "changed: removal" in dissolved
    memory = QgsVectorLayer(stock, "stock", "ogr").materialize(QgsFeatureRequest())
    assert memory.providerType() == "memory"
    assert map_pages("memory", memory) == dissolved
    monkeypatch.setattr(report_maps, "_shapely", lambda: None)
    assert map_pages("pieces", stock) == dissolved
