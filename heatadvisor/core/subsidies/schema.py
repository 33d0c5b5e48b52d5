"""The policy pack: subsidy programmes as data a county office can write.

Nothing here is executable: conditions are a fixed set of named checks with sourced
thresholds, amounts a fixed set of types. Cross-references (relations, batches, combined
maximums) are checked when the pack is read, so a broken pack is refused with field paths.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from heatadvisor.core.packs.safe_text import PlainText
from heatadvisor.core.packs.sourced import PackHeader
from heatadvisor.core.packs.store import register_kind
from heatadvisor.core.packs.technology import CategoryId, TechId
from heatadvisor.core.subsidies.amount_types import (
    Amount,
    Area,
    CombinedYuan,
    Cop,
    PackModel,
    ToBeSet,
    benefit_of,
)
from heatadvisor.core.subsidies.dates import PartialDate, first_day, last_day, span
from heatadvisor.core.subsidies.relations import find_cycle

ProgrammeId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.-]{1,79}$")]
BatchId = ProgrammeId
SourceKey = Annotated[PlainText, Field(min_length=1, max_length=80)]
PlaceName = Annotated[PlainText, Field(min_length=1, max_length=40)]
Adcode = Annotated[str, Field(pattern=r"^\d{2}(\d{2}(\d{2})?)?$")]
RatingPoint = Annotated[str, Field(pattern=r"^[A-Za-z0-9/+.\-]{2,20}$")]

AuthorityLevel = Literal[
    "national",
    "province",
    "prefecture",
    "county",
    "district",
    "township",
    "village",
    "grid_company",
    "gas_company",
]
LowIncome = Literal["dibao", "tekun", "monitored"]
DocumentCode = Literal[
    "id_card",
    "hukou_book",
    "house_ownership",
    "invoice",
    "purchase_contract",
    "photos_before_after",
    "bank_card",
    "low_income_certificate",
    "energy_label",
    "electricity_account",
    "gas_account",
    "no_coal_pledge",
]
ApplyAt = Literal[
    "village_committee",
    "township_government",
    "county_office",
    "grid_company",
    "gas_company",
]


class LocalText(PackModel):
    zh: PlainText = Field(min_length=1, max_length=500)
    en: PlainText | None = Field(default=None, min_length=1, max_length=500)


class Authority(PackModel):
    name: LocalText
    level: AuthorityLevel


class Region(PackModel):
    """Every listed level must match; within a level any entry may. ``adcodes`` (2, 4 or 6
    digits) describe the same area and decide alone when the household gives its adcode."""

    provinces: list[PlaceName] = Field(min_length=1, max_length=40)
    prefectures: list[PlaceName] = Field(default_factory=list, max_length=400)
    counties: list[PlaceName] = Field(default_factory=list, max_length=400)
    townships: list[PlaceName] = Field(default_factory=list, max_length=400)
    adcodes: list[Adcode] = Field(default_factory=list, max_length=400)


class Covers(PackModel):
    techs: list[TechId] = Field(default_factory=list, max_length=20)
    categories: list[CategoryId] = Field(default_factory=list, max_length=5)

    @model_validator(mode="after")
    def _something(self) -> Covers:
        if not self.techs and not self.categories:
            raise ValueError("name at least one technology or category")
        return self


class CopMinimum(PackModel):
    point: RatingPoint
    cop: Cop


class AreaLimits(PackModel):
    min_m2: Area | None = None
    max_m2: Area | None = None

    @model_validator(mode="after")
    def _ordered(self) -> AreaLimits:
        if self.min_m2 is None and self.max_m2 is None:
            raise ValueError("give min_m2, max_m2 or both")
        if self.min_m2 and self.max_m2 and self.min_m2.value > self.max_m2.value:
            raise ValueError("min_m2 is above max_m2")
        return self


class DateWindow(PackModel):
    """Purchase or installation must fall in this window (default: the programme's dates)."""

    date: Literal["purchase", "install"]
    valid_from: PartialDate | None = None
    valid_until: PartialDate | None = None


class Conditions(PackModel):
    """Each field that is set is one condition; all must hold."""

    hukou_local: Literal[True] | None = None
    heats_with_coal_now: Literal[True] | None = None
    low_income_in: list[LowIncome] | None = Field(default=None, min_length=1, max_length=3)
    owns_house: Literal[True] | None = None
    not_subsidised_before: Literal[True] | None = None
    efficiency_grade_or_better: int | None = Field(default=None, ge=1, le=5)
    min_cop: list[CopMinimum] | None = Field(default=None, min_length=1, max_length=6)
    heated_area: AreaLimits | None = None
    purchase_window: DateWindow | None = None
    village_batches: list[BatchId] | None = Field(default=None, min_length=1, max_length=50)


class Relations(PackModel):
    requires_all: list[ProgrammeId] = Field(default_factory=list, max_length=20)
    requires_any: list[ProgrammeId] = Field(default_factory=list, max_length=20)
    excludes: list[ProgrammeId] = Field(default_factory=list, max_length=50)
    replaces: list[ProgrammeId] = Field(default_factory=list, max_length=20)  # its general twin(s)


class Programme(PackModel):
    id: ProgrammeId
    name: LocalText
    authority: Authority
    region: Region
    valid_from: PartialDate | None = None
    valid_until: PartialDate | None = None
    covers: Covers
    conditions: Conditions = Conditions()
    amount: Amount
    relations: Relations = Relations()
    documents: list[DocumentCode] = Field(default_factory=list, max_length=12)
    apply_at: ApplyAt | None = None
    apply_note: LocalText | None = None
    src: SourceKey
    note: LocalText | None = None

    @model_validator(mode="after")
    def _dates_ordered(self) -> Programme:
        begins, ends = first_day(self.valid_from), last_day(self.valid_until)
        if begins and ends and begins > ends:
            raise ValueError("valid_from is after valid_until")
        return self


class VillageRef(PackModel):
    township: PlaceName | None = None
    village: PlaceName


class Batch(PackModel):
    """A listed batch (试点村 / 示范项目). Without villages the resident is asked."""

    name: LocalText
    villages: list[VillageRef] = Field(default_factory=list, max_length=2_000)
    src: SourceKey


class CombinedMaximum(PackModel):
    id: ProgrammeId
    programmes: list[ProgrammeId] = Field(min_length=2, max_length=50)
    max_yuan: CombinedYuan


class PolicyPack(PackHeader):
    model_config = ConfigDict(strict=True)

    kind: Literal["policies"]
    template: bool = False  # a template is never active; its to_be_set amounts are filled in first
    note: LocalText | None = None
    batches: dict[BatchId, Batch] = Field(default_factory=dict, max_length=200)
    programmes: list[Programme] = Field(min_length=1, max_length=300)
    combined_maximums: list[CombinedMaximum] = Field(default_factory=list, max_length=50)

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> PolicyPack:
        """Always strict, also for the nested shared models (``Sourced`` is lax on its own)."""
        kwargs.setdefault("strict", True)
        return super().model_validate(obj, **kwargs)

    @model_validator(mode="after")
    def _cross_references(self) -> PolicyPack:
        problems = _reference_problems(self)
        if problems:
            raise ValidationError.from_exception_data("PolicyPack", problems)
        return self


def _problem(loc: tuple[str | int, ...], code: str, message: str, value: object) -> InitErrorDetails:
    return InitErrorDetails(type=PydanticCustomError(code, message), loc=loc, input=value)


def _reference_problems(pack: PolicyPack) -> list[InitErrorDetails]:
    """Every cross-reference problem, each at its field."""
    problems: list[InitErrorDetails] = []
    ids = [p.id for p in pack.programmes]
    known = set(ids)
    seen: set[str] = set()
    for index, programme in enumerate(pack.programmes):
        at = ("programmes", index)
        if programme.id in seen:
            problems.append(_problem((*at, "id"), "duplicate_id", "programme id used twice", programme.id))
        seen.add(programme.id)
        for relation in ("requires_all", "requires_any", "excludes", "replaces"):
            for slot, other in enumerate(getattr(programme.relations, relation)):
                where: tuple[str | int, ...] = (*at, "relations", relation, slot)
                if other == programme.id:
                    problems.append(_problem(where, "self_reference", "a programme cannot relate to itself", other))
                elif other not in known:
                    problems.append(
                        _problem(where, "unknown_programme", "no programme with this id in the pack", other)
                    )
        for slot, batch in enumerate(programme.conditions.village_batches or []):
            if batch not in pack.batches:
                where = (*at, "conditions", "village_batches", slot)
                problems.append(_problem(where, "unknown_batch", "not a key of batches", batch))
        if isinstance(programme.amount, ToBeSet) and not pack.template:
            where = (*at, "amount")
            problems.append(
                _problem(where, "amount_not_set", "to_be_set is allowed only in a template pack", "to_be_set")
            )
    by_id = {p.id: p for p in pack.programmes}
    for index, group in enumerate(pack.combined_maximums):
        for slot, member in enumerate(group.programmes):
            where = ("combined_maximums", index, "programmes", slot)
            if member not in by_id:
                problems.append(_problem(where, "unknown_programme", "no programme with this id in the pack", member))
            elif benefit_of(by_id[member].amount) != "capital":
                problems.append(
                    _problem(where, "not_capital", "combined maximums group purchase subsidies only", member)
                )
    for relation in ("requires", "replaces"):
        edges = {p.id: _targets(p.relations, relation) & known for p in pack.programmes}
        cycle = find_cycle(edges)
        if cycle:
            problems.append(
                _problem(
                    ("programmes",), "relation_cycle", f"{relation} relations form a cycle: {' → '.join(cycle)}", cycle
                )
            )
    return problems


def _targets(relations: Relations, relation: str) -> set[str]:
    if relation == "requires":
        return set(relations.requires_all) | set(relations.requires_any)
    return set(relations.replaces)


def pack_dates(pack: PolicyPack) -> tuple[str | None, str | None]:
    """Earliest start and latest end over the programmes, as written; None when one is open."""
    starts = [p.valid_from for p in pack.programmes if p.valid_from is not None]
    ends = [p.valid_until for p in pack.programmes if p.valid_until is not None]
    everyone = len(pack.programmes)
    valid_from = min(starts, key=lambda text: span(text)[0]) if len(starts) == everyone else None
    valid_until = max(ends, key=lambda text: span(text)[1]) if len(ends) == everyone else None
    return valid_from, valid_until


def _dates(pack: PackHeader) -> tuple[str | None, str | None]:
    return pack_dates(pack) if isinstance(pack, PolicyPack) else (None, None)


def _is_template(pack: PackHeader) -> bool:
    return isinstance(pack, PolicyPack) and pack.template


register_kind("policies", PolicyPack, dates=_dates, is_template=_is_template)
