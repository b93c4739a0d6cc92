"""The density tables of a province run: given (``--density``) or derived from plots (``--plots``).

``--plots`` runs the chain's own steps on the survey GeoPackage, as the chain model does:
``plot_carbon`` (layer ``plots`` and its measurement tables trees, shrub_herb, litter,
deadwood, soil) then ``stratum_density`` once for the plots of the base year and once for
those of the metering year (stratum field ``object``, target precision 10 %, confidence 90 %
by default), each table parsed once into a :class:`~metering.density.DensityTable`.
Computed once on the client, before the county tasks, and sent to every task.
"""

import os

import pandas as pd

from ..density import DensityTable, load_default_density, stratum_density
from ..errors import MeteringError
from ..vocabulary import POOLS, POOLS_WITH_TOTAL, KeyKind
from .inputs import _pyogrio

CHILD_TABLES = ("trees", "shrub_herb", "litter", "deadwood", "soil")


def read_frame(path, layer=None, with_geometry=False):
    """A table as the plugin's readers give it: ``fid`` first, NULL as None, text as str.

    CSV (every value as text, as OGR's CSV driver reads it), xlsx (openpyxl) or any
    GDAL table (pyogrio).
    """
    lower = str(path).lower()
    if lower.endswith(".csv"):
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        frame = frame.where(frame != "", None)
        frame.insert(0, "fid", range(1, len(frame) + 1))
        return frame
    if lower.endswith((".xlsx", ".xlsm")):
        frame = pd.read_excel(path, sheet_name=layer or 0, dtype=object)
        frame = frame.astype(object).where(frame.notna(), None)
        frame.insert(0, "fid", range(1, len(frame) + 1))
        return frame
    pyogrio = _pyogrio()
    _m, fids, geometry, data = pyogrio.raw.read(path, layer=layer, read_geometry=with_geometry, return_fids=True,
                                                datetime_as_string=False)
    names = list(_m["fields"])
    columns = {}
    for name, column in zip(names, data):
        if column.dtype.kind == "M":
            values = column.astype("datetime64[us]").tolist()
            if str(column.dtype) == "datetime64[D]" or all(v is None or (v.hour, v.minute, v.second) == (0, 0, 0)
                                                          for v in values):
                values = [None if v is None else v.date() for v in values]
        else:
            values = column.tolist()
        if column.dtype.kind == "f":
            values = [None if v != v else v for v in values]
        columns[name] = values
    frame = pd.DataFrame(columns, columns=names)
    frame.insert(0, "fid", [int(f) for f in fids])
    if with_geometry:
        frame["geometry"] = [None if g is None else bytes(g) for g in geometry]
    return frame


def table_spec(spec):
    """(path, layer) of ``file`` or ``file|layername=NAME``."""
    path, _, rest = str(spec).partition("|")
    layer = None
    for part in rest.split("|") if rest else []:
        if part.lower().startswith("layername="):
            layer = part.split("=", 1)[1]
    return path, layer


def density_table(spec, key_kind):
    """A DensityTable from a table file (wide or the long stratum_density output)."""
    path, layer = table_spec(spec)
    if not os.path.exists(path):
        raise MeteringError("province_input_missing", role="density", path=path)
    frame = read_frame(path, layer)
    name = layer or os.path.splitext(os.path.basename(path))[0]
    return DensityTable.parse(frame.drop(columns=["fid"]), key_kind, name)


def plot_densities(survey, base_year, target_year, soil_depth_cm=30.0, confidence_pct=90.0,
                   precision_pct=10.0, stratum_field="object"):
    """(base DensityTable, target DensityTable, plot_carbon frame, the two long tables) from a survey GeoPackage."""
    from ..parameters import load_parameters
    from ..plot_carbon import plot_carbon

    path, layer = table_spec(survey)
    layer = layer or "plots"
    if not os.path.exists(path):
        raise MeteringError("province_input_missing", role="plots", path=path)
    pyogrio = _pyogrio()
    tables = {str(name) for name, _kind in pyogrio.list_layers(path)}
    plots = read_frame(path, layer, with_geometry=True)
    frames, labels = {}, {"plots": "plots ({0})".format(layer)}
    for table in CHILD_TABLES:
        frames[table] = read_frame(path, table) if table in tables else None
        labels[table] = table
    params = load_parameters(None, None, species_table="PARAMETERS", defaults_table="DEFAULTS")
    result = plot_carbon(plots, frames["trees"], frames["shrub_herb"], frames["litter"], frames["deadwood"],
                         frames["soil"], params, soil_depth_cm, warning_templates=None, labels=labels)
    carbon = result.plots
    out = []
    for year, name in ((base_year, "density_base"), (target_year, "density_target")):
        needed = ["object"] + list(POOLS_WITH_TOTAL) + ["survey_year"]
        methods = [m for m in ("method_" + p for p in POOLS) if m in carbon.columns]
        fields = list(dict.fromkeys(needed + [stratum_field] + methods))
        chosen = carbon[["fid"] + fields] if "fid" in carbon.columns else carbon[fields]
        chosen = chosen[[y is not None and str(y).strip() == str(year) for y in chosen["survey_year"]]]
        long = stratum_density(chosen, stratum_field, confidence_pct, precision_pct, load_default_density(),
                               layer=layer, defaults_name="default_density.csv", survey_year=year)
        out.append((DensityTable.parse(long, KeyKind.OBJECT, name), long))
    return out[0][0], out[1][0], carbon, out[0][1], out[1][1]
