"""The release zip (`make package`) holds the plugin and nothing of the workshop."""

import subprocess
import zipfile

from tests.conftest import REPO


def test_package_zip_contents(tmp_path):
    build = subprocess.run(["make", "-s", "package"], cwd=REPO, capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    with zipfile.ZipFile(REPO / ".build" / "carbon_metering.zip") as zf:
        names = zf.namelist()
    assert all(n.startswith("carbon_metering/") for n in names)
    for required in ("metadata.txt", "__init__.py", "LICENSE", "README.md", "icons/icon.svg",
                     "processing_provider/provider.py", "i18n/carbonmeter_zh.qm", "i18n/carbonmeter_en.qm"):
        assert "carbon_metering/" + required in names, required
    forbidden = ("tests/", "bench/", ".ci/", "tools/", "sample/generate_", "docs/dev/", "__pycache__", ".pyc",
                 "Makefile", ".venv", ".build")
    leaked = [n for n in names if any(f in n for f in forbidden)]
    assert leaked == []
