"""The default case's comparison table from the last start, shown while the core loads.

Importing and validating the core takes longer than the window's first paint (half a second
more on a quiet two-core laptop, seconds on a busy one), yet the table the window opens with
changes only when the program, the data or the home county changes. So the window keeps the
table it showed for the default case in the cache folder and shows it at the next start, under
the same key: program version, the name, size and modification time of every data file a
comparison reads (the bundled packs, climate and county tables, the imported packs), home county
and language. The key is read without opening a file and without hashlib (hashing the files cost
3-8 ms on the way to the first results, importing hashlib, which loads OpenSSL, ~6 ms of CPU):
the stamps of the files are summed up by a CRC-32. Each entry carries the SHA-256 of the files'
bytes, which the window checks once the table is shown and before the core loads (``verified``):
a file rewritten with its size and time kept withdraws the table. The live comparison replaces
it as soon as the core is in (the same rows: tests/ui/test_first_results.py).

The file is hostile like any other: one not exactly as written (another format, a field of the
wrong type, unreadable) is ignored, and rewritten after the live results.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import get_type_hints

from heatadvisor import __version__
from heatadvisor.paths import cache_dir, packs_dir, resource
from heatadvisor.ui.results.table_cells import Row

FORMAT = 3  # of the file: another one is ignored (and replaced); 2: tables keep the close-call line; 3: data hash
BUNDLED_DATA = ("packs", "climate", "places")  # under resources/: what a comparison reads
KEPT = 4  # entries (home counties × languages), newest kept
ROW_FIELDS = get_type_hints(Row)
TABLE_FIELDS = {"summary", "rows", "years", "notice", "close_call"}
ENTRY_FIELDS = {"case", "table", "data"}


@dataclass(frozen=True)
class ShownTable:
    """What the comparison tab shows, worded: the live comparison gives one, the cache keeps one."""

    summary: str
    rows: list[Row]
    years: int
    notice: str
    close_call: str  # two options cost about the same: what each is like, a line each


def cache_file() -> Path:
    return cache_dir() / "first_results.json"


def data_files() -> Iterator[tuple[str, Path]]:
    """Every data file a comparison reads, by name below its folder, in a fixed order."""
    for folder in (*(resource(name) for name in BUNDLED_DATA), packs_dir()):
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            yield f"{folder.name}/{path.relative_to(folder).as_posix()}", path


def data_stamp() -> str:
    """CRC-32 of the names, sizes and modification times (ns) of the data files: what importing
    or replacing a pack changes, read from the folders alone."""
    stamps = []
    for name, path in data_files():
        stat = path.stat()
        stamps.append(f"{name}\0{stat.st_size}\0{stat.st_mtime_ns}")
    return format(zlib.crc32("\n".join(stamps).encode()), "08x")


def data_fingerprint() -> str:
    """SHA-256 over the names and bytes of every data file."""
    import hashlib  # after the first results are shown

    digest = hashlib.sha256()
    for name, path in data_files():
        digest.update(name.encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def cache_key(home_place: tuple[str, str], lang: str) -> str:
    return json.dumps([FORMAT, __version__, data_stamp(), *home_place, lang], ensure_ascii=False)


def read(key: str) -> tuple[dict, ShownTable, str] | None:
    """The case and its table kept under ``key``, and the fingerprint of the data they came from;
    None when there is none or the file is not exactly as this module writes it."""
    entry = _entries().get(key)
    return None if entry is None else _parsed(entry)


def verified(data: str) -> bool:
    """The data files hold the bytes a table kept with fingerprint ``data`` was computed from."""
    return data_fingerprint() == data


def keep(key: str, case: dict, table: ShownTable) -> None:
    """Keep ``table`` for ``case`` under ``key`` (replacing the file in one step); a folder that
    cannot be written (a write-protected stick) only costs the next start its head start."""
    entries = {k: v for k, v in _entries().items() if k != key}
    entries[key] = {"case": case, "table": asdict(table), "data": data_fingerprint()}
    path = cache_file()
    partial = path.with_name(path.name + ".partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(
            json.dumps({"format": FORMAT, "entries": dict(list(entries.items())[-KEPT:])}, ensure_ascii=False),
            encoding="utf-8",
        )
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)


def _entries() -> dict[str, dict]:
    """The file's entries, each still to be checked; none when the file is unreadable or not ours."""
    try:
        kept = json.loads(cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(kept, dict) or kept.get("format") != FORMAT or not isinstance(kept.get("entries"), dict):
        return {}
    return {key: entry for key, entry in kept["entries"].items() if isinstance(entry, dict)}


def _parsed(entry: dict) -> tuple[dict, ShownTable, str] | None:
    if set(entry) != ENTRY_FIELDS:
        return None
    case, table, data = entry["case"], entry["table"], entry["data"]
    if not isinstance(case, dict) or not isinstance(table, dict) or set(table) != TABLE_FIELDS:
        return None
    if not isinstance(data, str):
        return None
    rows = table["rows"]
    if not (
        all(isinstance(table[name], str) for name in ("summary", "notice", "close_call"))
        and type(table["years"]) is int
        and isinstance(rows, list)
        and all(_is_row(row) for row in rows)
    ):
        return None
    return (
        case,
        ShownTable(
            table["summary"], [Row(**row) for row in rows], table["years"], table["notice"], table["close_call"]
        ),
        data,
    )


def _is_row(row: object) -> bool:
    return (
        isinstance(row, dict)
        and set(row) == set(ROW_FIELDS)
        and all(type(row[name]) is kind for name, kind in ROW_FIELDS.items())
    )
