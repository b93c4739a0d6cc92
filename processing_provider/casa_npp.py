"""``carbonmeter:casa_npp``: monthly and annual NPP by the CASA model (DB4403/T 348 NPP acquisition)."""

import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..metering.files import atomic_output
from ..metering.rs import CLASS_TABLE, blocks, casa, read_class_table
from . import rs_io
from .base import GROUP_REMOTE_SENSING, CarbonAlgorithm

NPP_UNIT = "g C m-2 month-1"
ANNUAL_UNIT = "g C m-2 a-1"


def casa_options(water_stress_index):
    """The core options of the algorithm's parameters (only WATER_STRESS is a parameter)."""
    return casa.CasaOptions(water_stress=(casa.WaterStress.ZHU, casa.WaterStress.POTTER)[int(water_stress_index)])


class CasaNppAlgorithm(CarbonAlgorithm):
    NDVI = "NDVI"
    TEMPERATURE = "TEMPERATURE"
    PRECIPITATION = "PRECIPITATION"
    RADIATION = "RADIATION"
    VEGETATION = "VEGETATION"
    CLASS_TABLE = "CLASS_TABLE"
    PET = "PET"
    WATER_STRESS = "WATER_STRESS"
    NDVI_SCALE = "NDVI_SCALE"
    OUTPUT = "OUTPUT"
    OUTPUT_ANNUAL = "OUTPUT_ANNUAL"
    FACTORS = "FACTORS"

    GROUP_ID = GROUP_REMOTE_SENSING

    def name(self):
        return "casa_npp"

    def displayName(self):  # noqa: N802
        return self.tr("CASA net primary productivity (NPP)")

    def group(self):
        return self.tr("Remote-sensing carbon sink")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Computes monthly net primary productivity NPP (g C/m²/month) and its annual sum (g C/m²/a) "
            "with the CASA light-use-efficiency model, the NPP acquisition step of DB4403/T 348—2023 "
            "(Shenzhen, urban carbon sink by remote sensing), in the form of Zhu Wenquan et al.:\n"
            "NPP = SOL × FPAR × 0.5 × ε, ε = Tε1 × Tε2 × Wε × εmax.\n\n"
            "Conventions (where public implementations disagree; all listed with sources in "
            "docs/remote_sensing.md, appendix A):\n"
            "- FPAR: mean of the NDVI and SR forms, SR = (1 + NDVI)/(1 − NDVI); NDVI_min/max and SR_min/max "
            "are the 5 % and 95 % nearest-rank percentiles per vegetation class over all pixels and months "
            "(NDVI rounded to 0.0001), unless the class table fixes them; each form clipped to "
            "[0.001, 0.95] before the mean.\n"
            "- Topt: temperature of the month of maximum NDVI (ties: the first month).\n"
            "- Tε1 = 0.8 + 0.02 Topt − 0.0005 Topt²; 0 in months with mean temperature ≤ −10 °C, so ε = 0.\n"
            "- Tε2 = 1.1814 / (1 + e^(0.2(Topt − 10 − T))) / (1 + e^(0.3(−Topt − 10 + T))); where "
            "T − Topt > 10 or < −13 (strict: at exactly −13 the formula applies) half of Tε2 at T = Topt.\n"
            "- Wε = 0.5 + 0.5 EET/Ep in [0.5, 1], EET after Zhou & Zhang (1995). P = 0 gives EET = 0 and "
            "Wε = 0.5; PET = 0 (no evaporative demand) gives Wε = 1. No month is ever NaN.\n"
            "- PET: Thornthwaite (1948) from monthly temperature without day-length correction (12-hour "
            "days, 30-day months), Willmott et al. (1985) above 26.5 °C, 0 at T ≤ 0 °C; or the PET raster.\n\n"
            "Parameters:\n"
            "- NDVI, TEMPERATURE (monthly mean, °C), PRECIPITATION (mm/month), RADIATION (total solar "
            "radiation, MJ/m²/month): each one 12-band raster (January first) or 12 single-band rasters in "
            "month order. Inputs on another grid or CRS are aligned to the NDVI grid (bilinear; logged).\n"
            "- VEGETATION: vegetation-class raster (aligned by nearest neighbour); every class value must be "
            "in the class table.\n"
            "- CLASS_TABLE (optional CSV): class, name_zh, name_en, emax (g C/MJ), optional ndvi_min, "
            "ndvi_max, placeholder, source; default the shipped metering/rs/data/casa_classes.csv (εmax of "
            "Zhu et al. 2007 as given in methods.md §6).\n"
            "- PET (optional): monthly potential evapotranspiration, mm/month, 12 bands.\n"
            "- WATER_STRESS: Ep = (EET + PET)/2 (Piao et al. 2001, Zhu et al. 2007; default) or Potter "
            "et al. (1993), Ep = PET. The choice moves annual NPP by a few per cent.\n"
            "- NDVI_SCALE: 1 for NDVI in [−1, 1], 10 000 for scaled integer products; empty: detected "
            "from the data and logged.\n\n"
            "Stops with a message when a class is absent from the table, a stack has other than 12 bands, "
            "NDVI after scaling lies outside [−1, 1], precipitation, radiation or PET is negative, or an "
            "input does not overlap the NDVI grid. A pixel missing in any input or month is nodata in "
            "every output. Processed in strips of bounded memory.\n\n"
            "Outputs (GeoTIFF, nodata −9999, units and the εmax source in the metadata): OUTPUT, 12 bands "
            "of monthly NPP (g C/m²/month); OUTPUT_ANNUAL, annual NPP (g C/m²/a); FACTORS (optional), 60 "
            "bands FPAR, Tε1, Tε2, Wε and ε (g C/MJ) per month, for inspection."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        def add(param, help_text, advanced=False):
            param.setHelp(help_text)
            if advanced:
                param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(param)

        raster = QgsProcessing.SourceType.TypeRaster
        add(QgsProcessingParameterMultipleLayers(self.NDVI, self.tr("Monthly NDVI"), raster),
            self.tr("NDVI of the 12 months: one 12-band raster (January first) or 12 single-band rasters in "
                    "month order. Its grid is the grid of every output."))
        add(QgsProcessingParameterMultipleLayers(self.TEMPERATURE, self.tr("Monthly mean temperature (°C)"), raster),
            self.tr("Monthly mean air temperature in °C, 12 bands or 12 rasters; aligned to the NDVI grid "
                    "by bilinear interpolation."))
        add(QgsProcessingParameterMultipleLayers(self.PRECIPITATION, self.tr("Monthly precipitation (mm)"), raster),
            self.tr("Monthly precipitation in mm/month, 12 bands or 12 rasters; aligned by bilinear "
                    "interpolation."))
        add(QgsProcessingParameterMultipleLayers(self.RADIATION, self.tr("Monthly solar radiation (MJ/m²)"), raster),
            self.tr("Monthly total solar radiation in MJ/m²/month, 12 bands or 12 rasters; aligned by "
                    "bilinear interpolation."))
        add(QgsProcessingParameterRasterLayer(self.VEGETATION, self.tr("Vegetation classes")),
            self.tr("Vegetation-class raster; its values are the class column of the class table (aligned "
                    "by nearest neighbour)."))
        add(QgsProcessingParameterFile(self.CLASS_TABLE, self.tr("Class table (CSV)"), extension="csv",
                                       optional=True),
            self.tr("CSV with class, name_zh, name_en, emax (g C/MJ), optional ndvi_min and ndvi_max (fixed "
                    "range overriding the percentiles), placeholder and source. Empty: the shipped table."),
            advanced=True)
        add(QgsProcessingParameterMultipleLayers(self.PET, self.tr("Monthly potential evapotranspiration (mm)"),
                                                 raster, optional=True),
            self.tr("Optional PET in mm/month (12 bands or 12 rasters). Empty: Thornthwaite from "
                    "temperature, without day-length correction."), advanced=True)
        add(QgsProcessingParameterEnum(
            self.WATER_STRESS, self.tr("Water-stress denominator"),
            options=[self.tr("Zhu/Piao: Ep = (EET + PET)/2"), self.tr("Potter: PET")], defaultValue=0),
            self.tr("Wε = 0.5 + 0.5 EET/Ep. Zhu/Piao (default, methods.md §6) or Potter's original CASA."))
        add(QgsProcessingParameterNumber(self.NDVI_SCALE, self.tr("NDVI scale factor"),
                                         QgsProcessingParameterNumber.Type.Double, optional=True, minValue=1e-9),
            self.tr("NDVI is divided by this: 1 for NDVI in [−1, 1], 10 000 for scaled products. Empty: "
                    "detected (values beyond ±1.5 mean 10 000) and logged."))
        add(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Monthly NPP")),
            self.tr("12-band GeoTIFF of monthly NPP, g C/m²/month."))
        add(QgsProcessingParameterRasterDestination(self.OUTPUT_ANNUAL, self.tr("Annual NPP")),
            self.tr("GeoTIFF of annual NPP (sum of the 12 months), g C/m²/a."))
        add(QgsProcessingParameterRasterDestination(self.FACTORS, self.tr("CASA factors"), optional=True,
                                                    createByDefault=False),
            self.tr("Optional 60-band GeoTIFF: FPAR, Tε1, Tε2, Wε and ε (g C/MJ) for each month."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        paths = {name: rs_io.layer_paths(self.parameterAsLayerList(parameters, name, context))
                 for name in (self.NDVI, self.TEMPERATURE, self.PRECIPITATION, self.RADIATION, self.PET)}
        veg = self.parameterAsRasterLayer(parameters, self.VEGETATION, context)
        paths[self.VEGETATION] = rs_io.layer_paths([veg]) if veg is not None else []
        table_path = self.parameterAsFile(parameters, self.CLASS_TABLE, context) or CLASS_TABLE
        scale = parameters.get(self.NDVI_SCALE)
        scale = None if scale in (None, "") else self.parameterAsDouble(parameters, self.NDVI_SCALE, context)
        options = casa_options(self.parameterAsEnum(parameters, self.WATER_STRESS, context))
        outputs = {k: self.parameterAsOutputLayer(parameters, k, context)
                   for k in (self.OUTPUT, self.OUTPUT_ANNUAL, self.FACTORS)}
        with self.core_errors():
            table = read_class_table(table_path)
            sources, grid, notes = open_casa_sources(paths)
            self.log_notes(feedback, notes)
            meta = rs_io.provenance_metadata("carbonmeter:casa_npp", dict(paths, CLASS_TABLE=[table_path]), {
                "WATER_STRESS": options.water_stress, "NDVI_SCALE": scale, "CASA_OPTIONS": options.as_dict()})
            run = write_casa(sources, grid, table, outputs, meta, options, scale,
                             progress=self.core_progress(feedback, 0, 100))
        self.log_notes(feedback, run.notes)
        feedback.pushInfo(self.tr("Annual NPP: {0:,.0f} valid pixels, mean {1:.1f} g C/m²/a.").format(
            run.valid_pixels, run.annual_sum / run.valid_pixels if run.valid_pixels else float("nan")))
        return {k: v for k, v in outputs.items() if v}


def open_casa_sources(paths):
    """The block sources of casa_npp's inputs on the NDVI grid, the grid and the alignment notes."""
    ndvi = rs_io.open_stack(paths["NDVI"], "NDVI")
    grid = rs_io.Grid(ndvi)
    sources = {"NDVI": rs_io.GdalSource(ndvi, "NDVI")}
    notes = []
    for name in ("TEMPERATURE", "PRECIPITATION", "RADIATION", "PET"):
        if not paths.get(name):
            continue
        ds, n = rs_io.align(rs_io.open_stack(paths[name], name), grid, name, "bilinear")
        notes += n
        sources[name] = rs_io.GdalSource(ds, name)
    if not paths.get("VEGETATION"):
        from ..metering.errors import MeteringError

        raise MeteringError("rs_raster_unreadable", raster="VEGETATION", path="", error="missing")
    veg = rs_io.open_dataset(paths["VEGETATION"][0], "VEGETATION")
    ds, n = rs_io.align(veg, grid, "VEGETATION", "near")
    notes += n
    sources["VEGETATION"] = rs_io.GdalSource(ds, "VEGETATION")
    return sources, grid, notes


def write_casa(sources, grid, table, outputs, meta, options, scale=None, progress=None, block_rows=None):
    """Run the core over ``sources`` and write the GeoTIFFs of ``outputs`` atomically (all or none)."""
    import contextlib

    emax_meta = {"CASA_EMAX_UNIT": "g C/MJ", "CASA_CLASS_TABLE": table[
        [c for c in ("class", "name_en", "emax", "placeholder", "source") if c in table.columns]].to_dict("records")}
    specs = {
        "npp": ("OUTPUT", rs_io.month_labels("NPP (g C/m2/month), month"), NPP_UNIT),
        "annual": ("OUTPUT_ANNUAL", ["Annual NPP (g C/m2/a)"], ANNUAL_UNIT),
        "factors": ("FACTORS", [f"{n} month {m:02d}" for n in ("FPAR", "Te1", "Te2", "We", "epsilon (g C/MJ)")
                                for m in range(1, 13)], ["1"] * 48 + ["g C/MJ"] * 12),
    }
    with contextlib.ExitStack() as stack:
        writers = {}
        for key, (param, descriptions, unit) in specs.items():
            path = outputs.get(param)
            if not path:
                continue
            tmp = stack.enter_context(atomic_output(path, suffix=os.path.splitext(path)[1] or ".tif"))
            writers[key] = rs_io.GeoTiffWriter(tmp, grid, descriptions, unit, dict(meta, **emax_meta))
            stack.callback(writers[key].close)
        sample = sources["NDVI"].sample() if scale is None else None
        run = blocks.run_casa(sources, table, lambda name, r0, a: writers[name].write(r0, a),
                              ndvi_scale=scale, scale_sample=sample, options=options,
                              factors="factors" in writers, block_rows=block_rows, progress=progress)
        for w in writers.values():
            w.ds.SetMetadataItem("CASA_NDVI_SCALE", str(run.ndvi_scale))
            w.ds.SetMetadataItem("CASA_CLASS_RANGES", _json(run.class_rows))
            w.close()
    return run


def _json(value):
    import json

    return json.dumps(value, ensure_ascii=False, default=str)
