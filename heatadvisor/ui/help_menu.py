"""帮助 → 使用说明 (F1) in the window's menu bar.

The guide's window (``ui.help``: a text browser, a contents list, a button box) is not needed
for the first screen and its Qt classes cost ~6-10 ms of CPU to set up, so it is imported after
the first paint: by ``load``, which the window calls once it is whole and before the packs load
(an import while the worker imports could break the worker's, see ``ui.loading``), or by F1
pressed before that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from heatadvisor.ui.form.base import Retranslating

if TYPE_CHECKING:
    from heatadvisor.ui.help import HelpDialog
    from heatadvisor.ui.main_window import MainWindow


class HelpMenu(Retranslating, QMenu):
    """帮助 in the window's menu bar, with 使用说明 on F1; one guide window, raised when open."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.dialog: HelpDialog | None = None
        self._dialog_type: type[HelpDialog] | None = None
        self.guide_action = QAction(self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.open_guide)
        self.addAction(self.guide_action)
        window.menuBar().addMenu(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("帮助"))
        self.guide_action.setText(self.tr("使用说明"))

    def load(self) -> type[HelpDialog]:
        """The guide's window class, imported now if it is not yet."""
        if self._dialog_type is None:
            from heatadvisor.ui.help import HelpDialog

            self._dialog_type = HelpDialog
        return self._dialog_type

    def open_guide(self) -> HelpDialog:
        """Not modal: staff read a step and do it in the window beside it."""
        if self.dialog is None:
            self.dialog = self.load()(lambda: self.window_.languages.current, self.window_)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog
