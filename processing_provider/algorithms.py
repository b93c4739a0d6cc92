"""The registry of algorithm classes the provider loads (one line each)."""

from .parcel_stock import ParcelStockAlgorithm
from .plot_carbon import PlotCarbonAlgorithm
from .stratum_density import StratumDensityAlgorithm

ALGORITHMS = [
    PlotCarbonAlgorithm,
    StratumDensityAlgorithm,
    ParcelStockAlgorithm,
]
