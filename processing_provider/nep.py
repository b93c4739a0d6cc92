"""``carbonmeter:nep``: soil heterotrophic respiration and net ecosystem productivity (DB4403/T 348)."""

import contextlib
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
)

from ..metering.errors import MeteringError
from ..metering.files import atomic_output
from ..metering.rs import blocks, nep
from . import rs_io
from .base import GROUP_REMOTE_SENSING, CarbonAlgorithm

ANNUAL_BANDS = ("NEP (g C/m2/a)", "NEP (t C/a per pixel)", "Rh (g C/m2/a)", "NPP (g C/m2/a)")
ANNUAL_UNITS = ("g C m-2 a-1", "t C a-1", "g C m-2 a-1", "g C m-2 a-1")


class NepAlgorithm(CarbonAlgorithm):
    NPP = "NPP"
    TEMPERATURE = "TEMPERATURE"
    PRECIPITATION = "PRECIPITATION"
    RH = "RH"
    OUTPUT = "OUTPUT"
    OUTPUT_ANNUAL = "OUTPUT_ANNUAL"

    GROUP_ID = GROUP_REMOTE_SENSING

    def name(self):
        return "nep"

    def displayName(self):  # noqa: N802
        return self.tr("Net ecosystem productivity (NEP = NPP − Rh)")

    def group(self):
        return self.tr("Remote-sensing carbon sink")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Computes the soil heterotrophic respiration Rh and the net ecosystem productivity NEP = NPP − Rh, "
            "monthly and annual: the carbon-sink computation step of DB4403/T 348—2023. Positive NEP is a "
            "sink (carbon removed from the atmosphere).\n\n"
            "Rh after Pei Zhiyong et al. (2010), as in methods.md §6: Rh = 0.22 × [exp(0.0912 T) + "
            "ln(0.3145 R + 1)] × 30 × 46.5 % (g C/m²/month; T monthly mean temperature °C, R monthly "
            "precipitation mm; 30 days a month, 46.5 % carbon fraction). R = 0 gives ln 1 = 0 (the "
            "temperature term alone). Or give your own monthly Rh raster (RH).\n\n"
            "Parameters:\n"
            "- NPP: the monthly NPP of CASA NPP (OUTPUT, 12 bands, g C/m²/month); its grid is the grid of "
            "the outputs and must be in a projected CRS in metres (the pixel area gives t C per pixel).\n"
            "- TEMPERATURE (°C) and PRECIPITATION (mm/month): 12 bands or 12 rasters (January first), "
            "aligned to the NPP grid by bilinear interpolation; not needed with RH.\n"
            "- RH (optional): monthly Rh in g C/m²/month, 12 bands, instead of the model.\n\n"
            "A pixel missing in any month of any input is nodata in every output. Processed in strips of "
            "bounded memory; see docs/remote_sensing.md (appendix A lists the conventions).\n\n"
            "Outputs (GeoTIFF, nodata −9999): OUTPUT, 12 bands of monthly NEP (g C/m²/month); "
            "OUTPUT_ANNUAL, 4 bands: annual NEP (g C/m²/a), annual NEP per pixel (t C/a = g C/m²/a × "
            "pixel area m² / 10⁶), annual Rh and annual NPP (g C/m²/a). District carbon sink reads it."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        raster = QgsProcessing.SourceType.TypeRaster

        def add(param, help_text):
            param.setHelp(help_text)
            self.addParameter(param)

        add(QgsProcessingParameterMultipleLayers(self.NPP, self.tr("Monthly NPP"), raster),
            self.tr("Monthly NPP of CASA NPP, g C/m²/month, 12 bands (or 12 rasters)."))
        add(QgsProcessingParameterMultipleLayers(self.TEMPERATURE, self.tr("Monthly mean temperature (°C)"), raster,
                                                 optional=True),
            self.tr("Monthly mean air temperature in °C (12 bands or 12 rasters), for the Rh model."))
        add(QgsProcessingParameterMultipleLayers(self.PRECIPITATION, self.tr("Monthly precipitation (mm)"), raster,
                                                 optional=True),
            self.tr("Monthly precipitation in mm/month (12 bands or 12 rasters), for the Rh model."))
        add(QgsProcessingParameterMultipleLayers(self.RH, self.tr("Monthly Rh (g C/m²)"), raster, optional=True),
            self.tr("Optional monthly soil heterotrophic respiration, g C/m²/month, used instead of the "
                    "Pei et al. (2010) model."))
        add(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Monthly NEP")),
            self.tr("12-band GeoTIFF of monthly NEP, g C/m²/month."))
        add(QgsProcessingParameterRasterDestination(self.OUTPUT_ANNUAL, self.tr("Annual NEP")),
            self.tr("4-band GeoTIFF: annual NEP (g C/m²/a), NEP per pixel (t C/a), annual Rh and NPP (g C/m²/a)."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        paths = {name: rs_io.layer_paths(self.parameterAsLayerList(parameters, name, context))
                 for name in (self.NPP, self.TEMPERATURE, self.PRECIPITATION, self.RH)}
        outputs = {k: self.parameterAsOutputLayer(parameters, k, context) for k in (self.OUTPUT, self.OUTPUT_ANNUAL)}
        with self.core_errors():
            run = compute_nep(paths, outputs, progress=self.core_progress(feedback, 0, 100),
                              log=lambda notes: self.log_notes(feedback, notes))
        self.log_notes(feedback, run.notes)
        feedback.pushInfo(self.tr("Total annual NEP over {0:,} valid pixels: {1:,.2f} t C/a.").format(
            run.valid_pixels, run.annual_nep_tc))
        return outputs


def compute_nep(paths, outputs, progress=None, log=None, block_rows=None):
    """Open, align, run and write nep (used by the algorithm and the demo)."""
    npp_ds = rs_io.open_stack(paths["NPP"], "NPP")
    grid = rs_io.Grid(npp_ds)
    area = grid.pixel_area_m2("NPP")
    sources = {"NPP": rs_io.GdalSource(npp_ds, "NPP")}
    notes = []
    if paths.get("RH"):
        names = ("RH",)
    elif paths.get("TEMPERATURE") and paths.get("PRECIPITATION"):
        names = ("TEMPERATURE", "PRECIPITATION")
    else:
        raise MeteringError("rs_rh_inputs_missing", raster="RH")
    for name in names:
        ds, n = rs_io.align(rs_io.open_stack(paths[name], name), grid, name, "bilinear")
        notes += n
        sources[name] = rs_io.GdalSource(ds, name)
    if log is not None:
        log(notes)
    meta = rs_io.provenance_metadata("carbonmeter:nep", paths, {"RH_MODEL": "raster" if paths.get("RH") else
                                     "Pei et al. 2010", "RH_OPTIONS": nep.RhOptions().as_dict(),
                                     "PIXEL_AREA_M2": area})
    with contextlib.ExitStack() as stack:
        writers = {}
        for key, param, desc, unit in (
                ("nep", "OUTPUT", rs_io.month_labels("NEP (g C/m2/month), month"), "g C m-2 month-1"),
                ("annual", "OUTPUT_ANNUAL", list(ANNUAL_BANDS), list(ANNUAL_UNITS))):
            path = outputs[param]
            tmp = stack.enter_context(atomic_output(path, suffix=os.path.splitext(path)[1] or ".tif"))
            writers[key] = rs_io.GeoTiffWriter(tmp, grid, desc, unit, meta)
            stack.callback(writers[key].close)
        run = blocks.run_nep(sources, lambda name, r0, a: writers[name].write(r0, a), area,
                             block_rows=block_rows, progress=progress)
        for w in writers.values():
            w.close()
    return run
