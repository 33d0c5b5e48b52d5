"""户主: who the resident is (all optional), whether the name and phone may be printed, and
the facts subsidy programmes ask about. The facts stay "not asked" until a programme needs
them; the subsidy checklist's "needs information" items open this fold and focus the field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from heatadvisor.ui.form.base import (
    ChoiceCombo,
    FormGroup,
    Text,
    TriState,
    WrappingCheckBox,
)
from heatadvisor.ui.style import set_role

FACTS = ("hukou_local", "owns_house", "subsidised_before")


class BatchPicker(QWidget):
    """The pilot lists (试点村, 示范项目) of the province's policy packs that the village is on.

    Nothing ticked: not asked yet (None); "none of these" ticked: ``[]``; else the ticked ids.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.empty = QLabel(self)
        set_role(self.empty, "hint")
        self.empty.setWordWrap(True)
        self._layout.addWidget(self.empty)
        self.none_of_these = QCheckBox(self)
        self.none_of_these.toggled.connect(self._none_toggled)
        self._layout.addWidget(self.none_of_these)
        self.boxes: dict[str, WrappingCheckBox] = {}
        self._names: dict[str, Text] = {}
        self.set_batches([])

    def set_batches(self, batches: list[tuple[str, Text]]) -> None:
        """Offer these (id, name) lists; ticks on lists still offered are kept."""
        if [b for b, _ in batches] == list(self.boxes):
            return
        keep = self.value()
        for box in self.boxes.values():
            box.setParent(None)
            box.deleteLater()
        self.boxes, self._names = {}, dict(batches)
        for index, (batch_id, _name) in enumerate(batches):
            box = WrappingCheckBox(self)
            box.box.toggled.connect(self._batch_toggled)
            self._layout.insertWidget(1 + index, box)
            self.boxes[batch_id] = box
        self.empty.setVisible(not batches)
        self.none_of_these.setVisible(bool(batches))
        self.setFocusProxy(next(iter(self.boxes.values()), self.none_of_these))
        self.retranslate()
        self.set_value(keep)

    def value(self) -> list[str] | None:
        ticked = [batch_id for batch_id, box in self.boxes.items() if box.box.isChecked()]
        if ticked:
            return ticked
        return [] if self.none_of_these.isChecked() and self.boxes else None

    def set_value(self, value: list[str] | None) -> None:
        self.blockSignals(True)
        for batch_id, box in self.boxes.items():
            box.box.setChecked(batch_id in (value or []))
        self.none_of_these.setChecked(value == [])
        self.blockSignals(False)
        self.changed.emit()

    def _batch_toggled(self, on: bool) -> None:
        if on:
            self.none_of_these.setChecked(False)
        self.changed.emit()

    def _none_toggled(self, on: bool) -> None:
        if on:
            for box in self.boxes.values():
                box.box.setChecked(False)
        self.changed.emit()

    def retranslate(self) -> None:
        self.empty.setText(self.tr("本省的政策包里没有试点村名单"))
        self.none_of_these.setText(self.tr("都不在"))
        for batch_id, box in self.boxes.items():
            box.setText(self._names[batch_id]())


class HouseholdGroup(FormGroup):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.add_field("household.name", self.name, lambda: self.tr("户主姓名"), hint=lambda: self.tr("可以不填"))
        self.phone = QLineEdit(self)
        self.phone.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 16)
        self.add_field("household.phone", self.phone, lambda: self.tr("电话"), hint=lambda: self.tr("可以不填"))
        # Not part of the Case: it decides what the printed sheet may show (PIPL), nothing else.
        self.consent = WrappingCheckBox(self)
        self.form.addRow(self.consent)
        self.facts_fold = self.add_fold(lambda: self.tr("补贴要问的情况"))
        labels = {
            "hukou_local": lambda: self.tr("户口在本村"),
            "owns_house": lambda: self.tr("房子是自家的"),
            "subsidised_before": lambda: self.tr("以前领过取暖改造补贴"),
        }
        self.facts = {key: TriState(self) for key in FACTS}
        for key in FACTS:
            self.add_field(f"household.{key}", self.facts[key], labels[key], fold=self.facts_fold)
        self.low_income = ChoiceCombo(
            [
                (None, lambda: self.tr("未问")),
                ("none", lambda: self.tr("不是")),
                ("dibao", lambda: self.tr("低保户")),
                ("tekun", lambda: self.tr("特困户")),
                ("monitored", lambda: self.tr("防返贫监测户")),
            ],
            self,
        )
        self.add_field(
            "household.low_income",
            self.low_income,
            lambda: self.tr("低保、特困"),
            fold=self.facts_fold,
            hint=lambda: self.tr("只用来查补贴，须经本人同意才问"),
        )
        self.batches = BatchPicker(self)
        self.add_field(
            "household.village_batches",
            self.batches,
            lambda: self.tr("本村在这些名单里"),
            fold=self.facts_fold,
            hint=lambda: self.tr("不清楚就都不勾，问村委会"),
        )

    def title_text(self) -> str:
        return self.tr("户主")

    def retranslate(self) -> None:
        super().retranslate()
        self.consent.setText(self.tr("户主同意在建议书上印姓名和电话"))
        self.batches.retranslate()

    def consented(self) -> bool:
        return self.consent.box.isChecked()

    def read(self) -> tuple[dict, dict[str, str]]:
        household: dict = {key: self.facts[key].value() for key in FACTS}
        household["low_income"] = self.low_income.value()
        household["village_batches"] = self.batches.value()
        for key, edit in (("name", self.name), ("phone", self.phone)):
            if edit.text().strip():
                household[key] = edit.text().strip()
        return {k: v for k, v in household.items() if v is not None}, {}

    def write(self, household: dict) -> None:
        self.name.setText(household.get("name") or "")
        self.phone.setText(household.get("phone") or "")
        for key in FACTS:
            self.facts[key].set_value(household.get(key))
        self.low_income.set_value(household.get("low_income"))
        self.batches.set_value(household.get("village_batches"))
