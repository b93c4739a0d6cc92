"""The registry of algorithm classes the provider loads, in the order of the metering chain."""

from .create_survey import CreateSurveyAlgorithm
from .export_report import ExportReportAlgorithm
from .import_survey import ImportSurveyAlgorithm
from .parcel_change import ParcelChangeAlgorithm
from .parcel_stock import ParcelStockAlgorithm
from .plot_carbon import PlotCarbonAlgorithm
from .stratum_density import StratumDensityAlgorithm
from .uncertainty import UncertaintyAlgorithm

ALGORITHMS = [
    CreateSurveyAlgorithm,
    ImportSurveyAlgorithm,
    ParcelChangeAlgorithm,
    PlotCarbonAlgorithm,
    StratumDensityAlgorithm,
    ParcelStockAlgorithm,
    UncertaintyAlgorithm,
    ExportReportAlgorithm,
]
