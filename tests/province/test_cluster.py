"""A real Dask cluster on localhost: `dask scheduler` and two `dask worker` processes (issue 9).

The sample county runs through them with ``--scheduler`` and gives the LocalCluster's results;
a worker killed while it meters a county does not change them (Dask reschedules its task).
"""

import io
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

from carbon_metering.metering.province.runner import run
from tests.province.conftest import COUNTY, config

BIN = Path(sys.executable).parent


def _start(args, env, log):
    return subprocess.Popen([str(BIN / "dask")] + args, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)


@pytest.fixture
def cluster(tmp_path):
    """(address, [worker processes]) of a scheduler and two single-threaded workers on localhost."""
    env = dict(os.environ, PYTHONPATH=os.environ.get("PYTHONPATH", ""))
    scheduler_file = tmp_path / "scheduler.json"
    log = open(tmp_path / "cluster.log", "w")
    procs = [_start(["scheduler", "--host", "127.0.0.1", "--port", "0", "--dashboard-address", ":0",
                     "--scheduler-file", str(scheduler_file)], env, log)]
    for _ in range(60):
        if scheduler_file.exists() and scheduler_file.stat().st_size:
            break
        time.sleep(0.25)
    workers = [_start(["worker", "--scheduler-file", str(scheduler_file), "--nthreads", "1", "--nworkers", "1",
                       "--no-nanny", "--host", "127.0.0.1", "--name", "w{0}".format(k)], env, log)
               for k in range(2)]
    procs += workers
    import json

    address = json.loads(scheduler_file.read_text())["address"]
    from distributed import Client

    with Client(address, timeout="30s") as client:
        client.wait_for_workers(2, timeout=60)
    try:
        yield address, workers
    finally:
        for p in reversed(procs):  # only the processes this fixture started
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
        log.close()


def _tables(out):
    summary = pd.read_csv(os.path.join(out, "province_summary.csv"), dtype={"county": str})
    unc = pd.read_csv(os.path.join(out, "uncertainty.csv"))
    return summary, unc


def _same(a, b):
    for left, right in zip(a, b):
        pd.testing.assert_frame_equal(left, right, check_exact=False, rtol=1e-12)


def test_sample_through_scheduler_and_two_workers(cluster, sample_run, tmp_path):
    address, _workers = cluster
    stream = io.StringIO()
    result = run(config(f"{COUNTY}|layername=dltb_2020", f"{COUNTY}|layername=dltb_2023", tmp_path / "out",
                        scheduler=address), stream=stream)
    assert result.complete
    assert "dashboard" in stream.getvalue() and address in stream.getvalue()
    # both workers took a county (one thread each, two counties)
    assert len({r["worker"] for r in result.counties.values()}) == 2
    _same(_tables(tmp_path / "out"), _tables(sample_run[0]))


def test_worker_killed_mid_run_gives_identical_results(cluster, sample_run, tmp_path):
    address, workers = cluster
    # each county task waits 3 s before reading, so both are running when one worker is killed
    cfg = config(f"{COUNTY}|layername=dltb_2020", f"{COUNTY}|layername=dltb_2023", tmp_path / "out",
                 scheduler=address, fail_after={"420115": 3.0, "420117": 3.0})
    killer = threading.Timer(1.5, lambda: os.killpg(workers[1].pid, signal.SIGKILL))
    killer.start()
    try:
        result = run(cfg, stream=io.StringIO())
    finally:
        killer.cancel()
    assert workers[1].poll() is not None  # it was killed
    assert result.complete
    assert len({r["worker"] for r in result.counties.values()}) == 1  # the survivor metered both
    _same(_tables(tmp_path / "out"), _tables(sample_run[0]))
