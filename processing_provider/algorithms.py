"""The registry of algorithm classes the provider loads (one line each)."""

from .uncertainty import UncertaintyAlgorithm

ALGORITHMS = [
    UncertaintyAlgorithm,
]
