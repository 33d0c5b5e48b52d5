"""帮助 → 使用说明 (F1): the staff guide, shown offline in the window's language.

The guide is Markdown bundled under ``resources/guide/<lang>/guide.md`` with its screenshots in
``resources/guide/img/`` (made from the real window by ``docs/screenshots/take.py guide``).
QTextBrowser reads it from its file, so the images resolve beside it and nothing comes from the
network; links are never followed. The contents list is read from the document's own headings,
so it cannot drift from the text. The menu entry is ``ui.help_menu``; this module is imported
after the window's first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from heatadvisor.paths import resource
from heatadvisor.ui.form.base import Retranslating

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
