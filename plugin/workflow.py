"""The steps of the parcel metering chain as the workflow panel walks them (no Qt, no science).

Each step names its algorithm, how its parameters come from the panel's inputs
and the earlier steps' results, and which of its outputs are layers to load (with
the shipped style of the same name in ``styles/``). The panel (workflow_dock.py)
only shows this; ``tests/test_workflow.py`` checks the wiring against the
registered algorithms' parameter names, so a renamed parameter cannot break the
panel silently.
"""

import os
from dataclasses import dataclass, field

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STYLES_DIR = os.path.join(PLUGIN_DIR, "styles")

#: Stem of the report files; every other output is a GeoPackage of its own named after its table,
#: so re-running one step replaces just that file.
REPORT_STEM = "carbon_metering_report"


@dataclass
class Inputs:
    """What the user chooses at the top of the panel (layer sources as QGIS source strings)."""

    base: str = ""
    base_field: str = "DLBM"
    target: str = ""
    target_field: str = "DLBM"
    plots: str = ""
    base_year: int = 2020
    target_year: int = 2023
    out_dir: str = ""
    title: str = ""
    language: int = 0  # 0 zh, 1 en
    mapping: str = ""  # optional land-class mapping table (settings page)
    default_density: str = ""  # optional default-density table (settings page)


@dataclass
class Step:
    """One step of the chain: ``key`` (stable), the algorithm, where its outputs go.

    ``layer_outputs``: output name → (table name in the workflow GeoPackage, has geometry).
    ``file_outputs``: output name → file suffix beside the report stem.
    ``needs``: keys of the steps whose results this step reads.
    """

    key: str
    algorithm_id: str
    layer_outputs: dict = field(default_factory=dict)
    file_outputs: dict = field(default_factory=dict)
    needs: tuple = ()


STEPS = (
    Step("overlay", "carbonmeter:parcel_change",
         {"OUTPUT": ("parcel_change", True), "CHANGE_MATRIX": ("change_matrix", False)}),
    Step("plots", "carbonmeter:plot_carbon", {"OUTPUT": ("plot_carbon", True)}),
    # The base-year step also writes the permanent plots' change table (both years; issue 10).
    Step("density_base", "carbonmeter:stratum_density",
         {"OUTPUT": ("density_base", False), "CHANGE_OUTPUT": ("density_change", False)}, needs=("plots",)),
    Step("density_target", "carbonmeter:stratum_density", {"OUTPUT": ("density_target", False)}, needs=("plots",)),
    Step("stock", "carbonmeter:parcel_stock", {"OUTPUT": ("parcel_stock", True), "SUMMARY": ("stock_summary", False)},
         needs=("overlay", "density_base", "density_target")),
    Step("uncertainty", "carbonmeter:uncertainty",
         {"OUTPUT": ("uncertainty", False), "HISTOGRAM": ("histogram", False)},
         needs=("stock", "density_base", "density_target")),
    Step("report", "carbonmeter:export_report", file_outputs={"OUTPUT_XLSX": ".xlsx", "OUTPUT_PDF": ".pdf"},
         needs=("overlay", "plots", "density_base", "density_target", "stock", "uncertainty")),
)

STEP_BY_KEY = {s.key: s for s in STEPS}


def destination(inputs, step, output):
    """Where ``output`` of ``step`` is written under the panel's output folder."""
    if output in step.file_outputs:
        return os.path.join(inputs.out_dir, REPORT_STEM + step.file_outputs[output])
    table, _geometry = step.layer_outputs[output]
    return os.path.join(inputs.out_dir, table + ".gpkg")


def missing_inputs(inputs, key):
    """The panel inputs ``key`` needs and lacks (names of Inputs fields)."""
    wanted = {
        "overlay": ("base", "target", "out_dir"),
        "plots": ("plots", "out_dir"),
    }.get(key, ("out_dir",))
    return [name for name in wanted if not getattr(inputs, name)]


def parameters(inputs, key, results):
    """The parameters of step ``key`` from the panel inputs and earlier ``results`` (key → outputs dict).

    Raises KeyError naming the first earlier step that has not run yet.
    """
    step = STEP_BY_KEY[key]
    for need in step.needs:
        if need not in results:
            raise KeyError(need)
    r = results
    if key == "overlay":
        params = {"BASE": inputs.base, "BASE_FIELD": inputs.base_field, "TARGET": inputs.target,
                  "TARGET_FIELD": inputs.target_field}
        if inputs.mapping:
            params["MAPPING"] = inputs.mapping
    elif key == "plots":
        params = {"INPUT": inputs.plots}
    elif key in ("density_base", "density_target"):
        year = inputs.base_year if key == "density_base" else inputs.target_year
        params = {"INPUT": r["plots"]["OUTPUT"], "YEAR": year}
        if key == "density_base":
            params.update(BASE_YEAR=inputs.base_year, TARGET_YEAR=inputs.target_year)
        if inputs.default_density:
            params["DEFAULTS"] = inputs.default_density
    elif key == "stock":
        params = {"INPUT": r["overlay"]["OUTPUT"], "BASE_DENSITY": r["density_base"]["OUTPUT"],
                  "TARGET_DENSITY": r["density_target"]["OUTPUT"], "BASE_YEAR": inputs.base_year,
                  "TARGET_YEAR": inputs.target_year}
        if r["density_base"].get("CHANGE_OUTPUT"):
            params["CHANGE"] = r["density_base"]["CHANGE_OUTPUT"]  # unchanged pieces from the change table
    elif key == "uncertainty":
        params = {"INPUT": r["stock"]["OUTPUT"], "BASE_DENSITY": r["density_base"]["OUTPUT"],
                  "TARGET_DENSITY": r["density_target"]["OUTPUT"], "BASE_YEAR": inputs.base_year,
                  "TARGET_YEAR": inputs.target_year}
        if r["density_base"].get("CHANGE_OUTPUT"):
            params["CHANGE"] = r["density_base"]["CHANGE_OUTPUT"]
    else:  # report
        params = {"STOCK": r["stock"]["OUTPUT"], "SUMMARY": r["stock"]["SUMMARY"],
                  "CHANGE_MATRIX": r["overlay"]["CHANGE_MATRIX"], "PLOTS": r["plots"]["OUTPUT"],
                  "BASE_DENSITY": r["density_base"]["OUTPUT"], "TARGET_DENSITY": r["density_target"]["OUTPUT"],
                  "UNCERTAINTY": r["uncertainty"]["OUTPUT"], "HISTOGRAM": r["uncertainty"]["HISTOGRAM"],
                  "BASE_YEAR": inputs.base_year, "TARGET_YEAR": inputs.target_year,
                  "LANGUAGE": inputs.language, "SOURCE_LAYERS": [inputs.base, inputs.target, inputs.plots]}
        if inputs.title:
            params["TITLE"] = inputs.title
    for output in list(step.layer_outputs) + list(step.file_outputs):
        params[output] = destination(inputs, step, output)
    return params


def style_path(table_name):
    """The shipped QML style for an output table (styles/<table>.qml), or '' when there is none."""
    path = os.path.join(STYLES_DIR, table_name + ".qml")
    return path if os.path.exists(path) else ""
