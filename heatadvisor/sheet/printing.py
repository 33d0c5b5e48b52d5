"""Print, preview or save the advice sheet from the window.

A village service point often has no printer installed: then the sheet is saved as a PDF
and the staff member is told where, in the window's language, instead of an empty dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from heatadvisor.paths import documents_dir
from heatadvisor.wording import word

from .content import SheetContext
from .render import page_layout, paint_sheet, write_pdf

if TYPE_CHECKING:
    from heatadvisor.core.contract.results import Comparison


def fallback_path(ctx: SheetContext) -> Path:
    """Where a sheet goes when nothing can print it: Documents/HeatAdvisor/."""
    stem = word("title", ctx.lang) + (f"_{ctx.number}" if ctx.number else f"_{ctx.day:%Y%m%d}")
    return documents_dir() / f"{stem}.pdf"


def held_printer() -> QPrinter:
    """A printer for a print or preview dialog, laid out as the sheet is. The dialog must hold it
    for as long as it lives: Qt's dialogs keep only a pointer to their QPrinter, and given a
    temporary one, Python deleted it while the preview painted into it and the program crashed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    return printer


def run_once(dialog: QDialog) -> bool:
    """Show ``dialog`` until closed; True when accepted. Then it is deleted (a child of the window
    would stay until the window goes), and the printer it holds after it. Not WA_DeleteOnClose:
    that deletes it inside ``exec``, before the caller has read it."""
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


class PrintDialog(QPrintDialog):
    """The system's print dialog; ``held_printer`` prints what was chosen."""

    def __init__(self, parent: QWidget | None, title: str):
        self.held_printer = held_printer()
        super().__init__(self.held_printer, parent)
        self.setWindowTitle(title)

    def run(self) -> bool:
        return run_once(self)


class PreviewDialog(QPrintPreviewDialog):
    """Print preview of whatever ``paint`` draws on the printer (the sheet or the poster)."""

    def __init__(self, parent: QWidget | None, title: str, paint: Callable[[QPrinter], object]):
        self.held_printer = held_printer()
        super().__init__(self.held_printer, parent)
        self.setWindowTitle(title)
        self.paintRequested.connect(paint)

    def run(self) -> bool:
        return run_once(self)


def save_instead(
    parent: QWidget | None, comparison: Comparison, ctx: SheetContext, path: Path | None = None
) -> Path | None:
    """Write the PDF and say where; None (and a message) when it cannot be written."""
    path = path or fallback_path(ctx)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_pdf(comparison, ctx, path)
    except OSError:
        QMessageBox.warning(parent, word("print.title", ctx.lang), word("print.failed", ctx.lang, path=str(path)))
        return None
    QMessageBox.information(parent, word("print.title", ctx.lang), word("print.no_printer", ctx.lang, path=str(path)))
    return path


def print_sheet(parent: QWidget | None, comparison: Comparison, ctx: SheetContext) -> Path | None:
    """Print through the system dialog; with no printer installed, save a PDF instead.

    Returns the PDF's path when it fell back to saving, else None. A file or printer chosen
    in the dialog that cannot be written to is named in a message, never a traceback."""
    if not QPrinterInfo.availablePrinters():
        return save_instead(parent, comparison, ctx)
    dialog = PrintDialog(parent, word("print.title", ctx.lang))
    printer = dialog.held_printer
    if dialog.run():
        try:
            paint_sheet(printer, comparison, ctx)
        except OSError:
            file = printer.outputFileName()
            words = (
                word("print.failed", ctx.lang, path=file)
                if file
                else word("print.not_printed", ctx.lang, printer=printer.printerName())
            )
            QMessageBox.warning(parent, word("print.title", ctx.lang), words)
    return None


def preview_dialog(parent: QWidget | None, comparison: Comparison, ctx: SheetContext) -> PreviewDialog:
    """The print preview; printing from it uses the same painter code as the PDF."""
    return PreviewDialog(parent, word("print.title", ctx.lang), lambda printer: paint_sheet(printer, comparison, ctx))
