"""Read one pack file and validate it completely, or say precisely why not.

A pack may come from a USB stick, so it is treated as hostile: size and nesting are
bounded before parsing, NaN/Infinity literals are refused, and every failure becomes a
:class:`PackError` naming the file, the field and the reason — never another exception.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from ..contract.problems import FieldProblem, problems_from

MAX_PACK_BYTES = 2_000_000
MAX_DEPTH = 24

M = TypeVar("M", bound=BaseModel)


class PackError(Exception):
    """A pack that cannot be used, with every problem found."""

    def __init__(self, file: str, problems: list[FieldProblem]):
        self.file = file
        self.problems = problems
        lines = "; ".join(f"{p.field or '(file)'}: {p.message}" for p in problems[:20])
        super().__init__(f"{file}: {lines}")


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number a pack may contain")


def _depth(value: object) -> int:
    """Nesting depth, iteratively (a hostile file must not exhaust the stack)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest


def parse_pack_text(text: str, model: type[M], file: str) -> M:
    """Validate pack JSON text against ``model``."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_PACK_BYTES:
        raise PackError(file, [FieldProblem("", "too_large", f"larger than {MAX_PACK_BYTES} bytes")])
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise PackError(file, [FieldProblem("", "too_deep", "nested too deeply")]) from None
    except ValueError as exc:
        raise PackError(file, [FieldProblem("", "invalid_json", str(exc))]) from None
    if _depth(data) > MAX_DEPTH:
        raise PackError(file, [FieldProblem("", "too_deep", f"nested deeper than {MAX_DEPTH} levels")])
    try:  # strict: a pack that says "0.5" where a number belongs is wrong, not coerced
        return model.model_validate_json(text, strict=True)
    except ValidationError as exc:
        raise PackError(file, problems_from(exc)) from None


def load_pack(path: Path, model: type[M]) -> M:
    """Read and validate one pack file."""
    try:
        size = path.stat().st_size
        if size > MAX_PACK_BYTES:
            raise PackError(str(path), [FieldProblem("", "too_large", f"{size} bytes, more than {MAX_PACK_BYTES}")])
        text = path.read_text(encoding="utf-8")
    except PackError:
        raise
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(str(path), [FieldProblem("", "unreadable", str(exc))]) from None
    return parse_pack_text(text, model, str(path))
