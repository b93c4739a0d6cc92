"""``python -m carbon_metering.province``: meter a province county by county on Dask distributed.

The option names are a public contract, like the algorithms' parameter names
(docs/province.md). A TOML file (``--config``) may hold the same options (names with
``_`` or ``-``); options on the command line win.
"""

import argparse
import os
import sys

from ..errors import MeteringError
from ..vocabulary import AreaMethod, Distribution, KeyKind

EXIT_OK, EXIT_MISSING, EXIT_ERROR = 0, 3, 2

DESCRIPTION = """\
Meters the carbon stock and sink of a province county by county: per county one
Dask task reads the base-year and metering-year parcels with pyogrio, overlays them,
meters stocks and sink with the plugin's core; one reduction builds the province and
county tables, the uncertainty (IPCC Approach 1 and Monte Carlo on stratum aggregates),
the result workbook and the provenance record. No QGIS needed.

Examples:
  python -m carbon_metering.province --base sample/county.gpkg|layername=dltb_2020 \\
      --target sample/county.gpkg|layername=dltb_2023 --plots sample/survey.gpkg --out out/province
  python -m carbon_metering.province --config province.toml --scheduler tcp://10.0.0.5:8786

Exit status: 0 every county complete, 3 some county missing (see counties.csv), 2 the run
could not start (bad option or input).
"""


def parser():
    p = argparse.ArgumentParser(prog="python -m carbon_metering.province", description=DESCRIPTION,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    i = p.add_argument_group("inputs")
    i.add_argument("--config", help="TOML file with any of these options (command-line options win)")
    i.add_argument("--base", help="base-year (t1) parcels: a file, FILE|layername=NAME, or a folder of per-county "
                                  "files (GeoPackage, FileGDB, shapefile)")
    i.add_argument("--target", help="metering-year (t2) parcels, same forms as --base")
    i.add_argument("--base-field", help="land-class code field of the base parcels (default DLBM)")
    i.add_argument("--target-field", help="land-class code field of the target parcels (default DLBM)")
    i.add_argument("--county-field", help="county field (default: the first 6 digits of ZLDWDM)")
    i.add_argument("--mapping", help="table (CSV/xlsx/GeoPackage) with code and object overriding the shipped "
                                     "land-class mapping")
    i.add_argument("--density", help="density table (t C/ha, wide or the stratum_density output); with "
                                     "--target-density a separate table for the metering year")
    i.add_argument("--target-density", help="density table of the metering year (default: --density)")
    i.add_argument("--plots", help="survey GeoPackage (layer plots and its measurement tables): densities by "
                                   "plot_carbon and stratum_density for each year, as the chain model does")
    m = p.add_argument_group("method")
    m.add_argument("--area-method", choices=AreaMethod.values(), help="ellipsoidal (default), planar or official")
    m.add_argument("--key", choices=KeyKind.values(), help="density key: object (default) or code")
    m.add_argument("--base-year", type=int, help="base year t1 (default 2020)")
    m.add_argument("--target-year", type=int, help="metering year t2 (default 2023)")
    m.add_argument("--iterations", type=int, help="Monte Carlo iterations (default 10000; 0 = Approach 1 only)")
    m.add_argument("--seed", type=int, help="random seed (default 42)")
    m.add_argument("--area-u", type=float, help="area uncertainty of a cell, %% (default 5)")
    m.add_argument("--distribution", choices=Distribution.values(), help="Monte Carlo distribution (default normal)")
    m.add_argument("--discount", action="store_true", default=None, help="apply the AR-TOOL14 discount to sinks")
    m.add_argument("--min-area", type=float, help="sliver threshold, m² (default 1)")
    m.add_argument("--snap-tolerance", type=float, help="vertex snapping tolerance, m (default 0.001; 0 off)")
    m.add_argument("--soil-depth", type=float, help="soil reporting depth for --plots, cm (default 30)")
    m.add_argument("--confidence", type=float, choices=(90.0, 95.0), help="stratum density confidence %% (default 90)")
    o = p.add_argument_group("run")
    o.add_argument("--out", help="output folder (default out/province)")
    o.add_argument("--workers", type=int, help="LocalCluster worker processes (default 2)")
    o.add_argument("--threads", type=int, help="threads per LocalCluster worker (default 1)")
    o.add_argument("--memory-limit", help="memory limit per LocalCluster worker, e.g. 2GB (default auto)")
    o.add_argument("--scheduler", help="address of an existing Dask scheduler, e.g. tcp://HOST:8786 "
                                       "(default: start a LocalCluster)")
    o.add_argument("--language", choices=("en", "zh"), help="language of messages and the workbook (default en)")
    o.add_argument("--force", action="store_true", default=None, help="recompute complete counties too")
    o.add_argument("--no-progress", dest="progress", action="store_false", default=None, help="no progress bars")
    return p


def config_from(argv=None):
    """RunConfig from a TOML file and the command line (command line wins)."""
    from .runner import RunConfig

    args = vars(parser().parse_args(argv))
    values = {}
    if args.get("config"):
        import tomllib

        with open(args["config"], "rb") as handle:
            data = tomllib.load(handle)
        base = os.path.dirname(os.path.abspath(args["config"]))
        for key, value in data.items():
            values[key.replace("-", "_")] = value
        for key in ("base", "target", "mapping", "density", "target_density", "plots", "out"):
            if isinstance(values.get(key), str) and not os.path.isabs(values[key].split("|")[0]):
                values[key] = os.path.join(base, values[key])
    values.update({k: v for k, v in args.items() if v is not None and k != "config"})
    known = set(RunConfig.__dataclass_fields__) - {"fail_after"}
    unknown = sorted(set(values) - known)
    if unknown:
        raise MeteringError("province_unknown_option", options=unknown)
    config = RunConfig(**values)
    missing = [name for name in ("base", "target") if not getattr(config, name)]
    if missing:
        raise MeteringError("province_option_missing", options=["--" + m for m in missing])
    return config


def main(argv=None):
    from .messages import error_text

    language = "en"
    try:
        config = config_from(argv)
        language = config.language
        from .runner import run

        result = run(config)
    except MeteringError as err:
        print("Error: " + error_text(err, language), file=sys.stderr)
        return EXIT_ERROR
    except (OSError, ValueError) as err:
        print("Error: {0}: {1}".format(type(err).__name__, err), file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK if result.complete else EXIT_MISSING
