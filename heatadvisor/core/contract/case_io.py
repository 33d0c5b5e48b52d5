"""Read a case from JSON (a file, the CLI, a saved consultation) into a validated Case.

Every way input can be wrong comes back as field problems (InputError), never as another
exception: malformed JSON, NaN or Infinity, wrong types, out-of-range values, and numbers
typed with full-width digits (１２０), which a Chinese input method produces easily and
which look right but are not what the resident meant to type as text.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from pydantic import ValidationError

from .case import Case
from .problems import WHOLE_FILE, FieldProblem, InputError, problems_from

FULL_WIDTH_DIGITS = frozenset("０１２３４５６７８９．")


def _worth_a_look(value: Any) -> bool:
    return isinstance(value, (dict, list)) or (isinstance(value, str) and not FULL_WIDTH_DIGITS.isdisjoint(value))


def _full_width_numbers(data: Any, path: str = "") -> list[FieldProblem]:
    """Strings made of digits where any digit is full-width: say so instead of guessing.

    Only containers and strings with a full-width character go on the stack (a path is built
    for those alone); the order they come off it, and so the order of the problems, is that of
    a walk over every value."""
    found: list[FieldProblem] = []
    stack: list[tuple[Any, str]] = [(data, path)] if _worth_a_look(data) else []
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            stripped = item.strip().replace(",", "").replace("，", "")
            if stripped and all(c.isdigit() or c in "．.-－" for c in stripped):
                found.append(FieldProblem(where, "full_width_digits", f"full-width digits in {item!r}"))
            continue
        children = item.items() if isinstance(item, dict) else enumerate(item)
        for k, v in children:
            if _worth_a_look(v):
                stack.append((v, f"{where}.{k}" if where or not isinstance(item, dict) else str(k)))
    return found


def case_from_data(data: Any) -> Case:
    problems = _full_width_numbers(data)
    try:
        case = Case.model_validate(data)
    except ValidationError as exc:
        flagged = {p.field for p in problems}
        problems += [p for p in problems_from(exc) if p.field not in flagged]
        raise InputError(_named(problems)) from None
    if problems:
        raise InputError(_named(problems))
    return case


def _named(problems: list[FieldProblem]) -> list[FieldProblem]:
    """A problem at the top of the document (not an object, a key with no name) is the file's."""
    return [p if p.field else replace(p, field=WHOLE_FILE) for p in problems]


def case_from_json(text: str) -> Case:
    try:
        data = json.loads(text)  # NaN/Infinity parse, then fail validation at their field
    except (ValueError, RecursionError) as exc:
        raise InputError([FieldProblem(WHOLE_FILE, "json_invalid", str(exc))]) from None
    return case_from_data(data)
