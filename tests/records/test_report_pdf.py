"""The township report as printed pages (`records report -o FILE.pdf`, the window's 导出汇总表):
every village and option with its figures, the header again on each page, nothing past a
page's foot, the bundled font embedded."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtGui import QFontMetricsF, QPdfWriter

from heatadvisor.cli.main import main
from heatadvisor.records.report import township_report
from heatadvisor.sheet.layout import Grid, paginate
from heatadvisor.sheet.render import FOOTER_PT, begin_in_points
from heatadvisor.sheet.township import report_blocks, write_report_pdf
from tests.sheet.pdf_tools import embedded_fonts, needs_pdftotext, page_count, squeeze, text

VILLAGES = 70  # more than one page holds
UNBROKEN = re.compile(r"\s+|[\u4e00-\u9fff]")  # lines break at spaces and at any Han character


@pytest.fixture
def county(store, compared):
    """Seventy villages of one township, the examples' households spread over them."""
    for n in range(VILLAGES):
        case, result = compared[n % len(compared)]
        place = case.location.model_copy(update={"township": "城阳镇", "village": f"第{n:02d}村"})
        store.save(case.model_copy(update={"location": place}), result)
    return store


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_long_report_flows_over_pages_and_no_word_is_cut(qapp, county, tmp_path, lang):
    """Every block ends above the footer, and the longest word of every cell fits its column
    (Qt draws a word wider than its cell past the cell's edge, over its neighbour)."""
    report = township_report(county)
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))  # held while painted on
    painter, width, height = begin_in_points(writer)  # as the report is painted
    try:
        pages = paginate(painter, report_blocks(report, lang, date(2026, 12, 6)), width, height - FOOTER_PT)
        assert len(pages) >= 2
        for page in pages:
            for block, y in page:
                assert y + block.height(painter, width) <= height - FOOTER_PT + 0.01
                if isinstance(block, Grid):
                    columns = [width * w / sum(block.widths) - 2 * block.pad for w in block.widths]
                    for row in block.rows:
                        for cell, room in zip(row, columns):
                            for words, style in cell:
                                metrics = QFontMetricsF(style.font())
                                widest = max(metrics.horizontalAdvance(w) for w in UNBROKEN.split(words))
                                assert widest <= room, f"{words!r} is cut"
    finally:
        painter.end()


@needs_pdftotext
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_cli_writes_the_report_as_printable_pages(qapp, county, tmp_path, monkeypatch, capsys, lang):
    pdf = tmp_path / "report.pdf"
    monkeypatch.setenv("HEATADVISOR_DATA_DIR", str(tmp_path / "unused"))
    assert main(["records", "report", "--db", str(county.path), "-o", str(pdf), "--lang", lang]) == 0
    assert str(pdf) in capsys.readouterr().out
    assert page_count(pdf) >= 2 and embedded_fonts(pdf)
    words = text(pdf)
    flat = squeeze(words)
    report = township_report(county)
    for row in (*report.by_village, *report.by_option):
        assert squeeze(row.label(lang)) in flat
    assert f"{report.total.added_peak_kw:,.1f}" in words and f"{report.total.co2_avoided_t:,.1f}" in words
    heading = "最冷时新增用电" if lang == "zh" else "Added peak load"
    assert len(re.findall(squeeze(heading), flat)) >= page_count(pdf)  # the header on every page, both tables
    if lang == "zh":
        assert "第1/" in flat and f"共{VILLAGES}户" in flat


def test_a_report_to_another_kind_of_file_is_refused_naming_the_field(county, tmp_path, capsys):
    assert main(["records", "report", "--db", str(county.path), "-o", str(tmp_path / "report.txt")]) == 2
    err = capsys.readouterr().err
    assert "输出文件" in err and ".pdf" in err and "Traceback" not in err


def test_the_report_pdf_says_so_when_it_cannot_be_written(qapp, county, tmp_path):
    with pytest.raises(OSError):
        write_report_pdf(township_report(county), tmp_path / "missing" / "report.pdf")
