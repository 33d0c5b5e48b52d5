"""The records database file: connection settings, schema version and upgrades.

``PRAGMA user_version`` is the schema version. Upgrades are numbered steps run while the
file is older than this program, all in one exclusive transaction (Calibre's
``schema_upgrades.py``): any error rolls every step back. A copy of the file is taken
before the first step. A file made by a newer program is refused, never touched.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

SCHEMA_VERSION = 5


class NewerFile(Exception):
    """The database was written by a newer HeatAdvisor; this one must not change it."""

    def __init__(self, path: Path, version: int):
        self.path, self.version = path, version
        super().__init__(f"{path}: schema version {version} is newer than {SCHEMA_VERSION}")


def _run(db: sqlite3.Connection, script: str) -> None:
    """Statement by statement: ``executescript`` would commit the upgrade's transaction."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _v1(db: sqlite3.Connection) -> None:
    """Consultations, their follow-up stages and season statuses, the autosave slot."""
    _run(
        db,
        """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE consultations (
            id TEXT PRIMARY KEY,
            revision INTEGER NOT NULL CHECK (revision >= 1),
            service_point TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            case_json TEXT NOT NULL,
            result_z BLOB NOT NULL,
            packs_json TEXT NOT NULL,
            recommended TEXT,
            recommended_zh TEXT NOT NULL DEFAULT '',
            recommended_en TEXT NOT NULL DEFAULT '',
            province TEXT NOT NULL,
            county TEXT NOT NULL,
            township TEXT NOT NULL DEFAULT '',
            village TEXT NOT NULL DEFAULT '',
            heated_area_m2 REAL NOT NULL,
            consult_date TEXT NOT NULL,
            ledger_category TEXT NOT NULL DEFAULT '',
            ledger_kind TEXT NOT NULL DEFAULT '',
            ledger_batch TEXT NOT NULL DEFAULT '',
            personal BLOB,
            conflict_of TEXT
        );
        CREATE TABLE stages (
            consultation_id TEXT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            stage TEXT NOT NULL,
            on_date TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (consultation_id, seq)
        );
        CREATE TABLE seasons (
            consultation_id TEXT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
            season TEXT NOT NULL,
            status TEXT NOT NULL,
            PRIMARY KEY (consultation_id, season)
        );
        CREATE TABLE autosave (
            slot INTEGER PRIMARY KEY CHECK (slot = 1),
            record_id TEXT,
            draft BLOB NOT NULL,
            sealed INTEGER NOT NULL,
            saved_at TEXT NOT NULL
        );
    """,
    )


def _v2(db: sqlite3.Connection) -> None:
    """The township report and ledger over thousands of records read figures (and the fuel
    that decides the retrofit category) from columns, not from each result's JSON; the
    history view searches by village and date through an index."""
    from .figures import FIGURES, backfill

    for column in FIGURES:
        db.execute(f"ALTER TABLE consultations ADD COLUMN {column} REAL NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE consultations ADD COLUMN recommended_fuel TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX consultations_by_village ON consultations(village, consult_date)")
    db.execute("CREATE INDEX consultations_by_date ON consultations(consult_date)")
    backfill(db)


def _v3(db: sqlite3.Connection) -> None:
    """The inputs and the result (~15 kB a row) move to their own table: in the row they
    sat before the small columns, so every scan for the ledger or report walked their
    overflow pages — 330 MB read for 20,000 records (bench/bench_records.py).
    Deleted consultations are remembered by id and time only, so a merge neither brings a
    deleted resident back nor misses deleting them on the other laptops."""
    _run(
        db,
        """
        CREATE TABLE deleted (id TEXT PRIMARY KEY, deleted_at TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE payloads (
            id TEXT PRIMARY KEY REFERENCES consultations(id) ON DELETE CASCADE,
            case_json TEXT NOT NULL,
            result_z BLOB NOT NULL
        );
        INSERT INTO payloads (id, case_json, result_z) SELECT id, case_json, result_z FROM consultations;
        ALTER TABLE consultations DROP COLUMN case_json;
        ALTER TABLE consultations DROP COLUMN result_z
    """,
    )


def _v4(db: sqlite3.Connection) -> None:
    """The history view reads the newest consultations a page at a time: with an index in
    its order (date, then last change) the first page of 20,000 takes ~2 ms instead of a
    90 ms sort of every row (bench/bench_records.py); it serves date filters as well. Its
    filter by recommended option lists the options from an index instead of a 40 ms scan."""
    _run(
        db,
        """
        CREATE INDEX consultations_by_time ON consultations(consult_date, updated_at);
        CREATE INDEX consultations_by_option ON consultations(recommended);
        DROP INDEX consultations_by_date
    """,
    )


def _v5(db: sqlite3.Connection) -> None:
    """A history search matches its text anywhere in the village, township or county (LIKE
    '%…%', which no index can seek): an index of just those three is scanned in ~2 ms where
    the table's 20 MB take ~10 ms for 20,000 consultations. It starts with the village, so it
    also serves whatever the village-and-date index served."""
    _run(
        db,
        """
        CREATE INDEX consultations_by_place ON consultations(village, township, county);
        DROP INDEX consultations_by_village
    """,
    )


UPGRADES = {1: _v1, 2: _v2, 3: _v3, 4: _v4, 5: _v5}  # step N brings a file from version N-1 to N


def connect(path: Path) -> sqlite3.Connection:
    """A connection with the settings every use needs (autocommit: transactions are explicit)."""
    db = sqlite3.connect(path, isolation_level=None, timeout=10, check_same_thread=False)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA secure_delete = ON")  # a deleted resident's bytes are overwritten, not left in free pages
    db.execute("PRAGMA temp_store = MEMORY")  # names opened for the history's search never reach a temp file
    return db


def version_of(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def upgrade(db: sqlite3.Connection, path: Path, target: int = SCHEMA_VERSION) -> Path | None:
    """Bring the file to ``target``; returns the copy taken before upgrading, if any.

    WAL is switched on after the upgrade (a journal-mode change cannot run inside it)."""
    version = version_of(db)
    if version > SCHEMA_VERSION:
        raise NewerFile(path, version)
    copy = None
    if version < target:
        if version > 0:
            copy = path.with_name(f"{path.stem}.v{version}-{datetime.now(UTC):%Y%m%dT%H%M%S}.bak")
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            shutil.copy2(path, copy)
        db.execute("BEGIN EXCLUSIVE")
        try:
            while version < target:
                UPGRADES[version + 1](db)
                version += 1
                db.execute(f"PRAGMA user_version = {version}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")  # each finished save survives a power cut, not only a crash
    return copy
