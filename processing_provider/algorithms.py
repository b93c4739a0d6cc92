"""The registry of algorithm classes the provider loads, group by group.

Each system's block is separate (imports and list) so work on one system never
touches another's lines. The parcel chain is listed in the order of the chain.
"""

# --- sample-plot survey and parcel carbon metering (Hubei spec) --------------------------------
from .check_inputs import CheckInputsAlgorithm
from .create_survey import CreateSurveyAlgorithm
from .export_report import ExportReportAlgorithm
from .import_survey import ImportSurveyAlgorithm
from .parcel_change import ParcelChangeAlgorithm
from .parcel_stock import ParcelStockAlgorithm
from .plot_carbon import PlotCarbonAlgorithm
from .stratum_density import StratumDensityAlgorithm
from .uncertainty import UncertaintyAlgorithm

PARCEL_METERING = [
    CreateSurveyAlgorithm,
    ImportSurveyAlgorithm,
    CheckInputsAlgorithm,
    ParcelChangeAlgorithm,
    PlotCarbonAlgorithm,
    StratumDensityAlgorithm,
    ParcelStockAlgorithm,
    UncertaintyAlgorithm,
    ExportReportAlgorithm,
]

# --- remote-sensing urban carbon sink (DB4403/T 348) -------------------------------------------
from .casa_npp import CasaNppAlgorithm
from .district_sink import DistrictSinkAlgorithm
from .nep import NepAlgorithm
from .rs_verification import RsVerificationAlgorithm

REMOTE_SENSING = [
    CasaNppAlgorithm,
    NepAlgorithm,
    RsVerificationAlgorithm,
    DistrictSinkAlgorithm,
]

# --- urban carbon monitoring (T/CI 231) --------------------------------------------------------
from .activity_template import ActivityTemplateAlgorithm  # noqa: E402
from .carbon_balance import CarbonBalanceAlgorithm  # noqa: E402
from .emission_inventory import EmissionInventoryAlgorithm  # noqa: E402
from .meter_readings import MeterReadingsAlgorithm  # noqa: E402

URBAN_MONITORING = [
    ActivityTemplateAlgorithm,
    EmissionInventoryAlgorithm,
    CarbonBalanceAlgorithm,
    MeterReadingsAlgorithm,
]

# --- ecological restoration --------------------------------------------------------------------
from .accuracy_assessment import AccuracyAssessmentAlgorithm  # noqa: E402
from .ndvi_trend import NdviTrendAlgorithm  # noqa: E402
from .restoration_areas import RestorationAreasAlgorithm  # noqa: E402
from .restoration_benefit import RestorationBenefitAlgorithm  # noqa: E402

RESTORATION = [NdviTrendAlgorithm, AccuracyAssessmentAlgorithm, RestorationAreasAlgorithm, RestorationBenefitAlgorithm]

# --- LiDAR-assisted survey (Hubei spec appendix D) ---------------------------------------------
from .lidar_density import LidarDensityAlgorithm  # noqa: E402 (one block per system)
from .lidar_metrics import LidarMetricsAlgorithm  # noqa: E402
from .lidar_model import LidarModelAlgorithm  # noqa: E402

LIDAR = [LidarMetricsAlgorithm, LidarModelAlgorithm, LidarDensityAlgorithm]

ALGORITHMS = PARCEL_METERING + REMOTE_SENSING + URBAN_MONITORING + RESTORATION + LIDAR
