"""The metering science: pure Python (numpy, pandas), no ``qgis`` import.

Every module here can be imported and tested without QGIS, and called from a
batch or distributed runner. Units live in names and docstrings: densities in
t C/ha, areas in ha (m² only where a name says ``_m2``), stocks in t C, sinks
in t C/a or t CO2e/a. A sink is positive when carbon leaves the atmosphere.
The shared words (pools, units, flags, column names) are defined once, in
:mod:`.vocabulary`; they are re-exported here for short imports.
"""

from .vocabulary import CO2_PER_C, POOLS, POOLS_WITH_TOTAL  # noqa: F401
