"""The whole chain as a Processing model, and `make demo`'s run on the sample county."""

import hashlib
import re
import subprocess

import pytest

from tests.conftest import REPO, SAMPLE

MODEL_ID = "carbonmeter:carbon_metering_chain"
CHAIN = ["carbonmeter:parcel_change", "carbonmeter:plot_carbon", "carbonmeter:stratum_density",
         "carbonmeter:parcel_stock", "carbonmeter:export_report"]


def test_model_file_loads_with_the_chain_in_order():
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(REPO / "models" / "carbon_metering_chain.model3"))
    assert model.name() == "carbon_metering_chain"
    children = {c: model.childAlgorithm(c).algorithmId() for c in model.childAlgorithms()}
    assert set(CHAIN) <= set(children.values())
    # The order of the chain is carried by the child dependencies.
    assert model.dependsOnChildAlgorithms("report") >= {"change", "plots", "density_base", "density_target", "stock"}
    assert "change" in model.dependsOnChildAlgorithms("stock")
    assert "plots" in model.dependsOnChildAlgorithms("density_base")
    params = {d.name() for d in model.parameterDefinitions()}
    assert {"BASE", "BASE_FIELD", "TARGET", "TARGET_FIELD", "PLOTS", "BASE_YEAR", "TARGET_YEAR", "SOIL_DEPTH",
            "CONFIDENCE", "TITLE", "LANGUAGE"} <= params
    # The options a surveyor needs (issue 15), with the steps' own defaults.
    assert {"MAPPING", "COUNTY_FIELD", "AREA_METHOD", "ITERATIONS", "SEED", "DISCOUNT", "CORRELATION"} <= params
    # Issue 10: the change table of the permanent plots reaches the stock and the uncertainty.
    for step in ("stock", "uncertainty"):
        (source,) = model.childAlgorithm(step).parameterSources()["CHANGE"]
        assert (source.outputChildId(), source.outputName()) == ("density_base", "CHANGE_OUTPUT")
    base_years = model.childAlgorithm("density_base").parameterSources()
    assert base_years["BASE_YEAR"][0].parameterName() == "BASE_YEAR"
    assert base_years["TARGET_YEAR"][0].parameterName() == "TARGET_YEAR"
    # Inputs in workflow order (parcels and plots, overlay, plot carbon, densities, uncertainty, report),
    # each label with its Chinese name.
    order = [p.parameterName() for p in model.orderedParameters()]
    steps = [("BASE", "TARGET", "BASE_YEAR", "TARGET_YEAR", "PLOTS"), ("MAPPING", "AREA_METHOD"), ("SOIL_DEPTH",),
             ("CONFIDENCE",), ("CORRELATION", "ITERATIONS", "DISCOUNT"), ("TITLE", "LANGUAGE")]
    positions = [[order.index(n) for n in names] for names in steps]
    assert all(max(a) < min(b) for a, b in zip(positions, positions[1:])), order
    for definition in model.parameterDefinitions():
        if not definition.isDestination():
            assert re.search(r"[\u4e00-\u9fff]", definition.description()), definition.description()


def test_model_is_an_algorithm_of_the_provider(provider):
    alg = provider.algorithm("carbon_metering_chain")
    assert alg is not None
    assert alg.id() == MODEL_ID
    # Output parameters exist once the children resolve (the provider reloads after registration).
    outputs = {d.name() for d in alg.destinationParameterDefinitions()}
    assert {"report:xlsx", "report:pdf"} <= outputs
    if not _chain_ready():
        assert {"stock:parcel_stock", "stock:stock_summary", "change:change_matrix"} <= outputs


def _chain_ready():
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    missing = [a for a in CHAIN if registry.algorithmById(a) is None]
    missing += [str(p.name) for p in (SAMPLE / "county.gpkg", SAMPLE / "survey.gpkg") if not p.exists()]
    return missing


def test_chain_on_sample_county(provider, tmp_path, sample_copy):
    from openpyxl import load_workbook
    from qgis.core import QgsVectorLayer

    from carbon_metering.tools.demo import STEM, run_chain

    assert _chain_ready() == []
    county, survey = sample_copy("county.gpkg"), sample_copy("survey.gpkg")
    out = tmp_path / "out"
    from osgeo import gdal

    gdal_errors = []
    gdal.PushErrorHandler(lambda err_class, err_no, message: gdal_errors.append(message))
    try:
        results, totals = run_chain(str(county), str(survey), str(out))
    finally:
        gdal.PopErrorHandler()
    # No GDAL noise: tables without geometry closed cleanly, no stale GeoPackage connection read
    # ("No geometry column", "unable to open database file" before).
    assert gdal_errors == []
    grand = totals[totals["county"] == "ALL"].iloc[0]
    # The report's totals are the sums over the pieces written to the GeoPackage.
    stock = QgsVectorLayer(results["stock:parcel_stock"], "stock", "ogr")
    base = sum(f["stock_base_total_tc"] for f in stock.getFeatures())
    target = sum(f["stock_target_total_tc"] for f in stock.getFeatures())
    removals = sum(f["sink_tco2e"] for f in stock.getFeatures())
    assert grand["stock_base_total_tc"] == pytest.approx(base)
    assert grand["sink_tco2e"] == pytest.approx(removals)
    # Sink = ΔC/(t2 − t1) × 44/12 with t2 − t1 = 3 a, summed over the county.
    assert removals == pytest.approx((target - base) / 3 * 44 / 12, rel=1e-9)
    assert len(totals) >= 3  # two counties and the total
    wb = load_workbook(results["report:xlsx"])
    assert {"汇总", "碳储量", "碳汇量", "变化矩阵", "样地汇总", "分层碳密度", "来源信息"} <= set(wb.sheetnames)
    # Traceable to the delivered data: the original parcels and plots with their checksums.
    provenance = " ".join(str(c) for row in wb["来源信息"].iter_rows(values_only=True) for c in row if c)
    from carbon_metering.processing_provider.provenance_io import layer_checksum

    for original in (county, survey):
        assert str(original) in provenance
        # a checksum per layer (its features and attributes), not the whole GeoPackage's
        assert hashlib.sha256(original.read_bytes()).hexdigest() not in provenance
    for source in (f"{county}|layername=dltb_2020", f"{county}|layername=dltb_2023", f"{survey}|layername=plots"):
        assert "sha256=" + layer_checksum(QgsVectorLayer(source, "x", "ogr")) in provenance
    # The contract: every exchanged table holds the vocabulary's columns, in its order.
    from carbon_metering.metering.vocabulary import TABLES

    for output, table in (("change:change_matrix", "change_matrix"), ("plots:plot_carbon", "plot_carbon"),
                          ("density_base:density_base", "density"), ("stock:parcel_stock", "piece_stock"),
                          ("stock:stock_summary", "stock_summary"), ("uncertainty:uncertainty", "uncertainty"),
                          ("uncertainty:histogram", "histogram")):
        layer = QgsVectorLayer(results[output], table, "ogr")
        names = [f.name() for f in layer.fields() if f.name() != "fid"]
        shown = [n for n in names if n in TABLES[table]]
        assert shown == list(TABLES[table]), (table, names)
    # Chinese all the way through, the provenance of a chain run included (its step parameters, the
    # facts the steps recorded, the intermediate layers' names)
    from carbon_metering.metering import report_content as rc

    codes = {(ws.title, code) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for cell in row
             if isinstance(cell, str) for code in rc.internal_codes_in(cell, cells=[cell])}
    assert codes == set()
    pdf = out / (STEM + ".pdf")
    assert pdf.exists() and (out / (STEM + ".gpkg")).exists()
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"^Pages:\s+(\d+)$", info, re.M).group(1)) >= 6  # maps, then every table whole
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "420115" in text and "江夏区" in text and "420117" in text and "新洲区" in text  # every county, named
    for value in (grand["stock_base_total_tc"], grand["stock_target_total_tc"], grand["sink_tco2e"]):
        assert "{0:,.2f}".format(value) in text
    _check_paired_estimator(results, text)


def _check_paired_estimator(results, text):
    """Issue 10: on the sample's permanent plots the chain files the sink from the change table.

    Checked from the chain's own outputs, not pinned: unchanged pieces of an object take change density ×
    area (the change table's pool rows, t C/ha/a), the change table pairs the remeasured plots, and the
    sink's 95 % U under the estimator used is below 30 % and far below that under independent samples.
    """
    from qgis.core import QgsVectorLayer

    from carbon_metering.metering.vocabulary import CO2_PER_C, M2_PER_HA
    from carbon_metering.processing_provider.qgis_io import source_to_frame

    def frame(uri):
        layer = QgsVectorLayer(uri, "t", "ogr")
        return source_to_frame(layer, fields=[f.name() for f in layer.fields() if f.name() != "fid"])

    change = frame(results["density_base:density_change"])
    total = change[change["pool"] == "total"].set_index("stratum")
    # The sample (sample/generate_plots.py): 18 permanent plots per object measured at both years;
    # temporary plots in forest_arbor and paddy make them composite estimates, the rest paired.
    assert (total["n_pairs"] == 18).all() and len(total) == 10
    assert set(total.loc[["forest_arbor", "paddy"], "estimator"]) == {"composite"}
    assert set(total.drop(["forest_arbor", "paddy"])["estimator"]) == {"paired"}
    assert total.loc["forest_arbor", "change"] > 0  # the trees grew
    pieces = frame(results["stock:parcel_stock"])
    unchanged = pieces[(pieces["change_flag"] == 0) & pieces["base_key"].isin(total.index)]
    assert set(unchanged["dc_estimator"]) <= {"paired", "composite"} and len(unchanged) > 1000
    # per pool (a composite total row is its own inverse-variance composite, not the sum of the pools')
    pools = change[change["pool"] != "total"].groupby("stratum")["change"].sum()
    for obj, group in unchanged.groupby("base_key"):
        expected = pools[obj] * group["area_m2"].sum() / M2_PER_HA * CO2_PER_C
        assert group["sink_tco2e"].sum() == pytest.approx(expected, rel=1e-6), obj
    unc = frame(results["uncertainty:uncertainty"])
    rows = unc[unc["level"] == "total"].set_index("quantity")
    sink, independent = rows.loc["sink"], rows.loc["sink_independent"]
    assert sink["estimate"] == pytest.approx(pieces["sink_tco2e"].sum(), rel=1e-9)
    assert 0 < sink["u1_pct"] < 30 and 0 < sink["u2_pct"] < 30
    assert independent["u1_pct"] > 3 * sink["u1_pct"]
    # The report says which estimator produced the filed figure and gives both uncertainties.
    flat = re.sub(r"\s+", "", text)  # the PDF's lines wrap anywhere in Chinese text
    assert "固定样地配对变化量估计" in flat and "组合估计" in flat
    assert "U={0:.1f}%".format(sink["u1_pct"]) in flat and "U={0:.1f}%".format(independent["u1_pct"]) in flat


def test_open_chain_model_in_modeler(qgis_app, qgis_iface, provider, monkeypatch):
    from qgis.PyQt.QtCore import QSize

    from carbon_metering.plugin.model_actions import open_chain_model_in_modeler

    # pytest-qgis's stand-in iface lacks iconSize(), which the modeler's toolbar asks for.
    monkeypatch.setattr(qgis_iface, "iconSize", lambda dock=False: QSize(24, 24), raising=False)

    dialog = open_chain_model_in_modeler()
    try:
        assert dialog.model().name() == "carbon_metering_chain"
        # Saving must not overwrite the shipped file.
        assert dialog.model().sourceFilePath() == ""
    finally:
        dialog.close()


def test_chain_without_years_is_refused_not_pooled(provider, tmp_path, sample_copy):
    """Issue 15: run without BASE_YEAR/TARGET_YEAR, the model showed 2020/2023 but passed None on,
    both density steps pooled the plots of both years and the sink flipped sign. The years are now
    required (no default a run would not use), and nothing is written."""
    import processing
    from qgis.core import QgsApplication, QgsProcessingException

    from carbon_metering.tools.demo import chain_parameters

    model = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    for name in ("BASE_YEAR", "TARGET_YEAR"):
        definition = model.parameterDefinition(name)
        assert definition.defaultValue() is None
        assert not definition.flags() & definition.FlagOptional
    county, survey = sample_copy("county.gpkg"), sample_copy("survey.gpkg")
    out = tmp_path / "out"
    out.mkdir()
    params = chain_parameters(str(county), str(survey), str(out), model=model)
    del params["BASE_YEAR"], params["TARGET_YEAR"]
    with pytest.raises(QgsProcessingException) as info:
        processing.run(MODEL_ID, params)
    assert "BASE_YEAR" in str(info.value) or "Base year" in str(info.value)
    assert list(out.iterdir()) == []


def test_every_shown_model_default_is_the_default_used():
    """A model parameter's default is not passed to the children when the parameter is omitted;
    so every default the model shows must be the child parameter's own default."""
    from qgis.core import QgsApplication, QgsProcessingModelAlgorithm, QgsProcessingModelChildParameterSource

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(REPO / "models" / "carbon_metering_chain.model3"))
    registry = QgsApplication.processingRegistry()
    checked = 0
    for child_id in model.childAlgorithms():
        child = model.childAlgorithm(child_id)
        alg = registry.algorithmById(child.algorithmId())
        for name, sources in child.parameterSources().items():
            for source in sources:
                if source.source() != QgsProcessingModelChildParameterSource.ModelParameter:
                    continue
                shown = model.parameterDefinition(source.parameterName()).defaultValue()
                if shown is None:
                    continue
                used = alg.parameterDefinition(name).defaultValue()
                assert str(shown) == str(used), (child_id, name, shown, used)
                checked += 1
    assert checked >= 4


def test_model_is_listed_in_the_plugins_group_under_a_translated_name(provider):
    """Issue 15: no raw id as its name, no second English-named group."""
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    assert alg.displayName() != alg.name()
    assert alg.groupId() == "parcel_metering"
    groups = {(a.groupId(), a.group()) for a in provider.algorithms()}
    parcel = {g for g in groups if g[0] == "parcel_metering"}
    assert len(parcel) == 1
    assert all(gid for gid, _ in groups)
    instance = alg.create()
    assert instance.displayName() == alg.displayName() and instance.groupId() == "parcel_metering"
    assert instance.childAlgorithms().keys() == alg.childAlgorithms().keys()


def test_intermediate_outputs_are_optional_and_temporary(provider, tmp_path, sample_copy):
    import processing
    from qgis.core import QgsApplication

    from carbon_metering.tools.demo import chain_parameters

    model = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    for definition in model.destinationParameterDefinitions():
        if not definition.name().startswith("report:"):
            # QGIS 3.22 keeps the child sink's own (mandatory) flag; the default makes it omittable.
            assert definition.defaultValue() == "TEMPORARY_OUTPUT", definition.name()
    county, survey = sample_copy("county.gpkg"), sample_copy("survey.gpkg")
    out = tmp_path / "out"
    out.mkdir()
    # processing.run does not apply a model's defaults to omitted outputs (QGIS 3.22: "no value
    # specified"); the dialog and qgis_process show and pass TEMPORARY_OUTPUT, as here.
    params = {k: (v if ":" not in k or k.startswith("report:") else "TEMPORARY_OUTPUT")
              for k, v in chain_parameters(str(county), str(survey), str(out), model=model).items()}
    results = processing.run(MODEL_ID, params)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [p.rsplit("/", 1)[-1] for p in (params["report:xlsx"], params["report:pdf"])])
    assert results["report:xlsx"] == params["report:xlsx"]

    # Issue 15: the provenance of the chain run names the temporary results by step, never by a
    # memory-layer string, and records every parameter of every step with the value used.
    from openpyxl import load_workbook

    from tests.test_export_report import assert_no_memory_layer_ids

    rows = [[c for c in r] for r in load_workbook(results["report:xlsx"])["来源信息"].iter_rows(
        min_row=4, values_only=True)]
    assert_no_memory_layer_ids(rows)
    by_item = {(r[0], r[1]): r for r in rows}
    assert by_item[("输入", "STOCK")][2] == "6. parcel_stock › OUTPUT"
    assert by_item[("输入", "BASE_DENSITY")][2] == "4. stratum_density › OUTPUT"
    assert by_item[("输入", "TARGET_DENSITY")][2] == "5. stratum_density › OUTPUT"
    chain = {r[1]: r for r in rows if r[0] == "流程各步参数"}
    assert chain["3. plot_carbon · SOIL_DEPTH"][2] == "30"
    assert chain["4. stratum_density · CONFIDENCE"][2] == "0 (90 %)"
    assert chain["4. stratum_density · YEAR"][2] == "2020" and chain["5. stratum_density · YEAR"][2] == "2023"
    assert chain["4. stratum_density · INPUT"][2] == "3. plot_carbon › OUTPUT"
    # not given: the step's own default, shown with its value
    uncertainty = QgsApplication.processingRegistry().algorithmById("carbonmeter:uncertainty")
    assert chain["7. uncertainty · SEED"][2] == str(uncertainty.parameterDefinition("SEED").defaultValue())
    assert "缺省值" in chain["7. uncertainty · SEED"][3]
    assert chain["2. parcel_change · AREA_METHOD"][2].startswith("0 (")
    assert "2. parcel_change · MAPPING" in chain
    # absolute path and layer, with the layer's own checksum
    from qgis.core import QgsVectorLayer

    from carbon_metering.processing_provider.provenance_io import layer_checksum

    base = QgsVectorLayer(params["BASE"], "base", "ogr")
    assert chain["1. check_inputs · BASE"][2] == "{0} (sha256={1})".format(params["BASE"], layer_checksum(base))
    assert chain["2. parcel_change · BASE"][2] == chain["1. check_inputs · BASE"][2]


def test_model_labels_are_in_the_language_of_the_ui(provider):
    """Issue 15: the model's labels translated in the zh UI (the .model3 holds "English (中文)")."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication

    from carbon_metering.plugin.i18n import load_translator

    alg = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    instance = alg.create()  # kept: its parameter definitions belong to it
    english = {d.name(): d.description() for d in instance.parameterDefinitions()}
    assert english["TARGET_YEAR"] == "Metering year" and english["BASE"] == "Base-year parcels"
    assert not any(re.search("[\u4e00-\u9fff]", label) for label in english.values()), english
    translator = load_translator("zh_CN")
    try:
        instance_zh = alg.create()
        chinese = {d.name(): d.description() for d in instance_zh.parameterDefinitions()}
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
    assert chinese["TARGET_YEAR"] == "计量年" and chinese["SOIL_DEPTH"] == "土壤碳计算深度，cm"
    # every label has its Chinese form: none is left in English
    assert all(re.search("[\u4e00-\u9fff]", label) for label in chinese.values()), chinese


def test_model_help_is_in_the_language_of_the_ui(provider):
    """The model's parameter help (tooltips) and its help panel in the zh UI: the model's own
    parameters by their translation, the exposed step parameters by the step's own zh help."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication

    from carbon_metering.plugin.i18n import load_translator

    alg = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    english = alg.create()
    en_help = {d.name(): d.help() for d in english.parameterDefinitions() if not d.isDestination()}
    assert en_help["BASE_YEAR"].startswith("The base year t1")
    assert english.helpContent()["ALG_DESC"].startswith("The whole carbon metering chain")
    assert not re.search("[\u4e00-\u9fff]", english.helpContent()["ALG_DESC"])
    translator = load_translator("zh_CN")
    try:
        chinese = alg.create()
        step = QgsApplication.processingRegistry().algorithmById("carbonmeter:uncertainty").create()
        step_seed_help = step.parameterDefinition("SEED").help()
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
    zh_help = {d.name(): d.help() for d in chinese.parameterDefinitions() if not d.isDestination()}
    assert set(zh_help) == set(en_help)
    # every parameter's help has Chinese text, none is left as its English original
    untranslated = [name for name, text in zh_help.items() if not re.search("[\u4e00-\u9fff]", text)]
    assert not untranslated, untranslated
    assert zh_help["SEED"] == step_seed_help and zh_help["SEED"] != en_help["SEED"]
    # the dialog's help panel: the Chinese description and a line per parameter
    content = chinese.helpContent()
    assert content["ALG_DESC"].startswith("碳汇计量全流程") and "The whole" not in content["ALG_DESC"]
    assert content["BASE_YEAR"] == zh_help["BASE_YEAR"]
