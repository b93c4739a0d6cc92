"""`make demo` as a user runs it: a separate process that must end with exit status 0."""

import os
import subprocess
import sys

from tests.conftest import REPO


def test_demo_command_runs_every_system_and_exits_cleanly(tmp_path):
    # A process that writes every output and then crashes at exit (QGIS objects freed after
    # exitQgis: status 139) fails `make demo` as surely as a wrong number: run it for real.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "carbon_metering.tools.demo", "--out", str(tmp_path)],
                          cwd=str(REPO), env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "failed" not in done.stderr
    for name in ("carbon_metering_demo.gpkg", "carbon_metering_demo.xlsx", "carbon_metering_demo.pdf"):
        assert (tmp_path / name).stat().st_size > 0
    # every other system's demo step printed its outputs, and they exist
    listed = [line.split(": ", 1)[1] for line in done.stdout.splitlines()
              if line.startswith("  ") and ": " in line and line.split(": ", 1)[1].startswith(str(tmp_path))]
    assert len(listed) >= 10
    assert all(os.path.exists(path.strip()) for path in listed), [p for p in listed if not os.path.exists(p.strip())]
