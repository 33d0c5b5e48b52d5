"""Each row's money: purchase, subsidies, and costs over the years against today's system."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from ..demand.evaluation import Physics
from ..demand.households import (
    HouseholdInput,
    OptionRow,
    device_capital,
    measures_capital,
)
from ..devices.scenarios import SCENARIOS, TYPICAL
from ..packs.catalog_schema import FuelId
from ..setting.setting import Setting
from ..subsidies import SubsidyAssessment
from .economics import (
    CashFlows,
    MoneyTerms,
    crossover_year,
    discounted,
    levelised_cost,
    net_of_residual,
    npv,
    residual_value,
    simple_payback,
    yearly_costs,
)
from .purchase import borehole_m, estimated_capital, sized_capital
from .subsidy_link import Assessor, yearly_subsidies


@dataclass(frozen=True, slots=True, eq=False)
class RowMoney:
    device_capital: np.ndarray  # (R, 3) the device with its emitters and ground loop, if any
    capital_estimated: np.ndarray  # (R,) the price rests on our estimates (E): to be checked locally
    capital: np.ndarray  # (R, 3) device + envelope measures
    net_capital: np.ndarray  # (R, 3) after the one-off subsidy
    one_off: np.ndarray  # (R, 3) one-off subsidy at the low / typical / high price
    operating: np.ndarray  # (R, 3, horizon) operating and per-kWh subsidies by year
    subsidised: np.ndarray  # (R,) any typical subsidy, one-off or yearly
    assessments: list[SubsidyAssessment | None]  # None for today's system and what costs nothing
    maintenance: np.ndarray  # (R,)
    lifetime: np.ndarray  # (R,)
    cumulative: np.ndarray  # (R, horizon + 1) typical
    horizon_cost: np.ndarray  # (R, 3): paid over the horizon less the residual value at its end
    horizon_cost_no_subsidy: np.ndarray  # (R,)
    payback: np.ndarray  # (R, 3) simple payback against today's system; NaN: never (and for today's system)
    discounted_payback: np.ndarray  # (R,)
    npv: np.ndarray  # (R,)
    lcoh: np.ndarray  # (R, 3)


def _subsidies(
    settings: list[Setting],
    households: list[HouseholdInput],
    rows: list[OptionRow],
    phys: Physics,
    device_cost: np.ndarray,
    years: int,
    explain: bool,
) -> tuple[np.ndarray, np.ndarray, list[SubsidyAssessment | None]]:
    """One-off subsidy per row and scenario, yearly subsidies, and the engine's assessments.

    Rows go household by household, today's system first. Rows assessed alike get the same
    answer from the assessor's cache; the money is read once per answer for all its rows, and
    the yearly subsidies once per set of yearly terms (answers differing only in the one-off
    amount share them)."""
    n = len(rows)
    one_off = np.zeros((n, len(SCENARIOS)))
    operating = np.zeros((n, 3, years))
    found: list[SubsidyAssessment | None] = [None] * n
    alike: defaultdict[int, list[int]] = defaultdict(list)  # id of an answer → its rows
    given: list[int] = []  # rows whose subsidy the staff typed in
    costs, sizes, units = device_cost.tolist(), phys.nominal_kw.tolist(), phys.units.tolist()
    for i, row in enumerate(rows):
        if row.is_current:
            household = households[row.household]
            assess = Assessor(settings[row.household], household.case, household.current, explain)
            continue
        if row.choice.subsidy_yuan is not None:
            given.append(i)
        cost = costs[i]
        if cost[2] != 0:
            answer = found[i] = assess(
                row.device, tuple(cost), row.device.capacity_kw if math.isnan(sizes[i]) else sizes[i], units[i] or None
            )
            if answer is not None:
                alike[id(answer)].append(i)
    paid_alike: dict[
        tuple[object, ...], tuple[SubsidyAssessment, FuelId, list[int]]
    ] = {}  # same yearly terms and fuel → their rows
    points = []  # per answer: its one-off money, written to all its rows at once (numpy takes a list of rows slowly)
    for same in alike.values():
        answer, fuel = found[same[0]], rows[same[0]].device.fuel
        assert answer is not None
        points.append(answer.capital_total.points())
        if answer.operating or answer.tariff_programmes:
            terms = (tuple(map(id, answer.operating)), tuple(map(id, answer.tariff_programmes)), fuel)
            paid_alike.setdefault(terms, (answer, fuel, []))[2].extend(same)
    if points:
        one_off[np.concatenate(list(alike.values()))] = np.repeat(
            points, [len(same) for same in alike.values()], axis=0
        )
    energy, running = phys.energies, phys.running
    for answer, fuel, same in paid_alike.values():
        operating[same] = yearly_subsidies(
            settings[0], answer, fuel, energy.quantity[same], energy.valley_share[same], running.yuan[same], years
        )
    for i in given:
        one_off[i] = rows[i].choice.subsidy_yuan
    return one_off, operating, found


def money(
    settings: list[Setting],
    households: list[HouseholdInput],
    rows: list[OptionRow],
    phys: Physics,
    terms: MoneyTerms,
    explain: bool = True,
) -> RowMoney:
    """Capital, subsidies and costs over the horizon of every row; payback against row 0 of each household.
    ``settings``: each household's own (one site; subsidies depend on the county).
    ``explain``: keep each subsidy programme's account for display (not needed by a batch)."""
    setting = settings[0]
    n = len(rows)
    metres = borehole_m(setting, phys)
    device_cost, parts = device_capital(
        households, rows, phys.layout, phys.devices, sized_capital(setting, phys, metres)
    )
    measure_cost = np.zeros((n, len(SCENARIOS)))
    for i in [i for i, r in enumerate(rows) if r.measures]:
        measure_cost[i] = measures_capital(setting, households[rows[i].household].case.house, rows[i].measures)
    capital = device_cost + measure_cost
    one_off, operating, assessments = _subsidies(
        settings, households, rows, phys, device_cost, terms.horizon_years, explain
    )
    one_off = np.minimum(one_off, capital)  # a one-off subsidy pays the purchase at most (a typed one may say more)
    maintenance = phys.devices.column(setting.devices.maintenance)
    lifetime = phys.devices.column(setting.devices.lifetime)
    part_lifetime = phys.devices.column(setting.devices.part_lifetime)
    running = phys.running.yuan
    flows = CashFlows(capital, one_off, running, maintenance[:, None], part_lifetime[:, None], parts, operating)
    yearly = yearly_costs(flows, terms)
    cumulative = np.cumsum(yearly, axis=-1)  # money paid, year by year (the payback chart)
    net = net_of_residual(yearly, residual_value(flows, terms.horizon_years))  # what the horizon's use cost
    subsidised = (one_off[:, TYPICAL] > 0) | operating[:, TYPICAL].any(axis=-1)
    no_subsidy = net[:, TYPICAL].sum(axis=-1)
    with_subsidy = np.flatnonzero(subsidised)  # the rest cost the same without
    bare = CashFlows(
        capital[with_subsidy, TYPICAL],
        np.zeros(len(with_subsidy)),
        running[with_subsidy, TYPICAL],
        maintenance[with_subsidy],
        part_lifetime[with_subsidy],
        parts[with_subsidy, TYPICAL],
        np.zeros((len(with_subsidy), terms.horizon_years)),
    )
    no_subsidy[with_subsidy] = yearly_costs(bare, terms).sum(axis=-1) - residual_value(bare, terms.horizon_years)

    is_current, current = phys.layout.is_current, phys.layout.current
    current_running = running[current, TYPICAL] + maintenance[current]
    saving = current_running[:, None] - (running + maintenance[:, None] - operating[:, :, 0])
    net_capital = np.maximum(capital - one_off, 0.0)
    payback = np.where(is_current[:, None], np.nan, simple_payback(net_capital, saving, lifetime[:, None]))
    option_cum = np.cumsum(discounted(yearly[:, TYPICAL], terms.discount_rate), axis=-1)
    today_cum = option_cum[current]  # today's system: its own row's flows (nothing to buy)
    disc_payback = np.where(is_current, np.nan, crossover_year(option_cum, today_cum))
    heat = phys.demand.heat_by_month.sum(axis=1)
    return RowMoney(
        device_capital=device_cost,
        capital_estimated=estimated_capital(setting, rows, phys, metres),
        capital=capital,
        net_capital=net_capital,
        one_off=one_off,
        operating=operating,
        subsidised=subsidised,
        assessments=assessments,
        maintenance=maintenance,
        lifetime=lifetime,
        cumulative=cumulative[:, TYPICAL],
        horizon_cost=net.sum(axis=-1),
        horizon_cost_no_subsidy=no_subsidy,
        payback=payback,
        discounted_payback=disc_payback,
        npv=npv(net[:, TYPICAL], terms.discount_rate),
        lcoh=levelised_cost(net, heat[:, None], terms.discount_rate),
    )
