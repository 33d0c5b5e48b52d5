"""帮助 → 使用说明 (F1): the staff guide, shown offline in the window's language.

The guide is Markdown bundled under ``resources/guide/<lang>/guide.md`` with its screenshots in
``resources/guide/img/`` (made from the real window by ``docs/screenshots/take.py guide``).
QTextBrowser reads it from its file, so the images resolve beside it and nothing comes from the
network; links are never followed. The contents list is read from the document's own headings,
so it cannot drift from the text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextBlock, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QMenu,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from heatadvisor.paths import resource
from heatadvisor.ui.form.base import Retranslating

if TYPE_CHECKING:
    from heatadvisor.ui.main_window import MainWindow

CONTENTS_LEVELS = (2, 3)  # 一、二、… and their steps; the title (level 1) is the window's title


def guide_path(lang: str) -> Path:
    """The bundled guide in ``lang`` ("zh" or "en")."""
    return resource("guide", lang, "guide.md")


class HelpDialog(Retranslating, QDialog):
    """The guide beside its contents list; follows the window's language while open."""

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.language = language
        self.contents = QListWidget(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # offline: the guide has nothing to follow
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 960])  # the widest screenshot (the results side, ~900 px) fits
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.headings: list[QTextBlock] = []
        self.contents.currentRowChanged.connect(self.go_to)
        self.resize(1280, 700)
        self.show_guide()

    def show_guide(self) -> None:
        """Load the guide in the current language and list its headings."""
        self.setWindowTitle(QCoreApplication.translate("HelpMenu", "使用说明"))  # the menu entry's words
        self.lang = self.language()
        self.browser.setSource(
            QUrl.fromLocalFile(str(guide_path(self.lang))), QTextDocument.ResourceType.MarkdownResource
        )
        self.headings = []
        self.contents.blockSignals(True)
        self.contents.clear()
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level in CONTENTS_LEVELS:
                self.headings.append(block)
                self.contents.addItem("    " * (level - CONTENTS_LEVELS[0]) + block.text())
            block = block.next()
        self.contents.blockSignals(False)

    def go_to(self, row: int) -> None:
        """Scroll so that heading ``row`` of the contents list is at the top."""
        if 0 <= row < len(self.headings):
            layout = self.browser.document().documentLayout()
            self.browser.verticalScrollBar().setValue(int(layout.blockBoundingRect(self.headings[row]).top()))

    retranslate = show_guide


class HelpMenu(Retranslating, QMenu):
    """帮助 in the window's menu bar, with 使用说明 on F1; one guide window, raised when open."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.dialog: HelpDialog | None = None
        self.guide_action = QAction(self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.open_guide)
        self.addAction(self.guide_action)
        window.menuBar().addMenu(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("帮助"))
        self.guide_action.setText(self.tr("使用说明"))

    def open_guide(self) -> HelpDialog:
        """Not modal: staff read a step and do it in the window beside it."""
        if self.dialog is None:
            self.dialog = HelpDialog(lambda: self.window_.languages.current, self.window_)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog
