"""`heatadvisor-cli sheet` exit codes, and printing with no printer installed."""

from __future__ import annotations

import json

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QMessageBox

from heatadvisor.cli.main import EXIT_BAD_INPUT, main
from heatadvisor.sheet import printing

from .fixtures import NAMED, context
from .pdf_tools import page_count


def test_cli_writes_both_languages(qapp, tmp_path, capsys):
    for lang in ("zh", "en"):
        out = tmp_path / f"{lang}.pdf"
        assert (
            main(["sheet", str(NAMED), "-o", str(out), "--lang", lang, "--service-point", "服务站", "--staff", "王"])
            == 0
        )
        assert 1 <= page_count(out) <= 2
    assert "2" in capsys.readouterr().out


def test_cli_bad_case_exits_2_naming_each_field(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"location": {"province": "北京市"}, "house": {"heated_area_m2": -3}}), encoding="utf-8")
    assert main(["sheet", str(bad), "-o", str(tmp_path / "x.pdf")]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    for field in ("location.county", "house.heated_area_m2", "current"):
        assert field in err
    assert not (tmp_path / "x.pdf").exists()


def test_cli_unwritable_output_exits_2(qapp, tmp_path, capsys):
    assert (
        main(["sheet", str(NAMED), "-o", str(tmp_path / "missing" / "x.pdf"), "--staff", "", "--service-point", ""])
        == EXIT_BAD_INPUT
    )
    assert "x.pdf" in capsys.readouterr().err


@pytest.mark.parametrize("lang, words", [("zh", "没有找到打印机"), ("en", "No printer was found")])
def test_no_printer_saves_a_pdf_and_says_where(qapp, named, named_case, tmp_path, monkeypatch, lang, words):
    told = []
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(list))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text)))
    monkeypatch.setattr(printing, "fallback_path", lambda ctx: tmp_path / "sheet.pdf")
    path = printing.print_sheet(None, named, context(named_case, lang))
    assert path == tmp_path / "sheet.pdf" and page_count(path) <= 2
    assert words in told[0] and str(path) in told[0]


def test_preview_paints_through_the_same_renderer(qapp, named, named_case, monkeypatch):
    calls = []
    monkeypatch.setattr(printing, "paint_sheet", lambda device, comparison, ctx: calls.append(ctx.lang))
    dialog = printing.preview_dialog(None, named, context(named_case, "en"))
    printer = QPrinter()
    dialog.paintRequested.emit(printer)
    assert calls == ["en"]
