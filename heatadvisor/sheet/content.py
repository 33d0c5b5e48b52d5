"""What the advice sheet says, as plain worded data: no Qt, so it is tested without a display.

``build_sheet`` turns the core's Comparison and the consultation's context into sections of
strings; the renderer only places them. ``Limits`` are the rules for fitting two A4 pages
(fewer options in the table, fewer reasons, subsidies compacted); the renderer tries
``LEVELS`` in order until the sheet fits. Privacy is decided here, once: the resident's name,
phone and village reach the sheet only through ``SheetContext.from_case(consent=True)``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from heatadvisor import __version__
from heatadvisor.core.contract.typical_year import month_day
from heatadvisor.wording import advised, close_call_lines, date_text, field_label, month, option_name, reason_text, word

from . import subsidy_section
from .table_section import Table, build_table, capitalised, money, shown_options, table_note

if TYPE_CHECKING:
    from heatadvisor.core.contract.case import Case
    from heatadvisor.core.contract.results import Comparison, OptionResult
    from heatadvisor.wording import Lang


WARNING_CODES = ("supply_exceeded", "supply_tight", "undersized", "oversized")
CHART_LINES = 3  # the best few options beside today's heating; more lines are unreadable on paper
DEFAULT_COP = 3.0  # what the info box says when the comparison holds no heat pump


@dataclass(frozen=True)
class Limits:
    """How much of the comparison one fitting level shows."""

    options: int  # rows in the table besides today's heating
    why_for: int  # options whose reasons are listed
    reasons_each: int
    subsidies_full: int  # programmes shown with conditions and what to confirm
    subsidies_listed: int  # programmes shown at all (the rest are counted)
    chart_height: float  # points


LEVELS = (
    Limits(options=6, why_for=3, reasons_each=2, subsidies_full=4, subsidies_listed=8, chart_height=215),
    Limits(options=5, why_for=3, reasons_each=2, subsidies_full=2, subsidies_listed=8, chart_height=195),
    Limits(options=4, why_for=2, reasons_each=2, subsidies_full=0, subsidies_listed=8, chart_height=180),
    Limits(options=3, why_for=1, reasons_each=1, subsidies_full=0, subsidies_listed=4, chart_height=170),
)


@dataclass(frozen=True)
class HouseFacts:
    area_m2: float
    storeys: int
    wall: str
    windows: str


@dataclass(frozen=True)
class SheetContext:
    """Who prints the sheet, for whom, and in which language."""

    lang: str = "zh"
    service_point: str = ""
    staff: str = ""
    day: date = field(default_factory=date.today)
    number: str = ""
    resident_name: str | None = None
    resident_phone: str | None = None
    village: str | None = None
    house: HouseFacts | None = None

    @classmethod
    def from_case(
        cls,
        case: Case,
        *,
        consent: bool,
        lang: str = "zh",
        service_point: str = "",
        staff: str = "",
        day: date | None = None,
        number: str = "",
    ) -> SheetContext:
        """The context of one consultation. Without the resident's consent (PIPL) nothing that
        identifies the household is kept; ID and bank numbers are never taken from the case."""
        house = case.house
        return cls(
            lang=lang,
            service_point=service_point,
            staff=staff,
            day=day or date.today(),
            number=number,
            resident_name=case.household.name if consent else None,
            resident_phone=case.household.phone if consent else None,
            village=case.location.village if consent else None,
            house=HouseFacts(house.heated_area_m2, house.storeys, house.wall.value, house.windows.value),
        )


def consultation_number(day: date, seed: str) -> str:
    """A stable number for a consultation: its date and a short digest of the case."""
    return f"{day:%Y%m%d}-{hashlib.sha1(seed.encode('utf-8')).hexdigest()[:4].upper()}"


@dataclass(frozen=True)
class PaybackChart:
    x_title: str
    y_title: str
    mark_name: str
    years: tuple[float, ...]
    reference: tuple[str, tuple[float, ...]]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    note: str


@dataclass(frozen=True)
class Sheet:
    lang: str
    title: str
    headings: dict[str, str]
    header: tuple[tuple[str, str], ...]
    household: str
    recommendation: str
    why: tuple[str, ...]
    table: Table
    table_note: str
    chart: PaybackChart
    subsidies: subsidy_section.Section
    info: tuple[tuple[str, str], ...]
    assumptions: tuple[str, ...]
    signatures: tuple[str, ...]
    app: str
    number: str
    limits: Limits


name = option_name


def _recommendation(comparison: Comparison, lang: str) -> str:
    best = comparison.recommended_option()
    if best is None:
        why = word("sep.clauses", lang).join(reason_text(r, lang) for r in comparison.reasons)
        return word("rec.keep", lang) + why
    text = word("rec.lead", lang, name=advised(comparison, lang))
    if comparison.close_call is None:
        text += _season_and_payback(comparison.current, best, lang)
    else:  # the two cost about the same: what each is like to live with, not one's figures
        close = next(r for r in comparison.reasons if r.code == "close_call")
        stop, between = word("full_stop", lang), "" if lang == "zh" else " "
        text += between.join(
            capitalised(line) + stop for line in [reason_text(close, lang), *close_call_lines(comparison, lang)]
        )
    for maybe in (r for r in comparison.reasons if r.code == "maybe_cheaper_ask_price"):  # an option on a guessed price
        names = word("sep.items", lang).join(name(o, lang) for o in comparison.maybe_cheaper())
        yuan = money(float(maybe.values["yuan"] or 0))
        text += word("rec.maybe_cheaper", lang, names=names, years=comparison.horizon_years, yuan=yuan)
    gap = (
        comparison.current.horizon_cost[1] - best.horizon_cost[1]
    )  # replacements count: the season's saving may not last
    horizon = comparison.horizon_years
    return text + word(
        "rec.horizon_less" if gap >= 0 else "rec.horizon_more", lang, years=horizon, yuan=money(abs(gap))
    )


def _season_and_payback(current: OptionResult, best: OptionResult, lang: str) -> str:
    saving = current.running_cost[1] - best.running_cost[1]
    if saving >= 0:
        text = word("rec.less", lang, running=money(best.running_cost[1]), saving=money(saving))
    else:
        text = word("rec.more", lang, running=money(best.running_cost[1]), extra=money(-saving))
    years = best.payback_years[1]
    if years is None:
        return text + word("rec.payback_never", lang, net=money(best.net_capital[1]))
    return text + word("rec.payback", lang, net=money(best.net_capital[1]), years=f"{years:.1f}")


def _why(options: list[OptionResult], limits: Limits, lang: str) -> tuple[str, ...]:
    """Each top option's warnings (supply, sizing) and its first reasons, in one line."""
    lines = []
    for option in options[: limits.why_for]:
        warnings = [r for r in option.reasons if r.code in WARNING_CODES]
        others = [r for r in option.reasons if r.code not in WARNING_CODES][: limits.reasons_each]
        reasons = word("sep.clauses", lang).join(reason_text(r, lang) for r in [*warnings, *others])
        if reasons:
            lines.append(word("why", lang, name=name(option, lang), reasons=reasons))
    return tuple(lines)


def _season_day(text: str, lang: str) -> str:
    m, d = month_day(text)
    return f"{m}月{d}日" if lang == "zh" else f"{d} {month(m, lang)}"


def _household(comparison: Comparison, ctx: SheetContext) -> str:
    lang, place, current = ctx.lang, comparison.place, comparison.current
    names = (place.province_en, place.county_en) if lang == "en" else (place.province, place.county)
    where = " ".join(p for p in (*names, ctx.village) if p)
    text = word("house.place", lang, place=where)
    if ctx.house is not None:
        text += word(
            "house.body",
            lang,
            area=f"{ctx.house.area_m2:.0f}",
            storeys=ctx.house.storeys,
            wall=word(f"wall.{ctx.house.wall}", lang),
            windows=word(f"windows.{ctx.house.windows}", lang),
        )
    else:
        text += "。" if lang == "zh" else ". "
    text += word(
        "house.current",
        lang,
        current=name(current, lang),
        start=_season_day(place.season_start, lang),
        end=_season_day(place.season_end, lang),
        days=f"{place.season_days:.0f}",
        cost=money(current.running_cost[1]),
    )
    if comparison.village_has:
        labels = [field_label(f"village.{k}", lang) for k in comparison.village_has]
        items = "、".join(labels) if lang == "zh" else ", ".join(label.lower() for label in labels)
        text += word("house.village", lang, items=items)
    demand = comparison.demand
    source = word(f"demand.{demand.source}", lang)
    if demand.source == "model" and demand.habit is not None:
        source += word("house.habit", lang, habit=word(f"habit.{demand.habit}", lang))
    text += word("house.demand", lang, source=capitalised(source), heat=money(demand.used_kwh))
    for notice in comparison.notices:  # an estimate far from what households here use, or a figure not yet checked
        key = "house.model_alone" if notice.code.startswith("estimate_") else "house.unchecked"
        text += word(key, lang, why=reason_text(notice, lang))
    return text


def _chart(comparison: Comparison, options: list[OptionResult], lang: str) -> PaybackChart:
    current = comparison.current
    return PaybackChart(
        x_title=word("chart.x", lang),
        y_title=word("chart.y", lang),
        mark_name=word("chart.mark", lang),
        years=tuple(float(y) for y in range(len(current.cumulative_cost))),
        reference=(word("chart.current", lang, name=name(current, lang)), tuple(current.cumulative_cost)),
        series=tuple((name(o, lang), tuple(o.cumulative_cost)) for o in options[:CHART_LINES]),
        note=word("chart.note", lang),
    )


def heat_pump(comparison: Comparison) -> OptionResult | None:
    """The heat pump the sheet and poster speak of: the recommended one, else the best ranked."""
    best = comparison.recommended_option()
    if best is not None and best.heat_pump is not None:
        return best
    return next((o for o in comparison.options if o.heat_pump is not None), None)


def _info(comparison: Comparison, lang: str) -> tuple[tuple[str, str], ...]:
    pump = heat_pump(comparison)
    cop = pump.heat_pump.seasonal_cop if pump is not None and pump.heat_pump is not None else DEFAULT_COP
    return tuple(
        (
            word(f"info.{k}.h", lang),
            word(f"info.{k}", lang, cop=f"{cop:.1f}") if k == "cop" else word(f"info.{k}", lang),
        )
        for k in ("cop", "co", "claim", "order", "tips")
    )


def _price(option: OptionResult, lang: str) -> str | None:
    """The price the comparison used, as cost over quantity (an average for tiered electricity)."""
    quantity = option.fuel_quantity[1]
    if quantity <= 0:
        return None
    key = "as.price_avg" if option.fuel == "electricity" else "as.price"
    price = option.running_cost[1] / quantity
    return word(
        key,
        lang,
        name=name(option, lang),
        fuel=word(f"fuel.{option.fuel}", lang),
        price=f"{price:,.0f}" if price >= 100 else f"{price:.2f}",
        unit=word(f"unit.{option.fuel_unit}", lang),
    )


def _packs(comparison: Comparison, extra: dict[str, str], lang: str) -> str:
    by_version: dict[str, list[str]] = {}
    for pack_id, version in {**comparison.packs, **extra}.items():
        by_version.setdefault(version, []).append(pack_id)
    return word("sep.clauses", lang).join(
        word("as.pack_group", lang, version=version, count=len(ids)) for version, ids in sorted(by_version.items())
    )


def _assumptions(
    comparison: Comparison, best: OptionResult | None, policy_packs: dict[str, str], lang: str
) -> tuple[str, ...]:
    prices: list[str] = []
    for option in (comparison.current, best):
        text = None if option is None else _price(option, lang)
        if text and text not in prices:
            prices.append(text)
    place = comparison.place
    return (
        word("as.prices", lang, prices=word("sep.clauses", lang).join(prices)),
        word(
            "as.weather",
            lang,
            station=place.station_name_zh if lang == "zh" else place.station_name_en,
            design=f"{place.design_temp_c:.0f}",
        ),
        *(capitalised(reason_text(r, lang)) + word("full_stop", lang) for r in comparison.assumptions),
        word("as.packs", lang, app=__version__, packs=_packs(comparison, policy_packs, lang), date=comparison.on_date),
        word("as.estimate", lang),
    )


def _header(ctx: SheetContext) -> tuple[tuple[str, str], ...]:
    lang, blank = ctx.lang, word("blank", ctx.lang)
    rows = [
        (word("header.service_point", lang), ctx.service_point or blank),
        (word("header.staff", lang), ctx.staff or blank),
        (word("header.date", lang), date_text(ctx.day, lang)),
        (word("header.number", lang), ctx.number or blank),
    ]
    for key, value in (("resident", ctx.resident_name), ("village", ctx.village), ("phone", ctx.resident_phone)):
        if value:
            rows.append((word(f"header.{key}", lang), value))
    return tuple(rows)


def build_sheet(comparison: Comparison, ctx: SheetContext, limits: Limits = LEVELS[0]) -> Sheet:
    lang = ctx.lang
    options = shown_options(comparison, limits)
    best = comparison.recommended_option()
    focus = best or (comparison.options[0] if comparison.options else None)
    words: Lang = "en" if lang == "en" else "zh"  # the sheet speaks Chinese for any other code
    also = tuple(
        subsidy_section.also_line(o, name(o, lang), words)
        for o in comparison.options
        if o is not focus and o.key in comparison.advised_keys()
    )
    subsidies = subsidy_section.build(focus, "" if focus is None else name(focus, lang), limits, words, ctx.day, also)
    headings = {
        k: word(f"h.{k}", lang) for k in ("recommend", "compare", "chart", "subsidies", "info", "assumptions", "sign")
    }
    return Sheet(
        lang=lang,
        title=word("title", lang),
        headings=headings,
        header=_header(ctx),
        household=_household(comparison, ctx),
        recommendation=_recommendation(comparison, lang),
        why=_why(options, limits, lang),
        table=build_table(comparison, options, lang),
        table_note=table_note(comparison, lang),
        chart=_chart(comparison, options, lang),
        subsidies=subsidies,
        info=_info(comparison, lang),
        assumptions=_assumptions(comparison, best, subsidies.packs, lang),
        signatures=(word("sign.staff", lang), word("sign.resident", lang), word("sign.date", lang)),
        app=word("app", lang),
        number=ctx.number or word("blank", lang),
        limits=limits,
    )
