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


class _HoldsItsPrinter:
    """A print or preview dialog that holds the printer it was made with for as long as it lives.

    Qt's dialogs keep only a pointer to their QPrinter: given a temporary one, Python deleted it
    while the preview painted into it and the program crashed."""

    def __init__(self, parent: QWidget | None, title: str):
        self.held_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.held_printer.setPageLayout(page_layout())
        super().__init__(self.held_printer, parent)  # type: ignore[call-arg]  # the Qt dialog's
        self.setWindowTitle(title)  # type: ignore[attr-defined]

    def run(self) -> bool:
        """Show it until closed; True when accepted. Then it is deleted (a child of the window
        would stay until the window goes), and its printer after it. Not WA_DeleteOnClose: that
        deletes it inside ``exec``, before the caller has read it."""
        accepted = self.exec() == QDialog.DialogCode.Accepted  # type: ignore[attr-defined]
        self.deleteLater()  # type: ignore[attr-defined]
        return accepted


class PrintDialog(_HoldsItsPrinter, QPrintDialog):
    """The system's print dialog; ``held_printer`` prints what was chosen."""


class PreviewDialog(_HoldsItsPrinter, QPrintPreviewDialog):
    """Print preview of whatever ``paint`` draws on the printer (the sheet or the poster)."""

    def __init__(self, parent: QWidget | None, title: str, paint: Callable[[QPrinter], object]):
        super().__init__(parent, title)
        self.paintRequested.connect(paint)


def save_instead(parent: QWidget | None, comparison: Comparison, ctx: SheetContext, path: Path | None = None) -> Path | None:
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
            words = (word("print.failed", ctx.lang, path=file) if file
                     else word("print.not_printed", ctx.lang, printer=printer.printerName()))
            QMessageBox.warning(parent, word("print.title", ctx.lang), words)
    return None


def preview_dialog(parent: QWidget | None, comparison: Comparison, ctx: SheetContext) -> PreviewDialog:
    """The print preview; printing from it uses the same painter code as the PDF."""
    return PreviewDialog(parent, word("print.title", ctx.lang), lambda printer: paint_sheet(printer, comparison, ctx))
