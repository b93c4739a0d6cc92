"""Options of the LiDAR algorithms (Processing enum order = member order)."""

from dataclasses import dataclass
from enum import Enum

from ..vocabulary import _Options


class HeightSource(_Options, str, Enum):
    """How heights above ground are obtained (lidar_metrics ``NORMALISATION``)."""

    GROUND = "ground"  # classified ground returns (class 2) → local DTM grid (metering.lidar.ground)
    DTM = "dtm"  # a DTM raster, bilinear
    NORMALISED = "normalised"  # z already is the height above ground


class ModelForm(_Options, str, Enum):
    """Form of the plot density model (lidar_model ``FORM``)."""

    LINEAR = "linear"  # y = b0 + b1 x
    POWER = "power"  # ln y = b0 + b1 ln x  (log–log), back-transformed with exp(σ²/2)
    MULTIPLE = "multiple"  # y = b0 + Σ b_k x_k


@dataclass
class MetricOptions:
    """The conventions of a metrics run (every one stated in the outputs)."""

    cover_threshold: float = 2.0  # m (lidR pzabove2)
    percentile_type: int = 7  # R quantile type (lidR, numpy "linear")
    min_height: float = None  # m; None = every return counts (ground included)
    height_source: HeightSource = HeightSource.GROUND
    dtm_resolution: float = 1.0  # m, ground DTM grid of HeightSource.GROUND
    ground_margin: float = 5.0  # m of ground returns read around each unit for the DTM

    def as_dict(self):
        return {
            "cover_threshold_m": self.cover_threshold,
            "percentile_type": self.percentile_type,
            "min_height_m": self.min_height,
            "height_source": HeightSource.parse(self.height_source).value,
            "dtm_resolution_m": self.dtm_resolution,
            "ground_margin_m": self.ground_margin,
        }
