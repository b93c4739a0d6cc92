"""Optional packages of the LiDAR system and how to install each one where QGIS runs."""

import importlib

from ..errors import MeteringError

#: import name -> (pip requirement(s), Debian package or None)
PACKAGES = {
    "laspy": ("laspy lazrs", None),
    "lazrs": ("lazrs", None),
    "matplotlib": ("matplotlib", "python3-matplotlib"),
    "osgeo": ("gdal", "python3-gdal"),
}


def install_hint(module):
    """Install instructions for ``module`` on the OSGeo4W shell (Windows), Debian/Ubuntu and macOS."""
    pips, deb = PACKAGES.get(module, (module, None))
    parts = ['Windows: in the OSGeo4W Shell, "python -m pip install {0}"'.format(pips)]
    if deb:
        parts.append('Debian/Ubuntu: "sudo apt install {0}"'.format(deb))
    else:
        parts.append('Debian/Ubuntu: "python3 -m pip install --user --break-system-packages {0}"'.format(pips))
    parts.append('macOS: "/Applications/QGIS-LTR.app/Contents/MacOS/bin/python3 -m pip install {0}"'.format(pips))
    return "; ".join(parts) + "; then restart QGIS."


def require(module):
    """Import ``module`` or raise ``MeteringError('missing_package', package, how)``."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MeteringError("missing_package", package={"osgeo": "GDAL"}.get(module, module),
                            how=install_hint(module)) from None


def require_laz_backend():
    """laspy plus a LAZ backend (lazrs or laszip); ``missing_package`` for lazrs otherwise."""
    laspy = require("laspy")
    if not laspy.LazBackend.detect_available():
        raise MeteringError("missing_package", package="lazrs", how=install_hint("lazrs"))
    return laspy
