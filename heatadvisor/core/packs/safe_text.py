"""Text, ids and versions a pack from outside may contain.

A pack's strings end up in a terminal, a window and a printed sheet, and its id and version
become a folder and a file name. So text carries no control characters or bidi overrides
(which would let a title hide or reorder what is printed next to it), an id is only a
lower-case name that no system reads as a path or device, and a version is the project's
``YYYY.M`` (optionally ``.patch``), no later than next year, so a made-up far-future
version cannot shadow every later official pack.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Annotated

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

# C0 and C1 controls, DEL, line/paragraph separators, bidi marks, embeddings, overrides, isolates
_UNSAFE_CHARS = r"\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[{_UNSAFE_CHARS}]")
_WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)

ID_PATTERN = r"^[a-z0-9]+([._-][a-z0-9]+)*$"
VERSION_PATTERN = r"^20\d\d\.([1-9]|1[0-2])(\.(0|[1-9]\d{0,2}))?$"
_ID = re.compile(ID_PATTERN)
_VERSION = re.compile(VERSION_PATTERN)


def _plain(text: str) -> str:
    if _UNSAFE.search(text):
        raise PydanticCustomError("unsafe_text", "contains control or text-direction characters")
    return text


def _safe_id(name: str) -> str:
    if not _ID.match(name) or name.split(".")[0] in _WINDOWS_DEVICES:
        raise PydanticCustomError("unsafe_id", "use 2 to 60 lower-case letters and digits joined by . _ or -")
    return name


def _pack_version(version: str) -> str:
    if not _VERSION.match(version):
        raise PydanticCustomError("bad_version", "write the version as year.month, e.g. 2026.11 or 2026.11.1")
    latest = datetime.date.today().year + 1
    if int(version.split(".")[0]) > latest:
        raise PydanticCustomError("version_too_new", "the year may not be later than {le}", {"le": latest})
    return version


def _checked(
    check: Callable[[str], str], pattern: str, min_length: int | None = None, max_length: int | None = None
) -> tuple[AfterValidator, object]:
    """A string check with its own reason code, and the same rule as a JSON Schema pattern."""
    return AfterValidator(check), Field(
        json_schema_extra={"pattern": pattern}, min_length=min_length, max_length=max_length
    )


PlainText = Annotated[str, *_checked(_plain, f"^[^{_UNSAFE_CHARS}]*$")]
"""Any text of a pack: printable, one line, no direction overrides."""

SafeId = Annotated[str, *_checked(_safe_id, ID_PATTERN, min_length=2, max_length=60)]
"""An id that may become a folder or file name: lower-case words joined by ``.``, ``_`` or ``-``."""

PackVersion = Annotated[str, *_checked(_pack_version, VERSION_PATTERN)]
"""e.g. 2026.11 or 2026.11.1, no later than next year."""


def printable(text: str) -> str:
    """``text`` with every unsafe character shown as an escape, for printing what a file
    says (a path, an old stored title) before or without validating it."""
    return _UNSAFE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)
