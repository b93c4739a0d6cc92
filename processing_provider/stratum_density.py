"""carbonmeter:stratum_density — plot densities to a density table per stratum and pool."""

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

from ..metering import POOLS, POOLS_WITH_TOTAL
from ..metering import density as core
from ..metering.vocabulary import Confidence
from .base import CarbonAlgorithm
from .qgis_io import source_to_frame, write_table


def _few(items, limit=10):
    """At most ``limit`` items as text, with how many were left out."""
    items = list(items)
    text = "; ".join(str(i) for i in items[:limit])
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
    OUTPUT = "OUTPUT"

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
            "(AR-TOOL03: n = (t/E)² (Σ w_i s_i)², n_i = n w_i s_i / Σ w_i s_i; weights w_i = each "
            "stratum's share of the plots).\n\n"
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
            "- Target precision: allowable error E in percent of the mean, for n_required.\n\n"
            "Output: one row per stratum and pool with stratum, object, stratum_value, pool, n, mean, sd, "
            "se, half_width (t C/ha), u_pct (%), source (plots or default), n_required and note."
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
                              "computes one table for the base year and one for the target year."))
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

        param = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Stratum densities"), QgsProcessing.SourceType.TypeVector
        )
        param.setHelp(self.tr("Table with one row per stratum and pool (densities in t C/ha)."))
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
        fields = list(dict.fromkeys(needed + [stratum_field] + methods))
        plots = source_to_frame(source, feedback=feedback, fields=fields, progress=(0, 40))
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
            table = core.stratum_density(plots, stratum_field, confidence, precision, defaults,
                                         progress=self.core_progress(feedback, 50, 90), layer=layer_name,
                                         defaults_name=defaults_name)

        filled = []
        for pool in POOLS:
            column = "method_" + pool
            if column in plots.columns:
                count = int(plots[column].map(
                    lambda v: v is not None and str(v).strip().lower() in core.FILLED_METHODS).sum())
                if count:
                    filled.append("{0} {1}".format(pool, count))
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
                row.stratum, row.n, int(row.n_required), precision, confidence))

        plan = core.stratified_plan(table, precision, confidence)
        if plan is not None:
            allocation = "; ".join("{0}: {1}".format(s, n) for s, n in zip(plan["strata"], plan["allocation"]))
            feedback.pushInfo(self.tr("Stratified survey (AR-TOOL03, Neyman allocation, weights = share of the "
                                      "plots): {0} plots in total for ±{1:g} % of the stratified mean total "
                                      "density at {2:g} %; per stratum: {3}.").format(
                plan["n"], precision, confidence, allocation))

        self.check_canceled(feedback)
        dest = write_table(self, parameters, self.OUTPUT, context, table, feedback=None)
        feedback.setProgress(100)
        return {self.OUTPUT: dest}
