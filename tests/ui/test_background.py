"""The background helper: the work runs on a worker thread, its value or its error (with the
worker's traceback) arrives on the GUI thread, and the progress note goes when it ends."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QProgressDialog, QWidget

from heatadvisor.ui.background import run_in_background


def test_the_value_arrives_on_the_gui_thread_and_the_progress_note_closes(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    ran_on, arrived = [], []
    release = threading.Event()

    def work() -> int:
        ran_on.append(threading.current_thread())
        release.wait(10)
        return 42

    operation = run_in_background(
        parent, work, lambda value: arrived.append((value, threading.current_thread())), progress="busy"
    )
    note = operation.progress
    assert isinstance(note, QProgressDialog) and note.isVisible() and note.labelText() == "busy"
    assert operation.running
    with qtbot.waitSignal(operation.finished, timeout=5000):
        release.set()
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert arrived == [(42, threading.main_thread())]
    assert not note.isVisible()


def test_an_error_arrives_with_the_workers_traceback(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    failures, successes = [], []

    def broken_export() -> None:
        raise OSError("disk full")

    operation = run_in_background(
        parent,
        broken_export,
        successes.append,
        lambda error, detail: failures.append((error, detail, threading.current_thread())),
    )
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    [(error, detail, thread)] = failures
    assert isinstance(error, OSError) and str(error) == "disk full"
    assert "broken_export" in detail and "OSError: disk full" in detail
    assert thread is threading.main_thread() and successes == []
