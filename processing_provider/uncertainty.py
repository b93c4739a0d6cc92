"""``carbonmeter:uncertainty``: uncertainty of stock and sink (IPCC Approach 1 and Monte Carlo)."""

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ..metering import uncertainty as core
from ..metering import vocabulary as v
from ..metering.density import DensityTable
from ..metering.overlay.geometry import release_freed_memory
from . import messages
from .base import CarbonAlgorithm
from .qgis_io import source_to_frame, write_table


class UncertaintyAlgorithm(CarbonAlgorithm):
    INPUT = "INPUT"
    BASE_DENSITY = "BASE_DENSITY"
    TARGET_DENSITY = "TARGET_DENSITY"
    AREA_U = "AREA_U"
    CORRELATION = "CORRELATION"
    CHANGE = "CHANGE"
    ITERATIONS = "ITERATIONS"
    SEED = "SEED"
    DISTRIBUTION = "DISTRIBUTION"
    DISCOUNT = "DISCOUNT"
    BASE_YEAR = "BASE_YEAR"
    TARGET_YEAR = "TARGET_YEAR"
    OUTPUT = "OUTPUT"
    #: Loaded outputs get their translated name and shipped style (layer_style).
    OUTPUT_STYLES = {"OUTPUT": "uncertainty", "HISTOGRAM": "histogram"}
    HISTOGRAM = "HISTOGRAM"

    GROUP_ID = "parcel_metering"

    def name(self):
        return "uncertainty"

    def displayName(self):  # noqa: N802
        return self.tr("Uncertainty of stock and sink (IPCC Approach 1 and Monte Carlo)")

    def group(self):
        return self.tr("Parcel carbon metering")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Evaluates the uncertainty of the carbon stock of both years and of the sink, per county, "
            "per metering object, per pool and in total (Hubei spec ch. 9 and appendix E; IPCC 2006 "
            "Guidelines vol. 1 ch. 3). U is half the 95 % confidence interval in % of the estimate.\n\n"
            "Approach 1 (u1_pct): error propagation, products by IPCC eq. 3.1 (density x area) and sums "
            "and differences by eq. 3.2; terms that share a stratum density or a cell area are added "
            "before squaring, so correlation is kept.\n"
            "Approach 2 (mc_*, u2_pct): Monte Carlo over stratum-level aggregates. A stratum density "
            "used in both years is drawn once per iteration for both years (quantity 'sink'); the "
            "quantity 'sink_independent' draws the two years independently, to show the difference.\n\n"
            "Parameters:\n"
            "- Parcel stock pieces (INPUT): the OUTPUT of Parcel carbon stock, with county, base_object, "
            "target_object, base_key, target_key, area_m2, stock_base_<pool>_tc, stock_target_<pool>_tc (t C) "
            "and the facts parcel_stock records on every piece: base_year, target_year, the density tables' "
            "names and checksums and whether one table served both years. Uncertainty reads these facts and "
            "never infers them back.\n"
            "- Stratum densities (BASE_DENSITY): the long table of Stratum carbon density (stratum, pool, "
            "mean in t C/ha, n, se, u_pct). With n >= 2 and se the 95 % half-width is t(95 %, n-1) x se; "
            "otherwise u_pct is read as a 95 % half-width.\n"
            "- Metering-year densities (TARGET_DENSITY, optional): a separate table for the metering-year "
            "keys; its densities are then drawn independently of the base year. Pass it when the two "
            "years' densities come from two independent plot samples (e.g. stratum_density run on the "
            "base-year and on the metering-year plots). Leave it empty when one density table serves both "
            "years: the same density error then affects both stocks and largely cancels in the sink "
            "(correlated; this is where the sink's U shrinks). Each table given must be the one parcel_stock "
            "used for that year (same checksum of its means), and when parcel_stock used two tables the "
            "metering-year table is required: otherwise the run stops.\n"
            "- Area uncertainty (AREA_U, %): U of the area of each county x base stratum x target "
            "stratum cell, the same in both years (one measurement of the parcels).\n"
            "- Correlation (CORRELATION, 0–1, default 0): with one density table per year, the correlation "
            "between the two tables' densities of the same stratum and pool: 0 independent samples, 1 the "
            "same factor (for partly remeasured samples, e.g. the share of remeasured plots; IPCC 2006 GL "
            "vol. 1 ch. 3 eq. 3.2 with a covariance term, h² = h₁² + h₂² − 2ρh₁h₂). The sink_independent "
            "rows always take 0, for comparison.\n"
            "- Iterations (ITERATIONS; 0 = Approach 1 only), random seed (SEED; the same seed gives the "
            "same results), distribution (DISTRIBUTION: normal, lognormal with the same mean and sd, "
            "or normal truncated at zero).\n"
            "- Discount (DISCOUNT): applies the conservative discount of CDM AR-TOOL14 on both sides: the "
            "baseline stock (stock_base) is raised by it (estimate + discount), the target stock and the sink "
            "rows (removals) are lowered (estimate - discount) (U <= 10 %: none; "
            " 10-15 %: 25 % of the half-width; 15-20 %: 50 %; 20-30 %: 75 %; "
            "> 30 %: all). AR-TOOL14 defines these bands on the 90 % confidence U, so the discount uses "
            "the 90 % half-width: from the Monte Carlo 5th and 95th percentiles, or, without "
            "iterations, the Approach 1 U x 1.645 / 1.960.\n"
            "- Base and metering year (BASE_YEAR, TARGET_YEAR, optional): checked against the years parcel_stock "
            "recorded; a different year stops the run.\n\n"
            "Pieces present in one year only (change_flag 2 or 3) have no stock change and are left out "
            "of the stocks and the sink, as in the parcel_stock SUMMARY group all.\n\n"
            "Outputs: OUTPUT, one row per level (county, object, pool, total), name and quantity "
            "(stock_base, stock_target in t C; sink, sink_independent in t CO2e/a) with estimate, "
            "u1_pct, mc_mean, mc_p2_5, mc_p97_5, u2_pct, u2_low_pct, u2_high_pct (asymmetric), "
            "discount_u_pct (the 90 % U used), discount_share, discount (in the row's unit) and conservative "
            "(estimate + discount for stock_base, estimate - discount otherwise). "
            "HISTOGRAM (optional): bin_low, bin_high (t CO2e/a) and count of the "
            "Monte Carlo total sink (correlated case)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        defaults = core.default_parameters()

        def add(param, help_text):
            param.setHelp(help_text)
            if param.name() in (self.AREA_U, self.ITERATIONS, self.SEED, self.DISTRIBUTION):
                # expert settings: sensible defaults from metering/data/uncertainty_defaults.csv
                param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(param)

        add(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Parcel stock pieces"), [QgsProcessing.SourceType.TypeVector]
            ),
            self.tr("The pieces written by Parcel carbon stock: county, objects, keys, area_m2, "
                    "stock_base_<pool>_tc and stock_target_<pool>_tc in t C, and the recorded facts (years, "
                    "density tables)."),
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.BASE_DENSITY, self.tr("Stratum densities"), [QgsProcessing.SourceType.TypeVector]
            ),
            self.tr("Long table of stratum densities (stratum, pool, mean t C/ha, n, se, u_pct), "
                    "matched to the pieces by base_key and target_key."),
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.TARGET_DENSITY, self.tr("Metering-year stratum densities"), [QgsProcessing.SourceType.TypeVector],
                optional=True,
            ),
            self.tr("Optional separate density table for target_key; its densities are drawn "
                    "independently of the base year. Give it when the metering-year densities come from a "
                    "separate plot sample; leave it empty when one table serves both years (the densities "
                    "are then fully correlated between the years)."),
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.CHANGE, self.tr("Change densities (permanent plots)"), [QgsProcessing.SourceType.TypeVector],
                optional=True),
            self.tr("The change-density table parcel_stock used (stratum_density CHANGE_OUTPUT): needed when the "
                    "pieces carry dc_estimator; the sink of those pieces then has the change's own U, and "
                    "sink_independent gives the sink from the two density tables as independent samples."),
        )
        add(
            QgsProcessingParameterNumber(
                self.CORRELATION, self.tr("Correlation between the two years' densities"),
                QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=0.0, maxValue=1.0,
            ),
            self.tr("ρ between the base- and metering-year density of the same stratum and pool when each year has "
                    "its own table: 0 independent samples (default), 1 the same factor. Ignored with one table."),
        )
        add(
            QgsProcessingParameterNumber(
                self.AREA_U, self.tr("Area uncertainty (%)"), QgsProcessingParameterNumber.Type.Double,
                defaultValue=defaults["area_u_pct"], minValue=0.0, maxValue=100.0,
            ),
            self.tr("Half the 95 % confidence interval of a cell's area (county x stratum change), "
                    "in % of the area; the same area serves both years. Default from "
                    "metering/data/uncertainty_defaults.csv."),
        )
        add(
            QgsProcessingParameterNumber(
                self.ITERATIONS, self.tr("Monte Carlo iterations"), QgsProcessingParameterNumber.Type.Integer,
                defaultValue=int(defaults["iterations"]), minValue=0, maxValue=10_000_000,
            ),
            self.tr("Number of Monte Carlo draws (IPCC Approach 2); 0 computes Approach 1 only."),
        )
        add(
            QgsProcessingParameterNumber(
                self.SEED, self.tr("Random seed"), QgsProcessingParameterNumber.Type.Integer,
                defaultValue=int(defaults["seed"]), minValue=0,
            ),
            self.tr("Seed of the random generator (numpy PCG64): the same seed gives the same results."),
        )
        add(
            QgsProcessingParameterEnum(
                self.DISTRIBUTION, self.tr("Distribution"),
                options=[self.tr("Normal"), self.tr("Lognormal (same mean and sd)"),
                         self.tr("Normal truncated at zero")],
                defaultValue=0,
            ),
            self.tr("Distribution of the relative density and area factors (mean 1, sd = U / 1.96)."),
        )
        add(
            QgsProcessingParameterBoolean(
                self.DISCOUNT, self.tr("Apply the AR-TOOL14 conservative discount to the sink"),
                defaultValue=False,
            ),
            self.tr("Deducts a share of the 90 % half-width from the sink by CDM AR-TOOL14, by the 90 % U: "
                    "U <= 10 % none, 10-15 % 25 %, 15-20 % 50 %, 20-30 % 75 %, > 30 % all."),
        )
        add(
            QgsProcessingParameterNumber(
                self.BASE_YEAR, self.tr("Base year"), QgsProcessingParameterNumber.Type.Integer,
                optional=True, minValue=1900, maxValue=2200,
            ),
            self.tr("Base year t1 (optional): parcel_stock records the years on every piece; a year given "
                    "here must equal the recorded one, else the run stops."),
        )
        add(
            QgsProcessingParameterNumber(
                self.TARGET_YEAR, self.tr("Metering year"), QgsProcessingParameterNumber.Type.Integer,
                optional=True, minValue=1900, maxValue=2200,
            ),
            self.tr("Metering year t2 (optional; checked against the recorded year like Base year)."),
        )
        add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Uncertainty table"), QgsProcessing.SourceType.TypeVector
            ),
            self.tr("One row per level, name and quantity with Approach 1 and Monte Carlo results."),
        )
        add(
            QgsProcessingParameterFeatureSink(
                self.HISTOGRAM, self.tr("Histogram of the Monte Carlo total sink"), QgsProcessing.SourceType.TypeVector,
                optional=True, createByDefault=False,
            ),
            self.tr("Optional table bin_low, bin_high (t CO2e/a), count of the Monte Carlo total sink "
                    "(correlated case)."),
        )

    # --- helpers ------------------------------------------------------------------------------

    def _read_pieces(self, source, feedback):
        names = [f.name() for f in source.fields()]
        pools = core.stock_pools(names)
        required = ["county", "base_object", "target_object", "base_key", "target_key", "change_flag", "area_m2"]
        missing = [n for n in required + list(v.STOCK_FACT_COLUMNS) if n not in names]
        if missing or not pools:
            raise messages.exception(core.UncertaintyError(
                "not_a_stock_layer", layer=source.sourceName(),
                fields=missing or [v.stock_column("base", "<pool>"), v.stock_column("target", "<pool>")]))
        stock_cols = [v.stock_column(r, p) for p in pools for r in v.YEAR_ROLES]
        wanted = required + stock_cols + list(v.STOCK_FACT_COLUMNS) + [
            n for n in (v.DC_ESTIMATOR,) + v.CHANGE_FACT_COLUMNS if n in names]
        frame = source_to_frame(source, wanted, feedback=feedback, progress=(0, 20))
        for col in stock_cols + ["area_m2"]:
            if frame[col].dtype.kind in "fiu":  # numbers already (the usual case): no call per value
                frame[col] = frame[col].astype(float)
                continue
            values = frame[col].apply(_as_float)
            bad = values.isna() & frame[col].notna()
            if bad.any():
                fid = frame.loc[bad, "fid"].iloc[0]
                self.fail(self.tr("Layer {0}, field {1}, feature {2}: the value is not a number; "
                                  "correct or recompute it.").format(source.sourceName(), col, fid))
            frame[col] = values
        return frame, pools

    def _read_change(self, parameters, context, pieces, layer, feedback):
        """The change table parcel_stock recorded (same checksum), or None when the pieces have none."""
        from ..metering.change_estimator import ChangeTable

        recorded = pieces[v.CHANGE_DENSITY_SHA256].dropna().unique() if v.CHANGE_DENSITY_SHA256 in pieces else []
        recorded = [r for r in recorded if str(r)]
        source = self.parameterAsSource(parameters, self.CHANGE, context)
        if not recorded:
            return None
        if source is None:
            raise core.UncertaintyError("change_table_needed", layer=layer,
                                        table=str(pieces[v.CHANGE_DENSITY].dropna().iloc[0]))
        table = ChangeTable(source_to_frame(source, feedback=feedback).drop(columns=["fid"]), source.sourceName())
        if table.checksum != str(recorded[0]):
            raise core.UncertaintyError("density_table_mismatch", layer=layer, role="change", table=table.name,
                                        recorded=str(pieces[v.CHANGE_DENSITY].dropna().iloc[0]),
                                        checksum=table.checksum[:12], recorded_checksum=str(recorded[0])[:12])
        estimators = ", ".join(sorted(set(table.rows["estimator"])))
        feedback.pushInfo(self.tr("Sink of the unchanged pieces from the change densities {0} "
                                  "(estimators: {1}).").format(table.name, estimators))
        return table

    def _read_density(self, source, key_kind, feedback):
        """The density table, parsed once into a DensityTable (the one parcel_stock read)."""
        frame = source_to_frame(source, feedback=feedback).drop(columns=["fid"])
        with self.core_errors():
            return DensityTable.parse(frame, key_kind, source.sourceName())

    def _given_year(self, parameters, name, context):
        return self.parameterAsInt(parameters, name, context) if parameters.get(name) not in (None, "") else None

    # --- run ------------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        density_source = self.parameterAsSource(parameters, self.BASE_DENSITY, context)
        if source is None:
            self.fail(self.invalidSourceError(parameters, self.INPUT))
        if density_source is None:
            self.fail(self.invalidSourceError(parameters, self.BASE_DENSITY))
        target_source = self.parameterAsSource(parameters, self.TARGET_DENSITY, context)
        area_u = self.parameterAsDouble(parameters, self.AREA_U, context)
        correlation = self.parameterAsDouble(parameters, self.CORRELATION, context)
        iterations = self.parameterAsInt(parameters, self.ITERATIONS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        distribution = v.Distribution.at(self.parameterAsEnum(parameters, self.DISTRIBUTION, context)).value
        discount = self.parameterAsBool(parameters, self.DISCOUNT, context)
        layer = source.sourceName()

        pieces, pools = self._read_pieces(source, feedback)
        with self.core_errors():
            # The facts parcel_stock wrote: years, which density tables, one table or two.
            facts = core.stock_facts(pieces, layer)
            years = core.check_years(facts, self._given_year(parameters, self.BASE_YEAR, context),
                                     self._given_year(parameters, self.TARGET_YEAR, context), layer)
            key_kind = v.KeyKind.parse(facts[v.DENSITY_KEY] or "object")
            base_table = self._read_density(density_source, key_kind, feedback)
            target_table = self._read_density(target_source, key_kind, feedback) if target_source else None
            same = core.check_density_tables(facts, base_table, target_table, layer)
            base_density = core.density_factors(base_table)
            target_density = None if same else core.density_factors(target_table)
        feedback.pushInfo(self.tr("Years {0} → {1} and density tables as parcel_stock recorded them ({2}).").format(
            facts[v.BASE_YEAR], facts[v.TARGET_YEAR],
            self.tr("one table for both years: correlated") if same else self.tr("one table per year: independent")))
        self.check_canceled(feedback)

        one_year = core.one_year_pieces(pieces)
        if one_year.any():
            area = pieces.loc[one_year, "area_m2"].sum() / v.M2_PER_HA
            feedback.pushInfo(self.tr("{0} pieces present in one year only (change_flag 2 or 3, {1:.4f} ha) "
                                      "are left out of the stocks and the sink, as in the parcel_stock "
                                      "SUMMARY group all.").format(int(one_year.sum()), area))
        cells = core.aggregate_pieces(pieces, pools)
        feedback.pushInfo(self.tr("{0} pieces aggregated to {1} cell-pool terms ({2} pools).")
                          .format(len(pieces), len(cells), len(pools)))
        with self.core_errors():
            change = self._read_change(parameters, context, pieces, layer, feedback)
            model = core.build_model(cells, base_density, target_density, area_u, years, correlation,
                                     change=None if change is None else change.factors())
        if target_density is not None:
            feedback.pushInfo(self.tr("Correlation between the two years' density tables: {0:g}.").format(
                correlation))
        feedback.setProgress(25)
        feedback.pushInfo(self.tr("Monte Carlo: {0} iterations, seed {1}, distribution {2}.")
                          .format(iterations, seed, distribution))
        with self.core_errors():
            bins = int(core.default_parameters()["histogram_bins"])
            table, hist = core.evaluate(model, iterations, seed, distribution, discount, bins=bins,
                                        progress=self.core_progress(feedback, 25, 95))
        total = table[(table["level"] == "total") & (table["quantity"] == "sink")].iloc[0]
        feedback.pushInfo(self.tr("Total sink {0:.3f} t CO2e/a, Approach 1 U {1:.1f} %, "
                                  "Monte Carlo U {2:.1f} %.")
                          .format(total["estimate"], total["u1_pct"], total["u2_pct"]))
        for column in v.STOCK_FACT_COLUMNS:  # the facts travel on to the report
            table[column] = facts[column]
        for column, value in zip(v.UNCERTAINTY_RUN_COLUMNS, (iterations, seed, distribution, correlation, area_u)):
            table[column] = value
        results = {self.OUTPUT: write_table(self, parameters, self.OUTPUT, context, table, feedback)}
        if parameters.get(self.HISTOGRAM) not in (None, ""):
            results[self.HISTOGRAM] = write_table(self, parameters, self.HISTOGRAM, context, hist, feedback)
        del pieces, cells, model
        release_freed_memory()  # the pieces and the Monte Carlo buffers: their pages back to the system
        feedback.setProgress(100)
        return results


def _as_float(value):
    if value is None:
        return np.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return np.nan
