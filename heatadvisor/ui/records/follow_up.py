"""跟进: where a household is on the way from advice to subsidy (a dated stage with a note),
and each heating season's usage status (正常 / 闲置 / 停运 / 销户), as the township's
ledger records them."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from heatadvisor import wording
from heatadvisor.core.contract.problems import InputError
from heatadvisor.records.model import Stage, Usage

if TYPE_CHECKING:
    from heatadvisor.ui.records.feature import RecordsFeature


def seasons(today: date, count: int = 4) -> list[str]:
    """This heating season first ("2026-2027" from October on), then the ones before it."""
    start = today.year if today.month >= 10 else today.year - 1
    return [f"{year}-{year + 1}" for year in range(start, start - count, -1)]


class FollowUpDialog(QDialog):
    def __init__(self, feature: RecordsFeature, record_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.feature, self.record_id = feature, record_id
        lang = feature.lang()
        self.setWindowTitle(self.tr("跟进"))
        layout = QVBoxLayout(self)
        self.place = QLabel(self)
        layout.addWidget(self.place)
        self.steps = QListWidget(self)
        layout.addWidget(self.steps)
        form = QFormLayout()
        self.stage = QComboBox(self)
        for stage in Stage:
            self.stage.addItem(wording.word(f"stage.{stage.value}", lang), stage)
        self.on = QDateEdit(QDate.currentDate(), self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(wording.field_label("note", lang))
        self.add_stage = QPushButton(self.tr("记上这一步"), self)
        self.add_stage.clicked.connect(self.record_stage)
        step = QHBoxLayout()
        for widget in (self.stage, self.on, self.note, self.add_stage):
            step.addWidget(widget)
        form.addRow(self.tr("办到哪一步"), step)
        self.season = QComboBox(self)
        for season in seasons(date.today()):
            self.season.addItem(season, season)
        self.usage = QComboBox(self)
        for usage in Usage:
            self.usage.addItem(wording.word(f"usage.{usage.value}", lang), usage)
        self.set_usage = QPushButton(self.tr("记上使用情况"), self)
        self.set_usage.clicked.connect(self.record_usage)
        use = QHBoxLayout()
        for widget in (self.season, self.usage, self.set_usage):
            use.addWidget(widget)
        use.addStretch(1)
        form.addRow(self.tr("这一季用得怎样"), use)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.accept)
        layout.addWidget(close)
        self.resize(720, 420)
        self.refresh()

    def refresh(self) -> None:
        record = self.feature.store.get(self.record_id)
        if record is None:
            return
        lang = self.feature.lang()
        location = record.case.location
        self.place.setText(
            " ".join(
                filter(
                    None,
                    (
                        location.county,
                        location.township,
                        location.village,
                        record.personal.head_name if record.personal else None,
                    ),
                )
            )
        )
        self.steps.clear()
        if record.stages:  # offer the step after the last one recorded
            order = list(Stage)
            after = order.index(record.stages[-1].stage) + 1
            self.stage.setCurrentIndex(min(after, order.index(Stage.subsidy_paid)))
        for entry in record.stages:
            line = f"{entry.on:%Y-%m-%d}  {wording.word(f'stage.{entry.stage.value}', lang)}"
            self.steps.addItem(f"{line}  {entry.note}" if entry.note else line)
        for season, usage in sorted(record.seasons.items(), reverse=True):
            self.steps.addItem(
                f"{season}  {wording.word('ledger.usage', lang)}：{wording.word(f'usage.{usage.value}', lang)}"
            )

    def _write(self, change) -> None:
        try:
            change()
        except InputError as error:
            self.problem.setText("\n".join(wording.problem_line(p, self.feature.lang()) for p in error.problems))
            return
        self.problem.clear()
        self.refresh()

    def record_stage(self) -> None:
        on = self.on.date().toPython()
        self._write(
            lambda: self.feature.store.add_stage(self.record_id, self.stage.currentData(), on, self.note.text())
        )
        if not self.problem.text():
            self.note.clear()

    def record_usage(self) -> None:
        self._write(
            lambda: self.feature.store.set_usage(self.record_id, self.season.currentData(), self.usage.currentData())
        )
