"""Rank the options and say why, as codes with numbers (the views word them).

The options are listed in groups (``GROUPS``): clean heating the house's electricity supply
can carry, ranked by cost over the horizon; then clean heating whose season's cost rests on a
price that is our estimate (E) while another clean option's does not — it may be cheaper, but an
advisor does not recommend it before its price is asked ("可能更省，价格要先问清"); then clean
heating the supply cannot carry yet;
then stopgaps (洁净型煤, which the clean-heating plan allows only where nothing cleaner can be
had yet); then heating that is not clean; then fuels banned here; then what the village lacks
the infrastructure for. The recommendation is the first of the first group ("清洁取暖里最省"),
so a cheaper stove further down is no contradiction: its reasons say why it is not advised.
When the runner-up costs about the same (``close_calls``), both are the advice, told apart by
what using them is like (``daily_life``), never one of them picked by a few yuan.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from ..contract.case import Case, Prices
from ..contract.results import GROUPS, CloseCall, CodedReason, OptionResult, cheaper_if_prices_hold
from ..contract.typical_year import month_day
from ..demand.running import base_electricity, uses_tou
from ..packs.technology import DeviceKind, Technology
from ..setting.setting import Setting

BURDEN_SHARE = 0.10  # heating above a tenth of income is a burden (energy-poverty convention)
SAME_RUNNING_YUAN = 20  # differences smaller than this are "about the same" to a household
WHY_NOT = (
    "fuel_banned_here",
    "transitional_only",
    "not_clean_heating",
    "indoor_smoke_co_risk",
    "supply_exceeded",
)  # said first when not advised
SOLID_FUELS = ("coal", "anthracite", "briquette", "straw", "firewood", "pellets")  # burnt in a stove in the house
AIR_SOURCE = (Technology.ASHP_AIR_WATER, Technology.ASHP_AIR_AIR)  # an outdoor unit on the wall or the ground
ASK_PRICE = "ask_price_"  # + the fuel: the season's cost rests on our estimate of its price; what to ask


def _why_not_first(option: OptionResult, reasons: list[CodedReason]) -> list[CodedReason]:
    """An option that is not advised says why first (what the village lacks, not clean, smoke
    and CO), so the table's short verdict shows it; the order of the rest is kept."""
    if option.is_current or option.group == GROUPS[0]:
        return reasons
    lacks = [CodedReason(code=f"village_lacks_{m}") for m in option.missing]
    ask = option.group == "price_to_check"  # what to ask before it can be advised
    return lacks + sorted(reasons, key=lambda r: r.code not in WHY_NOT and not (ask and r.code.startswith(ASK_PRICE)))


def _reasons(option: OptionResult, current: OptionResult) -> list[CodedReason]:
    out: list[CodedReason] = []
    saving = current.running_cost[1] - option.running_cost[1]
    if option.is_current:
        pass
    elif abs(saving) < SAME_RUNNING_YUAN:
        out.append(CodedReason(code="same_running"))
    elif saving > 0:
        out.append(CodedReason(code="saves_running", values={"yuan": round(saving)}))
    else:
        out.append(CodedReason(code="costs_more_running", values={"yuan": round(-saving)}))
    if not option.is_current and option.capital_cost[1] > 0 and option.subsidy >= option.capital_cost[1]:
        out.append(CodedReason(code="subsidy_covers_price", values={"yuan": round(option.capital_cost[1])}))
    low, typ, high = option.payback_years
    if not option.is_current:
        if typ is None and saving > 0:
            out.append(CodedReason(code="payback_beyond_life", values={"years": option.lifetime_years}))
        elif typ is None:
            out.append(CodedReason(code="payback_never"))
        else:
            out.append(CodedReason(code="payback", values={"years": round(typ, 1), "low": low, "high": high}))
    if not option.is_current and "running" in option.unverified:
        out.append(CodedReason(code=ASK_PRICE + option.fuel))
    if option.kind == DeviceKind.DIRECT_ELECTRIC:
        out.append(
            CodedReason(
                code="direct_electric_one_to_one", values={"cost_per_kwh_heat": round(option.heat_cost_per_kwh[1], 3)}
            )
        )
    hp = option.heat_pump
    if hp is not None:
        out.append(CodedReason(code="seasonal_cop", values={"scop": round(hp.seasonal_cop, 2), "rated": hp.rated_cop}))
        if hp.backup_share > 0.01:
            out.append(CodedReason(code="backup_heat", values={"share": round(hp.backup_share, 3)}))
    if option.sizing is not None and option.sizing.status != "ok":
        out.append(
            CodedReason(
                code=option.sizing.status,
                values={
                    "capacity_kw": round(option.sizing.capacity_at_design_kw, 1),
                    "design_kw": round(option.sizing.design_load_kw, 1),
                    "recommended_kw": option.sizing.recommended_kw,
                    "recommended_pi": round(option.sizing.recommended_pi, 1),
                },
            )
        )
    if option.supply is not None and option.supply.status != "ok":
        out.append(
            CodedReason(
                code=f"supply_{option.supply.status}",
                values={
                    "peak_kw": round(option.supply.peak_kw, 1),
                    "supply_kw": option.supply.supply_kw,
                    "assumed": "yes" if option.supply.supply_is_default else "no",
                },
            )
        )
    if option.banned:
        out.append(CodedReason(code="fuel_banned_here"))
    if option.group == "transitional":
        out.append(CodedReason(code="transitional_only"))
    if option.fuel in SOLID_FUELS:
        out.append(CodedReason(code="indoor_smoke_co_risk"))
    if not option.clean:
        out.append(CodedReason(code="not_clean_heating"))
    if option.income_share is not None and option.income_share > BURDEN_SHARE:
        out.append(CodedReason(code="income_burden", values={"share": round(option.income_share, 3)}))
    if option.coal_avoided_t > 0.05:
        out.append(CodedReason(code="coal_avoided", values={"tonnes": round(option.coal_avoided_t, 2)}))
    return _why_not_first(option, out)


def groups(
    clean: np.ndarray,
    supply_exceeded: np.ndarray,
    lacks_infrastructure: np.ndarray,
    transitional: np.ndarray,
    banned: np.ndarray,
    price_estimated: np.ndarray,
    household: np.ndarray,
    option: np.ndarray,
) -> np.ndarray:
    """Each row's position in ``GROUPS``: what the village lacks decides first, then a ban on
    the fuel, then cleanness, then being only a stopgap, then the supply; last, a clean option
    whose season's cost rests on an estimated price (``price_estimated``) goes below the clean
    options of its household (``option`` rows) whose cost does not, if there is one: with none,
    the cheapest is still advised, its price marked as ours to check. (Nested ``where``:
    ``np.select`` costs ~10× as much on a household's dozen rows.)"""
    group = np.where(
        lacks_infrastructure,
        6,
        np.where(banned, 5, np.where(~clean, 4, np.where(transitional, 3, np.where(supply_exceeded, 2, 0)))),
    )
    sure = np.zeros(int(household.max(initial=-1)) + 1, dtype=bool)
    sure[household[option & (group == 0) & ~price_estimated]] = True
    return np.where(option & (group == 0) & price_estimated & sure[household], 1, group)


def rank_order(
    household: np.ndarray, option: np.ndarray, group: np.ndarray, horizon_cost: np.ndarray, running_cost: np.ndarray
) -> np.ndarray:
    """The option rows (``option``) of every household, each household's best first: group by
    group (``groups``), within a group by typical cost over the horizon, then by running cost;
    ties keep the order asked. Households stay in order."""
    rows = np.flatnonzero(option)
    by = np.lexsort((running_cost[rows], horizon_cost[rows], group[rows], household[rows]))
    return rows[by]


def close_calls(
    order: list[list[int]], group: list[int], tech: list[str], horizon_cost: NDArray[np.float64], share: float
) -> list[int | None]:
    """Per household (its option rows best first, ``rank_order``): the runner-up row when both
    it and the best are ranked clean heating and its typical cost over the horizon exceeds the
    best's by less than ``share`` of the best's (the common pack's ``close_call_share``). The
    runner-up is the next option of another technology: two sizes of one heat pump are not a
    choice the household has to weigh."""
    out: list[int | None] = []
    for rows in order:
        best = rows[0] if rows and group[rows[0]] == 0 else None
        other = (
            next((r for r in rows[1:] if group[r] == 0 and tech[r] != tech[best]), None) if best is not None else None
        )
        close = (
            best is not None
            and other is not None
            and horizon_cost[other] - horizon_cost[best] < share * horizon_cost[best]
        )
        out.append(other if close else None)
    return out


def pair_first(order: list[list[int]], close: list[int | None], net_capital: NDArray[np.float64]) -> list[int | None]:
    """Each close call's two options listed first, together, the one the household pays less
    for up front (after subsidies) named first: their totals over the horizon differ by less
    than the margin, itself narrower than the totals' own spread, so what must be paid now
    decides, as an advisor weighs it (20,000–40,000 yuan of drilling against a 3,500 yuan
    stove). Reorders ``order`` in place; returns each household's runner-up row, if any."""
    out: list[int | None] = []
    for rows, other in zip(order, close):
        if other is None:
            out.append(None)
            continue
        best = rows[0]
        rows.remove(other)
        first, second = (other, best) if net_capital[other] < net_capital[best] else (best, other)
        rows[0:1] = [first, second]
        out.append(second)
    return out


def daily_life(option: OptionResult, horizon: int) -> list[CodedReason]:
    """What paying for and using an option is like: its money up front and over the horizon
    (a close call's two are named side by side, so each says its own), then day to day, from its
    fuel, technology, indoor units and estimated prices: how the two differ besides money."""
    money: dict[str, float | str | None] = {
        "capital": round(option.net_capital[1]),
        "yuan": round(option.horizon_cost[1]),
        "years": horizon,
    }
    out = [CodedReason(code="daily_money", values=money)]
    if option.fuel in SOLID_FUELS:
        codes = ["daily_fuel_to_carry", "indoor_smoke_co_risk"]
    else:
        codes = ["daily_gas_cylinder" if option.fuel == "lpg" else "daily_nothing_to_carry"]
    out.extend(CodedReason(code=code) for code in codes)
    if option.sizing is not None and option.sizing.units:
        out.append(CodedReason(code="daily_per_room_units", values={"units": option.sizing.units}))
    if option.tech in AIR_SOURCE:
        out.append(CodedReason(code="daily_outdoor_unit"))
    if option.unverified:  # "capital", "running" or both
        out.append(CodedReason(code="price_unverified_" + "_".join(option.unverified)))
    return out


def explain(
    current: OptionResult, ranked: list[OptionResult], case: Case, close: bool = False
) -> tuple[str | None, list[CodedReason], CloseCall | None]:
    """Each option's reasons, added to today's system and the ranked options (``rank_order``)
    as they were just built, with no reasons yet (copying fourteen results to add them took
    longer than the reasons); the recommended option's key and why; the close call with the
    runner-up when ``close`` (``close_calls``)."""
    for option in (current, *ranked):
        assert not option.reasons, "an option is explained once"
        option.reasons.extend(_reasons(option, current))
    best = ranked[0] if ranked and ranked[0].group == GROUPS[0] else None
    reasons: list[CodedReason] = []
    if best is None:
        blocked = any(o.group == "supply_exceeded" for o in ranked)
        reasons.append(CodedReason(code="no_feasible_clean_option" if blocked else "no_clean_option_here"))
        return None, reasons, None
    horizon = case.economics.horizon_years
    pair = ranked[:2] if close else ranked[:1]  # a close call's two (``pair_first``): either may cost less in total
    least = min(o.horizon_cost[1] for o in pair)
    if not close:  # a close call's two each state their own total (``daily_life``)
        reasons.append(CodedReason(code="lowest_horizon_cost", values={"yuan": round(least), "years": horizon}))
    cheaper = cheaper_if_prices_hold(ranked, least)
    if cheaper:  # what the recommendation would be if an estimated price holds: ask it first
        reasons.append(
            CodedReason(
                code="maybe_cheaper_ask_price",
                values={"yuan": round(least - min(o.horizon_cost[1] for o in cheaper)), "years": horizon},
            )
        )
    call = None
    if close:
        call = CloseCall.trusted(
            keys=[o.key for o in pair],
            yuan=abs(pair[1].horizon_cost[1] - best.horizon_cost[1]),
            daily=[daily_life(o, horizon) for o in pair],
        )
        reasons.append(CodedReason(code="close_call", values={"yuan": round(call.yuan), "years": horizon}))
    gap = (
        current.horizon_cost[1] - best.horizon_cost[1]
    )  # today's system can be the cheaper one (free straw, cheap coal)
    reasons.append(
        CodedReason(
            code="vs_current_horizon" if gap >= 0 else "vs_current_horizon_more",
            values={"yuan": round(abs(gap)), "years": horizon},
        )
    )
    if best.heat_pump is not None:
        reasons.append(
            CodedReason(
                code="seasonal_cop",
                values={"scop": round(best.heat_pump.seasonal_cop, 2), "rated": best.heat_pump.rated_cop},
            )
        )
    if best.supply is not None and best.supply.status == "tight":
        reasons.append(
            CodedReason(
                code="supply_tight",
                values={"peak_kw": round(best.supply.peak_kw, 1), "supply_kw": best.supply.supply_kw},
            )
        )
    return best.key, reasons, call


def assumptions(setting: Setting, prices: Prices, heating_with: str, horizon_years: int) -> list[CodedReason]:
    """What every figure rests on, so the sheet can say it plainly; ``heating_with``: the fuel of
    the household's heating today, which decides the electricity terms it qualifies for."""
    place = setting.place
    (sm, sd), (em, ed) = month_day(place.season_start), month_day(place.season_end)
    out = [
        CodedReason(
            code="assume_season",
            values={"start_month": sm, "start_day": sd, "end_month": em, "end_day": ed, "days": place.season_days},
        ),
        CodedReason(code="assume_residual", values={"years": horizon_years}),
    ]
    if prices.electricity_yuan_per_kwh is None:
        out.append(
            CodedReason(code="assume_tiered_bill", values={"base_kwh": round(base_electricity(setting, prices))})
        )
        out.extend(
            CodedReason(code="assume_heating_price_lapsed", values={"end": end.isoformat()})
            for end in setting.tariff.electricity.lapsed_on(setting.on)
        )
        if (
            uses_tou(setting, prices)
            and setting.valley_hours
            and setting.tariff.electricity.for_heating_with(heating_with).tou
        ):
            first = min(setting.valley_hours, key=lambda h: (h - 12) % 24)  # the valley starts in the evening
            out.append(
                CodedReason(code="assume_tou", values={"start": f"{first:02d}:00", "hours": len(setting.valley_hours)})
            )
    return out
