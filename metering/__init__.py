"""The metering science: pure Python (numpy, pandas), no ``qgis`` import.

Every module here can be imported and tested without QGIS, and called from a
batch or distributed runner. Units live in names and docstrings: densities in
t C/ha, areas in ha (m² only where a name says ``_m2``), stocks in t C, sinks
in t C/a or t CO2e/a. A sink is positive when carbon leaves the atmosphere.
"""

#: 44/12, the mass ratio of CO2 to C (IPCC 2006 GL vol. 4, eq. 2.x conventions).
CO2_PER_C = 44.0 / 12.0

#: The carbon pools every algorithm exchanges, in this order (Hubei spec ch. 4).
POOLS = ("agb", "bgb", "deadwood", "litter", "soil")

#: The pools plus their sum, as column names in plot, density and stock tables.
POOLS_WITH_TOTAL = POOLS + ("total",)
