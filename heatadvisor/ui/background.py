"""One call on a worker thread, its outcome on the GUI thread (as Anki's ``QueryOp``).

Loading the packs, importing a pack and the records' long work (export, report) each used to
hand-write a thread and its signals; they all go through ``run_in_background`` now:

    run_in_background(window, lambda: export(path), on_success=told, on_failure=refused,
                      progress=self.tr("正在导出……"))

``on_success(value)`` and ``on_failure(error, detail)`` (``detail`` is the worker's traceback)
run on the GUI thread, from its event loop; the work never touches a widget. Whatever the work
imports should be imported before it starts: PySide's import hook is not thread-safe (see
``ui.backend``), so the GUI thread must not import anything while the worker imports.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Operation(QObject):
    """A started background call; connect to its signals, or pass callbacks to ``run_in_background``.

    Exactly one of ``succeeded`` and ``failed`` is emitted, then ``finished``; the object
    deletes itself afterwards (its parent keeps it alive until then)."""

    succeeded = Signal(object)  # what the work returned
    failed = Signal(object, str)  # the exception, the worker's traceback text
    finished = Signal()
    _done = Signal(bool, object, str)  # from the worker: ok, value or exception, traceback text

    def __init__(self, parent: QObject, work: Callable[[], Any], name: str):
        super().__init__(parent)
        self._work, self._name = work, name
        self.progress: QProgressDialog | None = None
        self.running = False
        # queued to this object's (the GUI) thread: the emits come from the worker
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self) -> Operation:
        self.running = True
        threading.Thread(target=self._run, name=self._name, daemon=True).start()
        return self

    def _run(self) -> None:
        try:
            value = self._work()
        except Exception as error:  # noqa: BLE001 — reported on the GUI thread, never raised into Qt
            self._done.emit(False, error, traceback.format_exc())
        else:
            self._done.emit(True, value, "")

    def _deliver(self, ok: bool, value: object, detail: str) -> None:
        self.running = False
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if ok:
            self.succeeded.emit(value)
        else:
            self.failed.emit(value, detail)
        self.finished.emit()
        self.deleteLater()


def run_in_background(
    parent: QWidget,
    work: Callable[[], Any],
    on_success: Callable[[Any], object] | None = None,
    on_failure: Callable[[BaseException, str], object] | None = None,
    progress: str | None = None,
    name: str = "background",
) -> Operation:
    """Start ``work`` on a worker thread; the callbacks run on the GUI thread when it ends.

    With ``progress``, a non-blocking note with a busy bar shows meanwhile (no cancel: the
    work is one call that either completes or changes nothing)."""
    operation = Operation(parent, work, name)
    if on_success is not None:
        operation.succeeded.connect(on_success)
    if on_failure is not None:
        operation.failed.connect(on_failure)
    if progress is not None:
        note = QProgressDialog(progress, "", 0, 0, parent)
        note.setCancelButton(None)
        note.setWindowModality(Qt.WindowModality.NonModal)
        note.setMinimumDuration(0)
        note.show()
        operation.progress = note
    return operation.start()
