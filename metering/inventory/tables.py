"""The shipped tables of the urban monitoring system: indicator system, carriers, units.

Pure pandas; read once, passed around. ``DATA_DIR`` holds the CSVs (see data/README.md).
"""

import os
import re
from dataclasses import dataclass

import pandas as pd

from ..errors import MeteringError

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")

#: Notation keys of the GHG Protocol for Cities (GPC, 2014, table 4.x "notation keys").
NOTATION_KEYS = ("NO", "NE", "IE", "C")
#: Denominators of intensity indicators (template columns) and their units.
DENOMINATORS = {
    "output_value": "10⁴ CNY",
    "floor_area": "m²",
    "population": "persons",
    "vehicle_km": "10⁴ vehicle-km",
    "product_output": "t",
}


def _read(name, data_dir=None):
    path = os.path.join(data_dir or DATA_DIR, name)
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


@dataclass
class Indicators:
    """T/CI 231 table 2 as a tree: ``frame`` indexed by ``code``."""

    frame: pd.DataFrame

    def leaves(self):
        """The codes activity rows may be reported under: level 5 of emissions, level 4 of reductions."""
        f = self.frame
        has_child = set(f["parent"])
        return [c for c in f.index if c not in has_child]

    def ancestors(self, code):
        """``code`` and its parents up to level 1, leaf first."""
        out = []
        while code:
            out.append(code)
            code = self.frame.at[code, "parent"]
        return out

    def label(self, code, language="zh"):
        row = self.frame.loc[code]
        return row["name_zh"] if language == "zh" else row["name_en"]

    def path_label(self, code, language="zh"):
        """'能源 › 能源企业碳排放指标 › 直接碳排放指标 › 煤' (level 2 … the code)."""
        parts = [self.label(c, language) for c in reversed(self.ancestors(code)) if self.frame.at[c, "level"] != 1]
        return " › ".join(parts)


def load_indicators(data_dir=None):
    frame = _read("indicators.csv", data_dir)
    frame["level"] = frame["level"].astype(int)
    frame["sign"] = frame["sign"].astype(int)
    if frame["code"].duplicated().any():
        raise MeteringError("table_duplicate", table="indicators.csv",
                            keys=sorted(frame.loc[frame["code"].duplicated(), "code"]))
    frame = frame.set_index("code", drop=False)
    unknown = sorted(set(frame["parent"]) - set(frame.index) - {""})
    if unknown:
        raise MeteringError("table_duplicate", table="indicators.csv", keys=unknown)
    return Indicators(frame)


def load_carriers(data_dir=None):
    frame = _read("carriers.csv", data_dir).set_index("carrier", drop=False)
    frame["group_set"] = frame["groups"].map(lambda s: set(s.split("|")))
    frame["dimension_set"] = frame["dimensions"].map(lambda s: set(s.split("|")))
    return frame


def _norm_unit(text):
    """Unit text compared without spaces, case and superscript/caret spelling."""
    text = str(text).strip().replace("^4", "⁴").replace("^3", "³").replace("3", "³").replace("2", "²")
    return re.sub(r"\s+", "", text).lower()


@dataclass
class Units:
    """The single unit-conversion table: unit → (dimension, factor to the base unit)."""

    frame: pd.DataFrame

    def __post_init__(self):
        self._lookup = {}
        for row in self.frame.itertuples(index=False):
            for name in [row.unit] + [a for a in row.aliases.split("|") if a]:
                self._lookup[_norm_unit(name)] = row.unit

    def canonical(self, text):
        """The table's spelling of ``text``, or None when unknown."""
        return self._lookup.get(_norm_unit(text))

    def dimension(self, unit):
        return self.frame.at[unit, "dimension"]

    def factor(self, unit):
        """Multiply an amount in ``unit`` by this to get the dimension's base unit (t, m³, GJ, t CO2e)."""
        return float(self.frame.at[unit, "to_base"])

    def convert(self, amount, unit, target):
        """``amount`` in ``unit`` expressed in ``target`` (same dimension) — MeteringError otherwise."""
        u, t = self.canonical(unit), self.canonical(target)
        if u is None or t is None:
            raise MeteringError("unknown_unit", unit=unit if u is None else target, row="", sheet="")
        if self.dimension(u) != self.dimension(t):
            raise MeteringError("unit_mismatch", unit=unit, target=target)
        return amount * self.factor(u) / self.factor(t)


def load_units(data_dir=None):
    frame = _read("units.csv", data_dir)
    frame = frame.set_index("unit", drop=False)
    return Units(frame)


def factor_denominator_unit(unit_text):
    """'t CO2/10⁴ m³' → '10⁴ m³' (the unit a factor is per)."""
    if "/" not in str(unit_text):
        return None
    return str(unit_text).split("/", 1)[1].strip()
