"""`heatadvisor-cli subsidies CASE.json`: every programme for each option of a case, with
status, one reason per condition, amounts, documents and the questions still to ask.

The case file is the one `compare` reads; the programmes come from the comparison, so the
prices and quantities they are computed on are the ones the resident is shown.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import replace
from pathlib import Path

from heatadvisor.cli.cmd_packs import EXIT_INVALID, print_problems
from heatadvisor.cli.main import read_case, report_problems
from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.problems import InputError
from heatadvisor.core.packs.loader import PackError, parse_pack_text
from heatadvisor.core.packs.store import read_pack_text
from heatadvisor.core.setting.bundle import DataBundle, bundled
from heatadvisor.core.subsidies import PolicyPack
from heatadvisor.core.subsidies.results import (
    OperatingTerm,
    ProgrammeResult,
    SubsidyAssessment,
    TariffTerm,
)
from heatadvisor.wording import Lang, word
from heatadvisor.wording.subsidy_text import (
    say,
    say_amount,
    say_decision,
    say_money,
    say_reason,
)

_MARK = {"met": "✓", "not_met": "✗", "unknown": "?"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("subsidies", help="which subsidies a case can get / 能领哪些补贴")
    parser.add_argument("case", type=Path, help="the same case file as for compare")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--json", action="store_true", help="codes and numbers, for other programs")
    parser.add_argument("--all", action="store_true", help="also programmes for other areas")
    parser.add_argument("--date", type=dt.date.fromisoformat, help="evaluation date (default: the case's, else today)")
    parser.add_argument(
        "--pack", type=Path, action="append", help="use this policy pack file instead of the installed ones"
    )
    parser.set_defaults(func=run)


def _data(args: argparse.Namespace) -> DataBundle:
    """The installed packs, with the policy packs replaced by ``--pack`` files if given."""
    data = bundled()
    if not args.pack:
        return data
    packs = [parse_pack_text(read_pack_text(path), PolicyPack, str(path)) for path in args.pack]
    return replace(data, policies=packs)


def run(args: argparse.Namespace) -> int:
    try:
        case = read_case(str(args.case))
        if args.date:
            case = case.model_copy(update={"on_date": args.date})
        result = compare(case, _data(args))
    except PackError as error:
        print(say("label.case_invalid", args.lang, file=error.file), file=sys.stderr)
        print_problems(error, sys.stderr)
        return EXIT_INVALID
    except InputError as exc:
        report_problems(exc.problems, args.lang, f"{args.case}: ")
        return EXIT_INVALID
    assessed = [(o, o.subsidies) for o in result.options if o.subsidies is not None]
    if args.json:
        payload = {
            "on": result.on_date,
            "options": [{"option": o.key, **subsidies.model_dump(mode="json")} for o, subsidies in assessed],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    print(say("label.on", args.lang, on=result.on_date))
    for option, subsidies in assessed:
        print()
        print(
            say(
                "label.option",
                args.lang,
                number=option.rank,
                tech=option.name_zh if args.lang == "zh" else option.name_en,
            )
        )
        _print_assessment(subsidies, args.lang, show_all=args.all)
    return 0


def _print_assessment(assessment: SubsidyAssessment, lang: Lang, *, show_all: bool) -> None:
    shown = [p for p in assessment.programmes if show_all or p.in_area()]
    for result in shown:
        _print_programme(result, lang)
    hidden = len(assessment.programmes) - len(shown)
    if hidden:
        print(say("label.hidden", lang, count=hidden))
    print(say("label.capital_total", lang, amount=say_money(assessment.capital_total, lang)))
    for decision in assessment.decisions:
        print("  " + say_decision(decision, lang))
    if assessment.operating:
        print(say("label.operating", lang))
        for term in assessment.operating:
            print(f"  {term.programme_id}: {_operating(term, lang)}")
    if assessment.tariff_programmes:
        print(say("label.tariff", lang))
        for tariff in assessment.tariff_programmes:
            print(f"  {tariff.programme_id}: {_tariff(tariff, lang)}")
    if assessment.questions:
        print(say("label.questions", lang))
        for field in assessment.questions:
            print("  - " + say(f"question.{field}", lang))


def _print_programme(result: ProgrammeResult, lang: Lang) -> None:
    name = result.name.get(lang) or result.name["zh"]
    print(f"[{say(f'status.{result.status}', lang)}] {name}")
    for reason in result.reasons:
        print(f"    {_MARK[reason.outcome]} {say_reason(reason, lang)}")
    amount = say_amount(result, lang)
    if amount is not None and result.amount is not None:
        print("    " + amount)
        if result.status == "eligible" and result.applied != result.amount:
            print("    " + say("label.applied", lang, amount=say_money(result.applied, lang)))
    for decision in result.decisions:
        print("    " + say_decision(decision, lang))
    if result.documents:
        print("    " + say("label.documents", lang, documents=result.documents))
    if result.apply_at:
        print("    " + say("label.apply_at", lang, place=result.apply_at))
    print("    " + say("label.source", lang, citation=result.citation, conf=result.weakest_confidence))
    if result.cautions:
        print("    " + say("label.cautions", lang, cautions=result.cautions))


def _operating(term: OperatingTerm, lang: Lang) -> str:
    parts = [say("term.years", lang, from_year=term.from_year, to_year=term.to_year)]
    if term.yuan_per_season is not None:
        parts.append(say("term.lump", lang, yuan_per_season=term.yuan_per_season))
    else:
        parts.append(say(f"term.rate.{term.energy}", lang, rate=term.rate))
        if term.cap_quantity is not None:
            parts.append(say(f"term.cap_quantity.{term.energy}", lang, cap_quantity=term.cap_quantity))
        if term.cap_yuan is not None:
            parts.append(say("term.cap_yuan", lang, cap_yuan=term.cap_yuan))
    return word("sep.parts", lang).join(parts)


def _tariff(tariff: TariffTerm, lang: Lang) -> str:
    values = tariff.model_dump()
    keys = [
        ("tariff.valley", tariff.valley_price is not None),
        (f"tariff.subsidy.{tariff.subsidy_on}", tariff.subsidy_per_kwh is not None),
        ("tariff.subsidy_cap", tariff.subsidy_cap_kwh is not None),
        ("tariff.no_tiers", tariff.no_tiers_in_season),
        ("tariff.season", tariff.season_start is not None),
        ("tariff.seasons", tariff.seasons is not None),
    ]
    parts = [say(key, lang, **values) for key, present in keys if present]
    return word("sep.parts", lang).join(parts)
