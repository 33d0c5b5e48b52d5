"""Compare heating options for one household: the function every view calls.

inputs (Case) → context (place, climate, demand) → each option's energy, cost, money
over the years, emissions, sizing → ranked result (Comparison) with reasons as codes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .calibration import calibrated_heat_kwh
from .case import Case, OptionChoice
from .arith import dot
from .context import Context, build_context, find_device, with_demand
from .data import DataBundle, bundled
from .demand import areas, heat_loss, upgraded
from .economics import CashFlowInput, Terms, crossover_year, cumulative, discounted, levelised_cost, npv, simple_payback, yearly_costs
from .emissions import COAL_FUELS, emissions
from .options import SCENARIOS, evaluate, heat_pump_model, sink_temps
from .packs.catalog_schema import Device, Upgrade
from .problems import FieldProblem, InputError
from .ranking import assumptions, rank_and_explain
from .results import Comparison, HeatPumpBins, OptionResult
from .running import running_cost
from .sizing import peak_electric_kw, recommended_kw, sizing, supply_check
from .subsidies import SubsidyAssessment
from .subsidy_link import Assessor, household_facts, yearly_subsidy


@dataclass(frozen=True, slots=True)
class _Priced:
    """One option's physical and money figures for the three scenarios."""

    device: Device
    choice: OptionChoice
    ctx: Context
    energies: tuple
    running: tuple
    capital: tuple[float, float, float]  # device + envelope measures
    device_capital: tuple[float, float, float]  # bought again when the device wears out
    nominal_kw: float | None
    measures: tuple[Upgrade, ...]
    subsidies: SubsidyAssessment | None


def compare(case: Case, data: DataBundle | None = None) -> Comparison:
    data = data or bundled()
    ctx = build_context(case, data)
    current_device = find_device(data, case.current.device_id, "current.device_id")
    calibrated = calibrated_heat_kwh(ctx, current_device)
    if calibrated is not None:
        ctx = with_demand(ctx, ctx.demand.model_kwh, calibrated)
    choices = case.options if case.options is not None else [
        OptionChoice(device_id=d) for d in ctx.region.default_options if d != case.current.device_id
    ]
    assess = Assessor(ctx, household_facts(ctx, current_device))
    current = _price(ctx, current_device, OptionChoice(device_id=current_device.id), None, "current")
    priced = [_price(ctx, find_device(data, c.device_id, f"options.{i}.device_id"), c, assess, f"options.{i}.upgrades")
              for i, c in enumerate(choices)]
    terms = Terms(case.economics.horizon_years, case.economics.discount_rate, case.economics.price_escalation)
    current_result = _result(current, None, terms, is_current=True)
    current_discounted = cumulative(discounted(_current_yearly(current_result, terms), terms.discount_rate))
    results = [_result(p, current_result, terms, is_current=False, current_discounted=current_discounted) for p in priced]
    current_result, ranked, recommended, reasons = rank_and_explain(current_result, results, case)
    return Comparison(
        place=ctx.place, demand=ctx.demand, current=current_result, options=ranked, recommended=recommended,
        reasons=reasons, assumptions=assumptions(ctx), horizon_years=terms.horizon_years, on_date=ctx.on.isoformat(), packs=dict(data.versions),
    )


def _upgrades(ctx: Context, choice: OptionChoice, field: str) -> list[Upgrade]:
    known = {u.id: u for u in ctx.data.common.upgrades}
    missing = [u for u in choice.upgrades if u not in known]
    if missing:
        raise InputError([FieldProblem(field, "unknown_upgrade", ", ".join(missing))])
    return [known[u] for u in choice.upgrades]


def _with_upgrades(ctx: Context, measures: list[Upgrade]) -> Context:
    """The same household after envelope measures; calibration still applies."""
    if not measures:
        return ctx
    house = upgraded(ctx.case.house, measures, ctx.data.common)
    loss = heat_loss(house, ctx.data.common)
    model_new = ctx.demand.model_kwh * loss.ua_w_per_k / ctx.loss.ua_w_per_k  # same bins, scaled UA
    moved = replace(ctx, case=ctx.case.model_copy(update={"house": house}), loss=loss)
    return with_demand(moved, model_new, None if ctx.demand.calibrated_kwh is None else ctx.demand.calibrated_kwh * model_new / ctx.demand.model_kwh)


def _nominal_kw(ctx: Context, device: Device, choice: OptionChoice) -> float | None:
    if device.kind != "heat_pump":
        return None
    if choice.capacity_kw is not None:
        return choice.capacity_kw
    model = heat_pump_model(ctx, device, device.capacity_kw or 1.0)
    return recommended_kw(ctx, model)


def _device_capital(ctx: Context, device: Device, choice: OptionChoice, is_current: bool) -> tuple[float, float, float]:
    """Purchase and installation of the device (and new emitters if the house has none);
    nothing for the system the household already has."""
    if is_current or device.id == ctx.case.current.device_id:
        return (0.0, 0.0, 0.0)
    if choice.price_yuan is not None:
        return (choice.price_yuan,) * 3
    fixed, per_m2 = device.capital.fixed_yuan, device.capital.per_m2_yuan
    area = ctx.case.house.heated_area_m2
    needs_pipes = per_m2 is not None and (not device.needs_water_emitters or ctx.case.house.emitter.value == "none")
    if not needs_pipes or per_m2 is None:
        return (fixed.low, fixed.typ, fixed.high)
    return (fixed.low + per_m2.low * area, fixed.typ + per_m2.typ * area, fixed.high + per_m2.high * area)


def _measures_capital(ctx: Context, measures: list[Upgrade]) -> tuple[float, float, float]:
    """Envelope measures, costed on the element they improve (roof, wall, windows, doors)."""
    a = areas(ctx.case.house, ctx.data.common)
    basis = {"wall": a.wall_m2, "windows": a.windows_m2, "roof": a.roof_m2, "floor": a.floor_m2, "door": a.doors}
    low, typ, high = (sum(getattr(m.cost_yuan_per_m2, k) * basis[m.area_basis] for m in measures) for k in ("low", "typ", "high"))
    return (low, typ, high)


def _price(ctx: Context, device: Device, choice: OptionChoice, assess: Assessor | None, field: str) -> _Priced:
    """Energy, running cost and capital of one option; ``assess`` is None for today's system."""
    is_current = assess is None
    measures = _upgrades(ctx, choice, field)
    octx = _with_upgrades(ctx, measures)
    nominal = _nominal_kw(octx, device, choice)
    energies = evaluate(octx, device, nominal)
    running = tuple(running_cost(octx, e, s) for e, s in zip(energies, SCENARIOS))
    device_cost = _device_capital(ctx, device, choice, is_current)
    measure_cost = _measures_capital(ctx, measures)
    capital = tuple(d + m for d, m in zip(device_cost, measure_cost))
    subsidies = None if assess is None or device_cost[2] == 0 else assess(device, device_cost, nominal or device.capacity_kw)
    return _Priced(device, choice, octx, energies, running, capital, device_cost, nominal, tuple(measures), subsidies)


def _result(p: _Priced, current: OptionResult | None, terms: Terms, is_current: bool,
            current_discounted: list[float] | None = None) -> OptionResult:
    ctx, device = p.ctx, p.device
    typ = p.energies[1]
    heat = sum(ctx.demand.by_month_kwh.values())
    one_off = _one_off_subsidy(p)
    operating = tuple(yearly_subsidy(ctx, p.subsidies, e, r.yuan, terms.horizon_years) for e, r in zip(p.energies, p.running))
    maintenance = device.maintenance_yuan_per_year.value
    lifetime = device.lifetime_years.value
    flows = [CashFlowInput(c, sub, r.yuan, maintenance, lifetime, op, replacement=d)
             for c, d, r, sub, op in zip(p.capital, p.device_capital, p.running, one_off, operating)]
    yearly = [yearly_costs(f, terms) for f in flows]
    cum = [cumulative(y) for y in yearly]
    subsidised = one_off[1] > 0 or any(operating[1])
    no_sub = cumulative(yearly_costs(replace(flows[1], subsidy=0.0, operating_subsidy=()), terms))[-1] if subsidised else cum[1][-1]
    # the favourable end pairs low capital with low running cost; index 2 the reverse
    if current is None:
        payback = (None, None, None)
        disc_payback = None
    else:
        cur_running = current.running_cost[1] + current.maintenance_per_year
        payback = tuple(
            simple_payback(max(c - sub, 0.0), cur_running - (r.yuan + maintenance - (op[0] if op else 0.0)), lifetime)
            for c, r, sub, op in zip(p.capital, p.running, one_off, operating)
        )
        assert current_discounted is not None
        disc_payback = crossover_year(cumulative(discounted(yearly[1], terms.discount_rate)), current_discounted)
    emis = emissions(ctx, typ)
    model = typ.model
    size = sizing(ctx, model) if model is not None else None
    cop_design = None
    if model is not None:
        design_load = ctx.demand.design_load_kw
        design_flow = sink_temps(ctx, device, (design_load,), design_load)[0]
        cop_design = model.cop(ctx.place.design_temp_c, design_flow)
    supply = supply_check(ctx, peak_electric_kw(ctx, device, model, cop_design))
    effs = tuple(e.efficiency for e in p.energies)
    income = ctx.case.economics.income_yuan_per_year
    return OptionResult(
        key=p.choice.key, device_id=device.id, tech=device.tech, kind=device.kind,
        name_zh=" + ".join([device.name_zh, *(m.name_zh for m in p.measures)]),
        name_en=" + ".join([device.name_en, *(m.name_en for m in p.measures)]),
        is_current=is_current, clean=device.clean, upgrades=list(p.choice.upgrades), heat_kwh=heat,
        fuel=typ.fuel, fuel_unit=typ.unit, fuel_quantity=tuple(e.quantity for e in p.energies),
        electricity_kwh=tuple(e.quantity if e.fuel == "electricity" else 0.0 for e in p.energies),
        efficiency=effs, running_cost=tuple(r.yuan for r in p.running),
        heat_cost_per_kwh=tuple(r.yuan / heat if heat else 0.0 for r in p.running),
        by_month_cost=dict(p.running[1].by_month), capital_cost=p.capital, subsidy=one_off[1],
        subsidy_range=one_off, operating_subsidy=list(operating[1]), subsidies=p.subsidies,
        net_capital=tuple(max(c - sub, 0.0) for c, sub in zip(p.capital, one_off)), maintenance_per_year=maintenance,
        lifetime_years=lifetime, payback_years=payback, discounted_payback_years=disc_payback,
        horizon_cost=tuple(c[-1] for c in cum), horizon_cost_no_subsidy=no_sub,
        npv_cost=npv(yearly[1], terms.discount_rate),
        lcoh=tuple(levelised_cost(y, heat, terms.discount_rate) for y in yearly),
        cumulative_cost=cum[1], co2_kg=emis.co2_kg, pm_kg=emis.pm_kg, so2_kg=emis.so2_kg,
        coal_avoided_t=_coal_avoided(current, emis.coal_t), sizing=size, supply=supply, heat_pump=_bins(ctx, p) if model is not None else None,
        income_share=p.running[1].yuan / income if income else None, rank=0, reasons=[],
    )


def _one_off_subsidy(p: _Priced) -> tuple[float, float, float]:
    """A subsidy the staff typed in wins; else what the engine found (low/typ/high price)."""
    if p.choice.subsidy_yuan is not None:
        return (p.choice.subsidy_yuan,) * 3
    if p.subsidies is None:
        return (0.0, 0.0, 0.0)
    return p.subsidies.capital_total.points()


def _coal_avoided(current: OptionResult | None, option_coal_t: float) -> float:
    if current is None or current.fuel not in COAL_FUELS:
        return 0.0
    return current.fuel_quantity[1] - option_coal_t


def _current_yearly(current: OptionResult, terms: Terms) -> list[float]:
    flow = CashFlowInput(0.0, 0.0, current.running_cost[1], current.maintenance_per_year, current.lifetime_years)
    return yearly_costs(flow, terms)


def _bins(ctx: Context, p: _Priced) -> HeatPumpBins:
    perf = p.energies[1].bins
    model = p.energies[1].model
    assert perf is not None and model is not None and p.device.heat_pump is not None
    hours = ctx.bins.hours
    heat = [k * h for k, h in zip(perf.heat_kw, hours)]
    elec = [k * h for k, h in zip(perf.electric_kw, hours)]
    backup = [k * h for k, h in zip(perf.backup_kw, hours)]
    total_heat = sum(heat)
    first = max(p.device.heat_pump.rating_points, key=lambda r: r.t_source_c)
    by_month = ctx.bins.by_month
    return HeatPumpBins(
        temps=list(ctx.bins.temps), hours=list(hours), cop=list(perf.cop), heat_kwh=heat, electricity_kwh=elec,
        by_month_heat_kwh={m: dot(perf.heat_kw, mh) for m, mh in by_month},
        by_month_electricity_kwh={m: dot(perf.electric_kw, mh) for m, mh in by_month},
        backup_kwh=backup, seasonal_cop=p.energies[1].efficiency, rated_cop=first.cop,
        backup_share=sum(backup) / total_heat if total_heat else 0.0,
    )
