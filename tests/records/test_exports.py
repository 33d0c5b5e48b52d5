"""Ledger (CSV with BOM, XLSX) and the township report, read back as a township would."""

from __future__ import annotations

import csv
import re
import zipfile

import pytest

from heatadvisor.core.contract.problems import InputError
from heatadvisor.records.figures import figures_of
from heatadvisor.records.ledger import export_ledger, ledger_table
from heatadvisor.records.model import Ledger, Usage
from heatadvisor.records.report import export_report, township_report

ID = "11010519491231002X"
DETAILS = {
    "consent": True,
    "id_consent": True,
    "head_name": "钱一",
    "phone": "13912345678",
    "power_account": "0123456789",
    "gas_account": "20260000111122223",
    "id_number": ID,
}


@pytest.fixture
def filled(store, compared):
    store.set_password("pw")
    ids = []
    for n, (case, result) in enumerate(compared):
        saved = store.save(
            case, result, DETAILS if n == 0 else None, ledger=Ledger(batch='=HYPERLINK("http://x")') if n == 0 else None
        )
        ids.append(saved.id)
    store.set_usage(ids[0], "2026-2027", Usage.idle)
    return ids


def _read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def test_csv_ledger_leaves_personal_details_out_unless_chosen(store, compared, filled, tmp_path):
    path = tmp_path / "ledger.csv"
    assert export_ledger(store, path) == len(compared)
    header, *rows = _read_csv(path)
    assert header[:4] == ["省", "区县", "乡镇", "村"] and "采暖面积(m²)" in header and "户主姓名" not in header
    text = path.read_text(encoding="utf-8-sig")
    assert "钱一" not in text and "13912345678" not in text and "0123456789" not in text
    first = next(r for r in rows if r[-1] == filled[0])
    assert first[header.index("改造批次")] == '\'=HYPERLINK("http://x")'  # neutralised, never a formula
    assert first[header.index("使用状态")] == "闲置"
    assert first[header.index("改造类别")] in ("电代煤", "气代煤", "其他")


def test_csv_ledger_with_personal_details_masks_the_id_and_keeps_numbers_as_text(store, filled, tmp_path):
    path = tmp_path / "ledger.csv"
    export_ledger(store, path, lang="en", include_personal=True)
    header, *rows = _read_csv(path)
    first = next(r for r in rows if r[-1] == filled[0])
    assert first[header.index("Household head")] == "钱一"
    assert first[header.index("ID number")] == "110***********002X"
    assert first[header.index("Phone")] == "\t13912345678"  # text in Excel, not 1.39E+10
    assert first[header.index("Power account no.")] == "\t0123456789"
    assert ID not in path.read_text(encoding="utf-8-sig")


def test_xlsx_ledger_writes_account_numbers_as_text_cells(store, filled, tmp_path):
    path = tmp_path / "ledger.xlsx"
    export_ledger(store, path, include_personal=True, ids=filled[:1])
    with zipfile.ZipFile(path) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert "20260000111122223" in sheet and "110***********002X" in sheet and ID not in sheet
    cell = re.search(r'<c r="[A-Z]+\d+"[^>]*t="(\w+)"[^>]*><is><t>20260000111122223</t>', sheet)
    assert cell and cell.group(1) == "inlineStr"
    assert "<f>" not in sheet  # no formulas at all


def test_export_refuses_other_file_kinds(store, tmp_path):
    with pytest.raises(InputError) as err:
        export_ledger(store, tmp_path / "ledger.pdf")
    assert err.value.problems[0].field == "output"


def test_township_report_adds_up_what_following_the_advice_brings(store, compared, filled, tmp_path):
    report = township_report(store)
    assert report.total.households == len(compared) == sum(r.households for r in report.by_village)
    assert sum(r.households for r in report.by_option) == len(compared)
    expected = [figures_of(result) for _, result in compared]
    assert report.total.added_peak_kw == pytest.approx(sum(f["added_peak_kw"] for f in expected))
    assert report.total.co2_avoided_t == pytest.approx(sum(f["co2_avoided_kg"] for f in expected) / 1000)
    assert report.total.coal_avoided_t == pytest.approx(sum(f["coal_avoided_t"] for f in expected))
    by_peak = sorted(round(r.added_peak_kw, 6) for r in report.by_village)
    assert by_peak == sorted(round(f["added_peak_kw"], 6) for f in expected)
    for (case, result), figures in zip(compared, expected):
        if case.current.device_id.startswith("coal") and result.recommended_option().fuel == "electricity":
            assert (
                figures["added_peak_kw"] > 0.5
            )  # a coal stove replaced by electric heating adds to the design-day peak
    only_first = township_report(store, filled[:1])
    assert only_first.total.households == 1
    export_report(store, tmp_path / "report.xlsx", lang="en")
    with zipfile.ZipFile(tmp_path / "report.xlsx") as book:
        names = book.namelist()
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert "xl/worksheets/sheet2.xml" in names
    assert "Added peak load at design temperature (kW)" in sheet and "Total" in sheet


def test_ledger_table_in_both_languages_has_every_column_worded(store, filled):
    for lang in ("zh", "en"):
        table = ledger_table(store, lang, include_personal=True)
        assert all(h and not h.startswith("ledger.") for h in table.header)
        assert len(list(table.rows)) == len(filled)
