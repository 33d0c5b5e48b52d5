"""Evaluate every programme of the given packs for one household and one heating option."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from heatadvisor.core.packs.sourced import source_keys
from heatadvisor.core.subsidies.amount_types import Fixed, ToBeSet, benefit_of
from heatadvisor.core.subsidies.amounts import capital_amount, operating_terms, tariff_term
from heatadvisor.core.subsidies.conditions import condition_reasons
from heatadvisor.core.subsidies.dates import first_day, last_day, precision_of
from heatadvisor.core.subsidies.facts import HouseholdFacts, OptionFacts
from heatadvisor.core.subsidies.relations import (
    ProgrammeDraft,
    apply_combined_maximums,
    cap_at_cost,
    choose,
    settle_prerequisites,
)
from heatadvisor.core.subsidies.results import (
    Money,
    OperatingTerm,
    ProgrammeResult,
    Reason,
    Status,
    SubsidyAssessment,
    TariffTerm,
)
from heatadvisor.core.subsidies.schema import PolicyPack, Programme

_WEAK = frozenset({"C", "E"})
_STRENGTH = "ABDCE"  # strongest first: a figure derived from cited values ranks above a placeholder


def evaluate(
    packs: Iterable[PolicyPack],
    household: HouseholdFacts,
    option: OptionFacts,
    on: date | None = None,
    explain: bool = True,
) -> SubsidyAssessment:
    """Every programme comes back with a status, one reason per condition, its amount and
    what counted in the totals. ``on`` is the evaluation date (default today); a programme
    outside its dates is shown as expired / not started and never counted.

    ``explain=False`` leaves out the programme-by-programme account (``programmes`` is empty)
    and keeps the money: what a village batch needs, at a fraction of the cost."""
    on = on or date.today()
    facts = _FactsKey(
        household.model_dump_json(exclude={"heated_area_m2"}),
        household.heated_area_m2,
        option.model_dump_json(exclude={"price_yuan", "capacity_kw", "device_count"}),
    )
    drafts: list[ProgrammeDraft] = []
    for pack in packs:
        pack_drafts = [_draft(pack, programme, household, option, on, facts) for programme in pack.programmes]
        settle_prerequisites(pack_drafts)
        choose(pack_drafts)
        apply_combined_maximums(pack, pack_drafts)
        drafts.extend(pack_drafts)
    decisions = cap_at_cost(drafts, option.price_yuan)
    capital = [d.applied for d in drafts if d.counts and d.benefit == "capital"]
    needing = [q for d in drafts for q in d.questions]
    return SubsidyAssessment(
        on=on,
        tech=option.tech,
        programmes=[_result(d) for d in drafts] if explain else [],
        capital_total=Money(
            low=sum(m.low for m in capital), typ=sum(m.typ for m in capital), high=sum(m.high for m in capital)
        ),
        operating=[term for d in drafts if d.counts for term in d.operating],
        tariff_programmes=[d.tariff for d in drafts if d.counts and d.tariff is not None],
        decisions=decisions,
        questions=list(dict.fromkeys(needing)),
    )


def _date_status(programme: Programme, on: date) -> Status | None:
    ends, begins = last_day(programme.valid_until), first_day(programme.valid_from)
    if ends is not None and on > ends:
        return "expired"
    if begins is not None and on < begins:
        return "not_started"
    return None


@dataclass(frozen=True, slots=True)
class _FactsKey:
    """The facts as the conditions read them: the heated area only matters to an area condition;
    price, size and device count only to amounts."""

    household: str
    area: float | None
    option: str


_CONDITIONS: dict[tuple[object, ...], tuple[Programme, tuple[Reason, ...]]] = {}


def _conditions(
    programme: Programme, pack: PolicyPack, household: HouseholdFacts, option: OptionFacts, facts: _FactsKey
) -> tuple[Reason, ...]:
    """``condition_reasons``, answered once per programme and the facts it reads (a village
    asks the same conditions for every household; reasons are immutable, so they are shared)."""
    area = facts.area if programme.conditions.heated_area is not None else None
    key = (id(programme), facts.household, area, facts.option)
    hit = _CONDITIONS.get(key)
    if hit is not None and hit[0] is programme:
        return hit[1]
    reasons = tuple(condition_reasons(programme, pack, household, option))
    if len(_CONDITIONS) > 16384:
        _CONDITIONS.clear()
    _CONDITIONS[key] = (programme, reasons)  # held, so the id in the key stays its
    return reasons


@dataclass(frozen=True, slots=True)
class _Fixed:
    """What a programme contributes whatever the household: read once per programme and date."""

    programme: Programme
    date_status: Status | None
    in_force: Reason
    benefit: str
    operating: tuple[OperatingTerm, ...]
    tariff: TariffTerm | None


_FIXED: dict[tuple[int, date], _Fixed] = {}


def _fixed(programme: Programme, on: date) -> _Fixed:
    hit = _FIXED.get((id(programme), on))
    if hit is not None and hit.programme is programme:
        return hit
    date_status = _date_status(programme, on)
    in_force = Reason.trusted(
        code="in_force",
        outcome="not_met" if date_status else "met",
        values={"valid_from": programme.valid_from, "valid_until": programme.valid_until, "on": on.isoformat()},
    )
    made = _Fixed(
        programme,
        date_status,
        in_force,
        benefit_of(programme.amount),
        tuple(operating_terms(programme)),
        tariff_term(programme),
    )
    if len(_FIXED) > 4096:
        _FIXED.clear()
    _FIXED[(id(programme), on)] = made  # held, so the id in the key stays its
    return made


def _draft(
    pack: PolicyPack, programme: Programme, household: HouseholdFacts, option: OptionFacts, on: date, facts: _FactsKey
) -> ProgrammeDraft:
    fixed = _fixed(programme, on)
    reasons = [fixed.in_force, *_conditions(programme, pack, household, option, facts)]
    amount = None
    if fixed.benefit == "capital":
        amount, missing = capital_amount(programme.amount, household, option)
        reasons.extend(missing)
    return ProgrammeDraft(
        pack=pack,
        programme=programme,
        benefit=fixed.benefit,
        date_status=fixed.date_status,
        reasons=reasons,
        amount=amount,
        operating=list(fixed.operating),
        tariff=fixed.tariff,
    )


def _cautions(draft: ProgrammeDraft, weakest: str) -> list[str]:
    programme = draft.programme
    cautions = []
    if draft.pack.template:
        cautions.append("template_pack")
    if isinstance(programme.amount, ToBeSet):
        cautions.append("amount_not_set")
    if (isinstance(programme.amount, Fixed) and programme.amount.up_to) or any(
        t.yuan_per_season is not None for t in draft.operating
    ):
        cautions.append("amount_is_maximum")
    if programme.valid_until is None:
        cautions.append("end_date_not_stated")
    if weakest in _WEAK:
        cautions.append("low_confidence")
    return cautions


_WEAKEST: dict[int, tuple[Programme, str]] = {}


def weakest_confidence(pack: PolicyPack, programme: Programme) -> str:
    """The weakest confidence over the programme's source and its numbers' sources.

    Walking a programme for its source keys is the costliest step of an evaluation, and a
    programme never changes (frozen), so each is walked once; the cache keeps the programme
    alive so its identity cannot be reused by another object.
    """
    hit = _WEAKEST.get(id(programme))
    if hit is not None and hit[0] is programme:
        return hit[1]
    keys = source_keys(programme) | {programme.src}
    weakest = max((pack.sources[key].conf for key in keys), key=_STRENGTH.index)
    if len(_WEAKEST) > 4096:
        _WEAKEST.clear()
    _WEAKEST[id(programme)] = (programme, weakest)
    return weakest


def _result(draft: ProgrammeDraft) -> ProgrammeResult:
    programme, pack = draft.programme, draft.pack
    source = pack.sources[programme.src]
    weakest = weakest_confidence(pack, programme)
    return ProgrammeResult.trusted(
        programme_id=programme.id,
        pack_id=pack.pack_id,
        pack_version=pack.version,
        name=programme.name.model_dump(),
        authority_level=programme.authority.level,
        benefit=draft.benefit,
        status=draft.status,
        reasons=draft.reasons,
        questions=draft.questions,
        amount=draft.amount,
        applied=draft.applied,
        amount_up_to=isinstance(programme.amount, Fixed) and programme.amount.up_to,
        decisions=draft.decisions,
        operating=draft.operating,
        tariff=draft.tariff,
        documents=list(programme.documents),
        apply_at=programme.apply_at,
        apply_note=None if programme.apply_note is None else programme.apply_note.model_dump(),
        src=programme.src,
        citation=source.citation,
        url=source.url,
        confidence=source.conf,
        weakest_confidence=weakest,
        valid_from=programme.valid_from,
        valid_from_precision=precision_of(programme.valid_from),
        valid_until=programme.valid_until,
        valid_until_precision=precision_of(programme.valid_until),
        cautions=_cautions(draft, weakest),
    )
