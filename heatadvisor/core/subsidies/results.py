"""What the engine returns: codes and numbers only; heatadvisor.wording.subsidy_text turns codes into words."""

from __future__ import annotations

from datetime import date
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field

from heatadvisor.core.contract.trusted import construct

Status = Literal["eligible", "not_eligible", "needs_info", "expired", "not_started"]
Outcome = Literal["met", "not_met", "unknown"]
Benefit = Literal["capital", "operating", "tariff"]
Value = str | int | float | bool | list[str] | list[dict[str, str | None]] | None
"""A reason's value; a list of {"zh": …, "en": …} names a programme in both languages."""


class Result(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @classmethod
    def trusted(cls, **values: object) -> Self:
        """Build from values the engine computed itself, skipping validation (see ``core/contract/trusted.py``)."""
        return construct(cls, values)


class Reason(Result):
    """One condition's verdict; ``question`` names the fact to ask for when unknown."""

    code: str
    outcome: Outcome
    values: dict[str, Value] = Field(default_factory=dict)  # factories: empty defaults are copied otherwise
    question: str | None = None


class Money(Result):
    """Yuan at the low / typical (representative) / high price of the option."""

    low: float
    typ: float
    high: float

    @classmethod
    def flat(cls, yuan: float) -> Money:
        return cls.trusted(low=yuan, typ=yuan, high=yuan)

    def points(self) -> tuple[float, float, float]:
        return self.low, self.typ, self.high


ZERO = Money.flat(0.0)


class Decision(Result):
    """Why a programme's amount was not simply added (twin, exclusion, maximum, cost)."""

    code: Literal[
        "replaced_by",
        "replaces",
        "twin_pending",
        "excluded_by",
        "combined_maximum",
        "capped_at_cost",
        "cost_unknown",
    ]
    programmes: list[str] = Field(default_factory=list)
    values: dict[str, Value] = Field(default_factory=dict)


class OperatingTerm(Result):
    """One step of an operating subsidy: years since installation and what a season pays."""

    programme_id: str
    energy: Literal["electricity", "gas", "any"]
    from_year: int
    to_year: int
    rate: float | None = None  # yuan per kWh or m³
    cap_quantity: float | None = None
    cap_yuan: float | None = None
    yuan_per_season: float | None = None

    def max_yuan_per_season(self) -> float | None:
        """The most one season can pay, when the step says so."""
        if self.yuan_per_season is not None:
            return self.yuan_per_season
        by_quantity = None if self.cap_quantity is None else (self.rate or 0.0) * self.cap_quantity
        known = [v for v in (by_quantity, self.cap_yuan) if v is not None]
        return min(known) if known else None


class TariffTerm(Result):
    """A tariff programme for the tariff code: valley price and hours, per-kWh subsidy."""

    programme_id: str
    valley_price: float | None = None
    valley_start: str | None = None
    valley_end: str | None = None
    season_start: str | None = None
    season_end: str | None = None
    subsidy_per_kwh: float | None = None
    subsidy_cap_kwh: float | None = None
    subsidy_on: Literal["valley", "heating"] = "valley"
    no_tiers_in_season: bool = False
    seasons: int | None = None


class ProgrammeResult(Result):
    programme_id: str
    pack_id: str
    pack_version: str
    name: dict[str, str | None]
    authority_level: str
    benefit: Benefit
    status: Status
    reasons: list[Reason]
    questions: list[str]
    amount: Money | None  # before stacking; None when an input is missing or not yet set
    applied: Money  # what counts in the totals after relations, maximums and the cost cap
    amount_up_to: bool
    decisions: list[Decision]
    operating: list[OperatingTerm]
    tariff: TariffTerm | None
    documents: list[str]
    apply_at: str | None
    apply_note: dict[str, str | None] | None
    src: str
    citation: str
    url: str | None
    confidence: str
    weakest_confidence: str  # over the programme's source and the sources of its numbers
    valid_from: str | None
    valid_from_precision: str | None
    valid_until: str | None
    valid_until_precision: str | None
    cautions: list[str]

    def in_area(self) -> bool:
        """Whether the programme covers the household's place (views list only these)."""
        return all(r.outcome != "not_met" for r in self.reasons if r.code == "region")


class SubsidyAssessment(Result):
    on: date
    tech: str
    programmes: list[ProgrammeResult]
    capital_total: Money
    operating: list[OperatingTerm]
    tariff_programmes: list[TariffTerm]
    decisions: list[Decision]
    questions: list[str]

    def capital_subsidy(self, point: Literal["low", "typ", "high"] = "typ") -> float:
        """The purchase subsidy for the economics (``capital_subsidy``)."""
        return float(getattr(self.capital_total, point))
