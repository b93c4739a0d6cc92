"""Carbon balance per region: emissions of the inventory against the ecological sinks (T/CI 231).

T/CI 231—2023 §5 table 1 accounts emissions (emission-factor method) and the urban ecological sink
(城市碳汇: total and change per 区域 / 县域 / project boundary); §6.1 sets them against each other for
the city, its districts/counties and its parks; §3.4 calls their equality 碳收支平衡 (carbon neutral).
For one region and year (all in t CO2e/a):

- ``emission`` E = level 1 ``E`` of the emission_inventory (location- or market-based, the basis
  chosen), green electricity already negative;
- ``reduction`` R = level 1 ``R`` (negative). Its part ``R3`` (environmental construction: green
  space, afforestation, wetland, soil and water conservation) is the same carbon an ecological sink
  measures: where the region has a sink, R3 is left out of the net emission and reported apart
  (``reduction_excluded_tco2e``), so a new forest is never counted as a reduction and as a sink;
- ``sink`` S from exactly one sink source per region (``source_map``), positive = removal;
- net emission N = E + R_counted − S; sink/emission ratio = S / (E + R_counted) (≥ 1: balanced);
- year-on-year change against the previous year of the run (``previous_year``), absolute and in %.

Uncertainty (IPCC 2006 GL vol. 1 ch. 3, Approach 1, sum rule eq. 3.2, terms independent):
U_N = √((U_E·E)² + (U_E·R_counted)² + (U_S·S)²) / |N|, U in % (half the 95 % interval); U_E is one
U for the inventory (the caller's), U_S the sink source's (``u1_pct`` of uncertainty, ``u_pct`` or
``se_tco2e`` of a sink table (U = 1.96 SE/|S|), else the ``u_pct`` of the source map). Unknown U of a
non-zero term gives an unknown U_N (NaN) and a warning.

Sources (no sink twice): each region takes its sink from one row of one sink table. The source map
(columns ``region, source`` and optional ``key``, ``u_pct``) names it; ``source = none`` says the
region has no sink. A region the map does not name takes the only table that has a row keyed by
its code; none → ``balance_source_missing``, more than one → ``balance_source_conflict`` (name it in
the map). Two map rows for a region, a map row naming an unknown table or a key the table lacks, and
one sink row serving two regions are errors too.
"""

import math
import re

import numpy as np
import pandas as pd

from ..errors import MeteringError, Note, report
from ..vocabulary import ALL, BALANCE_COLUMNS, GROUP_ALL, SINK

SECTION_KEY = "carbon_balance"
NONE_SOURCE = "none"
#: Region levels (T/CI 231 §6.1: city – district/county – park) → unit_type of the emission_inventory.
LEVELS = {"city": "city", "district": "region", "park": "park"}
LEVEL_WORDS = {"city": "city", "市": "city", "城市": "city", "district": "district", "county": "district",
               "区": "district", "县": "district", "区县": "district", "park": "park", "园区": "park"}
BASES = ("location", "market")
#: The part of the reductions (level 2 of table 2) that an ecological sink measures too.
ECOLOGICAL_REDUCTION = "R3"
Z95 = 1.959964


def _text(value):
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _num(value):
    try:
        out = float(value)
    except (TypeError, ValueError):
        return math.nan
    return out


# --- sinks --------------------------------------------------------------------------------------


def sink_rows(frame, name):
    """The sink rows of one table as ``key, sink_tco2e, u_pct, year, period`` (one row per key and year).

    Recognised: the uncertainty OUTPUT (rows quantity sink, level county or total: key the county
    code or ``total``, U = u1_pct); the parcel_stock SUMMARY (rows object ALL, pool total, change
    group all: key the county or ALL, no U); the district_sink OUTPUT/TABLE (key district, no U);
    any table with ``region`` and ``sink_tco2e`` (optional ``u_pct`` or ``se_tco2e``, ``year``).
    """
    cols = set(frame.columns)
    period = ""
    if {"base_year", "target_year"} <= cols and len(frame):
        years = sorted({(_text(b), _text(t)) for b, t in zip(frame["base_year"], frame["target_year"])})
        period = "; ".join("{0}–{1}".format(b, t) for b, t in years if b and t)
    if {"level", "name", "quantity", "estimate", "u1_pct"} <= cols:
        f = frame[(frame["quantity"].map(_text) == "sink") & frame["level"].map(_text).isin(["county", "total"])]
        out = pd.DataFrame({"key": f["name"].map(_text), "sink_tco2e": f["estimate"].map(_num),
                            "u_pct": f["u1_pct"].map(_num)})
        kind = "uncertainty"
    elif {"county", "object", "pool", "change_group", SINK} <= cols:
        f = frame[(frame["object"].map(_text) == ALL) & (frame["pool"].map(_text) == "total")
                  & (frame["change_group"].map(_text) == GROUP_ALL)]
        out = pd.DataFrame({"key": f["county"].map(_text), "sink_tco2e": f[SINK].map(_num), "u_pct": math.nan})
        kind = "stock_summary"
    elif {"district", SINK} <= cols:
        out = pd.DataFrame({"key": frame["district"].map(_text), "sink_tco2e": frame[SINK].map(_num),
                            "u_pct": math.nan})
        kind = "district_sink"
    elif {"region", SINK} <= cols:
        s = frame[SINK].map(_num)
        if "u_pct" in cols:
            u = frame["u_pct"].map(_num)
        elif "se_tco2e" in cols:
            u = pd.Series([Z95 * _num(se) / abs(v) * 100.0 if v else math.nan
                           for se, v in zip(frame["se_tco2e"], s)], index=frame.index)
        else:
            u = math.nan
        out = pd.DataFrame({"key": frame["region"].map(_text), "sink_tco2e": s, "u_pct": u})
        kind = "table"
    else:
        raise MeteringError("balance_sink_table_unknown", table=name, columns=sorted(map(str, cols)))
    out["year"] = frame.loc[out.index, "year"].map(_text) if "year" in cols else ""
    out["period"] = out["year"].where(out["year"] != "", period)
    out["kind"] = kind
    bad = out[out["sink_tco2e"].isna()]
    if len(bad):
        raise MeteringError("balance_sink_value", table=name, keys=sorted(bad["key"]))
    dup = out[out.duplicated(["key", "year"], keep=False)]
    if len(dup):
        raise MeteringError("balance_sink_duplicate", table=name, keys=sorted(set(dup["key"])))
    return out.reset_index(drop=True)


# --- regions and the source map --------------------------------------------------------------------


def parse_level(value, region):
    level = LEVEL_WORDS.get(_text(value).lower())
    if level is None:
        raise MeteringError("balance_bad_level", region=region, value=_text(value), allowed=sorted(LEVELS))
    return level


def check_regions(regions):
    """``regions``: frame with ``region`` and ``level`` (city/district/park); codes unique and filled."""
    regions = regions.copy()
    regions["region"] = regions["region"].map(_text)
    empty = [i + 1 for i, r in enumerate(regions["region"]) if not r]
    if empty:
        raise MeteringError("balance_region_empty", features=empty)
    dup = sorted(set(regions.loc[regions["region"].duplicated(), "region"]))
    if dup:
        raise MeteringError("balance_region_duplicate", regions=dup)
    regions["level"] = [parse_level(v, r) for v, r in zip(regions["level"], regions["region"])]
    return regions


def _source_index(names, text):
    """The sink table named ``text`` (its name, or its 1-based number in the list)."""
    text = _text(text)
    if text in names:
        return names.index(text)
    if text.isdigit() and 1 <= int(text) <= len(names):
        return int(text) - 1
    return None


def resolve_sources(regions, sinks, source_map=None):
    """region → (source name or ``none``, key, u_pct of the map) after the rules of the module text.

    ``sinks``: dict name → sink_rows frame (in the order of the SINKS parameter).
    Returns (dict, notes).
    """
    names = list(sinks)
    notes = []
    mapped = {}
    if source_map is not None and len(source_map):
        cols = set(source_map.columns)
        if not {"region", "source"} <= cols:
            raise MeteringError("balance_map_columns", columns=sorted(map(str, cols)), required=["region", "source"])
        for row in source_map.itertuples(index=False):
            region = _text(row.region)
            if not region:
                continue
            source = _text(row.source)
            entry = (source, _text(getattr(row, "key", "")) if "key" in cols else "",
                     _num(getattr(row, "u_pct", math.nan)) if "u_pct" in cols else math.nan)
            if region in mapped:
                raise MeteringError("balance_source_conflict", region=region,
                                    sources=[mapped[region][0], source], where="SOURCE_MAP")
            mapped[region] = entry
        unknown_regions = sorted(set(mapped) - set(regions["region"]))
        if unknown_regions:
            notes.append(Note.warning("balance_map_unused", regions=unknown_regions))
    out = {}
    for region in regions["region"]:
        if region in mapped:
            source, key, u = mapped[region]
            if source.lower() == NONE_SOURCE:
                out[region] = (NONE_SOURCE, "", math.nan)
                continue
            index = _source_index(names, source)
            if index is None:
                raise MeteringError("balance_source_unknown", region=region, source=source,
                                    known=names + [NONE_SOURCE])
            key = key or region
            if key not in set(sinks[names[index]]["key"]):
                raise MeteringError("balance_sink_missing", region=region, source=names[index], key=key)
            out[region] = (names[index], key, u)
            continue
        claims = [n for n in names if region in set(sinks[n]["key"])]
        if not claims:
            raise MeteringError("balance_source_missing", region=region, sources=names)
        if len(claims) > 1:
            raise MeteringError("balance_source_conflict", region=region, sources=claims, where="SINKS")
        out[region] = (claims[0], region, math.nan)
    used = {}
    for region, (source, key, _) in out.items():
        if source == NONE_SOURCE:
            continue
        if (source, key) in used:
            raise MeteringError("balance_sink_shared", regions=[used[(source, key)], region], source=source,
                                key=key)
        used[(source, key)] = region
    return out, notes


# --- emissions ----------------------------------------------------------------------------------------


def combine_inventories(tables):
    """One inventory from several emission_inventory OUTPUT tables (name → frame), e.g. one per year.

    Two tables with the same annual or monthly period would count that period twice:
    ``balance_inventory_overlap`` names them and the period.
    """
    if isinstance(tables, pd.DataFrame):
        return tables
    seen = {}
    for name, frame in tables.items():
        for period in sorted({_text(p) for p in frame.get("period", pd.Series(dtype=str))}):
            if period in seen:
                raise MeteringError("balance_inventory_overlap", tables=[seen[period], name], period=period)
            seen[period] = name
    if not tables:
        raise MeteringError("balance_no_years", available=[])
    return pd.concat(list(tables.values()), ignore_index=True)


def emission_years(inventory):
    """The annual periods of the inventory table, as ints."""
    return sorted({int(p) for p in inventory["period"].map(_text) if re.fullmatch(r"\d{4}", p)})


def _emission_lookup(inventory, basis):
    col = "emission_{0}_tco2e".format(basis)
    missing = [c for c in ("unit_type", "unit_id", "period", "level", "code", col) if c not in inventory.columns]
    if missing:
        raise MeteringError("missing_fields", layer="INVENTORY", fields=missing)
    f = inventory.copy()
    f["carrier"] = f["carrier"].map(_text) if "carrier" in f.columns else ""
    f = f[(f["carrier"] == "") & f["code"].map(_text).isin(["E", "R", ECOLOGICAL_REDUCTION])]
    keys = zip(f["unit_type"].map(_text), f["unit_id"].map(_text), f["period"].map(_text), f["code"].map(_text))
    return {k: _num(v) for k, v in zip(keys, f[col])}


# --- the balance ------------------------------------------------------------------------------------


def u_sum_pct(terms):
    """IPCC eq. 3.2 over (value, U %) terms; NaN when a non-zero term has no U or the sum is 0."""
    total = sum(v for v, _ in terms)
    if any(v != 0 and not (u == u) for v, u in terms):
        return math.nan
    spread = math.sqrt(sum((v * u) ** 2 for v, u in terms if v != 0))
    if total == 0:
        return math.nan if spread > 0 else 0.0
    return spread / abs(total)


def compute(regions, inventory, sinks, source_map=None, years=None, basis="location", emission_u_pct=None,
            progress=None):
    """The balance table (BALANCE_COLUMNS) for ``regions`` × ``years``, and notes.

    ``regions``: frame with region, level and optional name_zh / name_en; ``inventory``: the
    emission_inventory OUTPUT (or a dict name → OUTPUT, one table per year: combine_inventories);
    ``sinks``: dict table name → frame (any recognised sink table);
    ``source_map``: frame (region, source[, key, u_pct]) or None; ``years``: ints (None: every annual
    period of the inventory); ``emission_u_pct``: U % of the inventory's values (None: unknown).
    """
    if basis not in BASES:
        raise MeteringError("bad_option", option="BASIS", value=basis, allowed=list(BASES))
    report(progress, 0.0)
    regions = check_regions(regions)
    tables = {name: sink_rows(frame, name) for name, frame in sinks.items()}
    sources, notes = resolve_sources(regions, tables, source_map)
    inventory = combine_inventories(inventory)
    lookup = _emission_lookup(inventory, basis)
    available = emission_years(inventory)
    years = sorted({int(y) for y in years}) if years else available
    if not years:
        raise MeteringError("balance_no_years", available=available)
    u_e = math.nan if emission_u_pct is None else float(emission_u_pct)
    if u_e != u_e:
        notes.append(Note.warning("balance_emission_u_unknown"))
    rows, no_u, excluded, not_estimated = [], set(), {}, []
    for i, reg in enumerate(regions.itertuples(index=False)):
        report(progress, 0.1 + 0.8 * i / max(len(regions), 1))
        unit_type = LEVELS[reg.level]
        source, key, map_u = sources[reg.region]
        previous = None
        for year in years:
            e = lookup.get((unit_type, reg.region, str(year), "E"))
            r = lookup.get((unit_type, reg.region, str(year), "R"))
            if e is None and r is None:
                raise MeteringError("balance_no_emissions", region=reg.region, year=year, unit_type=unit_type,
                                    available=available)
            e = 0.0 if e is None else e
            r = 0.0 if r is None else r
            if e != e or r != r:  # every row a notation key (NE, IE, …): not estimated, so no net either
                not_estimated.append("{0} {1}".format(reg.region, year))
            r3 = lookup.get((unit_type, reg.region, str(year), ECOLOGICAL_REDUCTION), 0.0)
            r3 = 0.0 if r3 != r3 else r3
            if source == NONE_SOURCE:
                s, u_s, period, kind = 0.0, 0.0, "", NONE_SOURCE
                r_excluded = 0.0
            else:
                table = tables[source]
                hit = table[(table["key"] == key) & (table["year"].isin([str(year), ""]))]
                if hit.empty:
                    raise MeteringError("balance_sink_missing", region=reg.region, source=source,
                                        key="{0} ({1})".format(key, year))
                hit = hit.iloc[0]
                s, u_s, period, kind = float(hit["sink_tco2e"]), float(hit["u_pct"]), hit["period"], hit["kind"]
                if u_s != u_s and map_u == map_u:
                    u_s = map_u
                elif u_s == u_s and map_u == map_u:
                    notes.append(Note.warning("balance_map_u_ignored", region=reg.region, source=source))
                if u_s != u_s and s != 0:
                    no_u.add(reg.region)
                r_excluded = r3
                if r3:
                    excluded[reg.region] = excluded.get(reg.region, 0.0) + r3
            r_counted = r - r_excluded
            gross = e + r_counted
            net = gross - s
            u_net = u_sum_pct([(e, u_e), (r_counted, u_e), (-s, u_s)])
            half = abs(net) * u_net / 100.0 if u_net == u_net else math.nan
            rec = {
                "region": reg.region, "level": reg.level, "name_zh": _text(getattr(reg, "name_zh", "")),
                "name_en": _text(getattr(reg, "name_en", "")), "year": int(year), "basis": basis,
                "emission_tco2e": e, "reduction_tco2e": r_counted, "reduction_excluded_tco2e": r_excluded,
                "u_emission_pct": u_e, "sink_tco2e": s, "u_sink_pct": u_s, "sink_source": source,
                "sink_key": key, "sink_kind": kind, "sink_period": period, "net_emission_tco2e": net,
                "u_net_pct": u_net, "net_low_tco2e": net - half, "net_high_tco2e": net + half,
                "sink_emission_ratio": s / gross if gross > 0 else math.nan,
                "previous_year": previous["year"] if previous else np.nan,
                "net_change_tco2e": net - previous["net_emission_tco2e"] if previous else math.nan,
                "net_change_pct": ((net - previous["net_emission_tco2e"]) / abs(previous["net_emission_tco2e"])
                                   * 100.0 if previous and previous["net_emission_tco2e"] else math.nan),
                "emission_change_pct": ((e - previous["emission_tco2e"]) / abs(previous["emission_tco2e"]) * 100.0
                                        if previous and previous["emission_tco2e"] else math.nan),
                "report_section": SECTION_KEY,
            }
            rows.append(rec)
            previous = rec
    if no_u:
        notes.append(Note.warning("balance_sink_u_unknown", regions=sorted(no_u)))
    if not_estimated:
        notes.append(Note.warning("balance_emission_not_estimated", items=not_estimated))
    if excluded:
        notes.append(Note.info("balance_reductions_excluded", regions=sorted(excluded),
                               total=round(-sum(excluded.values()), 3)))
    table = pd.DataFrame(rows, columns=list(BALANCE_COLUMNS))
    table["previous_year"] = table["previous_year"].astype("Int64")
    order = {level: i for i, level in enumerate(LEVELS)}
    table["_o"] = table["level"].map(order)
    table = table.sort_values(["_o", "region", "year"], kind="mergesort").drop(columns="_o").reset_index(drop=True)
    notes.append(Note.info("balance_done", regions=len(regions), years=", ".join(map(str, years))))
    report(progress, 1.0)
    return table, notes
