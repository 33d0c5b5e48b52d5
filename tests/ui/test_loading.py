"""Loading the packs after the first paint: while the worker imports the core the GUI thread
runs no import statement (PySide's import hook is not thread-safe, see MainWindow.load_backend_async), and a
load that fails is shown in the window and ends the bench's wait instead of hanging it."""

from __future__ import annotations

import builtins
import importlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from heatadvisor.ui import backend as backend_module
from heatadvisor.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


class HeldLoad:
    """Stands in for ``load_backend`` on the worker: says when the worker is in it and returns
    only when released, so the test acts on the window while the packs are loading."""

    def __init__(self, backend):
        self.backend = backend
        self.inside = threading.Event()
        self.release = threading.Event()

    def __call__(self):
        self.inside.set()
        self.release.wait(30)
        self.inside.clear()
        return self.backend


@pytest.fixture
def held(monkeypatch, backend) -> HeldLoad:
    load = HeldLoad(backend)
    monkeypatch.setattr(backend_module, "load_backend", load)
    return load


HARNESS = ("pytestqt", "_pytest", "pluggy", __name__)  # the test's own waiting, not the window's


@pytest.fixture
def gui_imports(monkeypatch, held) -> list[str]:
    """Every import statement the GUI thread runs while the worker is loading (already loaded
    modules included: PySide's hook switches ``__import__`` for each of them too)."""
    seen: list[str] = []
    real = builtins.__import__

    def recording(name, globals=None, locals=None, fromlist=(), level=0):
        importer = str((globals or {}).get("__name__"))
        if (
            held.inside.is_set()
            and threading.current_thread() is threading.main_thread()
            and not importer.startswith(HARNESS)
        ):
            seen.append(f"{importer}: import {name} {fromlist or ''}")
        return real(name, globals, locals, fromlist, level)

    monkeypatch.setattr(builtins, "__import__", recording)
    return seen


def test_the_gui_thread_imports_nothing_while_the_packs_load(qtbot, languages, settings, held, gui_imports):
    window = MainWindow(settings, languages)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    loader = window.load_backend_async()  # before the first paint, as bench_window.py's RESULTS child
    qtbot.waitUntil(held.inside.is_set, timeout=5000)
    # what a user can do meanwhile: type, and use every menu action not waiting for the packs
    QTest.keyClicks(window.location.county, "jx")
    QTest.keyClicks(window.house.area, "5")
    enabled = [
        action
        for menu in (window.file_menu, window.settings_menu)
        for action in menu.actions()
        if action.isEnabled() and not action.isSeparator()
    ]
    assert enabled and not set(enabled) & set(window.actions_after_load)
    for action in enabled + enabled[::-1]:  # back to Chinese and normal text afterwards
        action.trigger()
    qtbot.wait(20)  # the recomputation timer, repaints
    assert held.inside.is_set()
    with qtbot.waitSignal(loader.succeeded, timeout=5000):
        held.release.set()
    assert gui_imports == []
    assert window.whole and window.backend is held.backend
    assert all(action.isEnabled() for action in window.actions_after_load)
    assert window.location.province.count() > 10  # the county table came with the packs


def test_the_county_waits_for_the_packs(qtbot, languages, settings, held):
    """Typed while loading: no lookups yet; the station is found once the packs are in."""
    switch_interval = sys.getswitchinterval()
    window = MainWindow(settings, languages)
    qtbot.addWidget(window)
    window.show()
    loader = window.load_backend_async()
    qtbot.waitUntil(held.inside.is_set, timeout=5000)
    assert all(not action.isEnabled() for action in window.actions_after_load)
    window.location.county.setText("日照市莒县")
    assert window.location.station.text() == ""
    with qtbot.waitSignal(loader.finished, timeout=5000):
        held.release.set()
    assert "气象站" in window.location.station.text()
    assert sys.getswitchinterval() == switch_interval, "the thread switch interval is the process's again"


def test_a_failed_load_is_shown_and_the_window_stays_usable(qtbot, languages, settings, monkeypatch):
    def broken():
        raise RuntimeError("no usable common pack")

    monkeypatch.setattr(backend_module, "load_backend", broken)
    window = MainWindow(settings, languages)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.load_backend_async().failed, timeout=5000):
        pass
    assert window.results.state == "failed"
    assert "no usable common pack" in window.results.banner.text()
    assert all(action.isEnabled() for action in window.actions_after_load)
    QTest.keyClicks(window.house.area, "5")
    assert window.house.area.text().endswith("5")


def test_the_bench_ends_with_the_reason_when_the_packs_fail_to_load(monkeypatch):
    """bench_window.py's RESULTS child exits saying why (it used to wait for ever), and the
    bench stops with what the child said."""
    monkeypatch.syspath_prepend(str(ROOT / "bench"))  # the bench's scripts import each other
    bench = importlib.import_module("bench_window")
    broken = (
        "import heatadvisor.ui.backend as backend\n"
        "def load_backend():\n    raise RuntimeError('no usable common pack')\n"
        "backend.load_backend = load_backend\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", broken + bench.RESULTS],
        env=bench.child_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=2 * bench.LOAD_TIMEOUT_S,
    )
    assert done.returncode == 1
    assert "RESULTS: the packs did not load" in done.stderr and "no usable common pack" in done.stderr
    with pytest.raises(SystemExit, match="no usable common pack"):
        bench.run("import sys; sys.exit('no usable common pack')")


SOURCES = """
import json, linecache, traceback
import PySide6.QtCore
import heatadvisor
from heatadvisor.ui import loading
backend = loading.load_core()
import heatadvisor.sheet.content  # a module first imported after the load
kept_after_load = sorted(linecache.cache)
try:
    backend.data.region_for("no such province")
except KeyError:
    shown = traceback.format_exc()
linecache.updatecache = heatadvisor._read_and_keep  # linecache as it is without the guard
import heatadvisor.cli.main
print(json.dumps({"kept_after_load": kept_after_load, "traceback": shown,
                  "kept_unguarded": sorted(linecache.cache)}))
"""


def test_no_module_source_is_kept_and_tracebacks_still_show_it():
    """PySide's import hook reads the source of every module imported after PySide (looking for
    "PySide6" in it) and linecache would keep it for the life of the process (docs/memory.md). In
    a fresh process, loading the core and importing more modules later leaves none of it; a
    traceback still shows its lines; and a module imported with linecache as it is without the
    guard is kept, which is why the guard is there (if PySide stops reading sources, this says the
    guard can go)."""
    done = subprocess.run(
        [sys.executable, "-c", SOURCES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["kept_after_load"] == []
    assert "return self.regions[province]" in seen["traceback"]
    assert any(Path(path).parent.name == "cli" for path in seen["kept_unguarded"])
