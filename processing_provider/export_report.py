"""carbonmeter:export_report — result workbook (xlsx) and PDF report. Thin: the tables are built in
``metering.report_tables``, the workbook in ``metering.xlsx_export``, the PDF in ``report_layout``."""

import datetime
import os

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..metering import POOLS_WITH_TOTAL
from ..metering import provenance as prov
from ..metering import report_content as rc
from ..metering import report_tables as rt
from ..metering import vocabulary as v
from ..metering.overlay.geometry import release_freed_memory
from ..metering.report_sections import build_section
from ..metering.uncertainty import check_years, stock_facts
from ..metering.xlsx_export import section_table, write_workbook
from . import provenance_io as pio
from .base import CarbonAlgorithm
from .qgis_io import source_to_frame

LANGUAGES = ("zh", "en")


class ExportReportAlgorithm(CarbonAlgorithm):
    STOCK = "STOCK"
    SUMMARY = "SUMMARY"
    CHANGE_MATRIX = "CHANGE_MATRIX"
    PLOTS = "PLOTS"
    BASE_DENSITY = "BASE_DENSITY"
    TARGET_DENSITY = "TARGET_DENSITY"
    UNCERTAINTY = "UNCERTAINTY"
    HISTOGRAM = "HISTOGRAM"
    BASE_YEAR = "BASE_YEAR"
    TARGET_YEAR = "TARGET_YEAR"
    TITLE = "TITLE"
    LANGUAGE = "LANGUAGE"
    COUNTY_NAMES = "COUNTY_NAMES"
    ORGANISATION = "ORGANISATION"
    COMPILED_BY = "COMPILED_BY"
    CHECKED_BY = "CHECKED_BY"
    SOURCE_LAYERS = "SOURCE_LAYERS"
    SECTIONS = "SECTIONS"
    OUTPUT_XLSX = "OUTPUT_XLSX"
    OUTPUT_PDF = "OUTPUT_PDF"
    TOTAL_STOCK_BASE = "TOTAL_STOCK_BASE"
    TOTAL_STOCK_TARGET = "TOTAL_STOCK_TARGET"
    TOTAL_SINK = "TOTAL_SINK"

    GROUP_ID = "parcel_metering"

    def name(self):
        return "export_report"

    def displayName(self):  # noqa: N802
        return self.tr("Export result tables and report (xlsx, PDF)")

    def group(self):
        return self.tr("Parcel carbon metering")

    def flags(self):
        # The print layout paints with Qt fonts: run in the main thread.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Writes the result tables of a carbon metering run to an Excel workbook in the form of the Hubei "
            "land-space carbon-sink metering specification, appendix F, and optionally a PDF report.\n\n"
            "Workbook sheets: county totals; carbon stock by county, metering object and pool at the base and "
            "the metering year (t C; base-year stock under the base-year object, metering-year stock under the "
            "metering-year object); carbon sink by county and object, unchanged and changed pieces apart "
            "(t C/a and t CO2e/a; changed pieces under their metering-year object, as IPCC 2006 GL vol. 4 ch. 3 "
            "reports land converted to a category); change matrix of metering objects (ha); plot summary "
            "(t C/ha); stratum densities with their uncertainty; uncertainty results and the Monte Carlo "
            "histogram when given; stock by county and pool; the sink by land-class transition; the unverified "
            "or placeholder defaults the run used; and a provenance sheet (inputs with absolute path, feature "
            "count and the SHA-256 of each layer's content, temporary results named by their step, every "
            "parameter and, in the chain, every step's parameters with the values used, parameter-table sources, "
            "plugin and QGIS versions, run time). County "
            "names stand beside the codes, totals are labelled in the report language (合计 / Total), each sheet "
            "has Chinese and English header rows and a unit row, frozen, a note row under the table, and a print "
            "setup (A4, fit to the page width, header rows repeated on every page, landscape when wide).\n\n"
            "PDF (A4 landscape; as many pages as the tables need: a table longer than a page continues on the "
            "next one under its title marked continued, nothing is cut): the sink per hectare (t CO2e/(ha·a)) "
            "mapped in classes that do not overlap, with county boundaries and names, plot locations, legend, "
            "scale bar and north arrow, and the compiled-by / checked-by / date block; the land-change map; "
            "county totals with county names; stock by county and pool at both years; the change matrix; the "
            "stock change by transition (e.g. dry land → arbor forest, t CO2e/a); the sink by county and object; "
            "the method statement (equations per pool, parameter values, soil depth, area method, mapping); the "
            "uncertainty statement (whether the sink is significantly different from zero at 95 %, the "
            "conservative figure after the CDM AR-TOOL14 discount, the main contributors to the uncertainty) with "
            "the uncertainty table and histogram; the stratum densities; the unverified or placeholder defaults "
            "the run used; the other systems' sections; the provenance.\n\n"
            "Parameters:\n"
            "STOCK: the parcel_stock OUTPUT layer (pieces with stock_base_<pool>_tc, stock_target_<pool>_tc, "
            "dc_per_year_tc, sink_tco2e and the recorded years and density tables).\n"
            "SUMMARY: parcel_stock SUMMARY table (optional; copied as a sheet).\n"
            "CHANGE_MATRIX: parcel_change CHANGE_MATRIX table (optional; else summed from the pieces).\n"
            "PLOTS: plot_carbon OUTPUT (optional).\n"
            "BASE_DENSITY, TARGET_DENSITY: stratum_density OUTPUT tables of the two years (optional).\n"
            "UNCERTAINTY, HISTOGRAM: uncertainty OUTPUT and HISTOGRAM tables (optional).\n"
            "BASE_YEAR, TARGET_YEAR: the two years, for labels (optional).\n"
            "COUNTY_NAMES: county code → name table (optional; default metering/data/county_names.csv).\n"
            "TITLE: report title. LANGUAGE: language of sheet names and report text (zh or en).\n"
            "ORGANISATION, COMPILED_BY, CHECKED_BY: the sign-off block (optional; empty leaves a line to sign).\n"
            "OUTPUT_XLSX: the workbook. OUTPUT_PDF: the PDF report (optional).\n\n"
            "Units: areas ha, stocks t C, stock change t C/a, sink t CO2e/a (positive = removal), "
            "densities t C/ha. Outputs are written whole or not at all."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        param = QgsProcessingParameterFeatureSource(
            self.STOCK, self.tr("Parcel stock pieces (parcel_stock OUTPUT)"),
            [QgsProcessing.SourceType.TypeVectorPolygon]
        )
        param.setHelp(self.tr("The pieces with stock per pool at both years, stock change (t C/a) and sink "
                              "(t CO2e/a), as written by carbonmeter:parcel_stock."))
        self.addParameter(param)
        optional_tables = (
            (self.SUMMARY, self.tr("Stock summary (parcel_stock SUMMARY)"),
             self.tr("The county × object × pool summary of parcel_stock; copied to its own sheet.")),
            (self.CHANGE_MATRIX, self.tr("Change matrix (parcel_change CHANGE_MATRIX)"),
             self.tr("Area (ha) by base-year × metering-year class; rows with level 'object' are used. Without it the "
                     "matrix is summed from the pieces.")),
            (self.PLOTS, self.tr("Plot densities (plot_carbon OUTPUT)"),
             self.tr("Plots with survey_year, object and densities per pool (t C/ha); summarised per year and "
                     "object.")),
            (self.BASE_DENSITY, self.tr("Base-year stratum densities (stratum_density OUTPUT)"),
             self.tr("Stratum density table of the base year: stratum, pool, n, mean, sd, se, half_width, u_pct, "
                     "source.")),
            (self.TARGET_DENSITY, self.tr("Metering-year stratum densities (stratum_density OUTPUT)"),
             self.tr("Stratum density table of the metering year (same fields as the base-year table).")),
            (self.UNCERTAINTY, self.tr("Uncertainty results (uncertainty OUTPUT)"),
             self.tr("Approach 1 and Monte Carlo results per level and quantity (IPCC 2006 GL vol. 1 ch. 3).")),
            (self.HISTOGRAM, self.tr("Monte Carlo histogram (uncertainty HISTOGRAM)"),
             self.tr("Bins of the simulated total sink: bin_low, bin_high (t CO2e/a), count. Drawn in the PDF.")),
            (self.COUNTY_NAMES, self.tr("County names (table)"),
             self.tr("Optional table with the county code (field county, code or XZQDM) and its name (name, "
                     "name_zh and name_en, or XZQMC). Names are shown beside the codes; codes not in it take the "
                     "shipped table metering/data/county_names.csv (the districts of Wuhan).")),
        )
        for name, description, help_text in optional_tables:
            param = QgsProcessingParameterFeatureSource(
                name, description, [QgsProcessing.SourceType.TypeVector], optional=True
            )
            param.setHelp(help_text)
            self.addParameter(param)
        for name, description in ((self.BASE_YEAR, self.tr("Base year")), (self.TARGET_YEAR, self.tr("Metering year"))):
            param = QgsProcessingParameterNumber(name, description, QgsProcessingParameterNumber.Type.Integer,
                                                 optional=True, minValue=1900, maxValue=2200)
            param.setHelp(self.tr("Labels the density tables and the method statement. Optional: by default "
                                  "read from the stock layer's base_year / target_year fields when present."))
            self.addParameter(param)
        param = QgsProcessingParameterMultipleLayers(
            self.SOURCE_LAYERS, self.tr("Original inputs to record (parcels, plots …)"),
            QgsProcessing.SourceType.TypeVector, optional=True
        )
        param.setHelp(self.tr("The layers the whole metering started from (base-year and metering-year parcels, "
                              "the survey "
                              "plots). They are listed in the provenance with path, feature count and SHA-256, "
                              "so the result can be traced back to the delivered data (the chain model fills "
                              "this in)."))
        self.addParameter(param)
        param = QgsProcessingParameterMultipleLayers(
            self.SECTIONS, self.tr("Sections of the other systems (tables)"),
            QgsProcessing.SourceType.TypeVector, optional=True
        )
        param.setHelp(self.tr("Tables of the other systems to add to the report, each as a workbook sheet and "
                              "one or more PDF pages (long tables continue on further pages): e.g. the TABLE of "
                              "District carbon sink (DB4403/T 348). A table is recognised by its report_section "
                              "column; each is recorded in the provenance with its checksum."))
        self.addParameter(param)
        param = QgsProcessingParameterString(self.TITLE, self.tr("Report title"),
                                             defaultValue=self.tr("Carbon metering report"))
        param.setHelp(self.tr("Printed on the PDF's first page and the workbook's summary sheet."))
        self.addParameter(param)
        for name, description, help_text in (
                (self.ORGANISATION, self.tr("Organisation (compiled by)"),
                 self.tr("The organisation that compiled the report, printed in the sign-off block of the PDF's "
                         "first page. The plugin's settings page fills it in from its organisation setting.")),
                (self.COMPILED_BY, self.tr("Compiled by (name)"),
                 self.tr("Name of the person who compiled the report; empty leaves a line to sign.")),
                (self.CHECKED_BY, self.tr("Checked by (name)"),
                 self.tr("Name of the person who checked the report; empty leaves a line to sign."))):
            param = QgsProcessingParameterString(name, description, optional=True)
            param.setHelp(help_text)
            self.addParameter(param)
        param = QgsProcessingParameterEnum(self.LANGUAGE, self.tr("Report language"),
                                           options=[self.tr("Chinese (zh)"), self.tr("English (en)")],
                                           defaultValue=0)
        param.setHelp(self.tr("Language of sheet names, object names and the PDF text. Header rows are "
                              "always in both Chinese and English."))
        self.addParameter(param)
        param = QgsProcessingParameterFileDestination(self.OUTPUT_XLSX, self.tr("Result workbook"),
                                                      fileFilter=self.tr("Excel workbook (*.xlsx)"))
        param.setHelp(self.tr("The xlsx workbook with the appendix F tables and the provenance sheet."))
        self.addParameter(param)
        param = QgsProcessingParameterFileDestination(self.OUTPUT_PDF, self.tr("PDF report"),
                                                      fileFilter=self.tr("PDF (*.pdf)"), optional=True)
        param.setHelp(self.tr("The PDF report (maps, every result table whole, method and uncertainty statements, "
                              "unverified defaults, provenance). Leave empty to skip it."))
        self.addParameter(param)
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_STOCK_BASE, self.tr("Total stock, base year (t C)")))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_STOCK_TARGET, self.tr("Total stock, metering year (t C)")))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_SINK, self.tr("Total sink (t CO2e/a)")))

    # -- reading -------------------------------------------------------------------------------
    #: The step whose result each layer input is: a temporary result is named by it in the provenance.
    PRODUCED_BY = {
        "STOCK": "parcel_stock › OUTPUT", "SUMMARY": "parcel_stock › SUMMARY",
        "CHANGE_MATRIX": "parcel_change › CHANGE_MATRIX", "PLOTS": "plot_carbon › OUTPUT",
        "BASE_DENSITY": "stratum_density › OUTPUT (BASE_YEAR)",
        "TARGET_DENSITY": "stratum_density › OUTPUT (TARGET_YEAR)",
        "UNCERTAINTY": "uncertainty › OUTPUT", "HISTOGRAM": "uncertainty › HISTOGRAM",
    }

    def _input_records(self, parameters, sources, context, produced_by):
        """Each layer input with its absolute path (or the step that made it) and its own checksum."""
        records, shown = [], {}
        for name, source in sources.items():
            layer = self.parameterAsVectorLayer(parameters, name, context)
            if layer is None:  # not a layer (a source definition QGIS could not resolve): its text
                text = prov.absolute_source(str(parameters.get(name) or ""))
                records.append(prov.input_record(name, text, source.featureCount()))
            else:
                records.append(pio.layer_record(name, layer, produced_by.get(name, "")))
            shown[name] = records[-1].path
        return records, shown

    def _source(self, parameters, name, context, required_fields):
        """The feature source of parameter ``name`` (None when not given), its required fields checked."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None
        names = [f.name() for f in source.fields()]
        missing = [f for f in required_fields if f not in names]
        if missing:
            self.fail(self.tr("Layer {0} (parameter {1}) lacks the fields {2}. Give the output of the algorithm "
                              "named in the parameter's description.").format(
                source.sourceName(), name, ", ".join(missing)))
        return source

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        started = datetime.datetime.now()
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        title = self.parameterAsString(parameters, self.TITLE, context) or self.tr("Carbon metering report")
        xlsx_path = self.parameterAsFileOutput(parameters, self.OUTPUT_XLSX, context)
        pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        if not xlsx_path:
            self.fail(self.tr("Give a file for the result workbook (OUTPUT_XLSX)."))

        stock_fields = list(rt.STOCK_PIECE_FIELDS) + [v.DC_PER_YEAR, v.SINK] + list(v.STOCK_FACT_COLUMNS)
        stock_fields += [v.stock_column("base", p) for p in POOLS_WITH_TOTAL]
        stock_fields += [v.stock_column("target", p) for p in POOLS_WITH_TOTAL]
        stock_source = self._source(parameters, self.STOCK, context, stock_fields)
        if stock_source is None:
            self.fail(self.invalidSourceError(parameters, self.STOCK))
        requirements = {
            self.SUMMARY: [],
            self.CHANGE_MATRIX: ["level", "base", "target", "area_ha"],
            self.PLOTS: ["object"] + list(POOLS_WITH_TOTAL),
            self.BASE_DENSITY: ["stratum", "pool", "mean"],
            self.TARGET_DENSITY: ["stratum", "pool", "mean"],
            self.UNCERTAINTY: ["level", "name", "quantity", "estimate"],
            self.HISTOGRAM: ["bin_low", "bin_high", "count"],
            self.COUNTY_NAMES: [],
        }
        sources = {self.STOCK: stock_source}
        for name, fields in requirements.items():
            source = self._source(parameters, name, context, fields)
            if source is not None:
                sources[name] = source

        # The inputs' checksums first, each layer read whole and let go before the pieces are read
        # (the peak memory of a 100 000-piece report is one of them, not both).
        model = pio.running_model(context, self.id())
        produced_by = dict(self.PRODUCED_BY)
        chain = None
        if model is not None:  # a step of a chain run: its results by step number, every step's parameters
            produced_by.update(pio.inputs_by_step(model, context, self.id()))
            chain = prov.chain_rows(pio.chain_steps(model, context))
        inputs, shown = self._input_records(parameters, sources, context, produced_by)
        origins = self.parameterAsLayerList(parameters, self.SOURCE_LAYERS, context)
        origin_records = [pio.layer_record(self.SOURCE_LAYERS, layer) for layer in origins]
        self.check_canceled(feedback)
        feedback.setProgress(10)

        pieces = source_to_frame(stock_source, feedback=feedback)
        if pieces.empty:
            self.fail(self.tr("Layer {0} (STOCK) has no features: nothing to report.").format(
                stock_source.sourceName()))
        bad = pieces[pieces["county"].isna()]
        if len(bad):
            self.fail(self.tr("Layer {0} (STOCK), field county is empty for feature ids {1}. Give parcel_change a "
                              "county field (COUNTY_FIELD) and rerun the chain.").format(
                stock_source.sourceName(), ", ".join(str(v) for v in bad["fid"].head(10))))
        feedback.pushInfo(self.tr("Read {0} pieces.").format(len(pieces)))
        feedback.setProgress(20)

        read = {}
        for name in requirements:
            self.check_canceled(feedback)
            read[name] = source_to_frame(sources[name], feedback=feedback) if name in sources else None
        release_freed_memory()  # the columns the frames were made of
        feedback.setProgress(30)

        with self.core_errors():
            # The years parcel_stock recorded on the pieces; a given year must agree with them.
            facts = stock_facts(pieces, stock_source.sourceName())
            given = [self.parameterAsInt(parameters, n, context) if parameters.get(n) not in (None, "") else None
                     for n in (self.BASE_YEAR, self.TARGET_YEAR)]
            check_years(facts, given[0], given[1], stock_source.sourceName())
            years = [facts[v.BASE_YEAR], facts[v.TARGET_YEAR]]
            labels = rt.load_object_labels()
            names = rc.load_county_names(table=read[self.COUNTY_NAMES])
            totals = rc.add_county_names(rt.county_totals_table(pieces, language), names, language)
            sink = rc.add_county_names(rt.sink_by_county_object(pieces, language, labels), names, language)
            tables = [
                totals,
                rc.add_county_names(rt.stock_by_county_object(pieces, language, labels), names, language),
                rc.stock_by_pool(pieces, language, names),
                sink,
                rc.transitions(pieces, language, labels),
                rt.change_matrix(pieces, read[self.CHANGE_MATRIX], language, labels),
            ]
            if read[self.PLOTS] is not None:
                tables.append(rt.plot_summary(read[self.PLOTS], language, labels))
            density = None
            density_frames = {}
            if read[self.BASE_DENSITY] is not None or read[self.TARGET_DENSITY] is not None:
                base_label = str(years[0]) if years[0] else self.tr("base year")
                target_label = str(years[1]) if years[1] else self.tr("metering year")
                density_frames = {base_label: read[self.BASE_DENSITY], target_label: read[self.TARGET_DENSITY]}
                density = rt.stratum_densities(density_frames)
                tables.append(density)
            uncertainty = histogram = None
            if read[self.UNCERTAINTY] is not None:
                uncertainty = rt.uncertainty_table(read[self.UNCERTAINTY])
                tables.append(uncertainty)
            if read[self.HISTOGRAM] is not None:
                histogram = rt.histogram_table(read[self.HISTOGRAM])
                tables.append(histogram)
            if read[self.SUMMARY] is not None:
                tables.append(rc.add_county_names(rt.stock_summary_table(read[self.SUMMARY]), names, language))
            defaults = rc.defaults_used(density_frames, read[self.PLOTS], read[self.UNCERTAINTY] is not None,
                                        language, labels)
            tables.append(defaults)
            unc_facts = rc.uncertainty_facts(read[self.UNCERTAINTY], pieces)
            method = rc.method_statement(language, self._method_facts(pieces, read, years, density_frames, language))
            unc_text = rc.uncertainty_statement(unc_facts, language, labels)
        feedback.setProgress(50)

        sections, section_layers = self._sections(parameters, context, feedback, language)
        inputs += [pio.layer_record(self.SECTIONS, layer) for layer in section_layers]
        inputs += origin_records
        values = {}
        for definition in self.parameterDefinitions():
            name = definition.name()
            if name in shown:
                values[name] = shown[name]
            elif name == self.SOURCE_LAYERS:
                values[name] = "; ".join(pio.layer_text(layer) for layer in origins)
            elif name == self.SECTIONS:
                values[name] = "; ".join(pio.layer_text(layer) for layer in section_layers)
            elif definition.isDestination():
                path = self.parameterAsFileOutput(parameters, name, context)
                values[name] = os.path.abspath(path) if path else ""
            else:
                value = parameters.get(name)
                values[name] = "" if value is None else str(value)
        values[self.LANGUAGE] = language
        extra = {"BASE_DENSITY": read[self.BASE_DENSITY], "TARGET_DENSITY": read[self.TARGET_DENSITY]}
        provenance = prov.build_provenance(
            inputs, values, Qgis.QGIS_VERSION, started, algorithm_id=self.id() or "carbonmeter:export_report",
            extra_sources=extra, chain=chain, recorded=prov.recorded_facts(
                pieces, read[self.PLOTS], {n: read[n] for n in (self.BASE_DENSITY, self.TARGET_DENSITY,
                                                                 self.UNCERTAINTY)}),
            outputs={self.OUTPUT_XLSX: os.path.abspath(xlsx_path), self.OUTPUT_PDF: os.path.abspath(pdf_path)
                     if pdf_path else ""},
        )
        del pieces, bad  # everything the tables need is in them; the maps read the pieces' geometry anew
        release_freed_memory()
        self.check_canceled(feedback)

        if pdf_path:
            from .report_layout import build_report_pdf

            feedback.pushInfo(self.tr("Building the PDF report…"))
            content = {
                "title": title,
                "subtitle": self._subtitle(years, parameters, context, language),
                "source": stock_source,
                "plots_source": sources.get(self.PLOTS),
                "county_names": names,
                "tables": {t.key: t for t in tables},
                "histogram": histogram.frame if histogram is not None else None,
                "method": method,
                "uncertainty_text": unc_text,
                "sections": sections,
                "provenance": provenance,
                "sign_off": {
                    "organisation": self.parameterAsString(parameters, self.ORGANISATION, context),
                    "compiled_by": self.parameterAsString(parameters, self.COMPILED_BY, context),
                    "checked_by": self.parameterAsString(parameters, self.CHECKED_BY, context),
                    "date": started.strftime("%Y-%m-%d"),
                },
            }
            try:
                pages = build_report_pdf(pdf_path, content, language)
            except (RuntimeError, OSError) as err:
                self.fail(self.tr("The PDF report {0} could not be written: {1}").format(pdf_path, err))
            feedback.pushInfo(self.tr("PDF report ({0} pages): {1}").format(pages, pdf_path))
        feedback.setProgress(80)
        self.check_canceled(feedback)

        try:
            sheets = write_workbook(xlsx_path, tables + [section_table(s) for s in sections], provenance, title,
                                    language)
        except OSError as err:
            if pdf_path and os.path.exists(pdf_path):
                os.remove(pdf_path)  # both outputs or neither
            self.fail(self.tr("The workbook {0} could not be written: {1}").format(xlsx_path, err))
        feedback.pushInfo(self.tr("Workbook with sheets {0}: {1}").format(", ".join(sheets), xlsx_path))
        feedback.setProgress(100)

        grand = totals.frame[totals.frame["county"] == rt.ALL].iloc[0]
        feedback.pushInfo(self.tr("All counties: stock {0:,.2f} t C (base), {1:,.2f} t C (metering year), sink "
                                  "{2:,.2f} t CO2e/a.").format(grand["stock_base_tc"], grand["stock_target_tc"],
                                                               grand["sink_tco2e"]))
        return {
            self.OUTPUT_XLSX: xlsx_path,
            self.OUTPUT_PDF: pdf_path or None,
            self.TOTAL_STOCK_BASE: float(grand["stock_base_tc"]),
            self.TOTAL_STOCK_TARGET: float(grand["stock_target_tc"]),
            self.TOTAL_SINK: float(grand["sink_tco2e"]),
        }

    def _subtitle(self, years, parameters, context, language):
        organisation = self.parameterAsString(parameters, self.ORGANISATION, context)
        text = rc.pick(("碳储量与碳汇量计量报告 · 基准年 {0} → 计量年 {1}", "Carbon stock and sink report · base year "
                        "{0} → metering year {1}"), language).format(years[0], years[1])
        if organisation:
            text += rc.pick(("　编制单位：{0}", " · compiled by {0}"), language).format(organisation)
        return text

    def _method_facts(self, pieces, read, years, density_frames, language):
        """What the method statement states about this run, read from the data the steps wrote."""
        facts = {"base_year": years[0], "target_year": years[1], "mapping": rc.mapping_text(pieces, language)}
        plots = read[self.PLOTS]
        if plots is not None and "soil_depth_cm" in plots.columns:
            facts["soil_depth_cm"] = sorted({float(d) for d in plots["soil_depth_cm"].dropna()})
        for frame in (pieces, read[self.SUMMARY]):
            if frame is not None and v.AREA_METHOD in frame.columns:
                methods = sorted({str(m) for m in frame[v.AREA_METHOD].dropna()})
                if methods:
                    facts["area_method"] = methods[0] if len(methods) == 1 else ", ".join(methods)
                    break
        tables = []
        for role in ("base", "target"):
            name = v.BASE_DENSITY if role == "base" else v.TARGET_DENSITY
            if name in pieces.columns:
                tables.append("{0}: {1}".format(rc.pick(({"base": "基准年", "target": "计量年"}[role],
                                                         "{0} year".format(role)), language),
                                                ", ".join(sorted({str(x) for x in pieces[name].dropna()}))))
        facts["density_tables"] = "；".join(tables) if language == "zh" else "; ".join(tables)
        if plots is not None and len(plots):
            from ..metering.parameters import read_csv

            factors = read_csv("pool_factors.csv")
            facts["factors"] = [(r["factor"], r["value"], r["unit"]) for _, r in factors.iterrows()
                                if not r.get("object") or str(r.get("object")) in ("", "nan")]
        return facts

    def _sections(self, parameters, context, feedback, language):
        """The other systems' report sections (SECTIONS): one ReportSection per table, in order."""
        layers = self.parameterAsLayerList(parameters, self.SECTIONS, context) or []
        sections = []
        for layer in layers:
            self.check_canceled(feedback)
            frame = source_to_frame(layer).drop(columns=["fid"])
            with self.core_errors():
                sections.append(build_section(frame, language))
            feedback.pushInfo(self.tr("Report section: {0} ({1} rows, from {2}).").format(
                sections[-1].title, len(sections[-1].table), layer.name()))
        return sections, layers
