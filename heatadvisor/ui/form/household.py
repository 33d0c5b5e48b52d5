"""户主: who the resident is (all optional), and the facts subsidy programmes ask about.
The facts stay "not asked" until a programme needs them; the subsidy checklist's
"needs information" items open this fold and focus the field."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from heatadvisor.ui.form.base import ChoiceCombo, FormGroup, TriState

FACTS = ("hukou_local", "owns_house", "subsidised_before")


class HouseholdGroup(FormGroup):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.add_field("household.name", self.name, lambda: self.tr("户主姓名"), hint=lambda: self.tr("可以不填"))
        self.phone = QLineEdit(self)
        self.phone.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 16)
        self.add_field("household.phone", self.phone, lambda: self.tr("电话"), hint=lambda: self.tr("可以不填"))
        self.facts_fold = self.add_fold(lambda: self.tr("补贴要问的情况"))
        labels = {
            "hukou_local": lambda: self.tr("户口在本村"),
            "owns_house": lambda: self.tr("房子是自家的"),
            "subsidised_before": lambda: self.tr("以前领过取暖改造补贴"),
        }
        self.facts = {key: TriState(self) for key in FACTS}
        for key in FACTS:
            self.add_field(f"household.{key}", self.facts[key], labels[key], fold=self.facts_fold)
        self.low_income = ChoiceCombo([
            (None, lambda: self.tr("未问")), ("none", lambda: self.tr("不是")), ("dibao", lambda: self.tr("低保户")),
            ("tekun", lambda: self.tr("特困户")), ("monitored", lambda: self.tr("防返贫监测户")),
        ], self)
        self.add_field("household.low_income", self.low_income, lambda: self.tr("低保、特困"), fold=self.facts_fold,
                       hint=lambda: self.tr("只用来查补贴，须经本人同意才问"))

    def title_text(self) -> str:
        return self.tr("户主")

    def read(self) -> tuple[dict, dict[str, str]]:
        household: dict = {key: self.facts[key].value() for key in FACTS}
        household["low_income"] = self.low_income.value()
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
