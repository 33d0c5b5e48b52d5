"""The one-page "1 度电出几度热" poster for village meetings, as plain worded data (no Qt).

The month-by-month figures are the core's (heat and electricity per month of the same bins
it evaluated): the season's total heat over total electricity is the seasonal COP it printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from heatadvisor.wording import month, word

from .content import heat_pump, name

if TYPE_CHECKING:
    from heatadvisor.core.contract.results import Comparison, OptionResult


@dataclass(frozen=True)
class Poster:
    headline: str
    sub: str
    columns: tuple[str, str]
    rows: tuple[tuple[str, str], ...]
    notes: tuple[str, ...]
    footer: str


def monthly_energy(option: OptionResult) -> list[tuple[int, float, float]]:
    """(month, kWh of heat, kWh of electricity) over the heating season, in season order:
    the core's own monthly figures, so the poster cannot disagree with the comparison."""
    bins = option.heat_pump
    if bins is None:
        return []
    return [(m, heat, bins.by_month_electricity_kwh[m]) for m, heat in bins.by_month_heat_kwh.items()]


def build_poster(comparison: Comparison, lang: str = "zh", service_point: str = "") -> Poster | None:
    """None when the comparison holds no heat pump: there is nothing to explain."""
    option = heat_pump(comparison)
    if option is None or option.heat_pump is None:
        return None
    bins = option.heat_pump
    rows = tuple(
        (word("poster.month", lang, month=month(m, lang)), word("poster.value", lang, cop=f"{cop:.1f}"))
        for m, heat, elec in monthly_energy(option)
        if elec > 0
        for cop in (heat / elec,)
    )
    return Poster(
        headline=word(
            "poster.headline",
            lang,
            county=comparison.place.county_en if lang == "en" else comparison.place.county,
            cop=f"{bins.seasonal_cop:.1f}",
        ),
        sub=word("poster.sub", lang, name=name(option, lang)),
        columns=(word("poster.col.month", lang), word("poster.col.cop", lang)),
        rows=rows,
        notes=(word("poster.rated", lang, rated=f"{bins.rated_cop:.1f}"), word("poster.electric", lang)),
        footer=" · ".join(x for x in (word("app", lang), service_point) if x),
    )
