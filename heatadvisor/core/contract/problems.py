"""Field-level problems: the one way every input error reaches a user.

Pydantic's errors and the core's own checks (unknown place, a unit that does not fit the
heating system) both become (field, reason, message) triples; the views word the reason
in the user's language, so no caller ever sees a traceback for bad input.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

WHOLE_FILE = "(file)"  # the field of a problem with a case file itself (not JSON, not an object)


@dataclass(frozen=True)
class FieldProblem:
    field: str  # dotted path, e.g. "house.heated_area_m2" or "electricity.tiers.prices.2"
    reason: str  # pydantic error type or our own code, e.g. "greater_than", "unknown_place"
    message: str  # English detail, for logs and pack authors
    limit: str | None = None  # the bound or expected value, if any, for the worded message


def problems_from(exc: ValidationError) -> list[FieldProblem]:
    """Pydantic's errors as field problems."""
    out = []
    for err in exc.errors(include_url=False):
        ctx = err.get("ctx") or {}
        limit = next(
            (str(ctx[k]) for k in ("gt", "ge", "lt", "le", "max_length", "min_length", "expected") if k in ctx), None
        )
        out.append(FieldProblem(".".join(str(p) for p in err["loc"]), err["type"], err["msg"], limit))
    return out


class InputError(ValueError):
    """Input that cannot be compared, with every problem found."""

    def __init__(self, problems: list[FieldProblem]):
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems[:20]))
