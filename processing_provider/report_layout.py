"""The PDF report: a QGIS print layout built in code (headless-safe, no iface).

A4 landscape pages, laid out as a flow: a block that does not fit the rest of a
page starts the next one, and a table longer than a page continues on further
pages under its title marked "（续）/ (continued)" with its header repeated.
Nothing is cut: every row of every table is printed (long texts wrap in their cell).

1. cover: title, years, organisation, the sink-per-hectare map (classes that do
   not overlap, county boundaries and names, plot locations, legend, scale bar,
   north arrow) and the compiled-by / checked-by / date block;
2. the land-change map (changed pieces by the sign of their sink);
3. then the tables and statements: county totals with names, stock by pool at
   both years, the change matrix, the stock change by transition, the sink by
   county and object, the method statement, the uncertainty statement with its
   table and histogram, the stratum densities, the unverified or placeholder
   defaults the run used, the other systems' sections and the provenance.
"""

import os

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayerTree,
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
    QgsLegendStyle,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRenderContext,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QFile, QVariant
from qgis.PyQt.QtGui import QFont, QFontDatabase

from ..metering import report_content as rc
from ..metering.figures import CJK_FAMILIES
from ..metering.files import temp_path_beside
from ..metering.overlay.geometry import release_freed_memory
from .qgis_io import arrow_layer, read_columns

PAGE_W, PAGE_H = 297.0, 210.0
MARGIN = 10.0
TOP = 18.0  # first line under a page heading
BOTTOM = 198.0  # nothing below this line but the footer
WIDTH = PAGE_W - 2 * MARGIN


CONTRACT_UNCERTAINTY = ("level", "name", "quantity", "estimate", "u1_pct", "mc_mean", "mc_p2_5", "mc_p97_5",
                        "u2_pct", "discount", "conservative")

NORTH_ARROW = ":/images/north_arrows/layout_default_north_arrow.svg"
PT_MM = 25.4 / 72.0
CELL_MARGIN = 0.8

#: Colours of the sink classes: emissions red → pale → removals green (ColorBrewer RdYlGn).
EMISSION_COLOURS = ("#a50026", "#d73027", "#f46d43", "#fdae61")
REMOVAL_COLOURS = ("#a6d96a", "#66bd63", "#1a9850", "#006837")
ZERO_COLOUR = "#f7f7d0"


def font_family():
    """A family that renders CJK text, else the application default."""
    families = set(QFontDatabase().families())
    for family in CJK_FAMILIES:
        if family in families:
            return family
    return QFont().family()


def _font(size, bold=False):
    font = QFont(font_family())
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _text_format(size, bold=False):
    fmt = QgsTextFormat()
    fmt.setFont(_font(size, bold))
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


def text_width_mm(text, size):
    """Width of one line of ``text`` at ``size`` pt (CJK one em, other characters about 0.56 em)."""
    em = size * PT_MM
    return sum((1.02 if ord(ch) > 0x2E80 else 0.58) * em for ch in str(text))


def wrap(text, width_mm, size):
    """``text`` with line breaks so no line is wider than ``width_mm`` (breaks at spaces when it can)."""
    lines = []
    for paragraph in str(text).split("\n"):
        line = ""
        for word in _words(paragraph):
            if line and text_width_mm(line + word, size) > width_mm:
                lines.append(line.rstrip())
                line = word.lstrip()
                while text_width_mm(line, size) > width_mm and len(line) > 1:
                    cut = max(1, int(len(line) * width_mm / text_width_mm(line, size)))
                    lines.append(line[:cut])
                    line = line[cut:]
            else:
                line += word
        lines.append(line.rstrip())
    return "\n".join(lines)


def _words(text):
    """Words with their following space; each CJK character is a word of its own."""
    out, word = [], ""
    for ch in text:
        if ord(ch) > 0x2E80:
            if word:
                out.append(word)
                word = ""
            out.append(ch)
        else:
            word += ch
            if ch in " /;,":
                out.append(word)
                word = ""
    if word:
        out.append(word)
    return out


def line_height_mm(size):
    return size * PT_MM * 1.25


def row_height_mm(cells, size):
    """Height of a table row (the tallest cell), a little more than QGIS draws, so nothing spills.

    Measured on QGIS 3.22 with WenQuanYi Micro Hei (pdftotext -bbox): 4.12, 4.44 and 4.75 mm a
    one-line row at 6, 7 and 8 pt, i.e. 0.413 mm/pt × lines + 1.64 mm; 4 % added.
    """
    lines = max([str(c).count("\n") + 1 for c in cells] or [1])
    return (0.413 * size * lines + 1.64) * 1.04


def paragraph_height_mm(text, width_mm, size):
    lines = wrap(text, width_mm * 0.97, size).count("\n") + 1
    return lines * line_height_mm(size) * 1.08 + 1.0


class ReportLayout:
    """Builds the layout as a flow of blocks; ``export(path)`` writes the PDF whole or not at all."""

    def __init__(self, title, language="zh"):
        self.language = language
        # A private project: the user's project is never touched and no iface is needed.
        self.project = QgsProject()
        self.layout = QgsPrintLayout(self.project)
        self.layout.setName(title)
        self.title = title
        self.pages = 0
        self.y = TOP
        self.headings = {}  # page -> heading text (for the footer's running title)
        self.new_page()

    def t(self, zh, en):
        """Pick the report language (report text is data here, both languages are given)."""
        return zh if self.language == "zh" else en

    # -- pages -----------------------------------------------------------------------------------
    def new_page(self, heading=None):
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize("A4", QgsLayoutItemPage.Landscape)
        self.layout.pageCollection().addPage(page)
        self.pages += 1
        self.y = TOP if heading else MARGIN
        if heading:
            self.label(self.page, MARGIN, 6, WIDTH, 9, heading, size=14, bold=True)
        return self.page

    @property
    def page(self):
        return self.pages - 1

    def room(self):
        return BOTTOM - self.y

    def ensure(self, height):
        """Start a new page unless ``height`` mm fit under the cursor."""
        if height > self.room():
            self.new_page()

    # -- items -----------------------------------------------------------------------------------
    def _place(self, item, page, x, y, w, h):
        item.attemptResize(QgsLayoutSize(w, h))
        item.attemptMove(QgsLayoutPoint(x, y), True, False, page)

    def label(self, page, x, y, w, h, text, size=9, bold=False):
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text)
        item.setFont(_font(size, bold))
        self.layout.addLayoutItem(item)
        self._place(item, page, x, y, w, h)
        return item

    def _table_item(self, page, x, y, w, h, headers, rows, size):
        table = QgsLayoutItemTextTable(self.layout)
        self.layout.addMultiFrame(table)
        table.setColumns([QgsLayoutTableColumn(text) for text in headers])
        table.setContents([[_fmt(v) for v in row] for row in rows])
        table.setHeaderTextFormat(_text_format(size, bold=True))
        table.setContentTextFormat(_text_format(size))
        table.setCellMargin(CELL_MARGIN)
        table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
        frame = QgsLayoutFrame(self.layout, table)
        self._place(frame, page, x, y, w, h)
        table.addFrame(frame)
        return table

    # -- flow blocks -----------------------------------------------------------------------------
    def heading(self, text, size=11):
        """A block title; keeps at least a few lines of what follows on the same page."""
        self.ensure(line_height_mm(size) + 22)
        self.label(self.page, MARGIN, self.y, WIDTH, line_height_mm(size) + 1.5, text, size=size, bold=True)
        self.y += line_height_mm(size) + 2.5

    def paragraph(self, text, size=8.5, width=WIDTH, gap=1.5):
        height = paragraph_height_mm(text, width, size)
        self.ensure(height)
        self.label(self.page, MARGIN, self.y, width, height, text, size=size)
        self.y += height + gap

    def table(self, title, headers, rows, size=7, note="", key_columns=1, max_cell_mm=90):
        """A titled table continued on further pages as needed; columns split when too wide."""
        headers = [str(h) for h in headers]
        cells = [[_fmt(v) for v in row] for row in rows]
        size, groups, cap = self._fit_columns(headers, cells, size, key_columns, max_cell_mm)
        for part, columns in enumerate(groups):
            part_title = title if len(groups) == 1 else "{0} ({1}/{2})".format(title, part + 1, len(groups))
            self._table_rows(part_title, [headers[j] for j in columns],
                             [[row[j] for j in columns] for row in cells], size, cap)
        if note:
            self.paragraph(note, size=7.5)
        self.y += 3

    def _fit_columns(self, headers, cells, size, key_columns, max_cell_mm):
        """A font size, column groups and a cell width cap such that each group fits the page width.

        Smaller fonts first (down to 5 pt), then long texts wrapped narrower (down to 40 mm a
        cell), and only then the columns split into groups, the key columns repeated.
        """
        # per pt of font: the header (one line, never wrapped) and the widest cell (wrapped at the cap)
        head = [text_width_mm(h, 1.0) for h in headers]
        body = [max([max(text_width_mm(line, 1.0) for line in str(row[j]).split("\n")) for row in cells] or [0.0])
                for j in range(len(headers))]

        def widths(sz, cap):
            return [max(h * sz, min(b * sz, cap)) + 2 * CELL_MARGIN + 1.0 for h, b in zip(head, body)]

        for sz in (size, size - 0.5, size - 1.0, size - 1.5, 5.0):
            if sz >= 5.0 and sum(widths(sz, max_cell_mm)) <= WIDTH:
                return sz, [list(range(len(headers)))], max_cell_mm
        for sz in (size, size - 0.5, size - 1.0, 5.0):
            if sz < 5.0 or sum(widths(sz, 30.0)) > WIDTH:
                continue
            low, high = 30.0, max_cell_mm  # the widest cap that fills the page width
            for _ in range(20):
                mid = (low + high) / 2
                low, high = (mid, high) if sum(widths(sz, mid)) <= WIDTH else (low, mid)
            return sz, [list(range(len(headers)))], low
        sz, cap = 5.0, min(max_cell_mm, 40.0)
        w = widths(sz, cap)
        keys = list(range(min(key_columns, len(headers))))
        groups, current, used = [], list(keys), sum(w[j] for j in keys)
        for j in range(len(keys), len(headers)):
            if used + w[j] > WIDTH and len(current) > len(keys):
                groups.append(current)
                current, used = list(keys), sum(w[k] for k in keys)
            current.append(j)
            used += w[j]
        groups.append(current)
        return sz, groups, cap

    def _table_rows(self, title, headers, cells, size, max_cell_mm):
        cells = [[wrap(c, max_cell_mm, size) if text_width_mm(c, size) > max_cell_mm else c for c in row]
                 for row in cells]
        header_h = row_height_mm(headers, size) + 0.5
        heights = [row_height_mm(row, size) for row in cells]
        start, part = 0, 0
        title_h = line_height_mm(10) + 2.5
        whole = title_h + header_h + sum(heights) + 2
        first = title_h + header_h + sum(heights[:8]) + 8
        if whole > self.room() and (whole <= BOTTOM - MARGIN or first > self.room()):
            self.new_page()  # a table that fits a page starts on one; never a few rows at a page's foot
        while True:
            need = title_h + header_h + (heights[start] if start < len(heights) else 0) + 2
            if need > self.room():
                self.new_page()
            shown = title if part == 0 else self.t("{0}（续）", "{0} (continued)").format(title)
            self.label(self.page, MARGIN, self.y, WIDTH, title_h, shown, size=10, bold=True)
            self.y += title_h
            room = self.room() - header_h - 6  # 6 mm for the "continued" line
            end, used = start, 0.0
            while end < len(cells) and used + heights[end] <= room:
                used += heights[end]
                end += 1
            if end == start and start < len(cells):  # one very tall row: give it the page
                used, end = heights[start], start + 1
            height = header_h + used + 1.0
            self._table_item(self.page, MARGIN, self.y, WIDTH, height, headers, cells[start:end], size)
            self.y += height + 1.0
            if end >= len(cells):
                return
            self.label(self.page, MARGIN, self.y, WIDTH, 5, self.t(
                "（第 {0}–{1} 行，共 {2} 行，续下页）", "(rows {0}–{1} of {2}, continued on the next page)").format(
                start + 1, end, len(cells)), size=7)
            self.new_page()
            start, part = end, part + 1

    def report_table(self, table, size=7, key_columns=2, note=True, max_cell_mm=90):
        """A metering.report_tables.ReportTable in the report language (codes shown as words)."""
        headers = [_header(c, self.language) for c in table.columns]
        rows = rc.display_rows(table, self.language)
        text = (table.note_zh if self.language == "zh" else table.note_en) if note else ""
        self.table(table.title(self.language), headers, rows, size=size, note=text, key_columns=key_columns,
                   max_cell_mm=max_cell_mm)

    # -- maps ------------------------------------------------------------------------------------
    def _memory_layer(self, source, name, fields):
        uri = "{0}?crs={1}".format("MultiPolygon", source.sourceCrs().authid() or "EPSG:4326")
        layer = QgsVectorLayer(uri, name, "memory")
        layer.setCrs(source.sourceCrs())
        layer.dataProvider().addAttributes(fields)
        layer.updateFields()
        return layer

    def piece_layers(self, source):
        """Memory layers for the maps (inputs stay untouched): the sink per hectare in classes, the land
        change and the county outlines; returns (sink layer, change layer, counties, sink classes).

        The pieces are read column by column and drawn dissolved into cells of one class, change
        category and county (metering.report_maps), not one map feature per piece.
        """
        from ..metering import report_maps

        names = ["sink_tco2e", "area_m2", "change_flag", "county"]
        columns = read_columns(source, names, with_geometry=True, layer=arrow_layer(source))
        wkb = columns.wkb
        _per_ha, classes, class_of, change_of = report_maps.map_groups(
            columns.values["sink_tco2e"], columns.values["area_m2"], columns.values["change_flag"])
        county_of = [str(c) for c in columns.values["county"]]
        sink_groups = [int(k) if k >= 0 else None for k in class_of.tolist()]
        cells = report_maps.dissolve(wkb, sink_groups, change_of.tolist(), county_of)
        release_freed_memory()  # the pieces' GEOS geometries are freed: their pages back
        sink_layer = self._memory_layer(source, self.t("单位面积碳汇量", "Sink per hectare"),
                                        [QgsField("sink_class", QVariant.Int)])
        self._fill(sink_layer, wkb, cells, 0)
        change_layer = self._memory_layer(source, self.t("地类变化", "Land change"),
                                          [QgsField("change", QVariant.String)])
        self._fill(change_layer, wkb, cells, 1)
        counties = self._memory_layer(source, self.t("县级行政区界线", "County boundaries"),
                                      [QgsField("county", QVariant.String), QgsField("name", QVariant.String)])
        outlines = report_maps.merge(cells, 2)
        rows = []
        for code in sorted(outlines):
            if outlines[code] is not None:
                outline = _geometry_of(outlines[code])
            else:  # no shapely 2, or pieces GEOS could not take as a coverage: QGIS's union
                outline = QgsGeometry.unaryUnion([_geometry_of(wkb[k]) for cell in cells if cell.keys[2] == code
                                                  for k in cell.members])
            out = QgsFeature(counties.fields())
            out.setGeometry(outline)
            name = rc.county_name(code, self.county_names, self.language)
            out.setAttributes([code, "{0} {1}".format(code, name).strip()])
            rows.append(out)
        counties.dataProvider().addFeatures(rows)
        counties.updateExtents()
        counties.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": "0,0,0,0", "outline_color": "#000000", "outline_width": "0.5"})))
        settings = QgsPalLayerSettings()
        settings.fieldName = "name"
        fmt = _text_format(8, bold=True)
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.8)
        fmt.setBuffer(buffer)
        settings.setFormat(fmt)
        settings.placement = QgsPalLayerSettings.OverPoint
        counties.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        counties.setLabelsEnabled(True)
        return sink_layer, change_layer, counties, classes

    @staticmethod
    def _fill(layer, wkb, cells, grouping):
        """One feature per cell with its key of ``grouping`` (its dissolved geometry), or one per piece of
        a cell without one; cells without a key are not drawn."""
        features = []
        fields = layer.fields()

        def add(blob, key):
            out = QgsFeature(fields)
            geometry = _geometry_of(blob)
            geometry.convertToMultiType()
            out.setGeometry(geometry)
            out.setAttributes([key])
            features.append(out)

        for cell in cells:
            key = cell.keys[grouping]
            if key is None:
                continue
            blob = cell.wkb()
            if blob is not None:
                add(blob, key)
            else:
                for k in cell.members:
                    add(wkb[k], key)
        layer.dataProvider().addFeatures(features)
        layer.updateExtents()

    def plot_layer(self, plots_source):
        """The plot locations (points), or None when the plots have no point geometry."""
        if plots_source is None or QgsWkbTypes.geometryType(plots_source.wkbType()) != QgsWkbTypes.PointGeometry:
            return None
        uri = "Point?crs={0}".format(plots_source.sourceCrs().authid() or "EPSG:4326")
        layer = QgsVectorLayer(uri, self.t("样地", "Sample plots"), "memory")
        layer.setCrs(plots_source.sourceCrs())
        features = []
        for feature in plots_source.getFeatures():
            out = QgsFeature(layer.fields())
            out.setGeometry(feature.geometry())
            features.append(out)
        layer.dataProvider().addFeatures(features)
        layer.updateExtents()
        layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
            {"name": "triangle", "color": "#2b5cab", "outline_color": "#ffffff", "outline_width": "0.15",
             "size": "1.6"})))
        return layer

    def _map(self, layers, x, y, w, h, extent_layer):
        for layer in layers:
            if self.project.mapLayer(layer.id()) is None:
                self.project.addMapLayer(layer)
        item = QgsLayoutItemMap(self.layout)
        self.layout.addLayoutItem(item)
        self._place(item, self.page, x, y, w, h)
        item.setLayers(layers)
        item.setCrs(extent_layer.crs())
        extent = extent_layer.extent()
        extent.scale(1.05)
        item.zoomToExtent(extent)
        item.setFrameEnabled(True)
        arrow = QgsLayoutItemPicture(self.layout)
        arrow.setPicturePath(NORTH_ARROW if QFile.exists(NORTH_ARROW) else "")
        self.layout.addLayoutItem(arrow)
        self._place(arrow, self.page, x + w - 13, y + 2, 10, 14)
        self.label(self.page, x + w - 13, y + 16, 10, 4, self.t("北", "N"), size=7, bold=True).setHAlign(4)
        scalebar = QgsLayoutItemScaleBar(self.layout)
        scalebar.setStyle("Single Box")
        scalebar.setLinkedMap(item)
        scalebar.setTextFormat(_text_format(7))
        scalebar.applyDefaultSize()
        self.layout.addLayoutItem(scalebar)
        scalebar.attemptMove(QgsLayoutPoint(x + 2, y + h - 14), True, False, self.page)
        return item

    def _legend(self, map_item, x, y, w, title, layers):
        legend = QgsLayoutItemLegend(self.layout)
        legend.setTitle(title)
        legend.setLinkedMap(map_item)
        legend.setAutoUpdateModel(False)
        root = QgsLayerTree()
        for layer in layers:
            root.addLayer(layer)
        self._legend_roots = getattr(self, "_legend_roots", []) + [root]  # the model does not own it
        legend.model().setRootGroup(root)
        for style, size, bold in ((QgsLegendStyle.Title, 10, True), (QgsLegendStyle.Group, 9, True),
                                  (QgsLegendStyle.Subgroup, 8.5, True), (QgsLegendStyle.SymbolLabel, 8, False)):
            legend.rstyle(style).setFont(_font(size, bold))
        legend.setWrapString("|")
        self.layout.addLayoutItem(legend)
        legend.attemptMove(QgsLayoutPoint(x, y), True, False, self.page)
        legend.setResizeToContents(True)
        legend.adjustBoxSize()
        return legend

    def sink_map(self, pieces, counties, plots, classes, subtitle, sign_off, extent_layer=None):
        """Page 1: title, the sink-per-hectare map, legend and the sign-off block.

        ``pieces``: the layer of piece_layers with the class index (``sink_class``) of ``classes``;
        ``extent_layer``: the layer the map is zoomed to (all pieces; default ``pieces``).
        """
        self.label(self.page, MARGIN, 6, WIDTH, 11, self.title, size=18, bold=True)
        self.label(self.page, MARGIN, 18, WIDTH, 6, subtitle, size=9)
        categories = []
        emissions = [c for c in classes if c[1] <= 0 and c[2] != "0"]
        removals = [c for c in classes if c[0] >= 0 and c[2] != "0"]
        for index, (low, high, text) in enumerate(classes):
            if text == "0":
                colour = ZERO_COLOUR
            elif high <= 0:
                k = emissions.index((low, high, text))
                colour = EMISSION_COLOURS[-len(emissions):][k] if len(emissions) <= 4 else EMISSION_COLOURS[0]
            else:
                k = removals.index((low, high, text))
                colour = REMOVAL_COLOURS[:len(removals)][k] if len(removals) <= 4 else REMOVAL_COLOURS[-1]
            symbol = QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"})
            # a class per category: the pieces were classed (low ≤ x < high) and dissolved by class
            categories.append(QgsRendererCategory(index, symbol, text))
        pieces.setRenderer(QgsCategorizedSymbolRenderer("sink_class", categories))
        layers = [layer for layer in (plots, counties, pieces) if layer is not None]
        map_item = self._map(layers, MARGIN, 26, 190, 150, extent_layer or pieces)
        self._legend(map_item, MARGIN + 196, 26, 81, self.t(
            "图例|x = 单位面积碳汇量|t CO2e/(ha·a)", "Legend|x = sink per hectare|t CO2e/(ha·a)"), layers[::-1])
        self.sign_off(MARGIN + 196, 150, 81, sign_off)
        self.label(self.page, MARGIN, 178, 190, 18, self.t(
            "图 1　图斑单位面积碳汇量（t CO2e/(ha·a)），含县级行政区界线与样地位置。碳汇量为正（绿色）表示从大气中"
            "清除二氧化碳，为负（红色）表示排放；各级区间互不重叠。坐标系：{0}。",
            "Figure 1. Sink per hectare of the pieces (t CO2e/(ha·a)), with county boundaries and plot locations. "
            "A positive sink (green) takes CO2 out of the atmosphere, a negative one (red) is an emission; the "
            "classes do not overlap. CRS: {0}.").format(pieces.crs().authid()), size=8)

    def change_map(self, changes, counties, plots):
        """Page 2: the land-change areas (changed pieces by the sign of their sink; ``changes`` from
        piece_layers)."""
        self.new_page(self.t("地类变化图斑", "Land-change areas"))
        categories = []
        for value, colour, zh, en in (
                ("gain", "#1a9850", "变化图斑：碳汇增加", "changed: removal"),
                ("loss", "#d73027", "变化图斑：碳排放", "changed: emission"),
                ("even", "#fee08b", "变化图斑：碳储量不变", "changed: no stock change"),
                ("unchanged", "#e6e6e6", "未变化图斑", "unchanged")):
            symbol = QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"})
            categories.append(QgsRendererCategory(value, symbol, self.t(zh, en)))
        changes.setRenderer(QgsCategorizedSymbolRenderer("change", categories))
        layers = [layer for layer in (plots, counties, changes) if layer is not None]
        map_item = self._map(layers, MARGIN, TOP, 190, 160, changes)
        self._legend(map_item, MARGIN + 196, TOP, 81, self.t("图例", "Legend"), layers[::-1])
        self.label(self.page, MARGIN, TOP + 162, 190, 14, self.t(
            "图 2　基准年至计量年地类（计量对象）发生变化的图斑，按其碳汇量的正负着色。",
            "Figure 2. Pieces whose land class (metering object) changed between the base and the metering year, "
            "coloured by the sign of their sink."), size=8)
        self.new_page(self.t("主要成果", "Results"))

    def sign_off(self, x, y, w, info):
        """The compiled-by / checked-by / date block (names left blank to be signed when not given)."""
        blank = "________________"
        lines = [
            self.t("编制单位：{0}", "Organisation: {0}").format(info.get("organisation") or blank),
            self.t("编制人：{0}", "Compiled by: {0}").format(info.get("compiled_by") or blank),
            self.t("审核人：{0}", "Checked by: {0}").format(info.get("checked_by") or blank),
            self.t("日期：{0}", "Date: {0}").format(info.get("date") or blank),
        ]
        frame = QgsLayoutItemShape(self.layout)
        frame.setShapeType(QgsLayoutItemShape.Rectangle)
        frame.setSymbol(QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#444444",
                                                    "outline_width": "0.25"}))
        self.layout.addLayoutItem(frame)
        self._place(frame, self.page, x, y, w, 34)
        for k, line in enumerate(lines):
            self.label(self.page, x + 2, y + 2 + 8 * k, w - 4, 7, wrap(line, w - 6, 9), size=9)

    def histogram(self, frame, w=150, h=70):
        self.ensure(h + 8)
        x, y = MARGIN, self.y
        self.label(self.page, x, y, w, 6, self.t("碳汇量蒙特卡洛分布 (t CO2e/a)", "Monte Carlo total sink (t CO2e/a)"),
                   size=10, bold=True)
        counts = [float(c) for c in frame["count"]]
        top = max(counts) if counts and max(counts) > 0 else 1.0
        plot_x, plot_y, plot_w, plot_h = x + 14, y + 9, w - 16, h - 22
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
            self._place(shape, self.page, plot_x + i * bar_w, plot_y + plot_h - bar_h, bar_w, bar_h)
        axis = QgsLayoutItemShape(self.layout)
        axis.setShapeType(QgsLayoutItemShape.Rectangle)
        axis.setSymbol(QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#444444",
                                                   "outline_width": "0.2"}))
        self.layout.addLayoutItem(axis)
        self._place(axis, self.page, plot_x, plot_y, plot_w, plot_h)
        low, high = float(frame["bin_low"].iloc[0]), float(frame["bin_high"].iloc[-1])
        if low < 0 < high:  # the zero line: is the sink distinguishable from zero?
            zero = QgsLayoutItemShape(self.layout)
            zero.setShapeType(QgsLayoutItemShape.Rectangle)
            zero.setSymbol(QgsFillSymbol.createSimple({"color": "#d73027", "outline_style": "no"}))
            self.layout.addLayoutItem(zero)
            self._place(zero, self.page, plot_x + plot_w * (0 - low) / (high - low), plot_y, 0.4, plot_h)
            self.label(self.page, plot_x + plot_w * (0 - low) / (high - low) + 1, plot_y + 1, 10, 4, "0", size=7)
        self.label(self.page, plot_x, plot_y + plot_h + 1, 40, 5, _fmt(low, 0), size=7)
        self.label(self.page, plot_x + plot_w - 40, plot_y + plot_h + 1, 40, 5, _fmt(high, 0), size=7).setHAlign(2)
        self.label(self.page, x, plot_y, 14, 5, _fmt(top, 0), size=7)
        self.label(self.page, x, plot_y + plot_h - 4, 14, 5, "0", size=7)
        self.label(self.page, plot_x, plot_y + plot_h + 6, plot_w, 5, self.t(
            "横轴：碳汇量 (t CO2e/a)；纵轴：模拟次数", "x: total sink (t CO2e/a); y: iterations"), size=7)
        self.y += h + 4

    # -- footer and output -------------------------------------------------------------------------
    def footers(self):
        for page in range(self.pages):
            self.label(page, PAGE_W - 120, PAGE_H - 8, 110, 5, "{0} · {1}/{2}".format(
                self.title, page + 1, self.pages), size=7).setHAlign(2)

    def export(self, path):
        """Write the PDF via a temporary file, so the destination is whole or absent; returns the page count."""
        self.footers()
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
        return self.pages


def _geometry_of(blob):
    geometry = QgsGeometry()
    if blob is not None:
        geometry.fromWkb(blob)
    return geometry


def _header(column, language):
    # one line: QGIS 3.22 sizes a header row for one line of text whatever it holds
    text = column.zh if language == "zh" else column.en
    return "{0} ({1})".format(text, column.unit) if column.unit else text


def _section_rows(section):
    return section.table.values.tolist()


def build_report_pdf(path, content, language="zh"):
    """Build the layout from ``content`` (a dict, see export_report) and export it; returns the page count.

    Keys: title, subtitle, source (the stock layer), plots_source, county_names, tables (key →
    ReportTable: summary, stock_pools, change_matrix, transitions, sink, density, uncertainty,
    defaults), histogram (frame or None), method (paragraphs), uncertainty_text (paragraphs),
    sections (ReportSection list), provenance (frame), sign_off (dict).
    """
    report = ReportLayout(content["title"], language)
    report.county_names = content.get("county_names") or {}
    source = content["source"]
    pieces, changes, counties, classes = report.piece_layers(source)
    plots = report.plot_layer(content.get("plots_source"))
    report.sink_map(pieces, counties, plots, classes, content["subtitle"], content.get("sign_off", {}),
                    extent_layer=changes)
    report.change_map(changes, counties, plots)
    tables = content["tables"]
    for key, keys in (("summary", 2), ("stock_pools", 3), ("change_matrix", 1), ("transitions", 2),
                      ("sink", 3)):
        if tables.get(key) is not None:
            report.report_table(tables[key], key_columns=keys)
    report.heading(report.t("方法说明", "Method statement"))
    for text in content.get("method", []):
        report.paragraph(text)
    report.heading(report.t("不确定度说明", "Uncertainty statement"))
    for text in content.get("uncertainty_text", []):
        report.paragraph(text)
    unc = tables.get("uncertainty")
    if unc is not None:
        shown = [c for c in unc.columns if c.name in CONTRACT_UNCERTAINTY]
        order = {"total": 0, "county": 1, "object": 2, "pool": 3}
        frame = unc.frame.assign(_o=unc.frame["level"].map(lambda v: order.get(str(v), 4))).sort_values(
            "_o", kind="stable").drop(columns="_o")
        view = type(unc)(unc.key, unc.title_zh, unc.title_en, shown, frame, unc.note_zh, unc.note_en)
        report.report_table(view, size=6.5, key_columns=3)
    if content.get("histogram") is not None and len(content["histogram"]):
        report.histogram(content["histogram"])
    density = tables.get("density")
    if density is not None and len(density.frame):
        shown = [c for c in density.columns if c.name not in ("stratum_value", "object", "n_required", "note")]
        frame = density.frame
        if "pool" in frame.columns:
            frame = frame[frame["pool"].astype(str) == "total"]
        view = type(density)(density.key, "分层碳密度（合计碳库）", "Stratum densities (total pool)", shown, frame,
                             density.note_zh, density.note_en)
        report.report_table(view, size=6.5, key_columns=2)
    defaults = tables.get("defaults")
    if defaults is not None:
        if len(defaults.frame):
            report.report_table(defaults, size=6, key_columns=2, max_cell_mm=150)
        else:
            report.heading(defaults.title(language))
            report.paragraph(report.t("本次计量未使用待核实或占位的缺省值。",
                                      "This run used no unverified or placeholder default."))
    for section in content.get("sections", []):
        report.table(section.title, [str(c) for c in section.table.columns], _section_rows(section), size=7,
                     note="\n".join(section.notes))
    provenance = content.get("provenance")
    if provenance is not None:
        report.provenance(provenance)
    return report.export(path)


def _provenance_rows(report, provenance):
    from ..metering.xlsx_export import provenance_row

    return [provenance_row(row, report.language) for row in provenance.values.tolist()]


def _provenance(self, provenance):
    """The provenance, every row (inputs, parameters, outputs, parameter-table sources)."""
    headers = [self.t("部分", "Section"), self.t("项目", "Item"), self.t("值", "Value"), self.t("说明", "Detail")]
    main = provenance[~provenance["section"].isin(["parameter_table"])]
    self.table(self.t("来源信息", "Provenance"), headers, _provenance_rows(self, main), size=6, key_columns=2,
               max_cell_mm=110)
    tables = provenance[provenance["section"] == "parameter_table"]
    if len(tables):
        # One line per parameter table and distinct source text; every row is in the workbook.
        rows = []
        for table, sub in tables.groupby("item", sort=True):
            for source, rows_of in sub.groupby("detail", sort=True):
                rows.append([table, len(rows_of), rc.display(source, self.language)])
        self.table(self.t("参数表来源（各行见工作簿）", "Parameter-table sources (every row in the workbook)"),
                   [self.t("参数表", "Table"), self.t("行数", "Rows"), self.t("来源", "Source")], rows, size=6,
                   key_columns=1, max_cell_mm=150)


ReportLayout.provenance = _provenance
