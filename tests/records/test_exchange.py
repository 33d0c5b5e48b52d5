"""Exchange files between service points: merges without duplicates, conflicting edits kept
and reported, personal details only with the password, and hostile files refused whole."""

from __future__ import annotations

import gzip
import hashlib
import json
from datetime import date, timedelta

import pytest

from heatadvisor.records import exchange
from heatadvisor.records.backups import is_intact
from heatadvisor.records.exchange import ExchangeError, export_records, merge_records
from heatadvisor.records.model import Ledger, Stage, Usage
from heatadvisor.records.opening import close_store, open_store

DETAILS = {"consent": True, "head_name": "孙七", "phone": "13700001111"}


@pytest.fixture
def laptops(tmp_path, clock):
    """Two service points' stores."""
    a, _ = open_store(tmp_path / "a" / "records.sqlite", clock)
    b, _ = open_store(tmp_path / "b" / "records.sqlite", clock)
    yield a, b
    close_store(a)
    close_store(b)


def _fill(store, compared):
    ids = [store.save(case, result).id for case, result in compared]
    store.add_stage(ids[0], Stage.applied, date(2026, 12, 1), "村里收了材料")
    store.set_usage(ids[0], "2026-2027", Usage.normal)
    return ids


def test_a_merge_brings_every_record_once_and_again_changes_nothing(laptops, compared, tmp_path):
    a, b = laptops
    ids = _fill(a, compared)
    path = tmp_path / "a.jsonl.gz"
    assert export_records(a, path) == len(ids)
    first = merge_records(b, path)
    assert first.added == len(ids) and not first.conflicts
    for record_id in ids:
        mine, theirs = a.get(record_id), b.get(record_id)
        assert theirs.result.model_dump_json() == mine.result.model_dump_json()
        assert (theirs.case, theirs.stages, theirs.seasons, theirs.revision) == (
            mine.case,
            mine.stages,
            mine.seasons,
            mine.revision,
        )
        assert theirs.service_point == a.service_point != b.service_point
    again = merge_records(b, path)
    assert (again.added, again.same, b.count()) == (0, len(ids), len(ids))
    assert "新增 0 条" in again.message("zh")[0]


def test_the_higher_revision_wins_and_an_older_file_changes_nothing(laptops, compared, tmp_path):
    a, b = laptops
    ids = _fill(a, compared)
    export_records(a, tmp_path / "old.jsonl.gz")
    merge_records(b, tmp_path / "old.jsonl.gz")
    a.set_ledger(ids[1], Ledger(batch="省"))
    export_records(a, tmp_path / "new.jsonl.gz")
    report = merge_records(b, tmp_path / "new.jsonl.gz")
    assert report.updated == 1 and b.get(ids[1]).ledger.batch == "省"
    b.set_usage(ids[1], "2027-2028", Usage.idle)  # b is now ahead
    report = merge_records(b, tmp_path / "new.jsonl.gz")
    assert report.older == 1 and b.get(ids[1]).seasons == {"2027-2028": Usage.idle}


def test_conflicting_edits_keep_both_marked_and_reported(laptops, compared, tmp_path):
    a, b = laptops
    ids = _fill(a, compared)
    export_records(a, tmp_path / "start.jsonl.gz")
    merge_records(b, tmp_path / "start.jsonl.gz")
    a.add_stage(ids[0], Stage.village_review, date(2026, 12, 3), "A 点")
    b.add_stage(ids[0], Stage.declined, date(2026, 12, 4), "B 点")
    export_records(a, tmp_path / "a.jsonl.gz")
    report = merge_records(b, tmp_path / "a.jsonl.gz")
    assert len(report.conflicts) == 1
    ours, copy_id, _, revision = report.conflicts[0]
    assert ours == ids[0] and revision == b.get(ids[0]).revision
    assert b.get(ids[0]).stages[-1].stage == Stage.declined  # ours untouched
    copy = b.get(copy_id)
    assert copy.conflict_of == ids[0] and copy.stages[-1].stage == Stage.village_review
    assert any(s.conflict_of == ids[0] for s in b.search())
    assert "冲突" in report.message("zh")[1] and "Conflict" in report.message("en")[1]
    again = merge_records(b, tmp_path / "a.jsonl.gz")
    assert len(again.conflicts) == 1 and b.count() == len(ids) + 1  # no second copy


def test_personal_details_travel_only_with_the_password(laptops, compared, tmp_path, clock):
    a, b = laptops
    a.set_password("a-pw")
    b.set_password("b-pw")
    case, result = compared[0]
    saved = a.save(case, result, DETAILS)
    export_records(a, tmp_path / "plain.jsonl.gz")
    export_records(a, tmp_path / "with.jsonl.gz", password="carry-pw")
    for name in ("plain", "with"):
        raw = gzip.decompress((tmp_path / f"{name}.jsonl.gz").read_bytes())
        assert "孙七".encode() not in raw and b"13700001111" not in raw
    with pytest.raises(ExchangeError) as err:
        merge_records(b, tmp_path / "with.jsonl.gz", password="guess")
    assert err.value.problems[0].reason == "wrong_password" and b.count() == 0
    dropped = merge_records(b, tmp_path / "with.jsonl.gz")
    assert dropped.personal_dropped == 1 and b.get(saved.id).personal is None
    county, _ = open_store(tmp_path / "county" / "records.sqlite", clock)
    county.set_password("county-pw")
    merge_records(county, tmp_path / "with.jsonl.gz", password="carry-pw")
    assert county.get(saved.id).personal.head_name == "孙七"
    close_store(county)


def test_a_county_reports_from_every_service_points_file(laptops, compared, tmp_path, clock):
    from heatadvisor.records.report import township_report

    a, b = laptops
    _fill(a, compared[:2])
    _fill(b, compared[2:])
    export_records(a, tmp_path / "a.jsonl.gz")
    export_records(b, tmp_path / "b.jsonl.gz")
    county, _ = open_store(tmp_path / "county" / "records.sqlite", clock)
    merge_records(county, tmp_path / "a.jsonl.gz")
    merge_records(county, tmp_path / "b.jsonl.gz")
    assert township_report(county).total.households == len(compared)
    close_store(county)


# -- hostile files ---------------------------------------------------------------------------


def _lines(a, compared, tmp_path):
    """A valid file's lines as objects (header, records, end); _write puts the checksum right."""
    _fill(a, compared)
    export_records(a, tmp_path / "valid.jsonl.gz")
    header, *records, end = [
        json.loads(line) for line in gzip.decompress((tmp_path / "valid.jsonl.gz").read_bytes()).splitlines()
    ]
    return [header, *sorted(records, key=lambda r: not r["stages"]), end]  # the one with a stage first


def _write(path, objects, checksum=True):
    body = [json.dumps(o, ensure_ascii=False).encode() + b"\n" for o in objects[:-1]]
    end = dict(objects[-1])
    if checksum:
        end["sha256"] = hashlib.sha256(b"".join(body)).hexdigest()
    path.write_bytes(gzip.compress(b"".join(body) + json.dumps(end).encode() + b"\n"))
    return path


def _refused(b, path, reason=None, **kw):
    before = b.count()
    with pytest.raises(ExchangeError) as err:
        merge_records(b, path, **kw)
    assert b.count() == before and is_intact(b.path)
    if reason:
        assert reason in {p.reason for p in err.value.problems}, err.value.problems
    return err.value


def test_hostile_files_are_refused_whole(laptops, compared, tmp_path):
    a, b = laptops
    lines = _lines(a, compared, tmp_path)
    header, records, end = lines[0], lines[1:-1], lines[-1]
    good = _write(tmp_path / "good.jsonl.gz", lines)
    assert merge_records(a, good).same == len(records)  # the file as written is valid

    _refused(b, _write(tmp_path / "v.gz", [{**header, "version": 99}, *records, end]), "newer_format")
    _refused(b, _write(tmp_path / "f.gz", [{**header, "format": "other"}, *records, end]), "unknown_format")
    (tmp_path / "plain.txt").write_text("id,village\n1,x\n")
    _refused(b, tmp_path / "plain.txt", "unknown_format")
    raw = good.read_bytes()
    (tmp_path / "cut.gz").write_bytes(raw[: len(raw) * 2 // 3])
    _refused(b, tmp_path / "cut.gz", "truncated")
    _refused(b, _write(tmp_path / "noend.gz", [header, *records, records[0]], checksum=False))
    _refused(
        b,
        _write(tmp_path / "dup.gz", [header, *records, records[0], {**end, "count": len(records) + 1}]),
        "duplicate_record",
    )
    altered = [header, {**records[0], "revision": 7}, *records[1:], end]
    _refused(b, _write(tmp_path / "alt.gz", altered, checksum=False), "checksum")
    bad_case = json.loads(json.dumps(records[0]))
    bad_case["case"]["house"]["heated_area_m2"] = -5
    error = _refused(b, _write(tmp_path / "case.gz", [header, bad_case, *records[1:], end]), "greater_than")
    assert error.line == 2 and error.problems[0].field == "case.house.heated_area_m2"
    card = json.loads(json.dumps(records[0]))
    card["stages"][0]["note"] = "卡号 6222020200000000006"
    _refused(b, _write(tmp_path / "card.gz", [header, card, *records[1:], end]), "bank_card")
    nan = json.dumps(records[0]).replace('"co2_kg": ', '"co2_kg": NaN, "x": ', 1)
    (tmp_path / "nan.gz").write_bytes(
        gzip.compress("\n".join([json.dumps(header), nan, json.dumps(end)]).encode() + b"\n")
    )
    _refused(b, tmp_path / "nan.gz", "invalid_json")
    costly = {**header, "personal": {"salt": "AAAAAAAAAAAAAAAAAAAAAA==", "n": 2**30, "verifier": "AAAA"}}
    _refused(b, _write(tmp_path / "kdf.gz", [costly, *records, end]), "wrong_password", password="x")
    extra = {**records[0], "owner_password": "x"}
    _refused(b, _write(tmp_path / "extra.gz", [header, extra, *records[1:], end]), "extra_forbidden")
    assert b.count() == 0


def test_huge_files_and_lines_are_refused_without_reading_them_whole(laptops, compared, tmp_path, monkeypatch):
    a, b = laptops
    lines = _lines(a, compared, tmp_path)
    bomb = tmp_path / "bomb.gz"
    with gzip.open(bomb, "wb") as out:  # 64 MB of spaces in one line compress to ~64 kB
        out.write(json.dumps(lines[0]).encode() + b"\n" + b" " * (64 * 1024**2) + b"\n")
    _refused(b, bomb, "too_large")
    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", 1000)
    _refused(b, _write(tmp_path / "big.gz", lines), "too_large")


def test_sql_in_text_fields_is_stored_as_text(laptops, compared, tmp_path):
    a, b = laptops
    lines = _lines(a, compared, tmp_path)
    evil = "x'); DROP TABLE consultations; --"
    first = json.loads(json.dumps(lines[1]))
    first["case"]["location"]["village"] = evil
    first["ledger"]["kind"] = "=cmd|' /C calc'!A0"
    first["stages"][0]["note"] = "'; DELETE FROM stages; --"
    merge_records(b, _write(tmp_path / "sql.gz", [lines[0], first, *lines[2:]]))
    record = b.get(first["id"])
    assert record.case.location.village == evil and record.stages[0].note == "'; DELETE FROM stages; --"
    assert b.count() == len(lines) - 2 and is_intact(b.path)
    from heatadvisor.records.ledger import export_ledger

    export_ledger(b, tmp_path / "l.csv")
    assert "'=cmd|" in (tmp_path / "l.csv").read_text(encoding="utf-8-sig")


def test_a_later_export_holds_revisions_made_after_the_first(laptops, compared, tmp_path, clock):
    a, b = laptops
    ids = _fill(a, compared[:1])
    clock.now += timedelta(days=1)
    a.add_stage(ids[0], Stage.installed, date(2026, 12, 7))
    export_records(a, tmp_path / "x.jsonl.gz", ids=ids)
    merge_records(b, tmp_path / "x.jsonl.gz")
    assert b.get(ids[0]).updated_at == a.get(ids[0]).updated_at and b.get(ids[0]).revision == 4


def test_a_deletion_travels_and_an_older_file_does_not_bring_the_resident_back(laptops, compared, tmp_path):
    a, b = laptops
    ids = _fill(a, compared)
    export_records(a, tmp_path / "all.jsonl.gz")
    merge_records(b, tmp_path / "all.jsonl.gz")
    a.delete([ids[0]])
    export_records(a, tmp_path / "after.jsonl.gz")
    raw = gzip.decompress((tmp_path / "after.jsonl.gz").read_bytes())
    assert raw.count(ids[0].encode()) == 1  # only the deletion line: id and time, nothing else
    report = merge_records(b, tmp_path / "after.jsonl.gz")
    assert report.deleted == 1 and b.get(ids[0]) is None
    again = merge_records(b, tmp_path / "all.jsonl.gz")  # the older file still holds the resident
    assert again.deleted == 1 and again.added == 0 and b.get(ids[0]) is None
    assert "按删除处理 1 条" in again.message("zh")[0]
