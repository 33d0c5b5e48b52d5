"""Plain words for the core's codes (reasons, input problems, field names), in zh and en."""

from __future__ import annotations

import re

from ..core.contract.problems import FieldProblem
from ..core.contract.results import CodedReason
from .catalogue import FIELDS, PROBLEMS, REASONS, WORDS

LANGS = ("zh", "en")
_INDEX = re.compile(r"\.\d+(?=\.|$)")


class _Blank(dict[str, object]):
    """Missing values print as '?' instead of raising, so a view never crashes on wording."""

    def __missing__(self, key: str) -> str:
        return "?"


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "zh"


def word(key: str, lang: str = "zh", **values: object) -> str:
    return WORDS[key][_lang(lang)].format_map(_Blank(values))


def reason_text(reason: CodedReason, lang: str = "zh") -> str:
    entry = REASONS.get(reason.code)
    if entry is None:
        return reason.code
    values = {k: (v if v is not None else "?") for k, v in reason.values.items()}
    try:
        return entry[_lang(lang)].format_map(_Blank(values))
    except (ValueError, TypeError):  # a '?' where a number was expected
        return entry[_lang(lang)].split("{")[0].rstrip("：: ")


def field_label(field: str, lang: str = "zh") -> str:
    """Label of a dotted field path; list indices are dropped ("options.2.price_yuan")."""
    key = _INDEX.sub("", field)
    while key:
        if key in FIELDS:
            return FIELDS[key][_lang(lang)]
        key = key.rpartition(".")[0]
    return field


def problem_text(problem: FieldProblem, lang: str = "zh") -> str:
    """What is wrong, without the field name (a form shows it next to the field)."""
    entry = PROBLEMS.get(problem.reason, PROBLEMS["value_error"])
    return entry[_lang(lang)].format_map(_Blank({"limit": problem.limit or ""}))


def problem_line(problem: FieldProblem, lang: str = "zh") -> str:
    return word("problem_line", lang, field=field_label(problem.field, lang), text=problem_text(problem, lang))
