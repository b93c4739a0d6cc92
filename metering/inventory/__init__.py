"""Urban carbon monitoring after T/CI 231—2023: factor library, emission inventory over the
indicator system (table 2), smart-meter data and warnings, and the carbon balance of sources and
sinks per region. Pure pandas/numpy; no qgis import."""
