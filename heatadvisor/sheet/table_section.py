"""The sheet's comparison table, as worded data: which options it shows, their cells, and the
note under it saying how to read it and which options were left out of the ranking, and why.
No Qt (tested without a display); ``content.build_sheet`` puts it on the sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from heatadvisor.core.contract.results import CodedReason
from heatadvisor.wording import COMPARISON_COLUMNS, option_name, reason_text, word

if TYPE_CHECKING:
    from heatadvisor.core.contract.results import Comparison, OptionResult

    from .content import Limits

Cell = tuple[str, str]
"""(main figure, its range in small type below; "" when there is none)."""


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    recommended_row: int | None
    current_row: int


def capitalised(text: str) -> str:
    """A clause made to start a sentence (English clauses start lower case; Chinese is unchanged)."""
    return text[:1].upper() + text[1:]


def money(value: float) -> str:
    return f"{value:,.0f}"


def money_cell(low: float, typ: float, high: float) -> Cell:
    return money(typ), (f"{money(low)}–{money(high)}" if money(low) != money(high) else "")


def payback_cell(option: OptionResult, lang: str) -> Cell:
    if option.is_current:
        return "—", ""
    low, typ, high = option.payback_years
    if typ is None:
        return word("never", lang), ""
    ends = [f"{v:.0f}" if v is not None else word("never", lang) for v in (low, high)]
    return f"{typ:.1f}", (f"{ends[0]}–{ends[1]}" if ends[0] != ends[1] else "")


def shown_options(comparison: Comparison, limits: Limits) -> list[OptionResult]:
    """The best ``limits.options`` by rank, always including the recommended one and those that
    may be cheaper once their price is asked (``Comparison.maybe_cheaper``), in rank order."""
    best = comparison.recommended_option()
    cheaper = comparison.maybe_cheaper()
    must = [o for o in comparison.options if o is best or o in cheaper]
    rest = [o for o in comparison.options if o not in must][: max(limits.options - len(must), 0)]
    return [o for o in comparison.options if o in must or o in rest]


def build_table(comparison: Comparison, options: list[OptionResult], lang: str) -> Table:
    columns = tuple(word(k, lang, years=comparison.horizon_years) for k in COMPARISON_COLUMNS)
    rows = []
    advised_keys = comparison.advised_keys()
    for option in [*options, comparison.current]:
        label = option_name(option, lang)
        if option.is_current:
            label = word("row.current", lang, name=label)
        elif option.key in advised_keys:
            label = word("row.recommended", lang, name=label)
        check = option.unverified if option.key in advised_keys else []
        rows.append(
            (
                (label, word("price_to_verify", lang) if check else ""),
                money_cell(*option.running_cost),
                money_cell(*option.capital_cost),
                money_cell(*option.net_capital),
                payback_cell(option, lang),
                money_cell(*option.horizon_cost),
                (f"{option.co2_kg / 1000:.1f}", ""),
            )
        )
    best = next((i for i, o in enumerate(options) if o.key == comparison.recommended), None)
    return Table(columns, tuple(rows), best, len(options))


def table_note(comparison: Comparison, lang: str) -> str:
    """How to read the table, what is ranked, and the options left out of the ranking with why."""
    sep = "、" if lang == "zh" else ", "
    lines = [word("table.note", lang, years=comparison.horizon_years)]
    for group in ("price_to_check", "transitional", "not_clean", "banned"):
        names = [option_name(o, lang) for o in comparison.options if o.group == group]
        if names:
            lines.append(word(f"table.{group}", lang, names=sep.join(names)))
    if comparison.current.banned:
        lines.append(word("table.banned_now", lang, name=option_name(comparison.current, lang)))
    lacking: dict[str, list[str]] = {}
    for option in comparison.options:
        if option.group == "needs_infrastructure":
            lacking.setdefault(option.missing[0], []).append(option_name(option, lang))
    for need, names in lacking.items():
        why = reason_text(CodedReason(code=f"village_lacks_{need}"), lang)
        lines.append(word("table.lacks", lang, why=capitalised(why), names=sep.join(names)))
    return ("" if lang == "zh" else " ").join(lines)
