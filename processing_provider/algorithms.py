"""The registry of algorithm classes the provider loads (one line each)."""

from .plot_carbon import PlotCarbonAlgorithm

ALGORITHMS = [
    PlotCarbonAlgorithm,
]
