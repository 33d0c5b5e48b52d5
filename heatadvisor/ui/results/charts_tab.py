"""图表: running cost per season, cumulative cost over the years with the payback points,
the season month by month, and the heat pump's COP over this place's winter hours.

Takes plain data (``ChartData``) so tests can feed it directly."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from heatadvisor.qtkit import charts
from heatadvisor.ui.form.base import Retranslating
from heatadvisor.ui.results.data import ChartData

PAYBACK_LINES = 4  # the best options beside today's heating; all of them only on request
PEN_SAMPLES = {
    Qt.PenStyle.SolidLine: "━━",
    Qt.PenStyle.DashLine: "╍╍",
    Qt.PenStyle.DashDotLine: "━·",
    Qt.PenStyle.DotLine: "┅┅",
    None: "●",
}


def legend_html(entries: list[tuple[str, str, Qt.PenStyle | None]]) -> str:
    """The legend with whole names, each after a sample of its line in its colour; it wraps
    between entries, not inside one."""

    def unbroken(name: str) -> str:
        return html.escape(name).replace(" ", "&nbsp;").replace("-", "\u2011")  # non-breaking space and hyphen

    return "&emsp; ".join(
        f'<span style="color:{colour}; font-weight:bold">{PEN_SAMPLES[pen]}</span>&nbsp;{unbroken(name)}'
        for name, colour, pen in entries
    )


def show_cop_chart(view: charts.ChartView, temps: list[float], hours: list[float], cop: list[float]) -> None:
    """The heat pump's winter in one chart, for this tab and the explain tab: the hours at each
    outdoor temperature as bars, and how much heat 1 kWh gives there as a line."""
    translate = QCoreApplication.translate
    charts.set_histogram_with_line(
        view,
        temps,
        (translate("CopChart", "小时数"), hours),
        (translate("CopChart", "1 度电出几度热"), cop),
        translate("CopChart", "室外温度 ℃"),
        translate("CopChart", "小时"),
        translate("CopChart", "度热"),
    )


class ChartsTab(Retranslating, QWidget):
    """One large chart at a time, picked with a row of buttons: readable across the desk.
    Only the chart on screen is redrawn on a keystroke (it repaints itself once, only if its
    figures or words changed), and a chart's widget is made only when first picked."""

    COUNT = 4  # running, payback, monthly, cop

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._views: list[charts.ChartView | None] = [None] * self.COUNT
        self.stack = QStackedWidget(self)
        self.buttons = QButtonGroup(self)
        row = QHBoxLayout()
        for index in range(self.COUNT):
            self.stack.addWidget(QWidget(self.stack))  # stands in until the chart is first shown
            button = QPushButton(self)
            button.setCheckable(True)
            button.setChecked(index == 0)
            self.buttons.addButton(button, index)
            row.addWidget(button)
        row.addStretch(1)
        self.all_lines = QCheckBox(self)  # the payback chart: every option, not only the best few
        self.all_lines.toggled.connect(lambda _on: self.data is not None and self.show_data(self.data))
        row.addWidget(self.all_lines)
        self.buttons.idClicked.connect(self.show_chart)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)
        self.data: ChartData | None = None
        self.retranslate()
        self.show_chart(0)

    def view(self, index: int) -> charts.ChartView:
        """The chart view at ``index``, built on first use."""
        view = self._views[index]
        if view is None:
            view = self._views[index] = charts.make_chart_view(self._titles()[index])
            stand_in = self.stack.widget(index)
            self.stack.insertWidget(index, view)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        return view

    running = property(lambda self: self.view(0))
    payback = property(lambda self: self.view(1))
    monthly = property(lambda self: self.view(2))
    cop = property(lambda self: self.view(3))

    def show_chart(self, index: int) -> None:
        self.buttons.button(index).setChecked(True)
        self.stack.setCurrentWidget(self.view(index))
        if self.data is not None:
            self.show_data(self.data)

    def _titles(self) -> tuple[str, ...]:
        return (
            self.tr("每个采暖季花多少钱"),
            self.tr("一年年累计花的钱（黑点：回本的时候）"),
            self.tr("每个月花多少钱"),
            self.tr("热泵：多冷的天有多少钟头，那时 1 度电出几度热"),
        )

    def _built(self) -> list[charts.ChartView]:
        return [view for view in self._views if view is not None]

    def retranslate(self) -> None:
        for index, text in enumerate(
            (self.tr("每季花费"), self.tr("几年回本"), self.tr("每月花费"), self.tr("热泵冷天效率"))
        ):
            self.buttons.button(index).setText(text)
        self.all_lines.setText(self.tr("显示全部方案"))
        for view, title in zip(self._views, self._titles()):
            if view is not None:
                view.set_title(title)
        if self.data is not None:
            self.show_data(self.data)

    def apply_fonts(self) -> None:
        for view in self._built():
            charts.apply_fonts(view)

    def show_data(self, data: ChartData) -> None:
        """Draw the chart on screen (the others are drawn when picked)."""
        self.data = data
        yuan = self.tr("元")
        shown = self.stack.currentIndex()
        self.buttons.button(3).setEnabled(data.cop_name is not None)
        self.all_lines.setVisible(shown == 1 and len(data.names) > PAYBACK_LINES)
        self.legend.setVisible(shown == 1)
        if shown == 0:
            charts.set_bars(
                self.running,
                [data.current_name, *data.names],
                [(yuan, [data.current_running, *data.running])],
                yuan,
                horizontal=True,
            )
        elif shown == 1:
            count = len(data.names) if self.all_lines.isChecked() else PAYBACK_LINES
            names, mark = data.names[:count], self.tr("回本")
            charts.set_lines(
                self.payback,
                data.years,
                list(zip(names, data.cumulative[:count])),
                (data.current_name, data.current_cumulative),
                self.tr("年"),
                yuan,
                mark,
                legend=False,
            )
            self.legend.setText(legend_html(charts.legend_entries(data.current_name, names, mark)))
        elif shown == 2:
            charts.set_bars(self.monthly, data.months, list(zip(data.by_month_names, data.by_month)), yuan)
        elif data.cop_name is not None:
            show_cop_chart(self.cop, data.temps, data.hours, data.cop)
