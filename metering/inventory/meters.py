"""Smart-meter data → activity rows of the inventory, with gaps, counter resets and duplicates reported.

T/CI 231—2023 asks a city to monitor energy use from smart meters (water, electricity, gas, heat,
cooling, fuel) and to warn when emissions run ahead of a budget or a baseline. This module:

1. reads meter data (one row per meter and timestamp, a cumulative ``reading`` or an interval
   ``consumption``);
2. checks each meter's series: *duplicates* (same meter and timestamp; the first row is kept),
   *counter resets* (a cumulative reading lower than the one before: the counter rolled over at
   ``rollover`` or restarted at zero) and *gaps* (an interval longer than ``gap_factor`` × the
   meter's median interval); each finding names the meter and the timestamp;
3. turns the series into consumption per interval and shares each interval over the periods
   (months or years) it spans in proportion to time (a reading at 00:00 of the 1st closes the
   previous month);
4. sums per entity, indicator, carrier, unit and period into rows in the activity format that
   ``activity.read_activity`` / ``inventory.compute`` read (the meter ids in ``note``);
5. compares emissions per entity and period with a budget or a baseline (:func:`warnings`).

Convention (where sources are silent): the consumption over a gap is kept when the meter is
cumulative (the counter went on counting) and the gap is reported; an interval meter's gap is
missing data, reported, and the period's ``coverage`` says how much of it was measured.
"""

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import MeteringError, Note
from ..vocabulary import METER_CONSUMPTION_COLUMNS, METER_PROBLEM_COLUMNS, METER_WARNING_COLUMNS
from . import activity as act

#: Media a smart meter measures and the carrier (carriers.csv) each stands for by default.
MEDIA = {
    "water": "water", "electricity": "electricity", "gas": "natural_gas", "heat": "heat",
    "cooling": "cooling", "fuel": "",  # a fuel meter names its carrier (diesel, gasoline …)
}
#: Columns of the meter data; ``reading`` (cumulative) or ``consumption`` (per interval).
READING_COLUMNS = ("meter_id", "timestamp", "reading", "consumption")
#: Columns describing a meter (in the readings file or in a separate meter table).
METER_COLUMNS = ("meter_id", "entity", "region", "park", "indicator", "medium", "carrier", "unit", "rollover")
PROBLEM_COLUMNS = METER_PROBLEM_COLUMNS
#: Columns of the per-meter, per-period consumption table.
CONSUMPTION_COLUMNS = METER_CONSUMPTION_COLUMNS
#: Warning levels: 0 normal … 3 (the thresholds are ratios to the budget or baseline).
LEVELS = ("normal", "attention", "warning", "alarm")
DEFAULT_THRESHOLDS = (0.9, 1.0, 1.1)
WARNING_COLUMNS = METER_WARNING_COLUMNS
DEFAULT_GAP_FACTOR = 1.5


@dataclass
class MeterResult:
    activity: pd.DataFrame       # activity rows (activity.FIELDS + _sheet, _row)
    consumption: pd.DataFrame    # per meter and period (CONSUMPTION_COLUMNS)
    problems: pd.DataFrame       # gaps, resets, duplicates (PROBLEM_COLUMNS)
    notes: list = field(default_factory=list)


def _text(frame, col):
    return frame[col].astype(str).str.strip() if col in frame.columns else pd.Series("", index=frame.index)


def read_table(path):
    """A CSV or xlsx (first sheet) as text cells with the header lower-cased."""
    import os

    if not os.path.exists(path):
        raise MeteringError("file_missing", path=path)
    try:
        if path.lower().endswith((".xlsx", ".xlsm")):
            frame = pd.read_excel(path, dtype=str, keep_default_na=False)
        else:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, ValueError, UnicodeDecodeError) as err:
        raise MeteringError("file_unreadable", path=path, error=str(err)) from None
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    return frame


def prepare(readings, meters=None):
    """Readings joined to the meter descriptions; checked columns, parsed timestamps and numbers."""
    frame = readings.copy()
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    if "meter_id" not in frame.columns or "timestamp" not in frame.columns:
        raise MeteringError("meter_columns", columns=["meter_id", "timestamp"], found=list(frame.columns))
    if "reading" not in frame.columns and "consumption" not in frame.columns:
        raise MeteringError("meter_columns", columns=["reading | consumption"], found=list(frame.columns))
    frame["meter_id"] = _text(frame, "meter_id")
    if meters is not None and len(meters):
        meters = meters.copy()
        meters.columns = [str(c).strip().lower() for c in meters.columns]
        meters["meter_id"] = _text(meters, "meter_id")
        dup = meters["meter_id"].duplicated()
        if dup.any():
            raise MeteringError("meter_table_duplicate", meters=sorted(set(meters.loc[dup, "meter_id"])))
        keep = [c for c in METER_COLUMNS if c in meters.columns]
        frame = frame.drop(columns=[c for c in keep if c != "meter_id" and c in frame.columns])
        frame = frame.merge(meters[keep], on="meter_id", how="left")
    for col in METER_COLUMNS:
        if col not in frame.columns:
            frame[col] = ""
        frame[col] = _text(frame, col).replace("nan", "")
    undescribed = sorted(set(frame.loc[(frame["entity"] == "") | (frame["indicator"] == ""), "meter_id"]))
    if undescribed:
        raise MeteringError("meter_undescribed", meters=undescribed, columns=["entity", "indicator"])
    for mid, medium, carrier in frame[["meter_id", "medium", "carrier"]].drop_duplicates().itertuples(index=False):
        if not carrier:
            if medium not in MEDIA:
                raise MeteringError("meter_bad_medium", meter=mid, medium=medium, allowed=list(MEDIA))
            if not MEDIA[medium]:
                raise MeteringError("meter_no_carrier", meter=mid, medium=medium)
    frame["carrier"] = [c or MEDIA.get(m, "") for c, m in zip(frame["carrier"], frame["medium"])]
    no_unit = sorted(set(frame.loc[frame["unit"] == "", "meter_id"]))
    if no_unit:
        raise MeteringError("meter_undescribed", meters=no_unit, columns=["unit"])
    frame["_line"] = range(2, len(frame) + 2)
    stamps = pd.to_datetime(frame["timestamp"], errors="coerce")
    bad = stamps.isna()
    if bad.any():
        first = frame[bad].iloc[0]
        raise MeteringError("meter_bad_value", meter=first["meter_id"], row=int(first["_line"]), column="timestamp",
                            value=first["timestamp"])
    frame["_t"] = stamps
    for col in ("reading", "consumption", "rollover"):
        if col not in frame.columns:
            frame[col] = ""
        text = _text(frame, col)
        values = pd.to_numeric(text.replace("", np.nan), errors="coerce")
        bad = values.isna() & (text != "")
        if bad.any() or (values < 0).any():
            first = frame[bad | (values < 0)].iloc[0]
            raise MeteringError("meter_bad_value", meter=first["meter_id"], row=int(first["_line"]), column=col,
                                value=first[col])
        frame["_" + col] = values
    both = frame["_reading"].notna() & frame["_consumption"].notna()
    if both.any():
        first = frame[both].iloc[0]
        raise MeteringError("meter_bad_value", meter=first["meter_id"], row=int(first["_line"]),
                            column="reading/consumption", value="both given")
    return frame


def _problem(meter, stamp, kind, value="", detail=""):
    return {"meter_id": meter, "timestamp": pd.Timestamp(stamp).isoformat(), "kind": kind, "value": value,
            "detail": detail}


def period_bounds(stamp, monthly):
    """(start, end) of the period containing ``stamp`` (month or calendar year)."""
    stamp = pd.Timestamp(stamp)
    if monthly:
        start = pd.Timestamp(stamp.year, stamp.month, 1)
        return start, start + pd.DateOffset(months=1)
    start = pd.Timestamp(stamp.year, 1, 1)
    return start, pd.Timestamp(stamp.year + 1, 1, 1)


def _label(start, monthly):
    return act.period_text(start.year, start.month if monthly else None)


def share_interval(t0, t1, amount, monthly):
    """``amount`` consumed between t0 and t1 shared over the periods in proportion to time."""
    if t1 <= t0:
        return {}
    out, cursor, total = {}, t0, (t1 - t0).total_seconds()
    while cursor < t1:
        start, end = period_bounds(cursor, monthly)
        stop = min(end, t1)
        key = _label(start, monthly)
        out[key] = out.get(key, 0.0) + amount * (stop - cursor).total_seconds() / total
        cursor = stop
    return out


def _intervals(group, problems, gap_factor):
    """(t0, t1, amount, is_gap) per interval of one meter's series (sorted, duplicates removed)."""
    meter = group["meter_id"].iloc[0]
    times = list(group["_t"])
    steps = np.diff(np.array(times, dtype="datetime64[ns]")).astype("timedelta64[s]").astype(float)
    median = float(np.median(steps)) if len(steps) else 0.0
    cumulative = group["_reading"].notna().all()
    if not cumulative and group["_reading"].notna().any():
        raise MeteringError("meter_mixed", meter=meter)
    rollover = group["_rollover"].dropna()
    rollover = float(rollover.iloc[0]) if len(rollover) else None
    out = []
    values = list(group["_reading"] if cumulative else group["_consumption"])
    for i in range(1, len(times)):
        if median > 0 and steps[i - 1] > gap_factor * median:
            problems.append(_problem(meter, times[i - 1], "meter_gap", "{0:g} h".format(steps[i - 1] / 3600.0),
                                     "until {0}; median interval {1:g} h".format(
                                         pd.Timestamp(times[i]).isoformat(), median / 3600.0)))
            gap = True
        else:
            gap = False
        if not cumulative:
            continue
        delta = values[i] - values[i - 1]
        if delta < 0:
            if rollover is not None and values[i - 1] <= rollover:
                delta = rollover - values[i - 1] + values[i]
                how = "rolled over at {0:g}".format(rollover)
            else:
                delta = values[i]
                how = "restarted at zero"
            problems.append(_problem(meter, times[i], "meter_reset", "{0:g} → {1:g}".format(
                values[i - 1], values[i]), how))
        out.append((times[i - 1], times[i], delta, gap))
    if not cumulative:
        # an interval value is the consumption of the median interval ending at its timestamp
        span = pd.Timedelta(seconds=median if median > 0 else 0)
        out = [(pd.Timestamp(t) - span, t, v, False) for t, v in zip(times, values)]
    return out, median


def aggregate(frame, monthly=True, gap_factor=DEFAULT_GAP_FACTOR):
    """Consumption per meter and period plus the findings; ``frame`` from :func:`prepare`."""
    problems, rows = [], []
    frame = frame.sort_values(["meter_id", "_t", "_line"], kind="mergesort")
    for meter, group in frame.groupby("meter_id", sort=True):
        value_col = "_reading" if group["_reading"].notna().all() else "_consumption"
        dup = group["_t"].duplicated(keep="first")
        for _, rec in group[dup].iterrows():
            first = group[(group["_t"] == rec["_t"]) & ~dup].iloc[0]
            same = first[value_col] == rec[value_col]
            problems.append(_problem(meter, rec["_t"], "meter_duplicate", "{0:g}".format(rec[value_col]),
                                     "row {0} repeats row {1}{2}".format(rec["_line"], first["_line"],
                                                                        "" if same else " with another value")))
        group = group[~dup]
        intervals, _ = _intervals(group, problems, gap_factor)
        desc = group.iloc[0]
        per, seconds = {}, {}
        for t0, t1, amount, is_gap in intervals:
            for key, value in share_interval(pd.Timestamp(t0), pd.Timestamp(t1), amount, monthly).items():
                per[key] = per.get(key, 0.0) + value
            if not is_gap:
                for key, value in share_interval(pd.Timestamp(t0), pd.Timestamp(t1), 1.0, monthly).items():
                    seconds[key] = seconds.get(key, 0.0) + value * (pd.Timestamp(t1) - pd.Timestamp(t0)).total_seconds()
        found = [p for p in problems if p["meter_id"] == meter]
        for key in sorted(per):
            year, month = act.parse_period(key)
            start = pd.Timestamp(year, month or 1, 1)
            length = (period_bounds(start, monthly)[1] - start).total_seconds()
            in_period = [p for p in found if _label(period_bounds(pd.Timestamp(p["timestamp"]), monthly)[0],
                                                     monthly) == key]
            rows.append({
                "meter_id": meter, "entity": desc["entity"], "region": desc["region"], "park": desc["park"],
                "indicator": desc["indicator"], "carrier": desc["carrier"], "unit": desc["unit"], "period": key,
                "amount": per[key], "n_readings": int(sum(period_bounds(t, monthly)[0] == start for t in group["_t"])),
                "coverage": min(seconds.get(key, 0.0) / length, 1.0),
                "gaps": sum(p["kind"] == "meter_gap" for p in in_period),
                "resets": sum(p["kind"] == "meter_reset" for p in in_period),
                "duplicates": sum(p["kind"] == "meter_duplicate" for p in in_period),
            })
    consumption = pd.DataFrame(rows, columns=list(CONSUMPTION_COLUMNS))
    problems = pd.DataFrame(problems, columns=list(PROBLEM_COLUMNS))
    return consumption, problems


def to_activity(consumption):
    """Activity rows (the template's fields) per entity, indicator, carrier, unit and period."""
    keys = ["entity", "region", "park", "indicator", "carrier", "unit", "period"]
    if consumption.empty:
        frame = pd.DataFrame(columns=list(act.FIELDS))
    else:
        grouped = consumption.groupby(keys, sort=True).agg(
            amount=("amount", "sum"), meters=("meter_id", lambda s: ",".join(sorted(set(s)))),
            coverage=("coverage", "min")).reset_index()
        frame = pd.DataFrame({f: "" for f in act.FIELDS}, index=grouped.index)
        for k in keys:
            frame[k] = grouped[k]
        frame["amount"] = ["{0:.6f}".format(a).rstrip("0").rstrip(".") for a in grouped["amount"]]
        frame["note"] = ["meters {0}; coverage {1:.0%}".format(m, c) for m, c in
                         zip(grouped["meters"], grouped["coverage"])]
    frame["_sheet"] = "meters"
    frame["_row"] = range(2, len(frame) + 2)
    return frame.reset_index(drop=True)


def meter_activity(readings, meters=None, monthly=True, gap_factor=DEFAULT_GAP_FACTOR):
    """The whole step: readings (+ meter table) → :class:`MeterResult`."""
    if gap_factor <= 1.0:
        raise MeteringError("meter_bad_gap_factor", value=gap_factor)
    frame = prepare(readings, meters)
    consumption, problems = aggregate(frame, monthly, gap_factor)
    notes = []
    for kind in ("meter_gap", "meter_reset", "meter_duplicate"):
        found = problems[problems["kind"] == kind]
        if len(found):
            notes.append(Note.warning(kind + "s_found", count=len(found),
                                      items=["{0} {1}".format(m, t) for m, t in zip(found["meter_id"],
                                                                                   found["timestamp"])]))
    notes.append(Note.info("meters_done", meters=frame["meter_id"].nunique(), readings=len(frame),
                           rows=len(consumption)))
    return MeterResult(to_activity(consumption), consumption, problems, notes)


# --- warnings ---------------------------------------------------------------------------------


def parse_thresholds(text):
    """'0.9, 1.0, 1.1' → (0.9, 1.0, 1.1): ratios to the reference at which levels 1, 2, 3 start."""
    if text is None or not str(text).strip():
        return DEFAULT_THRESHOLDS
    try:
        values = tuple(float(v) for v in str(text).replace(";", ",").split(",") if v.strip())
    except ValueError:
        raise MeteringError("meter_bad_thresholds", value=text) from None
    if len(values) != 3 or any(b <= a for a, b in zip(values, values[1:])) or values[0] <= 0:
        raise MeteringError("meter_bad_thresholds", value=text)
    return values


def entity_emissions(inventory_table, method="location"):
    """Total emissions (level 1 'E', all carriers) per entity and period of an inventory table."""
    col = "emission_{0}_tco2e".format(method)
    t = inventory_table
    sel = t[(t["unit_type"] == "entity") & (t["code"] == "E") & (t["carrier"].fillna("") == "")]
    return sel[["unit_id", "period", col]].rename(columns={"unit_id": "entity", col: "emission_tco2e"})


def warnings(emissions, reference, thresholds=DEFAULT_THRESHOLDS, basis="budget"):
    """Warning level per entity and period: ratio = emission / reference (budget or baseline).

    ``emissions``: entity, period, emission_tco2e. ``reference``: entity, period (empty = every
    period of that entity), reference_tco2e. Level k when ratio ≥ thresholds[k-1]; a period
    without a reference gets no level (NaN ratio, level −1, 'no_reference').
    """
    ref = reference.copy()
    ref.columns = [str(c).strip().lower() for c in ref.columns]
    if not {"entity", "reference_tco2e"} <= set(ref.columns):
        raise MeteringError("meter_columns", columns=["entity", "period", "reference_tco2e"], found=list(ref.columns))
    if "period" not in ref.columns:
        ref["period"] = ""
    ref["entity"] = _text(ref, "entity")
    ref["period"] = _text(ref, "period").replace("nan", "")
    ref["reference_tco2e"] = pd.to_numeric(ref["reference_tco2e"], errors="coerce")
    if ref["reference_tco2e"].isna().any() or (ref["reference_tco2e"] <= 0).any():
        bad = ref[ref["reference_tco2e"].isna() | (ref["reference_tco2e"] <= 0)].iloc[0]
        raise MeteringError("meter_bad_reference", entity=bad["entity"], period=bad["period"])
    if ref.duplicated(["entity", "period"]).any():
        bad = ref[ref.duplicated(["entity", "period"])].iloc[0]
        raise MeteringError("meter_bad_reference", entity=bad["entity"], period=bad["period"])
    exact = ref[ref["period"] != ""].set_index(["entity", "period"])["reference_tco2e"]
    default = ref[ref["period"] == ""].set_index("entity")["reference_tco2e"]
    out = []
    for rec in emissions.itertuples(index=False):
        value = exact.get((rec.entity, rec.period), default.get(rec.entity, np.nan))
        ratio = rec.emission_tco2e / value if value == value else np.nan
        level = -1 if ratio != ratio else int(sum(ratio >= t for t in thresholds))
        out.append({"entity": rec.entity, "period": rec.period, "emission_tco2e": rec.emission_tco2e,
                    "reference_tco2e": value, "basis": basis, "ratio": ratio, "level": level,
                    "level_name": "no_reference" if level < 0 else LEVELS[level]})
    return pd.DataFrame(out, columns=list(WARNING_COLUMNS))
