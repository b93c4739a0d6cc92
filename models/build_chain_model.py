"""Developer tool: (re)build models/carbon_metering_chain.model3 from the registered algorithms.

Run after changing a chained algorithm's parameters (the model stores parameter names):

    QT_QPA_PLATFORM=offscreen PYTHONPATH=.build/python .venv/bin/python models/build_chain_model.py

The chain: parcel_change → plot_carbon → stratum_density (base year, with the change table of the
permanent plots) and stratum_density (metering year) → parcel_stock (unchanged pieces from the change
table) → uncertainty (the change table's own uncertainty) → export_report. The .model3 is
the product (loaded by the provider, editable in the graphical modeler); this script only makes
it reproducible.
"""

import os
import sys

MODEL_NAME = "carbon_metering_chain"
HERE = os.path.dirname(os.path.abspath(__file__))
MODEL_PATH = os.path.join(HERE, MODEL_NAME + ".model3")

HELP = (
    "The whole carbon metering chain of the Hubei land-space carbon-sink metering specification: "
    "overlay of the base-year and metering-year parcels (parcel_change), plot carbon densities "
    "(plot_carbon), stratum densities of each year and the change density of the permanent plots "
    "remeasured at both years (stratum_density), parcel stock and sink (parcel_stock: unchanged pieces "
    "take their sink from the change density, changed pieces the two years' densities), uncertainty "
    "(IPCC approaches 1 and 2, with the change density's own uncertainty; the sink under independent "
    "samples for comparison) and the result workbook and PDF report (export_report). Units: t C, t C/a, "
    "t CO2e/a, t C/ha, ha.\n"
    "碳汇计量全流程：基准年与计量年图斑叠加（parcel_change）→ 样地碳密度（plot_carbon）→ 两期分层碳密度及"
    "固定样地复测碳密度变化（stratum_density）→ 图斑碳储量与碳汇量（parcel_stock，未变化图斑采用碳密度变化量）"
    "→ 不确定度（uncertainty，配对变化量估计及两期独立样本对照）→ 成果表与报告（export_report）。"
)

#: Chinese names of the steps' parameters the model exposes (their English labels are the steps' own).
ZH_LABELS = {"MAPPING": "地类与计量对象对照表", "COUNTY_FIELD": "县级行政区字段", "AREA_METHOD": "面积计算方法",
             "CORRELATION": "两期碳密度相关系数", "ITERATIONS": "蒙特卡洛迭代次数", "SEED": "随机数种子",
             "DISCOUNT": "保守性扣减"}
#: The model's inputs in workflow order: the surveys (parcels of both years, their years, the plots),
#: then the options of overlay → plot carbon → densities → uncertainty → report.
PARAMETER_ORDER = ["BASE", "BASE_FIELD", "TARGET", "TARGET_FIELD", "BASE_YEAR", "TARGET_YEAR", "PLOTS",
                   "MAPPING", "COUNTY_FIELD", "AREA_METHOD", "SOIL_DEPTH", "CONFIDENCE",
                   "CORRELATION", "ITERATIONS", "SEED", "DISCOUNT", "TITLE", "LANGUAGE"]


def build(registry):
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildDependency,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterEnum,
        QgsProcessingParameterField,
        QgsProcessingParameterNumber,
        QgsProcessingParameterString,
        QgsProcessingParameterVectorLayer,
    )
    from qgis.core import (
        QgsProcessingModelChildParameterSource as Src,
    )
    from qgis.PyQt.QtCore import QPointF

    from carbon_metering.processing_provider.chain_model import EXPOSED_STEP_PARAMETERS, own_parameter_help

    model = QgsProcessingModelAlgorithm(MODEL_NAME, "Parcel carbon metering", "parcel_metering")
    model.setHelpContent({"ALG_DESC": HELP, "ALG_CREATOR": "Carbon Metering 碳汇计量"})

    def add_param(param, help_text, x, y):
        param.setHelp(help_text)
        component = QgsProcessingModelParameter(param.name())
        component.setPosition(QPointF(x, y))
        model.addModelParameter(param, component)

    own_help = own_parameter_help()  # English: the .model3 holds the English help, the UI translates it
    poly, point = [QgsProcessing.TypeVectorPolygon], [QgsProcessing.TypeVectorPoint]
    add_param(QgsProcessingParameterVectorLayer("BASE", "Base-year parcels (基准年图斑)", poly),
              own_help["BASE"], 120, 60)
    add_param(QgsProcessingParameterField("BASE_FIELD", "Base-year land-class code field (基准年地类编码字段)",
                                          "DLBM", "BASE"),
              own_help["BASE_FIELD"], 120, 120)
    add_param(QgsProcessingParameterVectorLayer("TARGET", "Metering-year parcels (计量年图斑)", poly),
              own_help["TARGET"], 380, 60)
    add_param(QgsProcessingParameterField("TARGET_FIELD", "Metering-year land-class code field (计量年地类编码字段)",
                                          "DLBM", "TARGET"),
              own_help["TARGET_FIELD"], 380, 120)
    add_param(QgsProcessingParameterVectorLayer("PLOTS", "Sample plots (样地)", point),
              own_help["PLOTS"], 640, 60)
    # The years are required and have no default: a model parameter's default is only shown, never
    # passed to the children when the parameter is omitted (qgis_process, processing.run), and a
    # stratum_density step without a year pooled the plots of both years (issue 15).
    add_param(QgsProcessingParameterNumber("BASE_YEAR", "Base year (基准年)", QgsProcessingParameterNumber.Integer,
                                           None, False, 1900, 2200),
              own_help["BASE_YEAR"], 900, 60)
    add_param(QgsProcessingParameterNumber("TARGET_YEAR", "Metering year (计量年)",
                                           QgsProcessingParameterNumber.Integer, None, False, 1900, 2200),
              own_help["TARGET_YEAR"], 900, 120)
    add_param(QgsProcessingParameterNumber("SOIL_DEPTH", "Soil reporting depth, cm (土壤碳计算深度，cm)",
                                           QgsProcessingParameterNumber.Double, 30.0, False, 1.0, 1000.0),
              own_help["SOIL_DEPTH"], 640, 120)
    add_param(QgsProcessingParameterEnum("CONFIDENCE", "Confidence level of stratum densities (分层碳密度置信水平)",
                                         ["90 %", "95 %"], False, 0),
              own_help["CONFIDENCE"], 900, 180)
    # The report's own default: the model's default is never passed on when TITLE is omitted.
    title = registry.algorithmById("carbonmeter:export_report").parameterDefinition("TITLE").defaultValue()
    add_param(QgsProcessingParameterString("TITLE", "Report title (报告标题)", title),
              own_help["TITLE"], 1160, 60)
    add_param(QgsProcessingParameterEnum("LANGUAGE", "Report language (报告语言)", ["zh", "en"], False, 0),
              own_help["LANGUAGE"], 1160, 120)

    def expose(alg_id, name, x, y):
        """A step's own parameter as a model parameter (same name, default and help), so the
        default shown is the default the step uses (issue 15: the options a surveyor needs); its
        label gets the Chinese name in brackets, as the model's own parameters."""
        definition = registry.algorithmById(alg_id).parameterDefinition(name).clone()
        definition.setDescription("{0} ({1})".format(definition.description(), ZH_LABELS[name]))
        add_param(definition, definition.help(), x, y)
        return Src.fromModelParameter(name)

    def exposed_of(alg_id):
        return [name for name, step in EXPOSED_STEP_PARAMETERS.items() if step == alg_id]

    overlay_options = {name: expose("carbonmeter:parcel_change", name, 120 + 130 * k, 180)
                       for k, name in enumerate(exposed_of("carbonmeter:parcel_change"))}
    uncertainty_options = {name: expose("carbonmeter:uncertainty", name, 1160 + 130 * k, 180)
                           for k, name in enumerate(exposed_of("carbonmeter:uncertainty"))}

    def child(child_id, alg_id, description, x, y, sources, outputs=None, depends=()):
        alg = QgsProcessingModelChildAlgorithm(alg_id)
        if depends:
            alg.setDependencies([QgsProcessingModelChildDependency(d) for d in depends])
        alg.setChildId(child_id)
        alg.setDescription(description)
        alg.setPosition(QPointF(x, y))
        for name, source in sources.items():
            alg.addParameterSources(name, source if isinstance(source, list) else [source])
        # Every other mandatory input keeps the algorithm's own default, editable in the modeler.
        for definition in registry.algorithmById(alg_id).parameterDefinitions():
            if definition.isDestination() or definition.name() in sources:
                continue
            if not definition.flags() & definition.FlagOptional or definition.defaultValue() is not None:
                alg.addParameterSources(definition.name(), [Src.fromStaticValue(definition.defaultValue())])
        model_outputs = {}
        for output_name, (child_output, description_out) in (outputs or {}).items():
            out = QgsProcessingModelOutput(output_name, description_out)
            out.setChildId(child_id)
            out.setChildOutputName(child_output)
            if child_id != "report":
                # Intermediate results are optional: temporary unless the user names a file (issue 15).
                out.setMandatory(False)
                out.setDefaultValue("TEMPORARY_OUTPUT")
            out.setPosition(QPointF(x + 200, y + 40 * (len(model_outputs) + 1)))
            model_outputs[output_name] = out
        alg.setModelOutputs(model_outputs)
        model.addChildAlgorithm(alg)

    p = Src.fromModelParameter
    o = Src.fromChildOutput
    # First step: every cheap check (years, fields, CRS, mapping, plots of both years), so a run that
    # would stop later stops before any step has written an output (docs/refusals.md, "atomic").
    child("check", "carbonmeter:check_inputs", "Check the inputs (check_inputs)", 640, 180,
          {"BASE": p("BASE"), "BASE_FIELD": p("BASE_FIELD"), "TARGET": p("TARGET"), "TARGET_FIELD": p("TARGET_FIELD"),
           "PLOTS": p("PLOTS"), "BASE_YEAR": p("BASE_YEAR"), "TARGET_YEAR": p("TARGET_YEAR"), **overlay_options})
    child("change", "carbonmeter:parcel_change", "Parcel overlay and change (parcel_change)", 250, 260,
          {"BASE": p("BASE"), "BASE_FIELD": p("BASE_FIELD"), "TARGET": p("TARGET"), "TARGET_FIELD": p("TARGET_FIELD"),
           **overlay_options},
          {"change_matrix": ("CHANGE_MATRIX", "Change matrix (变化矩阵)")}, depends=["check"])
    child("plots", "carbonmeter:plot_carbon", "Plot carbon densities (plot_carbon)", 640, 260,
          {"INPUT": p("PLOTS"), "SOIL_DEPTH": p("SOIL_DEPTH")},
          {"plot_carbon": ("OUTPUT", "Plot carbon densities (样地碳密度)")}, depends=["check"])
    for child_id, year, x in (("density_base", "BASE_YEAR", 520), ("density_target", "TARGET_YEAR", 820)):
        child(child_id, "carbonmeter:stratum_density", "Stratum densities, {0} (stratum_density)".format(
            "base year" if year == "BASE_YEAR" else "metering year"), x, 420,
            {"INPUT": o("plots", "OUTPUT"), "YEAR": p(year), "CONFIDENCE": p("CONFIDENCE"),
             # The base-year step also writes the change table of the permanent plots (both years).
             **({"BASE_YEAR": p("BASE_YEAR"), "TARGET_YEAR": p("TARGET_YEAR")} if year == "BASE_YEAR" else {})},
            {child_id: ("OUTPUT", "Stratum densities, {0}".format(
                "base year (基准年分层碳密度)" if year == "BASE_YEAR" else "metering year (计量年分层碳密度)")),
             **({"density_change": ("CHANGE_OUTPUT", "Change densities of the permanent plots (固定样地碳密度变化)")}
                if year == "BASE_YEAR" else {})})
    child("stock", "carbonmeter:parcel_stock", "Parcel stock and sink (parcel_stock)", 400, 580,
          {"INPUT": o("change", "OUTPUT"), "BASE_DENSITY": o("density_base", "OUTPUT"),
           "TARGET_DENSITY": o("density_target", "OUTPUT"), "KEY": Src.fromStaticValue(0),
           "CHANGE": o("density_base", "CHANGE_OUTPUT"), "BASE_YEAR": p("BASE_YEAR"), "TARGET_YEAR": p("TARGET_YEAR")},
          {"parcel_stock": ("OUTPUT", "Parcel stock and sink (图斑碳储量与碳汇量)"),
           "stock_summary": ("SUMMARY", "Stock and sink summary (分类汇总)")})
    report_sources = {
        "STOCK": o("stock", "OUTPUT"), "SUMMARY": o("stock", "SUMMARY"), "CHANGE_MATRIX": o("change", "CHANGE_MATRIX"),
        "PLOTS": o("plots", "OUTPUT"), "BASE_DENSITY": o("density_base", "OUTPUT"),
        "TARGET_DENSITY": o("density_target", "OUTPUT"), "TITLE": p("TITLE"), "LANGUAGE": p("LANGUAGE"),
        "BASE_YEAR": p("BASE_YEAR"), "TARGET_YEAR": p("TARGET_YEAR"),
        "SOURCE_LAYERS": [p("BASE"), p("TARGET"), p("PLOTS")],
    }
    child("uncertainty", "carbonmeter:uncertainty", "Uncertainty, approaches 1 and 2 (uncertainty)", 800, 580,
          {"INPUT": o("stock", "OUTPUT"), "BASE_DENSITY": o("density_base", "OUTPUT"),
           "TARGET_DENSITY": o("density_target", "OUTPUT"), "CHANGE": o("density_base", "CHANGE_OUTPUT"),
           "BASE_YEAR": p("BASE_YEAR"), "TARGET_YEAR": p("TARGET_YEAR"), **uncertainty_options},
          {"uncertainty": ("OUTPUT", "Uncertainty results (不确定度)"),
           "histogram": ("HISTOGRAM", "Monte Carlo histogram (蒙特卡洛直方图)")})
    report_sources.update(UNCERTAINTY=o("uncertainty", "OUTPUT"), HISTOGRAM=o("uncertainty", "HISTOGRAM"))
    child("report", "carbonmeter:export_report", "Result workbook and PDF report (export_report)", 600, 740,
          report_sources,
          {"xlsx": ("OUTPUT_XLSX", "Result workbook (成果表 xlsx)"), "pdf": ("OUTPUT_PDF", "PDF report (报告)")})
    model.updateDestinationParameters()
    # The inputs in the order of the workflow (the dialog shows them so): parcels and plots, overlay,
    # plot carbon, densities, uncertainty, report.
    model.setParameterOrder(PARAMETER_ORDER)
    return model


def main():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, os.path.join(os.path.dirname(HERE), ".build", "python"))
    from carbon_metering.processing_provider.provider import CarbonMeteringProvider

    registry = QgsApplication.processingRegistry()
    registry.addProvider(CarbonMeteringProvider())
    needed = ["check_inputs", "parcel_change", "plot_carbon", "stratum_density", "parcel_stock", "export_report"]
    missing = [n for n in needed if registry.algorithmById("carbonmeter:" + n) is None]
    if missing:
        print("Not registered (merge them first): " + ", ".join(missing))
        return 1
    model = build(registry)
    ok, errors = model.validate()
    if not ok:
        print("The model does not validate:\n" + "\n".join(errors))
        return 1
    if not model.toFile(MODEL_PATH):
        print("Could not write " + MODEL_PATH)
        return 1
    print("Wrote " + MODEL_PATH)
    print("Parameters: " + ", ".join(d.name() for d in model.parameterDefinitions()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
