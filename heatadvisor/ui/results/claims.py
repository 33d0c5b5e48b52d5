"""电暖器真相: whatever a seller calls it (graphene, carbon crystal, heating film, "saves
70 %"), 1 kWh of electricity gives 1 kWh of heat. Shows what the resident's heater really
costs a season in this house and climate, beside a heat pump, both computed by the core."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from heatadvisor.qtkit import charts
from heatadvisor.ui.form.base import ChoiceCombo, Retranslating, Text
from heatadvisor.ui.results.data import ClaimFigures
from heatadvisor.ui.style import set_role


class ClaimsTab(Retranslating, QWidget):
    heater_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heater = ChoiceCombo([], self)
        self.heater.currentIndexChanged.connect(lambda _index: self.heater_changed.emit())
        self.heater_label = QLabel(self)
        self.heater_label.setBuddy(self.heater)
        self.rule = QLabel(self)
        set_role(self.rule, "headline")
        self.rule.setWordWrap(True)
        self.claims = QLabel(self)
        self.claims.setWordWrap(True)
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        self.chart = charts.make_chart_view()
        pick = QHBoxLayout()
        pick.addWidget(self.heater_label)
        pick.addWidget(self.heater, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.rule)
        layout.addWidget(self.claims)
        layout.addWidget(self.figures)
        layout.addWidget(self.chart, 1)
        self.data: ClaimFigures | None = None
        self.retranslate()

    def set_heaters(self, heaters: list[tuple[str, Text]]) -> None:
        self.heater.set_choices(heaters)

    def retranslate(self) -> None:
        self.heater.retranslate()
        self.heater_label.setText(self.tr("卖家推荐的电暖器："))
        self.rule.setText(self.tr("1 度电 = 1 度热。电暖器不管叫什么，都一样。"))
        self.claims.setText(
            self.tr(
                "石墨烯、碳晶、电热膜、“远红外”：都是电流把电变成热，1 度电最多出 1 度热。"
                "“省电 70%”就得 1 度电出 3 度多热——只有热泵能做到：它从外面的空气里“搬”热进屋。"
                "有的卖家说的功率和实际用电差好几倍（消保委测过），买前看铭牌上的千瓦数。"
            )
        )
        self.chart.set_title(self.tr("这家一冬的电费（元）"))
        if self.data is not None:
            self.show_figures(self.data)

    def show_figures(self, data: ClaimFigures | None) -> None:
        self.data = data
        if data is None:
            self.figures.setText(self.tr("等有效输入后再算"))
            return
        self.figures.setText(
            self.tr(
                "这家一冬要 {heat} 度热。{one_to_one}\n"
                "用“{heater}”一冬约 {heater_cost} 元（{heater_low}–{heater_high}）；"
                "用“{heat_pump}”约 {hp_cost} 元（{hp_low}–{hp_high}）。{cop}"
            ).format(
                heat=f"{data.heat_kwh:,.0f}",
                one_to_one=data.one_to_one,
                heater=data.heater_name,
                heater_cost=f"{data.heater_cost[1]:,.0f}",
                heater_low=f"{data.heater_cost[0]:,.0f}",
                heater_high=f"{data.heater_cost[2]:,.0f}",
                heat_pump=data.heat_pump_name,
                hp_cost=f"{data.heat_pump_cost[1]:,.0f}",
                hp_low=f"{data.heat_pump_cost[0]:,.0f}",
                hp_high=f"{data.heat_pump_cost[2]:,.0f}",
                cop=data.heat_pump_cop,
            )
        )
        charts.set_bars(
            self.chart,
            [data.heater_name, data.heat_pump_name],
            [(self.tr("元"), [data.heater_cost[1], data.heat_pump_cost[1]])],
            self.tr("元"),
            horizontal=True,
        )
