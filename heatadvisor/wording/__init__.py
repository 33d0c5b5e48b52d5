"""Every word the program says outside the window's own labels, in zh and en: the core's reason
and problem codes, field names, subsidy results, the sheet and the CLI.

One catalogue (``catalogue.py``, a data module per area) and one function, ``word``, that
fills its entries, for every caller. The window's widget labels are Qt's: ``tr()`` with
``resources/translations/*.ts``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from ..core.contract.problems import FieldProblem
from ..core.contract.results import CodedReason, Comparison, OptionResult
from .catalogue import CATALOGUE

Lang = Literal["zh", "en"]
LANGS = ("zh", "en")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
COMPARISON_COLUMNS = (
    "col.option",
    "col.running",
    "col.capital",
    "col.net_capital",
    "col.payback",
    "col.horizon_cost",
    "col.co2",
)  # a comparison table's columns, as the sheet and the command line head them
_INDEX = re.compile(r"\.\d+(?=\.|$)")


class _Blank(dict[str, object]):
    """Missing values print as '?' instead of raising, so a view never crashes on wording."""

    def __missing__(self, key: str) -> str:
        return "?"


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "zh"


def word(key: str, lang: str = "zh", **values: object) -> str:
    """The entry for ``key`` in ``lang`` (Chinese unless English is asked for), placeholders filled.

    Never raises: an unknown key shows as itself, a missing or None value as '?', and a '?' where
    a number was expected cuts the text before its first placeholder.
    """
    entry = CATALOGUE.get(key)
    if entry is None:
        return key
    text = entry[_lang(lang)]
    shown = {name: "?" if value is None else value for name, value in values.items()}
    try:
        return text.format_map(_Blank(shown))
    except (ValueError, TypeError):
        return text.split("{")[0].rstrip("：: ")


def reason_text(reason: CodedReason, lang: str = "zh") -> str:
    key = f"reason.{reason.code}"
    return word(key, lang, **reason.values) if key in CATALOGUE else reason.code


def option_name(option: OptionResult, lang: str = "zh") -> str:
    return option.name_en if lang == "en" else option.name_zh


def advised(comparison: Comparison, lang: str = "zh") -> str:
    """What is advised, by name: the recommended option, or both options of a close call; one whose
    season's cost rests on our estimate of a price is never advised outright ("价格要先问清")."""
    names = [
        word("advice.ask_price", lang, name=option_name(o, lang)) if "running" in o.unverified else option_name(o, lang)
        for key in comparison.advised_keys()
        for o in comparison.options
        if o.key == key
    ]
    if len(names) < 2:
        return "".join(names)
    return word("advice.pair", lang, first=names[0], second=names[1])


def close_call_lines(comparison: Comparison, lang: str = "zh") -> list[str]:
    """A close call's two options, one line each, with what using it is like ("名字：…；…");
    none without a close call."""
    call = comparison.close_call
    if call is None:
        return []
    options = {o.key: o for o in comparison.options}
    return [
        word(
            "why",
            lang,
            name=option_name(options[key], lang),
            reasons=word("sep.clauses", lang).join(reason_text(r, lang) for r in daily),
        )
        for key, daily in zip(call.keys, call.daily)
    ]


def field_label(field: str, lang: str = "zh") -> str:
    """Label of a dotted field path; list indices are dropped ("options.2.price_yuan")."""
    key = _INDEX.sub("", field)
    while key:
        if f"field.{key}" in CATALOGUE:
            return word(f"field.{key}", lang)
        key = key.rpartition(".")[0]
    return field


def problem_text(problem: FieldProblem, lang: str = "zh") -> str:
    """What is wrong, without the field name (a form shows it next to the field)."""
    key = f"problem.{problem.reason}"
    return word(key if key in CATALOGUE else "problem.value_error", lang, limit=problem.limit or "")


def problem_line(problem: FieldProblem, lang: str = "zh") -> str:
    return word("problem_line", lang, field=field_label(problem.field, lang), text=problem_text(problem, lang))


def month(number: int, lang: str) -> str | int:
    return MONTHS_EN[number - 1] if lang == "en" else number


def date_text(day: date, lang: str) -> str:
    return word("date", lang, year=day.year, month=month(day.month, lang), day=day.day)
