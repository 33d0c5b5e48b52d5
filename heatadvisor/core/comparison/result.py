"""One household's figures from its group's arrays, as the ``Comparison`` every view shows."""

from __future__ import annotations

import math

import numpy as np

from ..contract.results import (
    GROUPS,
    Comparison,
    Demand,
    HeatPumpBins,
    OptionResult,
    Sizing,
    Supply,
)
from ..demand.sizing import STATUS, SUPPLY_STATUS
from ..devices.scenarios import TYPICAL
from ..packs.technology import DeviceKind
from .group import GroupEvaluation
from .ranking import assumptions, explain


def _maybe(x: float) -> float | None:
    return None if math.isnan(x) else x


def _demand(ev: GroupEvaluation, h: int) -> Demand:
    r = ev.first[h]
    d, loss = ev.physics.demand, ev.rows[r].loss
    scale = float(d.scale[r])
    return Demand.trusted(
        model_kwh=float(d.model_kwh[r]),
        calibrated_kwh=_maybe(float(d.calibrated_kwh[r])),
        used_kwh=float(d.used_kwh[r]),
        source=d.source[h],
        ua_w_per_k=loss.ua_w_per_k * scale,
        loss_parts_w_per_k=dict(loss.parts_w_per_k),
        design_load_kw=float(d.design_load_kw[r]),
        balance_temp_c=loss.balance_temp_c(),
        by_month_kwh=dict(zip(ev.setting.months, d.heat_by_month[r].tolist())),
        habit=ev.households[h].loss.heating.habit,
    )


class _Bins:
    """The bin table of a household's heat-pump rows, read out of the arrays at once."""

    def __init__(self, ev: GroupEvaluation, start: int, stop: int):
        s, pumps, energies = ev.setting, ev.physics.energies.heat_pumps, ev.physics.energies
        first, last = np.searchsorted(pumps.rows, (start, stop)).tolist()
        rows, part = pumps.rows[first:last], slice(first, last)
        self.position = {r - start: j for j, r in enumerate(rows.tolist())}  # option row → its bins below
        load, hours = ev.physics.demand.loads_kw[rows], s.hours
        heat, backup = load * hours, pumps.backup_kw[part] * hours
        total = heat.sum(axis=1)
        self.temps, self.hours = list(s.bins.temps), hours.tolist()
        self.cop, self.heat = pumps.cop[part].tolist(), heat.tolist()
        self.electricity, self.backup = (pumps.electric_kw[part] * hours).tolist(), backup.tolist()
        self.month_heat, self.month_electricity = (
            (load @ s.month_hours.T).tolist(),
            (pumps.electric_kw[part] @ s.month_hours.T).tolist(),
        )
        self.seasonal_cop, self.rated_cop = (
            energies.efficiency[rows, TYPICAL].tolist(),
            s.pumps.rated_cop[pumps.slot[part]].tolist(),
        )
        self.backup_share = np.where(total > 0, backup.sum(axis=1) / np.where(total > 0, total, 1.0), 0.0).tolist()
        self.months = s.months

    def of(self, j: int) -> HeatPumpBins | None:
        k = self.position.get(j)
        if k is None:
            return None
        return HeatPumpBins.trusted(
            temps=self.temps,
            hours=self.hours,
            cop=self.cop[k],
            heat_kwh=self.heat[k],
            electricity_kwh=self.electricity[k],
            backup_kwh=self.backup[k],
            by_month_heat_kwh=dict(zip(self.months, self.month_heat[k])),
            by_month_electricity_kwh=dict(zip(self.months, self.month_electricity[k])),
            seasonal_cop=self.seasonal_cop[k],
            rated_cop=self.rated_cop[k],
            backup_share=self.backup_share[k],
        )


class _Figures:
    """One household's rows of the group's arrays as Python numbers, read out once."""

    def __init__(self, ev: GroupEvaluation, start: int, stop: int):
        phys, cash, equip, emis = ev.physics, ev.money, ev.equipment, ev.emissions
        part = slice(start, stop)
        self.heat = phys.demand.heat_by_month[part].sum(axis=1).tolist()
        self.design_load = phys.demand.design_load_kw[part].tolist()
        self.nominal, self.recommended = phys.nominal_kw[part].tolist(), phys.recommended_kw[part].tolist()
        self.quantity, self.efficiency = phys.energies.quantity[part].tolist(), phys.energies.efficiency[part].tolist()
        self.running = phys.running.yuan[part].tolist()
        self.capital, self.net_capital, self.one_off = (
            cash.capital[part].tolist(),
            cash.net_capital[part].tolist(),
            cash.one_off[part].tolist(),
        )
        self.operating, self.payback = cash.operating[part, TYPICAL].tolist(), cash.payback[part].tolist()
        self.discounted_payback, self.npv = cash.discounted_payback[part].tolist(), cash.npv[part].tolist()
        self.maintenance, self.lifetime = cash.maintenance[part].tolist(), cash.lifetime[part].tolist()
        self.horizon, self.no_subsidy = cash.horizon_cost[part].tolist(), cash.horizon_cost_no_subsidy[part].tolist()
        self.lcoh, self.cumulative = cash.lcoh[part].tolist(), cash.cumulative[part].tolist()
        self.co2, self.pm, self.so2 = emis.co2_kg[part].tolist(), emis.pm_kg[part].tolist(), emis.so2_kg[part].tolist()
        self.coal_avoided = ev.coal_avoided_t[part].tolist()
        self.at_design, self.size_status = equip.capacity_at_design_kw[part].tolist(), equip.size_status[part].tolist()
        self.peak, self.supply = equip.peak_kw[part].tolist(), equip.supply_kw[part].tolist()
        self.supply_default, self.supply_status = (
            equip.supply_is_default[part].tolist(),
            equip.supply_status[part].tolist(),
        )
        self.month_cost, self.month_use = (
            phys.running.by_month[part, TYPICAL].tolist(),
            phys.energies.by_month[part, TYPICAL].tolist(),
        )
        self.tariffed = phys.running.tariffed[part].tolist()
        self.units = phys.units[part].tolist()
        self.unverified = [
            [code for code, flag in (("capital", capital), ("running", running)) if flag]
            for capital, running in zip(cash.capital_estimated[part].tolist(), phys.running.estimated[part].tolist())
        ]
        self.bins = _Bins(ev, start, stop)

    def by_month_cost(self, j: int, months: tuple[int, ...]) -> dict[int, float]:
        """Typical cost by month: the bill's months (January first) for a tariff, else the season's."""
        cost = self.month_cost[j]
        if not self.tariffed[j]:
            return {m: cost[m - 1] for m in months}
        used = {m for m, q in zip(months, self.month_use[j]) if q}
        return {m + 1: cost[m] for m in range(12) if m + 1 in used or abs(cost[m]) > 1e-9}


def _option(ev: GroupEvaluation, f: _Figures, j: int, r: int, rank: int) -> OptionResult:
    row, s = ev.rows[r], ev.setting
    device = row.device
    case = ev.households[row.household].case
    fuel = s.data.common.fuels[device.fuel]
    heat = f.heat[j]
    quantity, running, one_off = tuple(f.quantity[j]), tuple(f.running[j]), tuple(f.one_off[j])
    size = supply = None
    bins = f.bins.of(j)
    if bins is not None:
        kw_per_pi = s.data.common.kw_per_pi.value
        nominal, recommended = f.nominal[j], f.recommended[j]
        size = Sizing.trusted(
            design_load_kw=f.design_load[j],
            capacity_at_design_kw=f.at_design[j],
            nominal_kw=nominal,
            nominal_pi=nominal / kw_per_pi,
            recommended_kw=recommended,
            recommended_pi=recommended / kw_per_pi,
            status=STATUS[f.size_status[j]],
            units=f.units[j],
        )
    if f.supply_status[j] >= 0:
        supply = Supply.trusted(
            peak_kw=f.peak[j],
            supply_kw=f.supply[j],
            supply_is_default=f.supply_default[j],
            status=SUPPLY_STATUS[f.supply_status[j]],
        )
    income = case.economics.income_yuan_per_year
    assessment = ev.money.assessments[r]
    yearly_paid = assessment is not None and bool(assessment.operating or assessment.tariff_programmes)
    return OptionResult.trusted(
        key=row.choice.key,
        device_id=device.id,
        tech=device.tech,
        kind=device.kind,
        name_zh=row.name_zh,
        name_en=row.name_en,
        is_current=row.is_current,
        clean=device.clean,
        upgrades=list(row.choice.upgrades),
        heat_kwh=heat,
        fuel=device.fuel,
        fuel_unit="kwh" if device.kind == DeviceKind.HEAT_PUMP else fuel.unit,
        fuel_quantity=quantity,
        electricity_kwh=quantity if device.fuel == "electricity" else (0.0, 0.0, 0.0),
        efficiency=tuple(f.efficiency[j]),
        running_cost=running,
        heat_cost_per_kwh=tuple(y / heat for y in running) if heat else (0.0, 0.0, 0.0),
        by_month_cost=f.by_month_cost(j, s.months),
        capital_cost=tuple(f.capital[j]),
        subsidy=one_off[1],
        subsidy_range=one_off,
        operating_subsidy=f.operating[j] if yearly_paid else [],
        subsidies=assessment,
        net_capital=tuple(f.net_capital[j]),
        maintenance_per_year=f.maintenance[j],
        lifetime_years=f.lifetime[j],
        payback_years=tuple(map(_maybe, f.payback[j])),
        discounted_payback_years=_maybe(f.discounted_payback[j]),
        horizon_cost=tuple(f.horizon[j]),
        horizon_cost_no_subsidy=f.no_subsidy[j],
        npv_cost=f.npv[j],
        lcoh=tuple(f.lcoh[j]),
        cumulative_cost=f.cumulative[j],
        co2_kg=f.co2[j],
        pm_kg=_maybe(f.pm[j]),
        so2_kg=_maybe(f.so2[j]),
        coal_avoided_t=f.coal_avoided[j],
        sizing=size,
        supply=supply,
        heat_pump=bins,
        income_share=running[1] / income if income else None,
        rank=rank,
        reasons=[],  # ``explain`` adds them
        unverified=f.unverified[j],
        group=GROUPS[ev.group[r]],
        missing=list(ev.missing[r]),
        banned=bool(ev.banned[r]),
    )


def comparison(ev: GroupEvaluation, h: int) -> Comparison:
    """Household ``h`` of the evaluation, ranked, with its reasons and assumptions."""
    start = ev.first[h]
    figures = _Figures(ev, start, ev.first[h + 1])
    current = _option(ev, figures, 0, start, 0)
    ranked = [_option(ev, figures, r - start, r, rank) for rank, r in enumerate(ev.order[h], 1)]
    case = ev.households[h].case
    recommended, reasons, close = explain(current, ranked, case, ev.close[h] is not None)
    data = ev.setting.data
    return Comparison.trusted(
        place=ev.settings[h].place,
        demand=_demand(ev, h),
        current=current,
        options=ranked,
        recommended=recommended,
        reasons=reasons,
        assumptions=assumptions(ev.setting, ev.prices, ev.households[h].current.fuel, ev.terms.horizon_years),
        notices=[n for n in (ev.physics.checks.notice[h],) if n is not None],
        horizon_years=ev.terms.horizon_years,
        on_date=ev.setting.on.isoformat(),
        packs=dict(data.versions),
        village_has=sorted(ev.households[h].village),
        close_call=close,
    )
