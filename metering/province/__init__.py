"""The province-scale batch runner: the metering chain county by county on Dask distributed.

No QGIS: parcels are read with pyogrio, the overlay, stock, sink and uncertainty are the
same core functions the plugin's algorithms call (docs/province.md). Modules:

- :mod:`.inputs`: sources, the county index (partition), reading one county;
- :mod:`.densities`: density tables given or derived from the survey plots;
- :mod:`.task`: one county task (read → overlay → stock → sink → outputs, atomically);
- :mod:`.reduce`: province tables, uncertainty on aggregates, workbook, provenance;
- :mod:`.runner`: the Dask run (LocalCluster or a scheduler), skips, faults, progress;
- :mod:`.cli`: ``python -m carbon_metering.province``;
- :mod:`.messages`: the plugin's message templates rendered without QGIS.

Dask and pyogrio are imported only where used, so the package imports anywhere.
"""
