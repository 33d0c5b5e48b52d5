"""`heatadvisor-cli sheet CASE.json -o advice.pdf`: the printed advice sheet without a window.

The same renderer as the window's print and preview. Qt needs an application object for
fonts and charts; with no display and no platform chosen, it runs offscreen.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("sheet", help="write the advice sheet as a PDF / 生成取暖方案建议书 PDF")
    p.add_argument("case")
    p.add_argument("-o", "--output", required=True, help="PDF file to write")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the sheet (default zh)")
    p.add_argument("--service-point", help="service point name (default: from the settings)")
    p.add_argument("--staff", help="staff member's name (default: from the settings)")
    p.add_argument("--number", help="consultation number (default: date and a digest of the case)")
    p.add_argument(
        "--consent",
        action="store_true",
        help="the resident agreed that their name, phone and village print on the sheet",
    )
    p.add_argument("--poster", help="also write the one-page COP poster to this PDF")
    p.set_defaults(func=run)


def _settings() -> tuple[str, str]:
    from heatadvisor.qtkit.settings import AppSettings

    settings = AppSettings()
    return settings.service_point, settings.staff_name


def run(args: argparse.Namespace) -> int:
    from heatadvisor.core.comparison.compare import compare
    from heatadvisor.core.contract.problems import FieldProblem, InputError

    from .main import EXIT_BAD_INPUT, read_case, report_problems

    try:
        case = read_case(args.case)
        comparison = compare(case)
    except InputError as exc:
        report_problems(exc.problems, args.lang, f"{args.case}: ")
        return EXIT_BAD_INPUT
    from heatadvisor.qtkit.application import application

    app = application()  # noqa: F841 — must live while painting
    from heatadvisor.sheet.content import SheetContext, consultation_number
    from heatadvisor.sheet.render import write_pdf, write_poster_pdf
    from heatadvisor.wording import word

    service_point, staff = args.service_point, args.staff
    if service_point is None or staff is None:
        saved = _settings()
        service_point, staff = (
            service_point if service_point is not None else saved[0],
            staff if staff is not None else saved[1],
        )
    day = case.on_date or date.today()
    ctx = SheetContext.from_case(
        case,
        consent=args.consent,
        lang=args.lang,
        day=day,
        service_point=service_point,
        staff=staff,
        number=args.number or consultation_number(day, case.model_dump_json()),
    )
    try:
        pages = write_pdf(comparison, ctx, Path(args.output))
        if args.poster and not write_poster_pdf(comparison, Path(args.poster), args.lang, ctx.service_point):
            print(word("poster.none", args.lang), file=sys.stderr)
    except OSError as exc:
        report_problems([FieldProblem("(file)", "unreadable", str(exc))], args.lang, f"{args.output}: ")
        return EXIT_BAD_INPUT
    print(word("cli.written", args.lang, path=args.output, pages=pages))
    return 0
