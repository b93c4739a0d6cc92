"""Shared fixtures: the provider registered once per session (pytest-qgis)."""

import importlib.util
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SAMPLE = REPO / "sample"

# tests/province/ run in the province runner's own environment (.venv-province, no QGIS; `make test`
# runs them there): the QGIS .venv has neither dask.distributed nor pyogrio.
if importlib.util.find_spec("distributed") is None or importlib.util.find_spec("pyogrio") is None:
    collect_ignore = ["province"]


@pytest.fixture(scope="session")
def provider(qgis_processing):
    """The ``carbonmeter`` provider, registered in the session's registry."""
    from qgis.core import QgsApplication

    from carbon_metering.processing_provider.provider import CarbonMeteringProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("carbonmeter")
    if existing is not None:
        return existing
    prov = CarbonMeteringProvider()
    assert registry.addProvider(prov)
    return prov


@pytest.fixture
def sample_copy(tmp_path):
    """Copy a file from sample/ into tmp_path so tests never touch the original."""

    def _copy(name):
        dst = tmp_path / name
        shutil.copy(SAMPLE / name, dst)
        return dst

    return _copy


@pytest.fixture
def log_feedback():
    """A Processing feedback that keeps what the algorithm logs (info, warnings, errors)."""
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.infos, self.warnings, self.errors = [], [], []

        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            self.infos.append(info)
            super().pushInfo(info)

        def pushWarning(self, warning):  # noqa: N802
            self.warnings.append(warning)
            super().pushWarning(warning)

        def reportError(self, error, fatalError=False):  # noqa: N802, N803
            self.errors.append(error)
            super().reportError(error, fatalError)

    return Recorder()
