"""HeatAdvisor (供暖参谋): heating advice for rural households in northern China."""

import os

__version__ = "0.1.0"

# The core's matrix products are small (households × ~40 temperature bins × a few months):
# OpenBLAS's worker threads give a village batch no more households per second but take a
# second core, on an old laptop the one the window needs (bench/bench_core.py: the same
# throughput on 1.0 core instead of ~1.7). Set before numpy is first imported; a value the
# user has set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
