"""Benchmark row: the province runner on Dask (bench/bench_province.py in .venv-province).

``make bench`` runs bench/run.py in the QGIS environment; the runner needs its own
(.venv-province: dask.distributed, pyogrio), so this row runs bench_province.py there.
Default 8 counties × 50 000 parcels (about 3 min on 2 cores); smaller with PROVINCE_BENCH_PARCELS=5000
(or ``bench/bench_province.py --parcels 5000`` in .venv-province).

    python bench/run.py --skip-chain --systems province
"""

import os
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = HERE.parent / ".venv-province" / "bin" / "python"


def run(data_dir):
    if not PY.exists():
        print("Province runner: .venv-province is missing; run `make setup`.")
        return
    env = dict(os.environ, PYTHONPATH=str(HERE.parent / ".build" / "python"))
    env.pop("PROJ_DATA", None)
    subprocess.run([str(PY), str(HERE / "bench_province.py"), "--data", str(data_dir)], env=env, check=True)
