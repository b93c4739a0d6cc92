"""carbonmeter:stratum_density — plot densities to a density table per stratum and pool."""

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..metering import POOLS, POOLS_WITH_TOTAL, sampling
from ..metering import density as core
from ..metering.vocabulary import Confidence
from .base import CarbonAlgorithm
from .messages import object_words, pool_words
from .qgis_io import source_to_frame, write_table


def _stratum_words(value):
    """A stratum in the messages' words: a metering object id by its name (乔木林), each part of a
    combined stratum (``forest_arbor|fir``) likewise; the user's own stratum values as they are."""
    return " / ".join(str(object_words(part)) for part in str(value).split("|"))


def _few(items, limit=10):
    """At most ``limit`` strata as text (objects by name), with how many were left out."""
    items = list(items)
    text = "; ".join(_stratum_words(i) for i in items[:limit])
    if len(items) > limit:
        text += " … (+{0})".format(len(items) - limit)
    return text


class StratumDensityAlgorithm(CarbonAlgorithm):
    INPUT = "INPUT"
    STRATUM_FIELD = "STRATUM_FIELD"
    YEAR = "YEAR"
    POOL_YEARS = "POOL_YEARS"
    CONFIDENCE = "CONFIDENCE"
    DEFAULTS = "DEFAULTS"
    TARGET_PRECISION = "TARGET_PRECISION"
    AREAS = "AREAS"
    AREA_YEAR = "AREA_YEAR"
    OUTPUT = "OUTPUT"
    #: Loaded outputs get their translated name and shipped style (layer_style).
    OUTPUT_STYLES = {"OUTPUT": "density", "CHANGE_OUTPUT": "density_change"}
    PLAN = "PLAN"
    STRATIFIED = "STRATIFIED"
    BASE_YEAR = "BASE_YEAR"
    TARGET_YEAR = "TARGET_YEAR"
    CHANGE_OUTPUT = "CHANGE_OUTPUT"

    def output_title_suffix(self, output, parameters, context):
        """The density table's year after its name: the chain loads one table per year."""
        year = parameters.get(self.YEAR)
        return " {0}".format(self.parameterAsInt(parameters, self.YEAR, context)) if year not in (None, "") else ""

    def name(self):
        return "stratum_density"

    def displayName(self):  # noqa: N802
        return self.tr("Stratum carbon density")

    def group(self):
        return self.tr("Parcel carbon metering")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Computes the carbon density of each stratum and pool from plot densities (the output of "
            "plot_carbon): number of plots n, mean, standard deviation sd, standard error SE = sd/√n, "
            "confidence half-width = t × SE (Student's t, two-sided, df = n − 1) and U % = half-width / "
            "mean × 100, for the pools agb, bgb, deadwood, litter, soil and total, in t C/ha "
            "(Hubei spec ch. 6 and ch. 9; CDM AR-TOOL14). It also gives n_required, the number of plots "
            "needed for the target precision, n = (t × CV / E)² iterated on the degrees of freedom "
            "(AR-TOOL03 form).\n\n"
            "Strata are the metering objects, optionally crossed with another field (e.g. county or "
            "forest type): the stratum is then 'object|value'. Crossed strata are for reporting and survey "
            "planning; parcel_stock needs densities keyed by object (or by land-class code), so with a "
            "crossed stratum field the output also holds one row set per object with all its plots pooled "
            "(stratum = object, note says so), which parcel_stock and uncertainty use.\n\n"
            "Pool values that plot_carbon filled from the default table (method_<pool> = default or none) "
            "are not plot observations and are left out. Every metered object without plots, and every "
            "pool without measured values in a stratum, gets the default density (source = default) with "
            "its own, larger uncertainty. The total row is the statistics of the plot totals when every "
            "plot of the stratum has every pool measured; otherwise it is the sum of the pool means with "
            "half-width √Σ half-width² (IPCC 2006 GL vol. 1 eq. 3.2, pools independent). A stratum with "
            "a single plot keeps the plot value as mean; its sd, SE are empty and U % is taken from the "
            "default table (see the note field).\n\n"
            "The log also gives the total number of plots a stratified survey needs for the target "
            "precision of the stratified mean total density, with its Neyman allocation over the strata "
            "(AR-TOOL03: n = (t/E)² (Σ w_i s_i)², df = n − M, the smallest n meeting its own rule; "
            "n_i = n w_i s_i / Σ w_i s_i from the unrounded n, rounded up). The weights are the strata's "
            "areas (AR-TOOL03/AR-TOOL14: w_i = A_i / A) summed from the overlay pieces given as Areas "
            "(parcel_change or parcel_stock output); without them each stratum weighs by its share of the "
            "plots (the survey taken as proportional to area), and the log says so. The optional outputs "
            "Plot plan and Stratified mean hold these as tables: the plan with w_i, n_i unrounded and "
            "rounded, t and df; the AR-TOOL14 stratified mean Σ w_i b_i with SE = √(Σ w_i² s_i²/n_i), "
            "t with df = Σ n_i − M, half-width and U %.\n\n"
            "Parameters:\n"
            "- Plots: point layer or table with object, survey_year, the pool fields in t C/ha and, when "
            "present, method_<pool> (the output of plot_carbon).\n"
            "- Stratum field: field crossed with the metering object (default: object, no crossing).\n"
            "- Survey year: when set, only plots with survey_year equal to it are used; a year no plot "
            "has stops the run (a year mismatch between the plots and the chain).\n"
            "- Pool survey years: off by default. Without a survey year, plots of several survey years are "
            "refused (their pooled mean is no year's density); turn this on to pool them on purpose.\n"
            "- Confidence level: 90 % (AR-TOOL14) or 95 % (IPCC 2006 GL vol. 1 ch. 3).\n"
            "- Default densities: optional table (object, pool, mean t C/ha, u_pct, source; or wide with "
            "pool columns); the shipped table when empty.\n"
            "- Target precision: allowable error E in percent of the mean, for n_required.\n"
            "- Areas: optional overlay pieces (parcel_change or parcel_stock output) whose areas weight the "
            "strata (ha; area_ha or area_m2).\n"
            "- Year of the areas: automatic (the pieces' base_year/target_year matched with Survey year, "
            "else the metering year), or the base or metering year's objects.\n\n"
            "Output: one row per stratum and pool with stratum, object, stratum_value, pool, n, mean, sd, "
            "se, half_width (t C/ha), u_pct (%), source (plots or default), n_required, note and survey_year "
            "(the survey year of the plots used, empty when years were pooled; parcel_stock checks it against "
            "its base and metering year). Plot plan "
            "(optional): stratum, weight, weight_basis (area or plots), area_ha, n, mean, sd (t C/ha), "
            "n_required_unrounded, n_required, t, df, precision_pct, confidence_pct, pool; the row ALL holds "
            "the total. Stratified mean (optional): stratum, weight, weight_basis, area_ha, n, mean, sd, se, "
            "t, df, half_width (t C/ha), u_pct, confidence_pct, pool; the row ALL is the stratified mean.\n\n"
            "Change density (when base and metering year are given): permanent plots (固定样地, field "
            "permanent_id) measured at both years are paired (Hubei spec ch. 6: reuse permanent plots). Per "
            "object and pool: change = mean of the paired differences per year elapsed, SE = sd/√n (df = "
            "n − 1), n_pairs; where the object also has unpaired plots (temporary, lost, new) the composite "
            "of the paired and the unpaired estimate, weighted by inverse variance (Schreuder, Gregoire & "
            "Wood 1993, ch. 11); without any pair the difference of the two years' means (independent "
            "samples). The column estimator says which; change_independent and se_independent give the "
            "independent-samples estimate from all plots for comparison. Units t C/ha/a."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        param = QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Plots (plot carbon densities)"), [QgsProcessing.SourceType.TypeVector]
        )
        param.setHelp(self.tr("Plots with object, survey_year and agb, bgb, deadwood, litter, soil, total "
                              "in t C/ha: the output of plot_carbon."))
        self.addParameter(param)

        param = QgsProcessingParameterField(
            self.STRATUM_FIELD, self.tr("Stratum field"), defaultValue="object",
            parentLayerParameterName=self.INPUT, optional=True,
        )
        param.setHelp(self.tr("Field whose values split each metering object into strata (e.g. county or "
                              "stratum), for reporting and survey planning. Default: object, i.e. one stratum "
                              "per metering object. With another field the output also keeps per-object rows "
                              "(all plots pooled) for parcel_stock, which needs object or code keys."))
        self.addParameter(param)

        param = QgsProcessingParameterNumber(
            self.YEAR, self.tr("Survey year (only plots of this year)"),
            type=QgsProcessingParameterNumber.Type.Integer, optional=True, minValue=1900, maxValue=2200,
        )
        param.setHelp(self.tr("When set, only plots whose survey_year equals this year are used; the chain "
                              "computes one table for the base year and one for the metering year."))
        self.addParameter(param)

        param = QgsProcessingParameterBoolean(
            self.POOL_YEARS, self.tr("Pool plots of several survey years"), defaultValue=False, optional=True,
        )
        param.setHelp(self.tr("Off (default): without a survey year, plots of more than one survey_year stop "
                              "the run, since their pooled mean is the density of no year. On: pool them on "
                              "purpose (e.g. one density table for both years)."))
        param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(param)

        param = QgsProcessingParameterEnum(
            self.CONFIDENCE, self.tr("Confidence level"), options=[self.tr("90 %"), self.tr("95 %")],
            defaultValue=0,
        )
        param.setHelp(self.tr("Two-sided confidence level of the half-width and U %: 90 % as CDM AR-TOOL14, "
                              "95 % as IPCC 2006 GL vol. 1 ch. 3."))
        self.addParameter(param)

        param = QgsProcessingParameterFeatureSource(
            self.DEFAULTS, self.tr("Default densities"), [QgsProcessing.SourceType.TypeVector], optional=True,
        )
        param.setHelp(self.tr("Optional default-density table for strata without plots: columns object, "
                              "pool, mean (t C/ha), u_pct (%), source; or object plus the pool columns. "
                              "Empty: the shipped table metering/data/default_density.csv."))
        self.addParameter(param)

        param = QgsProcessingParameterNumber(
            self.TARGET_PRECISION, self.tr("Target precision (% of the mean)"),
            type=QgsProcessingParameterNumber.Type.Double, defaultValue=10.0, minValue=0.1, maxValue=100.0,
        )
        param.setHelp(self.tr("Allowable error E in percent of the mean used for n_required, the number of "
                              "plots a stratum needs (AR-TOOL03); 10 % is the usual target."))
        param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(param)

        param = QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Areas (overlay pieces)"), [QgsProcessing.SourceType.TypeVector], optional=True,
        )
        param.setHelp(self.tr("Optional pieces of parcel_change or parcel_stock: the area (area_ha, or area_m2) "
                              "of each stratum weights it in the stratified plan and mean (AR-TOOL03 w_i = "
                              "stratum area / total area). Empty: weights = the strata's shares of the plots."))
        self.addParameter(param)

        param = QgsProcessingParameterEnum(
            self.AREA_YEAR, self.tr("Year of the areas"),
            options=[self.tr("Automatic"), self.tr("Base year objects"), self.tr("Metering year objects")],
            defaultValue=0,
        )
        param.setHelp(self.tr("Which year's metering objects of the pieces define the strata areas: automatic "
                              "takes the year whose base_year/target_year field equals Survey year, else the "
                              "metering year."))
        param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(param)

        param = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Stratum densities"), QgsProcessing.SourceType.TypeVector
        )
        param.setHelp(self.tr("Table with one row per stratum and pool (densities in t C/ha)."))
        self.addParameter(param)

        param = QgsProcessingParameterFeatureSink(
            self.PLAN, self.tr("Plot plan (AR-TOOL03)"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=False,
        )
        param.setHelp(self.tr("Optional table: per stratum the weight, n_i unrounded and rounded (Neyman), the t "
                              "and df used; the row ALL holds the total n for the target precision."))
        self.addParameter(param)

        param = QgsProcessingParameterFeatureSink(
            self.STRATIFIED, self.tr("Stratified mean (AR-TOOL14)"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=False,
        )
        param.setHelp(self.tr("Optional table: per stratum and, in the row ALL, the stratified mean total "
                              "density (t C/ha), its SE, t (df = n − M), half-width and U %."))
        self.addParameter(param)

        for name, label in ((self.BASE_YEAR, self.tr("Base year of the change density")),
                            (self.TARGET_YEAR, self.tr("Metering year of the change density"))):
            param = QgsProcessingParameterNumber(name, label, type=QgsProcessingParameterNumber.Type.Integer,
                                                 optional=True, minValue=1900, maxValue=2200)
            param.setHelp(self.tr("With both years given, the change density from the permanent plots measured "
                                  "at both years is written to the change-density output (t C/ha/a)."))
            self.addParameter(param)

        param = QgsProcessingParameterFeatureSink(
            self.CHANGE_OUTPUT, self.tr("Change densities"), QgsProcessing.SourceType.TypeVector, optional=True,
            createByDefault=False)
        param.setHelp(self.tr("Table with one row per object and pool: the change density in t C/ha/a, its SE, "
                              "half-width, U %, the estimator (paired, composite or independent), n_pairs and "
                              "the independent-samples estimate for comparison. Needs base and metering year."))
        self.addParameter(param)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(self.invalidSourceError(parameters, self.INPUT))
        layer_name = source.sourceName()
        stratum_field = self.parameterAsString(parameters, self.STRATUM_FIELD, context) or "object"
        year = None
        if parameters.get(self.YEAR) not in (None, ""):
            year = self.parameterAsInt(parameters, self.YEAR, context)
        confidence = float(Confidence.at(self.parameterAsEnum(parameters, self.CONFIDENCE, context)).value)
        precision = self.parameterAsDouble(parameters, self.TARGET_PRECISION, context)

        names = {f.name() for f in source.fields()}
        needed = ["object"] + list(POOLS_WITH_TOTAL)
        pool_years = self.parameterAsBool(parameters, self.POOL_YEARS, context)
        if year is not None or (not pool_years and "survey_year" in names):
            needed.append("survey_year")
        missing = [n for n in needed if n not in names]
        if missing:
            self.fail(self.tr("Layer {0} lacks the fields {1}: run plot_carbon first, its output has "
                              "them.").format(layer_name, ", ".join(missing)))
        if stratum_field not in names:
            self.fail(self.tr("Layer {0} has no field {1} (Stratum field); choose a field of the plots "
                              "layer.").format(layer_name, stratum_field))
        methods = [m for m in ("method_" + p for p in POOLS) if m in names]
        extra = [f for f in ("plot_id", "permanent_id", "survey_year") if f in names]
        fields = list(dict.fromkeys(needed + [stratum_field] + methods + extra))
        plots = source_to_frame(source, feedback=feedback, fields=fields, progress=(0, 40))
        years = [parameters.get(k) for k in (self.BASE_YEAR, self.TARGET_YEAR)]
        results = {}
        if all(y not in (None, "") for y in years) and self.CHANGE_OUTPUT in parameters \
                and parameters[self.CHANGE_OUTPUT] is not None:
            results.update(self.change_output(parameters, context, feedback, plots, confidence))
        feedback.pushInfo(self.tr("Read {0} plots from {1}.").format(len(plots), layer_name))

        with self.core_errors():
            plots = core.plots_of_year(plots, year, pool_years, layer=layer_name)
        if year is not None:
            feedback.pushInfo(self.tr("{0} plots have survey_year {1}.").format(len(plots), year))

        defaults = None
        defaults_name = "default_density.csv"
        defaults_source = self.parameterAsSource(parameters, self.DEFAULTS, context)
        with self.core_errors():
            if defaults_source is not None:
                defaults_name = defaults_source.sourceName()
                table = source_to_frame(defaults_source, feedback=feedback, progress=(40, 50))
                defaults = core.normalize_defaults(table.drop(columns=["fid"]), defaults_name)
            else:
                defaults = core.load_default_density()
            # the year the densities are of, recorded on every row for parcel_stock (NULL when pooled)
            survey_year = year if year is not None else core.survey_year_of(plots)
            table = core.stratum_density(plots, stratum_field, confidence, precision, defaults,
                                         progress=self.core_progress(feedback, 50, 90), layer=layer_name,
                                         defaults_name=defaults_name, survey_year=survey_year)

        filled = []
        for pool in POOLS:
            column = "method_" + pool
            if column in plots.columns:
                count = int(plots[column].map(
                    lambda v: v is not None and str(v).strip().lower() in core.FILLED_METHODS).sum())
                if count:
                    filled.append("{0} {1}".format(pool_words(pool), count))
        if filled:
            feedback.pushInfo(self.tr("Pool values filled by plot_carbon (method default or none) are not "
                                      "counted as observations (pool, plots): {0}.").format(", ".join(filled)))

        with_plots = table[table["source"] == core.SOURCE_PLOTS]
        feedback.pushInfo(self.tr("{0} strata with plots, {1} objects on default densities, confidence "
                                  "{2:g} %.").format(with_plots["stratum"].nunique(),
                                                     table.loc[table["n"] == 0, "stratum"].nunique(), confidence))
        single = sorted(set(table.loc[table["n"] == 1, "stratum"]))
        if single:
            feedback.pushInfo(self.tr("Strata with a single plot (U % from the default table): {0}.").format(
                _few(single)))
        short = table[(table["pool"] == "total") & (table["n"] >= 2) & (table["n_required"] > table["n"])]
        for row in short.itertuples():
            feedback.pushInfo(self.tr("Stratum {0}: {1} plots, {2} needed for ±{3:g} % at {4:g} %.").format(
                _stratum_words(row.stratum), row.n, int(row.n_required), precision, confidence))

        sampling_tables = self._sampling(parameters, context, feedback, table, stratum_field, year, precision,
                                         confidence)

        self.check_canceled(feedback)
        dest = write_table(self, parameters, self.OUTPUT, context, table, feedback=None)
        for name, frame in sampling_tables.items():
            if parameters.get(name) not in (None, ""):
                results[name] = write_table(self, parameters, name, context, frame, feedback=None)
        feedback.setProgress(100)
        results[self.OUTPUT] = dest
        return {k: v for k, v in results.items() if v is not None}

    # --- sampling statistics (AR-TOOL03 plan, AR-TOOL14 stratified mean): self-contained part ---

    def _sampling(self, parameters, context, feedback, table, stratum_field, year, precision, confidence):
        """Log the stratified plan and return {PLAN: frame, STRATIFIED: frame}."""
        areas = None
        pieces_source = self.parameterAsSource(parameters, self.AREAS, context)
        with self.core_errors():
            if pieces_source is not None:
                names = {f.name() for f in pieces_source.fields()}
                wanted = [c for c in ("base_object", "target_object", "change_flag", "area_ha", "area_m2",
                                      "base_year", "target_year", stratum_field) if c in names]
                pieces = source_to_frame(pieces_source, feedback=feedback, fields=list(dict.fromkeys(wanted)),
                                         progress=(90, 95))
                role = self._area_role(parameters, context, pieces, year)
                areas = sampling.stratum_areas(pieces, role, stratum_field, layer=pieces_source.sourceName())
                feedback.pushInfo(self.tr("Strata weights from the areas of the {0} year's objects in {1} "
                                          "({2:.2f} ha).").format(
                    self.tr("base") if role == "base" else self.tr("metering"), pieces_source.sourceName(),
                                                                  sum(v for k, v in areas.items() if "|" not in k)))
            plan, estimate, notes = sampling.sampling_tables(table, precision, confidence, areas)
        self.log_notes(feedback, notes)
        if len(plan):
            strata = plan[plan["stratum"] != sampling.ALL]
            total = plan[plan["stratum"] == sampling.ALL].iloc[0]
            allocation = "; ".join("{0}: {1:g}".format(_stratum_words(r.stratum), r.n_required)
                                   for r in strata.itertuples())
            basis = self.tr("weights = strata areas") if total["weight_basis"] == sampling.BASIS_AREA else \
                self.tr("weights = share of the plots")
            feedback.pushInfo(self.tr("Stratified survey (AR-TOOL03, Neyman allocation, {0}): {1:g} plots in total "
                                      "(unrounded {2:.2f}, t {3:.3f}) for ±{4:g} % of the stratified mean total "
                                      "density at {5:g} %; per stratum: {6}.").format(
                basis, total["n_required"], total["n_required_unrounded"], total["t"], precision, confidence,
                allocation))
            mean = estimate[estimate["stratum"] == sampling.ALL].iloc[0]
            feedback.pushInfo(self.tr("Stratified mean total density (AR-TOOL14): {0:.3f} t C/ha ± {1:.3f} "
                                      "(U {2:.2f} %, t {3:.3f}, df {4:g}).").format(
                mean["mean"], mean["half_width"], mean["u_pct"], mean["t"], mean["df"]))
        return {self.PLAN: plan, self.STRATIFIED: estimate}

    def _area_role(self, parameters, context, pieces, year):
        """base or target: the year whose objects define the strata areas."""
        choice = self.parameterAsEnum(parameters, self.AREA_YEAR, context)
        if choice == 1:
            return "base"
        if choice == 2:
            return "target"
        if year is not None:
            for role in ("base", "target"):
                column = role + "_year"
                if column in pieces.columns:
                    values = {str(v).strip() for v in pieces[column] if v is not None and not pd.isna(v)}
                    if values == {str(year)}:
                        return role
        return "target"

    def _estimator_words(self, estimator):
        """A change estimator (change_estimator PAIRED, INDEPENDENT, COMPOSITE) in words."""
        words = {"paired": self.tr("paired plots"), "independent": self.tr("independent samples"),
                 "composite": self.tr("composite of paired and independent")}
        return words.get(str(estimator), str(estimator))

    def change_output(self, parameters, context, feedback, plots, confidence):
        """The change-density table from the permanent plots measured at both years."""
        from ..metering import change_estimator

        base = self.parameterAsInt(parameters, self.BASE_YEAR, context)
        target = self.parameterAsInt(parameters, self.TARGET_YEAR, context)
        if "plot_id" not in plots.columns or "survey_year" not in plots.columns:
            self.fail(self.tr("The change density needs the fields plot_id and survey_year."))
        if "permanent_id" not in plots.columns:
            feedback.pushWarning(self.tr("The plots have no permanent_id field: no plot is paired, the change "
                                         "is the difference of the two years' means (independent samples)."))
        with self.core_errors():
            change, notes = change_estimator.change_density(plots, base, target, confidence)
        self.log_notes(feedback, notes)
        for row in change[change["pool"] == "total"].itertuples():
            feedback.pushInfo(self.tr("Change density {0}: {1:.3f} ± {2:.3f} t C/ha/a ({3}, {4} pairs).").format(
                object_words(row.object), row.change, row.half_width, self._estimator_words(row.estimator),
                row.n_pairs))
        dest = write_table(self, parameters, self.CHANGE_OUTPUT, context, change, feedback=None)
        return {self.CHANGE_OUTPUT: dest}
