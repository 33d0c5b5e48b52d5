"""One household's figures from its group's arrays, as the ``Comparison`` every view shows."""

from __future__ import annotations

import math

import numpy as np

from .energy import TYPICAL, HeatPumpRows
from .group import Evaluation
from .ranking import assumptions, rank_and_explain
from .results import Comparison, Demand, HeatPumpBins, OptionResult, Sizing, Supply
from .sizing import STATUS, SUPPLY_STATUS


def _maybe(x: float) -> float | None:
    return None if math.isnan(x) else x


def _triple(a: np.ndarray) -> tuple[float, float, float]:
    low, typ, high = a.tolist()
    return (low, typ, high)


def _demand(ev: Evaluation, h: int) -> Demand:
    r = ev.first[h]
    d, loss = ev.physics.demand, ev.rows[r].loss
    scale = float(d.scale[r])
    return Demand(
        model_kwh=float(d.model_kwh[r]), calibrated_kwh=_maybe(float(d.calibrated_kwh[r])), used_kwh=float(d.used_kwh[r]),
        source=d.source[h], ua_w_per_k=loss.ua_w_per_k * scale, loss_parts_w_per_k=dict(loss.parts_w_per_k),
        design_load_kw=float(d.design_load_kw[r]), balance_temp_c=loss.balance_temp_c(),
        by_month_kwh=dict(zip(ev.setting.months, d.heat_by_month[r].tolist())),
    )


def _bins(ev: Evaluation, r: int, detail: HeatPumpRows, j: int) -> HeatPumpBins:
    s = ev.setting
    hours = s.hours
    heat_kw = ev.physics.demand.loads_kw[r]
    heat, electric, backup = heat_kw * hours, detail.electric_kw[j] * hours, detail.backup_kw[j] * hours
    total_heat = float(heat.sum())
    first = max(ev.rows[r].device.heat_pump.rating_points, key=lambda p: p.t_source_c)
    return HeatPumpBins(
        temps=list(s.bins.temps), hours=hours.tolist(), cop=detail.cop[j].tolist(), heat_kwh=heat.tolist(),
        electricity_kwh=electric.tolist(), backup_kwh=backup.tolist(),
        by_month_heat_kwh=dict(zip(s.months, (s.month_hours @ heat_kw).tolist())),
        by_month_electricity_kwh=dict(zip(s.months, (s.month_hours @ detail.electric_kw[j]).tolist())),
        seasonal_cop=float(ev.physics.energies.efficiency[r, TYPICAL]), rated_cop=first.cop,
        backup_share=float(backup.sum()) / total_heat if total_heat else 0.0,
    )


def _by_month_cost(ev: Evaluation, r: int) -> dict[int, float]:
    """Typical cost by month: the bill's months (January first) for a tariff, else the season's."""
    running = ev.physics.running
    cost = running.by_month[r, TYPICAL]
    if running.tariffed[r]:
        use = np.zeros(12)
        use[np.array(ev.setting.months) - 1] = ev.physics.energies.by_month[r, TYPICAL]
        return {m + 1: float(cost[m]) for m in range(12) if use[m] or abs(cost[m]) > 1e-9}
    return {m: float(cost[m - 1]) for m in ev.setting.months}


def _option(ev: Evaluation, r: int, pumps: dict[int, tuple[HeatPumpRows, int]]) -> OptionResult:
    row, s = ev.rows[r], ev.setting
    device, phys, cash, equip = row.device, ev.physics, ev.money, ev.equipment
    case = ev.households[row.household].case
    fuel = s.data.common.fuels[device.fuel]
    heat = float(phys.demand.heat_by_month[r].sum())
    quantity = _triple(phys.energies.quantity[r])
    running = _triple(phys.running.yuan[r])
    one_off = _triple(cash.one_off[r])
    size = supply = bins = None
    if r in pumps:
        kw_per_pi = s.data.common.kw_per_pi.value
        nominal, recommended = float(phys.nominal_kw[r]), float(equip.recommended_kw[r])
        size = Sizing(
            design_load_kw=float(phys.demand.design_load_kw[r]), capacity_at_design_kw=float(equip.capacity_at_design_kw[r]),
            nominal_kw=nominal, nominal_pi=nominal / kw_per_pi, recommended_kw=recommended, recommended_pi=recommended / kw_per_pi,
            status=STATUS[int(equip.size_status[r])],
        )
        bins = _bins(ev, r, *pumps[r])
    if equip.supply_status[r] >= 0:
        supply = Supply(peak_kw=float(equip.peak_kw[r]), supply_kw=float(equip.supply_kw[r]),
                        supply_is_default=bool(equip.supply_is_default[r]), status=SUPPLY_STATUS[int(equip.supply_status[r])])
    income = case.economics.income_yuan_per_year
    yearly_paid = cash.assessments[r] is not None and bool(cash.assessments[r].operating or cash.assessments[r].tariff_programmes)
    return OptionResult(
        key=row.choice.key, device_id=device.id, tech=device.tech, kind=device.kind,
        name_zh=row.name_zh, name_en=row.name_en,
        is_current=row.is_current, clean=device.clean, upgrades=list(row.choice.upgrades), heat_kwh=heat,
        fuel=device.fuel, fuel_unit="kwh" if device.kind == "heat_pump" else fuel.unit, fuel_quantity=quantity,
        electricity_kwh=quantity if device.fuel == "electricity" else (0.0, 0.0, 0.0),
        efficiency=_triple(phys.energies.efficiency[r]), running_cost=running,
        heat_cost_per_kwh=tuple(y / heat if heat else 0.0 for y in running),
        by_month_cost=_by_month_cost(ev, r), capital_cost=_triple(cash.capital[r]), subsidy=one_off[1],
        subsidy_range=one_off, operating_subsidy=cash.operating[r, TYPICAL].tolist() if yearly_paid else [],
        subsidies=cash.assessments[r], net_capital=_triple(cash.net_capital[r]),
        maintenance_per_year=float(cash.maintenance[r]), lifetime_years=float(cash.lifetime[r]),
        payback_years=tuple(_maybe(p) for p in cash.payback[r].tolist()),
        discounted_payback_years=_maybe(float(cash.discounted_payback[r])),
        horizon_cost=_triple(cash.horizon_cost[r]), horizon_cost_no_subsidy=float(cash.horizon_cost_no_subsidy[r]),
        npv_cost=float(cash.npv[r]), lcoh=_triple(cash.lcoh[r]), cumulative_cost=cash.cumulative[r].tolist(),
        co2_kg=float(ev.emissions.co2_kg[r]), pm_kg=_maybe(float(ev.emissions.pm_kg[r])), so2_kg=_maybe(float(ev.emissions.so2_kg[r])),
        coal_avoided_t=float(ev.coal_avoided_t[r]), sizing=size, supply=supply, heat_pump=bins,
        income_share=running[1] / income if income else None, rank=0, reasons=[],
    )


def comparison(ev: Evaluation, h: int) -> Comparison:
    """Household ``h`` of the evaluation, ranked, with its reasons and assumptions."""
    pumps = ev.pump_rows
    current = _option(ev, ev.first[h], pumps)
    ordered = [_option(ev, r, pumps) for r in ev.order[h]]
    case = ev.households[h].case
    current, ranked, recommended, reasons = rank_and_explain(current, ordered, case)
    data = ev.setting.data
    return Comparison(
        place=ev.setting.place, demand=_demand(ev, h), current=current, options=ranked, recommended=recommended,
        reasons=reasons, assumptions=assumptions(ev.setting, ev.prices), horizon_years=ev.terms.horizon_years,
        on_date=ev.setting.on.isoformat(), packs=dict(data.versions),
    )
