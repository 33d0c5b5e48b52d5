"""What we know about the household and the heating option; unknown is ``None``.

A field left ``None`` is a question to ask the resident: the engine names it instead of
guessing. Input from a case file is hostile-free but typo-prone, so unknown keys are errors.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from heatadvisor.core.packs.technology import TechId

Name = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[^\x00-\x1f]+$")]


class Facts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, str_strip_whitespace=True)


class HouseholdFacts(Facts):
    province: Name | None = None  # "山东省"
    prefecture: Name | None = None  # "日照市"
    county: Name | None = None  # "东港区"
    county_adcode: str | None = Field(default=None, pattern=r"^\d{6}$")
    township: Name | None = None
    village: Name | None = None
    hukou_local: bool | None = None
    heats_with_coal_now: bool | None = None
    low_income: Literal["dibao", "tekun", "monitored", "none"] | None = None
    owns_house: bool | None = None
    subsidised_before: bool | None = None
    village_batches: list[Annotated[str, Field(max_length=80)]] | None = Field(default=None, max_length=50)
    """Ids of the listed batches (试点村 / 示范项目) the village is in, as picked from the pack;
    [] means "in none of them". Not needed when the pack lists the batch's villages."""
    heated_area_m2: float | None = Field(default=None, gt=0, le=2_000, allow_inf_nan=False)


PRICE_LIMIT_YUAN = 1_000_000  # no programme pays on more: the dearest price the engine is asked about


class PriceRange(Facts):
    low: float = Field(ge=0, le=PRICE_LIMIT_YUAN, allow_inf_nan=False)
    typ: float = Field(ge=0, le=PRICE_LIMIT_YUAN, allow_inf_nan=False)
    high: float = Field(ge=0, le=PRICE_LIMIT_YUAN, allow_inf_nan=False)

    @model_validator(mode="before")
    @classmethod
    def _single_number(cls, value: object) -> object:
        """A single price means the price is known: low = typ = high."""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return {"low": value, "typ": value, "high": value}
        return value

    @model_validator(mode="after")
    def _ordered(self) -> PriceRange:
        if not self.low <= self.typ <= self.high:
            raise ValueError("low ≤ typ ≤ high is required")
        return self


class OptionFacts(Facts):
    tech: TechId
    device_id: str | None = Field(default=None, max_length=120)
    price_yuan: PriceRange | None = None  # purchase + installation
    efficiency_grade: int | None = Field(default=None, ge=1, le=5)  # 1 is best
    rated_cop: (
        dict[Annotated[str, Field(max_length=20)], Annotated[float, Field(gt=0, le=10, allow_inf_nan=False)]] | None
    ) = Field(default=None, max_length=10)  # {"A-12/W35": 2.70, "A-20/W35": 2.21}
    capacity_kw: float | None = Field(default=None, gt=0, le=200, allow_inf_nan=False)
    device_count: int | None = Field(default=None, ge=1, le=50)
    purchase_date: Annotated[date, Field(strict=False)] | None = None
    install_date: Annotated[date, Field(strict=False)] | None = None
