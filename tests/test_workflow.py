"""The workflow panel's wiring (plugin/workflow.py) against the registered algorithms."""

import os

import pytest

from carbon_metering.plugin import workflow
from tests.conftest import SAMPLE


def sample_inputs(out_dir):
    return workflow.Inputs(
        base=f"{SAMPLE / 'county.gpkg'}|layername=dltb_2020", target=f"{SAMPLE / 'county.gpkg'}|layername=dltb_2023",
        plots=f"{SAMPLE / 'survey.gpkg'}|layername=plots", out_dir=str(out_dir),
    )


def fake_results():
    """Every step's outputs as a run would return them (paths of the destinations)."""
    inputs = sample_inputs("/tmp/x")
    return {s.key: {o: workflow.destination(inputs, s, o) for o in list(s.layer_outputs) + list(s.file_outputs)}
            for s in workflow.STEPS}


def test_every_parameter_the_panel_fills_exists(provider):
    from qgis.core import QgsApplication

    inputs = sample_inputs("/tmp/out")
    inputs.mapping = "/tmp/mapping.csv"
    inputs.default_density = "/tmp/density.csv"
    inputs.title = "示例县"
    registry = QgsApplication.processingRegistry()
    for step in workflow.STEPS:
        algorithm = registry.algorithmById(step.algorithm_id)
        assert algorithm is not None, step.algorithm_id
        names = {d.name() for d in algorithm.parameterDefinitions()}
        params = workflow.parameters(inputs, step.key, fake_results())
        assert set(params) - names == set(), step.key
        outputs = {d.name() for d in algorithm.destinationParameterDefinitions()}
        assert set(step.layer_outputs) | set(step.file_outputs) <= outputs, step.key


def test_a_step_waits_for_the_steps_it_reads(tmp_path):
    inputs = sample_inputs(tmp_path)
    with pytest.raises(KeyError) as info:
        workflow.parameters(inputs, "stock", {"overlay": {}})
    assert info.value.args[0] == "density_base"
    assert workflow.missing_inputs(workflow.Inputs(), "overlay") == ["base", "target", "out_dir"]
    assert workflow.missing_inputs(inputs, "overlay") == []


def test_years_and_outputs_are_wired(tmp_path):
    inputs = sample_inputs(tmp_path)
    inputs.base_year, inputs.target_year = 2019, 2024
    results = fake_results()
    assert workflow.parameters(inputs, "density_base", results)["YEAR"] == 2019
    assert workflow.parameters(inputs, "density_target", results)["YEAR"] == 2024
    stock = workflow.parameters(inputs, "stock", results)
    assert stock["INPUT"] == results["overlay"]["OUTPUT"]
    assert (stock["BASE_YEAR"], stock["TARGET_YEAR"]) == (2019, 2024)
    # Issue 10: the base-year density step writes the permanent plots' change table (both years), which
    # the stock and the uncertainty read.
    density = workflow.parameters(inputs, "density_base", results)
    assert (density["BASE_YEAR"], density["TARGET_YEAR"]) == (2019, 2024) and density["CHANGE_OUTPUT"]
    assert "BASE_YEAR" not in workflow.parameters(inputs, "density_target", results)
    change = results["density_base"]["CHANGE_OUTPUT"]
    assert stock["CHANGE"] == change == workflow.parameters(inputs, "uncertainty", results)["CHANGE"]
    report = workflow.parameters(inputs, "report", results)
    assert report["OUTPUT_PDF"] == os.path.join(str(tmp_path), workflow.REPORT_STEM + ".pdf")
    assert report["SOURCE_LAYERS"] == [inputs.base, inputs.target, inputs.plots]
