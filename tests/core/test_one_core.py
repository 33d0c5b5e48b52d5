"""The core computes on one core: numpy's OpenBLAS starts no worker threads of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COUNT_THREADS = "import heatadvisor.core.comparison.compare, numpy, os; print(len(os.listdir('/proc/self/task')))"


def _threads(env: dict[str, str]) -> int:
    done = subprocess.run(
        [sys.executable, "-c", COUNT_THREADS], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return int(done.stdout)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads are counted in /proc (Linux)")
def test_importing_the_core_leaves_one_thread():
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENBLAS_NUM_THREADS")}
    assert _threads(env) == 1


@pytest.mark.skipif(
    not Path("/proc/self/task").is_dir() or (os.cpu_count() or 1) < 2, reason="needs /proc and two cores"
)
def test_a_thread_count_the_user_sets_is_kept():
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "2"}
    assert _threads(env) == 2


def test_a_comparison_leaves_numpy_ma_unimported():
    """numpy.ma is a large module the core does not use; imported on the window's first
    results (np.unique without its inverse does that) it costs ~9 MB of resident memory."""
    code = (
        "import json, sys; from heatadvisor.core.contract.case_io import case_from_data; "
        "from heatadvisor.core.comparison.compare import compare; "
        "compare(case_from_data(json.load(open('examples/rizhao_coal_stove.json', encoding='utf-8')))); "
        "print('numpy.ma' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
