"""台账信息: what the township's clean-heating ledger asks of a household beyond the advice —
the retrofit category, type and batch, and, when the resident agreed that details are kept,
the applicant, the power and gas account numbers and an ID number (with a consent of its
own, masked on every export). Saved as one new revision of the consultation; a bad entry is
named in the dialog and nothing is saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from heatadvisor import wording
from heatadvisor.core.contract.problems import InputError
from heatadvisor.records.model import Ledger
from heatadvisor.records.privacy import LEDGER_PERSONAL
from heatadvisor.ui.records.asking import checked_ending

if TYPE_CHECKING:
    from heatadvisor.ui.records.feature import RecordsFeature


def _suggesting(parent: QWidget, choices: list[str], value: str) -> QComboBox:
    """A text field with the usual answers offered (any other text may be typed)."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.addItems(choices)
    box.setCurrentText(value)
    return box


class LedgerDialog(QDialog):
    def __init__(self, feature: RecordsFeature, record_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.feature, self.record_id = feature, record_id
        store, lang = feature.store, feature.lang()
        assert store is not None
        record = store.get(record_id)
        if record is None:
            raise KeyError(record_id)
        self.personal = record.personal
        self.setWindowTitle(self.tr("台账信息"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        ledger = record.ledger
        self.category = _suggesting(
            self, [wording.word(k, lang) for k in ("category.electric", "category.gas")], ledger.category
        )
        self.kind = QLineEdit(ledger.kind, self)
        best = record.result.recommended_option()
        self.kind.setPlaceholderText((best.name_zh if lang == "zh" else best.name_en) if best else "")
        self.batch = _suggesting(self, wording.word("ledger.batch_choices", lang).split("|"), ledger.batch)
        for name, field in (("category", self.category), ("kind", self.kind), ("batch", self.batch)):
            form.addRow(wording.field_label(f"ledger.{name}", lang), field)
        self.details: dict[str, QLineEdit] = {}
        for name in LEDGER_PERSONAL:
            self.details[name] = QLineEdit(getattr(self.personal, name, None) or "", self)
            form.addRow(wording.field_label(f"personal.{name}", lang), self.details[name])
        self.id_consent = QCheckBox(wording.field_label("personal.id_consent", lang), self)
        self.id_consent.setChecked(bool(self.personal and self.personal.id_consent))
        form.addRow("", self.id_consent)
        layout.addLayout(form)
        self.allowed = store.keep_personal and self.personal is not None and self.personal.consent
        if not self.allowed:  # no consent, "keep none", or the password not given: the details cannot be kept
            for field in (*self.details.values(), self.id_consent):
                field.setEnabled(False)
            why = QLabel(wording.word("records.ledger.details_not_kept", lang), self)
            why.setWordWrap(True)
            layout.addWidget(why)
        self.problem = checked_ending(self, layout, self._save)
        self.resize(520, self.sizeHint().height())

    def _save(self) -> None:
        store = self.feature.store
        assert store is not None
        ledger = Ledger(self.category.currentText().strip(), self.kind.text().strip(), self.batch.currentText().strip())
        personal = None
        if self.allowed and self.personal is not None:
            personal = {
                **self.personal.model_dump(),
                **{n: f.text() for n, f in self.details.items()},
                "id_consent": self.id_consent.isChecked(),
            }
        try:
            store.set_ledger(self.record_id, ledger, personal)
        except InputError as error:
            self.problem.setText("\n".join(wording.problem_line(p, self.feature.lang()) for p in error.problems))
            return
        self.accept()
