"""The words every step, algorithm and report shares: one definition each.

Change flags, metering-object ids, unit constants, the options' enums and the
columns of every table one step hands to the next live here and nowhere else.
``docs/dev/contracts.md`` is checked against this module by
``tests/test_contracts.py``.

Enums are ``str``/``int`` subclasses so they compare equal to the plain values
stored in files (``AreaMethod.ELLIPSOIDAL == "ellipsoidal"``) and their order is
the order of the Processing enum parameters (index = position).
"""

from enum import Enum, IntEnum

# --- units ---------------------------------------------------------------------------------------

#: m² per hectare.
M2_PER_HA = 10000.0
#: 44/12: mass of CO2 per mass of C (IPCC 2006 GL vol. 4 ch. 2, eq. 2.x conventions).
CO2_PER_C = 44.0 / 12.0
#: kg per tonne.
KG_PER_T = 1000.0
#: g per tonne (g C/m² · M2_PER_HA / G_PER_T = t C/ha).
G_PER_T = 1.0e6


class _Options:
    """Mixin: the enum's values in parameter order, and lookup by index or value."""

    @classmethod
    def values(cls):
        return tuple(m.value for m in cls)

    @classmethod
    def at(cls, index):
        """The member at a Processing enum index."""
        return list(cls)[int(index)]

    @classmethod
    def parse(cls, value):
        """A member from its value, name or index; ``MeteringError('bad_option')`` otherwise."""
        if isinstance(value, cls):
            return value
        for member in cls:
            if value == member.value or (isinstance(value, str) and value.strip().lower() == member.name.lower()):
                return member
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(cls):
            return cls.at(value)
        from .errors import MeteringError

        raise MeteringError("bad_option", option=cls.__name__, value=value, allowed=", ".join(map(str, cls.values())))


class ChangeFlag(_Options, IntEnum):
    """``change_flag`` of an overlay piece (Hubei spec ch. 5: change between base and metering year)."""

    UNCHANGED = 0
    CHANGED = 1
    BASE_ONLY = 2
    TARGET_ONLY = 3


#: Pieces present in one year only.
ONE_YEAR_FLAGS = (ChangeFlag.BASE_ONLY, ChangeFlag.TARGET_ONLY)

#: Object id of a land class the spec does not meter (buildings, roads, water …; appendix A).
NON_METERED = "non_metered"
#: Object id of a code missing from the land-class mapping.
UNMAPPED = "unmapped"


class AreaMethod(_Options, str, Enum):
    """How piece areas are measured (parcel_change ``AREA_METHOD``)."""

    ELLIPSOIDAL = "ellipsoidal"  # on the CGCS2000 ellipsoid, as 三调 computes 图斑面积
    PLANAR = "planar"  # in the layer's projected CRS
    OFFICIAL = "official"  # each parcel's survey area shared by geometric proportion


class KeyKind(_Options, str, Enum):
    """What a density table is keyed by (parcel_stock ``KEY``)."""

    OBJECT = "object"
    CODE = "code"


class Distribution(_Options, str, Enum):
    """Monte Carlo distribution of a density or area factor (uncertainty ``DISTRIBUTION``)."""

    NORMAL = "normal"
    LOGNORMAL = "lognormal"
    TRUNCATED_NORMAL = "truncated_normal"


class Confidence(_Options, float, Enum):
    """Two-sided confidence level in percent: 90 % (CDM AR-TOOL14) or 95 % (IPCC 2006 vol. 1 ch. 3)."""

    P90 = 90.0
    P95 = 95.0


class Language(_Options, str, Enum):
    """Language of a deliverable (reports, templates)."""

    ZH = "zh"
    EN = "en"


class TrendClass(_Options, IntEnum):
    """Trend class of an NDVI pixel (ndvi_trend OUTPUT band 6; restoration_areas reads it).

    Significance is the two-sided Mann–Kendall test at the run's ``CONFIDENCE``; the sign is
    the sign of the Theil–Sen slope (docs/restoration.md, docs/restoration_benefit.md).
    """

    SIGNIFICANT_INCREASE = 2
    INCREASE = 1  # non-significant increase
    STABLE = 0
    DECREASE = -1  # non-significant decrease
    SIGNIFICANT_DECREASE = -2


#: ndvi_trend OUTPUT bands, in order (band i+1 = TREND_BANDS[i]; band descriptions set to these).
TREND_BANDS = ("sen_slope", "z", "p", "tau", "n_valid", "trend_class")
#: 1-based band of the trend class in the ndvi_trend OUTPUT.
TREND_CLASS_BAND = TREND_BANDS.index("trend_class") + 1


# --- carbon pools --------------------------------------------------------------------------------

#: The carbon pools every algorithm exchanges, in this order (Hubei spec ch. 4).
POOLS = ("agb", "bgb", "deadwood", "litter", "soil")
#: The pools plus their sum, as column names in plot, density and stock tables.
POOLS_WITH_TOTAL = POOLS + ("total",)

# --- tables exchanged between steps ---------------------------------------------------------------

#: parcel_change OUTPUT (overlay pieces), in order.
PIECE_COLUMNS = (
    "base_code", "target_code", "base_object", "target_object", "change_flag", "change_type",
    "county", "area_m2", "sliver", "area_method", "base_area_m2", "target_area_m2", "base_fid", "target_fid",
)

# --- change groups and totals --------------------------------------------------------------------

#: Summary group of each change flag (parcel_stock SUMMARY ``change_group``).
GROUP_BY_FLAG = {
    ChangeFlag.UNCHANGED: "unchanged", ChangeFlag.CHANGED: "changed",
    ChangeFlag.BASE_ONLY: "base_only", ChangeFlag.TARGET_ONLY: "target_only",
}
#: The group of the pieces present in both years (unchanged + changed).
GROUP_ALL = "all"
#: Change groups in the order of the summary.
CHANGE_GROUPS = ("unchanged", "changed", GROUP_ALL, "base_only", "target_only")
#: Label of total rows (county or object) in summaries and report tables.
ALL = "ALL"

#: The two years of a piece, as prefixes of its columns (``base_key``, ``stock_target_agb_tc``).
YEAR_ROLES = ("base", "target")

# --- column names with their units (suffix ``_tc`` = t C, ``_tco2e`` = t CO2e, ``_ha``, ``_m2``) -----


def stock_column(role, pool):
    """The piece column of the stock (t C) of ``pool`` at year ``role`` (base/target): ``stock_base_agb_tc``."""
    return "stock_{0}_{1}_tc".format(role, pool)


#: Stock change per year of a piece or a summary row, t C/a.
DC_PER_YEAR = "dc_per_year_tc"
#: Sink of a piece or a summary row, t CO2e/a (ΔC × 44/12; positive = carbon taken up).
SINK = "sink_tco2e"

# --- facts a step writes into its outputs for the next steps (never inferred back) ---------------

#: Calendar years t1 and t2 of the metering (parcel_stock OUTPUT and SUMMARY).
BASE_YEAR, TARGET_YEAR = "base_year", "target_year"
#: Name and SHA-256 (of the parsed means, ``DensityTable.checksum``) of each year's density table.
BASE_DENSITY, BASE_DENSITY_SHA256 = "base_density", "base_density_sha256"
TARGET_DENSITY, TARGET_DENSITY_SHA256 = "target_density", "target_density_sha256"
#: 1 when one table serves both years (its errors then cancel in the sink), else 0.
SAME_DENSITY_TABLE = "same_density_table"
#: The density key kind (``KeyKind``) and the area method (``AreaMethod``) of the run.
DENSITY_KEY = "density_key"
AREA_METHOD = "area_method"
#: Name and SHA-256 of the change-density table (stratum_density CHANGE_OUTPUT) parcel_stock used, empty
#: without one; ``dc_estimator`` per piece: the change table's estimator for unchanged pieces whose sink
#: came from it (paired, composite, independent), ``stock_difference`` for the others.
CHANGE_DENSITY, CHANGE_DENSITY_SHA256 = "change_density", "change_density_sha256"
DC_ESTIMATOR = "dc_estimator"
STOCK_DIFFERENCE = "stock_difference"
CHANGE_FACT_COLUMNS = (CHANGE_DENSITY, CHANGE_DENSITY_SHA256)
#: The facts, in the order parcel_stock writes them after its own columns.
STOCK_FACT_COLUMNS = (
    BASE_YEAR, TARGET_YEAR, BASE_DENSITY, BASE_DENSITY_SHA256, TARGET_DENSITY, TARGET_DENSITY_SHA256,
    SAME_DENSITY_TABLE, DENSITY_KEY,
)

# --- tables exchanged between steps (continued) --------------------------------------------------

#: plot_carbon OUTPUT: the plot layer's own fields, then these (densities t C/ha, CO2e t CO2e/ha).
PLOT_CARBON_COLUMNS = POOLS_WITH_TOTAL + ("total_co2e", "soil_depth_cm") + tuple(
    "method_" + p for p in POOLS) + ("warnings",)

#: The survey year a density table was computed for (stratum_density OUTPUT, on every row; NULL when
#: plots of several years were pooled on purpose). parcel_stock compares it with BASE_YEAR/TARGET_YEAR.
SURVEY_YEAR = "survey_year"

#: The two-sided confidence level (%) of a density table's half-widths, written on every row so a
#: report made later records it (the table travels without the step's parameters).
CONFIDENCE_PCT = "confidence_pct"

#: stratum_density OUTPUT (long: one row per stratum and pool; mean, sd, se, half_width in t C/ha;
#: ``survey_year`` the year of the plots, see SURVEY_YEAR; ``confidence_pct`` see CONFIDENCE_PCT).
DENSITY_COLUMNS = (
    "stratum", "object", "stratum_value", "pool", "n", "mean", "sd", "se", "half_width", "u_pct",
    "source", "n_required", "note", SURVEY_YEAR, CONFIDENCE_PCT,
)

#: stratum_density CHANGE_OUTPUT (long: one row per stratum and pool; change, se, half_width in t C/ha/a;
#: ``estimator`` paired, independent or composite; n_pairs remeasured permanent plots, n_base/n_target the
#: unpaired plots of each year; change_independent/se_independent the estimate from independent samples).
CHANGE_COLUMNS = (
    "stratum", "object", "pool", "base_year", "target_year", "estimator", "n_pairs", "n_base", "n_target",
    "change", "se", "half_width", "u_pct", "change_independent", "se_independent", "note",
)

#: parcel_change CHANGE_MATRIX (``level`` object or code; area in ha).
CHANGE_MATRIX_COLUMNS = ("level", "base", "target", "area_ha")

#: parcel_stock OUTPUT: the pieces (PIECE_COLUMNS) plus these, then STOCK_FACT_COLUMNS.
STOCK_PIECE_COLUMNS = ("area_ha", "base_key", "target_key") + tuple(
    stock_column(r, p) for r in YEAR_ROLES for p in POOLS_WITH_TOTAL) + (DC_PER_YEAR, SINK)

#: The piece columns parcel_stock reads (PIECE_COLUMNS it needs).
STOCK_INPUT_COLUMNS = ("base_code", "target_code", "base_object", "target_object", "change_flag", "county",
                       "area_m2")

#: parcel_stock SUMMARY, then STOCK_FACT_COLUMNS and AREA_METHOD.
SUMMARY_COLUMNS = (
    "county", "object", "pool", "change_group", "n_pieces", "area_ha", "stock_base_tc", "stock_target_tc",
    DC_PER_YEAR, SINK,
)

#: uncertainty OUTPUT (``estimate`` … in ``unit``: t C for stocks, t CO2e/a for sinks).
UNCERTAINTY_COLUMNS = (
    "level", "name", "quantity", "unit", "estimate", "u1_pct", "mc_mean", "mc_p2_5", "mc_p97_5", "u2_pct",
    "u2_low_pct", "u2_high_pct", "discount_u_pct", "discount_share", "discount", "conservative",
)
#: The uncertainty step's run settings, written on every row of its OUTPUT (after the stock facts) so
#: a report made later records them: Monte Carlo iterations and seed, the factors' distribution, the
#: correlation of the two years' density tables, the area uncertainty (%).
UNCERTAINTY_RUN_COLUMNS = ("iterations", "seed", "distribution", "correlation", "area_u_pct")
#: uncertainty HISTOGRAM (bin bounds in t CO2e/a).
HISTOGRAM_COLUMNS = ("bin_low", "bin_high", "count")

#: carbon_balance OUTPUT (metering/inventory/balance.py): one region and year; t CO2e/a, U in % (95 %).
BALANCE_COLUMNS = (
    "region", "level", "name_zh", "name_en", "year", "basis", "emission_tco2e", "reduction_tco2e",
    "reduction_excluded_tco2e", "u_emission_pct", SINK, "u_sink_pct", "sink_source", "sink_key", "sink_kind",
    "sink_period", "net_emission_tco2e", "u_net_pct", "net_low_tco2e", "net_high_tco2e", "sink_emission_ratio",
    "previous_year", "net_change_tco2e", "net_change_pct", "emission_change_pct", "report_section",
)

# --- smart-meter data (metering/inventory/meters.py, carbonmeter:meter_readings) ----------------

#: meter_readings PROBLEMS: one gap, counter reset or duplicate (``kind`` meter_gap|meter_reset|meter_duplicate).
METER_PROBLEM_COLUMNS = ("meter_id", "timestamp", "kind", "value", "detail")
#: meter_readings CONSUMPTION: one meter and period; ``amount`` in the meter's ``unit``, ``coverage`` 0…1.
METER_CONSUMPTION_COLUMNS = (
    "meter_id", "entity", "region", "park", "indicator", "carrier", "unit", "period", "amount", "n_readings",
    "coverage", "gaps", "resets", "duplicates",
)
#: meter_readings WARNINGS (and WARNINGS_LAYER): one entity and period; ratio = emission / reference, level 0–3
#: (normal, attention, warning, alarm), −1 without a reference.
METER_WARNING_COLUMNS = (
    "entity", "period", "emission_tco2e", "reference_tco2e", "basis", "ratio", "level", "level_name",
)

#: Every exchanged table by its name in docs/dev/contracts.md.
TABLES = {
    "pieces": PIECE_COLUMNS,
    "change_matrix": CHANGE_MATRIX_COLUMNS,
    "plot_carbon": PLOT_CARBON_COLUMNS,
    "density": DENSITY_COLUMNS,
    "change_density": CHANGE_COLUMNS,
    "piece_stock": PIECE_COLUMNS + STOCK_PIECE_COLUMNS + STOCK_FACT_COLUMNS,
    "stock_summary": SUMMARY_COLUMNS + STOCK_FACT_COLUMNS + (AREA_METHOD,),
    "uncertainty": UNCERTAINTY_COLUMNS + UNCERTAINTY_RUN_COLUMNS,
    "histogram": HISTOGRAM_COLUMNS,
    "carbon_balance": BALANCE_COLUMNS,
    "meter_problems": METER_PROBLEM_COLUMNS,
    "meter_consumption": METER_CONSUMPTION_COLUMNS,
    "meter_warnings": METER_WARNING_COLUMNS,
}
