"""heatadvisor-cli: the comparison, its schema, subsidies, packs and village batches.

Bad input never shows a traceback: it exits with code 2 and one line per bad field, in
the chosen language. Nor does anything unforeseen: it exits with code 70 and one line that
says where the traceback was logged (``crash.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from ..core.contract.problems import FieldProblem, InputError
from ..core.packs.loader import PackError
from ..wording import problem_line
from .crash import report_crash

EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 70  # sysexits' EX_SOFTWARE: a bug, not the user's input
EXIT_INTERRUPTED = 130


def report_problems(problems: list[FieldProblem], lang: str, prefix: str = "") -> None:
    """One line per bad field: its path in the file (for whoever edits it) and the words."""
    for problem in problems:
        print(f"{prefix}{problem.field} – {problem_line(problem, lang)}", file=sys.stderr)


MAX_CASE_BYTES = 1_000_000


def read_case(path: str):
    """The validated case from a file; InputError names each bad field."""
    from ..core.contract.case_io import case_from_json

    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_CASE_BYTES + 1)
        if len(raw) > MAX_CASE_BYTES:
            raise InputError([FieldProblem("(file)", "too_large", f"more than {MAX_CASE_BYTES} bytes")])
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError([FieldProblem("(file)", "unreadable", str(exc))]) from None
    return case_from_json(text)


def run_compare(args: argparse.Namespace) -> int:
    from ..core.comparison.compare import compare
    from .table import render

    try:
        result = compare(read_case(args.case))
    except InputError as exc:
        report_problems(exc.problems, args.lang, f"{args.case}: ")
        return EXIT_BAD_INPUT
    if args.json:
        print(result.model_dump_json(indent=2))
    else:
        print(render(result, args.lang))
    return 0


def run_schema(args: argparse.Namespace) -> int:
    from ..core.contract.case import Case

    print(json.dumps(Case.model_json_schema(), ensure_ascii=False, indent=2))
    return 0


def run_batch(args: argparse.Namespace) -> int:
    from .batch import run

    return run(Path(args.households), Path(args.output), args.lang, progress=not args.quiet)


def _optional_commands() -> list[Callable[[argparse._SubParsersAction], None]]:
    """Subcommands that live in their own modules (subsidies, packs, sheet, records, self-test)."""
    found = []
    for module in ("cmd_subsidies", "cmd_packs", "cmd_sheet", "cmd_records", "cmd_selftest"):
        try:
            mod = __import__(f"heatadvisor.cli.{module}", fromlist=["register"])
        except ImportError:
            continue
        found.append(mod.register)
    return found


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="heatadvisor-cli", description="HeatAdvisor 供暖参谋")
    sub = top.add_subparsers(dest="command", required=True)

    def lang_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the output (default zh)")

    p = sub.add_parser("compare", help="compare heating options for one household case file")
    p.add_argument("case")
    p.add_argument("--json", action="store_true", help="print the full result as JSON")
    lang_option(p)
    p.set_defaults(func=run_compare)

    p = sub.add_parser("schema", help="print the JSON Schema of a case file")
    p.set_defaults(func=run_schema)

    p = sub.add_parser("batch", help="run a village survey CSV (one household per row)")
    p.add_argument("households")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    lang_option(p)
    p.set_defaults(func=run_batch)

    for register in _optional_commands():
        register(sub)
    return top


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except PackError as error:  # a broken pack: which file and field, in the user's language, no traceback
        from ..core.packs.safe_text import printable
        from ..wording import Lang
        from ..wording.subsidy_text import say
        from .cmd_packs import print_problems

        lang: Lang = "en" if getattr(args, "lang", "zh") == "en" else "zh"
        print(printable(say("label.broken", lang, path=error.file)), file=sys.stderr)
        print_problems(error, sys.stderr, lang)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as error:  # noqa: BLE001 — a bug: one line for the user, the traceback in a log for the report
        report_crash(error, argv, getattr(args, "lang", "zh"))
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
