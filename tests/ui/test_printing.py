"""Printing from the window goes through the sheet's one renderer: the advice sheet with no
printer installed, print preview, save as PDF with or without the resident's consent, and
the COP poster; the service point and staff come from the settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox

from heatadvisor.sheet import printing, render
from heatadvisor.ui.settings_dialog import SettingsValues

from ..sheet.pdf_tools import needs_pdftotext, page_count, text
from .conftest import settle

SERVICE_POINT, STAFF = "城阳镇清洁取暖服务点", "李建国"


@pytest.fixture
def told(monkeypatch) -> list[str]:
    """What the window says in message boxes (never shown, so nothing blocks)."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _parent, _title, words: said.append(words)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, words: said.append(words)))
    return said


@pytest.fixture
def no_printer(monkeypatch, tmp_path):
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(printing, "fallback_path", lambda ctx: tmp_path / "documents" / "sheet.pdf")
    return tmp_path / "documents"


def squeeze(words: str) -> str:
    return "".join(words.split())


def with_staff(window) -> None:
    window.apply_settings(SettingsValues(SERVICE_POINT, STAFF, ("山东省", "莒县"), "zh", False))


@needs_pdftotext
def test_print_without_printer_saves_the_sheet_and_says_where(qtbot, window, told, no_printer):
    with_staff(window)
    settle(qtbot, window)
    window.print_action.trigger()
    pdf = no_printer / "sheet.pdf"
    assert pdf.is_file() and 1 <= page_count(pdf) <= 2
    assert str(pdf) in told[-1] and "没有找到打印机" in told[-1]
    words = squeeze(text(pdf))
    assert SERVICE_POINT in words and STAFF in words  # the settings reach the sheet


def test_preview_paints_the_current_comparison_through_the_sheet(qtbot, window, monkeypatch):
    painted = []
    monkeypatch.setattr(printing, "paint_sheet", lambda device, comparison, ctx: painted.append((comparison, ctx)))
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda dialog: dialog.paintRequested.emit(QPrinter()) or 0)
    settle(qtbot, window)
    window.preview_action.trigger()
    assert len(painted) == 1
    comparison, ctx = painted[0]
    assert comparison is window.last.comparison and ctx.lang == "zh"


@needs_pdftotext
@pytest.mark.parametrize("consent", [False, True])
def test_name_and_phone_print_only_with_consent(qtbot, window, told, tmp_path, consent):
    window.household.name.setText("张秀兰")
    window.household.phone.setText("13912345678")
    window.household.consent.box.setChecked(consent)
    settle(qtbot, window)
    pdf = window.printing.save_pdf(tmp_path / "sheet.pdf")
    assert pdf == tmp_path / "sheet.pdf" and str(pdf) in told[-1]
    words = squeeze(text(pdf))
    assert ("张秀兰" in words) is consent and ("13912345678" in words) is consent


def test_nothing_prints_before_there_are_results(qtbot, window, told, no_printer):
    window.house.area.setText("abc")
    settle(qtbot, window)
    window.print_action.trigger()
    assert "有了结果才能打印" in told[-1] and not no_printer.exists()


@needs_pdftotext
def test_poster_button_prints_with_the_sheets_poster_renderer(qtbot, window, told, no_printer, monkeypatch):
    drawn = []
    original = render.render_poster
    monkeypatch.setattr(render, "render_poster", lambda device, poster: drawn.append(poster) or original(device, poster))
    window.open_tab("explain")
    settle(qtbot, window)
    qtbot.mouseClick(window.explain_tab.print_button, Qt.MouseButton.LeftButton)
    assert len(drawn) == 1 and drawn[0].headline.startswith("在莒县")
    (pdf,) = no_printer.glob("*.pdf")
    assert page_count(pdf) == 1 and str(pdf) in told[-1]
    assert "1度电→" in squeeze(text(pdf))  # the sheet's poster wording, not a copy in the window
