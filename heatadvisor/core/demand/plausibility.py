"""Is the season's heat believable? The model's estimate against what households here are
known to use, and last winter's figure against the model.

A local expert would not sign an estimate three times what the village burns, nor silently
use "2,000 t of coal" for a farmhouse. So each household gets one code, as a notice the views
show prominently: an uncalibrated estimate outside the region's field range (widened) asks
for last winter's figure; a figure far from the model asks to confirm it; a figure no house
of this size could burn at this place is refused as a field problem.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..contract.problems import FieldProblem, InputError
from ..contract.results import CodedReason
from ..devices.scenarios import TYPICAL, UNFAVOURABLE
from ..packs.sourced import SourcedRange
from ..packs.technology import DeviceKind
from ..setting.setting import Setting
from .calibration import UNITS_BY_FUEL
from .households import HouseholdInput, Layout

IMPOSSIBLE = "usage_impossible"
NEEDS_CHECK = frozenset(
    {"estimate_coal_high", "estimate_coal_low", "estimate_heat_high", "estimate_heat_low", "usage_far_from_model"}
)
"""Codes after which a batch row is marked ``check``."""


@dataclass(frozen=True, slots=True, eq=False)
class DemandChecks:
    """Per household: the notice (None when the figures are believable)."""

    notice: list[CodedReason | None]

    def problem(self, h: int) -> InputError | None:
        """The field problem of a last-winter figure no house could burn, if household ``h`` gave one."""
        notice = self.notice[h]
        if notice is None or notice.code != IMPOSSIBLE:
            return None
        most = notice.values["max_quantity"]
        assert isinstance(most, int | float), "an impossible figure's notice carries the most a house could use"
        limit = f"{most:,.0f}" if most >= 100 else f"{most:.2g}"  # in the resident's own unit
        return InputError(
            [
                FieldProblem(
                    "current.last_winter.quantity",
                    IMPOSSIBLE,
                    f"more than this house could use here (at most about {limit})",
                    limit,
                )
            ]
        )


def _field_notice(setting: Setting, household: HouseholdInput, coal_t: float, heat_kwh: float) -> CodedReason | None:
    """An uncalibrated estimate outside the region's field range, widened by the common pack's factor."""
    ranges = setting.region.field_ranges
    if ranges is None or not UNITS_BY_FUEL[household.current.fuel]:  # district heat: no figure to ask for
        return None
    widen = setting.data.common.field_checks.range_widen.value
    band: SourcedRange  # coal in tonnes or heat per m², each range its own kind
    if household.current.fuel == "coal":
        figure, band, what = coal_t, ranges.coal_t_per_household, "coal"
    else:
        figure, band, what = heat_kwh / household.case.house.heated_area_m2, ranges.heat_kwh_per_m2, "heat"
    low, high = band.low * (1 - widen), band.high * (1 + widen)
    if low <= figure <= high:
        return None
    return CodedReason(
        code=f"estimate_{what}_{'high' if figure > high else 'low'}",
        values={"figure": round(figure, 1), "low": band.low, "high": band.high},
    )


def _usage_notice(household: HouseholdInput, ratio: float, ceiling_ratio: float) -> CodedReason | None:
    """Last winter's figure against the model: impossible above the ceiling, to confirm when far."""
    usage = household.case.current.last_winter
    assert usage is not None
    if ceiling_ratio > 1.0:
        return CodedReason(code=IMPOSSIBLE, values={"max_quantity": usage.quantity / ceiling_ratio})
    if usage.confirmed:
        return None
    return CodedReason(code="usage_far_from_model", values={"ratio": round(ratio, 2)})


def demand_checks(
    setting: Setting,
    households: list[HouseholdInput],
    layout: Layout,
    model_kwh: np.ndarray,
    calibrated_kwh: np.ndarray,
    source: tuple[str, ...],
    ua_full_w_per_k: np.ndarray,
    quantity: np.ndarray,
    efficiency: np.ndarray,
) -> DemandChecks:
    """``model_kwh``, ``calibrated_kwh``, ``quantity`` and ``efficiency`` (by scenario) are per
    row (today's system first); ``ua_full_w_per_k`` per household: the whole house's loss, for
    the physical ceiling. A figure is impossible only if even the least heat it could have given
    (the lowest efficiency; a heat pump at least one kWh of heat per kWh) is beyond the ceiling."""
    checks = setting.data.common.field_checks
    current = np.array(layout.first[:-1])
    model, last = model_kwh[current], calibrated_kwh[current]
    pump = np.array([h.current.kind == DeviceKind.HEAT_PUMP for h in households])
    least = np.where(pump, 1.0, efficiency[current, UNFAVOURABLE]) / efficiency[current, TYPICAL]
    hottest = checks.impossible_set_c.value
    ceiling = ua_full_w_per_k / 1000.0 * (np.maximum(hottest - setting.temps, 0.0) @ setting.hours)
    ceiling *= checks.impossible_margin.value
    far = checks.far_ratio.value
    notices: list[CodedReason | None] = []
    for h, household in enumerate(households):
        if source[h] == "model" and household.case.current.last_winter is None:
            notices.append(_field_notice(setting, household, float(quantity[current[h], TYPICAL]), float(model[h])))
        elif household.case.current.last_winter is not None and not np.isnan(last[h]) and model[h] > 0:
            ratio = float(last[h] / model[h])
            beyond = float(last[h] * least[h] / ceiling[h]) if ceiling[h] > 0 else 0.0
            notices.append(
                _usage_notice(household, ratio, beyond) if beyond > 1.0 or not 1 / far <= ratio <= far else None
            )
        else:
            notices.append(None)
    return DemandChecks(notices)
