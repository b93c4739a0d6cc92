"""Which optional Python packages the plugin needs and how to install them."""

import importlib

#: module name -> (Debian package, pip name)
REQUIRED = {
    "numpy": ("python3-numpy", "numpy"),
    "pandas": ("python3-pandas", "pandas"),
    "openpyxl": ("python3-openpyxl", "openpyxl"),
}


def missing_dependencies():
    """Names of the required modules that cannot be imported."""
    missing = []
    for module in REQUIRED:
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(module)
    return missing


def install_hint(missing):
    """A plain-language instruction to install ``missing`` (untranslated parts are commands)."""
    debs = " ".join(REQUIRED[m][0] for m in missing)
    pips = " ".join(REQUIRED[m][1] for m in missing)
    return (
        f"Debian/Ubuntu: sudo apt install {debs}\n"
        f"Windows (OSGeo4W Shell) or macOS: python -m pip install {pips}"
    )
