"""The consultation being typed, saved every few seconds so a crash or a power cut loses
nothing: one slot, overwritten each time, emptied when the consultation is saved or
discarded. The draft is whatever the form holds (it may not be valid yet).

While the password is given the whole draft is sealed; otherwise the resident's details
are left out of it (they are never written in clear).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any

from .store import RecordStore
from .vault import AUTOSAVE


@dataclass(frozen=True)
class Draft:
    data: dict[str, Any] | None  # {"case": {...}, "personal": {...}, ...} as the form gave it; None while locked
    record_id: str | None  # the saved consultation it edits, if any
    saved_at: str
    locked: bool  # sealed, and the password is not given yet: unlock, then take it again


def _without_personal(data: dict[str, Any]) -> dict[str, Any]:
    clean = copy.deepcopy(data)
    clean.pop("personal", None)
    household = clean.get("case", {}).get("household") if isinstance(clean.get("case"), dict) else None
    if isinstance(household, dict):
        household.pop("name", None)
        household.pop("phone", None)
    return clean


def autosave(store: RecordStore, data: dict[str, Any], record_id: str | None = None) -> None:
    """Overwrite the slot with the form's current content (one short transaction)."""
    sealed = not store.vault.locked
    plain = json.dumps(data if sealed else _without_personal(data), ensure_ascii=False).encode()
    blob = store.vault.seal_bytes(plain, AUTOSAVE) if sealed else plain
    with store.writing() as db:
        db.execute(
            "INSERT OR REPLACE INTO autosave (slot, record_id, draft, sealed, saved_at) VALUES (1, ?, ?, ?, ?)",
            (record_id, blob, int(sealed), store.clock().isoformat()),
        )


def take_autosave(store: RecordStore) -> Draft | None:
    """The draft left by a crash, removed from the slot (kept while it cannot be unsealed)."""
    row = store.db.execute("SELECT record_id, draft, sealed, saved_at FROM autosave WHERE slot = 1").fetchone()
    if row is None:
        return None
    record_id, blob, sealed, saved_at = row
    plain = store.vault.unseal_bytes(blob, AUTOSAVE) if sealed else blob
    if plain is None:
        return Draft(None, record_id, saved_at, locked=True)
    clear_autosave(store)
    return Draft(json.loads(plain), record_id, saved_at, locked=False)


def clear_autosave(store: RecordStore) -> None:
    with store.writing() as db:
        db.execute("DELETE FROM autosave")
