"""The one catalogue: every word the program says outside the window's own labels, key → zh / en.

One data module per area; codes that come from the core carry their area's prefix
("reason.payback", "problem.missing", "field.house.storeys"), the areas' own keys are used as
they are. A key in two areas is an error at import, so no area silently shadows another.
Placeholders are ``str.format`` fields; both languages use the same ones (tested).
"""

from __future__ import annotations

import string

from .cli import CLI
from .fields import FIELDS
from .problems import PROBLEMS
from .reasons import REASONS
from .records import RECORD_FIELDS, RECORD_PROBLEMS, RECORD_WORDS
from .selftest import SELFTEST_WORDS
from .sheet import SHEET
from .subsidies import SUBSIDIES


def _join(*areas: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    joined: dict[str, dict[str, str]] = {}
    for area in areas:
        repeated = joined.keys() & area.keys()
        if repeated:
            raise ValueError(f"wording keys defined twice: {sorted(repeated)}")
        joined |= area
    return joined


def _prefixed(prefix: str, area: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    return {f"{prefix}.{key}": entry for key, entry in area.items()}


CATALOGUE: dict[str, dict[str, str]] = _join(
    _prefixed("reason", REASONS),
    _prefixed("problem", PROBLEMS),
    _prefixed("field", FIELDS),
    CLI,
    SHEET,
    SUBSIDIES,
    _prefixed("problem", RECORD_PROBLEMS),
    _prefixed("field", RECORD_FIELDS),
    RECORD_WORDS,
    SELFTEST_WORDS,
)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
