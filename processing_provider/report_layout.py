"""The PDF report: a QGIS print layout built in code (headless-safe, no iface).

Four A4 landscape pages:
1. title block, map of removals per piece (graduated, legend, scale bar,
   north arrow) and the county totals;
2. sink by county and metering object, and the method statement;
3. stratum densities (total pool), uncertainty results and the Monte Carlo
   histogram of the total sink (when given);
4. provenance (inputs, parameters, versions, parameter-table sources).

Tables are cut to what fits a page; the workbook holds them whole.
"""

import datetime
import math
import os

from qgis.core import (
    QgsFeature,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutItemTextTable,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsProject,
    QgsRenderContext,
    QgsRendererRange,
    QgsStyle,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QFile
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase

from ..metering.files import temp_path_beside

PAGES = 4
#: Table rows of a report section per PDF page (longer tables continue on the next page).
SECTION_ROWS = 24
PAGE_W, PAGE_H = 297.0, 210.0
MARGIN = 10.0

#: Fonts able to show Chinese, in order of preference (Debian: fonts-wqy-microhei, fonts-noto-cjk).
CJK_FAMILIES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Source Han Sans SC",
                "Microsoft YaHei", "SimHei", "PingFang SC")

CONTRACT_UNCERTAINTY = ("level", "name", "quantity", "estimate", "u1_pct", "mc_mean", "mc_p2_5", "mc_p97_5",
                        "u2_pct", "discount")

NORTH_ARROW = ":/images/north_arrows/layout_default_north_arrow.svg"


def font_family():
    """A family that renders CJK text, else the application default."""
    families = set(QFontDatabase().families())
    for family in CJK_FAMILIES:
        if family in families:
            return family
    return QFont().family()


def _text_format(size, bold=False):
    font = QFont(font_family())
    font.setBold(bold)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    return fmt


def _fmt(value, digits=2):
    """A cell as text: integers plain, floats with thousands separators."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        return "{0:,.{1}f}".format(value, digits)
    return str(value)


class ReportLayout:
    """Builds the layout page by page; ``export(path)`` writes the PDF whole or not at all."""

    def __init__(self, title, language="zh", extra_pages=0):
        self.language = language
        self.pages = PAGES + int(extra_pages)
        # A private project: the user's project is never touched and no iface is needed.
        self.project = QgsProject()
        self.layout = QgsPrintLayout(self.project)
        self.layout.setName(title)
        self.title = title
        collection = self.layout.pageCollection()
        for _ in range(self.pages):
            page = QgsLayoutItemPage(self.layout)
            page.setPageSize("A4", QgsLayoutItemPage.Landscape)
            collection.addPage(page)

    def t(self, zh, en):
        """Pick the report language (report text is data here, both languages are given)."""
        return zh if self.language == "zh" else en

    # -- items ---------------------------------------------------------------------------------
    def _place(self, item, page, x, y, w, h):
        item.attemptResize(QgsLayoutSize(w, h))
        item.attemptMove(QgsLayoutPoint(x, y), True, False, page)

    def label(self, page, x, y, w, h, text, size=9, bold=False):
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text)
        font = QFont(font_family())
        font.setPointSizeF(size)
        font.setBold(bold)
        item.setFont(font)
        self.layout.addLayoutItem(item)
        self._place(item, page, x, y, w, h)
        return item

    def table(self, page, x, y, w, h, headers, rows, size=7):
        table = QgsLayoutItemTextTable(self.layout)
        self.layout.addMultiFrame(table)
        table.setColumns([QgsLayoutTableColumn(text) for text in headers])
        table.setContents([[_fmt(v) for v in row] for row in rows])
        table.setHeaderTextFormat(_text_format(size, bold=True))
        table.setContentTextFormat(_text_format(size))
        table.setCellMargin(0.8)
        table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
        frame = QgsLayoutFrame(self.layout, table)
        self._place(frame, page, x, y, w, h)
        table.addFrame(frame)
        return table

    def page_heading(self, page, zh, en):
        self.label(page, MARGIN, 6, PAGE_W - 2 * MARGIN, 9, self.t(zh, en), size=14, bold=True)
        self.label(page, PAGE_W - 80, PAGE_H - 8, 70, 5, "{0} · {1}/{2}".format(self.title, page + 1, self.pages),
                   size=7)

    # -- page 1 --------------------------------------------------------------------------------
    def removals_layer(self, source, field="sink_tco2e"):
        """A memory copy of the pieces (geometry and removals) for the map; inputs stay untouched."""
        uri = "{0}?crs={1}".format("MultiPolygon", source.sourceCrs().authid() or "EPSG:4326")
        layer = QgsVectorLayer(uri, self.t("碳汇量 (t CO2e/a)", "Sink (t CO2e/a)"), "memory")
        provider = layer.dataProvider()
        index = source.fields().lookupField(field)
        provider.addAttributes([source.fields().at(index)])
        layer.updateFields()
        features = []
        for feature in source.getFeatures():
            out = QgsFeature(layer.fields())
            out.setGeometry(feature.geometry())
            out.setAttributes([feature.attributes()[index]])
            features.append(out)
        provider.addFeatures(features)
        layer.updateExtents()
        values = [float(f[field]) for f in layer.getFeatures() if f[field] is not None and f[field] == f[field]]
        renderer = QgsGraduatedSymbolRenderer(field, removal_ranges(values))
        layer.setRenderer(renderer)
        self.project.addMapLayer(layer)
        return layer

    def map_page(self, source, totals_table, subtitle):
        page = 0
        self.label(page, MARGIN, 6, PAGE_W - 2 * MARGIN, 11, self.title, size=18, bold=True)
        self.label(page, MARGIN, 18, PAGE_W - 2 * MARGIN, 6, subtitle, size=9)
        layer = self.removals_layer(source)
        map_item = QgsLayoutItemMap(self.layout)
        self.layout.addLayoutItem(map_item)
        self._place(map_item, page, MARGIN, 26, 190, 122)
        map_item.setLayers([layer])
        map_item.setCrs(layer.crs())
        extent = layer.extent()
        extent.scale(1.05)
        map_item.zoomToExtent(extent)
        map_item.setFrameEnabled(True)

        arrow = QgsLayoutItemPicture(self.layout)
        arrow.setPicturePath(NORTH_ARROW if QFile.exists(NORTH_ARROW) else "")
        self.layout.addLayoutItem(arrow)
        self._place(arrow, page, MARGIN + 176, 28, 11, 16)
        self.label(page, MARGIN + 176, 44, 11, 4, self.t("北", "N"), size=7, bold=True)

        scalebar = QgsLayoutItemScaleBar(self.layout)
        scalebar.setStyle("Single Box")
        scalebar.setLinkedMap(map_item)
        scalebar.setTextFormat(_text_format(7))
        scalebar.applyDefaultSize()
        self.layout.addLayoutItem(scalebar)
        scalebar.attemptMove(QgsLayoutPoint(MARGIN + 2, 26 + 122 - 14), True, False, page)

        legend = QgsLayoutItemLegend(self.layout)
        legend.setTitle(self.t("图例：图斑碳汇量 (t CO2e/a)", "Legend: sink per piece (t CO2e/a)"))
        legend.setLinkedMap(map_item)
        legend.setAutoUpdateModel(True)
        self.layout.addLayoutItem(legend)
        legend.attemptMove(QgsLayoutPoint(MARGIN + 196, 26), True, False, page)
        legend.setResizeToContents(True)
        self.label(page, MARGIN + 196, 100, 81, 30, self.t(
            "碳汇量为正（绿色）表示从大气中清除二氧化碳，为负（红色）表示排放。坐标系：{0}。",
            "A positive sink (green) takes CO2 out of the atmosphere; negative (red) are emissions. CRS: {0}.",
        ).format(layer.crs().authid()), size=8)

        self.label(page, MARGIN, 152, 200, 6, totals_table.title(self.language), size=10, bold=True)
        rows = totals_table.frame[[c.name for c in totals_table.columns]].values.tolist()
        self.table(page, MARGIN, 159, PAGE_W - 2 * MARGIN, 40, totals_table.header(self.language), rows[:8], size=8)

    # -- page 2 --------------------------------------------------------------------------------
    def tables_page(self, sink_table, method_text, max_rows=24):
        page = 1
        self.page_heading(page, "主要成果表", "Key result tables")
        self.label(page, MARGIN, 17, 260, 6, sink_table.title(self.language), size=10, bold=True)
        shown = [c for c in sink_table.columns if c.name not in ("change_group", "object")]
        rows = sink_table.frame[[c.name for c in shown]].values.tolist()
        more = len(rows) > max_rows
        headers = [h for c, h in zip(sink_table.columns, sink_table.header(self.language)) if c in shown]
        self.table(page, MARGIN, 24, PAGE_W - 2 * MARGIN, 122, headers, rows[:max_rows], size=7)
        if more:
            self.label(page, MARGIN, 147, 260, 5, self.t(
                "（仅列出前 {0} 行，共 {1} 行，完整表格见工作簿）",
                "(first {0} of {1} rows; the workbook holds the whole table)").format(max_rows, len(rows)), size=7)
        self.label(page, MARGIN, 154, 60, 6, self.t("方法说明", "Method statement"), size=10, bold=True)
        self.label(page, MARGIN, 161, PAGE_W - 2 * MARGIN, 38, method_text, size=8)

    # -- page 3 --------------------------------------------------------------------------------
    def uncertainty_page(self, density_table, uncertainty_table, histogram, max_rows=14):
        page = 2
        self.page_heading(page, "碳密度与不确定度", "Densities and uncertainty")
        y = 17
        if uncertainty_table is not None:
            self.label(page, MARGIN, y, 260, 6, uncertainty_table.title(self.language), size=10, bold=True)
            frame = uncertainty_table.frame
            if "level" in frame.columns:
                # The totals and counties first: they are what a reader looks for.
                order = {"total": 0, "county": 1}
                frame = frame.assign(_o=frame["level"].map(lambda v: order.get(str(v), 2))).sort_values(
                    "_o", kind="stable").drop(columns="_o")
            # The contract columns only: extra diagnostics stay in the workbook.
            wanted = [c for c in uncertainty_table.columns if c.name in CONTRACT_UNCERTAINTY]
            headers = [h for c, h in zip(uncertainty_table.columns, uncertainty_table.header(self.language))
                       if c in wanted]
            rows = frame[[c.name for c in wanted]].values.tolist()
            self.table(page, MARGIN, y + 7, PAGE_W - 2 * MARGIN, 62, headers, rows[:10], size=6.5)
        else:
            self.label(page, MARGIN, y, 260, 6, self.t(
                "未提供不确定度评定结果（运行 uncertainty 算法后可加入）。",
                "No uncertainty results were given (run the uncertainty algorithm to add them)."), size=9)
        y = 92
        if density_table is not None and len(density_table.frame):
            self.label(page, MARGIN, y, 150, 6, self.t("分层碳密度（合计碳库）", "Stratum densities (total pool)"),
                       size=10, bold=True)
            frame = density_table.frame
            if "pool" in frame.columns:
                frame = frame[frame["pool"].astype(str) == "total"]
            wanted = [c for c in density_table.columns
                      if c.name in ("table", "stratum", "n", "mean", "se", "half_width", "u_pct", "source")]
            headers = [h for c, h in zip(density_table.columns, density_table.header(self.language)) if c in wanted]
            rows = frame[[c.name for c in wanted]].values.tolist()
            self.table(page, MARGIN, y + 7, 160, 100, headers, rows[:max_rows], size=6.5)
        if histogram is not None and len(histogram.frame):
            self.histogram(page, MARGIN + 170, y, 107, 100, histogram.frame)

    def histogram(self, page, x, y, w, h, frame):
        self.label(page, x, y, w, 6, self.t("碳汇量蒙特卡洛分布 (t CO2e/a)", "Monte Carlo total sink (t CO2e/a)"),
                   size=10, bold=True)
        counts = [float(c) for c in frame["count"]]
        top = max(counts) if counts and max(counts) > 0 else 1.0
        plot_x, plot_y, plot_w, plot_h = x + 12, y + 10, w - 14, h - 24
        bar_w = plot_w / max(len(counts), 1)
        for i, count in enumerate(counts):
            bar_h = plot_h * count / top
            if bar_h <= 0:
                continue
            shape = QgsLayoutItemShape(self.layout)
            shape.setShapeType(QgsLayoutItemShape.Rectangle)
            shape.setSymbol(QgsFillSymbol.createSimple(
                {"color": "#4a90d9", "outline_color": "#1f3b57", "outline_width": "0.1"}))
            self.layout.addLayoutItem(shape)
            self._place(shape, page, plot_x + i * bar_w, plot_y + plot_h - bar_h, bar_w, bar_h)
        axis = QgsLayoutItemShape(self.layout)
        axis.setShapeType(QgsLayoutItemShape.Rectangle)
        axis.setSymbol(QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#444444",
                                                   "outline_width": "0.2"}))
        self.layout.addLayoutItem(axis)
        self._place(axis, page, plot_x, plot_y, plot_w, plot_h)
        low, high = float(frame["bin_low"].iloc[0]), float(frame["bin_high"].iloc[-1])
        self.label(page, plot_x, plot_y + plot_h + 1, 40, 5, _fmt(low, 0), size=7)
        self.label(page, plot_x + plot_w - 40, plot_y + plot_h + 1, 40, 5, _fmt(high, 0), size=7).setHAlign(2)
        self.label(page, x, plot_y, 12, 5, _fmt(top, 0), size=7)
        self.label(page, x, plot_y + plot_h - 4, 12, 5, "0", size=7)
        self.label(page, plot_x, plot_y + plot_h + 6, plot_w, 5, self.t(
            "横轴：碳汇量 (t CO2e/a)；纵轴：模拟次数", "x: total sink (t CO2e/a); y: iterations"), size=7)

    # -- page 4 --------------------------------------------------------------------------------
    def provenance_page(self, provenance, max_rows=34):
        page = 3
        self.page_heading(page, "来源信息", "Provenance")
        main = provenance[provenance["section"] != "parameter_table"]
        rows = [[s, i, _short(v, 90), _short(d, 90)] for s, i, v, d in main.values.tolist()]
        tables = provenance[provenance["section"] == "parameter_table"]
        # One line per parameter table and distinct source: the full list is in the workbook.
        for table, sub in tables.groupby("item", sort=True):
            sources = sorted({str(s) for s in sub["detail"] if str(s)})
            rows.append(["parameter_table", table, self.t("{0} 行", "{0} rows").format(len(sub)),
                         _short("; ".join(sources), 120)])
        headers = [self.t("部分", "Section"), self.t("项目", "Item"), self.t("值", "Value"), self.t("说明", "Detail")]
        self.table(page, MARGIN, 18, PAGE_W - 2 * MARGIN, 180, headers, rows[:max_rows], size=6)

    # -- the other systems' sections (metering.report_sections) -------------------------------
    @staticmethod
    def section_page_count(section, rows_per_page=SECTION_ROWS):
        """Pages a section takes: its table continues on further pages, never truncated."""
        return max(1, -(-len(section.table) // rows_per_page))

    def section_pages(self, first_page, section, rows_per_page=SECTION_ROWS):
        """One section from ``first_page`` on: heading, the whole table (continued), its notes."""
        rows = section.table.values.tolist()
        headers = [str(c) for c in section.table.columns]
        pages = self.section_page_count(section, rows_per_page)
        for k in range(pages):
            page = first_page + k
            heading = section.title if k == 0 else self.t("{0}（续）", "{0} (continued)").format(section.title)
            self.label(page, MARGIN, 6, PAGE_W - 2 * MARGIN, 9, heading, size=14, bold=True)
            self.label(page, PAGE_W - 80, PAGE_H - 8, 70, 5, "{0} · {1}/{2}".format(
                self.title, page + 1, self.pages), size=7)
            chunk = rows[k * rows_per_page:(k + 1) * rows_per_page]
            self.table(page, MARGIN, 18, PAGE_W - 2 * MARGIN, 150, headers, chunk, size=7)
            if k == pages - 1 and section.notes:
                self.label(page, MARGIN, 172, PAGE_W - 2 * MARGIN, 28, "\n".join(section.notes), size=8)
        return pages

    # -- output --------------------------------------------------------------------------------
    def export(self, path):
        """Write the PDF via a temporary file, so the destination is whole or absent."""
        exporter = QgsLayoutExporter(self.layout)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 150
        # Real text (not outlines) so the PDF is searchable and its numbers can be copied.
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
        tmp = temp_path_beside(path, ".pdf")
        try:
            result = exporter.exportToPdf(tmp, settings)
            if result != QgsLayoutExporter.ExportResult.Success:
                fallback = QCoreApplication.translate("report_layout", "The PDF could not be written.")
                raise RuntimeError(exporter.errorMessage() or fallback)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)
        return PAGES


def _nice_step(span, classes=3):
    """A round class width (1, 2 or 5 × 10^k) covering ``span`` in about ``classes`` steps."""
    raw = span / classes
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def removal_ranges(values, eps=1e-6):
    """Diverging classes of removals (t CO2e/a): red for emissions, pale for no change, green for removals."""
    ramp = QgsStyle.defaultStyle().colorRamp("RdYlGn") or QgsGradientColorRamp(QColor("#d7191c"), QColor("#1a9641"))

    def symbol(position):
        color = ramp.color(position)
        return QgsFillSymbol.createSimple({"color": color.name(), "outline_color": "#505050",
                                           "outline_width": "0.05"})

    ranges = []
    low = min(values) if values else 0.0
    high = max(values) if values else 0.0
    if low < -eps:
        step = _nice_step(-low)
        edges = [0.0]
        while edges[-1] > low:
            edges.append(edges[-1] - step)
        edges = edges[::-1]
        for i in range(len(edges) - 1):
            position = 0.45 * i / max(len(edges) - 2, 1)
            upper = edges[i + 1] if i < len(edges) - 2 else -eps
            ranges.append(QgsRendererRange(edges[i], upper, symbol(position),
                                           "{0:,.4g} – {1:,.4g}".format(edges[i], edges[i + 1])))
    ranges.append(QgsRendererRange(-eps, eps, symbol(0.5), "0"))
    if high > eps:
        step = _nice_step(high)
        edges = [0.0]
        while edges[-1] < high:
            edges.append(edges[-1] + step)
        for i in range(len(edges) - 1):
            position = 0.6 + 0.4 * i / max(len(edges) - 2, 1)
            lower = eps if i == 0 else edges[i]
            ranges.append(QgsRendererRange(lower, edges[i + 1], symbol(position),
                                           "{0:,.4g} – {1:,.4g}".format(edges[i], edges[i + 1])))
    return ranges


def _short(value, limit):
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def method_statement(language, base_year=None, target_year=None):
    """The short method statement printed in the report (both languages)."""
    years = ""
    if base_year and target_year:
        years = " ({0}–{1})".format(base_year, target_year)
    if language == "zh":
        return (
            "以基准年与计量年国土调查图斑叠加识别地类变化{0}；按计量对象与碳库（地上生物量、地下生物量、枯死木、"
            "枯落物、土壤有机碳）由样地调查计算分层平均碳密度（t C/ha），无样地的层采用缺省碳密度表并标注；"
            "图斑碳储量 = 碳密度 × 面积（t C），未变化图斑两期采用同一计量对象，变化图斑各期按各自计量对象计算；"
            "年碳储量变化 ΔC = (C计量年 − C基准年)/(t2 − t1)（t C/a），碳汇量 = ΔC × 44/12（t CO2e/a），"
            "为正表示清除。不确定度按 IPCC 2006 指南第 1 卷第 3 章方法 1（误差传递）与方法 2（蒙特卡洛）评定。"
            "依据：湖北省国土空间碳汇计量技术规范（第 4–9 章、附录 F）；CDM AR-TOOL14；IPCC 2006 GL。"
        ).format(years)
    return (
        "Base-year and target-year land-survey parcels are overlaid to find land-class change{0}. Stratum mean "
        "densities (t C/ha) per metering object and pool (above- and below-ground biomass, deadwood, litter, soil "
        "organic carbon) come from the sample plots; strata without plots take the default-density table, flagged. "
        "Piece stock = density × area (t C); unchanged pieces use the same object at both dates, changed pieces each "
        "date's own object. Stock change dC = (C_t2 - C_t1)/(t2 - t1) (t C/a); sink = dC × 44/12 (t CO2e/a), "
        "positive = removal. Uncertainty after IPCC 2006 GL vol. 1 ch. 3, approach 1 (error propagation) and "
        "approach 2 (Monte Carlo). Sources: Hubei land-space carbon-sink metering specification (ch. 4–9, "
        "appendix F); CDM AR-TOOL14; IPCC 2006 GL."
    ).format(years)


def build_report_pdf(path, source, totals_table, sink_table, density_table, uncertainty_table,
                     histogram_table, provenance, title, language="zh", base_year=None, target_year=None,
                     sections=()):
    """Build the layout (four pages, then one or more per section) and export it; returns the page count."""
    extra = sum(ReportLayout.section_page_count(s) for s in sections)
    report = ReportLayout(title, language, extra_pages=extra)
    subtitle = report.t("碳储量与碳汇量计量报告 · 生成于 {0}", "Carbon stock and sink report · made {0}").format(
        datetime.datetime.now().strftime("%Y-%m-%d %H:%M"))
    report.map_page(source, totals_table, subtitle)
    report.tables_page(sink_table, method_statement(language, base_year, target_year))
    report.uncertainty_page(density_table, uncertainty_table, histogram_table)
    report.provenance_page(provenance)
    page = PAGES
    for section in sections:
        page += report.section_pages(page, section)
    return report.export(path)
