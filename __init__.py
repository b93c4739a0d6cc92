"""Carbon Metering (碳汇计量) QGIS plugin.

Only ``classFactory`` lives here so that the pure-Python core
(``carbon_metering.metering``) can be imported without QGIS.
"""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .plugin.plugin import CarbonMeteringPlugin

    return CarbonMeteringPlugin(iface)
