"""The registry of algorithm classes the provider loads (one line each)."""

from .parcel_change import ParcelChangeAlgorithm

ALGORITHMS = [
    ParcelChangeAlgorithm,
]
