"""Which Python packages the plugin needs, which it can do without, and how to install them.

QGIS-free, so the Processing provider, the desktop plugin and the province
runner ask the same module. ``REQUIRED`` packages are needed by every
algorithm (the provider registers none without them); ``OPTIONAL`` ones by
some algorithms only (parcel_change needs shapely ≥ 2; QGIS's Windows
installers ship it, Debian 12 packages only 1.8), which then say what is
missing through ``MeteringError('missing_package')``.
"""

import importlib

#: module name -> (Debian package, pip name)
REQUIRED = {
    "numpy": ("python3-numpy", "numpy"),
    "pandas": ("python3-pandas", "pandas"),
    "openpyxl": ("python3-openpyxl", "openpyxl"),
}

#: module name -> (minimum major version, pip requirement, Debian package or None when Debian's is too old)
OPTIONAL = {
    "shapely": (2, "shapely>=2,<3", None),
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


def missing_optional():
    """Pip requirements of the optional packages that are absent or too old (e.g. ``['shapely>=2,<3']``)."""
    missing = []
    for module, (major, requirement, _deb) in OPTIONAL.items():
        try:
            version = importlib.import_module(module).__version__
        except (ImportError, AttributeError):
            missing.append(requirement)
            continue
        try:
            ok = int(str(version).split(".")[0]) >= major
        except ValueError:
            ok = False
        if not ok:
            missing.append(requirement)
    return missing


def install_hint(missing):
    """A plain-language instruction to install ``missing`` (untranslated parts are commands)."""
    debs = " ".join(REQUIRED[m][0] for m in missing if m in REQUIRED)
    pips = " ".join(REQUIRED[m][1] if m in REQUIRED else m for m in missing)
    lines = []
    if debs:
        lines.append(f"Debian/Ubuntu: sudo apt install {debs}")
    lines.append(f"Windows (OSGeo4W Shell) or macOS: python -m pip install {pips}")
    return "\n".join(lines)


def optional_install_hint(requirement):
    """How to install an optional package (``'shapely>=2,<3'``) into the Python that QGIS runs."""
    quoted = '"{0}"'.format(requirement)
    module = requirement.split(">")[0].split("=")[0].split("<")[0].strip()
    deb = OPTIONAL.get(module, (0, requirement, "python3-" + module))[2]
    debian = (f"sudo apt install {deb}" if deb else
              f"python3 -m pip install --user --no-deps {quoted} (Debian 12 packages an older {module})")
    return (
        f"Windows: in the OSGeo4W Shell, python -m pip install {quoted}; "
        f"Debian/Ubuntu: {debian}; "
        f"macOS: /Applications/QGIS.app/Contents/MacOS/bin/pip3 install {quoted}"
    )
