"""Subsidy results in words: codes among the values are worded, lists joined, dates said at
their own precision, then the catalogue's entry is filled."""

from __future__ import annotations

import re

from heatadvisor.core.subsidies.dates import span
from heatadvisor.core.subsidies.results import (
    Decision,
    Money,
    ProgrammeResult,
    Reason,
    Value,
)

from . import Lang, month, word
from .catalogue import CATALOGUE, placeholders

_DATE_KEYS = frozenset({"valid_from", "valid_until", "start", "end", "on", "date"})
_CODED = ("tech.", "low_income.", "date_kind.", "question.", "document.", "caution.", "apply_at.")  # codes among values


def say_date(text: str | None, lang: Lang) -> str:
    """A partial date at its own precision: 2024年下半年 / 2nd half of 2024."""
    if text is None:
        return word("value.not_stated", lang)
    first, _last, precision = span(text)
    key = {
        "day": "when.day",
        "month": "when.month",
        "quarter": "when.quarter",
        "half": f"when.half.{1 if first.month == 1 else 2}",
    }.get(precision, "when.year")
    named = month(first.month, lang) if precision == "month" else first.month  # "May 2024", but 2024-05-01
    return word(key, lang, year=first.year, month=named, day=first.day, quarter=(first.month + 2) // 3)


def _value(key: str, value: Value | dict[str, str | None], lang: Lang) -> str:
    if key in _DATE_KEYS and (value is None or isinstance(value, str)):
        return say_date(value, lang)
    if value is None:
        return word("value.unknown", lang)
    if isinstance(value, dict):  # a programme's name in both languages
        return value.get(lang) or value.get("zh") or ""
    if isinstance(value, list):
        separator = word("sep.clauses" if key == "cautions" else "sep.items", lang)
        return separator.join(_value(key, item, lang) for item in value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, str):
        for prefix in _CODED:
            if prefix + value in CATALOGUE:
                return word(prefix + value, lang)
    return str(value)


def say(key: str, lang: Lang, **values: Value) -> str:
    """A catalogue entry with its placeholders filled (lists joined, codes worded, a value not given left out)."""
    names = placeholders(CATALOGUE[key][lang]) if key in CATALOGUE else set()
    filled = word(key, lang, **{name: _value(name, values[name], lang) if name in values else "" for name in names})
    return re.sub(r"\s{2,}", " ", filled).replace("( ", "(").replace(" )", ")").strip()


def say_money(amount: Money, lang: Lang) -> str:
    """An amount: one figure when it does not depend on the final price, else its range."""
    if amount.low == amount.high:
        return say("label.yuan", lang, yuan=amount.typ)
    return say("label.yuan_range", lang, low=amount.low, typ=amount.typ, high=amount.high)


def say_amount(result: ProgrammeResult, lang: Lang) -> str | None:
    """The programme's amount line ("up to" when the amount is a ceiling); None without an amount."""
    if result.amount is None:
        return None
    key = "label.amount_up_to" if result.amount_up_to else "label.amount"
    return say(key, lang, amount=say_money(result.amount, lang))


def say_reason(reason: Reason, lang: Lang) -> str:
    return say(f"condition.{reason.code}.{reason.outcome}", lang, **reason.values)


def say_decision(decision: Decision, lang: Lang) -> str:
    return say(f"decision.{decision.code}", lang, programmes=decision.programmes, **decision.values)
