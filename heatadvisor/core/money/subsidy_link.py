"""Between the comparison and the subsidy engine: the facts it needs, and the money it finds.

The engine (``subsidies/``) knows programmes; this module knows the case. It turns the
household and each option into the engine's facts, and the engine's assessment into the
economics' inputs: a one-off subsidy per scenario and a subsidy for each year since
installation (operating subsidies stepping down, per-kWh tariff subsidies).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..contract.case import Case
from ..devices.device_table import COAL_FUELS
from ..packs.catalog_schema import Device
from ..packs.technology import expand
from ..setting.setting import Kept, Setting
from ..subsidies import (
    HouseholdFacts,
    OptionFacts,
    PolicyPack,
    PriceRange,
    SubsidyAssessment,
    evaluate,
    operating_subsidy_by_year,
    tariff_subsidy_yuan,
)
from ..subsidies.amount_types import PerKw, PerM2
from ..subsidies.conditions import region_reason
from ..subsidies.facts import PRICE_LIMIT_YUAN
from ..subsidies.schema import Programme


def household_facts(setting: Setting, case: Case, current: Device) -> HouseholdFacts:
    place = setting.place
    h = case.household
    return HouseholdFacts(
        province=place.province,
        prefecture=place.prefecture,
        county=place.county,
        county_adcode=place.county_code,
        township=case.location.township,
        village=case.location.village,
        hukou_local=h.hukou_local,
        heats_with_coal_now=current.fuel in COAL_FUELS,
        low_income=h.low_income,
        owns_house=h.owns_house,
        subsidised_before=h.subsidised_before,
        village_batches=h.village_batches,
        heated_area_m2=case.house.heated_area_m2,
    )


def rating_key(source: str, t_source: float, t_sink: float) -> str:
    """A rating point as labels print it: A-12/W35 (air), B0/W35 (ground), W10/W35 (water)."""
    letter = {"air": "A", "ground": "B", "water": "W"}[source]
    return f"{letter}{t_source:g}/W{t_sink:g}"


def option_facts(
    device: Device, price: tuple[float, float, float], capacity_kw: float | None, units: int | None = None
) -> OptionFacts:
    """The option as the engine asks: ``units`` indoor units for room units (per-device amounts
    count them); a price above what any programme pays on (a pack's extreme) is asked at that limit."""
    hp = device.heat_pump
    cops = {rating_key(hp.source, p.t_source_c, p.t_sink_c): p.cop for p in hp.rating_points} if hp else None
    low, typ, high = (min(p, PRICE_LIMIT_YUAN) for p in price)
    return OptionFacts(
        tech=device.tech,
        device_id=device.id,
        price_yuan=PriceRange(low=low, typ=typ, high=high),
        efficiency_grade=device.efficiency_grade,
        rated_cop=cops,
        capacity_kw=capacity_kw,
        device_count=units,
    )


PACKS_KEPT = 4096  # places (county and township) whose packs are kept: a survey's townships, a short list each
_PACKS_FOR: Kept[tuple[list[PolicyPack], list[PolicyPack]]] = Kept(PACKS_KEPT)
_ASSESSED: dict[tuple[object, ...], tuple[Device, list[PolicyPack], SubsidyAssessment]] = {}
ASSESSED_KEPT = 4096  # a village survey asks a few thousand distinct questions at most


def packs_for(setting: Setting, household: HouseholdFacts) -> list[PolicyPack]:
    """The policy packs with a programme that can cover this household's place.

    Programmes for other provinces can never apply here; leaving their packs out keeps a
    recalculation fast (each option is assessed on every keystroke). Cached per place, for
    the PACKS_KEPT places asked last.
    """
    policies = setting.data.policies
    key = (
        id(policies),
        household.province,
        household.prefecture,
        household.county,
        household.county_adcode,
        household.township,
    )

    def chosen() -> tuple[list[PolicyPack], list[PolicyPack]]:
        return policies, [
            pack
            for pack in policies
            if any(region_reason(p.region, household).outcome != "not_met" for p in pack.programmes)
        ]

    return _PACKS_FOR.get_or_make(key, chosen, lambda hit: hit[0] is policies)[1]


@dataclass(frozen=True, slots=True, eq=False)
class _Asked:
    """What a household's questions share with its neighbours': everything but the heated area."""

    setting: Setting
    facts: HouseholdFacts  # the household's facts (its own area)
    packs: list[PolicyPack]
    per_m2: tuple[tuple[PerM2, frozenset[str]], ...]  # per-m² amounts and the techs they cover
    area_condition: bool
    uses_capacity: bool
    key: tuple[object, ...]


_ASKED: dict[tuple[object, ...], _Asked] = {}
COUNTY_FIELDS = frozenset({"province", "prefecture", "county", "county_adcode"})  # read only by the region condition


def _question(facts: HouseholdFacts, programmes: list[Programme], explain: bool) -> object:
    """The household's facts as the engine's answer depends on them, the heated area apart.

    With the programme-by-programme account (``explain``) the answer names the place, so every
    place asks its own question. The money alone reads the county only through each
    programme's region condition (its outcome, and the level to ask for when unknown), so
    counties that every programme treats alike ask one question: a province's survey asks as
    few as one county's."""
    if explain:
        return facts.model_dump_json(exclude={"heated_area_m2"})
    regions = tuple((r.outcome, r.question) for r in (region_reason(p.region, facts) for p in programmes))
    return facts.model_dump_json(exclude={"heated_area_m2", *COUNTY_FIELDS}), regions


def _asked(setting: Setting, case: Case, current: Device, explain: bool) -> _Asked:
    h, loc = case.household, case.location
    known = (
        id(setting),
        loc.township,
        loc.village,
        h.hukou_local,
        current.fuel in COAL_FUELS,
        h.low_income,
        h.owns_house,
        h.subsidised_before,
        None if h.village_batches is None else tuple(h.village_batches),
        explain,
    )
    hit = _ASKED.get(known)
    if hit is not None and hit.setting is setting:
        return hit
    facts = household_facts(setting, case, current)
    packs = packs_for(setting, facts)
    programmes = [p for pack in packs for p in pack.programmes]
    made = _Asked(
        setting,
        facts,
        packs,
        tuple(
            (p.amount, frozenset(expand(p.covers.techs, p.covers.categories)))
            for p in programmes
            if isinstance(p.amount, PerM2)
        ),
        any(p.conditions.heated_area is not None for p in programmes),
        any(isinstance(p.amount, PerKw) for p in programmes),
        (tuple(id(p) for p in packs), _question(facts, programmes, explain), setting.on, explain),
    )
    if len(_ASKED) > 4096:
        _ASKED.clear()
    _ASKED[known] = made
    return made


class Assessor:
    """Assesses each option of one household against the packs that cover it.

    Facts no programme reads are left out of the question (typing a new area or temperature
    then asks the engine nothing new; neighbours share answers), and each question is
    answered once across recalculations and households. ``explain=False``: the money only,
    without the programme-by-programme account (a village batch).
    """

    def __init__(self, setting: Setting, case: Case, current: Device, explain: bool = True):
        asked = _asked(setting, case, current, explain)
        self.on, self.packs, self.explain, self.uses_capacity = setting.on, asked.packs, explain, asked.uses_capacity
        self.asked, self.area = asked, case.house.heated_area_m2
        self.reads_area = asked.area_condition or bool(asked.per_m2)

    def _area_key(self, tech: str) -> object:
        """What the answer for ``tech`` depends on of the heated area: the area itself under an
        area condition; else what each per-m² programme would pay (the same past its limit).
        Without the programme-by-programme account, a per-m² programme that does not cover the
        tech cannot change the money, so its amount is left out."""
        asked, area = self.asked, self.area
        if asked.area_condition:
            return area
        return tuple(
            min(
                min(area, a.max_m2.value if a.max_m2 else area) * a.yuan_per_m2.value,
                a.cap_yuan.value if a.cap_yuan else math.inf,
            )
            for a, techs in asked.per_m2
            if self.explain or tech in techs
        )

    def _household(self) -> HouseholdFacts:
        facts = self.asked.facts
        area = self.area if self.reads_area else None
        return facts if facts.heated_area_m2 == area else facts.model_copy(update={"heated_area_m2": area})

    def __call__(
        self, device: Device, price: tuple[float, float, float], capacity_kw: float | None, units: int | None = None
    ) -> SubsidyAssessment | None:
        if not self.packs:
            return None
        capacity = capacity_kw if self.uses_capacity else None
        area = self._area_key(device.tech) if self.reads_area else None
        key = (self.asked.key, area, id(device), price, capacity, units)
        hit = _ASSESSED.get(key)
        if hit is not None:
            return hit[2]
        found = evaluate(
            self.packs, self._household(), option_facts(device, price, capacity, units), self.on, self.explain
        )
        if len(_ASSESSED) >= ASSESSED_KEPT:
            _ASSESSED.clear()
        _ASSESSED[key] = (device, self.packs, found)  # held, so the ids in the key stay theirs
        return found


def tariff_pack_pays_kwh_subsidies(setting: Setting) -> bool:
    """Whether the region's tariff pack already pays per-kWh heating subsidies on this date.

    Such a region's tariff is their one owner: the policy packs' tariff programmes are then
    shown in the checklist but not paid again, so nothing is counted twice.
    """
    on = setting.on
    return any(
        (s.valid_from is None or s.valid_from <= on) and (s.valid_to is None or on <= s.valid_to)
        for s in setting.tariff.electricity.subsidies
    )


def yearly_subsidies(
    setting: Setting,
    assessment: SubsidyAssessment,
    fuel: str,
    quantity: np.ndarray,
    valley_share: np.ndarray,
    season_cost: np.ndarray,
    years: int,
) -> np.ndarray:
    """Yuan of operating and per-kWh subsidy in each year 1..years after installation, for
    rows of one option assessed alike: shape (..., years) for quantities of shape (...)."""
    kwh = quantity if fuel == "electricity" else np.zeros_like(quantity)
    m3 = quantity if fuel == "natural_gas" else np.zeros_like(quantity)
    by_year = operating_subsidy_by_year(assessment.operating, kwh, m3, years, season_cost_yuan=season_cost)
    if fuel == "electricity" and assessment.tariff_programmes and not tariff_pack_pays_kwh_subsidies(setting):
        valley = kwh * valley_share
        paid = np.stack(
            [tariff_subsidy_yuan(assessment.tariff_programmes, valley, kwh, year) for year in range(1, years + 1)],
            axis=-1,
        )
        by_year = by_year + np.where(kwh[..., None] > 0, paid, 0.0)
    return np.minimum(by_year, season_cost[..., None])
