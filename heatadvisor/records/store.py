"""The records of one service point: save, reopen, search, follow up and delete consultations.

One write transaction per save (BEGIN IMMEDIATE … COMMIT), so a save is either all there
after a crash or not at all. Qt-free: the window, the CLI and the exchange call the same
methods; long calls (lists over thousands, exports) belong on a worker thread.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Literal

from heatadvisor.core.contract.case import Case
from heatadvisor.core.contract.problems import FieldProblem, InputError
from heatadvisor.core.contract.results import Comparison

from . import rows
from .backups import gone_by
from .model import MAX_NOTE, Consultation, Ledger, Stage, StageEntry, Summary, Usage
from .names import HeadNames
from .privacy import PERSONAL_FIELDS, Personal, looks_like_bank_card, personal_from
from .summaries import like_pattern, read_summaries
from .vault import Locked, Vault, meta_get, meta_set

_SEASON = re.compile(r"^(\d{4})-(\d{4})$")
_LEDGER_MAX = 40


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class Saved:
    id: str
    revision: int
    dropped: tuple[str, ...] = ()  # personal fields not kept (the "keep none" setting)


@dataclass(frozen=True)
class Deleted:
    count: int
    backups_gone_by: datetime  # old backups still hold the records until then


@dataclass(frozen=True)
class Search:
    """The history view's filters; empty ones match everything."""

    text: str = ""  # in the village, township, county or the head's name (when unlocked)
    date_from: str | None = None  # consultation date, ISO, inclusive
    date_to: str | None = None
    recommended: str | None = None  # option key


def _checked_text(field: str, text: str, limit: int) -> str:
    if len(text) > limit:
        raise InputError([FieldProblem(field, "string_too_long", "too long", str(limit))])
    if looks_like_bank_card(text):
        raise InputError([FieldProblem(field, "bank_card", "looks like a bank card number")])
    return text


class RecordStore:
    def __init__(self, db: sqlite3.Connection, path: Path, clock: Callable[[], datetime] = utc_now):
        self.db, self.path, self.clock = db, path, clock
        self.vault = Vault(db)
        self.names = HeadNames(db, self.vault)

    # -- settings --------------------------------------------------------------------------

    @property
    def service_point(self) -> str:
        return meta_get(self.db, "service_point") or ""

    @property
    def keep_personal(self) -> bool:
        """The "keep none" setting: False means no personal details are ever stored."""
        return meta_get(self.db, "keep_personal") != "0"

    def set_keep_personal(self, keep: bool) -> None:
        with self.writing():
            meta_set(self.db, "keep_personal", "1" if keep else "0")

    def set_password(self, password: str) -> None:
        with self.writing():
            self.vault.set_password(password)

    def change_password(self, old: str, new: str) -> None:
        """Every personal field sealed again under ``new``, in one transaction; WrongPassword
        (nothing changed) when ``old`` is not the current password."""
        self.vault.unlock(old)
        self.set_password(new)

    def reset_password(self, password: str) -> int:
        """For a forgotten password: every personal field is erased; the advice stays."""
        with self.writing():
            return self.vault.reset(password)

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; it also marks the data as changed (for backups)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            meta_set(self.db, "changed_at", self.clock().isoformat())
            self.db.execute("COMMIT")
            self.names.writes += 1
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    # -- save and reopen -------------------------------------------------------------------

    def _personal_for(self, case: Case, personal: Personal | dict[str, object] | None) -> Personal:
        """The given details plus the name and phone typed on the form, validated together."""
        given = personal.model_dump() if isinstance(personal, Personal) else dict(personal or {})
        for name, typed in (("head_name", case.household.name), ("phone", case.household.phone)):
            if given.get(name) is None:
                given[name] = typed
        return personal_from(given)

    def _seal(self, personal: Personal | None, record_id: str) -> bytes | None:
        try:
            return self.vault.seal_personal(personal, record_id)
        except Locked:
            raise InputError(
                [FieldProblem("personal", "records_locked", "personal details need the password")]
            ) from None

    def save(
        self,
        case: Case,
        result: Comparison,
        personal: Personal | dict[str, object] | None = None,
        ledger: Ledger | None = None,
        record_id: str | None = None,
    ) -> Saved:
        """Save a new consultation, or a new revision of ``record_id`` (its follow-up kept).

        Raises InputError naming the field: personal details without consent, a bank card
        number, or personal details while the password is not given."""
        details = self._personal_for(case, personal)
        dropped: tuple[str, ...] = ()
        if details.any_kept() and not self.keep_personal:
            dropped = tuple(name for name in PERSONAL_FIELDS if getattr(details, name))
            details = Personal()
        for name, value in vars(ledger or Ledger()).items():
            _checked_text(f"ledger.{name}", value, _LEDGER_MAX)
        now = self.clock().isoformat()
        with self.writing():
            old = rows.read(self.db, record_id) if record_id else None
            base = old[0] if old else None
            record_id = base.id if base else str(uuid.uuid4())  # a record deleted meanwhile is saved anew
            record = Consultation(
                id=record_id,
                revision=base.revision + 1 if base else 1,
                service_point=self.service_point,
                created_at=base.created_at if base else now,
                updated_at=now,
                case=case,
                result=result,
                personal=details,
                ledger=ledger or (base.ledger if base else Ledger()),
                stages=base.stages if base else (),
                seasons=base.seasons if base else {},
            )
            rows.write(self.db, record, self._seal(details, record_id), insert=base is None)
        return Saved(record.id, record.revision, dropped)

    def get(self, record_id: str) -> Consultation | None:
        """The consultation as saved: the same result, whatever the packs are now."""
        found = rows.read(self.db, record_id)
        if found is None:
            return None
        record, blob = found
        personal = self.vault.unseal_personal(blob, record_id)
        locked = blob is not None and personal is None
        return replace(
            record, case=rows.with_personal(record.case, personal), personal=personal, personal_locked=locked
        )

    def duplicate(self, record_id: str) -> Saved:
        """The same house as a new consultation ("same house, other tariffs"), follow-up not copied."""
        record = self.get(record_id)
        if record is None:
            raise KeyError(record_id)
        return self.save(record.case, record.result, record.personal, record.ledger)

    # -- follow-up -------------------------------------------------------------------------

    def _revise(
        self,
        record_id: str,
        change: Callable[[Consultation], Consultation],
        sealed: bytes | Literal["kept"] | None = "kept",
    ) -> int:
        """A new revision of the record with ``change`` made; its personal details as they were,
        or ``sealed`` instead."""
        with self.writing():
            found = rows.read(self.db, record_id)
            if found is None:
                raise KeyError(record_id)
            record, blob = found
            revised = replace(
                change(record),
                revision=record.revision + 1,
                service_point=self.service_point,
                updated_at=self.clock().isoformat(),
            )
            rows.write(self.db, revised, blob if sealed == "kept" else sealed, insert=False)
        return revised.revision

    def add_stage(self, record_id: str, stage: Stage, on: date, note: str = "") -> int:
        """A dated follow-up step with a note; returns the new revision."""
        entry = StageEntry(Stage(stage), on, _checked_text("note", note.strip(), MAX_NOTE))
        return self._revise(record_id, lambda r: replace(r, stages=(*r.stages, entry)))

    def set_usage(self, record_id: str, season: str, status: Usage) -> int:
        """The usage status of a heating season ("2026-2027")."""
        match = _SEASON.match(season)
        if not match or int(match[2]) != int(match[1]) + 1:
            raise InputError([FieldProblem("season", "season_format", f"not a season: {season!r}")])
        return self._revise(record_id, lambda r: replace(r, seasons={**r.seasons, season: Usage(status)}))

    def set_ledger(self, record_id: str, ledger: Ledger, personal: Personal | dict[str, object] | None = None) -> int:
        """The ledger's retrofit columns; with ``personal``, the resident's details in the ledger
        too (applicant, account numbers, an ID with its own consent), validated and sealed in
        the same revision. Under the "keep none" setting ``personal`` is not kept."""
        for name, value in vars(ledger).items():
            _checked_text(f"ledger.{name}", value, _LEDGER_MAX)
        if personal is None or not self.keep_personal:
            return self._revise(record_id, lambda r: replace(r, ledger=ledger))
        details = personal_from(personal.model_dump() if isinstance(personal, Personal) else personal)
        return self._revise(record_id, lambda r: replace(r, ledger=ledger), self._seal(details, record_id))

    # -- history ---------------------------------------------------------------------------

    def search(self, search: Search = Search(), limit: int | None = None, offset: int = 0) -> list[Summary]:
        """The history view's rows, newest consultation first; ``limit`` rows from ``offset``
        for a view that reads a page at a time.

        The text is looked for in the village, township and county (LIKE: case-blind for
        Latin letters) and in the head's name, which is sealed: it is matched in the names
        ``HeadNames`` keeps in memory, so typing in the search box costs index scans in
        SQLite, not 20,000 decryptions each time (``summaries``)."""
        filters = []
        if search.date_from:
            filters.append("consult_date >= :date_from")
        if search.date_to:
            filters.append("consult_date <= :date_to")
        if search.recommended:
            filters.append("recommended = :recommended")
        text = search.text.strip()
        if text:
            self.names.open_all()
        values = {
            "date_from": search.date_from,
            "date_to": search.date_to,
            "recommended": search.recommended,
            "text": like_pattern(text),
            "limit": -1 if limit is None else limit,
            "offset": offset,
        }
        return read_summaries(self.db, self.names, filters, values, text=bool(text))

    def recommended_options(self) -> list[tuple[str, str, str]]:
        """(key, zh, en) of every option some saved consultation recommends: the history's filter."""
        keys = [key for (key,) in self.db.execute("SELECT DISTINCT recommended FROM consultations") if key]
        labels = "SELECT recommended_zh, recommended_en FROM consultations WHERE recommended = ? LIMIT 1"
        return [(key, *self.db.execute(labels, (key,)).fetchone()) for key in keys]

    @contextmanager
    def selection(self, ids: Sequence[str] | None) -> Iterator[str]:
        """A WHERE clause for the records ``ids`` (None: all), through a temporary table so a
        selection of 20,000 ids needs no 20,000 parameters."""
        if ids is None:
            yield "1"
            return
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS selection (id TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM temp.selection")
        self.db.executemany("INSERT OR IGNORE INTO temp.selection VALUES (?)", ((i,) for i in ids))
        try:
            yield "id IN (SELECT id FROM temp.selection)"
        finally:
            self.db.execute("DELETE FROM temp.selection")

    def count(self, with_personal: bool = False) -> int:
        """How many consultations; with ``with_personal``, how many hold sealed personal details."""
        where = " WHERE personal IS NOT NULL" if with_personal else ""
        return int(self.db.execute(f"SELECT count(*) FROM consultations{where}").fetchone()[0])

    def delete(self, record_ids: Sequence[str]) -> Deleted:
        """Delete completely: rows, follow-up, an autosave of them, and their bytes in the
        file and its journal. Old backups age out by the date returned."""
        with self.writing():
            count = sum(self.forget(record_id) for record_id in record_ids)
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return Deleted(count, gone_by(self.clock()))

    def forget(self, record_id: str, deleted_at: str | None = None) -> bool:
        """Delete one consultation in the caller's transaction and remember only that it was
        deleted (id and time), so merges carry the deletion on; True if it was here."""
        self.db.execute(
            "INSERT OR IGNORE INTO deleted (id, deleted_at) VALUES (?, ?)",
            (record_id, deleted_at or self.clock().isoformat()),
        )
        self.db.execute("DELETE FROM autosave WHERE record_id = ?", (record_id,))
        return self.db.execute("DELETE FROM consultations WHERE id = ?", (record_id,)).rowcount > 0

    def deletions(self) -> list[tuple[str, str]]:
        """(id, time) of every deleted consultation, for exchange files."""
        return self.db.execute("SELECT id, deleted_at FROM deleted ORDER BY deleted_at").fetchall()
