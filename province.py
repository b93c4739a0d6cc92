"""``python -m carbon_metering.province``: the province-scale batch runner (no QGIS).

The runner lives in ``metering/province`` (docs/province.md); this module is only its
command-line entry point inside the package.
"""

import sys

from .metering.province.cli import main

if __name__ == "__main__":
    sys.exit(main())
