"""Save, reopen, revise and follow up consultations; the schema and its upgrades."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import date

import pytest

from heatadvisor.core.contract.problems import InputError
from heatadvisor.records import schema
from heatadvisor.records.figures import FIGURES, figures_of
from heatadvisor.records.model import Ledger, Stage, Usage
from heatadvisor.records.opening import close_store, open_store
from heatadvisor.records.store import Search

from .conftest import FIXTURES


def test_save_then_reopen_gives_identical_results(store, compared):
    ids = [store.save(case, result).id for case, result in compared]
    for record_id, (case, result) in zip(ids, compared):
        record = store.get(record_id)
        assert record.result.model_dump(mode="json") == result.model_dump(mode="json")
        assert record.case == case
        assert record.packs == result.packs and record.revision == 1


def test_reopened_after_closing_the_file(tmp_path, compared, clock):
    case, result = compared[0]
    store, _ = open_store(tmp_path / "r.sqlite", clock)
    saved = store.save(case, result)
    close_store(store)
    again, report = open_store(tmp_path / "r.sqlite", clock)
    assert report.code == "ok"
    assert again.get(saved.id).result.model_dump_json() == result.model_dump_json()
    close_store(again)


def test_a_new_revision_keeps_the_follow_up(store, compared):
    (case, result), (other_case, other_result) = compared[:2]
    saved = store.save(case, result, ledger=Ledger(batch="省"))
    assert store.add_stage(saved.id, Stage.applied, date(2026, 12, 1), "  材料齐了 ") == 2
    assert store.set_usage(saved.id, "2026-2027", Usage.idle) == 3
    again = store.save(other_case, other_result, record_id=saved.id)
    record = store.get(saved.id)
    assert again.revision == 4 and record.revision == 4
    assert record.result.model_dump_json() == other_result.model_dump_json()
    assert [(s.stage, s.on, s.note) for s in record.stages] == [(Stage.applied, date(2026, 12, 1), "材料齐了")]
    assert record.seasons == {"2026-2027": Usage.idle} and record.ledger.batch == "省"
    assert record.created_at <= record.updated_at and record.service_point == store.service_point


def test_duplicate_is_a_new_consultation_without_follow_up(store, compared):
    case, result = compared[0]
    saved = store.save(case, result)
    store.add_stage(saved.id, Stage.declined, date(2026, 12, 2))
    copy = store.duplicate(saved.id)
    assert copy.id != saved.id and copy.revision == 1
    assert store.get(copy.id).stages == () and store.count() == 2


@pytest.mark.parametrize("season", ["2026", "2026-2026", "26-27", "2026-2027; DROP TABLE seasons"])
def test_a_bad_season_names_the_field(store, compared, season):
    saved = store.save(*compared[0])
    with pytest.raises(InputError) as err:
        store.set_usage(saved.id, season, Usage.normal)
    assert err.value.problems[0].field == "season"


def test_search_by_village_date_and_recommended_option(store, compared):
    for case, result in compared:
        store.save(case, result)
    everything = store.search()
    assert len(everything) == len(compared)
    village = next(s.village for s in everything if s.village)
    assert {s.village for s in store.search(Search(text=village))} == {village}
    first = everything[0]
    assert all(s.recommended == first.recommended for s in store.search(Search(recommended=first.recommended)))
    assert store.search(Search(date_from="2099-01-01")) == []


def test_connection_uses_wal_and_foreign_keys(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO stages VALUES ('no-such-record', 0, 'advised', '2026-12-01', '')")


def test_upgrade_from_every_earlier_schema_version(tmp_path, clock):
    fixtures = sorted(FIXTURES.glob("records-v*.sqlite"))
    assert [p.stem for p in fixtures] == [f"records-v{v}" for v in range(1, schema.SCHEMA_VERSION)]
    for fixture in fixtures:
        path = tmp_path / fixture.name
        shutil.copy(fixture, path)
        with closing(sqlite3.connect(path)) as db:
            saved = db.execute("SELECT count(*) FROM consultations").fetchone()[0]
        store, report = open_store(path, clock)
        assert report.code == "upgraded" and (tmp_path / report.values["copy"]).exists()
        assert schema.version_of(store.db) == schema.SCHEMA_VERSION
        summaries = store.search()
        assert len(summaries) == saved >= 4 and all(s.stage == Stage.advised for s in summaries)
        for summary in summaries:
            record = store.get(summary.id)
            stored = store.db.execute(
                f"SELECT {', '.join(FIGURES)} FROM consultations WHERE id = ?", (summary.id,)
            ).fetchone()
            assert stored == tuple(figures_of(record.result).values())
        close_store(store)


def test_a_failing_upgrade_step_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "v1.sqlite"
    shutil.copy(FIXTURES / "records-v1.sqlite", path)

    def broken(db):
        db.execute("ALTER TABLE consultations ADD COLUMN half_done REAL")
        raise RuntimeError("disk pulled out")

    monkeypatch.setitem(schema.UPGRADES, 2, broken)
    db = schema.connect(path)
    with pytest.raises(RuntimeError):
        schema.upgrade(db, path)
    assert schema.version_of(db) == 1
    assert "half_done" not in [row[1] for row in db.execute("PRAGMA table_info(consultations)")]
    db.close()


def test_a_file_from_a_newer_program_is_refused_and_left_alone(tmp_path, clock):
    path = tmp_path / "newer.sqlite"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(schema.NewerFile) as err:
        open_store(path, clock)
    assert path.read_bytes() == before
    from heatadvisor.wording import word

    assert "新版" in word("records.newer_file", "zh", path=str(err.value.path))


def test_the_history_reads_a_page_at_a_time_newest_first(store, compared, clock):
    saved = []
    for minute, (case, result) in enumerate(compared):
        clock.now = clock.now.replace(minute=minute)
        saved.append(store.save(case, result).id)
    everything = store.search()
    order = [(s.consult_date, s.updated_at) for s in everything]
    assert order == sorted(order, reverse=True)
    pages = [store.search(Search(), limit=3, offset=start) for start in range(0, len(compared), 3)]
    assert [s.id for page in pages for s in page] == [s.id for s in everything]
    assert all(len(page) == 3 for page in pages[:-1]) and sorted(saved) == sorted(s.id for s in everything)


def test_search_text_is_matched_literally(store, compared):
    case, result = compared[0]
    place = case.location.model_copy(update={"village": "100%_村"})
    store.save(case.model_copy(update={"location": place}), result)
    store.save(*compared[1])
    assert [s.village for s in store.search(Search(text="0%_"))] == ["100%_村"]
    assert store.search(Search(text="1_0")) == [] and store.search(Search(text="!")) == []
    assert len(store.search(Search(text="%"))) == 1


def test_a_text_search_finds_any_place_column_or_name_with_the_other_filters(store, compared, clock):
    """The place index, the names cache and the time index give what checking every row gives."""
    store.set_password("pw")
    for n in range(12):
        case, result = compared[n % len(compared)]
        place = case.location.model_copy(update={"village": f"东{n % 3}村", "township": f"南{n % 4}镇"})
        household = case.household.model_copy(update={"name": f"{'王李张'[n % 3]}{n}"})
        clock.now = clock.now.replace(minute=n)
        store.save(case.model_copy(update={"location": place, "household": household}), result, {"consent": True})
    everything = store.search()
    county, day = everything[0].county, sorted(s.consult_date for s in everything)[len(everything) // 2]
    for text in ("东1", "南2", county[:2], "王", "李1", "nowhere"):
        for search in (Search(text), Search(text, date_from=day), Search(text, recommended=everything[-1].recommended)):

            def passes(s, search=search):
                return (
                    any(search.text in (part or "") for part in (s.village, s.township, s.county, s.head_name))
                    and s.consult_date >= (search.date_from or "")
                    and search.recommended in (None, s.recommended)
                )

            assert store.search(search) == [s for s in everything if passes(s)]
            assert store.search(search, limit=2, offset=1) == [s for s in everything if passes(s)][1:3]


def test_the_place_index_serves_the_text_search(store):
    indexes = {row[1] for row in store.db.execute("SELECT type, name FROM sqlite_master WHERE type = 'index'")}
    assert {"consultations_by_place", "consultations_by_time"} <= indexes
    assert "consultations_by_village" not in indexes
