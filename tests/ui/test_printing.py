"""Printing from the window goes through the sheet's one renderer: the advice sheet with no
printer installed, the real print dialog and print preview (answered from a timer, as a user
would), save as PDF with or without the resident's consent, and the COP poster; the service
point and staff come from the settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinterInfo,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QFileDialog, QLineEdit

from heatadvisor.sheet import printing, render
from heatadvisor.ui.settings_dialog import SettingsValues

from ..sheet.pdf_tools import needs_pdftotext, page_count, text
from .conftest import settle

SERVICE_POINT, STAFF = "城阳镇清洁取暖服务点", "李建国"


@pytest.fixture
def no_printer(monkeypatch, tmp_path):
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(list))
    monkeypatch.setattr(printing, "fallback_path", lambda ctx: tmp_path / "documents" / "sheet.pdf")
    return tmp_path / "documents"


@pytest.fixture
def a_printer(monkeypatch):
    """A printer is installed (this machine has none): the print dialog and the poster's preview open."""
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: [QPrinterInfo()]))


@pytest.fixture
def painted(monkeypatch) -> list:
    """(comparison, ctx) of each sheet painted, by the real painter."""
    calls: list = []
    original = printing.paint_sheet
    monkeypatch.setattr(
        printing,
        "paint_sheet",
        lambda device, comparison, ctx: calls.append((comparison, ctx)) or original(device, comparison, ctx),
    )
    return calls


def pages_shown(dialog: QPrintPreviewDialog) -> tuple[str, int]:
    """Title and number of pages a preview shows; then it is closed as its window's × would."""
    shown = dialog.windowTitle(), dialog.findChild(QPrintPreviewWidget).pageCount()
    dialog.reject()
    return shown


def gone(qtbot, window, kind) -> None:
    """Closed dialogs delete themselves (and their printers) instead of piling up in the window."""
    qtbot.waitUntil(lambda: not window.findChildren(kind), timeout=5000)


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


@pytest.mark.parametrize("lang, title", [("zh", "打印建议书"), ("en", "Print the advice sheet")])
def test_preview_from_the_file_menu_shows_the_sheets_pages(qtbot, make_window, answers, painted, lang, title):
    window = make_window(lang)
    shown = answers.on(QPrintPreviewDialog, pages_shown)
    settle(qtbot, window)
    window.preview_action.trigger()  # the real dialog: its printer was once deleted under it (a crash)
    ((shown_title, pages),) = shown
    assert shown_title == title and 1 <= pages <= 2
    comparison, ctx = painted[0]
    assert comparison is window.last.comparison and ctx.lang == lang
    gone(qtbot, window, QPrintPreviewDialog)


@needs_pdftotext
def test_print_dialog_prints_to_the_file_typed_in_it(qtbot, window, answers, a_printer, tmp_path):
    pdf = tmp_path / "printed.pdf"

    def print_to_file(dialog: QPrintDialog) -> None:
        dialog.findChild(QLineEdit, "filename").setText(str(pdf))  # 打印到文件(PDF), as typed
        dialog.accept()

    asked = answers.on(QPrintDialog, print_to_file)
    with_staff(window)
    settle(qtbot, window)
    window.print_action.trigger()
    assert len(asked) == 1 and 1 <= page_count(pdf) <= 2
    assert SERVICE_POINT in squeeze(text(pdf))
    gone(qtbot, window, QPrintDialog)


def test_printing_where_nothing_can_be_written_says_so(qtbot, window, answers, told, a_printer, tmp_path):
    folder = tmp_path / "not-a-file"
    folder.mkdir()

    def print_to_folder(dialog: QPrintDialog) -> None:
        dialog.findChild(QLineEdit, "filename").setText(str(folder))
        dialog.accept()

    answers.on(QPrintDialog, print_to_folder)
    settle(qtbot, window)
    window.print_action.trigger()
    assert told == [f"建议书没能存下来：{folder}"]  # a message naming the file, not a traceback


def test_closing_the_print_dialog_prints_nothing(qtbot, window, answers, a_printer, painted):
    asked = answers.on(QPrintDialog, lambda dialog: dialog.reject())
    settle(qtbot, window)
    window.print_action.trigger()
    assert len(asked) == 1 and painted == []


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


@needs_pdftotext
def test_save_as_pdf_from_the_menu_writes_where_the_dialog_says(qtbot, window, told, answers, tmp_path):
    pdf = tmp_path / "chosen" / "张家.pdf"
    pdf.parent.mkdir()
    # typed into the name field: selectFile leaves the field alone while it has the focus
    chosen = answers.on(
        QFileDialog, lambda dialog: dialog.findChild(QLineEdit, "fileNameEdit").setText(str(pdf)) or dialog.accept()
    )
    settle(qtbot, window)
    window.pdf_action.trigger()
    assert len(chosen) == 1 and 1 <= page_count(pdf) <= 2 and str(pdf) in told[-1]


def test_nothing_prints_before_there_are_results(qtbot, window, told, no_printer):
    window.house.area.setText("abc")
    settle(qtbot, window)
    window.print_action.trigger()
    assert "有了结果才能打印" in told[-1] and not no_printer.exists()


@pytest.fixture
def drawn(monkeypatch) -> list:
    """Each poster drawn, by the sheet's real poster renderer."""
    posters: list = []
    original = render.render_poster
    monkeypatch.setattr(
        render, "render_poster", lambda device, poster: posters.append(poster) or original(device, poster)
    )
    return posters


def test_poster_button_previews_the_poster_when_a_printer_is_installed(qtbot, window, answers, a_printer, drawn):
    shown = answers.on(QPrintPreviewDialog, pages_shown)
    window.open_tab("explain")
    settle(qtbot, window)
    qtbot.mouseClick(window.results_side.explain_tab.print_button, Qt.MouseButton.LeftButton)
    assert shown == [("讲解海报", 1)]
    assert drawn[0].headline.startswith("在莒县")
    gone(qtbot, window, QPrintPreviewDialog)


@needs_pdftotext
def test_poster_button_prints_with_the_sheets_poster_renderer(qtbot, window, told, no_printer, drawn):
    window.open_tab("explain")
    settle(qtbot, window)
    qtbot.mouseClick(window.results_side.explain_tab.print_button, Qt.MouseButton.LeftButton)
    assert len(drawn) == 1 and drawn[0].headline.startswith("在莒县")
    (pdf,) = no_printer.glob("*.pdf")
    assert page_count(pdf) == 1 and str(pdf) in told[-1]
    assert "1度电→" in squeeze(text(pdf))  # the sheet's poster wording, not a copy in the window
