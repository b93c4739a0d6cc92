"""Developer tool: (re)build the sample's month of smart-meter readings (sample/urban/).

    python sample/urban/generate_meters.py

Writes ``meters.csv`` (one row per meter: entity, district, park, indicator, medium, unit,
rollover) and ``meter_readings.csv`` (meter_id, timestamp, reading | consumption) for March 2024,
read by ``carbonmeter:meter_readings`` (metering/inventory/meters.py). Deterministic: the values
come from a seeded generator, so the same files come out every time.

Six entities of the sample city (E01 … E06 in the districts 420115, 420117, 420116 and the park
P01 of sample/urban/city.gpkg, as in the activity workbooks), one meter each, four media
(electricity, gas, water, heat); hourly and daily meters, cumulative readings and interval
consumption. Exactly three faults are planted (``PLANTED``; the tests check that these and no
others are found):

* a gap: meter M02's hourly readings of 2024-03-12 09:00 … 14:00 are missing (a 7 h interval
  from 08:00 to 15:00, more than 1.5 × the 1 h median);
* a counter reset: meter M03's gas counter rolls over at 100 000 m³ (rollover = 100000) on
  2024-03-15;
* a duplicate: meter M04's interval value of 2024-03-20 00:00 is given twice.
"""

import csv
import datetime
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20240301
START = datetime.datetime(2024, 3, 1)
END = datetime.datetime(2024, 4, 1)  # the reading at 00:00 of April 1 closes March

#: meter_id, entity, region, park, indicator, medium, carrier, unit, rollover, step (h), kind, start, mean per step
METERS = (
    ("M01", "E01", "420115", "", "E5.1.I.power", "electricity", "", "kWh", "", 1, "reading", 523000.0, 310.0),
    ("M02", "E02", "420117", "P01", "E3.1.I.power", "electricity", "", "kWh", "", 1, "reading", 88000.0, 95.0),
    ("M03", "E03", "420115", "", "E3.1.D.gas", "gas", "", "m³", "100000", 24, "reading", 99050.0, 70.0),
    ("M04", "E04", "420117", "", "E2.1.I.water", "water", "", "m³", "", 24, "consumption", 0.0, 42.0),
    ("M05", "E05", "420117", "P01", "E3.1.I.heat", "heat", "", "GJ", "", 24, "reading", 1520.0, 18.0),
    ("M06", "E06", "420116", "", "E6.1.I.power", "electricity", "", "kWh", "", 24, "reading", 40200.0, 1350.0),
)
GAP_METER, GAP_MISSING = "M02", [datetime.datetime(2024, 3, 12, h) for h in range(9, 15)]
DUPLICATE_METER, DUPLICATE_AT = "M04", datetime.datetime(2024, 3, 20)
#: (meter_id, timestamp, kind) of the planted faults, as metering.inventory.meters reports them.
PLANTED = (
    ("M02", "2024-03-12T08:00:00", "meter_gap"),
    ("M03", "2024-03-15T00:00:00", "meter_reset"),  # the day the counter passes 100 000
    ("M04", "2024-03-20T00:00:00", "meter_duplicate"),
)


def _profile(hour):
    """Relative load of an hourly meter over the day (night low, working hours high)."""
    return 0.55 if hour < 6 or hour >= 22 else (1.35 if 8 <= hour < 18 else 0.9)


def readings():
    """(meter rows, reading rows, the day of the rollover) of the month."""
    rng = random.Random(SEED)
    rows, rollover_at = [], None
    for meter_id, *_, rollover, step, kind, start, mean in METERS:
        t, value = START, start
        while t <= END:
            if t > START or kind == "consumption":
                factor = _profile(t.hour) if step == 1 else 1.0
                amount = round(mean * factor * rng.uniform(0.85, 1.15), 1)
            else:
                amount = 0.0
            if kind == "reading":
                value = round(value + amount, 1)
                shown = value
                if rollover and value >= float(rollover):
                    shown = round(value - float(rollover), 1)
                    if rollover_at is None:
                        rollover_at = t
                row = {"meter_id": meter_id, "timestamp": t.strftime("%Y-%m-%d %H:%M"),
                       "reading": "{0:.1f}".format(shown), "consumption": ""}
            else:
                row = {"meter_id": meter_id, "timestamp": t.strftime("%Y-%m-%d %H:%M"), "reading": "",
                       "consumption": "{0:.1f}".format(amount)} if t > START else None
            if row is not None and not (meter_id == GAP_METER and t in GAP_MISSING):
                rows.append(row)
                if meter_id == DUPLICATE_METER and t == DUPLICATE_AT:
                    rows.append(dict(row))
            t += datetime.timedelta(hours=step)
    return rows, rollover_at


def main():
    rows, rollover_at = readings()
    with open(os.path.join(HERE, "meters.csv"), "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["meter_id", "entity", "region", "park", "indicator", "medium", "carrier", "unit", "rollover"])
        for m in METERS:
            out.writerow(m[:9])
    with open(os.path.join(HERE, "meter_readings.csv"), "w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, ["meter_id", "timestamp", "reading", "consumption"], lineterminator="\n")
        out.writeheader()
        out.writerows(rows)
    print("wrote meters.csv and meter_readings.csv ({0} readings; M03 rolls over on {1})".format(
        len(rows), rollover_at.isoformat()))


if __name__ == "__main__":
    main()
