"""Rolling backups, thinning, and a damaged file detected and replaced by the last good backup."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest

from heatadvisor.records import backups
from heatadvisor.records.drafts import autosave, clear_autosave, take_autosave
from heatadvisor.records.folders import backups_dir
from heatadvisor.records.opening import close_store, open_store


def test_a_backup_is_made_at_open_and_again_only_after_changes(tmp_path, clock, compared):
    path = tmp_path / "records.sqlite"
    store, _ = open_store(path, clock)
    folder = backups_dir(path)
    assert len(backups.backups(folder)) == 1
    store.save(*compared[0])
    clock.now += timedelta(minutes=10)
    close_store(store)
    assert len(backups.backups(folder)) == 1  # changed, but the newest backup is only 10 minutes old
    clock.now += timedelta(minutes=30)
    store, _ = open_store(path, clock)
    newest = backups.backups(folder)
    assert len(newest) == 2 and backups.is_intact(newest[0].path)
    clock.now += timedelta(hours=2)
    close_store(store)
    assert len(backups.backups(folder)) == 2  # nothing changed since


def test_thinning_keeps_days_weeks_and_months_and_nothing_too_old(tmp_path, clock):
    folder = tmp_path / "backups"
    folder.mkdir()
    start = clock.now
    for hours in range(0, 24 * 400, 6):  # four a day for 400 days
        (folder / f"records-{start - timedelta(hours=hours):%Y%m%dT%H%M%SZ}.sqlite").write_bytes(b"")
    backups.thin(folder, start)
    kept = backups.backups(folder)
    assert kept[0].made == start
    assert len(kept) <= backups.KEEP_RECENT + backups.KEEP_DAYS + backups.KEEP_WEEKS + backups.KEEP_MONTHS
    assert {(start - timedelta(days=d)).date() for d in range(7)} <= {b.made.date() for b in kept}
    assert len({f"{b.made:%Y-%m}" for b in kept}) == backups.KEEP_MONTHS
    assert all(start - b.made <= backups.MAX_AGE for b in kept)


def _damage_header(path):
    with path.open("r+b") as f:
        f.write(b"this is not sqlite" * 8)


def _damage_a_page(path):
    with path.open("r+b") as f:
        f.seek(4096 * 3)
        f.write(os.urandom(4096 * 4))


@pytest.mark.parametrize("damage", [_damage_header, _damage_a_page], ids=["header", "pages"])
def test_a_damaged_file_is_kept_aside_and_the_last_good_backup_restored(tmp_path, clock, compared, damage):
    path = tmp_path / "records.sqlite"
    store, _ = open_store(path, clock)
    kept = [store.save(case, result).id for case, result in compared]
    clock.now += timedelta(hours=1)
    close_store(store)  # the backup holding every record
    damage(path)
    assert not backups.is_intact(path)
    clock.now += timedelta(hours=1)
    store, report = open_store(path, clock)
    assert report.code == "restored" and report.needs_attention
    assert "备份" in report.message("zh") and "backup" in report.message("en")
    assert (tmp_path / report.values["aside"]).exists()
    assert sorted(s.id for s in store.search()) == sorted(kept)
    assert backups.is_intact(path)
    close_store(store)


def test_a_damaged_file_without_a_backup_starts_empty_and_says_so(tmp_path, clock):
    path = tmp_path / "records.sqlite"
    path.write_bytes(b"garbage" * 1000)
    store, report = open_store(path, clock)
    assert report.code == "damaged_no_backup" and store.count() == 0
    assert (tmp_path / report.values["aside"]).read_bytes().startswith(b"garbage")
    close_store(store)


def test_autosave_survives_reopening_and_is_taken_once(tmp_path, clock):
    path = tmp_path / "records.sqlite"
    store, _ = open_store(path, clock)
    draft = {"case": {"house": {"heated_area_m2": "8"}, "household": {"name": "王五"}}, "personal": {"phone": "139"}}
    autosave(store, draft, record_id=None)
    store.db.close()  # as if the program died: no close_store
    store, _ = open_store(path, clock)
    taken = take_autosave(store)
    # no password was given: the resident's details were never written
    assert taken.data == {"case": {"house": {"heated_area_m2": "8"}, "household": {}}}
    assert take_autosave(store) is None
    store.set_password("service point 7")
    autosave(store, draft, record_id="abc")
    assert "王五".encode() not in path.read_bytes() + path.with_name(path.name + "-wal").read_bytes()
    store.set_password("service point 8")  # a new password: the draft is sealed again, not lost
    taken = take_autosave(store)
    assert taken.data == draft and taken.record_id == "abc"
    autosave(store, draft)
    clear_autosave(store)
    assert take_autosave(store) is None
    close_store(store)
