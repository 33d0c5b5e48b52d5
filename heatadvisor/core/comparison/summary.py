"""One household's headline figures straight from its group's arrays: what a village table needs.

The batch writes thousands of these; building the full ``Comparison`` for each would cost
more than computing it. The figures are the same ones ``result.py`` puts in the result.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from ..contract.results import CodedReason
from ..demand.sizing import SUPPLY_STATUS
from ..devices.scenarios import TYPICAL
from .group import GroupEvaluation


class BatchSummary(NamedTuple):
    """Immutable, and a tuple: the batch makes one per household, and a frozen dataclass of
    this many fields costs several times as much to build."""

    province: str
    county: str
    station_id: str
    demand_kwh: float
    demand_source: str
    current_running_yuan: float
    recommended: str | None  # device id of the recommended option; None when no clean option fits
    recommended_name_zh: str
    recommended_name_en: str
    running_yuan: float
    capital_yuan: float
    net_capital_yuan: float
    payback_years: float | None  # None: never
    horizon_cost_yuan: float
    co2_saving_kg: float
    coal_avoided_t: float
    supply_status: str  # "" where the option draws no electricity
    notice: CodedReason | None  # the season's heat is doubtful: ask for or confirm last winter's figure


def summarise(ev: GroupEvaluation, h: int) -> BatchSummary:
    place, current, best = ev.settings[h].place, ev.first[h], ev.recommended[h]
    phys, cash = ev.physics, ev.money
    # BatchSummary's first fields, province to current_running_yuan: every summary starts with them
    household = (
        place.province,
        place.county,
        place.station_id,
        phys.demand.used_kwh.item(current),
        phys.demand.source[h],
        phys.running.yuan.item(current, TYPICAL),
    )
    notice = phys.checks.notice[h]
    if best is None:
        return BatchSummary(
            *household,
            recommended=None,
            recommended_name_zh="",
            recommended_name_en="",
            running_yuan=math.nan,
            capital_yuan=math.nan,
            net_capital_yuan=math.nan,
            payback_years=None,
            horizon_cost_yuan=math.nan,
            co2_saving_kg=math.nan,
            coal_avoided_t=math.nan,
            supply_status="",
            notice=notice,
        )
    row = ev.rows[best]
    payback = cash.payback.item(best, TYPICAL)
    status = ev.equipment.supply_status.item(best)
    return BatchSummary(
        *household,
        recommended=row.device.id,
        recommended_name_zh=row.name_zh,
        recommended_name_en=row.name_en,
        running_yuan=phys.running.yuan.item(best, TYPICAL),
        capital_yuan=cash.capital.item(best, TYPICAL),
        net_capital_yuan=cash.net_capital.item(best, TYPICAL),
        payback_years=None if math.isnan(payback) else payback,
        horizon_cost_yuan=cash.horizon_cost.item(best, TYPICAL),
        co2_saving_kg=ev.emissions.co2_kg.item(current) - ev.emissions.co2_kg.item(best),
        coal_avoided_t=ev.coal_avoided_t.item(best),
        supply_status=SUPPLY_STATUS[status] if status >= 0 else "",
        notice=notice,
    )
