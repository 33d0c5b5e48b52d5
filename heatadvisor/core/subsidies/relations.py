"""Relations between programmes: prerequisites, twins, exclusions, combined maximums, and
the rule that purchase subsidies together never exceed the price.

Relations reach only programmes of the same pack (ids are checked when the pack is read).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from heatadvisor.core.subsidies.results import (
    ZERO,
    Decision,
    Money,
    OperatingTerm,
    Outcome,
    Reason,
    Status,
    TariffTerm,
)

if TYPE_CHECKING:
    from heatadvisor.core.subsidies.facts import PriceRange
    from heatadvisor.core.subsidies.schema import PolicyPack, Programme


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """A cycle in a directed graph as [a, b, …, a], or None (iterative: packs are hostile)."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    for root in edges:
        if state.get(root):
            continue
        path, stack = [root], [iter(sorted(edges.get(root, ())))]
        state[root] = 1
        while stack:
            child = next(stack[-1], None)
            if child is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(child) == 1:
                return path[path.index(child) :] + [child]
            elif not state.get(child):
                state[child] = 1
                path.append(child)
                stack.append(iter(sorted(edges.get(child, ()))))
    return None


@dataclass
class ProgrammeDraft:
    """A programme's evaluation while relations are being settled."""

    pack: PolicyPack
    programme: Programme
    benefit: str
    date_status: Status | None
    reasons: list[Reason]
    amount: Money | None
    operating: list[OperatingTerm]
    tariff: TariffTerm | None
    inherited_questions: list[str] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    counts: bool = False  # taken into the totals / schedule
    applied: Money = ZERO

    @property
    def status(self) -> Status:
        if self.date_status:
            return self.date_status
        outcomes = {reason.outcome for reason in self.reasons}
        if "not_met" in outcomes:
            return "not_eligible"
        return "needs_info" if "unknown" in outcomes else "eligible"

    @property
    def questions(self) -> list[str]:
        if self.status != "needs_info":
            return []
        asked = [r.question for r in self.reasons if r.outcome == "unknown" and r.question]
        return list(dict.fromkeys(asked + self.inherited_questions))

    def worth(self) -> float:
        """What the household stands to get, to choose between mutually exclusive programmes."""
        if self.amount is not None:
            return self.amount.typ
        seasons = [(term.max_yuan_per_season() or 0.0) * (term.to_year - term.from_year + 1) for term in self.operating]
        return sum(seasons)


def settle_prerequisites(drafts: list[ProgrammeDraft]) -> None:
    """Add a prerequisite reason to each programme of one pack that has prerequisites."""
    by_id = {d.programme.id: d for d in drafts}
    settled: set[str] = set()

    def settle(draft: ProgrammeDraft) -> None:
        # depth is bounded by the acyclic requires graph of one pack (≤ 300 programmes)
        relations = draft.programme.relations
        for other in relations.requires_all + relations.requires_any:
            if other not in settled:
                settle(by_id[other])
        settled.add(draft.programme.id)
        if relations.requires_all:
            draft.reasons.append(_prerequisite_reason("prerequisite_all", relations.requires_all, by_id, all))
        if relations.requires_any:
            draft.reasons.append(_prerequisite_reason("prerequisite_any", relations.requires_any, by_id, any))
        for other in relations.requires_all + relations.requires_any:
            draft.inherited_questions.extend(by_id[other].questions)

    for draft in drafts:
        if draft.programme.id not in settled:
            settle(draft)


def _prerequisite_reason(
    code: str, ids: list[str], by_id: dict[str, ProgrammeDraft], combine: Callable[[Iterable[bool]], bool]
) -> Reason:
    statuses = [by_id[i].status for i in ids]
    outcome: Outcome
    if combine(s == "eligible" for s in statuses):
        outcome = "met"
    elif combine(s in ("eligible", "needs_info") for s in statuses):
        outcome = "unknown"
    else:
        outcome = "not_met"
    names = [by_id[i].programme.name.model_dump() for i in ids]
    return Reason.trusted(code=code, outcome=outcome, values={"programmes": names, "statuses": statuses})


def choose(drafts: list[ProgrammeDraft]) -> None:
    """Within one pack: which eligible programmes count. A programme replaces its general
    twin; of mutually exclusive ones the one worth more counts (the earlier one on a tie)."""
    by_id = {d.programme.id: d for d in drafts}
    for draft in drafts:
        draft.counts = draft.status == "eligible"
        draft.applied = draft.amount if draft.counts and draft.amount is not None else ZERO
    for draft in drafts:
        for twin_id in draft.programme.relations.replaces:
            twin = by_id[twin_id]
            if not twin.counts:
                continue
            if draft.status == "eligible":
                _drop(twin, Decision(code="replaced_by", programmes=[draft.programme.id]))
                draft.decisions.append(Decision(code="replaces", programmes=[twin_id]))
            elif draft.status == "needs_info":
                twin.decisions.append(Decision(code="twin_pending", programmes=[draft.programme.id]))
    chosen: list[ProgrammeDraft] = []
    for draft in sorted((d for d in drafts if d.counts), key=lambda d: -d.worth()):
        rivals = [c.programme.id for c in chosen if _exclusive(c.programme, draft.programme)]
        if rivals:
            _drop(draft, Decision(code="excluded_by", programmes=rivals))
        else:
            chosen.append(draft)


def _exclusive(a: Programme, b: Programme) -> bool:
    return b.id in a.relations.excludes or a.id in b.relations.excludes


def _drop(draft: ProgrammeDraft, decision: Decision) -> None:
    draft.counts = False
    draft.applied = ZERO
    draft.decisions.append(decision)


def _trim(members: list[ProgrammeDraft], limits: tuple[float, float, float], decision: Decision) -> bool:
    """Lower the applied amounts so that each price point's sum stays within its limit; the
    programme listed last gives way first. Returns whether anything was lowered."""
    new_points = [list(m.applied.points()) for m in members]
    for point, limit in enumerate(limits):
        excess = sum(p[point] for p in new_points) - limit
        for points in reversed(new_points):
            if excess <= 1e-9:
                break
            cut = min(excess, points[point])
            points[point] -= cut
            excess -= cut
    lowered = False
    for member, points in zip(members, new_points):
        if tuple(points) != member.applied.points():
            member.applied = Money(low=points[0], typ=points[1], high=points[2])
            member.decisions.append(decision)
            lowered = True
    return lowered


def apply_combined_maximums(pack: PolicyPack, drafts: list[ProgrammeDraft]) -> None:
    by_id = {d.programme.id: d for d in drafts}
    for group in pack.combined_maximums:
        members = [by_id[i] for i in group.programmes if by_id[i].counts and by_id[i].amount is not None]
        limit = group.max_yuan.value
        decision = Decision(
            code="combined_maximum", programmes=list(group.programmes), values={"group": group.id, "max_yuan": limit}
        )
        _trim(members, (limit, limit, limit), decision)


def cap_at_cost(drafts: list[ProgrammeDraft], price: PriceRange | None) -> list[Decision]:
    """Purchase subsidies together never exceed the option's price at each price point."""
    members = [d for d in drafts if d.counts and d.benefit == "capital" and d.amount is not None]
    if not members:
        return []
    if price is None:
        return [Decision(code="cost_unknown", programmes=[d.programme.id for d in members])]
    decision = Decision(
        code="capped_at_cost",
        programmes=[d.programme.id for d in members],
        values={"low": price.low, "typ": price.typ, "high": price.high},
    )
    return [decision] if _trim(members, (price.low, price.typ, price.high), decision) else []
