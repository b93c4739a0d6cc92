"""carbonmeter:plot_carbon — carbon density per sample plot and pool (thin wrapper)."""

import os

from qgis.core import (
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..metering import POOLS, POOLS_WITH_TOTAL
from ..metering.parameters import AR_TOOL14_TREES, PLACEHOLDER, MeteringDataError, load_parameters
from ..metering.plot_carbon import RESULT_COLUMNS, plot_carbon
from .base import CarbonAlgorithm
from .messages import language, object_words, pool_words
from .qgis_compat import REAL, TEXT, make_field
from .qgis_io import close_sink, source_to_frame, write_frame

#: The survey tables read besides the plots, in parameter order.
CHILD_TABLES = ("trees", "shrub_herb", "litter", "deadwood", "soil")
MAX_LISTED_PROBLEMS = 20


class PlotCarbonAlgorithm(CarbonAlgorithm):
    INPUT = "INPUT"
    TREES = "TREES"
    SHRUB_HERB = "SHRUB_HERB"
    LITTER = "LITTER"
    DEADWOOD = "DEADWOOD"
    SOIL = "SOIL"
    SOIL_DEPTH = "SOIL_DEPTH"
    PARAMETERS = "PARAMETERS"
    DEFAULTS = "DEFAULTS"
    POOL_FACTORS = "POOL_FACTORS"
    AR_TOOL14 = "AR_TOOL14"
    OUTPUT = "OUTPUT"
    #: Loaded outputs get their translated name and shipped style (layer_style).
    OUTPUT_STYLES = {"OUTPUT": "plot_carbon"}

    GROUP_ID = "parcel_metering"
    TABLE_PARAMETERS = {"trees": TREES, "shrub_herb": SHRUB_HERB, "litter": LITTER,
                        "deadwood": DEADWOOD, "soil": SOIL}

    def name(self):
        return "plot_carbon"

    def displayName(self):  # noqa: N802
        return self.tr("Plot carbon by pool")

    def group(self):
        return self.tr("Parcel carbon metering")

    def tags(self):
        return self.tr("carbon,plot,sample plot,biomass,soil,litter,deadwood,样地,碳密度").split(",")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Computes the carbon density of each sample plot for the pools agb, bgb, deadwood, "
            "litter and soil and their total, in t C/ha, plus total_co2e in t CO2e/ha (× 44/12).\n\n"
            "Methods (Hubei spec: sample-plot survey; CDM AR-TOOL14 v04.2; LY/T 2253-2014; HJ 658; "
            "NY/T 1121.4):\n"
            "- Trees: volume route V = a·D^b·H^c (m³, D in cm, H in m), B_AG = V × WD × BEF; or "
            "allometric/culm route B_AG = a·D^b·H^c kg per tree; B_BG = B_AG × R; C = B × CF. Live "
            "trees give agb and bgb; standing dead trees go to deadwood with the decay-class density "
            "reduction and CF 0.50. Tree totals are divided by plot_area_m2.\n"
            "- Shrubs and herbs (harvest quadrats): dry mass = fresh mass × sample dry / sample fresh; "
            "mean over a plot's quadrats per layer; C_AG = B × CF, C_BG = B × R × CF (shrubs R 0.40, "
            "CF 0.47).\n"
            "- Litter: quadrat dry mass × CF 0.37.\n"
            "- Lying dead wood: volume (or cylinder from diameter and length) × WD × decay-class "
            "reduction × CF 0.50.\n"
            "- Soil: per layer SOCD (t C/ha) = SOC (g/kg) × BD (g/cm³) × thickness (cm) × (1 − gravel "
            "%/100) / 10, SOC = SOM × 0.58 where only SOM is given, summed to the reporting depth. "
            "Depth not covered by layers counts as 0 and is flagged (no extrapolation).\n"
            "A pool without measurements in a plot takes the default of the plot's metering object "
            "(method 'default'), or 0 (method 'none'); both are written to the warnings field. When the "
            "plots field pools_surveyed lists a survey table feeding the pool (trees or shrub_herb for agb "
            "and bgb; deadwood; litter; soil), the plot was searched and nothing found: the pool is a "
            "measured 0 (method 'measured_zero'). Without that field (older surveys) defaults apply as "
            "described.\n\n"
            "Parameters:\n"
            "INPUT: survey plots point layer (plot_id, object, plot_area_m2 in m², optional pools_surveyed, "
            "…).\n"
            "TREES, SHRUB_HERB, LITTER, DEADWOOD, SOIL: measurement tables of the survey schema. "
            "When left empty, the table of the same name in INPUT's GeoPackage is used if present.\n"
            "SOIL_DEPTH: soil reporting depth in cm (30 as in IPCC; 100 is common in China).\n"
            "PARAMETERS: optional table overriding the species parameters by species "
            "(species, route, equation, a, b, c, wd_t_m3, bef, r, cf, source); empty cells keep the "
            "shipped value.\n"
            "DEFAULTS: optional table of pool defaults in the format of default_density.csv (object, "
            "pool, mean in t C/ha, source; optional soil_depth_cm, default 30 cm) overriding the "
            "shipped rows.\n"
            "POOL_FACTORS: optional table in the format of metering/data/pool_factors.csv (factor, object, "
            "value, source): shrub_r, shrub_cf, herb_r, herb_cf, litter_cf, deadwood_cf, deadwood_wd_t_m3 "
            "(t/m³), som_to_soc, ar_tool14_bef; an empty object applies to every metering object, an object "
            "overrides it for that object. Herb roots: the shipped table counts them on grassland only (IPCC "
            "2006 GL vol. 4 table 6.1, R 4.0) and not under forest or on cropland (R 0, no sourced understory "
            "ratio); the warnings field says which ratio each plot used.\n"
            "AR_TOOL14: CDM AR-TOOL14 v04.2 tree defaults: off; for volume-route species whose row lacks BEF "
            "or R; or for every volume-route tree: BEF 1.15 and R = exp(−1.085 + 0.9256 ln b)/b with b the "
            "plot's live-tree above-ground biomass in t d.m./ha (Cairns et al. 1997). The species' volume "
            "equation and wood density still apply.\n"
            "The log lists every parameter used with its source and every placeholder value (status "
            "placeholder in the shipped tables).\n"
            "OUTPUT: the plots with agb, bgb, deadwood, litter, soil, total (t C/ha), total_co2e "
            "(t CO2e/ha), soil_depth_cm, method_<pool> (measurement route, measured_zero, default or none) "
            "and warnings."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        param = QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Survey plots"), [QgsProcessing.SourceType.TypeVectorPoint])
        param.setHelp(self.tr("Point layer of sample plots with plot_id, object and plot_area_m2 (m²), "
                              "normally the plots layer of a survey GeoPackage. Optional pools_surveyed: "
                              "comma-separated survey tables searched on the plot (trees, shrub_herb, litter, "
                              "deadwood, soil); a listed table without rows is a measured 0."))
        self.addParameter(param)

        table_help = {
            self.TREES: (self.tr("Trees"), self.tr(
                "Tree tally: plot_id, species, dbh_cm (cm), height_m (m), status (live or "
                "standing_dead), decay_class. Empty: the trees table of INPUT's GeoPackage.")),
            self.SHRUB_HERB: (self.tr("Shrub and herb quadrats"), self.tr(
                "Harvest quadrats: plot_id, layer (shrub or herb), quadrat_area_m2 (m²), fresh_mass_kg "
                "(kg), sample_fresh_g and sample_dry_g (g). Empty: the shrub_herb table of INPUT's "
                "GeoPackage.")),
            self.LITTER: (self.tr("Litter quadrats"), self.tr(
                "Litter quadrats: plot_id, quadrat_area_m2 (m²), fresh_mass_kg (kg), sample_fresh_g and "
                "sample_dry_g (g). Empty: the litter table of INPUT's GeoPackage.")),
            self.DEADWOOD: (self.tr("Lying dead wood"), self.tr(
                "Lying dead wood pieces: plot_id, species (optional), diameter_cm (cm) and length_m (m) "
                "or volume_m3 (m³), decay_class (1–3). Empty: the deadwood table of INPUT's GeoPackage.")),
            self.SOIL: (self.tr("Soil layers"), self.tr(
                "Soil layers: plot_id, layer_top_cm and layer_bottom_cm (cm), soc_g_kg or som_g_kg "
                "(g/kg), bulk_density_g_cm3 (g/cm³), gravel_pct (% by volume). Empty: the soil table "
                "of INPUT's GeoPackage.")),
        }
        for name in (self.TREES, self.SHRUB_HERB, self.LITTER, self.DEADWOOD, self.SOIL):
            label, help_text = table_help[name]
            param = QgsProcessingParameterFeatureSource(name, label, [QgsProcessing.SourceType.TypeVector],
                                                        optional=True)
            param.setHelp(help_text)
            self.addParameter(param)

        param = QgsProcessingParameterNumber(
            self.SOIL_DEPTH, self.tr("Soil reporting depth (cm)"), QgsProcessingParameterNumber.Type.Double,
            30.0, False, 1.0, 1000.0)
        param.setHelp(self.tr("Soil carbon is summed from 0 cm down to this depth (cm). 30 cm follows "
                              "IPCC 2006; 100 cm is common in Chinese surveys. Layers below it are "
                              "cut; plots whose layers stop short are flagged."))
        self.addParameter(param)

        param = QgsProcessingParameterFeatureSource(
            self.PARAMETERS, self.tr("Species parameter overrides"), [QgsProcessing.SourceType.TypeVector],
            optional=True)
        param.setHelp(self.tr("Table with a species column and any of route (volume, allometric, culm), "
                              "equation (power, power_d2h), a, b, c, wd_t_m3 (t/m³), bef, r, cf (t C/t "
                              "d.m.) and source. Rows replace the shipped parameters of that species; "
                              "empty cells keep the shipped value; new species are added."))
        self.addParameter(param)

        param = QgsProcessingParameterFeatureSource(
            self.DEFAULTS, self.tr("Pool default overrides"), [QgsProcessing.SourceType.TypeVector], optional=True)
        param.setHelp(self.tr("Table in the format of metering/data/default_density.csv: object, pool "
                              "(agb, bgb, deadwood, litter, soil), mean (t C/ha; density_t_c_ha is "
                              "accepted too), source and optionally soil_depth_cm (cm, soil rows; 30 when "
                              "absent). Used for plots without measurements of a pool, replacing shipped "
                              "rows with the same object and pool."))
        self.addParameter(param)

        param = QgsProcessingParameterFeatureSource(
            self.POOL_FACTORS, self.tr("Pool factor overrides"), [QgsProcessing.SourceType.TypeVector],
            optional=True)
        param.setHelp(self.tr("Table in the format of metering/data/pool_factors.csv: factor, object (empty: "
                              "every object), value, source. Rows replace the shipped rows with the same factor "
                              "and object (e.g. herb_r for forest_arbor)."))
        self.addParameter(param)

        param = QgsProcessingParameterEnum(
            self.AR_TOOL14, self.tr("AR-TOOL14 tree defaults"),
            options=[self.tr("Off (species table)"), self.tr("Where the species row has no BEF or R"),
                     self.tr("For every volume-route tree")], defaultValue=0)
        param.setHelp(self.tr("CDM AR-TOOL14 v04.2 defaults BEF 1.15 and R = exp(−1.085 + 0.9256 ln b)/b "
                              "(b: plot above-ground tree biomass, t d.m./ha) instead of the species' BEF and R."))
        param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(param)

        param = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Plot carbon"), QgsProcessing.SourceType.TypeVectorPoint)
        param.setHelp(self.tr("The plots with carbon density per pool (t C/ha), total_co2e (t CO2e/ha), "
                              "the soil depth, the method per pool and warnings."))
        self.addParameter(param)

    # ------------------------------------------------------------------ messages

    def problem_templates(self):
        """Translated texts of metering.parameters.PROBLEM_TEXT (same keys and placeholders)."""
        return {
            "missing_column": self.tr("Table {table} has no column {field}; add it."),
            "duplicate_key": self.tr(
                "Table {table}, row {row}: {field} '{value}' appears more than once; keep one row."),
            "required": self.tr("Table {table}, row {row}: {field} is empty; enter a value."),
            "not_number": self.tr("Table {table}, row {row}: {field} '{value}' is not a number."),
            "not_positive": self.tr("Table {table}, row {row}: {field} = {value} must be greater than 0."),
            "negative": self.tr("Table {table}, row {row}: {field} = {value} must not be negative."),
            "out_of_range": self.tr("Table {table}, row {row}: {field} = {value} is outside {other}."),
            "unknown_value": self.tr("Table {table}, row {row}: {field} '{value}' is not one of: {other}."),
            "dry_gt_fresh": self.tr(
                "Table {table}, row {row}: sample_dry_g {value} exceeds sample_fresh_g {other}; "
                "a dry sample cannot weigh more than the fresh one."),
            "bottom_le_top": self.tr(
                "Table {table}, row {row}: layer_bottom_cm {value} must be deeper than "
                "layer_top_cm {other}."),
            "layers_overlap": self.tr(
                "Table {table}, row {row}: the layer from {value} cm overlaps another layer of plot "
                "{other}; fix the layer depths."),
            "orphan": self.tr(
                "Table {table}, row {row}: plot_id '{value}' is not in the plots layer; add the plot "
                "or correct the id."),
            "no_species_parameters": self.tr(
                "Table {table}, row {row}: species '{value}' has no parameters and its group has no "
                "default; add a row for it to the parameter table."),
            "deadwood_size": self.tr(
                "Table {table}, row {row}: give volume_m3, or both diameter_cm and length_m."),
            "soil_carbon_missing": self.tr("Table {table}, row {row}: give soc_g_kg or som_g_kg."),
            "missing_wood_density": self.tr(
                "Table {table}, row {row}: species '{value}' uses the volume route but has no wd_t_m3 "
                "or bef; fill them in."),
        }

    def warning_templates(self):
        """Translated texts of metering.plot_carbon.WARNING_TEXT (same keys and placeholders)."""
        return {
            "default_used": self.tr(
                "{pool}: no measurements, default {value} t C/ha of object '{object}' used"),
            "no_data": self.tr("{pool}: no measurements and no default for object '{object}'; set to 0"),
            "default_depth": self.tr(
                "soil: the default is for 0–{other} cm, not the 0–{value} cm reporting depth"),
            "soil_short": self.tr(
                "soil: layers cover {value} cm of the 0–{other} cm reporting depth; the uncovered depth "
                "counts as 0 (not extrapolated)"),
            "gravel_assumed": self.tr("soil: gravel_pct empty in {value} layer(s), taken as 0"),
            "decay_assumed": self.tr(
                "deadwood: {value} piece(s) or standing dead tree(s) without decay class, taken as "
                "class 1 (sound)"),
            "group_default": self.tr(
                "trees: species '{value}' has no parameters of its own; group default '{other}' used"),
            "deadwood_wd_default": self.tr(
                "deadwood: {value} piece(s) without a species wood density; default {other} t/m³ used"),
            "herb_roots": self.tr(
                "herbs: root-shoot ratio {value} for object '{object}' (pool_factors row {other}; 0 = herb "
                "roots not counted)"),
            "ar_tool14_trees": self.tr(
                "trees: AR-TOOL14 defaults for {value} tree(s): BEF {other}, R = exp(−1.085 + 0.9256 ln b)/b at "
                "b = {source} t d.m./ha"),
        }

    def summary_templates(self):
        """Translated texts of metering.plot_carbon.SUMMARY_TEXT (same keys and placeholders)."""
        return {
            "default_used": self.tr(
                "{pool}: not surveyed on any of the {count} plot(s) of object '{object}'; its default {value} "
                "t C/ha is used on each ({field} = default)"),
            "herb_roots": self.tr(
                "herbs: root-shoot ratio {value} for object '{object}' on {count} plot(s) (pool_factors row "
                "{other}; 0 = herb roots not counted)"),
        }

    def note_templates(self):
        """Translated texts of metering.parameters.NOTE_TEXT (same keys and placeholders)."""
        return {
            "species_overridden": self.tr("species {species}: overridden by {table} row {row}"),
            "species_added": self.tr("species {species}: added by {table} row {row}"),
            "defaults_overridden": self.tr("pool defaults: {count} row(s) from {table}"),
            "factors_overridden": self.tr("pool factors: {count} row(s) from {table}"),
        }

    def _raise_problems(self, error):
        templates = self.problem_templates()
        lines = [p.message(templates) for p in error.problems[:MAX_LISTED_PROBLEMS]]
        more = len(error.problems) - MAX_LISTED_PROBLEMS
        if more > 0:
            lines.append(self.tr("… and {0} more problem(s).").format(more))
        raise QgsProcessingException(
            self.tr("Plot carbon cannot be computed; fix these values first:") + "\n" + "\n".join(lines))

    # ------------------------------------------------------------------ reading

    def _geopackage_of_input(self, parameters, context):
        """Path of the GeoPackage INPUT comes from, or None."""
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            return None
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
        path = parts.get("path") or ""
        return path if path.lower().endswith(".gpkg") and os.path.exists(path) else None

    @staticmethod
    def _gpkg_tables(path):
        from osgeo import ogr

        ds = ogr.Open(path)
        if ds is None:
            return set()
        names = {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
        ds = None
        return names

    @staticmethod
    def _read(source, feedback, with_geometry=False, progress=(0, 100)):
        """All fields of ``source`` (the feature id as ``fid``)."""
        return source_to_frame(source, feedback=feedback, with_geometry=with_geometry, progress=progress)

    def _child_tables(self, parameters, context, feedback):
        """DataFrames of the measurement tables and their labels for messages."""
        gpkg = self._geopackage_of_input(parameters, context)
        gpkg_tables = self._gpkg_tables(gpkg) if gpkg else set()
        frames, labels = {}, {}
        for n, table in enumerate(CHILD_TABLES):
            self.check_canceled(feedback)
            progress = (10 + 6 * n, 16 + 6 * n)
            param = self.TABLE_PARAMETERS[table]
            source = self.parameterAsSource(parameters, param, context)
            if source is not None:
                frames[table] = self._read(source, feedback, progress=progress)
                labels[table] = "{0} ({1})".format(param, source.sourceName())
                feedback.pushInfo(self.tr("{0}: {1} row(s) from the given table {2}.").format(
                    self._table_words(table), len(frames[table]), source.sourceName()))
            elif table in gpkg_tables:
                layer = QgsVectorLayer("{0}|layername={1}".format(gpkg, table), table, "ogr")
                if not layer.isValid():
                    raise QgsProcessingException(self.tr(
                        "Table {0} of GeoPackage {1} cannot be opened; check the file.").format(table, gpkg))
                frames[table] = self._read(layer, feedback, progress=progress)
                labels[table] = table
                feedback.pushInfo(self.tr(
                    "{0}: {1} row(s) from table {3} of the plots' GeoPackage {2}.").format(
                    self._table_words(table), len(frames[table]), gpkg, table))
            else:
                frames[table] = None
                feedback.pushInfo(self.tr("{0}: no table given or found; pool defaults apply.").format(
                    self._table_words(table)))
        return frames, labels

    # ------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        plots_source = self.parameterAsSource(parameters, self.INPUT, context)
        if plots_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        depth_cm = self.parameterAsDouble(parameters, self.SOIL_DEPTH, context)
        feedback.pushInfo(self.tr("Soil reporting depth: 0–{0:g} cm.").format(depth_cm))

        plots = self._read(plots_source, feedback, with_geometry=True, progress=(0, 10))
        plots_label = "plots ({0})".format(plots_source.sourceName())
        frames, labels = self._child_tables(parameters, context, feedback)

        overrides = {}
        for name in (self.PARAMETERS, self.DEFAULTS, self.POOL_FACTORS):
            source = self.parameterAsSource(parameters, name, context)
            overrides[name] = self._read(source, feedback) if source is not None else None
            if source is not None:
                feedback.pushInfo(self.tr("{0}: {1} row(s) from {2}.").format(
                    name, len(overrides[name]), source.sourceName()))
        self.check_canceled(feedback)
        feedback.setProgress(45)

        try:
            params = load_parameters(overrides[self.PARAMETERS], overrides[self.DEFAULTS],
                                     species_table=self.PARAMETERS, defaults_table=self.DEFAULTS,
                                     factors_override=overrides[self.POOL_FACTORS], factors_table=self.POOL_FACTORS,
                                     ar_tool14_trees=AR_TOOL14_TREES[self.parameterAsEnum(
                                         parameters, self.AR_TOOL14, context)])
            result = self._compute(plots, plots_label, frames, labels, params, depth_cm)
        except MeteringDataError as error:
            self._raise_problems(error)
        self.check_canceled(feedback)
        feedback.setProgress(70)

        note_templates = self.note_templates()
        for note in params.notes:
            if "species" in note.params:  # the species by its name (杉木 / Chinese fir); the row says which
                from ..metering.report_content import key_words

                note = type(note)(note.code, dict(note.params, species=key_words(
                    "species.csv", str(note.params["species"]), language())))
            feedback.pushInfo(note.message(note_templates))
        feedback.pushInfo(self.tr("Parameters used and their sources:"))
        for row in result.sources.itertuples(index=False):
            status = " [{0}]".format(self._status_words(row.status)) if row.status else ""
            feedback.pushInfo("  {0}{1}{2}{3}".format(self._parameter_words(row.parameter), status,
                                                     "：" if language() == "zh" else ": ", row.source))
        placeholders = result.sources[result.sources["status"] == PLACEHOLDER]
        if len(placeholders):
            feedback.pushWarning(self.tr("Placeholder values used (no published source; check them before "
                                         "reporting): {0}.").format(
                "; ".join(self._parameter_words(p) for p in placeholders["parameter"])))
        summary_templates = self.summary_templates()
        for line in result.summary:  # once per object, not on every plot; pools, objects and rows by name
            feedback.pushInfo(line.message(summary_templates, self._warning_words))
        flagged = result.plots["warnings"].notna().sum()
        feedback.pushInfo(self.tr("{0} plot(s) computed, {1} with warnings (see the warnings field).").format(
            len(result.plots), int(flagged)))

        fields = self._output_fields(plots_source.fields())
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             plots_source.wkbType(), plots_source.sourceCrs(),
                                             QgsFeatureSink.SinkFlag.RegeneratePrimaryKey)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        write_frame(sink, result.plots, fields, geometries=result.plots["geometry"].tolist(),
                    feedback=feedback, progress=(70, 100))
        close_sink(sink)
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}

    # ------------------------------------------------------------------ words of the log

    @staticmethod
    def _table_words(table):
        """A survey table (trees, shrub_herb …) by its name in the messages' language (乔木每木检尺)."""
        from ..metering.survey_schema import SCHEMA

        found = SCHEMA.get(table)
        return (found.zh if language() == "zh" else found.en) if found is not None else table

    def _parameter_words(self, parameter):
        """A parameter-source key of the core (``default_density:dry_land/deadwood``) in words:
        the parameter table, then objects, pools, species and factors by name (缺省碳密度 旱地 / 枯死木)."""
        from ..metering.report_content import key_words

        table, _, key = str(parameter).partition(":")
        tables = {"default_density": self.tr("default density"), "species_parameters": self.tr("species parameters"),
                  "pool_factors": self.tr("pool factor"), "decay_classes": self.tr("decay class"),
                  "ar_tool14": "AR-TOOL14"}
        if table == "ar_tool14" and key == "root_shoot":
            return "AR-TOOL14 " + self.tr("root-shoot ratio")
        words = key_words(table + ".csv", key, language()) if key else ""
        return "{0} {1}".format(tables.get(table, table), words).strip()

    @staticmethod
    def _warning_words(code, name, value):
        """A value of a plot warning in the messages' words: pools, objects and species by name."""
        from ..metering.report_content import key_words

        if name == "pool":
            return pool_words(value)
        if name == "object":
            return object_words(value)
        if code == "group_default" and name in ("value", "other") and isinstance(value, str):
            return key_words("species.csv", value, language())
        if code == "herb_roots" and name == "other" and isinstance(value, str):  # the pool_factors row
            return key_words("pool_factors.csv", value, language())
        return value

    @staticmethod
    def _status_words(status):
        """A parameter row's status (placeholder, transcribed_verify …) in words (占位值, 转录待核实)."""
        from ..metering.report_content import STATUS_LABELS

        pair = STATUS_LABELS.get(str(status))
        return (pair[0] if language() == "zh" else pair[1]) if pair else str(status)

    def _compute(self, plots, plots_label, frames, labels, params, depth_cm):
        return plot_carbon(plots, frames["trees"], frames["shrub_herb"], frames["litter"],
                           frames["deadwood"], frames["soil"], params, depth_cm,
                           warning_templates=self.warning_templates(),
                           labels=dict(labels, plots=plots_label), words=self._warning_words)

    def _output_fields(self, input_fields):
        fields = QgsFields()
        for f in input_fields:
            if f.name().lower() == "fid" or f.name() in RESULT_COLUMNS:
                continue
            fields.append(f)
        for name in POOLS_WITH_TOTAL + ("total_co2e", "soil_depth_cm"):
            fields.append(make_field(name, REAL))
        for pool in POOLS:
            fields.append(make_field("method_" + pool, TEXT))
        fields.append(make_field("warnings", TEXT))
        return fields

