"""``carbonmeter:restoration_benefit``: carbon benefit of restoration units (guideline 004; methods.md §7)."""

import numpy as np
from qgis.core import (
    NULL,
    QgsFeatureRequest,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..metering import density as density_core
from ..metering.restoration import benefit as core
from ..metering.vocabulary import M2_PER_HA
from .base import GROUP_RESTORATION, CarbonAlgorithm
from .qgis_compat import INTEGER, REAL, TEXT, make_field
from .qgis_io import close_sink, source_to_frame, write_frame, write_table

_KINDS = {"unit": TEXT, "restoration_type": TEXT, "baseline_object": TEXT, "with_object": TEXT, "method": TEXT,
          "with_rule": TEXT, "baseline": TEXT,
          "report_section": TEXT, "start_year": INTEGER, "horizon_year": INTEGER, "plots": INTEGER,
          "deviation_flag": INTEGER}


def _value(v):
    """A field value, None for NULL (a QVariant NULL is not None)."""
    return None if v is None or v == NULL or str(v).strip() == "" else v


class RestorationBenefitAlgorithm(CarbonAlgorithm):
    UNITS = "UNITS"
    TYPE_FIELD = "TYPE_FIELD"
    BASELINE_FIELD = "BASELINE_FIELD"
    WITH_FIELD = "WITH_FIELD"
    DENSITY = "DENSITY"
    START_YEAR = "START_YEAR"
    HORIZON_YEAR = "HORIZON_YEAR"
    TRANSITION_YEARS = "TRANSITION_YEARS"
    GROWTH = "GROWTH"
    DEGRADATION = "DEGRADATION"
    PLOTS = "PLOTS"
    PLOT_FIELD = "PLOT_FIELD"
    DEVIATION_LIMIT = "DEVIATION_LIMIT"
    OUTPUT = "OUTPUT"
    TABLE = "TABLE"

    GROUP_ID = GROUP_RESTORATION
    HELP_DOC = "docs/restoration_benefit.md"

    def name(self):
        return "restoration_benefit"

    def displayName(self):  # noqa: N802
        return self.tr("Restoration carbon benefit")

    def group(self):
        return self.tr("Ecological restoration")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Carbon benefit of ecological restoration per unit and per year (restoration guideline 004, "
            "methods.md §7): stock with the measure minus stock without it, by the IPCC 2006 GL vol. 4 ch. 2 "
            "stock-difference method with local densities (t C/ha, the stratum_density output). Without the "
            "measure (the baseline, kept explicit) the unit's current object keeps its density, or loses carbon at "
            "the degradation rate given for it (DEGRADATION). With the measure the unit reaches the density of "
            "the restoration type's target object linearly over the transition period from its current density "
            "(every pool; IPCC 2006 GL vol. 4 eq. 2.25, default 20 years). A target object less dense than the "
            "current one is not used: the unit keeps its object (with_rule kept_current), so protecting a forest "
            "never books a loss. Benefit (t C) at the horizon year; annual sink increase = benefit / (horizon − "
            "start), t C/a and t CO2e/a (× 44/12).\n\n"
            "Parameters:\n"
            "- UNITS: restoration polygons (restoration_areas OUTPUT); TYPE_FIELD the restoration type, "
            "BASELINE_FIELD the current metering object, WITH_FIELD (optional) the object restored to; empty: "
            "by type (forest → forest_arbor, grassland → grassland, wetland → wetland_marsh, soil and water "
            "conservation → forest_shrub, mine → grassland; vegetation recovery: shrub and other forest land → "
            "forest_arbor, bamboo stays bamboo, wetland → wetland_marsh, any other land → grassland).\n"
            "- DENSITY: density table keyed by object (stratum_density OUTPUT or a wide table).\n"
            "- START_YEAR, HORIZON_YEAR: calendar years; TRANSITION_YEARS: years over which the target density "
            "is reached (IPCC default 20).\n"
            "- GROWTH (optional): table object, pool, growth in t C/ha/a (local growth parameters); biomass "
            "then grows from the baseline density, capped at the restored density.\n"
            "- DEGRADATION (optional): table object, pool, loss in t C/ha/a (pools agb, bgb, deadwood, litter, "
            "soil): the degrading trend of the current object without the measure; the baseline declines by it, "
            "never below 0. A unit restored to its own object with a constant baseline has no benefit (logged).\n"
            "- PLOTS (optional): plot points (plot_carbon OUTPUT) with PLOT_FIELD the measured total density "
            "(t C/ha). Per unit the mean of the plots inside is compared with the modelled current density (the "
            "current object's, which the plots measure): deviation "
            "% = (modelled − measured)/measured × 100, flagged beyond ±DEVIATION_LIMIT % (default 10: guideline 004 "
            "§4(一), stock deviation within ±10 %). With a survey_year field (plot_carbon OUTPUT) only the plots of "
            "START_YEAR count.\n\n"
            "Outputs: OUTPUT, the units with the benefit columns; TABLE, the same rows with report_section = "
            "restoration_benefit for Export report (SECTIONS). Details in docs/restoration_benefit.md."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        def add(param, help_text):
            param.setHelp(help_text)
            self.addParameter(param)

        add(QgsProcessingParameterFeatureSource(self.UNITS, self.tr("Restoration units"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon]),
            self.tr("Restoration polygons (restoration_areas OUTPUT); areas are measured in the layer's CRS (m)."))
        add(QgsProcessingParameterField(self.TYPE_FIELD, self.tr("Restoration type field"),
                                        defaultValue="restoration_type", parentLayerParameterName=self.UNITS),
            self.tr("Field with the restoration type (forest_restoration, grassland_restoration …)."))
        add(QgsProcessingParameterField(self.BASELINE_FIELD, self.tr("Baseline object field"),
                                        defaultValue="target_object", parentLayerParameterName=self.UNITS),
            self.tr("Field with the unit's current metering object: the baseline without the measure."))
        add(QgsProcessingParameterField(self.WITH_FIELD, self.tr("Restored object field"), optional=True,
                                        parentLayerParameterName=self.UNITS),
            self.tr("Optional field with the metering object the unit is restored to; empty: by restoration type."))
        add(QgsProcessingParameterFeatureSource(self.DENSITY, self.tr("Densities"),
                                                [QgsProcessing.SourceType.TypeVector]),
            self.tr("Density table keyed by metering object, t C/ha per pool (stratum_density OUTPUT)."))
        add(QgsProcessingParameterNumber(self.START_YEAR, self.tr("Start year of the measure"), defaultValue=2023),
            self.tr("Calendar year in which the measure starts."))
        add(QgsProcessingParameterNumber(self.HORIZON_YEAR, self.tr("Horizon year"), defaultValue=2043),
            self.tr("Calendar year at which the stocks are compared (after the start year)."))
        add(QgsProcessingParameterNumber(self.TRANSITION_YEARS, self.tr("Transition period (years)"),
                                         QgsProcessingParameterNumber.Type.Double, defaultValue=20.0,
                                         minValue=0.001),
            self.tr("Years over which the restored object's density is reached from the current one, linearly, "
                    "every pool (IPCC 2006 GL vol. 4 eq. 2.25: 20)."))
        add(QgsProcessingParameterFeatureSource(self.GROWTH, self.tr("Growth parameters"),
                                                [QgsProcessing.SourceType.TypeVector], optional=True),
            self.tr("Optional table object, pool, growth (t C/ha/a; pools agb, bgb, deadwood, litter): the restored "
                    "biomass grows from the baseline density, capped at the restored object's density. Empty: "
                    "stock difference with the restored object's density at the horizon."))
        add(QgsProcessingParameterFeatureSource(self.DEGRADATION, self.tr("Degradation rates"),
                                                [QgsProcessing.SourceType.TypeVector], optional=True),
            self.tr("Optional table object, pool, loss (t C/ha/a; pools agb, bgb, deadwood, litter, soil): the "
                    "baseline of a unit with this current object declines by it each year without the measure "
                    "(never below 0). Empty: the baseline stock is constant."))
        add(QgsProcessingParameterFeatureSource(self.PLOTS, self.tr("Plots"),
                                                [QgsProcessing.SourceType.TypeVectorPoint], optional=True),
            self.tr("Optional plot points with a measured total carbon density (t C/ha), for the check (within "
                    "±DEVIATION_LIMIT %) against the modelled current density; with a survey_year field "
                    "(plot_carbon) only the plots of the start year are used."))
        add(QgsProcessingParameterField(self.PLOT_FIELD, self.tr("Measured density field"), defaultValue="total",
                                        optional=True, parentLayerParameterName=self.PLOTS),
            self.tr("Field of the plots with the measured total density, t C/ha (plot_carbon: total)."))
        add(QgsProcessingParameterNumber(self.DEVIATION_LIMIT, self.tr("Plot check limit (%)"),
                                         QgsProcessingParameterNumber.Type.Double,
                                         defaultValue=core.DEVIATION_LIMIT_PCT, minValue=0.0),
            self.tr("A unit is flagged when its modelled current density deviates from the plots' mean by more than "
                    "this percentage (guideline 004 §4(一): stock deviation within ±10 %)."))
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Restoration benefit"),
                                              QgsProcessing.SourceType.TypeVectorPolygon),
            self.tr("The units with baseline and restored stocks (t C), benefit and annual sink increase."))
        add(QgsProcessingParameterFeatureSink(self.TABLE, self.tr("Restoration benefit table"),
                                              QgsProcessing.SourceType.TypeVector, optional=True),
            self.tr("The same rows without geometry, with report_section = restoration_benefit (Export report)."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.UNITS, context)
        type_field = self.parameterAsFields(parameters, self.TYPE_FIELD, context)[0]
        base_field = self.parameterAsFields(parameters, self.BASELINE_FIELD, context)[0]
        with_fields = self.parameterAsFields(parameters, self.WITH_FIELD, context)
        start = self.parameterAsInt(parameters, self.START_YEAR, context)
        horizon = self.parameterAsInt(parameters, self.HORIZON_YEAR, context)
        period = self.parameterAsDouble(parameters, self.TRANSITION_YEARS, context)
        dsource = self.parameterAsSource(parameters, self.DENSITY, context)
        frame = source_to_frame(dsource, feedback=feedback)
        rows, geometries = [], []
        for feature in source.getFeatures():
            self.check_canceled(feedback)
            geom = feature.geometry()
            rows.append({"unit": str(feature.id()), "restoration_type": feature[type_field],
                         "baseline_object": feature[base_field],
                         "with_object": _value(feature[with_fields[0]]) if with_fields else None,
                         "area_ha": geom.area() / M2_PER_HA if geom is not None and not geom.isEmpty() else 0.0})
            geometries.append(geom)
        import pandas as pd

        units = pd.DataFrame(rows, columns=["unit", "restoration_type", "baseline_object", "with_object", "area_ha"])
        with self.core_errors():
            table = density_core.DensityTable.parse(frame.drop(columns=[c for c in ("fid",) if c in frame]),
                                                    name=dsource.sourceName())
            gsource = self.parameterAsSource(parameters, self.GROWTH, context)
            growth = None
            if gsource is not None:
                growth = core.parse_growth(source_to_frame(gsource, feedback=feedback), gsource.sourceName())
            dsrc = self.parameterAsSource(parameters, self.DEGRADATION, context)
            degradation = None
            if dsrc is not None:
                degradation = core.parse_degradation(source_to_frame(dsrc, feedback=feedback), dsrc.sourceName())
            result = core.restoration_benefit(units, table, start, horizon, period, growth, degradation)
        self.log_notes(feedback, [n for n in (core.zero_benefit_note(result),) if n is not None])
        plots = self.parameterAsSource(parameters, self.PLOTS, context)
        if plots is not None:
            pfield = (self.parameterAsFields(parameters, self.PLOT_FIELD, context) or ["total"])[0]
            request = QgsFeatureRequest().setDestinationCrs(source.sourceCrs(), context.transformContext())
            points = [(f.geometry(), _value(f[pfield])) for f in plots.getFeatures(request)]
            if plots.fields().indexOf("survey_year") >= 0:
                # the plots measure the state of their survey year: the check compares the current state
                # (start year) with the plots of that year only (plot_carbon writes survey_year)
                years = [_value(f["survey_year"]) for f in plots.getFeatures(request)]
                kept = [p for p, y in zip(points, years) if y is not None and int(y) == start]
                feedback.pushInfo(self.tr("Plot check on the {0} plots of survey year {1} ({2} plots of other "
                                          "years left out).").format(len(kept), start, len(points) - len(kept)))
                points = kept
            counts, means = [], []
            for geom in geometries:
                values = [float(v) for g, v in points if geom is not None and g is not None and v is not None
                          and geom.contains(g)]
                counts.append(len(values))
                means.append(float(np.mean(values)) if values else np.nan)
            limit = self.parameterAsDouble(parameters, self.DEVIATION_LIMIT, context)
            result = core.add_plot_check(result, counts, means, limit)
            flagged = int(result["deviation_flag"].sum())
            feedback.pushInfo(self.tr("Plot check: {0} of {1} units with plots deviate beyond ±{2:g} %.").format(
                flagged, int((result["plots"] > 0).sum()), limit))
        fields = QgsFields()
        for column in core.COLUMNS:
            if column != "report_section":
                fields.append(make_field(column, _KINDS.get(column, REAL)))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon,
                                          source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for g in geometries:
            if g is not None:
                g.convertToMultiType()
        write_frame(sink, result.drop(columns=["report_section"]), fields, geometries=geometries)
        close_sink(sink)
        out = {self.OUTPUT: dest}
        if parameters.get(self.TABLE):
            out[self.TABLE] = write_table(self, parameters, self.TABLE, context, result)
        feedback.pushInfo(self.tr("Carbon benefit {0:,.2f} t C by {1}; annual sink increase {2:,.2f} t CO2e/a.").format(
            float(result["benefit_tc"].sum()), horizon, float(result["sink_increase_tco2e_per_year"].sum())))
        return out
