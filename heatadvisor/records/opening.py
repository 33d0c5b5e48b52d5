"""Opening the records database: integrity check, recovery, upgrade, first backup.

Whatever happened to the file, the caller gets a working store and a report it can show
in plain words: a damaged file is put aside (never deleted) and the newest intact backup
takes its place; a file from a newer program is refused (NewerFile) and left alone.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from heatadvisor.wording import word

from . import backups
from .folders import backups_dir, database_path
from .schema import connect, upgrade
from .store import RecordStore, utc_now
from .vault import meta_get, meta_set


@dataclass(frozen=True)
class OpenReport:
    """What happened at open, as a code and values; ``message`` words it."""

    code: str  # "ok" | "created" | "upgraded" | "restored" | "damaged_no_backup"
    values: dict[str, str] = field(default_factory=dict)

    @property
    def needs_attention(self) -> bool:
        return self.code in ("restored", "damaged_no_backup")

    def message(self, lang: str = "zh") -> str:
        return word(f"records.open.{self.code}", lang, **self.values)


def count_records(path: Path) -> int:
    """How many consultations an intact file holds, without opening it as a store."""
    db = sqlite3.connect(path)
    try:
        return int(db.execute("SELECT count(*) FROM consultations").fetchone()[0])
    except sqlite3.OperationalError:  # an empty or foreign database: no consultations table
        return 0
    finally:
        db.close()


def open_store(path: Path | None = None, clock: Callable[[], datetime] = utc_now) -> tuple[RecordStore, OpenReport]:
    """The store at ``path`` (default: the user's data folder). Raises schema.NewerFile."""
    path = path or database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    now = clock()
    report = OpenReport("ok")
    if not path.exists():
        report = OpenReport("created")
    elif not backups.is_intact(path):
        recovery = backups.recover(path, backups_dir(path), now)
        restored = recovery.restored_from
        values = {"aside": recovery.damaged_copy.name}
        if restored is None:
            report = OpenReport("damaged_no_backup", values)
        else:
            report = OpenReport("restored", {**values, "made": f"{restored.made:%Y-%m-%d %H:%M} UTC"})
    db = connect(path)
    try:
        copy = upgrade(db, path)
    except BaseException:
        db.close()
        raise
    if copy is not None and report.code == "ok":
        report = OpenReport("upgraded", {"copy": copy.name})
    store = RecordStore(db, path, clock)
    if not meta_get(db, "service_point"):
        with store.writing():
            meta_set(db, "service_point", str(uuid.uuid4()))
    back_up(store)
    return store, report


def back_up(store: RecordStore) -> backups.Backup | None:
    """A backup if one is due (see ``backups.make_backup``); called at open and close."""
    changed = meta_get(store.db, "changed_at")
    return backups.make_backup(
        store.db, backups_dir(store.path), store.clock(), datetime.fromisoformat(changed) if changed else None
    )


def close_store(store: RecordStore) -> None:
    back_up(store)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.close()
