"""The window's printing: the advice sheet (print, preview, save as PDF) and the COP poster.

Everything goes through heatadvisor.sheet's one renderer (``paint_sheet`` / ``render_poster``),
so the window never lays out a page itself. The sheet is imported on first use: it pulls in
Qt's print support and Qt Charts, which the first paint does not need. Writing the sheet's
PDF takes ~50–70 ms (bench/bench_window.py) and its chart is a Qt widget, so it runs on the
GUI thread: a short pause after a click, never a frozen window.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

if TYPE_CHECKING:
    from heatadvisor.core.contract.results import Comparison
    from heatadvisor.sheet.content import SheetContext
    from heatadvisor.ui.main_window import MainWindow


class PrintActions(QObject):
    """Print slots of one window; each only says why not until there are current results."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def _ready(self) -> tuple[Comparison, SheetContext] | None:
        """The current comparison and the sheet's context, or None (and a word) without results."""
        window = self.window
        evaluation = window.last
        if window.backend is None or evaluation is None or evaluation.comparison is None:
            QMessageBox.information(window, self.tr("打印"), self.tr("先把输入填完整，有了结果才能打印"))
            return None
        from heatadvisor.sheet.content import SheetContext, consultation_number

        today = date.today()
        settings = window.settings
        ctx = SheetContext.from_case(
            window.backend.case(evaluation.parts),
            consent=window.household.consented(),
            lang=window.languages.current,
            service_point=settings.service_point,
            staff=settings.staff_name,
            day=today,
            number=consultation_number(today, json.dumps(evaluation.parts, sort_keys=True)),
        )
        return evaluation.comparison, ctx

    def print_sheet(self) -> Path | None:
        """The print dialog; with no printer installed, a PDF and a message saying where."""
        ready = self._ready()
        if ready is None:
            return None
        from heatadvisor.sheet import printing

        return printing.print_sheet(self.window, *ready)

    def preview_sheet(self) -> None:
        ready = self._ready()
        if ready is not None:
            from heatadvisor.sheet import printing

            printing.preview_dialog(self.window, *ready).run()

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Ask where (unless ``path`` is given), write the sheet, and say where it went."""
        ready = self._ready()
        if ready is None:
            return None
        from heatadvisor.sheet import printing

        comparison, ctx = ready
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self.window, self.tr("保存为 PDF"), str(printing.fallback_path(ctx)), "PDF (*.pdf)"
            )
            if not chosen:
                return None
            path = Path(chosen)
        return printing.save_instead(self.window, comparison, ctx, path)

    def print_poster(self) -> Path | None:
        """The "1 度电出几度热" poster, painted by the sheet's poster renderer: previewed and
        printed, or saved as a PDF when no printer is installed."""
        ready = self._ready()
        if ready is None:
            return None
        from PySide6.QtPrintSupport import QPrinterInfo

        from heatadvisor.sheet import printing
        from heatadvisor.sheet.poster import build_poster
        from heatadvisor.sheet.render import render_poster, write_poster_pdf

        comparison, ctx = ready
        poster = build_poster(comparison, ctx.lang, ctx.service_point)
        if poster is None:
            return None  # no heat pump compared: the explain page's button is disabled then
        if not QPrinterInfo.availablePrinters():
            stem = self.tr("讲解海报")
            path = printing.fallback_path(ctx).with_name(f"{stem}_{ctx.day:%Y%m%d}.pdf")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                write_poster_pdf(comparison, path, ctx.lang, ctx.service_point)
            except OSError:
                QMessageBox.warning(self.window, self.tr("打印"), self.tr("无法保存到 {path}").format(path=path))
                return None
            QMessageBox.information(
                self.window, self.tr("打印"), self.tr("没有找到打印机，海报已保存为 PDF：{path}").format(path=path)
            )
            return path
        printing.PreviewDialog(self.window, self.tr("讲解海报"), lambda printer: render_poster(printer, poster)).run()
        return None
