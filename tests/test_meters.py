"""Smart-meter data (metering/inventory/meters.py): gaps, resets, duplicates, periods, warnings."""

import pandas as pd
import pytest

from carbon_metering.metering.errors import MeteringError
from carbon_metering.metering.inventory import factors, inventory, meters

METERS = pd.DataFrame([
    {"meter_id": "E1", "entity": "A", "region": "D1", "park": "", "indicator": "E3.1.I.power",
     "medium": "electricity", "unit": "kWh", "rollover": "10000"},
    {"meter_id": "G1", "entity": "A", "region": "D1", "park": "", "indicator": "E3.1.D.gas", "medium": "gas",
     "unit": "m³", "rollover": ""},
])


def _daily(meter, start_value, per_day, days, skip=(), reset_at=None, rollover=10000):
    """Cumulative readings at 00:00 of Jan 1 … Jan 1 + days (per_day each day)."""
    rows, value = [], start_value
    for d in range(days + 1):
        t = pd.Timestamp(2024, 1, 1) + pd.Timedelta(days=d)
        if d > 0:
            value += per_day
        shown = value % rollover if reset_at is not None and d >= reset_at else value
        if d not in skip:
            rows.append({"meter_id": meter, "timestamp": t.isoformat(), "reading": "{0:g}".format(shown)})
    return rows


def test_gap_reset_duplicate_found_and_consumption_kept():
    # E1: 9000 at Jan 1, 100 kWh/day; counter rolls over at 10000 on Jan 11 (9000 + 1000 → 0)
    rows = _daily("E1", 9000, 100, 31, skip=(15, 16), reset_at=10)
    rows.insert(5, dict(rows[4]))  # Jan 5 given twice
    res = meters.meter_activity(pd.DataFrame(rows), METERS)
    kinds = {(p.meter_id, p.kind, p.timestamp[:10]) for p in res.problems.itertuples()}
    assert ("E1", "meter_duplicate", "2024-01-05") in kinds
    assert ("E1", "meter_reset", "2024-01-11") in kinds
    assert ("E1", "meter_gap", "2024-01-15") in kinds  # readings of Jan 16 and 17 missing: 3 days > 1.5 × 1 day
    assert len(res.problems) == 3
    # 31 days × 100 kWh: nothing lost at the rollover or over the gap (the counter went on counting)
    c = res.consumption.set_index("period")
    assert c.loc["2024-01", "amount"] == pytest.approx(3100.0)
    assert c.loc["2024-01", "coverage"] == pytest.approx(28 / 31)
    act = res.activity
    assert list(act["amount"]) == ["3100"] and act["unit"].iloc[0] == "kWh"
    assert act["carrier"].iloc[0] == "electricity" and act["period"].iloc[0] == "2024-01"


def test_reset_without_rollover_restarts_at_zero_and_interval_spanning_months_is_shared():
    meta = METERS.assign(rollover="")
    rows = [{"meter_id": "G1", "timestamp": "2024-01-31 00:00", "reading": "500"},
            {"meter_id": "G1", "timestamp": "2024-02-02 00:00", "reading": "700"},  # 200 over 2 days
            {"meter_id": "G1", "timestamp": "2024-02-04 00:00", "reading": "50"}]   # restarted: 50
    res = meters.meter_activity(pd.DataFrame(rows), meta)
    c = res.consumption.set_index("period")["amount"]
    assert c["2024-01"] == pytest.approx(100.0) and c["2024-02"] == pytest.approx(150.0)
    reset = res.problems[res.problems.kind == "meter_reset"].iloc[0]
    assert reset.meter_id == "G1" and reset.timestamp.startswith("2024-02-04")
    annual = meters.meter_activity(pd.DataFrame(rows), meta, monthly=False).consumption
    assert annual["amount"].sum() == pytest.approx(250.0) and list(annual["period"]) == ["2024"]


def test_interval_meter_and_feeding_the_inventory():
    rows = [{"meter_id": "E1", "timestamp": "2024-03-{0:02d} 00:00".format(d), "consumption": "1000"}
            for d in range(2, 32)] + [{"meter_id": "E1", "timestamp": "2024-04-01 00:00", "consumption": "1000"}]
    res = meters.meter_activity(pd.DataFrame(rows), METERS)
    assert res.consumption.set_index("period").loc["2024-03", "amount"] == pytest.approx(31000.0)
    assert res.problems.empty
    inv = inventory.compute(res.activity, factors.load_library(), factors.Selection(electricity="mee_nbs_2022"))
    e = inv.inventory
    row = e[(e.unit_type == "entity") & (e.code == "E") & (e.carrier == "") & (e.period == "2024-03")].iloc[0]
    assert row.emission_location_tco2e == pytest.approx(31.0 * 0.5366)  # 31 MWh × MEE/NBS 2022 national


def test_meter_errors_name_the_meter():
    with pytest.raises(MeteringError) as info:
        meters.meter_activity(pd.DataFrame([{"meter_id": "X9", "timestamp": "2024-01-01", "reading": "1"}]), METERS)
    assert info.value.kind == "meter_undescribed" and info.value.details["meters"] == ["X9"]
    with pytest.raises(MeteringError) as info:
        meters.meter_activity(pd.DataFrame([{"meter_id": "E1", "timestamp": "not a date", "reading": "1"}]), METERS)
    assert info.value.kind == "meter_bad_value" and info.value.details["row"] == 2
    fuel = pd.DataFrame([{"meter_id": "F1", "entity": "A", "indicator": "E4.1.D.diesel", "medium": "fuel",
                          "unit": "L"}])
    with pytest.raises(MeteringError) as info:
        meters.meter_activity(pd.DataFrame([{"meter_id": "F1", "timestamp": "2024-01-01", "reading": "1"}]), fuel)
    assert info.value.kind == "meter_no_carrier"


def test_warning_levels_against_budget_and_baseline():
    em = pd.DataFrame({"entity": ["A", "A", "B", "C"], "period": ["2024-01", "2024-02", "2024-01", "2024-01"],
                       "emission_tco2e": [85.0, 105.0, 120.0, 10.0]})
    budget = pd.DataFrame({"entity": ["A", "B"], "period": ["", "2024-01"], "reference_tco2e": [100.0, 100.0]})
    w = meters.warnings(em, budget, meters.parse_thresholds("0.9, 1.0, 1.1")).set_index(["entity", "period"])
    assert w.loc[("A", "2024-01"), "level"] == 0          # 0.85 < 0.9
    assert w.loc[("A", "2024-02"), "level"] == 2          # 1.0 ≤ 1.05 < 1.1
    assert w.loc[("B", "2024-01"), "level_name"] == "alarm"  # 1.2 ≥ 1.1
    assert w.loc[("C", "2024-01"), "level"] == -1         # no budget for C
    w = meters.warnings(em, budget, meters.parse_thresholds("0.8,0.85,1.2"), basis="baseline")
    assert list(w["level"]) == [2, 2, 3, -1]  # 0.85, 1.05, 1.2 (≥ 1.2: level 3) and set(w["basis"]) == {"baseline"}
    with pytest.raises(MeteringError):
        meters.parse_thresholds("1.1, 1.0, 0.9")
