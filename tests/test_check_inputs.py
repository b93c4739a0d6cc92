"""carbonmeter:check_inputs, the chain's first step (issue 16, "the chain is atomic")."""

import pytest

from tests.conftest import SAMPLE

MODEL_ID = "carbonmeter:carbon_metering_chain"


def _params(county, survey, **changes):
    params = {"BASE": f"{county}|layername=dltb_2020", "BASE_FIELD": "DLBM",
              "TARGET": f"{county}|layername=dltb_2023", "TARGET_FIELD": "DLBM",
              "PLOTS": f"{survey}|layername=plots", "BASE_YEAR": 2020, "TARGET_YEAR": 2023}
    params.update(changes)
    return params


@pytest.fixture
def sample(sample_copy):
    return str(sample_copy("county.gpkg")), str(sample_copy("survey.gpkg"))


def test_valid_inputs_pass_and_report_the_years(provider, sample):
    import processing

    result = processing.run("carbonmeter:check_inputs", _params(*sample, BASE_FIELD=None, TARGET_FIELD=None))
    assert result["BASE_YEAR"] == 2020 and result["TARGET_YEAR"] == 2023
    assert result["BASE_FIELD"] == "DLBM" and result["TARGET_FIELD"] == "DLBM"  # the documented default


@pytest.mark.parametrize("changes, expected", [
    ({"TARGET_YEAR": 2020}, "2020"),                      # base year = target year
    ({"BASE_YEAR": 2023, "TARGET_YEAR": 2020}, "2023"),   # years in the wrong order
    ({"BASE_FIELD": "NOPE"}, "NOPE"),                     # a field the layer lacks
    ({"BASE_YEAR": 2019}, "2019"),                        # no plot of that year
])
def test_cheap_failures_are_caught(provider, sample, changes, expected):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as info:
        processing.run("carbonmeter:check_inputs", _params(*sample, **changes))
    assert expected in str(info.value) and "Traceback" not in str(info.value)


def test_area_field_as_code_field_is_refused(provider, sample):
    import processing
    from qgis.core import QgsProcessingException, QgsVectorLayer

    county = sample[0]
    layer = QgsVectorLayer(f"{county}|layername=dltb_2020", "b", "ogr")
    real = [f.name() for f in layer.fields() if f.typeName().lower() in ("real", "double")]
    assert real, "the sample parcels have an area field"
    with pytest.raises(QgsProcessingException) as info:
        processing.run("carbonmeter:check_inputs", _params(*sample, BASE_FIELD=real[0]))
    assert "DLBM" in str(info.value)


def test_failed_chain_leaves_no_output(provider, tmp_path, sample):
    """Base year = target year was detected only in parcel_stock, after four steps had written their
    outputs; check_inputs is the model's first step, so nothing is written now."""
    import processing
    from qgis.core import QgsApplication, QgsProcessingException

    from carbon_metering.tools.demo import chain_parameters

    model = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    assert "check" in model.dependsOnChildAlgorithms("change")
    assert "check" in model.dependsOnChildAlgorithms("plots")
    out = tmp_path / "out"
    out.mkdir()
    params = chain_parameters(*sample, str(out), model=model)
    params["TARGET_YEAR"] = 2020
    with pytest.raises(QgsProcessingException):
        processing.run(MODEL_ID, params)
    assert list(out.iterdir()) == []
    assert SAMPLE.exists()
