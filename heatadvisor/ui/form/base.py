"""What every input group shares: labelled fields with a hint and an error line, folding
"more" sections, combo boxes whose item texts follow the language, number entry that lets
any text through (so a wrong value gets a message instead of being silently clamped).

A group maps its widgets to its part of the Case as a plain dict (``read``) and back
(``write``); the window assembles the parts and lets the core validate them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from heatadvisor.ui.style import mark, set_role

Text = Callable[[], str]
"""A text read when shown, so it follows the language (a lambda around tr())."""


class NotANumber(ValueError):
    """The text of a number field is not a number."""


class Retranslating:
    """Mixin for widgets: re-read every text when the application's language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate(self) -> None:
        raise NotImplementedError


def parse_number(text: str) -> float | None:
    """Empty → None; full-width digits (Chinese input methods) and thousands commas accepted."""
    cleaned = unicodedata.normalize("NFKC", text).replace(",", "").replace(" ", "").replace("。", ".")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise NotANumber(text) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise NotANumber(text)
    return value


def format_number(value: float | None) -> str:
    """Short, exact enough for a form: 80 → "80", 0.5469 → "0.5469"."""
    return "" if value is None else f"{value:.4f}".rstrip("0").rstrip(".")


class NumberEdit(QLineEdit):
    """A number typed as text; ``number()`` raises NotANumber for text that is not one."""

    def __init__(self, parent: QWidget | None = None, width_chars: int = 8):
        super().__init__(parent)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * (width_chars + 4))
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

    def number(self) -> float | None:
        return parse_number(self.text())

    def set_number(self, value: float | None) -> None:
        self.setText(format_number(value))


class ChoiceCombo(QComboBox):
    """Items are (value, text) pairs; texts are re-read on language change. A value set that is
    none of them (a case from elsewhere: a heated share of 0.8 where the form offers 0.75) gets
    an item of its own worded by ``other``, so it is shown and kept, not silently replaced."""

    def __init__(
        self,
        choices: Iterable[tuple[object, Text]] = (),
        parent: QWidget | None = None,
        other: Callable[[object], str] | None = None,
    ):
        super().__init__(parent)
        self._other = other
        # as wide as the form allows (long preset names), but never wider than the column
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._texts: list[Text] = []
        self.set_choices(choices)

    def set_choices(self, choices: Iterable[tuple[object, Text]]) -> None:
        keep = self.value()
        self.blockSignals(True)
        self.clear()
        self._texts = []
        for value, text in choices:
            self.addItem(text(), value)
            self._texts.append(text)
        self.blockSignals(False)
        self.set_value(keep)

    def value(self) -> object:
        return self.currentData()

    def set_value(self, value: object) -> None:
        index = self.findData(value)
        if index < 0 and value is not None and self._other is not None:
            other = self._other
            self.addItem(other(value), value)
            self._texts.append(lambda: other(value))
            index = self.count() - 1
        if index >= 0:
            self.setCurrentIndex(index)

    def retranslate(self) -> None:
        for index, text in enumerate(self._texts):
            self.setItemText(index, text())


class TriState(ChoiceCombo):
    """Yes / no / not asked yet: subsidy facts stay None until the resident answers."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            [(None, lambda: self.tr("未问")), (True, lambda: self.tr("是")), (False, lambda: self.tr("否"))], parent
        )


class _ClickableLabel(QLabel):
    clicked = Signal()

    def mousePressEvent(self, event: object) -> None:
        self.clicked.emit()


class WrappingCheckBox(QWidget):
    """A check box whose text wraps (device names run long, in English above all); clicking
    the text toggles it, as with a plain QCheckBox."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.label = _ClickableLabel(self)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.clicked.connect(self.box.toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setFocusProxy(self.box)

    def setText(self, text: str) -> None:
        self.label.setText(text)


@dataclass
class Field:
    """One labelled input: its label, editor, one-line hint and error line (``error``)."""

    path: str  # where it goes in the Case, e.g. "house.heated_area_m2"
    label: QLabel
    editor: QWidget
    label_text: Text
    hint: QLabel | None = None
    hint_text: Text | None = None
    fold: Fold | None = None
    unit: _UnitLabel | None = None

    def retranslate(self) -> None:
        self.label.setText(self.label_text())
        if self.unit is not None:
            self.unit.retranslate()
        if self.hint is not None and self.hint_text is not None:
            self.hint.setText(self.hint_text())
        if isinstance(self.editor, ChoiceCombo):
            self.editor.retranslate()

    @cached_property
    def error(self) -> QLabel:
        """The error line under the editor, built when first needed: most fields never show one."""
        cell = self.editor.parentWidget()
        assert cell is not None
        column = cell.layout()
        assert isinstance(column, QVBoxLayout)
        error = _small_label(cell, "error")
        error.hide()
        column.addWidget(error)
        return error

    def set_problem(self, message: str | None) -> None:
        if (message or "") == (self.error.text() if "error" in self.__dict__ else ""):
            return  # re-polishing every field on every keystroke costs milliseconds
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        mark(self.editor, "invalid", bool(message))


class Fold(QWidget):
    """A "more" section, folded until opened (or until one of its fields has a problem)."""

    def __init__(self, title: Text, parent: QWidget | None = None):
        super().__init__(parent)
        self._title = title
        self.button = QToolButton(self)
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setAutoRaise(True)
        self.body = QWidget(self)
        self.form = QFormLayout(self.body)
        self.form.setContentsMargins(12, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.body)
        self.button.toggled.connect(self.set_open)
        self.set_open(False)

    def set_open(self, is_open: bool) -> None:
        self.button.setChecked(is_open)
        self.button.setArrowType(Qt.ArrowType.DownArrow if is_open else Qt.ArrowType.RightArrow)
        self.body.setVisible(is_open)

    def is_open(self) -> bool:
        return self.button.isChecked()

    def retranslate(self) -> None:
        self.button.setText(self._title())


class FormGroup(Retranslating, QGroupBox):
    """An input group: fields in a form layout, optional folds, one ``changed`` signal."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, Field] = {}
        self.folds: list[Fold] = []

    # building ---------------------------------------------------------------
    def add_fold(self, title: Text) -> Fold:
        fold = Fold(title, self)
        self.form.addRow(fold)
        self.folds.append(fold)
        return fold

    def add_field(
        self,
        path: str,
        editor: QWidget,
        label: Text,
        hint: Text | None = None,
        unit: Text | None = None,
        fold: Fold | None = None,
        row: int = -1,
    ) -> Field:
        """Add a row (label, editor [unit], hint, error) at ``row`` of its form (-1: the end) and
        connect its change signal."""
        form = fold.form if fold else self.form
        label_widget = QLabel(self)
        label_widget.setBuddy(editor)
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        line = QHBoxLayout()
        line.addWidget(editor)
        unit_label = None
        if unit is not None:
            unit_label = _UnitLabel(unit, cell)
            line.addWidget(unit_label)
        if not isinstance(editor, QComboBox):
            line.addStretch(1)
        column.addLayout(line)
        field = Field(path, label_widget, editor, label, fold=fold, unit=unit_label)
        if hint is not None:
            field.hint = _small_label(cell, "hint")
            field.hint_text = hint
            column.addWidget(field.hint)
        form.insertRow(row, label_widget, cell)
        self.fields[path] = field
        _connect_changed(editor, self.changed.emit)
        return field

    # language, problems ------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(self.title_text())
        for fold in self.folds:
            fold.retranslate()
        for field in self.fields.values():
            field.retranslate()

    def title_text(self) -> str:
        raise NotImplementedError

    def show_problems(self, messages: dict[str, str]) -> None:
        """Mark the fields named in ``messages`` (path → worded problem), clear the others."""
        for path, field in self.fields.items():
            message = messages.get(path)
            field.set_problem(message)
            if message and field.fold is not None:
                field.fold.set_open(True)

    def owns(self, path: str) -> bool:
        return path in self.fields

    def focus_field(self, path: str) -> QWidget | None:
        field = self.fields.get(path)
        if field is None:
            return None
        if field.fold is not None:
            field.fold.set_open(True)
        field.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return field.editor

    def read_numbers(self, paths: Iterable[str]) -> tuple[dict[str, float | None], dict[str, str]]:
        """Numbers of the named fields; the ones that are not numbers come back as problems."""
        values: dict[str, float | None] = {}
        bad: dict[str, str] = {}
        for path in paths:
            editor = self.fields[path].editor
            assert isinstance(editor, NumberEdit)
            try:
                values[path] = editor.number()
            except NotANumber:
                bad[path] = "float_parsing"  # the wording catalogue's code for it
        return values, bad


class _UnitLabel(QLabel):
    def __init__(self, text: Text, parent: QWidget):
        super().__init__(parent)
        self._text = text

    def retranslate(self) -> None:
        self.setText(self._text())


def _small_label(parent: QWidget, role: str) -> QLabel:
    label = QLabel(parent)
    set_role(label, role)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def _connect_changed(editor: QWidget, slot: Callable[[], None]) -> None:
    def relay(*_args: object) -> None:
        slot()

    if isinstance(editor, QLineEdit):
        editor.textChanged.connect(relay)
    elif isinstance(editor, QComboBox):
        editor.currentIndexChanged.connect(relay)
    elif isinstance(editor, QCheckBox):
        editor.toggled.connect(relay)
    elif hasattr(editor, "changed"):  # a composite editor (e.g. the village-batch picker)
        editor.changed.connect(relay)
    else:
        raise TypeError(f"no change signal known for {type(editor).__name__}")
