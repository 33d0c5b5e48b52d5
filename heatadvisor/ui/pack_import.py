"""导入政策/数据包: a pack file from a USB stick, validated completely before anything changes.

The pack store validates and stores the file, then the data are loaded afresh, on a worker
thread through ``ui.background`` (validating every pack takes a good part of a second on a
slow machine); the window stays usable under a progress note. A file that cannot be used is
refused with its file, field and reason in the user's language, and the packs in use stay as
they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from heatadvisor.ui.backend import Backend, import_pack
from heatadvisor.ui.background import Operation, run_in_background

if TYPE_CHECKING:
    from heatadvisor.core.packs.loader import PackError
    from heatadvisor.core.packs.store import ImportResult
    from heatadvisor.ui.main_window import MainWindow

PROBLEMS_SHOWN = 8  # a hostile file can have hundreds; the first few say enough


class PackImportFlow(QObject):
    """The window's side: pick a file, show progress, then report and use the new data."""

    finished = Signal()  # an import has ended and been reported (connect before ``start``)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.running: Operation | None = None
        self.messages: list[str] = []  # what was said, newest last (tests read it)

    def choose_and_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("导入政策/数据包"), "", self.tr("数据包 (*.json)")
        )
        if path:
            self.start(path)

    def start(self, path: str) -> Operation:
        from heatadvisor.core.packs.loader import (
            PackError,  # before the worker starts (see ui.background)
        )

        def failed(error: BaseException, detail: str) -> None:
            if isinstance(error, PackError):
                self._refused(error)
            else:
                self._failed(detail)

        self.running = run_in_background(
            self.window,
            lambda: import_pack(path),
            lambda done: self._imported(*done),
            failed,
            progress=self.tr("正在检查并导入数据包……"),
            name="import-pack",
        )
        return self.running

    def busy(self) -> bool:
        return self.running is not None

    def _tell(self, text: str, warning: bool = False) -> None:
        """Say how the import ended, then emit ``finished``."""
        self.messages.append(text)
        box = QMessageBox(
            QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
            self.tr("导入政策/数据包"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal but not blocking: the import's end must not stop the event loop
        self.finished.emit()

    def _imported(self, result: ImportResult, backend: Backend) -> None:
        self.running = None
        lang = self.window.languages.current
        info = result.info
        say = backend.subsidy_say
        if result.already_present:
            lines = [say("label.import_same", lang, pack_id=info.pack_id, version=info.version)]
        else:
            lines = [say("label.import_ok", lang, pack_id=info.pack_id, version=info.version)]
            if result.superseded is not None:
                lines.append(say("label.import_replaces", lang, version=result.superseded.version))
            elif not info.active:
                lines.append(say("label.import_not_active", lang))
        self.window.set_backend(backend)
        self._tell("\n".join(lines))

    def _refused(self, error: PackError) -> None:
        self.running = None
        self._tell(self.refusal_text(error, self.window.languages.current), warning=True)

    def refusal_text(self, error: PackError, lang: str) -> str:
        """The file, then each problem as field and reason in the user's language (the store's
        English detail after it, for the pack's author)."""
        from heatadvisor import wording
        from heatadvisor.wording.subsidy_text import say

        lines = [say("label.import_failed", lang, file=error.file)]
        for problem in error.problems[:PROBLEMS_SHOWN]:
            field = problem.field or self.tr("（整个文件）")
            lines.append(f"• {field}: {wording.problem_text(problem, lang)} ({problem.message})")
        if len(error.problems) > PROBLEMS_SHOWN:
            lines.append(self.tr("……还有 {count} 处").format(count=len(error.problems) - PROBLEMS_SHOWN))
        return "\n".join(lines)

    def _failed(self, detail: str) -> None:
        self.running = None
        self._tell(self.tr("导入时程序出错，正在用的数据没有改动：\n{detail}").format(detail=detail), warning=True)
