"""Between the comparison and the subsidy engine: the facts it needs, and the money it finds.

The engine (``subsidies/``) knows programmes; this module knows the case. It turns the
household and each option into the engine's facts, and the engine's assessment into the
economics' inputs: a one-off subsidy per scenario and a subsidy for each year since
installation (operating subsidies stepping down, per-kWh tariff subsidies).
"""

from __future__ import annotations

from collections import OrderedDict

from .context import Context
from .emissions import COAL_FUELS
from .options import OptionEnergy
from .packs.catalog_schema import Device
from .subsidies import (
    HouseholdFacts, OptionFacts, PolicyPack, SubsidyAssessment, evaluate, operating_subsidy_by_year, tariff_subsidy_yuan,
)
from .subsidies.amount_types import PerKw, PerM2
from .subsidies.conditions import region_reason


def household_facts(ctx: Context, current: Device) -> HouseholdFacts:
    case, place = ctx.case, ctx.place
    h = case.household
    return HouseholdFacts(
        province=place.province, prefecture=place.prefecture, county=place.county, county_adcode=place.county_code,
        township=case.location.township, village=case.location.village, hukou_local=h.hukou_local,
        heats_with_coal_now=current.fuel in COAL_FUELS, low_income=h.low_income, owns_house=h.owns_house,
        subsidised_before=h.subsidised_before, village_batches=h.village_batches,
        heated_area_m2=case.house.heated_area_m2,
    )


def rating_key(source: str, t_source: float, t_sink: float) -> str:
    """A rating point as labels print it: A-12/W35 (air), B0/W35 (ground), W10/W35 (water)."""
    letter = {"air": "A", "ground": "B", "water": "W"}[source]
    return f"{letter}{t_source:g}/W{t_sink:g}"


def option_facts(device: Device, price: tuple[float, float, float], capacity_kw: float | None) -> OptionFacts:
    hp = device.heat_pump
    cops = {rating_key(hp.source, p.t_source_c, p.t_sink_c): p.cop for p in hp.rating_points} if hp else None
    low, typ, high = price
    return OptionFacts(
        tech=device.tech, device_id=device.id, price_yuan={"low": low, "typ": typ, "high": high},
        efficiency_grade=device.efficiency_grade, rated_cop=cops, capacity_kw=capacity_kw,
    )


_PACKS_FOR: dict[tuple, tuple[list[PolicyPack], list[PolicyPack]]] = {}
_ASSESSED: OrderedDict[tuple, tuple[Device, list[PolicyPack], SubsidyAssessment]] = OrderedDict()
ASSESSED_KEPT = 256


def packs_for(ctx: Context, household: HouseholdFacts) -> list[PolicyPack]:
    """The policy packs with a programme that can cover this household's place.

    Programmes for other provinces can never apply here; leaving their packs out keeps a
    recalculation fast (each option is assessed on every keystroke). Cached per place.
    """
    policies = ctx.data.policies
    key = (id(policies), household.province, household.prefecture, household.county, household.county_adcode, household.township)
    hit = _PACKS_FOR.get(key)
    if hit is not None and hit[0] is policies:
        return hit[1]
    chosen = [pack for pack in policies
              if any(region_reason(p.region, household).outcome != "not_met" for p in pack.programmes)]
    _PACKS_FOR[key] = (policies, chosen)
    return chosen


def _uses_area_and_capacity(packs: list[PolicyPack]) -> tuple[bool, bool]:
    """Whether any programme reads the heated area or the unit's kW (per-m² or per-kW amounts,
    area limits). Facts no programme reads are left out, so typing a new area or temperature
    asks the engine nothing new."""
    programmes = [p for pack in packs for p in pack.programmes]
    area = any(isinstance(p.amount, PerM2) or p.conditions.heated_area is not None for p in programmes)
    return area, any(isinstance(p.amount, PerKw) for p in programmes)


class Assessor:
    """Assesses each option of one comparison against the packs that cover the household.

    Facts no programme reads are left out (typing a new area or temperature then asks the
    engine nothing new), and each question is answered once across recalculations.
    """

    def __init__(self, ctx: Context, household: HouseholdFacts):
        self.ctx, self.packs = ctx, packs_for(ctx, household)
        uses_area, self.uses_capacity = _uses_area_and_capacity(self.packs)
        self.household = household if uses_area else household.model_copy(update={"heated_area_m2": None})
        self.key = (tuple(id(p) for p in self.packs), self.household.model_dump_json(), ctx.on)

    def __call__(self, device: Device, price: tuple[float, float, float], capacity_kw: float | None) -> SubsidyAssessment | None:
        if not self.packs:
            return None
        capacity = capacity_kw if self.uses_capacity else None
        key = (*self.key, id(device), price, capacity)
        hit = _ASSESSED.get(key)
        if hit is not None and hit[0] is device and all(a is b for a, b in zip(hit[1], self.packs)):
            _ASSESSED.move_to_end(key)
            return hit[2]
        found = evaluate(self.packs, self.household, option_facts(device, price, capacity), self.ctx.on)
        _ASSESSED[key] = (device, self.packs, found)  # held, so the ids in the key stay theirs
        if len(_ASSESSED) > ASSESSED_KEPT:
            _ASSESSED.popitem(last=False)
        return found


def tariff_pack_pays_kwh_subsidies(ctx: Context) -> bool:
    """Whether the region's tariff pack already pays per-kWh heating subsidies on this date.

    Such a region's tariff is their one owner: the policy packs' tariff programmes are then
    shown in the checklist but not paid again, so nothing is counted twice.
    """
    on = ctx.on
    return any(
        (s.valid_from is None or s.valid_from <= on) and (s.valid_to is None or on <= s.valid_to)
        for s in ctx.tariff.electricity.subsidies
    )


def yearly_subsidy(ctx: Context, assessment: SubsidyAssessment | None, energy: OptionEnergy,
                   season_cost: float, years: int) -> tuple[float, ...]:
    """Yuan of operating and per-kWh subsidy in each year 1..years after installation."""
    if assessment is None or not (assessment.operating or assessment.tariff_programmes):
        return ()
    kwh = energy.quantity if energy.fuel == "electricity" else 0.0
    m3 = energy.quantity if energy.fuel == "natural_gas" else 0.0
    by_year = operating_subsidy_by_year(assessment.operating, kwh, m3, years, season_cost_yuan=season_cost)
    if kwh and assessment.tariff_programmes and not tariff_pack_pays_kwh_subsidies(ctx):
        valley = kwh * energy.valley_share
        by_year = [y + tariff_subsidy_yuan(assessment.tariff_programmes, valley, kwh, year)
                   for year, y in enumerate(by_year, start=1)]
    return tuple(min(y, season_cost) for y in by_year)
