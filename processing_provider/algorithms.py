"""The registry of algorithm classes the provider loads (one line each)."""

from .parcel_change import ParcelChangeAlgorithm
from .parcel_stock import ParcelStockAlgorithm
from .stratum_density import StratumDensityAlgorithm

ALGORITHMS = [
    ParcelChangeAlgorithm,
    StratumDensityAlgorithm,
    ParcelStockAlgorithm,
]
