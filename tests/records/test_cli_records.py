"""`heatadvisor-cli records …` as a service point runs it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from heatadvisor.cli.main import main
from heatadvisor.core.contract.problems import InputError
from heatadvisor.records import schema
from heatadvisor.records.model import Ledger
from heatadvisor.records.privacy import personal_from
from heatadvisor.wording import problem_line

from .conftest import EXAMPLES

NAMED = {
    "location": {"province": "山东省", "county": "莒县", "village": "前村"},
    "house": {"heated_area_m2": 90},
    "current": {"device_id": "coal_stove"},
    "household": {"name": "周八"},
    "on_date": "2026-11-25",
}


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("HEATADVISOR_DATA_DIR", str(tmp_path / "data"))
    for name in ("HEATADVISOR_RECORDS_PASSWORD", "HEATADVISOR_RECORDS_NEW_PASSWORD", "HEATADVISOR_EXCHANGE_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_add_list_export_report_pack_merge_check(folder, capsys):
    for example in EXAMPLES:
        assert main(["records", "add", str(example)]) == 0
    capsys.readouterr()
    assert main(["records", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == len(EXAMPLES) and all(r["revision"] == 1 for r in listed)
    assert main(["records", "export", "-o", str(folder / "ledger.csv")]) == 0
    assert len((folder / "ledger.csv").read_text(encoding="utf-8-sig").splitlines()) == len(EXAMPLES) + 1
    assert main(["records", "export", "-o", str(folder / "ledger.xlsx"), "--lang", "en"]) == 0
    assert main(["records", "report", "-o", str(folder / "report.xlsx")]) == 0
    assert main(["records", "pack", "-o", str(folder / "all.jsonl.gz")]) == 0
    assert main(["records", "merge", str(folder / "all.jsonl.gz")]) == 0
    assert f"相同 {len(EXAMPLES)} 条" in capsys.readouterr().out
    assert main(["records", "check"]) == 0
    assert f"共 {len(EXAMPLES)} 条" in capsys.readouterr().out


def test_names_need_consent_and_a_password(folder, capsys, monkeypatch):
    case = folder / "named.json"
    case.write_text(json.dumps(NAMED, ensure_ascii=False), encoding="utf-8")
    assert main(["records", "add", str(case)]) == 2
    assert "personal.consent" in capsys.readouterr().err
    assert main(["records", "add", str(case), "--consent"]) == 2
    assert "服务点密码" in capsys.readouterr().err
    monkeypatch.setenv("HEATADVISOR_RECORDS_NEW_PASSWORD", "pw 1")
    assert main(["records", "password"]) == 0
    monkeypatch.setenv("HEATADVISOR_RECORDS_PASSWORD", "pw 1")
    assert main(["records", "add", str(case), "--consent"]) == 0
    capsys.readouterr()
    assert main(["records", "list", "--search", "周八"]) == 0
    assert "周八" in capsys.readouterr().out
    assert main(["records", "keep-personal", "no"]) == 0  # the "keep none" setting
    assert "不存" in capsys.readouterr().out
    assert main(["records", "add", str(case), "--consent"]) == 0
    assert "户主姓名" in capsys.readouterr().err  # said which details were not kept
    assert main(["records", "list", "--json"]) == 0
    assert [r["head_name"] for r in json.loads(capsys.readouterr().out)] == [None, "周八"]
    monkeypatch.setenv("HEATADVISOR_RECORDS_PASSWORD", "pw 2")
    assert main(["records", "list", "--lang", "en"]) == 2
    assert "not the right password" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv, words",
    [
        (["records", "export", "-o", "{d}/ledger.pdf"], "只能导出 .csv 或 .xlsx"),
        (["records", "report", "-o", "{d}/report.csv"], "汇总表只能存成 .xlsx 或 .pdf"),
        (["records", "merge", "{d}/missing.gz"], "打不开或读不了"),
        (["records", "add", "{d}/bad_case.json"], "取暖面积"),
    ],
)
def test_bad_input_exits_2_naming_the_field_without_a_traceback(folder, argv, words):
    (folder / "bad_case.json").write_text(json.dumps({**NAMED, "house": {"heated_area_m2": -3}}), encoding="utf-8")
    args = [a.format(d=folder) for a in argv]
    done = subprocess.run([sys.executable, "-m", "heatadvisor.cli.main", *args], capture_output=True, text=True)
    assert done.returncode == 2, done.stderr
    assert words in done.stderr and "Traceback" not in done.stderr


def test_check_exits_1_on_a_damaged_file_and_leaves_it_for_repair(folder, capsys):
    assert main(["records", "add", str(EXAMPLES[0])]) == 0
    first = next((folder / "data" / "backups").glob("records-*.sqlite"))  # made at open, before the save
    first.rename(first.with_name("records-20260101T000000Z.sqlite"))  # as if an hour had passed since
    assert main(["records", "list"]) == 0  # the next start backs the saved consultation up
    path = folder / "data" / "records.sqlite"
    path.write_bytes(b"not a database" * 100)
    assert main(["records", "check", "--lang", "en"]) == 1
    captured = capsys.readouterr()
    assert "damaged" in captured.err and "intact" in captured.out  # the backup is listed as intact
    assert path.read_bytes().startswith(b"not a database")
    assert main(["records", "list"]) == 0  # opening repairs it from the backup and says so
    captured = capsys.readouterr()
    assert "备份" in captured.err and captured.out.strip()


def test_a_newer_file_is_refused_with_a_plain_message(folder, capsys):
    path = folder / "data" / "records.sqlite"
    path.parent.mkdir()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    db.close()
    assert main(["records", "list", "--lang", "en"]) == 2
    assert "newer HeatAdvisor" in capsys.readouterr().err


def test_delete_by_the_id_list_shows(folder, capsys):
    for example in EXAMPLES[:2]:
        assert main(["records", "add", str(example)]) == 0
    capsys.readouterr()
    assert main(["records", "list", "--json"]) == 0
    first, second = (r["id"] for r in json.loads(capsys.readouterr().out))
    assert main(["records", "delete", first[:8]]) == 0
    assert "已删除 1 条" in capsys.readouterr().out
    assert main(["records", "delete", "nosuchid"]) == 2
    assert "找不到这条记录" in capsys.readouterr().err
    assert main(["records", "list", "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [second]


LEDGER_ARGS = [
    "--consent",
    "--applicant-name",
    "周九",
    "--power-account",
    "0531-778899",
    "--gas-account",
    "G12345",
    "--id-number",
    "11010519491231002x",
    "--id-consent",
    "--category",
    "电代煤",
    "--kind",
    "空气源热泵",
    "--batch",
    "省",
]


def test_add_keeps_the_ledger_columns_with_the_personal_ones_sealed(folder, capsys, monkeypatch):
    from heatadvisor.records.opening import close_store, open_store

    case = folder / "named.json"
    case.write_text(json.dumps(NAMED, ensure_ascii=False), encoding="utf-8")
    assert main(["records", "add", str(case), *LEDGER_ARGS]) == 2  # no password yet: nothing can be sealed
    assert "服务点密码" in capsys.readouterr().err
    monkeypatch.setenv("HEATADVISOR_RECORDS_NEW_PASSWORD", "pw 1")
    assert main(["records", "password"]) == 0
    monkeypatch.setenv("HEATADVISOR_RECORDS_PASSWORD", "pw 1")
    assert main(["records", "add", str(case), *LEDGER_ARGS]) == 0
    store, _ = open_store()
    try:
        (blob,) = store.db.execute("SELECT personal FROM consultations").fetchone()
        assert b"0531-778899" not in blob and "周九".encode() not in blob
        record = store.get(store.search()[0].id)
        assert record.personal_locked and record.ledger == Ledger("电代煤", "空气源热泵", "省")
        store.vault.unlock("pw 1")
        personal = store.get(record.id).personal
    finally:
        close_store(store)
    assert (personal.head_name, personal.applicant_name, personal.power_account, personal.gas_account) == (
        "周八",
        "周九",
        "0531-778899",
        "G12345",
    )
    assert personal.id_number == "11010519491231002X" and personal.consent and personal.id_consent


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(
    "given",
    [
        {"consent": True, "id_consent": True, "id_number": "110105194912310021"},  # check character wrong
        {"consent": True, "id_number": "11010519491231002X"},  # no consent of its own
        {"consent": True, "power_account": "户号123"},
        {"consent": True, "applicant_name": "4111 1111 1111 1111"},  # a bank card
        {"gas_account": "G1"},  # no consent at all
    ],
)
def test_add_refuses_bad_ledger_details_as_the_window_does(folder, capsys, given, lang):
    """The same model and the same words as the window's 台账信息 (``personal_from``)."""
    argv = [f"--{k.replace('_', '-')}" if v is True else f"--{k.replace('_', '-')}={v}" for k, v in given.items()]
    with pytest.raises(InputError) as window:
        personal_from(given)
    assert main(["records", "add", str(EXAMPLES[0]), "--lang", lang, *argv]) == 2
    said = capsys.readouterr().err
    assert said and all(f"{p.field} – {problem_line(p, lang)}" in said for p in window.value.problems)
    assert "Traceback" not in said
    assert main(["records", "list", "--json"]) == 0 and json.loads(capsys.readouterr().out) == []  # nothing saved


def test_add_refuses_an_overlong_ledger_column_naming_it(folder, capsys):
    assert main(["records", "add", str(EXAMPLES[0]), "--batch", "批" * 41]) == 2
    assert "ledger.batch" in (said := capsys.readouterr().err) and "改造批次" in said
