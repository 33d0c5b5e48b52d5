"""Evaluate every programme of the given packs for one household and one heating option."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from heatadvisor.core.packs.sourced import source_keys
from heatadvisor.core.subsidies.amounts import capital_amount, operating_terms, tariff_term
from heatadvisor.core.subsidies.conditions import condition_reasons
from heatadvisor.core.subsidies.dates import first_day, last_day, precision_of
from heatadvisor.core.subsidies.facts import HouseholdFacts, OptionFacts
from heatadvisor.core.subsidies.relations import (
    Draft, apply_combined_maximums, cap_at_cost, choose, settle_prerequisites,
)
from heatadvisor.core.subsidies.results import (
    Money, ProgrammeResult, Reason, Status, SubsidyAssessment,
)
from heatadvisor.core.subsidies.amount_types import Fixed, ToBeSet, benefit_of
from heatadvisor.core.subsidies.schema import PolicyPack, Programme

_WEAK = frozenset({"C", "E"})
_STRENGTH = "ABDCE"  # strongest first: a figure derived from cited values ranks above a placeholder


def evaluate(
    packs: Iterable[PolicyPack], household: HouseholdFacts, option: OptionFacts, on: date | None = None
) -> SubsidyAssessment:
    """Every programme comes back with a status, one reason per condition, its amount and
    what counted in the totals. ``on`` is the evaluation date (default today); a programme
    outside its dates is shown as expired / not started and never counted."""
    on = on or date.today()
    drafts: list[Draft] = []
    for pack in packs:
        pack_drafts = [_draft(pack, programme, household, option, on) for programme in pack.programmes]
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
        programmes=[_result(d) for d in drafts],
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


def _draft(pack: PolicyPack, programme: Programme, household: HouseholdFacts, option: OptionFacts, on: date) -> Draft:
    reasons = condition_reasons(programme, pack, household, option)
    date_status = _date_status(programme, on)
    reasons.insert(
        0,
        Reason(
            code="in_force", outcome="not_met" if date_status else "met",
            values={"valid_from": programme.valid_from, "valid_until": programme.valid_until, "on": on.isoformat()},
        ),
    )
    benefit = benefit_of(programme.amount)
    amount = None
    if benefit == "capital":
        amount, missing = capital_amount(programme.amount, household, option)
        reasons.extend(missing)
    return Draft(
        pack=pack, programme=programme, benefit=benefit, date_status=date_status, reasons=reasons,
        amount=amount, operating=operating_terms(programme), tariff=tariff_term(programme),
    )


def _cautions(draft: Draft, weakest: str) -> list[str]:
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


def _result(draft: Draft) -> ProgrammeResult:
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
