"""现在怎么取暖: today's system and what it used last winter, so the house can be
calibrated to the resident's own figure; the two demand estimates are shown side by side, with
the core's notice when the estimate or the figure looks wrong (ask for it, or check it)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QCheckBox, QWidget

from heatadvisor.ui.form.base import (
    ChoiceCombo,
    FormGroup,
    NumberEdit,
    Text,
    format_number,
)
from heatadvisor.ui.wrapped_text import WrappedText

DEFAULT_CURRENT = "coal_stove"


class CurrentGroup(FormGroup):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.device = ChoiceCombo([], self)
        self.add_field("current.device_id", self.device, lambda: self.tr("现在用"))
        self.quantity = NumberEdit(self)
        self.add_field(
            "current.last_winter.quantity",
            self.quantity,
            lambda: self.tr("去年冬天用了"),
            hint=lambda: self.tr("比如 2 吨煤、1500 方气、3000 元电费；不记得就空着"),
        )
        self.unit_names: dict[str, Text] = {
            "t": lambda: self.tr("吨"),
            "kg": lambda: self.tr("公斤"),
            "m3": lambda: self.tr("立方米（方）"),
            "kwh": lambda: self.tr("度电"),
            "yuan": lambda: self.tr("元"),
            "cylinder": lambda: self.tr("罐液化气（15 公斤）"),
        }
        self.unit = ChoiceCombo([(u, t) for u, t in self.unit_names.items()], self)
        self.add_field("current.last_winter.unit", self.unit, lambda: self.tr("单位"))
        self.calibrate = QCheckBox(self)
        self.calibrate.setChecked(True)
        self.add_field(
            "current.use_calibration",
            self.calibrate,
            lambda: self.tr("按去年用量校准"),
            hint=lambda: self.tr("用这家自己的用量修正房子的算法，比只按房子算更准"),
        )
        self.confirmed = QCheckBox(self)
        self.add_field(
            "current.last_winter.confirmed",
            self.confirmed,
            lambda: self.tr("去年用量核对过"),
            hint=lambda: self.tr("和按房子算的差得远时，问清楚没记错再勾上"),
        )
        self.demand = WrappedText("hint", self)  # new figures each keystroke: re-lays out nothing
        self.form.addRow(self.demand)
        self.notice = WrappedText("warning", self)
        self.notice.hide()
        self.form.addRow(self.notice)
        self._demand: tuple[float, float | None] | None = None

    def title_text(self) -> str:
        return self.tr("现在怎么取暖")

    def retranslate(self) -> None:
        super().retranslate()
        self._show_demand()

    def set_devices(self, devices: Iterable[tuple[str, Text]]) -> None:
        """Fill the system list (from the device catalogue, once loaded)."""
        keep = self.device.value() or DEFAULT_CURRENT
        self.device.set_choices(devices)
        self.device.set_value(keep)

    def set_units(self, units: Iterable[str]) -> None:
        """Offer only the units the current system's fuel is counted in."""
        self.unit.set_choices([(u, self.unit_names[u]) for u in self.unit_names if u in set(units)])

    def show_demand(self, model_kwh: float | None, calibrated_kwh: float | None, notice: str = "") -> None:
        """The house's heat need as described, beside what last winter's use says, and the
        notice (worded) when either looks wrong."""
        self._demand = None if model_kwh is None else (model_kwh, calibrated_kwh)
        self._show_demand()
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))

    def _show_demand(self) -> None:
        if self._demand is None:
            self.demand.setText("")
            return
        model, calibrated = self._demand
        text = self.tr("按房子算，一冬要 {model} 度热").format(model=format_number(round(model, -1)))
        if calibrated is not None:
            text += self.tr("；按去年用量算，要 {calibrated} 度热").format(
                calibrated=format_number(round(calibrated, -1))
            )
        self.demand.setText(text)

    def read(self) -> tuple[dict, dict[str, str]]:
        numbers, bad = self.read_numbers(["current.last_winter.quantity"])
        current: dict = {"device_id": self.device.value() or "", "use_calibration": self.calibrate.isChecked()}
        quantity = numbers.get("current.last_winter.quantity")
        if quantity is not None:
            current["last_winter"] = {
                "quantity": quantity,
                "unit": self.unit.value(),
                "confirmed": self.confirmed.isChecked(),
            }
        return current, bad

    def write(self, current: dict) -> None:
        self.device.set_value(current.get("device_id"))
        last = current.get("last_winter") or {}
        self.quantity.set_number(last.get("quantity"))
        self.unit.set_value(last.get("unit"))
        self.confirmed.setChecked(bool(last.get("confirmed", False)))
        self.calibrate.setChecked(current.get("use_calibration", True))
