"""The core's Comparison as the views' plain data: worded with the shared catalogue,
formatted, nothing recomputed. One function per view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from heatadvisor.ui.results.data import (
    ChartData,
    ClaimFigures,
    ExplainData,
    ProgrammeCard,
)
from heatadvisor.ui.results.table_cells import Row, heading, money

if TYPE_CHECKING:
    from heatadvisor.core.contract.results import Comparison, OptionResult
    from heatadvisor.core.subsidies.results import ProgrammeResult
    from heatadvisor.ui.backend import Backend

WARNING_CODES = ("undersized", "oversized", "supply_exceeded", "supply_tight")
MONTH_CHART_OPTIONS = 3  # the best few options beside today's heating; more bars are unreadable


def name(option: OptionResult, lang: str) -> str:
    return option.name_en if lang == "en" else option.name_zh


def verdict(option: OptionResult, backend: Backend, lang: str, check_prices: bool = False) -> str:
    """The first two reasons that are not sizing warnings (those show at the option), after
    the prices to check where ``check_prices`` (the recommended option)."""
    reasons = [r for r in option.reasons if r.code not in WARNING_CODES][:2]
    checks = [backend.word(f"price_to_verify.{part}", lang) for part in option.unverified] if check_prices else []
    return backend.word("sep.clauses", lang).join([*checks, *(backend.reason_text(r, lang) for r in reasons)])


def payback(option: OptionResult, backend: Backend, lang: str) -> str:
    if option.is_current:
        return "—"
    low, typ, high = option.payback_years
    if typ is None:
        return backend.word("never", lang)
    text = f"{typ:.1f}"
    ends = [f"{v:.0f}" if v is not None else backend.word("never", lang) for v in (low, high)]
    return text + (f"\n{ends[0]}–{ends[1]}" if ends[0] != ends[1] else "")


def comparison_rows(comparison: Comparison, backend: Backend, lang: str) -> list[Row]:
    """The options group by group, each group under its title (what the ranking is, and why
    the ones below are not advised), then today's heating; the recommended option's verdict
    first says which of its prices rest on our estimates."""
    rows = []
    group = None
    advised = comparison.advised_keys()  # both options of a close call
    for option in [*comparison.options, comparison.current]:
        if not option.is_current and option.group != group:
            group = option.group
            rows.append(heading(backend.word(f"group.{group}", lang, years=comparison.horizon_years)))
        label = name(option, lang)
        if option.is_current:
            label = backend.word("row.current", lang, name=label)
        recommended = option.key in advised
        rows.append(
            Row(
                name=label,
                running=money(*option.running_cost),
                purchase=money(*option.net_capital),
                payback=payback(option, backend, lang),
                horizon=money(*option.horizon_cost),
                co2=f"{option.co2_kg / 1000:.1f}",
                verdict=verdict(option, backend, lang, recommended),
                recommended=recommended,
                is_current=option.is_current,
            )
        )
    return rows


def _sentence(fragments: str) -> str:
    """Reasons are worded as fragments; joined, they start a sentence."""
    return fragments[:1].upper() + fragments[1:]


def summary(comparison: Comparison, backend: Backend, lang: str) -> str:
    """Which option is recommended and why, in one paragraph."""
    why = _sentence(backend.word("sep.clauses", lang).join(backend.reason_text(r, lang) for r in comparison.reasons))
    if comparison.recommended is None:
        return why
    from heatadvisor.wording import advised

    return QCoreApplication.translate("present", "建议：{name}。{why}").format(name=advised(comparison, lang), why=why)


def close_call(comparison: Comparison, lang: str) -> str:
    """A close call's two options, a line each, with what using it is like; empty otherwise."""
    from heatadvisor.wording import close_call_lines

    return "\n".join(close_call_lines(comparison, lang))


def notice(comparison: Comparison, backend: Backend, lang: str) -> str:
    """What to ask or check before trusting the figures (an estimate far from what households
    here use, or last winter's figure far from the model); empty when there is nothing."""
    return _sentence(backend.word("sep.clauses", lang).join(backend.reason_text(r, lang) for r in comparison.notices))


def warnings(comparison: Comparison, backend: Backend, lang: str) -> dict[str, list[str]]:
    """Sizing and supply warnings per option, for the place the option is chosen."""
    return {
        o.device_id: [backend.reason_text(r, lang) for r in o.reasons if r.code in WARNING_CODES]
        for o in comparison.options
    }


def chart_data(comparison: Comparison, lang: str) -> ChartData:
    from heatadvisor.wording import month, word

    options, current = comparison.options, comparison.current
    months = list(current.by_month_cost)
    shown = [*options[:MONTH_CHART_OPTIONS], current]
    heat_pump = next((o for o in options if o.heat_pump is not None), None)
    bins = heat_pump.heat_pump if heat_pump is not None else None
    return ChartData(
        names=[name(o, lang) for o in options],
        current_name=word("chart.current", lang, name=name(current, lang)),
        running=[o.running_cost[1] for o in options],
        current_running=current.running_cost[1],
        years=list(range(len(current.cumulative_cost))),
        cumulative=[o.cumulative_cost for o in options],
        current_cumulative=current.cumulative_cost,
        months=[word("poster.month", lang, month=month(m, lang)) for m in months],
        by_month=[[o.by_month_cost.get(m, 0.0) for m in months] for o in shown],
        by_month_names=[name(o, lang) for o in shown],
        cop_name=None if heat_pump is None else name(heat_pump, lang),
        temps=[] if bins is None else list(bins.temps),
        hours=[] if bins is None else list(bins.hours),
        cop=[] if bins is None else list(bins.cop),
    )


def explain_data(comparison: Comparison, lang: str) -> ExplainData | None:
    """The explain page speaks of the same heat pump, month by month, as the printed poster."""
    from heatadvisor.sheet.content import heat_pump as poster_heat_pump
    from heatadvisor.sheet.poster import monthly_energy
    from heatadvisor.wording import month, word

    option = poster_heat_pump(comparison)
    if option is None or option.heat_pump is None:
        return None
    bins = option.heat_pump
    months = [
        (word("poster.month", lang, month=month(m, lang)), heat / elec)
        for m, heat, elec in monthly_energy(option)
        if elec > 0
    ]
    headline = word(
        "poster.headline",
        lang,
        county=comparison.place.county_en if lang == "en" else comparison.place.county,
        cop=f"{bins.seasonal_cop:.1f}",
    )
    return ExplainData(
        headline=headline,
        heat_pump=name(option, lang),
        rated_cop=bins.rated_cop,
        temps=list(bins.temps),
        hours=list(bins.hours),
        cop=list(bins.cop),
        months=months,
        electric=word("poster.electric", lang),
    )


def claim_figures(comparison: Comparison, heater_id: str, backend: Backend, lang: str) -> ClaimFigures | None:
    """The heater and the heat pump of a comparison run for the claims check."""
    heater = next((o for o in comparison.options if o.device_id == heater_id), None)
    heat_pump = next((o for o in comparison.options if o.heat_pump is not None), None)
    if heater is None or heat_pump is None:
        return None
    one_to_one = next(
        (backend.reason_text(r, lang) for r in heater.reasons if r.code == "direct_electric_one_to_one"), ""
    )
    cop = next((backend.reason_text(r, lang) for r in heat_pump.reasons if r.code == "seasonal_cop"), "")
    return ClaimFigures(
        heater_name=name(heater, lang),
        heater_cost=heater.running_cost,
        heat_pump_name=name(heat_pump, lang),
        heat_pump_cost=heat_pump.running_cost,
        heat_kwh=heater.heat_kwh,
        one_to_one=one_to_one,
        heat_pump_cop=cop,
    )


# Facts a programme asks for, and the form field that holds each (None: ask in words only).
QUESTION_FIELDS = {
    **{
        q: f"household.{q}" for q in ("hukou_local", "low_income", "owns_house", "subsidised_before", "village_batches")
    },
    **{q: f"location.{q}" for q in ("province", "county", "township", "village")},
}


def programme(result: ProgrammeResult, device_id: str, backend: Backend, lang: str) -> ProgrammeCard:
    """One programme for the checklist, worded by the subsidy engine's catalogue."""
    paths = {
        **QUESTION_FIELDS,
        "price_yuan": f"options.{device_id}.price_yuan",
        "capacity_kw": f"options.{device_id}.capacity_kw",
    }
    return ProgrammeCard(
        name=result.name.get(lang) or result.name.get("zh") or result.programme_id,
        status=result.status,
        reasons=[backend.subsidy_reason(r, lang) for r in result.reasons if r.outcome != "met"]
        or [backend.subsidy_say(f"status.{result.status}", lang)],
        amount=backend.subsidy_amount(result, lang),
        documents=backend.subsidy_say("label.documents", lang, documents=result.documents)
        if result.documents
        else None,
        apply_at=backend.subsidy_say("label.apply_at", lang, place=result.apply_at) if result.apply_at else None,
        questions=[(paths.get(q), backend.subsidy_say(f"question.{q}", lang)) for q in result.questions],
    )


def subsidy_programmes(comparison: Comparison, backend: Backend, lang: str) -> tuple[str, list[ProgrammeCard] | None]:
    """The recommended option's programmes (else the best option's), with whose they are."""
    option = comparison.recommended_option() or next(iter(comparison.options), None)
    if option is None or option.subsidies is None:
        return "", None
    local = [p for p in option.subsidies.programmes if p.in_area()]  # other places' are not this household's
    return name(option, lang), [programme(p, option.device_id, backend, lang) for p in local]
