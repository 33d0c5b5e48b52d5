"""Print, preview or save the advice sheet from the window.

A village service point often has no printer installed: then the sheet is saved as a PDF
and the staff member is told where, in the window's language, instead of an empty dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from heatadvisor.paths import documents_dir

from .content import SheetContext
from .render import page_layout, paint_sheet, write_pdf
from .texts import t

if TYPE_CHECKING:
    from heatadvisor.core.results import Comparison


def fallback_path(ctx: SheetContext) -> Path:
    """Where a sheet goes when nothing can print it: Documents/HeatAdvisor/."""
    stem = t("title", ctx.lang) + (f"_{ctx.number}" if ctx.number else f"_{ctx.day:%Y%m%d}")
    return documents_dir() / f"{stem}.pdf"


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    return printer


def save_instead(parent: QWidget | None, comparison: "Comparison", ctx: SheetContext, path: Path | None = None) -> Path | None:
    """Write the PDF and say where; None (and a message) when it cannot be written."""
    path = path or fallback_path(ctx)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_pdf(comparison, ctx, path)
    except OSError:
        QMessageBox.warning(parent, t("print.title", ctx.lang), t("print.failed", ctx.lang, path=str(path)))
        return None
    QMessageBox.information(parent, t("print.title", ctx.lang), t("print.no_printer", ctx.lang, path=str(path)))
    return path


def print_sheet(parent: QWidget | None, comparison: "Comparison", ctx: SheetContext) -> Path | None:
    """Print through the system dialog; with no printer installed, save a PDF instead.

    Returns the PDF's path when it fell back to saving, else None."""
    if not QPrinterInfo.availablePrinters():
        return save_instead(parent, comparison, ctx)
    printer = _printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        paint_sheet(printer, comparison, ctx)
    return None


def preview_dialog(parent: QWidget | None, comparison: "Comparison", ctx: SheetContext) -> QPrintPreviewDialog:
    """The print preview; printing from it uses the same painter code as the PDF."""
    dialog = QPrintPreviewDialog(_printer(), parent)
    dialog.setWindowTitle(t("print.title", ctx.lang))
    dialog.paintRequested.connect(lambda printer: paint_sheet(printer, comparison, ctx))
    return dialog
