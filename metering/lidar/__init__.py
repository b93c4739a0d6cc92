"""LiDAR-assisted survey (Hubei spec appendix D, LiDAR 调查监测方法): the science.

- ``metrics``: the fixed, named point-cloud metric definitions (with the lidR ``stdmetrics`` and
  FUSION CloudMetrics/GridMetrics equivalents) and their vectorised computation per group.
- ``ground``: heights above ground from classified ground returns (a local DTM grid).
- ``pointcloud``: LAS/LAZ reading (laspy chunk iterator) and writing.
- ``footprints``: plot footprints (circles, squares, polygons) and point-in-footprint tests.
- ``compute``: metrics over plot footprints and over a grid, block-wise with bounded memory.
- ``model``: plot density ~ metrics fits (linear, log–log power, multiple linear), cross-validation.
- ``estimate``: predictions with uncertainty, parcel means, the model-assisted (GREG) estimate.
- ``residual_plot``: the residual plot image (matplotlib, optional).

numpy only at import time; laspy, GDAL and matplotlib are imported where they are used, and a
missing one raises ``MeteringError("missing_package")`` naming it (``deps.require``). No qgis import.
"""
