"""``carbonmeter:ndvi_trend``: per-pixel Theil–Sen slope and Mann–Kendall test over annual NDVI rasters."""

import contextlib
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ..metering.errors import MeteringError
from ..metering.files import atomic_output
from ..metering.restoration import trend
from . import rs_io
from .base import GROUP_RESTORATION, CarbonAlgorithm

CONFIDENCES = (0.90, 0.95, 0.99)
BAND_LABELS = ("Sen slope (NDVI/yr)", "Mann-Kendall Z", "p (two-sided)", "Kendall tau-b", "valid years",
               "trend class (2 sig. increase, 1 increase, 0 stable, -1 decrease, -2 sig. decrease)")
BAND_UNITS = ("NDVI a-1", "", "", "", "a", "")


class NdviTrendAlgorithm(CarbonAlgorithm):
    INPUTS = "INPUTS"
    YEARS = "YEARS"
    CONFIDENCE = "CONFIDENCE"
    MIN_YEARS = "MIN_YEARS"
    STABLE_SLOPE = "STABLE_SLOPE"
    OUTPUT = "OUTPUT"

    GROUP_ID = GROUP_RESTORATION

    def name(self):
        return "ndvi_trend"

    def displayName(self):  # noqa: N802
        return self.tr("NDVI trend (Theil–Sen and Mann–Kendall)")

    def group(self):
        return self.tr("Ecological restoration")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Per pixel, over annual NDVI rasters: the Theil–Sen slope, the Mann–Kendall test and a trend class, "
            "the vegetation-dynamics factor of restoration-area identification (restoration guideline; "
            "methods.md §7).\n\n"
            "Exactly what is computed: Sen's slope is the median of (NDVI_j − NDVI_i)/(year_j − year_i) over "
            "the pairs of valid years, on the actual years, so a missing or nodata year is a gap, not a shift. "
            "S = Σ sign(x_j − x_i); Var(S) with the tie correction; Z = (S ∓ 1)/√Var(S) (continuity "
            "correction). The two-sided p is exact (the permutation distribution of S) for at most 10 valid "
            "years without ties, and the tie-corrected normal approximation otherwise; significance is "
            "decided on p, not on |Z| > 1.96. Kendall's tau is tau-b. Trend class: significant increase (2) "
            "or decrease (−2) when p < 1 − confidence; otherwise stable (0) when |slope| < the stable "
            "threshold, else non-significant increase (1) or decrease (−1).\n\n"
            "Parameters:\n"
            "- Annual NDVI rasters (INPUTS): one single-band raster per year on one grid, in year order. "
            "NDVI stored ×10 000 is detected and scaled.\n"
            "- Years (YEARS, optional): comma-separated years, one per raster; empty: the 4-digit year in "
            "each file name, else 1, 2, 3 … (slope per step).\n"
            "- Confidence (CONFIDENCE): two-sided level of significance, 90 %, 95 % or 99 %.\n"
            "- Minimum valid years (MIN_YEARS): pixels with fewer valid years are nodata.\n"
            "- Stable threshold (STABLE_SLOPE, NDVI per year): a non-significant trend flatter than this "
            "is stable; 0 keeps every non-significant trend as an increase or decrease.\n\n"
            "Output (OUTPUT): one GeoTIFF, bands in this order: Sen slope (NDVI/yr), Z, p, tau, number of "
            "valid years, trend class; band descriptions set, nodata −9999. See docs/restoration.md."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        def add(param, help_text, advanced=False):
            param.setHelp(help_text)
            if advanced:
                param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(param)

        add(QgsProcessingParameterMultipleLayers(self.INPUTS, self.tr("Annual NDVI rasters"),
                                                 QgsProcessing.SourceType.TypeRaster),
            self.tr("One single-band NDVI raster per year, on one grid, in year order (−1…1 or ×10 000)."))
        add(QgsProcessingParameterString(self.YEARS, self.tr("Years (comma-separated)"), optional=True),
            self.tr("The year of each raster, e.g. 2010, 2011, 2013; empty: read from the file names."))
        add(QgsProcessingParameterEnum(self.CONFIDENCE, self.tr("Confidence level"),
                                       options=[self.tr("90 %"), self.tr("95 %"), self.tr("99 %")], defaultValue=1),
            self.tr("Two-sided confidence level at which a trend is significant (p < 1 − level)."))
        add(QgsProcessingParameterNumber(self.MIN_YEARS, self.tr("Minimum valid years"),
                                         QgsProcessingParameterNumber.Type.Integer, 5, minValue=3, maxValue=200),
            self.tr("Pixels with fewer valid (non-nodata) years are nodata in every band."))
        add(QgsProcessingParameterNumber(self.STABLE_SLOPE, self.tr("Stable threshold (NDVI per year)"),
                                         QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0, maxValue=1.0),
            self.tr("A non-significant trend with |Sen slope| below this value (NDVI per year) is classed "
                    "stable."), advanced=True)
        add(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("NDVI trend")),
            self.tr("6-band GeoTIFF: Sen slope, Z, p, tau, valid years, trend class."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        paths = rs_io.layer_paths(self.parameterAsLayerList(parameters, self.INPUTS, context))
        years_text = self.parameterAsString(parameters, self.YEARS, context).strip()
        options = {
            "confidence": CONFIDENCES[self.parameterAsEnum(parameters, self.CONFIDENCE, context)],
            "min_years": self.parameterAsInt(parameters, self.MIN_YEARS, context),
            "stable_slope": self.parameterAsDouble(parameters, self.STABLE_SLOPE, context),
        }
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        with self.core_errors():
            years, origin = resolve_years(paths, years_text)
            run = compute_trend(paths, years, output, progress=self.core_progress(feedback, 0, 100), **options)
        if origin == "names":
            feedback.pushInfo(self.tr("Years read from the file names: {0}.").format(", ".join(map(str, years))))
        elif origin == "steps":
            feedback.reportError(self.tr("No year in the file names: the rasters are taken as consecutive steps "
                                         "1…{0}, and the slope is NDVI per step.").format(len(years)))
        self.log_notes(feedback, run.notes)
        counts = run.class_counts
        feedback.pushInfo(self.tr(
            "{0:,} pixels with a trend ({1:,} with an exact p): significant increase {2:,}, increase {3:,}, "
            "stable {4:,}, decrease {5:,}, significant decrease {6:,}.").format(
            run.valid_pixels, run.exact_pixels, counts[2], counts[1], counts[0], counts[-1], counts[-2]))
        return {self.OUTPUT: output}


def resolve_years(paths, years_text):
    """(years, origin): given years, years from the file names, or steps 1…n."""
    if years_text:
        try:
            years = [float(v) for v in years_text.replace(";", ",").split(",") if v.strip()]
        except ValueError:
            raise MeteringError("trend_years_unreadable", text=years_text) from None
        return [int(y) if y.is_integer() else y for y in years], "given"
    years = trend.years_from_names([os.path.basename(p) for p in paths])
    if years is not None:
        order = sorted(range(len(years)), key=years.__getitem__)
        if order != list(range(len(years))):
            raise MeteringError("trend_years_order", position=next(k for k, o in enumerate(order) if o != k) + 1,
                                year=years[1], previous=years[0])
        return years, "names"
    return list(range(1, len(paths) + 1)), "steps"


def compute_trend(paths, years, output, confidence=0.95, min_years=5, stable_slope=0.0, progress=None,
                  block_rows=None):
    """Stack, run and write ndvi_trend (used by the algorithm, the demo and the tests)."""
    stack = rs_io.open_stack(paths, "NDVI", months=len(paths))
    grid = rs_io.Grid(stack)
    source = rs_io.GdalSource(stack, "NDVI")
    meta = rs_io.provenance_metadata("carbonmeter:ndvi_trend", {"INPUTS": paths}, {
        "YEARS": years, "CONFIDENCE": confidence, "MIN_YEARS": min_years, "STABLE_SLOPE": stable_slope,
        "EXACT_P_MAX_N": trend.EXACT_MAX_N}, {"CARBONMETER_STANDARD": "restoration guideline, methods.md §7"})
    with contextlib.ExitStack() as stack_ctx:
        tmp = stack_ctx.enter_context(atomic_output(output, suffix=os.path.splitext(output)[1] or ".tif"))
        writer = rs_io.GeoTiffWriter(tmp, grid, list(BAND_LABELS), list(BAND_UNITS), meta)
        stack_ctx.callback(writer.close)
        run = trend.run_trend(source, years, writer.write, confidence, min_years, stable_slope,
                              scale_sample=source.sample(), block_rows=block_rows, progress=progress)
        writer.close()
    return run
