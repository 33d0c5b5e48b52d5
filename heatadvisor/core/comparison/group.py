"""Evaluate many households at once: the one code path behind a single comparison and a
village batch.

Households are grouped by what they share (weather station, region, season, date, prices, money
terms: the setting's site, so the counties of one station are one group); each group is evaluated
as arrays over all of its rows at once. ``compare`` is a group of one.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from ..contract.case import Case, Prices
from ..contract.problems import InputError
from ..demand.calibration import check_unit
from ..demand.emissions import Emissions, emissions
from ..demand.evaluation import Physics, physics
from ..demand.households import HouseholdInput, OptionRow, household_rows
from ..demand.sizing import Equipment, equipment
from ..devices.scenarios import TYPICAL
from ..money.economics import MoneyTerms
from ..money.over_years import RowMoney, money
from ..setting.bundle import DataBundle, bundled
from ..setting.setting import Setting, setting_for
from ..setting.village import missing
from .ranking import close_calls, groups, pair_first, rank_order


@dataclass(frozen=True, slots=True, eq=False)
class GroupEvaluation:
    """A group of households evaluated together; rows ``first[h]`` … ``first[h + 1] − 1`` are
    household ``h``'s, today's system first."""

    setting: Setting  # the first household's; every household's has the same site
    settings: list[Setting]  # per household: its own county's (its place, its subsidies)
    prices: Prices
    terms: MoneyTerms
    households: list[HouseholdInput]
    rows: list[OptionRow]
    physics: Physics
    money: RowMoney
    emissions: Emissions
    equipment: Equipment
    coal_avoided_t: np.ndarray  # (R,)
    order: list[list[int]]  # per household: its option rows, best first
    recommended: list[int | None]  # per household: the recommended row, if any
    close: list[int | None]  # per household: the runner-up row that costs about the same (``close_calls``), if any
    group: list[int]  # per row: its position in ``GROUPS`` (where it is listed)
    missing: list[tuple[str, ...]]  # per row: infrastructure its device needs that the village lacks
    banned: np.ndarray  # (R,) bool: the row burns a fuel its household may not burn (禁煤区)

    @property
    def first(self) -> list[int]:
        return self.physics.layout.first


@dataclass(frozen=True, slots=True)
class CaseOutcome:
    """One case's place in its group's evaluation, or why it could not be compared."""

    evaluation: GroupEvaluation | None
    household: int
    error: InputError | None


def _group_key(setting: Setting, case: Case) -> tuple[object, ...]:
    e = case.economics
    return (
        id(setting.site),
        tuple(case.prices.__dict__.values()),
        e.horizon_years,
        e.discount_rate,
        e.price_escalation,
    )


def evaluate_cases(cases: Iterable[Case], data: DataBundle | None = None, explain: bool = True) -> list[CaseOutcome]:
    """Evaluate every case; a case with a bad field gets its InputError, the others go on.

    ``explain=False`` skips what only a full comparison shows (each subsidy programme's
    account): for summaries of a whole village."""
    data = data or bundled()
    groups: dict[tuple[object, ...], list[tuple[int, Setting, HouseholdInput, list[OptionRow]]]] = {}
    outcomes: list[CaseOutcome | None] = []
    for position, case in enumerate(cases):
        try:
            setting = setting_for(case, data)
            members = groups.setdefault(_group_key(setting, case), [])
            household, rows = household_rows(case, setting, len(members))
            check_unit(case, setting, household.current)
        except InputError as error:
            outcomes.append(CaseOutcome(None, 0, error))
            continue
        members.append((position, setting, household, rows))
        outcomes.append(None)
    for members in groups.values():
        if not members:
            continue
        evaluation = _evaluate(
            [m[1] for m in members], [m[2] for m in members], [r for m in members for r in m[3]], explain
        )
        for h, (position, *_) in enumerate(members):
            refused = evaluation.physics.checks.problem(h)  # last winter's figure beyond what the house could use
            outcomes[position] = CaseOutcome(evaluation, h, None) if refused is None else CaseOutcome(None, 0, refused)
    compared = [outcome for outcome in outcomes if outcome is not None]
    assert len(compared) == len(outcomes), "every case in a group has its outcome"
    return compared


def _evaluate(
    settings: list[Setting], households: list[HouseholdInput], rows: list[OptionRow], explain: bool
) -> GroupEvaluation:
    setting, case = settings[0], households[0].case
    terms = MoneyTerms(case.economics.horizon_years, case.economics.discount_rate, case.economics.price_escalation)
    phys = physics(setting, case.prices, households, rows)
    cash = money(settings, households, rows, phys, terms, explain)
    emis = emissions(phys.devices, phys.energies.quantity[:, TYPICAL])
    equip = equipment(setting, households, rows, phys)
    layout = phys.layout
    first, hh, current, is_current = layout.first, layout.household, layout.current, layout.is_current
    burns_coal = emis.coal_t[current] > 0  # today's system burns coal (the table's coal factor is 1 per tonne)
    coal_avoided = np.where(burns_coal & ~is_current, emis.coal_t[current] - emis.coal_t, 0.0)
    lacking = [
        () if r.is_current or not r.device.needs else missing(r.device.needs, households[r.household].village)
        for r in rows
    ]
    banned = np.array([r.device.fuel in households[r.household].banned for r in rows], dtype=bool)
    devices = setting.devices
    group = groups(
        phys.devices.column(devices.clean),
        equip.supply_status == 2,
        np.array([bool(m) for m in lacking]),
        phys.devices.column(devices.transitional),
        banned,
        phys.running.estimated,
        hh,
        ~is_current,
    )
    ranked = rank_order(hh, ~is_current, group, cash.horizon_cost[:, TYPICAL], phys.running.yuan[:, TYPICAL]).tolist()
    groups_of = group.tolist()
    order = [ranked[start - h : stop - h - 1] for h, (start, stop) in enumerate(itertools.pairwise(first))]
    close = close_calls(
        order,
        groups_of,
        [r.device.tech for r in rows],
        cash.horizon_cost[:, TYPICAL],
        setting.data.common.close_call_share.value,
    )
    close = pair_first(order, close, cash.net_capital[:, TYPICAL])
    recommended = [best[0] if best and groups_of[best[0]] == 0 else None for best in order]
    return GroupEvaluation(
        setting,
        settings,
        case.prices,
        terms,
        households,
        rows,
        phys,
        cash,
        emis,
        equip,
        coal_avoided,
        order,
        recommended,
        close,
        groups_of,
        lacking,
        banned,
    )
