"""电价和燃料价格: pre-filled from the region pack, editable, edited values marked, one
button back to the defaults. A value equal to the default is not sent as an override, so
the core keeps using the region's own price (and its range)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from heatadvisor.ui.form.base import (
    ChoiceCombo,
    Field,
    FormGroup,
    NotANumber,
    NumberEdit,
    Text,
)
from heatadvisor.ui.style import mark


class PricesGroup(FormGroup):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)

        def yuan_t() -> str:
            return self.tr("元/吨")

        # (Case.prices key, label, unit, folded); electricity and gas follow tiered, dated
        # tariffs, so their default is "the local tariff" (an empty field), not one number.
        rows: list[tuple[str, Text, Text, bool]] = [
            ("electricity_yuan_per_kwh", lambda: self.tr("电价"), lambda: self.tr("元/度"), False),
            ("coal_yuan_per_t", lambda: self.tr("散煤"), yuan_t, False),
            ("gas_yuan_per_m3", lambda: self.tr("天然气"), lambda: self.tr("元/方"), False),
            ("briquette_yuan_per_t", lambda: self.tr("型煤（洁净煤）"), yuan_t, True),
            ("pellet_yuan_per_t", lambda: self.tr("生物质颗粒"), yuan_t, True),
            ("straw_yuan_per_t", lambda: self.tr("秸秆"), yuan_t, True),
            ("firewood_yuan_per_t", lambda: self.tr("木柴"), yuan_t, True),
            ("lpg_yuan_per_kg", lambda: self.tr("液化气"), lambda: self.tr("元/公斤"), True),
            ("district_yuan_per_m2", lambda: self.tr("集中供热"), lambda: self.tr("元/平方米"), True),
        ]
        self.tou = ChoiceCombo(
            [
                (None, lambda: self.tr("按本地办法")),
                (True, lambda: self.tr("用峰谷电（夜里便宜）")),
                (False, lambda: self.tr("不用峰谷电")),
            ],
            self,
        )
        self.add_field("prices.use_tou", self.tou, lambda: self.tr("峰谷电"))
        more = self.add_fold(lambda: self.tr("更多燃料价格"))
        self.edits: dict[str, NumberEdit] = {}
        self._labels: dict[str, Text] = {}
        for key, label, unit, folded in rows:
            edit = NumberEdit(self)
            edit.textChanged.connect(self._mark_edited)
            self.edits[key] = edit
            self._labels[key] = label
            self.add_field(f"prices.{key}", edit, self._edited_label(key), unit=unit, fold=more if folded else None)
        self.fields["prices.electricity_yuan_per_kwh"].hint_text = lambda: self.tr("空着就按本地阶梯电价、峰谷电价算")
        self.reset = QPushButton(self)
        self.reset.clicked.connect(self.reset_to_defaults)
        self.form.addRow(self.reset)
        self.defaults: dict[str, float | None] = dict.fromkeys(self.edits)

    def title_text(self) -> str:
        return self.tr("电价和燃料价格")

    def retranslate(self) -> None:
        super().retranslate()
        self.reset.setText(self.tr("恢复本地默认价格"))
        self.edits["electricity_yuan_per_kwh"].setPlaceholderText(self.tr("按本地电价"))
        self.edits["gas_yuan_per_m3"].setPlaceholderText(self.tr("按本地气价"))

    def _edited_label(self, key: str) -> Text:
        def text() -> str:
            name = self._labels[key]()
            return self.tr("{name}（改过）").format(name=name) if self.is_edited(key) else name

        return text

    def is_edited(self, key: str) -> bool:
        try:
            value = self.edits[key].number()
        except NotANumber:
            return True
        return value is not None and value != self.defaults.get(key)

    def _mark_edited(self) -> None:
        for key in self.edits:
            field: Field = self.fields[f"prices.{key}"]
            field.label.setText(field.label_text())
            mark(field.editor, "edited", self.is_edited(key))

    def set_defaults(self, defaults: dict[str, float | None]) -> None:
        """The region's prices (a new province): unedited fields follow, edited ones stay."""
        kept = {key: self.edits[key].text() for key in self.edits if self.is_edited(key)}
        self.defaults = {key: defaults.get(key) for key in self.edits}
        for key, edit in self.edits.items():
            edit.blockSignals(True)
            if key in kept:
                edit.setText(kept[key])
            else:
                edit.set_number(self.defaults[key])
            edit.blockSignals(False)
        self._mark_edited()
        self.changed.emit()

    def reset_to_defaults(self) -> None:
        for key, edit in self.edits.items():
            edit.set_number(self.defaults[key])
        self.tou.set_value(None)

    def read(self) -> tuple[dict, dict[str, str]]:
        numbers, bad = self.read_numbers(f"prices.{key}" for key in self.edits)
        prices: dict = {key: numbers.get(f"prices.{key}") for key in self.edits if self.is_edited(key)}
        if self.tou.value() is not None:
            prices["use_tou"] = self.tou.value()
        return {k: v for k, v in prices.items() if v is not None}, bad

    def write(self, prices: dict) -> None:
        for key, edit in self.edits.items():
            edit.set_number(prices.get(key, self.defaults[key]))
        self.tou.set_value(prices.get("use_tou"))
