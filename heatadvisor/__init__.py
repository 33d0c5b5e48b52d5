"""HeatAdvisor (供暖参谋): heating advice for rural households in northern China."""

import linecache
import os

__version__ = "0.1.0"

# The core's matrix products are small (households × ~40 temperature bins × a few months):
# OpenBLAS's worker threads give a village batch no more households per second but take a
# second core, on an old laptop the one the window needs (bench/bench_core.py: the same
# throughput on 1.0 core instead of ~1.7). Set before numpy is first imported; a value the
# user has set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

_read_and_keep = linecache.updatecache


def _read_not_kept(filename: str, module_globals: dict[str, object] | None = None) -> list[str]:
    """A file's lines as linecache reads them, not kept. PySide's import hook reads the source of
    every module imported after PySide (looking for "PySide6" in it) and linecache would keep it
    for the life of the process: the window's modules, the core, pydantic, numpy and the standard
    library under them (idle RSS after the first results, docs/memory.md). Only tracebacks and
    warnings read these lines; they read the file again."""
    lines = _read_and_keep(filename, module_globals)
    linecache.cache.pop(filename, None)
    return lines


linecache.updatecache = _read_not_kept  # before any module of ours that imports PySide
linecache.clearcache()  # what was read before (PySide reads enum.py and os.py as it starts)
