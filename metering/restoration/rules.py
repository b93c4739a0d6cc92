"""The editable rule table of restoration_areas (restoration guideline 004 §3(四), §6; methods.md §7).

Each row of ``data/restoration_rules.csv`` is one rule: conditions on the NDVI trend class
(``TrendClass`` codes, ndvi_trend band 6), the slope (degrees, ``slope_min`` ≤ slope <
``slope_max``), the land-use transition of the parcel_change piece (metering-object *groups*
of ``base_group`` and ``target_group``, ``change_flag``) and the constraint layers a unit lies
in (``constraint``: protected, steep_cropland, mining). An empty cell is "any". Lists are
separated by ``;``. Rules are tried in ``order``; the first rule whose every condition holds
gives the unit its ``restoration_type`` and ``priority`` (1 = highest); its ``factors`` name
the conditions that held. Every rule names its ``source``.

Pure Python (numpy, pandas); no qgis import.
"""

import math
import os
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import MeteringError
from ..vocabulary import ChangeFlag, TrendClass

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
RULES_CSV = os.path.join(DATA_DIR, "restoration_rules.csv")

#: Trend class codes (ndvi_trend OUTPUT band 6), re-exported for the restoration modules.
TREND_CODES = {m.name.lower(): int(m) for m in TrendClass}
#: Restoration types a rule may give (guideline 004 §6 scope list).
RESTORATION_TYPES = ("forest_restoration", "grassland_restoration", "wetland_restoration",
                     "soil_water_conservation", "mine_rehabilitation", "vegetation_recovery",
                     "desertification_control", "rocky_desertification_control")
#: Constraint layers a rule may name.
CONSTRAINTS = ("protected", "steep_cropland", "mining")
#: Groups of metering objects (metering/data/metering_objects.csv ``group``).
GROUPS = ("forest", "garden", "cropland", "grassland", "wetland", "non_metered", "unmapped")
RULE_COLUMNS = ("rule_id", "order", "trend", "slope_min", "slope_max", "base_group", "target_group",
                "change_flag", "constraint", "restoration_type", "priority", "source")


@dataclass(frozen=True)
class Rule:
    rule_id: str
    order: int
    trend: frozenset
    slope_min: float
    slope_max: float
    base_group: frozenset
    target_group: frozenset
    change_flag: frozenset
    constraint: frozenset
    restoration_type: str
    priority: int
    source: str


def _cell(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _items(text):
    return [t.strip() for t in text.split(";") if t.strip()]


def _bad(table, row, column, value, allowed=""):
    return MeteringError("restoration_rule_value", table=table, row=row, column=column, value=value,
                         allowed=allowed)


def parse_rules(frame, name=""):
    """The rules of a rule table (a DataFrame read from CSV as text), checked, sorted by ``order``.

    Errors (``MeteringError``) name the table, the line (``row``, 2 = the first data line) and
    the column: ``restoration_rule_columns`` (missing columns), ``restoration_rule_value``
    (a value that is not allowed), ``restoration_rule_duplicate`` (a rule id twice).
    """
    frame = frame.copy()
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    missing = [c for c in RULE_COLUMNS if c not in frame.columns]
    if missing:
        raise MeteringError("restoration_rule_columns", table=name, fields=missing)
    rules, seen = [], set()
    for i, rec in enumerate(frame.to_dict("records")):
        row = i + 2
        cells = {c: _cell(rec[c]) for c in RULE_COLUMNS}
        rid = cells["rule_id"]
        if not rid:
            raise _bad(name, row, "rule_id", "", "a text")
        if rid in seen:
            raise MeteringError("restoration_rule_duplicate", table=name, row=row, rule=rid)
        seen.add(rid)
        trend = set()
        for t in _items(cells["trend"]):
            key = t.lower()
            try:
                trend.add(int(float(key)) if key not in TREND_CODES else TREND_CODES[key])
            except ValueError:
                raise _bad(name, row, "trend", t, ", ".join(map(str, TREND_CODES.values()))) from None
            if trend - set(TREND_CODES.values()):
                raise _bad(name, row, "trend", t, ", ".join(map(str, TREND_CODES.values())))
        bounds = []
        for column, default in (("slope_min", 0.0), ("slope_max", math.inf)):
            text = cells[column]
            try:
                v = float(text) if text else default
            except ValueError:
                raise _bad(name, row, column, text, "degrees 0–90") from None
            if not (0.0 <= v <= 90.0 or v == math.inf):
                raise _bad(name, row, column, text, "degrees 0–90")
            bounds.append(v)
        if bounds[0] >= bounds[1]:
            raise _bad(name, row, "slope_max", cells["slope_max"], "> slope_min")
        groups = []
        for column in ("base_group", "target_group"):
            items = _items(cells[column])
            wrong = [g for g in items if g not in GROUPS]
            if wrong:
                raise _bad(name, row, column, wrong[0], ", ".join(GROUPS))
            groups.append(frozenset(items))
        flags = set()
        for f in _items(cells["change_flag"]):
            try:
                flags.add(int(ChangeFlag.parse(int(float(f)))))
            except (ValueError, MeteringError):
                raise _bad(name, row, "change_flag", f, "0, 1, 2, 3") from None
        constraint = _items(cells["constraint"])
        wrong = [c for c in constraint if c not in CONSTRAINTS]
        if wrong:
            raise _bad(name, row, "constraint", wrong[0], ", ".join(CONSTRAINTS))
        if cells["restoration_type"] not in RESTORATION_TYPES:
            raise _bad(name, row, "restoration_type", cells["restoration_type"], ", ".join(RESTORATION_TYPES))
        try:
            priority = int(cells["priority"])
            order = int(float(cells["order"]))
        except ValueError:
            raise _bad(name, row, "priority" if not cells["priority"].isdigit() else "order",
                       cells["priority"] if not cells["priority"].isdigit() else cells["order"],
                       "a whole number") from None
        if priority < 1:
            raise _bad(name, row, "priority", cells["priority"], "1, 2, 3 … (1 = highest)")
        if not cells["source"]:
            raise _bad(name, row, "source", "", "the rule's source")
        rules.append(Rule(rid, order, frozenset(trend), bounds[0], bounds[1], groups[0], groups[1],
                          frozenset(flags), frozenset(constraint), cells["restoration_type"], priority,
                          cells["source"]))
    if not rules:
        raise MeteringError("restoration_rule_columns", table=name, fields=["(no rules)"])
    return sorted(rules, key=lambda r: (r.order, r.rule_id))


def read_rules(path=None):
    """The rules of the CSV at ``path`` (default: the shipped table), parsed and checked."""
    path = path or RULES_CSV
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (OSError, ValueError) as err:
        raise MeteringError("restoration_rules_unreadable", table=str(path), error=str(err)) from None
    return parse_rules(frame, name=os.path.basename(str(path)))


def _member(values, allowed):
    return np.isin(np.asarray(values, dtype=object), list(allowed))


def classify(units, rules):
    """Apply ``rules`` (first match wins) to ``units``.

    ``units``: DataFrame with ``trend_class`` (int code, NaN = nodata), ``slope_deg``,
    ``base_group``, ``target_group``, ``change_flag`` and one boolean column per constraint
    (``protected``, ``steep_cropland``, ``mining``; absent = False). Returns a DataFrame on the
    same index: ``rule_id``, ``restoration_type``, ``priority`` (0 = no rule matched) and
    ``factors`` (the conditions that held, ``;``-separated), None where no rule matched.
    A condition on a value that is missing (nodata trend or slope) does not hold.
    """
    n = len(units)
    out = pd.DataFrame({"rule_id": [None] * n, "restoration_type": [None] * n, "priority": np.zeros(n, int),
                        "factors": [None] * n}, index=units.index)
    open_ = np.ones(n, dtype=bool)
    trend = pd.to_numeric(units.get("trend_class", pd.Series(np.nan, index=units.index)), errors="coerce").to_numpy()
    slope = pd.to_numeric(units.get("slope_deg", pd.Series(np.nan, index=units.index)), errors="coerce").to_numpy()
    flag = pd.to_numeric(units.get("change_flag", pd.Series(np.nan, index=units.index)), errors="coerce").to_numpy()
    for rule in rules:
        ok = open_.copy()
        factors = []
        if rule.trend:
            ok &= np.isin(trend, list(rule.trend))
            factors.append("trend=" + ",".join(str(t) for t in sorted(rule.trend)))
        if rule.slope_min > 0 or math.isfinite(rule.slope_max):
            with np.errstate(invalid="ignore"):
                ok &= (slope >= rule.slope_min) & (slope < rule.slope_max)
            factors.append("slope >= {0:g}°".format(rule.slope_min) if not math.isfinite(rule.slope_max)
                           else "slope {0:g}–{1:g}°".format(rule.slope_min, rule.slope_max))
        for column in ("base_group", "target_group"):
            allowed = getattr(rule, column)
            if allowed:
                ok &= _member(units[column].to_numpy() if column in units else [None] * n, allowed)
                factors.append("{0}={1}".format(column.split("_")[0], ",".join(sorted(allowed))))
        if rule.change_flag:
            ok &= np.isin(flag, list(rule.change_flag))
            factors.append("change_flag=" + ",".join(map(str, sorted(rule.change_flag))))
        for c in sorted(rule.constraint):
            inside = units[c].fillna(False).astype(bool).to_numpy() if c in units else np.zeros(n, bool)
            ok &= inside
            factors.append(c)
        if ok.any():
            out.loc[ok, "rule_id"] = rule.rule_id
            out.loc[ok, "restoration_type"] = rule.restoration_type
            out.loc[ok, "priority"] = rule.priority
            out.loc[ok, "factors"] = "; ".join(factors)
            open_ &= ~ok
    return out


#: Slope (degrees) from which cropland is steep cropland (水土保持法 第二十条: 二十五度以上).
STEEP_CROPLAND_DEG = 25.0


def object_groups():
    """{metering object: group} of metering/data/metering_objects.csv."""
    from ..density import load_metering_objects

    table = load_metering_objects()
    return dict(zip(table["object"], table["group"]))


def classify_pixels(trend, slope, piece, pieces, masks, rules):
    """Rule index per pixel (−1 = none) on one grid.

    ``trend`` (class codes, NaN nodata), ``slope`` (degrees), ``piece`` (index into ``pieces``,
    −1 outside every piece: such pixels are never classified), ``pieces`` a DataFrame with
    ``base_object``, ``target_object``, ``change_flag``; ``masks`` {constraint: bool array}. The
    steep_cropland constraint is also derived: target group cropland and slope ≥ 25°.
    """
    groups = object_groups()
    inside = piece >= 0
    idx = piece[inside]
    base = np.array([groups.get(str(o), "unmapped") for o in pieces["base_object"]], dtype=object)
    target = np.array([groups.get(str(o), "unmapped") for o in pieces["target_object"]], dtype=object)
    flags = pd.to_numeric(pieces["change_flag"], errors="coerce").to_numpy()
    units = pd.DataFrame({"trend_class": np.asarray(trend)[inside], "slope_deg": np.asarray(slope)[inside],
                          "base_group": base[idx] if len(base) else [], "target_group": target[idx] if len(target)
                          else [], "change_flag": flags[idx] if len(flags) else []})
    for c in CONSTRAINTS:
        units[c] = np.asarray(masks[c])[inside] if c in masks else False
    with np.errstate(invalid="ignore"):
        units["steep_cropland"] = units["steep_cropland"].to_numpy() | (
            (units["target_group"].to_numpy() == "cropland") & (units["slope_deg"].to_numpy() >= STEEP_CROPLAND_DEG))
    result = classify(units, rules)
    order = {r.rule_id: i for i, r in enumerate(rules)}
    out = np.full(np.shape(piece), -1, dtype=np.int64)
    out[inside] = [order.get(x, -1) if x is not None else -1 for x in result["rule_id"]]
    return out
