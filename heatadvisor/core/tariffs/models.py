"""Tariff packs: the schema of electricity and gas prices for heating, and their loader.

A pack holds one province's tier schedule, its optional time-of-use (TOU) prices, dated
heating-season arrangements and per-kWh subsidies, plus named gas tariffs. Every number is
``Sourced``; dates, windows and scopes name the document that sets them (``terms_src``,
``src``). The arithmetic lives in ``bills.py``; a tariff's ``plan`` (``plan.py``) is its
numbers as read-only arrays, built once per object, so the hot path never touches pydantic.
"""

from __future__ import annotations

import datetime
import itertools
import weakref
from typing import Annotated, Literal

from pydantic import Field, model_validator

from heatadvisor.core.contract.typical_year import DAYS_IN_MONTH, MonthDayText, month_day, season_days_by_month
from heatadvisor.core.packs.quantities import (
    EnergyPrice,
    EnergyPriceChange,
    EnergySubsidy,
    SeasonQuantity,
    TierQuantity,
)
from heatadvisor.core.packs.safe_text import PlainText
from heatadvisor.core.packs.sourced import PackHeader, Strict
from heatadvisor.core.packs.store import register_kind
from heatadvisor.core.tariffs.plan import TariffPlan, cached_plan, plan_of

BillingPeriod = Literal["year", "month", "two_months"]
"""How often the tier counters restart. Months are one representative calendar year: a
season's Nov–Dec and the next year's Jan–Mar fall in the same steady-state billing year."""


# ---------------------------------------------------------------- schema


class TierStep(Strict):
    """One step of a tier table: the price of use up to ``up_to`` per billing period."""

    up_to: TierQuantity | None = None  # kWh or m³ per period; None for the open top step
    price: EnergyPrice  # yuan per kWh or m³


Steps = Annotated[tuple[TierStep, ...], Field(min_length=1, max_length=8)]


def _check_steps(steps: tuple[TierStep, ...], name: str) -> None:
    """Bounds ascend, only the last step is open, prices never fall (tiers only rise)."""
    for index, step in enumerate(steps):
        last = index == len(steps) - 1
        if last != (step.up_to is None):
            raise ValueError(f"{name}[{index}].up_to must be null exactly on the last step")
        upper, lower = step.up_to, steps[index - 1].up_to if index else None
        if upper is not None and lower is not None and upper.value <= lower.value:
            raise ValueError(
                f"{name}[{index}].up_to ({upper.value:g}) must be above "
                f"{name}[{index - 1}].up_to ({lower.value:g}): thresholds ascend"
            )
        if index and step.price.value < steps[index - 1].price.value:
            raise ValueError(f"{name}[{index}].price must not be below {name}[{index - 1}].price")


class TierSchedule(Strict):
    """The ordinary tier table of a meter and the billing period its thresholds refer to."""

    period: BillingPeriod
    steps: Steps

    @model_validator(mode="after")
    def _ordered(self) -> TierSchedule:
        _check_steps(self.steps, "steps")
        return self


class SeasonWindow(Strict):
    """Days of the year (inclusive, may wrap over New Year) when a heating rule applies."""

    start: MonthDayText
    end: MonthDayText
    src: PlainText = Field(min_length=1, max_length=80)

    def month_fractions(self) -> tuple[float, ...]:
        """Share of each month's days inside the window (use is assumed even over a month)."""
        inside = season_days_by_month(month_day(self.start), month_day(self.end))
        return tuple(inside.get(month, 0) / days for month, days in enumerate(DAYS_IN_MONTH, start=1))


class ClockSpan(Strict):
    """Daily clock hours, e.g. the valley 20:00–08:00 (may wrap over midnight)."""

    start: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    end: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")

    @property
    def hours(self) -> float:
        """Length in hours, so a caller can turn clock hours into a valley share."""
        minutes = [int(t[:2]) * 60 + int(t[3:]) for t in (self.start, self.end)]
        return ((minutes[1] - minutes[0]) % 1440) / 60


class Dated(Strict):
    """Terms that hold only for some households and some dates; the cost function checks
    ``valid_from``/``valid_to`` against its evaluation date and never applies a lapsed one."""

    scope: PlainText = Field(min_length=1, max_length=300)  # who qualifies, as the document says
    converted_from: tuple[PlainText, ...] | None = Field(default=None, min_length=1, max_length=20)
    # the fuels (common pack ids) a household must heat with today to qualify (煤改电: coal); None: anyone in scope
    valid_from: datetime.date | None = None
    valid_to: datetime.date | None = None  # last day in force; None: no end found
    terms_src: PlainText = Field(min_length=1, max_length=80)  # document for dates and scope

    @model_validator(mode="after")
    def _dates_ordered(self) -> Dated:
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValueError("valid_to must not be before valid_from")
        return self


class TouTierAdjustment(Strict):
    """TOU as a change to the tier price (Shandong, Henan): tiers count every kWh."""

    kind: Literal["tier_adjustment"]
    peak: EnergyPriceChange  # yuan/kWh added to the tier price in peak hours
    valley: EnergyPriceChange  # added in valley hours outside the heating window
    heating_valley: EnergyPriceChange  # added in valley hours inside the heating window

    @model_validator(mode="after")
    def _valley_not_dearer(self) -> TouTierAdjustment:
        if max(self.valley.value, self.heating_valley.value) > self.peak.value:
            raise ValueError("valley adjustments must not exceed the peak adjustment")
        return self


class TouFixedPrices(Strict):
    """TOU as fixed prices inside the heating window (Beijing 煤改电 0.3): those kWh leave
    the tiers; outside the window, and for peak kWh when ``peak`` is null, the tiers apply."""

    kind: Literal["fixed_valley"]
    valley: EnergyPrice
    peak: EnergyPrice | None = None


class TimeOfUse(Dated):
    """A TOU option the household may choose (a separate meter setting, never automatic)."""

    valley_hours: ClockSpan  # valley inside the heating window
    valley_hours_other: ClockSpan | None = None  # valley outside it, where known
    heating_window: SeasonWindow
    pricing: Annotated[TouTierAdjustment | TouFixedPrices, Field(discriminator="kind")]


class SeasonalTariff(Dated):
    """A heating-season tariff that replaces the ordinary tiers inside ``window``.

    ``household_meter``: all use of the household meter inside the window (base and
    heating) is billed on ``in_window``, counted over the window; use outside it on
    ``outside_window`` (counted over the rest of the year) or, if null, on the ordinary
    schedule. ``heating_meter``: only heating use inside the window, on a separate heating
    meter, billed on ``in_window`` and never on TOU (the household chose this instead).
    """

    meter: Literal["household_meter", "heating_meter"]
    window: SeasonWindow
    in_window: Steps
    outside_window: Steps | None = None

    @model_validator(mode="after")
    def _consistent(self) -> SeasonalTariff:
        _check_steps(self.in_window, "in_window")
        if self.outside_window is not None:
            if self.meter == "heating_meter":
                raise ValueError("outside_window applies to household_meter tariffs only")
            _check_steps(self.outside_window, "outside_window")
        return self


class KwhSubsidy(Dated):
    """A per-unit operating subsidy paid on heating use inside a window, up to a cap."""

    name: PlainText = Field(min_length=1, max_length=100)
    per_unit: EnergySubsidy  # yuan per kWh (or m³)
    cap: SeasonQuantity | None = None  # subsidised quantity per season; None: no cap found
    on: Literal["valley_heating", "all_heating"]  # valley kWh need the TOU option
    window: SeasonWindow


def _no_overlap(tariffs: tuple[SeasonalTariff, ...]) -> None:
    """At most one seasonal tariff per meter may be in force on any date."""
    for meter in ("household_meter", "heating_meter"):
        spans = sorted(
            (t.valid_from or datetime.date.min, t.valid_to or datetime.date.max) for t in tariffs if t.meter == meter
        )
        for (_, end), (start, _) in itertools.pairwise(spans):
            if start <= end:
                raise ValueError(f"seasonal {meter} tariffs overlap in time")


class GasTariff(Strict):
    """One gas price scheme (m³), e.g. a city's rural 煤改气 price."""

    label: PlainText = Field(min_length=1, max_length=120)
    tiers: TierSchedule
    seasonal: tuple[SeasonalTariff, ...] = ()

    @model_validator(mode="after")
    def _checked(self) -> GasTariff:
        if any(t.meter != "household_meter" for t in self.seasonal):
            raise ValueError("gas seasonal tariffs use the household meter")
        _no_overlap(self.seasonal)
        return self

    @property
    def plan(self) -> TariffPlan:
        return cached_plan(self, lambda: plan_of(self.tiers, self.seasonal, None, ()))


_FOR_FUEL: dict[tuple[int, str], ElectricityTariff] = {}  # ElectricityTariff.for_heating_with's copies


class ElectricityTariff(Strict):
    label: PlainText = Field(min_length=1, max_length=120)
    tiers: TierSchedule
    tou: TimeOfUse | None = None
    seasonal: tuple[SeasonalTariff, ...] = ()
    subsidies: tuple[KwhSubsidy, ...] = ()

    @model_validator(mode="after")
    def _checked(self) -> ElectricityTariff:
        _no_overlap(self.seasonal)
        if self.tou is not None and self.tou.pricing.kind == "tier_adjustment":
            tables = [self.tiers.steps] + [t.in_window for t in self.seasonal]
            tables += [t.outside_window for t in self.seasonal if t.outside_window]
            cheapest = min(step.price.value for table in tables for step in table)
            pricing = self.tou.pricing
            if cheapest + min(pricing.valley.value, pricing.heating_valley.value) < 0:
                raise ValueError("tou valley adjustment makes the cheapest tier price negative")
        return self

    @property
    def plan(self) -> TariffPlan:
        return cached_plan(self, lambda: plan_of(self.tiers, self.seasonal, self.tou, self.subsidies))

    def for_heating_with(self, fuel: str) -> ElectricityTariff:
        """This tariff as billed to a household heating with ``fuel`` today: terms it does not
        qualify for (``converted_from``, e.g. a 煤改电 price for one that burns no coal) left
        out, so it pays the ordinary tiers. One copy per tariff and fuel, kept while the tariff lives."""

        def opens(term: Dated) -> bool:
            return term.converted_from is None or fuel in term.converted_from

        terms: list[Dated] = [*self.seasonal, *self.subsidies, *([self.tou] if self.tou else [])]
        if all(opens(t) for t in terms):
            return self
        key = (id(self), fuel)
        kept = _FOR_FUEL.get(key)
        if kept is None:
            kept = _FOR_FUEL[key] = self.model_copy(
                update={
                    "tou": self.tou if self.tou is not None and opens(self.tou) else None,
                    "seasonal": tuple(filter(opens, self.seasonal)),
                    "subsidies": tuple(filter(opens, self.subsidies)),
                }
            )
            weakref.finalize(self, _FOR_FUEL.pop, key, None)
        return kept

    def lapsed_on(self, on: datetime.date) -> list[datetime.date]:
        """Last days of the special heating prices (a heating-season price of each meter, the TOU
        option) that ended before ``on`` with nothing of their kind after them: the bill falls
        back to the ordinary tariff, and the views say so."""
        kinds: list[list[Dated]] = [
            [t for t in self.seasonal if t.meter == meter] for meter in ("household_meter", "heating_meter")
        ]
        kinds.append([self.tou] if self.tou is not None else [])
        ends: set[datetime.date] = set()
        for terms in kinds:
            last_days = [t.valid_to for t in terms if t.valid_to is not None]
            if terms and len(last_days) == len(terms) and all(day < on for day in last_days):
                ends.add(max(last_days))
        return sorted(ends)


class GasChoices(Strict):
    """The province's gas tariffs by key; ``default`` suits a rural household."""

    default: PlainText
    tariffs: dict[Annotated[PlainText, Field(min_length=1, max_length=60)], GasTariff] = Field(
        min_length=1, max_length=20
    )

    @model_validator(mode="after")
    def _default_exists(self) -> GasChoices:
        if self.default not in self.tariffs:
            raise ValueError(f"default {self.default!r} is not a key of tariffs")
        return self

    @property
    def default_tariff(self) -> GasTariff:
        return self.tariffs[self.default]


class TariffPack(PackHeader):
    kind: Literal["tariffs"] = "tariffs"
    province: PlainText | None  # None: the national-default pack
    covers: tuple[PlainText, ...] = Field(min_length=1, max_length=40)  # provinces this pack serves
    electricity: ElectricityTariff
    gas: GasChoices

    @model_validator(mode="after")
    def _term_sources_resolve(self) -> TariffPack:
        terms: list[SeasonalTariff | KwhSubsidy | TimeOfUse] = [*self.electricity.seasonal, *self.electricity.subsidies]
        terms += [t for gas in self.gas.tariffs.values() for t in gas.seasonal]
        if self.electricity.tou is not None:
            terms.append(self.electricity.tou)
        keys = {t.terms_src for t in terms}
        keys |= {t.heating_window.src if isinstance(t, TimeOfUse) else t.window.src for t in terms}
        missing = sorted(keys - set(self.sources))
        if missing:
            raise ValueError(f"unknown source keys in terms or windows: {', '.join(missing)}")
        return self


# ---------------------------------------------------------------- loading


register_kind("tariffs", TariffPack)
