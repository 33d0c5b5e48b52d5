"""`heatadvisor-cli packs list | import FILE`: which packs are installed, and adding one.

An import validates the whole file first; a bad file is reported by field and reason, exit
code 2, and the packs in use are not touched. Whatever a file says (a title, a path, a detail)
is printed through ``printable``, so control and text-direction characters cannot rewrite the
terminal or hide what is shown next to them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

import heatadvisor.core.subsidies  # noqa: F401  (registers the "policies" pack kind)
from heatadvisor.core.packs.loader import PackError
from heatadvisor.core.packs.safe_text import printable
from heatadvisor.core.packs.store import PackInfo, PackStore
from heatadvisor.wording import Lang, problem_text
from heatadvisor.wording.subsidy_text import say

EXIT_INVALID = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    packs = subparsers.add_parser("packs", help="list or import data packs / 数据包")
    commands = packs.add_subparsers(dest="packs_command", required=True)
    listing = commands.add_parser("list", help="every installed pack with version, dates and source count")
    listing.add_argument("--kind", help="only this kind (policies, tariffs, …)")
    listing.add_argument("--lang", choices=("zh", "en"), default="zh")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=run_list)
    importing = commands.add_parser("import", help="validate a pack file and install it as a new version")
    importing.add_argument("file", type=Path)
    importing.add_argument("--lang", choices=("zh", "en"), default="zh")
    importing.set_defaults(func=run_import)


def _info_json(info: PackInfo) -> dict[str, object]:
    return {
        "kind": info.kind,
        "pack_id": info.pack_id,
        "version": info.version,
        "title": info.title,
        "valid_from": info.valid_from,
        "valid_until": info.valid_until,
        "source_count": info.source_count,
        "origin": info.origin,
        "path": str(info.path),
        "template": info.template,
        "active": info.active,
    }


def _line(info: PackInfo, lang: Lang) -> str:
    state = "template" if info.template else "active" if info.active else "older"
    return printable(
        say(
            "label.pack_line",
            lang,
            pack_id=info.pack_id,
            version=info.version,
            valid_from=info.valid_from,
            valid_until=info.valid_until,
            sources=info.source_count,
            origin=say(f"label.origin.{info.origin}", lang),
            state=say(f"label.state.{state}", lang),
            title=info.title,
        )
    )


def _printable_json(payload: object) -> str:
    """JSON in which unsafe characters inside strings are \\u escapes: json escapes C0
    controls itself; ``printable`` writes the others in the same escape form, line by line
    so the indentation's own newlines stay."""
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    return "\n".join(printable(line) for line in text.split("\n"))


def run_list(args: argparse.Namespace) -> int:
    store = PackStore()
    infos = store.list_packs(args.kind)
    broken = store.broken_packs(args.kind)
    if args.json:
        payload = {
            "packs": [_info_json(i) for i in infos],
            "broken": [{"path": str(b.path), "problems": [vars(p) for p in b.error.problems]} for b in broken],
        }
        print(_printable_json(payload))
        return 0
    if not infos:
        print(say("label.no_packs", args.lang))
    kind = None
    for info in infos:
        if info.kind != kind:
            kind = info.kind
            print(f"[{kind}]")
        print("  " + _line(info, args.lang))
    for item in broken:
        print(printable(say("label.broken", args.lang, path=str(item.path))))
        print_problems(item.error, lang=args.lang)
    return 0


def print_problems(error: PackError, file: TextIO | None = None, lang: Lang = "zh") -> None:
    """Each problem on its own line: field, reason code, what is wrong in the user's language,
    and the English detail for the pack's author (to ``file``, else the current stdout)."""
    for problem in error.problems:
        line = f"  {problem.field or '(file)'}: [{problem.reason}] {problem_text(problem, lang)} ({problem.message})"
        print(printable(line), file=file or sys.stdout)


def run_import(args: argparse.Namespace) -> int:
    try:
        result = PackStore().import_pack(args.file)
    except PackError as error:
        print(printable(say("label.import_failed", args.lang, file=error.file)), file=sys.stderr)
        print_problems(error, sys.stderr, args.lang)
        return EXIT_INVALID
    info = result.info
    if result.already_present:
        print(say("label.import_same", args.lang, pack_id=info.pack_id, version=info.version))
        return 0
    print(say("label.import_ok", args.lang, pack_id=info.pack_id, version=info.version))
    if result.superseded:
        print(say("label.import_replaces", args.lang, version=result.superseded.version))
    elif not info.active:
        print(say("label.import_not_active", args.lang))
    return 0
