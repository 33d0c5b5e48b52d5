"""Window speed, each figure beside its floor measured in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_window.py [--runs 15] [--from-source]

- start → usable window: from starting a fresh process until the visible form has taken a
  key press and shows it (the digit is posted to the area field at its first paint, so it waits
  behind whatever the window queued before; packs still loading on the worker). Median, beside
  a bare QMainWindow whose one QLineEdit is measured the same way. Target ≤ 1.5 × bare.
  Children run with compiled bytecode, as an installed program does (a temporary
  PYTHONPYCACHEPREFIX, filled by the warm-up runs); ``--from-source`` keeps the environment's
  setting (with PYTHONDONTWRITEBYTECODE=1 every module is compiled on every start).
- start → first results: from starting a fresh process until the results pane shows current
  results: the default case's table kept from the last start (``ui.first_results``), shown
  while the core loads. Median over ``--result-runs`` starts after one that keeps it. Target
  ≤ 400 ms (issue 14). Start → live results (packs loaded, first comparison computed) is shown
  beside it, and that of the first start, which has nothing kept.
- keystroke → recomputed results and redrawn view: median (p50) and 95th percentile (p95)
  over real key presses in the heated-area field (``--presses`` each, after a few unmeasured
  ones), table tab and charts tab; beside a keystroke into a bare QLineEdit.
  Target: p95 ≤ 16 ms (one frame). ``--steps`` adds, per tab, where a press's time went
  (median press beside the mean of the slowest 5): reading the form, the core's evaluation,
  the results side, the form's warnings and demand line, garbage collection, and the paint.
- idle RSS after the first live results, beside the bare window's and the bare window's with
  numpy and pydantic (the core's packages) imported and used once, and how much of it is
  anonymous (the rest is mapped files: libraries, fonts). Target ≤ 100 MB (issue 14); what it is
  made of: docs/memory.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from window_children import BARE, BARE_RSS, BARE_WITH_CORE_PACKAGES_RSS, LOAD_TIMEOUT_S, RESULTS, WINDOW

ROOT = Path(__file__).resolve().parents[1]

BYTECODE = tempfile.mkdtemp(prefix="bench-pyc-")
DATA = tempfile.mkdtemp(prefix="bench-data-")


def child_env(from_source: bool = False, root: Path = ROOT, data: str = DATA) -> dict[str, str]:
    """A child's environment: the checkout at ``root`` (bench_start_ab.py points at another),
    its data (records, the kept first results) in ``data``."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    env["HEATADVISOR_DATA_DIR"] = data  # the window opens its records there, not in the user's folder
    if not from_source:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = BYTECODE  # outside the repository
    return env


def run(code: str, from_source: bool = False, root: Path = ROOT, data: str = DATA) -> tuple[float, str]:
    """Run one child; one that fails or hangs ends the bench with what it said."""
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            env=child_env(from_source, root, data),
            cwd=root,
            capture_output=True,
            text=True,
            timeout=2 * LOAD_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired as hung:
        said = (hung.stderr or b"").decode(errors="replace")  # bytes, even with text=True
        sys.exit(f"bench child still running after {hung.timeout:.0f} s:\n{said}")
    if done.returncode:
        sys.exit(f"bench child failed (exit {done.returncode}):\n{done.stderr.strip()}")
    return (time.perf_counter() - started) * 1000, done.stdout


def usable_ms(code: str, from_source: bool, root: Path = ROOT, data: str = DATA) -> float:
    """Process start → the child's printed moment of being usable."""
    started = time.time()
    _total, out = run(code, from_source, root, data)
    return (float(out.strip().splitlines()[-1]) - started) * 1000


def start_up(runs: int, from_source: bool) -> dict[str, float]:
    for code in (BARE, WINDOW, BARE, WINDOW):  # warm the file cache and the bytecode for both
        usable_ms(code, from_source)
    bare, window = [], []
    for _ in range(runs):  # interleaved, so drift on the machine hits both alike
        bare.append(usable_ms(BARE, from_source))
        window.append(usable_ms(WINDOW, from_source))
    return {"bare_ms": statistics.median(bare), "window_ms": statistics.median(window)}


def results_start(root: Path = ROOT, data: str = DATA) -> dict[str, float]:
    """One start: process start → first results shown and → live results (ms), and the idle RSS
    (all of it, and its anonymous part)."""
    started = time.time()
    child = json.loads(run(RESULTS, root=root, data=data)[1].strip().splitlines()[-1])
    return {
        "shown_ms": (child["shown"] - started) * 1000,
        "live_ms": (child["live"] - started) * 1000,
        "rss_mb": child["rss_mb"],
        "anon_mb": child["anon_mb"],
    }


def first_results(runs: int) -> dict[str, float]:
    """Process start → first results shown and → live results (medians over ``runs`` starts
    after a first start that keeps the table), and the idle RSS of the last start."""
    first_start = results_start()  # nothing kept yet: the live results come first
    later = [results_start() for _ in range(runs)]
    return {
        **{k: statistics.median(start[k] for start in later) for k in ("shown_ms", "live_ms")},
        "first_start_ms": first_start["live_ms"],
        "rss_mb": later[-1]["rss_mb"],
        "anon_mb": later[-1]["anon_mb"],
    }


WARM_PRESSES = 4  # key presses before the timed ones on each tab


def percentiles(times: list[float]) -> tuple[float, float]:
    """(p50, p95) of the times, interpolated between the two nearest presses."""
    return statistics.median(times), statistics.quantiles(times, n=20, method="inclusive")[18]


class Steps:
    """Times spent in the window's steps during each key press: its methods wrapped on the
    instance (the bench's window only), and the garbage collector's passes."""

    def __init__(self, window: Any) -> None:
        self.now: dict[str, float] = {}
        self.presses: list[dict[str, float]] = []
        steps = {
            "read": (window, "read_form"),
            "evaluate": (window.backend, "evaluate"),
            "results": (window.results_side, "show"),
            "warnings": (window.options, "show_warnings"),
            "demand": (window.current, "show_demand"),
        }
        for name, (owner, method) in steps.items():
            setattr(owner, method, self._timed(name, getattr(owner, method)))
        self._gc_started = 0.0
        gc.callbacks.append(self._gc)

    def _timed(self, name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.add(name, started)

        return timed

    def _gc(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
        else:
            self.add("gc", self._gc_started)

    def add(self, name: str, started: float) -> None:
        self.now[name] = self.now.get(name, 0.0) + (time.perf_counter() - started) * 1000

    def press_done(self, total_ms: float) -> None:
        self.presses.append({**self.now, "total": total_ms})
        self.now = {}

    def report(self, skip: int) -> str:
        """The median press's steps beside the slowest 5 presses' mean (ms), then forgets them."""
        presses, self.presses = self.presses[skip:], []
        slowest = sorted(presses, key=lambda press: -press["total"])[:5]
        names = ["total", "read", "evaluate", "results", "warnings", "demand", "gc", "paint"]
        return "  ".join(
            f"{name} {statistics.median(p.get(name, 0.0) for p in presses):.1f}"
            f"/{statistics.mean(p.get(name, 0.0) for p in slowest):.1f}"
            for name in names
        )


def keystrokes(presses: int, steps: bool = False) -> dict[str, object]:
    """In this process: key presses into the area field until recomputed and repainted."""

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from heatadvisor.ui.app import create_window
    from heatadvisor.ui.backend import load_backend

    os.environ["HEATADVISOR_DATA_DIR"] = DATA  # its records, as the children's
    app = QApplication.instance() or QApplication([])
    window = create_window(app, Path(tempfile.mkdtemp()))
    window.set_backend(load_backend())
    window.resize(1366, 768)
    window.show()
    bare = QLineEdit()
    bare.show()
    recorder: Steps | None = None  # the bare field's presses are not the window's

    def timed(edit, settled) -> tuple[float, float]:
        """(p50, p95) in ms of ``presses`` key presses, digits and backspaces in turn, each
        until ``settled`` and the repaint; the first few (a tab's first fill) not counted."""
        times = []
        for i in range(presses + WARM_PRESSES):
            key = Qt.Key.Key_Backspace if i % 2 else Qt.Key.Key_5
            started = time.perf_counter()
            QTest.keyClick(edit, key)
            while not settled():
                app.processEvents()
            painting = time.perf_counter()
            app.processEvents()  # the repaint
            times.append((time.perf_counter() - started) * 1000)
            if recorder:
                recorder.add("paint", painting)
                recorder.press_done(times[-1])
        return percentiles(times[WARM_PRESSES:])

    out: dict[str, object] = dict(zip(("bare_p50_ms", "bare_p95_ms"), timed(bare, lambda: True)))
    recorder = Steps(window) if steps else None
    for tab in (0, 1):
        window.results.tabs.setCurrentIndex(tab)
        app.processEvents()
        out[f"tab{tab}_p50_ms"], out[f"tab{tab}_p95_ms"] = timed(window.house.area, lambda: not window.pending())
        assert window.results.state == "current"
        if recorder:
            out[f"tab{tab}_steps"] = recorder.report(skip=WARM_PRESSES)
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information = staticmethod(lambda *_args: None)  # the "saved to …" note would wait for a click
    folder = Path(tempfile.mkdtemp())
    times = []
    for run in range(5):  # the window's "保存为 PDF" on the GUI thread: how long the window pauses
        started = time.perf_counter()
        window.printing.save_pdf(folder / f"sheet{run}.pdf")
        times.append((time.perf_counter() - started) * 1000)
    out["pdf_ms"] = statistics.median(times[1:])  # the first run imports the sheet and Qt's print support
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--result-runs", type=int, default=5, help="starts measured to the first results")
    parser.add_argument("--presses", type=int, default=100, help="timed key presses per tab")
    parser.add_argument("--steps", action="store_true", help="where each tab's key presses spent their time")
    parser.add_argument("--from-source", action="store_true", help="no compiled bytecode for the children")
    args = parser.parse_args()
    startup = start_up(args.runs, args.from_source)
    results = first_results(args.result_runs)
    bare_rss = float(run(BARE_RSS)[1].strip().splitlines()[-1])
    packages_rss = float(run(BARE_WITH_CORE_PACKAGES_RSS)[1].strip().splitlines()[-1])
    keys = keystrokes(args.presses, args.steps)
    ratio = startup["window_ms"] / startup["bare_ms"]
    rows = [
        (
            f"start → usable window (median of {args.runs}){', from source' if args.from_source else ''}",
            f"{startup['window_ms']:.0f} ms",
            f"bare window {startup['bare_ms']:.0f} ms",
            f"≤ 1.5 × bare: {ratio:.2f} ×",
            ratio <= 1.5,
        ),
        (
            f"start → first results (median of {args.result_runs})",
            f"{results['shown_ms']:.0f} ms",
            "table kept from last start",
            "≤ 400 ms",
            results["shown_ms"] <= 400,
        ),
        (
            "start → live results (packs loaded)",
            f"{results['live_ms']:.0f} ms",
            f"first start {results['first_start_ms']:.0f} ms",
            "information",
            True,
        ),
        (
            "keystroke → results, table tab (p50)",
            f"{keys['tab0_p50_ms']:.1f} ms",
            f"bare QLineEdit {keys['bare_p50_ms']:.1f} ms",
            "information",
            True,
        ),
        (
            "keystroke → results, table tab (p95)",
            f"{keys['tab0_p95_ms']:.1f} ms",
            f"bare QLineEdit {keys['bare_p95_ms']:.1f} ms",
            "p95 ≤ 16 ms",
            keys["tab0_p95_ms"] <= 16,
        ),
        (
            "keystroke → results, charts tab (p50)",
            f"{keys['tab1_p50_ms']:.1f} ms",
            f"bare QLineEdit {keys['bare_p50_ms']:.1f} ms",
            "information",
            True,
        ),
        (
            "keystroke → results, charts tab (p95)",
            f"{keys['tab1_p95_ms']:.1f} ms",
            f"bare QLineEdit {keys['bare_p95_ms']:.1f} ms",
            "p95 ≤ 16 ms",
            keys["tab1_p95_ms"] <= 16,
        ),
        (
            "save the sheet as PDF from the window",
            f"{keys['pdf_ms']:.0f} ms",
            "(GUI thread)",
            "≤ 100 ms, no freeze",
            keys["pdf_ms"] <= 100,
        ),
        (
            "idle RSS after first live results",
            f"{results['rss_mb']:.0f} MB",
            f"bare window {bare_rss:.0f} MB; + numpy, pydantic {packages_rss:.0f} MB",
            "≤ 100 MB",
            results["rss_mb"] <= 100,
        ),
    ]
    for what, value, floor, target, ok in rows:
        print(f"{what:<42} {value:>9}   {floor:<26} {target:<22} {'ok' if ok else 'MISSED'}")
    print(f"idle RSS: {results['anon_mb']:.0f} MB of it anonymous, the rest mapped files (docs/memory.md)")
    for tab, name in ((0, "table"), (1, "charts")):
        if f"tab{tab}_steps" in keys:
            print(f"{name} tab, ms a press (median / slowest 5): {keys[f'tab{tab}_steps']}")


if __name__ == "__main__":
    main()
