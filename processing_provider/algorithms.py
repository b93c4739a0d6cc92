"""The registry of algorithm classes the provider loads, in the order of the metering chain."""

from .parcel_stock import ParcelStockAlgorithm
from .stratum_density import StratumDensityAlgorithm
from .uncertainty import UncertaintyAlgorithm

ALGORITHMS = [
    StratumDensityAlgorithm,
    ParcelStockAlgorithm,
    UncertaintyAlgorithm,
]
