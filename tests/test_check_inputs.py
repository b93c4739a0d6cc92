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


# --- the parameter tables (issue 16: a bad table stops the chain before any step runs) -----------------


def _csv(path, text):
    path.write_text(text, encoding="utf-8")
    return str(path)


def _density_csv(path, year=None, soil=40.0):
    """A long density table with every metered object (5 pools each), as stratum_density writes it."""
    from carbon_metering.metering import POOLS
    from carbon_metering.metering.density import metered_objects

    lines = ["stratum,pool,mean" + (",survey_year" if year else "")]
    for obj in metered_objects():
        for pool, mean in zip(POOLS, (30.0, 8.0, 1.0, 1.0, soil)):
            lines.append(",".join([obj, pool, str(mean)] + ([str(year)] if year else [])))
    return _csv(path, "\n".join(lines) + "\n")


def test_valid_parameter_tables_pass(provider, sample, tmp_path, log_feedback):
    import processing

    from carbon_metering.metering.density import DEFAULT_DENSITY_CSV

    processing.run("carbonmeter:check_inputs", _params(
        *sample, DENSITY_DEFAULTS=DEFAULT_DENSITY_CSV, BASE_DENSITY=_density_csv(tmp_path / "b.csv", 2020),
        TARGET_DENSITY=_density_csv(tmp_path / "t.csv"), SPECIES_PARAMETERS=_csv(
            tmp_path / "sp.csv", "species,wd_t_m3,source\nmasson_pine,0.45,my survey\n")), feedback=log_feedback)
    checked = [i for i in log_feedback.infos if "checked" in i]
    for name in ("default_density (DENSITY_DEFAULTS)", "sp (SPECIES_PARAMETERS)", "b (BASE_DENSITY)"):
        assert any(name in i for i in checked), (name, checked)
    # the target table has no survey_year (an older table): accepted, its year not checked
    assert any("t (TARGET_DENSITY) has no survey_year" in i and "TARGET_YEAR = 2023" in i for i in log_feedback.infos)


@pytest.mark.parametrize("table, make, expected", [
    # a negative mean in stratum_density's DEFAULTS: table, row 2, column mean and the value
    ("DENSITY_DEFAULTS",
     lambda p: _csv(p, "object,pool,mean,u_pct\nforest_arbor,agb,30,20\nforest_arbor,soil,-12,20\n"),
     ("bad (DENSITY_DEFAULTS)", "mean", "(2, 'forest_arbor', 'soil', -12")),
    # complete format but a metered object left out
    ("DENSITY_DEFAULTS", lambda p: _csv(p, "object,agb,bgb,deadwood,litter,soil\nforest_arbor,30,8,1,1,40\n"),
     ("bad (DENSITY_DEFAULTS)", "('forest_bamboo', 'agb')")),
    # no key column
    ("DENSITY_DEFAULTS", lambda p: _csv(p, "name,agb\nforest_arbor,30\n"), ("bad (DENSITY_DEFAULTS)", "name")),
    # a density no stand reaches (plausible range of default_density.mean: at most 2000 t C/ha)
    ("BASE_DENSITY", lambda p: _density_csv(p, 2020, soil=9000.0),
     ("bad (BASE_DENSITY), row forest_arbor soil: mean = 9000",)),
    # the base-year table computed for the target year
    ("BASE_DENSITY", lambda p: _density_csv(p, 2023), ("bad (BASE_DENSITY)", "2023", "BASE_YEAR = 2020")),
    ("TARGET_DENSITY", lambda p: _density_csv(p, 2020), ("bad (TARGET_DENSITY)", "2020", "TARGET_YEAR = 2023")),
    # wood density above the plausible range (species_parameters.wd_t_m3 at most 1.5 t/m³)
    ("SPECIES_PARAMETERS", lambda p: _csv(p, "species,wd_t_m3,source\nmasson_pine,5.0,typo\n"),
     ("bad (SPECIES_PARAMETERS), row 1: wd_t_m3 = 5",)),
])
def test_bad_parameter_table_is_refused_with_table_row_and_column(provider, sample, tmp_path, table, make, expected):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as info:
        processing.run("carbonmeter:check_inputs", _params(*sample, **{table: make(tmp_path / "bad.csv")}))
    message = str(info.value)
    assert all(e in message for e in expected), message
    assert "Traceback" not in message
