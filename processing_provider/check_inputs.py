"""carbonmeter:check_inputs — the chain's cheap checks before any step runs (docs/refusals.md).

The first step of the chain model: every check that needs no overlay is made here, so a chain
that would stop later (base year = metering year, a wrong code field, a projected layer declared
geographic, a mapping table with unknown objects, plots without the years) stops before any
output exists. No check is written twice: the layer, CRS, code-field and mapping checks are
parcel_change's own (this class derives from it), the years are metering.stock.check_years and
the plots' years metering.density.plots_of_year. Usable on its own.
"""

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ..metering import density as density_core
from ..metering.errors import Note
from ..metering.overlay import check_code_field, check_layer_crs
from ..metering.parameters import MeteringDataError, load_parameters
from ..metering.stock import check_years
from ..metering.vocabulary import AreaMethod, KeyKind
from .parcel_change import DEFAULT_CODE_FIELD, ParcelChangeAlgorithm, crs_info
from .qgis_io import source_to_frame


def _value(v):
    """A feature attribute as Python (NULL QVariant → None)."""
    if v is None or (hasattr(v, "isNull") and v.isNull()):
        return None
    return v


class CheckInputsAlgorithm(ParcelChangeAlgorithm):
    PLOTS = "PLOTS"
    BASE_YEAR = "BASE_YEAR"
    TARGET_YEAR = "TARGET_YEAR"
    SPECIES_PARAMETERS = "SPECIES_PARAMETERS"
    POOL_DEFAULTS = "POOL_DEFAULTS"
    POOL_FACTORS = "POOL_FACTORS"
    DENSITY_DEFAULTS = "DENSITY_DEFAULTS"
    BASE_DENSITY = "BASE_DENSITY"
    TARGET_DENSITY = "TARGET_DENSITY"
    KEY = "KEY"
    SAMPLE = 5000

    def name(self):
        return "check_inputs"

    def displayName(self):  # noqa: N802
        return self.tr("Check the chain's inputs")

    def group(self):
        return self.tr("Parcel carbon metering")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Checks the inputs of the carbon metering chain before anything is computed or written, and "
            "stops with the message the later step would give: the years (the base year before the metering "
            "year), both parcel layers (polygons, not empty, the code field present and holding land-class "
            "codes — a real-valued area column is refused with the layer's code-like fields suggested), "
            "their CRS against their coordinates (a layer declared geographic holding projected metres is "
            "refused with the probable EPSG), the land class → object mapping table, the plots (a "
            "survey_year field, plots of both years) and the parameter tables given (required columns, "
            "numbers, the bounds of metering/data/plausible_ranges.csv, completeness, the survey year of a "
            "density table), each error naming the table, row and column. It is the first step of the chain "
            "model, so a run "
            "that would fail later leaves no output behind; it writes nothing itself. The checks are those "
            "of the steps themselves: parcel_change (Hubei spec ch. 5 and 8, GB/T 21010 codes), stratum_density "
            "(plots of the survey year, Hubei spec ch. 6) and parcel_stock (t1 < t2, ch. 8).\n\n"
            "Parameters: BASE, TARGET (parcel layers), BASE_FIELD, TARGET_FIELD (code fields, default "
            "DLBM), MAPPING (optional table code → object), COUNTY_FIELD (optional), AREA_METHOD (official "
            "needs TBDLMJ or TBMJ), PLOTS (optional plots layer with survey_year), BASE_YEAR, TARGET_YEAR "
            "(calendar years).\n"
            "Parameter tables (optional, each read as the step that uses it reads it): SPECIES_PARAMETERS, "
            "POOL_DEFAULTS, POOL_FACTORS (plot_carbon's PARAMETERS, DEFAULTS, POOL_FACTORS: species "
            "parameters such as wood density t/m³, BEF, R, CF checked against their plausible ranges), "
            "DENSITY_DEFAULTS (stratum_density's DEFAULTS: object, pool, mean t C/ha, u_pct, or wide; no "
            "negative mean, none above the plausible range, every metered object and pool present), "
            "BASE_DENSITY, TARGET_DENSITY (parcel_stock's density tables, keyed as KEY: object or land-class "
            "code; complete, plausible, and a table's survey_year equal to BASE_YEAR or TARGET_YEAR).\n"
            "Outputs: BASE_YEAR, TARGET_YEAR (the years checked), BASE_FIELD, TARGET_FIELD (the code "
            "fields used)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        super().initAlgorithm(config)
        for name in ("MIN_AREA", "SNAP_TOLERANCE", "OUTPUT", "CHANGE_MATRIX"):
            self.removeParameter(name)
        param = QgsProcessingParameterFeatureSource(
            self.PLOTS, self.tr("Sample plots"), [QgsProcessing.SourceType.TypeVector], optional=True)
        param.setHelp(self.tr("Plots with a survey_year field (the survey GeoPackage's plots layer or the "
                              "output of plot_carbon): both years must have plots."))
        self.addParameter(param)
        for name, title, help_text in (
            (self.BASE_YEAR, self.tr("Base year"), self.tr("Calendar year t1 of the base survey.")),
            (self.TARGET_YEAR, self.tr("Metering year"), self.tr("Calendar year t2 of the metering survey "
                                                              "(later than the base year)."))):
            param = QgsProcessingParameterNumber(name, title, QgsProcessingParameterNumber.Type.Integer,
                                                 minValue=1900, maxValue=2200)
            param.setHelp(help_text)
            self.addParameter(param)
        for name, title, help_text in (
                (self.SPECIES_PARAMETERS, self.tr("Species parameter overrides (plot_carbon PARAMETERS)"),
                 self.tr("Optional table given to plot_carbon as PARAMETERS (species and the parameter columns "
                         "wd_t_m3, bef, r, cf …): checked as plot_carbon reads it, bounds from the plausible "
                         "ranges table.")),
                (self.POOL_DEFAULTS, self.tr("Pool default overrides (plot_carbon DEFAULTS)"),
                 self.tr("Optional table given to plot_carbon as DEFAULTS (object, pool, density_t_c_ha or mean "
                         "in t C/ha).")),
                (self.POOL_FACTORS, self.tr("Pool factor overrides (plot_carbon POOL_FACTORS)"),
                 self.tr("Optional table given to plot_carbon as POOL_FACTORS (factor, object, value, source).")),
                (self.DENSITY_DEFAULTS, self.tr("Default densities (stratum_density DEFAULTS)"),
                 self.tr("Optional default-density table given to stratum_density as DEFAULTS (object, pool, "
                         "mean t C/ha, u_pct %, source; or wide): no negative or implausible mean, every "
                         "metered object and pool present.")),
                (self.BASE_DENSITY, self.tr("Base-year densities (parcel_stock BASE_DENSITY)"),
                 self.tr("Optional density table given to parcel_stock for the base year (t C/ha): complete, "
                         "plausible, and its survey_year (when it has one) equal to the base year.")),
                (self.TARGET_DENSITY, self.tr("Metering-year densities (parcel_stock TARGET_DENSITY)"),
                 self.tr("Optional density table for the metering year: as the base-year table, its survey_year "
                         "equal to the metering year."))):
            param = QgsProcessingParameterFeatureSource(name, title, [QgsProcessing.SourceType.TypeVector],
                                                        optional=True)
            param.setHelp(help_text)
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(param)
        param = QgsProcessingParameterEnum(
            self.KEY, self.tr("Density key"), options=[self.tr("Metering object"), self.tr("Land-class code")],
            defaultValue=0)
        param.setHelp(self.tr("How the density tables BASE_DENSITY and TARGET_DENSITY are keyed, as parcel_stock's "
                              "KEY: by metering object or by land-class code."))
        param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(param)
        for name, title in ((self.BASE_YEAR, self.tr("Base year")), (self.TARGET_YEAR, self.tr("Metering year"))):
            self.addOutput(QgsProcessingOutputNumber(name, title))
        for name, title in ((self.BASE_FIELD, self.tr("Base land-class code field")),
                            (self.TARGET_FIELD, self.tr("Metering-year land-class code field"))):
            self.addOutput(QgsProcessingOutputString(name, title))

    def _code_sample(self, source, label, field, mapping):
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setLimit(self.SAMPLE)
        names = source.fields().names()
        values = {n: [] for n in names}
        for feature in source.getFeatures(request):
            for name, v in zip(names, feature.attributes()):
                values[name].append(_value(v))
        check_code_field(label, field, values[field], values, mapping)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self._keep_alive = []
        if parameters.get(self.BASE_YEAR) in (None, "") or parameters.get(self.TARGET_YEAR) in (None, ""):
            self.fail(self.tr("Give both the base year and the metering year (BASE_YEAR, TARGET_YEAR)."))
        base_year = self.parameterAsInt(parameters, self.BASE_YEAR, context)
        target_year = self.parameterAsInt(parameters, self.TARGET_YEAR, context)
        fields = {}
        with self.core_errors():
            check_years(base_year, target_year)
            official = AreaMethod.at(self.parameterAsEnum(parameters, self.AREA_METHOD, context)) == AreaMethod.OFFICIAL
            county_param = self.parameterAsString(parameters, self.COUNTY_FIELD, context)
            mapping = self._mapping(parameters, context, feedback)
            for name, field_name, role in ((self.BASE, self.BASE_FIELD, "BASE_FIELD"),
                                           (self.TARGET, self.TARGET_FIELD, "TARGET_FIELD")):
                source, _layer, label = self._source(parameters, name, context, feedback)
                field = self.parameterAsString(parameters, field_name, context) or DEFAULT_CODE_FIELD
                self._check_layer(source, label, field, role, county_param, official)
                e = source.sourceExtent()
                check_layer_crs(label, crs_info(source.sourceCrs()),
                                (e.xMinimum(), e.yMinimum(), e.xMaximum(), e.yMaximum()))
                self._code_sample(source, label, field, mapping)
                fields[field_name] = field
                feedback.pushInfo(self.tr("{0}: {1} parcels, code field {2}, CRS {3}: checked.").format(
                    label, source.featureCount(), field, source.sourceCrs().authid()))
            plots = self.parameterAsSource(parameters, self.PLOTS, context)
            if plots is not None:
                self._check_plots(plots, base_year, target_year, feedback)
            self._check_density_tables(parameters, context, feedback, base_year, target_year)
            self._check_plot_parameters(parameters, context, feedback)
        feedback.setProgress(100)
        return {self.BASE_YEAR: base_year, self.TARGET_YEAR: target_year, **fields}

    def _check_plots(self, plots, base_year, target_year, feedback):
        import pandas as pd

        label = plots.sourceName()
        if "survey_year" not in plots.fields().names():
            raise density_core.DensityInputError("missing_fields", layer=label, fields=["survey_year"])
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(["survey_year"], plots.fields())
        frame = pd.DataFrame({"survey_year": [_value(f["survey_year"]) for f in plots.getFeatures(request)]})
        for year in (base_year, target_year):
            n = len(density_core.plots_of_year(frame, year, layer=label))
            feedback.pushInfo(self.tr("{0}: {1} plots of {2}.").format(label, n, year))

    # --- the parameter tables, read as the steps that use them read them ---------------------------

    def _table(self, parameters, name, context, feedback):
        """(frame with fid, table name) of an optional table parameter, or (None, None)."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None, None
        # named as the user knows it: the table and the parameter it was given as
        return source_to_frame(source, feedback=feedback), "{0} ({1})".format(source.sourceName(), name)

    def _check_density_tables(self, parameters, context, feedback, base_year, target_year):
        frame, name = self._table(parameters, self.DENSITY_DEFAULTS, context, feedback)
        if frame is not None:
            defaults = density_core.check_default_table(frame, name)
            self.log_notes(feedback, [Note.info("table_checked", table=name, rows=len(defaults))])
        key_kind = KeyKind.at(self.parameterAsEnum(parameters, self.KEY, context))
        for param, year, year_param in ((self.BASE_DENSITY, base_year, self.BASE_YEAR),
                                        (self.TARGET_DENSITY, target_year, self.TARGET_YEAR)):
            frame, name = self._table(parameters, param, context, feedback)
            if frame is None:
                continue
            table = density_core.DensityTable.parse(frame.drop(columns=["fid"]), key_kind, name)
            self.log_notes(feedback, density_core.check_table_year(table, year, year_param))
            missing = [o for o in density_core.metered_objects() if o not in table.means.index]
            if key_kind is KeyKind.OBJECT and missing:
                # parcel_stock names the keys its pieces need; here only the objects are known
                self.log_notes(feedback, [Note.warning("density_objects_missing", table=name,
                                                       objects=", ".join(missing))])
            self.log_notes(feedback, [Note.info("table_checked", table=name, rows=len(table.means))])

    def _check_plot_parameters(self, parameters, context, feedback):
        from .plot_carbon import PlotCarbonAlgorithm

        tables = {name: self._table(parameters, name, context, feedback)
                  for name in (self.SPECIES_PARAMETERS, self.POOL_DEFAULTS, self.POOL_FACTORS)}
        if all(frame is None for frame, _ in tables.values()):
            return
        names = {k: label or k for k, (_, label) in tables.items()}
        try:
            load_parameters(tables[self.SPECIES_PARAMETERS][0], tables[self.POOL_DEFAULTS][0],
                            species_table=names[self.SPECIES_PARAMETERS], defaults_table=names[self.POOL_DEFAULTS],
                            factors_override=tables[self.POOL_FACTORS][0], factors_table=names[self.POOL_FACTORS])
        except MeteringDataError as error:
            templates = PlotCarbonAlgorithm().problem_templates()
            lines = [p.message(templates) for p in error.problems[:20]]
            if len(error.problems) > 20:
                lines.append(self.tr("… and {0} more problem(s).").format(len(error.problems) - 20))
            raise QgsProcessingException(self.tr("The parameter tables cannot be used; fix these values first:")
                                         + "\n" + "\n".join(lines)) from None
        for frame, label in tables.values():
            if frame is not None:
                self.log_notes(feedback, [Note.info("table_checked", table=label, rows=len(frame))])
