"""Ecological restoration: restoration-area identification and carbon-benefit assessment (methods.md §7).

QGIS-free science: NDVI trend statistics (``trend``), map accuracy and error-adjusted areas
(``accuracy``).
"""
