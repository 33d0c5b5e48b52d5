"""A comparison as a plain-text table that lines up in a terminal, Chinese included."""

from __future__ import annotations

import unicodedata

from ..core.contract.results import Comparison, OptionResult
from ..wording import COMPARISON_COLUMNS, advised, close_call_lines, option_name, reason_text, word

COLUMNS = ("col.rank", *COMPARISON_COLUMNS)


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, cells: int) -> str:
    return text + " " * max(cells - width(text), 0)


def span(r: tuple[float, float, float]) -> str:
    low, typ, high = r
    if abs(high - low) < 0.5:
        return f"{typ:,.0f}"
    return f"{typ:,.0f} ({low:,.0f}–{high:,.0f})"


def payback(option: OptionResult, lang: str) -> str:
    if option.is_current:
        return "–"
    typ = option.payback_years[1]
    return word("never", lang) if typ is None else f"{typ:.1f}"


name = option_name


def row(option: OptionResult, lang: str, label: str) -> list[str]:
    return [
        label,
        name(option, lang),
        span(option.running_cost),
        span(option.capital_cost),
        span(option.net_capital),
        payback(option, lang),
        span(option.horizon_cost),
        f"{option.co2_kg / 1000:.1f}",
    ]


def render(result: Comparison, lang: str = "zh") -> str:
    p = result.place
    sep = word("sep.clauses", lang)
    lines = [
        (
            f"{word('place', lang)}: {p.province_en if lang == 'en' else p.province} "
            f"{p.county_en if lang == 'en' else p.county}    {word('station', lang)}: "
            f"{p.station_name_zh if lang == 'zh' else p.station_name_en}, {p.distance_km:.0f} km"
        ),
        (
            f"{word('demand', lang)}: {result.demand.used_kwh:,.0f} {word('unit.kwh', lang)} "
            f"({word('demand.' + result.demand.source, lang)})"
        ),
        *(f"!! {reason_text(n, lang)}" for n in result.notices),  # ask for, or check, last winter's figure first
        "",
    ]
    rows = [
        [word(c, lang, years=result.horizon_years) for c in COLUMNS],
        row(result.current, lang, word("current", lang)),
    ]
    rows += [row(o, lang, str(o.rank)) for o in result.options]
    widths = [max(width(r[i]) for r in rows) for i in range(len(COLUMNS))]
    table = ["  ".join(pad(c, w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines += table[:2]
    group = None
    for option, text in zip(result.options, table[2:]):
        if option.group != group:  # each group under its title: what is ranked, and why the rest is not advised
            group = option.group
            lines.append(f"  [{word(f'group.{group}', lang, years=result.horizon_years)}]")
        lines.append(text)
    lines.append("")
    if result.recommended is not None:
        lines.append(f"{word('recommended', lang)}: {advised(result, lang)}")
    lines += [f"  - {reason_text(r, lang)}" for r in result.reasons]
    lines += [f"      {line}" for line in close_call_lines(result, lang)]  # a close call: what differs in daily life
    for option in [result.current, *result.options]:
        texts = [reason_text(r, lang) for r in option.reasons]
        if texts:
            lines.append(f"{name(option, lang)}: " + sep.join(texts))
    lines += ["", *(f"* {reason_text(r, lang)}" for r in result.assumptions)]
    return "\n".join(lines)
