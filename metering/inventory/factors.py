"""The emission-factor library: shipped, editable, versioned CSVs plus the user's local factors.

Every row carries quantity, value, unit, issuer, document, data year, reporting years, method
(location/market for electricity), GWP set, status, note and source. Fuel rows are stored as their
components (net calorific value × carbon content per unit heat × oxidation rate) and the product is
recomputed here: EF = NCV × CC × OF × 44/12 (NDRC sector guidelines; GB/T 32150-2015 appendix A).
A stored value that disagrees with its components by more than 0.05 % is an error, and so is any
duplicated entry (same set, quantity, region, method and GWP set).
"""

import glob
import os
from dataclasses import dataclass, field

import pandas as pd

from ..errors import MeteringError
from ..vocabulary import CO2_PER_C
from .tables import DATA_DIR, factor_denominator_unit

COLUMNS = (
    "factor_id", "set", "quantity", "region", "method", "value", "unit", "ncv", "ncv_unit", "carbon_content",
    "oxidation", "gwp_set", "issuer", "document", "data_year", "reporting_years", "status", "version", "note",
    "source",
)
REQUIRED = ("quantity", "value", "unit", "source")
#: Key of a factor entry: two rows with the same key are a duplicate.
KEY = ("set", "quantity", "region", "method", "gwp_set")
LOCAL_SET = "local"
#: Relative tolerance between a stored fuel factor and NCV × CC × OF × 44/12.
PRODUCT_TOLERANCE = 5e-4


def derived_fuel_factor(ncv, carbon_content, oxidation):
    """t CO2 per physical unit = NCV (GJ/unit) × CC (t C/GJ) × OF (fraction) × 44/12."""
    return float(ncv) * float(carbon_content) * float(oxidation) * CO2_PER_C


def _number(value):
    try:
        if value is None or str(value).strip() == "":
            return None
        return float(str(value).strip().rstrip("%")) / (100.0 if str(value).strip().endswith("%") else 1.0)
    except ValueError:
        return "bad"


def read_factor_csv(path, local=False):
    """One factor CSV → frame with ``_file`` and ``_row`` (row as numbered in the file, header = 1)."""
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as err:
        raise MeteringError("factor_file_unreadable", path=path, error=str(err)) from None
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        raise MeteringError("factor_columns", path=path, columns=missing)
    for col in COLUMNS:
        if col not in frame.columns:
            frame[col] = ""
    frame = frame[list(COLUMNS)].copy()
    frame["_file"] = os.path.basename(path)
    frame["_row"] = range(2, len(frame) + 2)
    if local:
        frame["set"] = frame["set"].map(lambda s: s.strip() or LOCAL_SET)
        frame["status"] = frame["status"].map(lambda s: s.strip() or "local")
        frame["factor_id"] = [f or "local_{0}".format(r) for f, r in zip(frame["factor_id"], frame["_row"])]
    return frame


@dataclass
class FactorLibrary:
    """All factor rows (shipped + local), checked; ``sets`` describes the shipped sets."""

    frame: pd.DataFrame
    sets: pd.DataFrame
    files: list = field(default_factory=list)

    def rows(self, set_id):
        return self.frame[self.frame["set"] == set_id]

    def set_ids(self, kind):
        return list(self.sets.loc[self.sets["kind"] == kind, "set"])

    def local(self):
        return self.frame[self.frame["_local"]]


def _check(frame):
    """Numbers, products of fuel components, duplicates; values parsed into floats."""
    values = []
    for row in frame.itertuples(index=False):
        value = _number(row.value)
        if value is None or value == "bad":
            raise MeteringError("factor_bad_value", file=row._file, row=row._row, column="value", value=row.value)
        if factor_denominator_unit(row.unit) is None:
            raise MeteringError("factor_bad_unit", file=row._file, row=row._row, unit=row.unit)
        parts = [_number(row.ncv), _number(row.carbon_content), _number(row.oxidation)]
        if any(p == "bad" for p in parts):
            raise MeteringError("factor_bad_value", file=row._file, row=row._row, column="ncv/carbon_content/oxidation",
                                value="{0}/{1}/{2}".format(row.ncv, row.carbon_content, row.oxidation))
        if all(p is not None for p in parts):
            product = derived_fuel_factor(*parts)
            if abs(product - value) > PRODUCT_TOLERANCE * max(abs(product), 1e-12):
                raise MeteringError("factor_product_mismatch", file=row._file, row=row._row, factor=row.factor_id,
                                    value=value, product=round(product, 6))
            value = product
        values.append(value)
    frame = frame.copy()
    frame["value_num"] = values
    keyed = frame[list(KEY)].apply(lambda r: tuple(s.strip() for s in r), axis=1)
    dup = keyed.duplicated(keep=False)
    if dup.any():
        rows = ["{0} row {1} ({2})".format(f, r, i) for f, r, i in
                zip(frame.loc[dup, "_file"], frame.loc[dup, "_row"], frame.loc[dup, "factor_id"])]
        raise MeteringError("duplicate_factor", rows=rows, key=", ".join(KEY))
    ids = frame["factor_id"]
    if ids.duplicated().any():
        raise MeteringError("duplicate_factor", rows=sorted(set(ids[ids.duplicated()])), key="factor_id")
    return frame


def load_library(data_dir=None, local_paths=()):
    """The shipped ``factors_*.csv`` of ``data_dir`` plus ``local_paths`` (user CSVs), checked."""
    data_dir = data_dir or DATA_DIR
    files = sorted(glob.glob(os.path.join(data_dir, "factors_*.csv")))
    parts = [read_factor_csv(p).assign(_local=False) for p in files]
    for path in local_paths or ():
        if not os.path.exists(path):
            raise MeteringError("factor_file_unreadable", path=path, error="no such file")
        parts.append(read_factor_csv(path, local=True).assign(_local=True))
        files.append(path)
    frame = _check(pd.concat(parts, ignore_index=True))
    sets = pd.read_csv(os.path.join(data_dir, "factor_sets.csv"), dtype=str, keep_default_na=False)
    return FactorLibrary(frame, sets, files)


@dataclass(frozen=True)
class Selection:
    """Which factor sets a run uses (the user's choice, recorded in the provenance)."""

    electricity: str = "mee_nbs_2022"
    grid_region: str = "CN"
    fuel: str = "ndrc_fuel_defaults"
    heat: str = "heat_default"
    gwp: str = "ipcc_ar6"


class FactorChooser:
    """Finds the factor row of a quantity for a selection; remembers every row it handed out."""

    def __init__(self, library, selection):
        self.library = library
        self.selection = selection
        frame = library.frame
        for set_id in (selection.electricity, selection.fuel, selection.heat, selection.gwp):
            if set_id and set_id not in set(frame["set"]):
                raise MeteringError("unknown_factor_set", set=set_id, known=sorted(set(frame["set"])))
        self.used = {}

    def _remember(self, row):
        if row is not None:
            self.used[row["factor_id"]] = row
        return row

    def _local(self, quantity, region="", method=""):
        local = self.library.local()
        hit = local[(local["quantity"] == quantity) & local["method"].isin([method, ""])]
        if region:
            exact = hit[hit["region"] == region]
            if not exact.empty:
                return exact.iloc[0]
        hit = hit[hit["region"].isin(["", "CN"])] if region else hit
        return hit.iloc[0] if not hit.empty else None

    def fuel(self, carrier):
        row = self._local(carrier)
        if row is None:
            rows = self.library.rows(self.selection.fuel)
            rows = rows[rows["quantity"] == carrier]
            row = rows.iloc[0] if not rows.empty else None
        return self._remember(row)

    def heat(self, carrier="heat"):
        row = self._local(carrier)
        if row is None:
            rows = self.library.rows(self.selection.heat)
            rows = rows[rows["quantity"] == carrier]
            row = rows.iloc[0] if not rows.empty else None
        return self._remember(row)

    def local(self, carrier):
        return self._remember(self._local(carrier))

    def gwp(self, gas):
        rows = self.library.rows(self.selection.gwp)
        rows = rows[rows["quantity"] == gas]
        return self._remember(rows.iloc[0] if not rows.empty else None)

    def electricity(self, method):
        """(row, fallback) for ``method`` 'location' or 'market' in the chosen set and grid region.

        Location: the region's factor, else the set's national (CN) one. Market: the set's market
        (residual-mix) row; a set without one falls back to the location factor, and ``fallback``
        says so (the caller notes it).
        """
        region = self.selection.grid_region or "CN"
        row = self._local("electricity", region, method)
        if row is not None:
            return self._remember(row), False
        rows = self.library.rows(self.selection.electricity)
        rows = rows[rows["quantity"] == "electricity"]
        pick = rows[(rows["method"] == method) & (rows["region"] == region)]
        if pick.empty:
            pick = rows[(rows["method"] == method) & (rows["region"] == "CN")]
        if not pick.empty:
            return self._remember(pick.iloc[0]), False
        if method == "market":
            row, _ = self.electricity("location")
            return row, True
        return None, False

    def used_table(self):
        """Every factor row handed out, in the library's columns (for the provenance)."""
        if not self.used:
            return pd.DataFrame(columns=list(COLUMNS) + ["value_used"])
        frame = pd.DataFrame(list(self.used.values()))
        frame["value_used"] = frame["value_num"]
        return frame[list(COLUMNS) + ["value_used"]].sort_values("factor_id").reset_index(drop=True)


def set_options(library, kind, language="en"):
    """(set id, label) of the shipped sets of ``kind`` for a Processing enum."""
    sets = library.sets[library.sets["kind"] == kind]
    col = "label_zh" if language == "zh" else "label_en"
    return list(zip(sets["set"], sets[col]))
