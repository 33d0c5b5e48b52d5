"""The results side: a status line, the problems that block a result (each a link to its
field), and the result tabs. Results are only ever shown as current for the inputs they
were computed from: while the input is invalid they are greyed out under a banner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from heatadvisor.ui.form.base import Retranslating
from heatadvisor.ui.style import BANNER_STYLE, restyle

PATH_ROLE = Qt.ItemDataRole.UserRole


class SealedPage(QWidget):
    """A tab page that sizes its one content widget by hand, with no layout of its own: a
    change of layout inside the content (a notice shown, a longer legend) then stops here.
    Climbing on to the tab widget, it would repaint the whole tab and its bar a second time
    (QTabWidget repaints all of itself whenever it lays out)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.content: QWidget | None = None

    def set_content(self, content: QWidget) -> None:
        self.content = content
        content.setParent(self)
        content.setGeometry(self.rect())
        content.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.content is not None:
            self.content.setGeometry(self.rect())
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return super().sizeHint() if self.content is None else self.content.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint() if self.content is None else self.content.minimumSizeHint()


class LazyPage(SealedPage):
    """A tab page whose content is built the first time it is opened: the less-used tabs
    (and their charts) then cost nothing at start-up, in memory or on a keystroke."""

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._build = build

    def ensure(self) -> QWidget:
        if self.content is None:
            self.set_content(self._build())
        assert self.content is not None
        return self.content


class ResultsPanel(Retranslating, QWidget):
    problem_clicked = Signal(str)  # Case field path

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setObjectName("problems")
        self.problems.setMaximumHeight(110)
        self.problems.itemActivated.connect(self._clicked)
        self.problems.itemClicked.connect(self._clicked)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._build_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.problems)
        layout.addWidget(self.tabs, 1)
        self.state = "loading"  # "loading" | "current" | "waiting" | "failed"
        self.shown_parts: dict | None = None  # the inputs the visible numbers belong to
        self._detail = ""
        self._titles: list = []
        self._set_state("loading", force=True)

    def add_tab(self, widget: QWidget, title) -> None:
        self.tabs.addTab(widget, "")
        self._titles.append(title)

    def _build_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, LazyPage):
            page.ensure()

    def retranslate(self) -> None:
        for index, title in enumerate(self._titles):
            self.tabs.setTabText(index, title())
        self._set_state(self.state, self._detail, force=True)

    def _set_state(self, state: str, detail: str = "", force: bool = False) -> None:
        if (state, detail) == (self.state, self._detail) and not force:
            return  # nothing to re-polish on an ordinary keystroke
        self.state, self._detail = state, detail
        texts = {
            "loading": self.tr("正在读取本地数据……"),
            "current": "",
            "waiting": self.tr("结果等待有效输入：请改正下面的项（点一下就跳过去）"),
            "failed": self.tr("程序出错，算不出结果：{detail}").format(detail=detail),
        }
        self.banner.setText(texts[state])
        self.banner.setProperty("state", state)
        restyle(self.banner)
        self.banner.setVisible(state != "current")
        self.problems.setVisible(state == "waiting")
        self.tabs.setEnabled(state == "current")

    def show_current(self, parts: dict) -> None:
        """The tabs now show results computed from ``parts``."""
        self.shown_parts = parts
        self.problems.clear()
        self._set_state("current")

    def show_loading(self) -> None:
        """What was shown no longer fits the inputs, and nothing can be computed until the packs are in."""
        self.shown_parts = None
        self._set_state("loading")

    def show_waiting(self, problems: list[tuple[str, str]]) -> None:
        """Grey the (now stale) results and list (field path, worded problem) to fix."""
        self.shown_parts = None
        self.problems.clear()
        for path, text in problems:
            item = QListWidgetItem(text, self.problems)
            item.setData(PATH_ROLE, path)
        self._set_state("waiting")

    def show_failed(self, detail: str) -> None:
        self.shown_parts = None
        self._set_state("failed", detail)

    def _clicked(self, item: QListWidgetItem) -> None:
        self.problem_clicked.emit(item.data(PATH_ROLE))
