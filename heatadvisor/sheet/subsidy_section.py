"""The sheet's subsidy section: what the household can apply for with the advised option.

Words come from the subsidy engine's own catalogue (``say``/``say_reason``), so a programme
reads the same on the sheet, in the window and on the command line. Only programmes the
household can get or must still ask about are listed: eligible first, then by amount.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from heatadvisor.wording import Lang, date_text, word
from heatadvisor.wording.subsidy_text import say, say_amount, say_money, say_reason

if TYPE_CHECKING:
    from heatadvisor.core.contract.results import OptionResult
    from heatadvisor.core.subsidies.results import ProgrammeResult, SubsidyAssessment

    from .content import Limits

LISTED = ("eligible", "needs_info")
OBVIOUS = ("in_force", "region", "tech")  # met by every listed programme: not worth a line on paper


@dataclass(frozen=True)
class Item:
    name: str
    status: str
    eligible: bool
    amount: str  # "" when the programme states none
    met: str  # "" in the compact form
    confirm: str
    apply_at: str


@dataclass(frozen=True)
class Section:
    intro: str
    items: tuple[Item, ...]
    after: tuple[str, ...]  # totals, documents, questions, what was left out
    packs: dict[str, str]  # policy pack id -> version, for the assumptions


def _item(result: ProgrammeResult, lang: Lang, full: bool) -> Item:
    sep = word("sep.clauses", lang)
    met = [say_reason(r, lang) for r in result.reasons if r.outcome == "met" and r.code not in OBVIOUS]
    unknown = [say_reason(r, lang) for r in result.reasons if r.outcome == "unknown"]
    return Item(
        name=result.name.get(lang) or result.name["zh"] or result.programme_id,
        status=say(f"status.{result.status}", lang),
        eligible=result.status == "eligible",
        amount=say_amount(result, lang) or "",
        met=word("sub.met", lang, items=sep.join(met)) if full and met else "",
        confirm=word("sub.confirm", lang, items=sep.join(unknown)) if full and unknown else "",
        apply_at=say("label.apply_at", lang, place=result.apply_at) if result.apply_at else "",
    )


def _ordered(assessment: SubsidyAssessment) -> list[ProgrammeResult]:
    listed = [p for p in assessment.programmes if p.status in LISTED and p.in_area()]
    return sorted(listed, key=lambda p: (p.status != "eligible", -p.applied.typ))


def _why_none(assessment: SubsidyAssessment, limits: Limits, lang: Lang) -> list[str]:
    """Why none applies, programme by programme in the words the window uses; as many as the
    fitting level shows in full (at least one), the rest counted."""
    sep = "；" if lang == "zh" else "; "
    local = [p for p in assessment.programmes if p.in_area()]
    shown = local[: max(1, limits.subsidies_full)]
    lines = []
    for result in shown:
        reasons = [say_reason(r, lang) for r in result.reasons if r.outcome != "met"] or [
            say(f"status.{result.status}", lang)
        ]
        name = result.name.get(lang) or result.name["zh"] or result.programme_id
        lines.append(word("sub.why_none", lang, name=name, reasons=sep.join(reasons)))
    if len(local) > len(shown):
        lines.append(word("sub.more", lang, count=len(local) - len(shown)))
    return lines


def also_line(option: OptionResult, option_name: str, lang: Lang) -> str:
    """One line for the other option of a close call: the programmes the household could apply for if it
    chose that one instead, and their purchase subsidies in total; the sheet lists one option in full."""
    assessment = option.subsidies
    if assessment is None:
        return word("sub.also_not_assessed", lang, name=option_name)
    listed = _ordered(assessment)
    if not listed:
        return word("sub.also_none", lang, name=option_name)
    names = word("sep.clauses", lang).join(p.name.get(lang) or p.name["zh"] or p.programme_id for p in listed)
    line = word("sub.also", lang, name=option_name, programmes=names)
    if assessment.capital_total.typ > 0:
        line += " " if lang == "en" else ""
        line += say("label.capital_total", lang, amount=say_money(assessment.capital_total, lang))
        line += word("full_stop", lang)
    return line


def build(
    option: OptionResult | None,
    option_name: str,
    limits: Limits,
    lang: Lang,
    day: date,
    also: tuple[str, ...] = (),
) -> Section:
    """``also``: lines for the other advised option of a close call (``also_line``), after the rest."""
    assessment = None if option is None else option.subsidies
    if option is None or assessment is None:
        return Section("", (), (word("sub.not_assessed", lang), *also), {})
    intro = word("sub.for", lang, name=option_name, date=date_text(assessment.on, lang))
    packs = {p.pack_id: p.pack_version for p in assessment.programmes}
    listed = _ordered(assessment)
    if not listed:
        return Section(intro, (), (word("sub.none", lang), *_why_none(assessment, limits, lang), *also), packs)
    shown = listed[: limits.subsidies_listed]
    items = tuple(_item(p, lang, i < limits.subsidies_full) for i, p in enumerate(shown))
    after = []
    if assessment.capital_total.typ > 0:
        after.append(say("label.capital_total", lang, amount=say_money(assessment.capital_total, lang)))
    documents = list(dict.fromkeys(d for p in shown for d in p.documents))
    if documents:
        after.append(say("label.documents", lang, documents=documents))
    if assessment.questions:
        sep = "" if lang == "zh" else " "
        after.append(
            say("label.questions", lang) + sep + sep.join(say(f"question.{q}", lang) for q in assessment.questions)
        )
    if len(listed) > len(shown):
        after.append(word("sub.compact_more", lang, count=len(listed) - len(shown)))
    others = sum(1 for p in assessment.programmes if p.status not in LISTED and p.in_area())
    if others:
        after.append(word("sub.more", lang, count=others))
    return Section(intro, items, (*after, *also), packs)
