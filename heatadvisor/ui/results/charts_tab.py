"""图表: running cost per season, cumulative cost over the years with the payback points,
the season month by month, and the heat pump's COP over this place's winter hours.

Takes plain data (``ChartData``) so tests and the printed sheet can feed it directly."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from heatadvisor.ui import charts
from heatadvisor.ui.form.base import Retranslating


@dataclass(frozen=True)
class ChartData:
    names: list[str]  # options, best first (today's heating not included)
    current_name: str
    running: list[float]  # yuan per season, per option
    current_running: float
    years: list[float]  # 0..horizon
    cumulative: list[list[float]]  # per option, per year
    current_cumulative: list[float]
    months: list[str]  # month labels of the season
    by_month: list[list[float]]  # per shown option (the first few and today's), per month
    by_month_names: list[str]
    cop_name: str | None = None  # the heat pump drawn in the COP chart
    temps: list[float] = field(default_factory=list)
    hours: list[float] = field(default_factory=list)
    cop: list[float] = field(default_factory=list)


class ChartsTab(Retranslating, QWidget):
    """One large chart at a time, picked with a row of buttons: readable across the desk,
    and only the chart on screen is redrawn on a keystroke."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.running = charts.make_chart_view()
        self.payback = charts.make_chart_view()
        self.monthly = charts.make_chart_view()
        self.cop = charts.make_chart_view()
        self.views = (self.running, self.payback, self.monthly, self.cop)
        self.stack = QStackedWidget(self)
        self.buttons = QButtonGroup(self)
        row = QHBoxLayout()
        for index, view in enumerate(self.views):
            self.stack.addWidget(view)
            button = QPushButton(self)
            button.setCheckable(True)
            button.setChecked(index == 0)
            self.buttons.addButton(button, index)
            row.addWidget(button)
        row.addStretch(1)
        self.buttons.idClicked.connect(self.show_chart)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        self.data: ChartData | None = None
        self.retranslate()

    def show_chart(self, index: int) -> None:
        self.buttons.button(index).setChecked(True)
        self.stack.setCurrentIndex(index)
        if self.data is not None:
            self.show_data(self.data)

    def retranslate(self) -> None:
        for index, text in enumerate((self.tr("每季花费"), self.tr("几年回本"), self.tr("每月花费"),
                                      self.tr("热泵冷天效率"))):
            self.buttons.button(index).setText(text)
        self.running.chart().setTitle(self.tr("每个采暖季花多少钱"))
        self.payback.chart().setTitle(self.tr("一年年累计花的钱（黑点：回本的时候）"))
        self.monthly.chart().setTitle(self.tr("每个月花多少钱"))
        self.cop.chart().setTitle(self.tr("热泵：多冷的天有多少钟头，那时 1 度电出几度热"))
        for view in self.views:
            view.chart().setProperty("shape", None)  # rebuild: axis titles are words
        if self.data is not None:
            self.show_data(self.data)

    def apply_fonts(self) -> None:
        for view in self.views:
            charts.apply_fonts(view.chart())

    def show_data(self, data: ChartData) -> None:
        """Draw the chart on screen (the others are drawn when picked)."""
        self.data = data
        yuan = self.tr("元")
        shown = self.stack.currentWidget()
        self.buttons.button(3).setEnabled(data.cop_name is not None)
        if shown is self.running:
            charts.set_bars(self.running, [data.current_name, *data.names],
                            [(yuan, [data.current_running, *data.running])], yuan, horizontal=True)
        elif shown is self.payback:
            charts.set_lines(self.payback, data.years, list(zip(data.names, data.cumulative)),
                             (data.current_name, data.current_cumulative), self.tr("年"), yuan, self.tr("回本"))
        elif shown is self.monthly:
            charts.set_bars(self.monthly, data.months, list(zip(data.by_month_names, data.by_month)), yuan)
        elif data.cop_name is not None:
            charts.set_histogram_with_line(
                self.cop, data.temps, (self.tr("小时数"), data.hours), (self.tr("1 度电出几度热"), data.cop),
                self.tr("室外温度 ℃"), self.tr("小时"), self.tr("度热"))
