"""讲解: for village meetings. What "1 kWh in, how many kWh of heat out" means with this
county's own winter, in large type. The printed poster is the advice sheet's own
(heatadvisor.sheet: ``build_poster``/``render_poster``); this page only asks for it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from heatadvisor.qtkit import charts
from heatadvisor.ui.form.base import Retranslating
from heatadvisor.ui.results.charts_tab import show_cop_chart
from heatadvisor.ui.results.data import ExplainData

HEADLINE_PT = 26
BODY_PT = 17


class ExplainTab(Retranslating, QWidget):
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.chart = charts.make_chart_view()
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(lambda _checked=False: self.print_requested.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.body)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignRight)
        self.data: ExplainData | None = None
        self.apply_fonts()
        self.retranslate()

    def apply_fonts(self) -> None:
        """Poster type: far above the app's size, and above large-text mode too."""
        base = QApplication.font().pointSizeF()
        headline = QFont(QApplication.font())
        headline.setPointSizeF(max(HEADLINE_PT, base * 1.8))
        headline.setBold(True)
        self.headline.setFont(headline)
        body = QFont(QApplication.font())
        body.setPointSizeF(max(BODY_PT, base * 1.2))
        self.body.setFont(body)
        charts.apply_fonts(self.chart)

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("打印讲解海报"))
        self.show_data(self.data)

    def texts(self) -> tuple[str, str]:
        """Headline and body of the page."""
        data = self.data
        if data is None:
            return self.tr("热泵：1 度电能出几度热？"), self.tr("在“比较哪些方案”里勾一种热泵，这里就按本县的天气讲。")
        lines = [
            self.tr("说明书上写的 {rated}，是在暖和天测的。天越冷，出的热越少：").format(rated=f"{data.rated_cop:.1f}")
        ]
        lines += [
            self.tr("{month}：1 度电出 {cop} 度热").format(month=label, cop=f"{cop:.1f}") for label, cop in data.months
        ]
        lines.append(data.electric)
        return data.headline, "\n".join(lines)

    def show_data(self, data: ExplainData | None) -> None:
        self.data = data
        headline, body = self.texts()
        self.headline.setText(headline)
        self.body.setText(body)
        self.chart.setVisible(data is not None)
        self.print_button.setEnabled(data is not None)
        if data is not None:
            show_cop_chart(self.chart, data.temps, data.hours, data.cop)
