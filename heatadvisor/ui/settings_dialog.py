"""设置: the service point's own settings in one small dialog.

Who works here (printed on every advice sheet), the home county (where a new consultation
starts), the language and large text. The dialog only edits the values; ``MainWindow``
applies them, so the language and text size change at once, without a restart.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from heatadvisor.qtkit.settings import AppSettings
from heatadvisor.ui.form.base import ChoiceCombo


@dataclass(frozen=True)
class SettingsValues:
    service_point: str
    staff_name: str
    home_place: tuple[str, str]  # (province, county)
    language: str
    large_text: bool

    @classmethod
    def read(cls, settings: AppSettings) -> SettingsValues:
        return cls(
            settings.service_point, settings.staff_name, settings.home_place, settings.language, settings.large_text
        )


class SettingsDialog(QDialog):
    def __init__(self, values: SettingsValues, provinces: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置"))
        self.service_point = QLineEdit(values.service_point, self)
        self.service_point.setPlaceholderText(self.tr("例如：青龙湖镇清洁取暖服务站"))
        self.staff_name = QLineEdit(values.staff_name, self)
        province, county = values.home_place
        self.province = ChoiceCombo([(p, lambda p=p: p) for p in dict.fromkeys([province, *provinces])], self)
        self.province.set_value(province)
        self.county = QLineEdit(county, self)
        # names of languages are written in their own language, never translated
        self.language = ChoiceCombo([("zh", lambda: "中文"), ("en", lambda: "English")], self)
        self.language.set_value(values.language)
        self.large_text = QCheckBox(self.tr("大字（离屏幕远也看得清）"), self)
        self.large_text.setChecked(values.large_text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("服务点名称"), self.service_point)
        form.addRow(self.tr("工作人员"), self.staff_name)
        form.addRow(self.tr("本服务点的省"), self.province)
        form.addRow(self.tr("本服务点的县（新咨询从这里开始）"), self.county)
        form.addRow(self.tr("语言"), self.language)
        form.addRow(self.large_text)
        form.addRow(buttons)

    def values(self) -> SettingsValues:
        return SettingsValues(
            self.service_point.text().strip(),
            self.staff_name.text().strip(),
            (str(self.province.value()), self.county.text().strip()),
            str(self.language.value()),
            self.large_text.isChecked(),
        )
