"""Advice-sheet generation time: the median of N runs of write_pdf (layout, fitting, the
payback chart, PDF with embedded font) beside a floor measured in the same process — a plain
2-page QTextDocument PDF with a Chinese table — and the target.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_sheet.py [--runs 15]

The comparison itself (core, ~0.1 s) is computed once and not timed: the sheet is printed
from a comparison the window already holds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 100.0


def _median_ms(fn, runs: int) -> float:
    fn()  # warm-up: font loading, first chart
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--case", default=str(ROOT / "tests" / "sheet" / "cases" / "coal_beijing_named.json"))
    args = parser.parse_args()

    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
    from PySide6.QtWidgets import QApplication

    app = QApplication([])  # noqa: F841
    from heatadvisor.core.comparison.compare import compare
    from heatadvisor.core.contract.case_io import case_from_json
    from heatadvisor.qtkit.fonts import FAMILY, register_bundled_fonts
    from heatadvisor.sheet.content import SheetContext
    from heatadvisor.sheet.render import write_pdf

    register_bundled_fonts()
    case = case_from_json(Path(args.case).read_text(encoding="utf-8"))
    comparison = compare(case)
    ctx = SheetContext.from_case(case, consent=True, service_point="服务站", staff="王晓梅", number="BENCH")
    folder = Path(tempfile.mkdtemp())

    def sheet() -> None:
        write_pdf(comparison, ctx, folder / "sheet.pdf")

    rows = "".join(
        f"<tr><td>方案{i}：空气源热泵</td><td>1,024</td><td>3,500</td><td>6.7 年</td></tr>" for i in range(60)
    )
    html = f"<h1>取暖方案建议书</h1><table border=1>{rows}</table>"

    def floor() -> None:
        writer = QPdfWriter(str(folder / "floor.pdf"))
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15))
        )
        doc = QTextDocument()
        doc.setDefaultFont(QFont(FAMILY, 10))
        doc.setHtml(html)
        doc.print_(writer)

    floor_ms = _median_ms(floor, args.runs)
    sheet_ms = _median_ms(sheet, args.runs)
    print(f"sheet (2 pages, chart, fitting): {sheet_ms:6.1f} ms median of {args.runs}")
    print(f"floor (plain 2-page QTextDocument PDF): {floor_ms:6.1f} ms")
    print(f"target: {TARGET_MS:.0f} ms -> {'met' if sheet_ms <= TARGET_MS else 'MISSED'}")


if __name__ == "__main__":
    main()
