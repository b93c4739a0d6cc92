"""Parameter library for plot carbon: shipped CSV tables, user overrides, provenance.

Pure Python (pandas). The tables live in ``metering/data/``:

- ``species_parameters.csv``: per species (ids of ``species.csv``) the biomass
  route (``volume``: V = f(D, H) in m³, B_AG = V × WD × BEF; ``allometric`` or
  ``culm``: B_AG = f(D, H) in kg dry matter per tree or culm), the equation form
  and its coefficients a, b, c, wood density WD (t/m³), biomass expansion
  factor BEF, root–shoot ratio R and carbon fraction CF (t C/t d.m.).
  ``group_default = 1`` marks the row used for species of the same group
  (``species.csv`` column ``group``) that have no row of their own.
- ``pool_factors.csv``: shrub/herb R and CF, litter and dead wood CF, default
  dead-wood density, SOM→SOC factor.
- ``default_density.csv`` (shared with stratum_density): default densities
  ``mean`` (t C/ha) per metering object and pool, used here for a plot pool
  without measurements. Soil rows without a ``soil_depth_cm`` column are
  IPCC SOCref values for 0–30 cm (DEFAULT_SOIL_DEPTH_CM).

A user table overrides rows by key (species, or object + pool). Empty cells in
a user row keep the shipped value; the merged row names both sources.

Errors are raised as :class:`MeteringDataError` holding structured
:class:`DataProblem` items (a code plus the table, row, field and value), so a
caller can translate each message; :func:`DataProblem.message` gives English.
Notes on what the user tables changed are :class:`ParameterNote` items (a code
plus values) for the same reason.
"""

import math
import os
from dataclasses import dataclass, field

import pandas as pd

DATA_DIR = os.path.join(os.path.dirname(__file__), "data")

#: Equation forms y = f(D cm, H m): name -> English description.
EQUATIONS = {
    "power": "a·D^b·H^c",
    "power_d2h": "a·(D²·H)^b",
}
#: Biomass routes: ``volume`` gives m³ per tree, the others kg d.m. per tree or culm.
ROUTES = ("volume", "allometric", "culm")

SPECIES_COLUMNS = ("species", "group_default", "route", "equation", "a", "b", "c",
                   "wd_t_m3", "bef", "r", "cf", "source")
SPECIES_NUMERIC = ("a", "b", "c", "wd_t_m3", "bef", "r", "cf")
DEFAULTS_COLUMNS = ("object", "pool", "density_t_c_ha", "soil_depth_cm", "source", "status")
#: Depth (cm) of soil defaults that do not state one: IPCC 2006 vol. 4 table 2.3 SOCref is 0–30 cm.
DEFAULT_SOIL_DEPTH_CM = 30.0
FACTORS = ("shrub_r", "shrub_cf", "herb_r", "herb_cf", "litter_cf", "deadwood_cf",
           "deadwood_wd_t_m3", "som_to_soc", "ar_tool14_bef")
#: Columns of pool_factors.csv: a row with an empty ``object`` applies to every metering object, a
#: row with an object overrides it for that object (herb roots: grassland ratio on grassland only).
FACTOR_COLUMNS = ("factor", "object", "value", "unit", "status", "source")
#: ``status`` of a parameter row: ``sourced`` (checked against the source it cites),
#: ``transcribed_verify`` (taken from a quotation; the original table still to be checked),
#: ``convention`` (a choice of the plugin, explained in ``source``), ``placeholder`` (no source:
#: an editable guess the run log and the provenance list wherever it is used).
STATUSES = ("sourced", "transcribed_verify", "convention", "placeholder")
PLACEHOLDER = "placeholder"


def ar_tool14_root_shoot(b_t_ha):
    """Root-shoot ratio of AR-TOOL14 v04.2 for trees without a species R (Cairns et al. 1997,
    Oecologia 111: 1-11): R = exp(−1.085 + 0.9256 ln b) / b, b = above-ground tree biomass in
    t d.m./ha (methods.md §2). b = 50 t/ha gives R = 0.2526. NaN for b <= 0."""
    import numpy as np

    b = np.asarray(b_t_ha, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(b > 0, np.exp(-1.085 + 0.9256 * np.log(np.where(b > 0, b, 1.0))) / b, np.nan)

#: English message per problem code; placeholders are filled from DataProblem fields.
PROBLEM_TEXT = {
    "missing_column": "Table {table} has no column {field}; add it.",
    "duplicate_key": "Table {table}, row {row}: {field} '{value}' appears more than once; keep one row.",
    "required": "Table {table}, row {row}: {field} is empty; enter a value.",
    "not_number": "Table {table}, row {row}: {field} '{value}' is not a number.",
    "not_positive": "Table {table}, row {row}: {field} = {value} must be greater than 0.",
    "negative": "Table {table}, row {row}: {field} = {value} must not be negative.",
    "out_of_range": "Table {table}, row {row}: {field} = {value} is outside {other}.",
    "unknown_value": "Table {table}, row {row}: {field} '{value}' is not one of: {other}.",
    "dry_gt_fresh": "Table {table}, row {row}: sample_dry_g {value} exceeds sample_fresh_g {other}; "
                    "a dry sample cannot weigh more than the fresh one.",
    "bottom_le_top": "Table {table}, row {row}: layer_bottom_cm {value} must be deeper than "
                     "layer_top_cm {other}.",
    "layers_overlap": "Table {table}, row {row}: the layer from {value} cm overlaps another layer of "
                      "plot {other}; fix the layer depths.",
    "orphan": "Table {table}, row {row}: plot_id '{value}' is not in the plots layer; add the plot "
              "or correct the id.",
    "no_species_parameters": "Table {table}, row {row}: species '{value}' has no parameters and its "
                             "group has no default; add a row for it to the parameter table.",
    "deadwood_size": "Table {table}, row {row}: give volume_m3, or both diameter_cm and length_m.",
    "soil_carbon_missing": "Table {table}, row {row}: give soc_g_kg or som_g_kg.",
    "missing_wood_density": "Table {table}, row {row}: species '{value}' uses the volume route but "
                            "has no wd_t_m3 or bef; fill them in.",
}


#: English text per note code; placeholders are the ParameterNote params.
NOTE_TEXT = {
    "species_overridden": "species {species}: overridden by {table} row {row}",
    "species_added": "species {species}: added by {table} row {row}",
    "defaults_overridden": "pool defaults: {count} row(s) from {table}",
    "factors_overridden": "pool factors: {count} row(s) from {table}",
}


@dataclass
class ParameterNote:
    """What a user table changed: ``code`` (key of NOTE_TEXT) and its values."""

    code: str
    params: dict

    def message(self, templates=None):
        """The note as text; ``templates`` (code -> format string) may translate it."""
        template = (templates or NOTE_TEXT).get(self.code, NOTE_TEXT.get(self.code, self.code))
        return template.format(**{k: _show(v) for k, v in self.params.items()})


@dataclass
class DataProblem:
    """One bad value: ``code`` (key of PROBLEM_TEXT), where it is and what it holds."""

    code: str
    table: str
    row: object = None
    field: str = ""
    value: object = None
    other: object = None

    def message(self, templates=None):
        """The problem as text; ``templates`` (code -> format string) may translate it."""
        template = (templates or PROBLEM_TEXT).get(self.code, PROBLEM_TEXT.get(self.code, self.code))
        return template.format(table=self.table, row=self.row, field=self.field,
                               value=_show(self.value), other=_show(self.other))


class MeteringDataError(ValueError):
    """Input data or parameter tables the science cannot use; ``problems`` says why."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(p.message() for p in self.problems[:20]))


def _show(value):
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return "{:g}".format(value)
    return str(value)


def _blank(value):
    """True for None, NaN, pandas NA and empty or blank strings."""
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def read_csv(name):
    """A shipped table from ``metering/data`` (ids and codes kept as text)."""
    return pd.read_csv(os.path.join(DATA_DIR, name), dtype={"species": str, "object": str,
                                                             "pool": str, "factor": str,
                                                             "source": str}, keep_default_na=True)


@dataclass
class ParameterSet:
    """Everything plot_carbon needs besides the survey data.

    ``species``: one row per species id (index), columns of SPECIES_COLUMNS
    plus ``group``; ``factors``: factor -> value; ``factor_sources``: factor
    -> source; ``defaults``: rows (object, pool) -> density t C/ha, soil depth
    cm, source; ``decay``: decay_class -> density_reduction, source;
    ``species_groups``: species id -> group (from species.csv); ``notes``:
    ParameterNote items saying what the user tables changed.
    """

    species: pd.DataFrame
    factors: dict
    factor_sources: dict
    defaults: pd.DataFrame
    decay: pd.DataFrame
    species_groups: dict
    notes: list = field(default_factory=list)
    #: pool_factors rows (FACTOR_COLUMNS, ``object`` '' = every object), after user overrides
    factor_table: pd.DataFrame = None
    #: use CDM AR-TOOL14's tree defaults: ``off``, ``missing`` (volume-route species whose row has no
    #: BEF or R), ``all`` (every volume-route tree: BEF 1.15 and R = exp(−1.085 + 0.9256 ln b)/b)
    ar_tool14_trees: str = "off"

    def factor(self, name, obj=None):
        """(value, key, source, status) of pool factor ``name`` for metering object ``obj``.

        The row of that object when the table has one, else the row for every object. ``key``
        names the row as the sources list does: ``herb_r/grassland`` or ``herb_r``.
        """
        table = self.factor_table
        if table is None:
            return self.factors[name], name, self.factor_sources[name], ""
        rows = table[table["factor"] == name]
        own = rows[rows["object"] == ("" if obj is None else str(obj))]
        row = own.iloc[-1] if len(own) else rows[rows["object"] == ""].iloc[-1]
        key = name if row["object"] == "" else "{0}/{1}".format(name, row["object"])
        return float(row["value"]), key, row["source"], row["status"]

    def group_default(self, group):
        """The species id whose row is the default of ``group``, or None."""
        rows = self.species[(self.species["group"] == group) & (self.species["group_default"] == 1)]
        return rows.index[0] if len(rows) else None

    def default_for(self, obj, pool):
        """(density t C/ha, soil depth cm or None, source) for object and pool, or None."""
        key = (str(obj), pool)
        if key not in self.defaults.index:
            return None
        row = self.defaults.loc[key]
        depth = float(row["soil_depth_cm"]) if not _blank(row["soil_depth_cm"]) else \
            (DEFAULT_SOIL_DEPTH_CM if pool == "soil" else None)
        return float(row["density_t_c_ha"]), depth, row["source"]


def _row_ids(frame):
    """Row labels for messages: the feature id when there is one, else the 1-based CSV line."""
    if "fid" in frame.columns:
        return frame["fid"].tolist()
    return [i + 2 for i in range(len(frame))]  # +1 header, +1 one-based


def _check_columns(frame, columns, table, problems):
    for col in columns:
        if col not in frame.columns:
            problems.append(DataProblem("missing_column", table, field=col))


def numbers_or_problems(frame, columns, table, problems, rows):
    """Convert ``columns`` to float, reporting text that is not a number."""
    out = frame.copy()
    for col in columns:
        if col not in out.columns:
            continue
        converted = pd.to_numeric(out[col], errors="coerce")
        bad = converted.isna() & ~out[col].map(_blank)
        for idx in bad[bad].index:
            problems.append(DataProblem("not_number", table, rows[idx], col, out.at[idx, col]))
        out[col] = converted.astype(float)
    return out


def _validate_species(frame, table, problems, partial=False):
    """Check a species parameter table; ``partial`` allows empty cells (user overrides)."""
    rows = dict(zip(frame.index, _row_ids(frame)))
    required = ("species", "source") if partial else SPECIES_COLUMNS
    _check_columns(frame, ("species",) if partial else required, table, problems)
    if problems:
        return frame
    frame = numbers_or_problems(frame, SPECIES_NUMERIC + ("group_default",), table, problems, rows)
    frame["species"] = frame["species"].map(lambda v: None if _blank(v) else str(v).strip())
    for idx, row in frame.iterrows():
        if row["species"] is None:
            problems.append(DataProblem("required", table, rows[idx], "species"))
            continue
        for col in ("route", "equation"):
            if col in frame.columns and not _blank(row[col]):
                allowed = ROUTES if col == "route" else tuple(EQUATIONS)
                if str(row[col]).strip() not in allowed:
                    problems.append(DataProblem("unknown_value", table, rows[idx], col, row[col],
                                                ", ".join(allowed)))
        for col in ("a", "wd_t_m3", "bef", "cf"):
            if col in frame.columns and not _blank(row[col]) and row[col] <= 0:
                problems.append(DataProblem("not_positive", table, rows[idx], col, row[col]))
        if "r" in frame.columns and not _blank(row["r"]) and row["r"] < 0:
            problems.append(DataProblem("negative", table, rows[idx], "r", row["r"]))
        if "cf" in frame.columns and not _blank(row["cf"]) and row["cf"] > 1:
            problems.append(DataProblem("out_of_range", table, rows[idx], "cf", row["cf"], "0–1"))
        if not partial:
            for col in ("route", "equation", "a", "b", "r", "cf", "source"):
                if _blank(row[col]):
                    problems.append(DataProblem("required", table, rows[idx], col))
    # The one table of plausible ranges (metering/data/plausible_ranges.csv, species_parameters.*):
    # a wood density of 5 t/m³ or a BEF of 0.3 is refused like a negative one (issue 16).
    from .plausibility import check_values

    seen = {(p.row, p.field) for p in problems}
    for found in check_values("species_parameters", frame, table, [rows[idx] for idx in frame.index]):
        if found.level == "error" and (found.row, found.field) not in seen:
            problems.append(DataProblem("out_of_range", table, found.row, found.field, found.value,
                                        "{0} {1}".format(found.allowed, found.unit).strip()))
    dup = frame["species"].duplicated(keep="first") & frame["species"].notna()
    for idx in dup[dup].index:
        problems.append(DataProblem("duplicate_key", table, rows[idx], "species", frame.at[idx, "species"]))
    return frame


def _merge_species(shipped, user, table):
    """Overlay ``user`` rows on ``shipped`` by species; returns merged frame and ParameterNotes."""
    merged = shipped.copy()
    notes = []
    rows = dict(zip(user.index, _row_ids(user)))
    for idx, urow in user.iterrows():
        key = urow["species"]
        user_source = urow.get("source")
        user_source = "user table {0}, row {1}".format(table, rows[idx]) if _blank(user_source) \
            else str(user_source)
        if key in merged.index:
            base = merged.loc[key].copy()
            kept = []
            for col in SPECIES_COLUMNS[1:-1]:
                if col in user.columns and not _blank(urow[col]):
                    base[col] = urow[col]
                else:
                    kept.append(col)
            base["source"] = ("user: " + user_source) if not kept else \
                "user: {0}; shipped ({1}): {2}".format(user_source, ", ".join(kept), base["source"])
            merged.loc[key] = base
            notes.append(ParameterNote("species_overridden", {"species": key, "table": table, "row": rows[idx]}))
        else:
            new = {col: (urow[col] if col in user.columns else None) for col in SPECIES_COLUMNS}
            new["source"] = "user: " + user_source
            missing = [c for c in ("route", "equation", "a", "b", "r", "cf") if _blank(new[c])]
            if missing:
                raise MeteringDataError([DataProblem("required", table, rows[idx], c) for c in missing])
            new["group_default"] = 0 if _blank(new["group_default"]) else new["group_default"]
            merged.loc[key] = pd.Series(new).drop("species")
            notes.append(ParameterNote("species_added", {"species": key, "table": table, "row": rows[idx]}))
    return merged, notes


def _validate_defaults(frame, table, problems, pools):
    """Check a pool-default table: object, pool, density (``mean`` or ``density_t_c_ha``)."""
    rows = dict(zip(frame.index, _row_ids(frame)))
    frame = frame.copy()
    if "density_t_c_ha" not in frame.columns and "mean" in frame.columns:
        # default_density.csv (shared with stratum_density) calls the density "mean".
        frame["density_t_c_ha"] = frame["mean"]
    _check_columns(frame, ("object", "pool", "density_t_c_ha"), table, problems)
    if problems:
        return frame
    if "soil_depth_cm" not in frame.columns:
        frame["soil_depth_cm"] = None
    if "source" not in frame.columns:
        frame["source"] = None
    if "status" not in frame.columns:
        frame["status"] = None
    frame = numbers_or_problems(frame, ("density_t_c_ha", "soil_depth_cm"), table, problems, rows)
    for idx, row in frame.iterrows():
        if _blank(row["object"]):
            problems.append(DataProblem("required", table, rows[idx], "object"))
        if row["pool"] not in pools:
            problems.append(DataProblem("unknown_value", table, rows[idx], "pool", row["pool"],
                                        ", ".join(pools)))
        if _blank(row["density_t_c_ha"]):
            problems.append(DataProblem("required", table, rows[idx], "density_t_c_ha"))
        elif row["density_t_c_ha"] < 0:
            problems.append(DataProblem("negative", table, rows[idx], "density_t_c_ha",
                                        row["density_t_c_ha"]))
        if not _blank(row["soil_depth_cm"]) and row["soil_depth_cm"] <= 0:
            problems.append(DataProblem("not_positive", table, rows[idx], "soil_depth_cm",
                                        row["soil_depth_cm"]))
        if _blank(row["source"]):
            frame.at[idx, "source"] = "user table {0}, row {1}".format(table, rows[idx])
    keys = frame["object"].astype(str) + "/" + frame["pool"].astype(str)
    dup = keys.duplicated(keep="first")
    for idx in dup[dup].index:
        problems.append(DataProblem("duplicate_key", table, rows[idx], "object, pool", keys[idx]))
    return frame


def load_parameters(species_override=None, defaults_override=None,
                    species_table="PARAMETERS", defaults_table="DEFAULTS", factors_override=None,
                    factors_table="POOL_FACTORS", ar_tool14_trees="off"):
    """The shipped parameter library, with optional user tables laid over it.

    ``species_override``: DataFrame with a ``species`` column and any of the
    species parameter columns (empty cells keep the shipped value);
    ``defaults_override``: DataFrame with ``object, pool`` and the density
    in ``density_t_c_ha`` or ``mean`` (t C/ha), optional ``soil_depth_cm``
    and ``source``; ``factors_override``: DataFrame in the format of pool_factors.csv
    (``factor``, optional ``object``, ``value``, ``source``) replacing rows by (factor, object).
    ``ar_tool14_trees``: ``off``, ``missing`` or ``all`` (see :class:`ParameterSet`).
    A ``fid`` column, when present, names rows in error messages. Raises MeteringDataError.
    """
    from . import POOLS

    problems = []
    shipped = _validate_species(read_csv("species_parameters.csv"), "species_parameters.csv", problems)
    if problems:
        raise MeteringDataError(problems)
    species = shipped.set_index("species")
    notes = []
    if species_override is not None and len(species_override):
        user = _validate_species(species_override.reset_index(drop=True), species_table, problems,
                                 partial=True)
        if problems:
            raise MeteringDataError(problems)
        species, notes = _merge_species(species, user, species_table)
    for col in SPECIES_NUMERIC + ("group_default",):
        species[col] = pd.to_numeric(species[col], errors="coerce")
    species["group_default"] = species["group_default"].fillna(0).astype(int)

    names = read_csv("species.csv")
    species_groups = dict(zip(names["species"], names["group"]))
    species["group"] = [species_groups.get(s) for s in species.index]
    # A user-added species unknown to species.csv is its own group.
    species["group"] = species["group"].fillna(pd.Series(species.index, index=species.index))

    factor_table = _validate_factors(read_csv("pool_factors.csv"), "pool_factors.csv", problems)
    if problems:
        raise MeteringDataError(problems)
    if factors_override is not None and len(factors_override):
        user = _validate_factors(factors_override.reset_index(drop=True), factors_table, problems, partial=True)
        if problems:
            raise MeteringDataError(problems)
        user = user.copy()
        user["source"] = "user: " + user["source"].astype(str)
        factor_table = pd.concat([factor_table, user[list(FACTOR_COLUMNS)]], ignore_index=True)
        factor_table = factor_table.drop_duplicates(["factor", "object"], keep="last").reset_index(drop=True)
        notes.append(ParameterNote("factors_overridden", {"count": len(user), "table": factors_table}))
    generic = factor_table[factor_table["object"] == ""].set_index("factor")
    factors = {k: float(generic.at[k, "value"]) for k in FACTORS}
    factor_sources = {k: generic.at[k, "source"] for k in FACTORS}

    defaults = _validate_defaults(read_csv("default_density.csv"), "default_density.csv", problems, POOLS)
    if defaults_override is not None and len(defaults_override):
        user = _validate_defaults(defaults_override.reset_index(drop=True), defaults_table, problems, POOLS)
        if problems:
            raise MeteringDataError(problems)
        user = user.copy()
        user["source"] = "user: " + user["source"].astype(str)
        user["object"] = user["object"].astype(str)
        defaults = pd.concat([defaults[list(DEFAULTS_COLUMNS)], user[list(DEFAULTS_COLUMNS)]],
                             ignore_index=True)
        defaults = defaults.drop_duplicates(["object", "pool"], keep="last")
        notes.append(ParameterNote("defaults_overridden", {"count": len(user), "table": defaults_table}))
    if problems:
        raise MeteringDataError(problems)
    defaults = defaults.set_index(["object", "pool"])

    decay = read_csv("decay_classes.csv")
    decay["decay_class"] = decay["decay_class"].astype(int)
    decay = decay.set_index("decay_class")
    if ar_tool14_trees not in AR_TOOL14_TREES:
        raise ValueError("ar_tool14_trees must be one of " + ", ".join(AR_TOOL14_TREES))
    return ParameterSet(species, factors, factor_sources, defaults, decay, species_groups, notes,
                        factor_table=factor_table, ar_tool14_trees=ar_tool14_trees)


#: The AR-TOOL14 tree-default options of :func:`load_parameters` (``ar_tool14_trees``).
AR_TOOL14_TREES = ("off", "missing", "all")


def _validate_factors(frame, table, problems, partial=False):
    """Check a pool-factor table (FACTOR_COLUMNS; a user table needs factor and value)."""
    frame = frame.copy()
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    rows = dict(zip(frame.index, _row_ids(frame)))
    _check_columns(frame, ("factor", "value"), table, problems)
    if problems:
        return frame
    for col in ("object", "unit", "status", "source"):
        if col not in frame.columns:
            frame[col] = ""
    frame = numbers_or_problems(frame, ("value",), table, problems, rows)
    for col in ("factor", "object", "unit", "status", "source"):
        frame[col] = frame[col].map(lambda v: "" if _blank(v) else str(v).strip())
    for idx, row in frame.iterrows():
        if row["factor"] not in FACTORS:
            problems.append(DataProblem("unknown_value", table, rows[idx], "factor", row["factor"],
                                        ", ".join(FACTORS)))
        if _blank(row["value"]):
            problems.append(DataProblem("required", table, rows[idx], "value"))
        elif row["value"] < 0:
            problems.append(DataProblem("negative", table, rows[idx], "value", row["value"]))
        if row["status"] and row["status"] not in STATUSES:
            problems.append(DataProblem("unknown_value", table, rows[idx], "status", row["status"],
                                        ", ".join(STATUSES)))
        if not partial and not row["source"]:
            problems.append(DataProblem("required", table, rows[idx], "source"))
    if partial:
        frame["status"] = frame["status"].where(frame["status"] != "", "user")
    dup = frame.duplicated(["factor", "object"], keep="first")
    for idx in dup[dup].index:
        problems.append(DataProblem("duplicate_key", table, rows[idx], "factor", frame.at[idx, "factor"]))
    if not partial:
        generic = set(frame.loc[frame["object"] == "", "factor"])
        for name in FACTORS:
            if name not in generic:
                problems.append(DataProblem("missing_column", table, field="factor " + name))
    return frame[list(FACTOR_COLUMNS)]


def evaluate_equation(equation, a, b, c, dbh_cm, height_m):
    """y = f(D, H) for arrays; ``equation`` a key of EQUATIONS (vectorised over rows)."""
    import numpy as np

    d = np.asarray(dbh_cm, dtype=float)
    h = np.asarray(height_m, dtype=float)
    eq = np.asarray(equation, dtype=object)
    a, b, c = (np.asarray(x, dtype=float) for x in (a, b, c))
    c = np.where(np.isnan(c), 0.0, c)
    # H^0 is 1 even when H is missing: a D-only equation does not need height.
    h_term = np.where(c == 0, 1.0, np.power(np.where(np.isnan(h), 0.0, h), c))
    power = a * np.power(d, b) * h_term
    d2h = a * np.power(d * d * np.where(np.isnan(h), 0.0, h), b)
    return np.where(eq == "power_d2h", d2h, power)
