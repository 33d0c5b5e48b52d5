"""Consultations carried between laptops, and from every service point to the county.

The file is gzip-compressed JSON lines: a header (format, version, service point, count,
and the key settings if personal details travel), one line per consultation, and an end
line with the count and the SHA-256 of every line before it — so a file cut short on a USB
stick or altered is refused. JSON, not a database file: a file from outside is hostile and
is only ever parsed and validated, never opened by SQLite.

A merge is one transaction: any bad line refuses the whole file and leaves the database as
it was. Per consultation (same stable id): not here → added; higher revision → it replaces
ours; lower → ours is kept; same revision and content → nothing to do; same revision,
different content → both kept, the incoming one as a copy marked as a conflict of ours.
Deletions travel too (id and time only): a resident deleted anywhere is deleted everywhere
the file is merged, and never brought back by an older file.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import uuid
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from heatadvisor.core.contract.case_io import case_from_data
from heatadvisor.core.contract.problems import FieldProblem, InputError
from heatadvisor.core.contract.results import Comparison
from heatadvisor.wording import word

from . import rows
from .crypto import KeySpec, WrongPassword, new_key, open_key, seal, unseal
from .model import MAX_NOTE, Consultation, Ledger, Stage, StageEntry, Usage
from .privacy import Personal, problems_of, refuse_bank_card
from .store import RecordStore

FORMAT = "heatadvisor-records"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 2 * 1024**3  # compressed; 20,000 consultations take ~300 MB
MAX_LINE_BYTES = 4 * 1024**2  # one consultation is ~150 kB of JSON
MAX_RECORDS = 200_000
_CONFLICTS = uuid.UUID("4f1c2a5e-8d0b-4c8e-9a57-2b7e0c9d6f31")  # namespace of conflict copies' ids

Text = Annotated[str, Field(max_length=40), AfterValidator(refuse_bank_card)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Stage(_Strict):
    stage: Stage
    on: date
    note: Annotated[str, Field(max_length=MAX_NOTE), AfterValidator(refuse_bank_card)] = ""


class _Ledger(_Strict):
    category: Text = ""
    kind: Text = ""
    batch: Text = ""


class _Line(_Strict):
    id: uuid.UUID
    revision: int = Field(ge=1, le=1_000_000)
    service_point: str = Field(min_length=1, max_length=64)
    created_at: datetime
    updated_at: datetime
    case: dict[str, Any]
    result: Comparison
    ledger: _Ledger = Field(default_factory=lambda: _Ledger())
    stages: list[_Stage] = Field(default_factory=list, max_length=100)
    seasons: dict[Annotated[str, Field(pattern=r"^\d{4}-\d{4}$")], Usage] = Field(default_factory=dict, max_length=100)
    personal: str | None = Field(default=None, max_length=8192)
    conflict_of: uuid.UUID | None = None


class _Deletion(_Strict):
    deleted: uuid.UUID
    at: datetime


class ExchangeError(InputError):
    """The file is refused; ``line`` is where (0: the file as a whole)."""

    def __init__(self, problems: list[FieldProblem], line: int = 0):
        self.line = line
        super().__init__(problems)


def _refuse(reason: str, line: int = 0, detail: str = "") -> ExchangeError:
    return ExchangeError([FieldProblem("(file)", reason, detail or reason)], line)


# -- export --------------------------------------------------------------------------------


def _line_of(record: Consultation, sealed: str | None) -> dict[str, Any]:
    return {
        "id": record.id,
        "revision": record.revision,
        "service_point": record.service_point,
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "case": rows.advice_case(record.case).model_dump(mode="json"),
        "result": record.result.model_dump(mode="json"),
        "ledger": vars(record.ledger),
        "stages": [{"stage": s.stage.value, "on": s.on.isoformat(), "note": s.note} for s in record.stages],
        "seasons": {k: v.value for k, v in record.seasons.items()},
        "personal": sealed,
        "conflict_of": record.conflict_of,
    }


def export_records(
    store: RecordStore, path: Path, ids: Sequence[str] | None = None, password: str | None = None
) -> int:
    """Write the records (all, or ``ids``) to ``path``; returns how many.

    Personal details travel only when ``password`` is given (and the store is unlocked),
    sealed with a key from that password; the receiving side needs it to keep them."""
    key, spec = new_key(password) if password else (None, None)
    if ids is None:
        ids = [s.id for s in store.search()]
    digest = hashlib.sha256()
    header = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "service_point": store.service_point,
        "exported_at": store.clock().isoformat(),
        "count": len(ids),
        "personal": None
        if spec is None
        else {
            "salt": base64.b64encode(spec.salt).decode(),
            "n": spec.n,
            "verifier": base64.b64encode(spec.verifier).decode(),
        },
    }
    partial = path.with_name(path.name + ".partial")
    with gzip.open(partial, "wb") as out:

        def put(obj: dict[str, Any]) -> None:
            line = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
            digest.update(line)
            out.write(line)

        put(header)
        for record_id in ids:
            record = store.get(record_id)
            if record is None:
                raise KeyError(record_id)
            sealed = None
            if key is not None and record.personal is not None:
                blob = seal(key, record.personal.model_dump_json(exclude_none=True).encode(), record.id)
                sealed = base64.b64encode(blob).decode()
            put(_line_of(record, sealed))
        for record_id, at in store.deletions():
            put({"deleted": record_id, "at": at})
        out.write(json.dumps({"end": True, "count": len(ids), "sha256": digest.hexdigest()}).encode() + b"\n")
    partial.replace(path)
    return len(ids)


# -- merge ---------------------------------------------------------------------------------


@dataclass
class MergeReport:
    added: int = 0
    updated: int = 0
    same: int = 0
    older: int = 0  # ours was newer: kept
    conflicts: list[tuple[str, str, str, int]] = field(default_factory=list)  # (our id, copy id, village, revision)
    personal_dropped: int = 0  # personal details in the file not kept (no password, locked, or "keep none")
    deleted: int = 0  # deleted here because deleted there, or not brought back because deleted here

    def message(self, lang: str = "zh") -> list[str]:
        lines = [
            word(
                "records.merge.summary",
                lang,
                added=self.added,
                updated=self.updated,
                same=self.same,
                older=self.older,
                conflicts=len(self.conflicts),
                deleted=self.deleted,
            )
        ]
        lines += [
            word("records.merge.conflict", lang, id=ours[:8], village=village or "-", revision=revision)
            for ours, _, village, revision in self.conflicts
        ]
        if self.personal_dropped:
            lines.append(word("records.merge.personal_dropped", lang, count=self.personal_dropped))
        return lines


def _content(record: Consultation) -> str:
    """What two copies must share to be the same revision (personal details aside)."""
    line = _line_of(record, None)
    return json.dumps({k: line[k] for k in ("case", "result", "ledger", "stages", "seasons")}, sort_keys=True)


def _consultation(line: _Line, where: int) -> Consultation:
    try:
        case = case_from_data(line.case)
    except InputError as exc:
        raise ExchangeError([replace(p, field=f"case.{p.field}") for p in exc.problems], where) from None
    return Consultation(
        id=str(line.id),
        revision=line.revision,
        service_point=line.service_point,
        created_at=line.created_at.isoformat(),
        updated_at=line.updated_at.isoformat(),
        case=case,
        result=line.result,
        personal=None,
        ledger=Ledger(**line.ledger.model_dump()),
        conflict_of=str(line.conflict_of) if line.conflict_of else None,
        stages=tuple(StageEntry(s.stage, s.on, s.note) for s in line.stages),
        seasons=dict(line.seasons),
    )


def _no_constant(name: str) -> None:
    """NaN and Infinity are not JSON, and would turn a report's sums into NaN."""
    raise ValueError(f"{name} is not a number")


class _Reader:
    """The file's lines, each checked for size and added to the running checksum."""

    def __init__(self, path: Path):
        if not path.is_file():
            raise _refuse("unreadable", detail=str(path))
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _refuse("too_large")
        self.file = gzip.open(path, "rb")  # noqa: SIM115 — read line by line across next(); close() closes it
        self.digest = hashlib.sha256()
        self.number = 0

    def next(self) -> dict[str, Any] | None:
        try:
            raw = self.file.readline(MAX_LINE_BYTES + 1)
        except (OSError, EOFError, zlib.error) as exc:  # not gzip, or cut short
            raise _refuse(
                "truncated" if isinstance(exc, EOFError) else "unknown_format", self.number + 1, str(exc)
            ) from None
        if not raw:
            return None
        self.number += 1
        if len(raw) > MAX_LINE_BYTES:
            raise _refuse("too_large", self.number)
        try:
            obj = json.loads(raw, parse_constant=_no_constant)
        except (ValueError, RecursionError) as exc:
            raise _refuse("invalid_json", self.number, str(exc)) from None
        if not isinstance(obj, dict):
            raise _refuse("unknown_format", self.number)
        if not obj.get("end"):
            self.digest.update(raw)
        return obj


def _personal_key(header: dict[str, Any], password: str | None) -> bytes | None:
    spec = header.get("personal")
    if not spec or not password:
        return None
    try:
        key_spec = KeySpec(base64.b64decode(spec["salt"]), int(spec["n"]), base64.b64decode(spec["verifier"]))
    except (KeyError, TypeError, ValueError):
        raise _refuse("unknown_format", 1, "personal key settings") from None
    try:
        return open_key(password, key_spec)
    except WrongPassword as exc:
        raise ExchangeError([FieldProblem("password", "wrong_password", str(exc))]) from None


def carries_personal(path: Path) -> bool:
    """Whether the file's header says personal details travel in it, so the window asks for
    its password before merging; ExchangeError when it is not an exchange file at all."""
    reader = _Reader(path)
    try:
        header = reader.next()
    finally:
        reader.file.close()
    if header is None or header.get("format") != FORMAT:
        raise _refuse("unknown_format", 1)
    return bool(header.get("personal"))


def merge_records(store: RecordStore, path: Path, password: str | None = None) -> MergeReport:
    """Merge an exchange file into the store (all or nothing); ExchangeError names the line."""
    reader = _Reader(path)
    try:
        header = reader.next()
        if header is None or header.get("format") != FORMAT:
            raise _refuse("unknown_format", 1)
        if not isinstance(header.get("version"), int) or header["version"] > FORMAT_VERSION:
            raise _refuse("newer_format", 1)
        key = _personal_key(header, password)
        report, seen = MergeReport(), set[uuid.UUID]()
        with store.writing():
            while (obj := reader.next()) is not None:
                if obj.get("end"):
                    if (
                        obj.get("count") != len(seen)
                        or obj.get("sha256") != reader.digest.hexdigest()
                        or reader.next() is not None
                    ):
                        raise _refuse("checksum", reader.number)
                    return report
                if len(seen) >= MAX_RECORDS:
                    raise _refuse("too_large", reader.number)
                try:
                    line = (_Deletion if "deleted" in obj else _Line).model_validate(obj)
                except ValidationError as exc:
                    raise ExchangeError(problems_of(exc), reader.number) from None
                if isinstance(line, _Deletion):
                    report.deleted += store.forget(str(line.deleted), line.at.isoformat())
                    continue
                if line.id in seen:
                    raise _refuse("duplicate_record", reader.number, str(line.id))
                seen.add(line.id)
                incoming = _consultation(line, reader.number)  # validated even if it is then skipped
                if store.db.execute("SELECT 1 FROM deleted WHERE id = ?", (incoming.id,)).fetchone():
                    report.deleted += 1
                    continue
                _merge_one(store, incoming, line.personal, key, report)
            raise _refuse("truncated", reader.number)
    finally:
        reader.file.close()


def _incoming_personal(
    store: RecordStore, record: Consultation, sealed: str | None, key: bytes | None, report: MergeReport
) -> Personal | None:
    if sealed is None:
        return None
    if key is None or store.vault.locked or not store.keep_personal:
        report.personal_dropped += 1
        return None
    try:
        return Personal.model_validate_json(unseal(key, base64.b64decode(sealed), record.id))
    except (WrongPassword, ValueError):
        raise _refuse("checksum", detail=f"personal details of {record.id}") from None


def _merge_one(
    store: RecordStore, incoming: Consultation, sealed: str | None, key: bytes | None, report: MergeReport
) -> None:
    db = store.db
    personal = _incoming_personal(store, incoming, sealed, key, report)
    found = rows.read(db, incoming.id)
    if found is None:
        rows.write(db, incoming, store.vault.seal_personal(personal, incoming.id), insert=True)
        report.added += 1
        return
    ours, our_blob = found
    if incoming.revision > ours.revision:
        blob = store.vault.seal_personal(personal, incoming.id) if personal is not None else our_blob
        rows.write(db, incoming, blob, insert=False)
        report.updated += 1
    elif incoming.revision < ours.revision:
        report.older += 1
    elif _content(incoming) == _content(ours):
        report.same += 1
    else:
        copy_id = str(uuid.uuid5(_CONFLICTS, f"{incoming.id}/{incoming.revision}/{_content(incoming)}"))
        if rows.read(db, copy_id) is None:
            copy = replace(incoming, id=copy_id, conflict_of=incoming.id)
            rows.write(db, copy, store.vault.seal_personal(personal, copy_id), insert=True)
        report.conflicts.append((incoming.id, copy_id, incoming.case.location.village or "", incoming.revision))
