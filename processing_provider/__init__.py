"""QGIS Processing provider ``carbonmeter``: thin algorithms over ``metering``."""
