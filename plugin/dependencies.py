"""The plugin's dependency check; it lives in the QGIS-free core (``metering/dependencies.py``)."""

from ..metering.dependencies import (  # noqa: F401 (re-exported)
    OPTIONAL,
    REQUIRED,
    install_hint,
    missing_dependencies,
    missing_optional,
    optional_install_hint,
)
