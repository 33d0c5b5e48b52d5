"""比较哪些方案: one tick box per device (the region's usual ones first), each with its size
in kW and 匹, a price override and, for heat pumps, a size override; the core's sizing and
supply warnings appear under the option they concern. Insulation measures are add-ons
applied to every option compared."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from PySide6.QtWidgets import QCheckBox, QWidget

from heatadvisor.ui.form.base import (
    FormGroup,
    NumberEdit,
    Text,
    WrappingCheckBox,
    format_number,
)
from heatadvisor.ui.wrapped_text import WrappedText

_INDEXED = re.compile(r"^options\.(\d+)\.(\w+)")


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    name: Text
    capacity_kw: float | None
    kw_per_pi: float
    is_heat_pump: bool
    usual: bool  # one of the region's usual options: ticked and shown unfolded


@dataclass
class _Details:
    """What a ticked row shows under its tick: a price, a size for heat pumps, a warning."""

    price: NumberEdit
    capacity: NumberEdit | None
    warning: WrappedText


class _Row:
    """One device: its tick, and its details built when it is first ticked (most of the ~25
    devices are never ticked, and their hidden fields held ~2 MB)."""

    def __init__(self, device: DeviceRow, check: WrappingCheckBox, build: Callable[[_Row], _Details]):
        self.device, self.check, self._build = device, check, build

    @property
    def tick(self) -> QCheckBox:
        return self.check.box

    @cached_property
    def details(self) -> _Details:
        return self._build(self)

    @property
    def built(self) -> bool:
        return "details" in self.__dict__

    @property
    def price(self) -> NumberEdit:
        return self.details.price

    @property
    def capacity(self) -> NumberEdit | None:
        return self.details.capacity

    @property
    def warning(self) -> WrappedText:
        return self.details.warning


class OptionsGroup(FormGroup):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: dict[str, _Row] = {}
        self.upgrades: dict[str, tuple[WrappingCheckBox, Text]] = {}
        self.more = self.add_fold(lambda: self.tr("更多设备"))
        self.upgrade_fold = self.add_fold(lambda: self.tr("同时做保温改造（每个方案都加上）"))
        self._order: list[str] = []  # device ids in the order last sent to the core
        self._hidden: str | None = None

    def title_text(self) -> str:
        return self.tr("比较哪些方案")

    def set_devices(self, devices: list[DeviceRow], upgrades: list[tuple[str, Text]]) -> None:
        """Build the rows once the catalogue has loaded (usual options first, ticked)."""
        for device in sorted(devices, key=lambda d: not d.usual):
            self._add_row(device)
        for upgrade_id, name in upgrades:
            check = WrappingCheckBox(self)
            check.box.toggled.connect(lambda _on: self.changed.emit())
            self.upgrade_fold.form.addRow(check)
            self.upgrades[upgrade_id] = (check, name)
        self.retranslate()

    def _add_row(self, device: DeviceRow) -> None:
        fold = None if device.usual else self.more
        check = WrappingCheckBox(self)
        check.box.setChecked(device.usual)
        (fold.form if fold else self.form).addRow(check)
        row = _Row(device, check, self._build_details)
        self.rows[device.device_id] = row
        check.box.toggled.connect(lambda _on, r=row: self._show_details(r))
        check.box.toggled.connect(lambda _on: self.changed.emit())
        self._show_details(row)

    def _build_details(self, row: _Row) -> _Details:
        """The row's fields, placed under its tick and after it in the Tab order (a widget
        built later would otherwise join the order at the window's end)."""
        fold = None if row.device.usual else self.more
        form = fold.form if fold else self.form
        at = form.getWidgetPosition(row.check)[0] + 1  # type: ignore[index]  # PySide types it as object
        price = NumberEdit(self)
        fields = [
            self.add_field(
                f"options.{row.device.device_id}.price_yuan",
                price,
                lambda: self.tr("价格（含安装）"),
                unit=lambda: self.tr("元"),
                fold=fold,
                row=at,
            )
        ]
        capacity = None
        if row.device.is_heat_pump:
            capacity = NumberEdit(self, 4)
            fields.append(
                self.add_field(
                    f"options.{row.device.device_id}.capacity_kw",
                    capacity,
                    lambda: self.tr("机器大小"),
                    unit=lambda: self.tr("千瓦"),
                    fold=fold,
                    hint=lambda: self.tr("空着就按房子配合适的大小"),
                    row=at + 1,
                )
            )
        warning = WrappedText("warning", self)  # new figures in the same lines re-lay out nothing
        warning.hide()
        form.insertRow(at + len(fields), warning)
        before: QWidget = row.tick
        for field in fields:
            field.retranslate()  # built after the translator was installed: worded now
            QWidget.setTabOrder(before, field.editor)
            before = field.editor
        return _Details(price, capacity, warning)

    def _row_fields(self, row: _Row) -> list:
        suffixes = ("price_yuan", "capacity_kw")
        return [self.fields[p] for s in suffixes if (p := f"options.{row.device.device_id}.{s}") in self.fields]

    def _show_details(self, row: _Row) -> None:
        visible = row.tick.isChecked() and row.device.device_id != self._hidden
        row.check.setVisible(row.device.device_id != self._hidden)
        if not (visible or row.built):
            return
        for field in self._row_fields(row):
            field.label.setVisible(visible)
            field.editor.parentWidget().setVisible(visible)
        row.warning.setVisible(visible and bool(row.warning.text()))

    def hide_device(self, device_id: str | None) -> None:
        """Today's system is not an option to itself: hide its row."""
        self._hidden = device_id
        for row in self.rows.values():
            self._show_details(row)

    def retranslate(self) -> None:
        super().retranslate()
        for row in self.rows.values():
            row.check.setText(self._device_text(row.device))
        for box, name in self.upgrades.values():
            box.setText(name())

    def _device_text(self, device: DeviceRow) -> str:
        if device.capacity_kw is None:
            return device.name()
        return self.tr("{name}：{kw} 千瓦，约 {pi} 匹").format(
            name=device.name(),
            kw=format_number(device.capacity_kw),
            pi=format_number(round(device.capacity_kw / device.kw_per_pi, 1)),
        )

    def ticked(self) -> list[str]:
        return [d for d, row in self.rows.items() if row.tick.isChecked() and d != self._hidden]

    def read(self) -> tuple[dict, dict[str, str]]:
        """The ``options`` list; problems are keyed by the device's own path, not its index."""
        paths = [
            p
            for d in self.ticked()
            for p in (f"options.{d}.price_yuan", f"options.{d}.capacity_kw")
            if p in self.fields
        ]
        numbers, bad = self.read_numbers(paths)
        upgrades = [u for u, (check, _name) in self.upgrades.items() if check.box.isChecked()]
        self._order = self.ticked()
        options = []
        for device_id in self._order:
            choice: dict = {"device_id": device_id}
            for key in ("price_yuan", "capacity_kw"):
                value = numbers.get(f"options.{device_id}.{key}")
                if value is not None:
                    choice[key] = value
            if upgrades:
                choice["upgrades"] = upgrades
            options.append(choice)
        return {"options": options}, bad

    def device_path(self, path: str) -> str:
        """The core's "options.2.price_yuan" as this group's "options.<device>.price_yuan"."""
        match = _INDEXED.match(path)
        if match and int(match.group(1)) < len(self._order):
            return f"options.{self._order[int(match.group(1))]}.{match.group(2)}"
        return path

    def owns(self, path: str) -> bool:
        return self.device_path(path) in self.fields or path.startswith("options")

    def show_problems(self, messages: dict[str, str]) -> None:
        super().show_problems({self.device_path(p): m for p, m in messages.items()})

    def focus_field(self, path: str) -> QWidget | None:
        path = self.device_path(path)
        if path in self.fields:
            return super().focus_field(path)
        first = next((row.tick for row in self.rows.values() if row.check.isVisible()), None)
        if first is not None:
            first.setFocus()
        return first

    def show_warnings(self, warnings: dict[str, list[str]]) -> None:
        """Sizing and supply warnings (worded by the window) under their options; a row whose
        warning is unchanged is left alone (this runs on every keystroke)."""
        for device_id, row in self.rows.items():
            text = "\n".join(warnings.get(device_id, []))
            if (text or row.built) and text != row.warning.text():
                row.warning.setText(text)
                self._show_details(row)

    def write(self, options: list[dict] | None) -> None:
        chosen = {o["device_id"]: o for o in options or []}
        for device_id, row in self.rows.items():
            row.tick.setChecked(device_id in chosen)
            if not (row.built or device_id in chosen):
                continue  # nothing typed in fields never built
            row.price.set_number(chosen.get(device_id, {}).get("price_yuan"))
            if row.capacity is not None:
                row.capacity.set_number(chosen.get(device_id, {}).get("capacity_kw"))
