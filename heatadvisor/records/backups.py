"""Rolling backups of the records database, and recovery from a damaged file.

Copies are made with SQLite's online backup API (consistent even while the program writes),
at most once per ``MIN_INTERVAL`` and only when something changed, then thinned as Anki
does: the 4 newest copies, and the newest of each of the last 7 days, 4 weeks and 6 months. Nothing is kept
longer than ``MAX_AGE`` (bar the newest copy), so a deleted resident is gone from every
backup by a date the program can name.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

MIN_INTERVAL = timedelta(minutes=30)
KEEP_RECENT, KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 4, 7, 4, 6
MAX_AGE = timedelta(days=31 * KEEP_MONTHS + 7)
_STAMP = "%Y%m%dT%H%M%SZ"
PREFIX = "records-"


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime


def backups(folder: Path) -> list[Backup]:
    """Every backup in the folder, newest first."""
    found = []
    for path in folder.glob(f"{PREFIX}*.sqlite") if folder.is_dir() else ():
        try:
            made = datetime.strptime(path.stem[len(PREFIX) :], _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(Backup(path, made))
    return sorted(found, key=lambda b: b.made, reverse=True)


def is_intact(path: Path) -> bool:
    """``PRAGMA integrity_check`` passes on the file, its WAL included (a file that is not a
    database fails it)."""
    try:
        db = sqlite3.connect(path)
        try:
            return db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return False


def make_backup(db: sqlite3.Connection, folder: Path, now: datetime, changed_at: datetime | None) -> Backup | None:
    """A new backup if none exists, or if the data changed since the newest one and it is
    older than MIN_INTERVAL; then thin. Returns the new backup, if one was made."""
    existing = backups(folder)
    newest = existing[0].made if existing else None
    due = newest is None or (changed_at is not None and changed_at >= newest and now - newest >= MIN_INTERVAL)
    made = None
    if due:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{PREFIX}{now:{_STAMP}}.sqlite"
        partial = path.with_suffix(".partial")
        target = sqlite3.connect(partial)
        try:
            db.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target.close()
        partial.replace(path)  # a half-written copy never looks like a backup
        made = Backup(path, now)
    thin(folder, now)
    return made


def thin(folder: Path, now: datetime) -> list[Path]:
    """Remove the backups the policy no longer keeps; returns them."""
    kept_days: set[str] = set()
    kept_weeks: set[str] = set()
    kept_months: set[str] = set()
    removed = []
    for i, backup in enumerate(backups(folder)):
        day, week, month = f"{backup.made:%Y-%m-%d}", f"{backup.made:%G-%V}", f"{backup.made:%Y-%m}"
        keep = i == 0
        if now - backup.made <= MAX_AGE:
            keep = keep or i < KEEP_RECENT
            for kept, key, limit in (
                (kept_days, day, KEEP_DAYS),
                (kept_weeks, week, KEEP_WEEKS),
                (kept_months, month, KEEP_MONTHS),
            ):
                if key not in kept and len(kept) < limit:
                    kept.add(key)
                    keep = True
        if not keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def gone_by(now: datetime) -> datetime:
    """The latest moment a backup made before ``now`` can still exist (if the program runs)."""
    return now + MAX_AGE


@dataclass(frozen=True)
class Recovery:
    damaged_copy: Path  # where the damaged file was put aside
    restored_from: Backup | None  # None: no intact backup, an empty database was started


def recover(database: Path, folder: Path, now: datetime) -> Recovery:
    """Move a damaged database (and its WAL) aside, put the newest intact backup in its place."""
    aside = database.with_name(f"{database.stem}.damaged-{now:{_STAMP}}{database.suffix}")
    database.replace(aside)
    for suffix in ("-wal", "-shm"):
        extra = database.with_name(database.name + suffix)
        if extra.exists():
            extra.replace(aside.with_name(aside.name + suffix))
    for backup in backups(folder):
        if is_intact(backup.path):
            shutil.copy2(backup.path, database)
            return Recovery(aside, backup)
    return Recovery(aside, None)
