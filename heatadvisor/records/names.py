"""The heads' names for the history view, opened from their sealed blobs once a session.

A decrypt-once cache, not a keyed hash index: staff search by part of a name (a surname,
two characters), which a hash of the whole name cannot answer, and hashes of name fragments
would tell how common each surname is to anyone holding the file. The names sit in a temp
table of the store's connection — in memory (``temp_store = MEMORY``), never in the file —
so the search matches them in SQLite's scan instead of decrypting 20,000 blobs on each
keystroke. They go when the key changes (a lock, a new password) and with the connection.

A blob is opened when a page shows its row, and every blob when a text is searched (the
first text search of a session opens them all: ~0.1–0.3 s for 20,000; later ones only what
was saved since). A name is remembered with the blob it came from, so a changed blob is
opened again. What this connection writes, temp triggers note as it happens (the name of a
changed, erased or deleted blob goes at once), so the first search after a save opens that one blob
instead of comparing all 20,000 (~80 ms under load); a write by another connection (SQLite's
``data_version``) still has every blob compared.
"""

from __future__ import annotations

import sqlite3

from .crypto import NONCE_BYTES
from .vault import Vault


class HeadNames:
    def __init__(self, db: sqlite3.Connection, vault: Vault):
        self.db, self.vault = db, vault
        # ``nonce``: the blob's random first bytes, new at every sealing, so it tells a changed blob
        db.execute("CREATE TEMP TABLE IF NOT EXISTS head_names (id TEXT PRIMARY KEY, nonce BLOB NOT NULL, name TEXT)")
        db.executescript(
            """
            CREATE TEMP TABLE IF NOT EXISTS names_to_open (id TEXT PRIMARY KEY);
            CREATE TEMP TRIGGER IF NOT EXISTS names_of_new_rows AFTER INSERT ON main.consultations
                WHEN NEW.personal IS NOT NULL
                BEGIN INSERT OR IGNORE INTO names_to_open VALUES (NEW.id); END;
            CREATE TEMP TRIGGER IF NOT EXISTS names_of_changed_rows AFTER UPDATE OF personal ON main.consultations
                BEGIN
                    DELETE FROM head_names WHERE id = NEW.id;
                    INSERT OR IGNORE INTO names_to_open SELECT NEW.id WHERE NEW.personal IS NOT NULL;
                END;
            CREATE TEMP TRIGGER IF NOT EXISTS names_of_deleted_rows AFTER DELETE ON main.consultations
                BEGIN DELETE FROM head_names WHERE id = OLD.id; END;
            """
        )
        self.writes = 0  # the store's commits so far: with SQLite's data_version, "nothing changed since"
        self._generation = -1
        self._fresh_at: tuple[int, int, int] | None = None
        self._opened: list[tuple[str, bytes, str | None]] = []  # opened by ``name``, not in the cache yet

    def usable(self) -> bool:
        """False while locked; names opened under another key are dropped first."""
        if self.vault.generation != self._generation or self.vault.locked:
            self.db.execute("DELETE FROM temp.head_names")
            self._generation, self._fresh_at = self.vault.generation, None
        return not self.vault.locked

    def open_all(self) -> None:
        """Every blob not opened yet, or changed since, opened now (a text search needs all)."""
        if not self.usable():
            return
        state = (self._generation, self.writes, int(self.db.execute("PRAGMA data_version").fetchone()[0]))
        if state == self._fresh_at:
            return
        if self._fresh_at is not None and self._fresh_at[::2] == state[::2]:  # only this connection wrote
            stale = self.db.execute(  # CROSS JOIN: the few noted ids first, not a scan of every consultation
                "SELECT c.id, c.personal FROM temp.names_to_open t CROSS JOIN consultations c ON c.id = t.id "
                "WHERE c.personal IS NOT NULL"
            ).fetchall()
        else:
            stale = self.db.execute(
                f"SELECT c.id, c.personal FROM consultations c LEFT JOIN temp.head_names h ON h.id = c.id "
                f"WHERE c.personal IS NOT NULL AND h.nonce IS NOT substr(c.personal, 1, {NONCE_BYTES})"
            ).fetchall()
        self.db.execute("DELETE FROM temp.names_to_open")
        self.db.executemany(
            "INSERT OR REPLACE INTO temp.head_names VALUES (?, ?, ?)",
            [(record_id, blob[:NONCE_BYTES], self.vault.head_name(record_id, blob)) for record_id, blob in stale],
        )
        self._fresh_at = state

    def name(self, record_id: str, blob: bytes | None, seen: bytes | None, known: str | None) -> str | None:
        """The name for one row read with the cache joined in: ``seen`` (a nonce) and ``known``
        are what the cache held for it; opened when that is not this blob's, and kept for
        ``remember_opened`` (the cache cannot change under the query still reading it)."""
        if blob is None or self.vault.locked:
            return None
        if seen == blob[:NONCE_BYTES]:
            return known
        name = self.vault.head_name(record_id, blob)
        self._opened.append((record_id, blob[:NONCE_BYTES], name))
        return name

    def remember_opened(self) -> None:
        """The names ``name`` opened, into the cache."""
        self.db.executemany("INSERT OR REPLACE INTO temp.head_names VALUES (?, ?, ?)", self._opened)
        self._opened.clear()
