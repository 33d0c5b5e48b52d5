"""The service point's password and the personal fields it locks.

The database keeps the key's salt, cost and verifier in ``meta``; the key lives only in
memory after ``unlock``. Without it, records still open with their advice, and personal
fields read as locked. A forgotten password cannot be recovered: ``reset`` sets a new one
and erases every personal field (the advice stays).
"""

from __future__ import annotations

import base64
import json
import sqlite3

from .crypto import KeySpec, WrongPassword, new_key, open_key, seal, unseal
from .privacy import Personal

_SPEC_KEYS = ("kdf_salt", "kdf_n", "kdf_verifier")
AUTOSAVE = "autosave"  # what the autosave slot's sealed draft is bound to


class Locked(Exception):
    """Personal fields need the service point's password, and it was not given (or none is set)."""


def meta_get(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def meta_set(db: sqlite3.Connection, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value)
    )


class Vault:
    def __init__(self, db: sqlite3.Connection):
        self._db = db
        self._key: bytes | None = None
        self.generation = 0  # +1 whenever the key changes: names opened with the old one are dropped

    def _use_key(self, key: bytes | None) -> None:
        self._key = key
        self.generation += 1

    def _spec(self) -> KeySpec | None:
        salt, n, verifier = (meta_get(self._db, k) for k in _SPEC_KEYS)
        if salt is None or n is None or verifier is None:
            return None
        return KeySpec(base64.b64decode(salt), int(n), base64.b64decode(verifier))

    def _store_spec(self, spec: KeySpec) -> None:
        values = (base64.b64encode(spec.salt).decode(), str(spec.n), base64.b64encode(spec.verifier).decode())
        for key, value in zip(_SPEC_KEYS, values):
            meta_set(self._db, key, value)

    @property
    def has_password(self) -> bool:
        return self._spec() is not None

    @property
    def locked(self) -> bool:
        return self._key is None

    def unlock(self, password: str) -> None:
        """Raises WrongPassword; without a password set, Locked."""
        spec = self._spec()
        if spec is None:
            raise Locked("no password set")
        self._use_key(open_key(password, spec))

    def set_password(self, password: str) -> None:
        """First password, or a new one while unlocked: every personal field is sealed again,
        in the caller's transaction."""
        if self.has_password and self.locked:
            raise Locked("unlock before changing the password")
        old = self._key
        key, spec = new_key(password)
        if old is not None:
            rows = self._db.execute("SELECT id, personal FROM consultations WHERE personal IS NOT NULL").fetchall()
            for record_id, blob in rows:
                plain = unseal(old, blob, record_id)
                self._db.execute(
                    "UPDATE consultations SET personal = ? WHERE id = ?", (seal(key, plain, record_id), record_id)
                )
            for (draft,) in self._db.execute("SELECT draft FROM autosave WHERE sealed = 1").fetchall():
                plain = unseal(old, draft, AUTOSAVE)
                self._db.execute("UPDATE autosave SET draft = ? WHERE sealed = 1", (seal(key, plain, AUTOSAVE),))
        self._store_spec(spec)
        self._use_key(key)

    def reset(self, password: str) -> int:
        """The password is forgotten: erase every personal field, then set ``password``.
        Returns how many records lost their personal fields."""
        erased = self._db.execute("UPDATE consultations SET personal = NULL WHERE personal IS NOT NULL").rowcount
        self._db.execute("DELETE FROM autosave WHERE sealed = 1")
        self._use_key(None)
        for key in _SPEC_KEYS:
            self._db.execute("DELETE FROM meta WHERE key = ?", (key,))
        self.set_password(password)
        return erased

    def seal_bytes(self, plain: bytes, bound_to: str) -> bytes:
        if self._key is None:
            raise Locked("personal fields need the password")
        return seal(self._key, plain, bound_to)

    def unseal_bytes(self, blob: bytes, bound_to: str) -> bytes | None:
        """None while locked."""
        return None if self._key is None else unseal(self._key, blob, bound_to)

    def seal_personal(self, personal: Personal | None, record_id: str) -> bytes | None:
        if personal is None or not personal.any_kept():
            return None
        return self.seal_bytes(personal.model_dump_json(exclude_none=True).encode(), record_id)

    def unseal_personal(self, blob: bytes | None, record_id: str) -> Personal | None:
        if blob is None:
            return None
        plain = self.unseal_bytes(blob, record_id)
        return None if plain is None else Personal.model_validate(json.loads(plain))

    def head_name(self, record_id: str, blob: bytes) -> str | None:
        """Only the head's name, for the history's search; None while locked, or when the blob
        does not open (the details were validated when sealed: no model is built here)."""
        if self._key is None:
            return None
        try:
            name = json.loads(unseal(self._key, blob, record_id).decode()).get("head_name")
        except (WrongPassword, ValueError):
            return None
        return name if isinstance(name, str) else None


__all__ = ["Locked", "Vault", "WrongPassword", "meta_get", "meta_set"]
