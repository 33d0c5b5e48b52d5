"""`heatadvisor-cli records …`: consultation records from the command line, through the
same functions the window calls.

    records add CASE.json [--consent]    compare the case and save it; the ledger's columns with
        [--applicant-name N] [--power-account A] [--gas-account A] [--id-number ID --id-consent]
        [--category C] [--kind K] [--batch B]   (personal ones need --consent and the password)
    records list [--json] [--search T]   the history, newest first
    records export -o FILE.csv|FILE.xlsx the township ledger (--with-personal to include names)
    records report -o FILE.xlsx|.pdf     counts, coal/CO₂ avoided, subsidies, added peak load
    records pack -o FILE                 an exchange file for another laptop or the county
    records merge FILE                   merge an exchange file
    records check                        integrity and backups; exit 1 when damaged
    records delete ID…                   delete consultations completely (a resident's request)
    records password [--forgotten]       set or change the service point's password
    records keep-personal yes|no         the "keep none" setting: no personal details saved from now on

The service point's password comes from HEATADVISOR_RECORDS_PASSWORD (a new one from
HEATADVISOR_RECORDS_NEW_PASSWORD, the exchange file's from HEATADVISOR_EXCHANGE_PASSWORD),
never from the command line, where others can see it.
Bad input exits 2 with one line per bad field; no traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from heatadvisor.cli.main import EXIT_BAD_INPUT, read_case, report_problems
from heatadvisor.core.contract.problems import FieldProblem, InputError
from heatadvisor.records.model import Ledger
from heatadvisor.records.privacy import LEDGER_PERSONAL
from heatadvisor.wording import field_label, word

EXIT_DAMAGED = 1
PASSWORD_ENV = "HEATADVISOR_RECORDS_PASSWORD"
EXCHANGE_PASSWORD_ENV = "HEATADVISOR_EXCHANGE_PASSWORD"
NEW_PASSWORD_ENV = "HEATADVISOR_RECORDS_NEW_PASSWORD"


def register(subparsers: argparse._SubParsersAction) -> None:
    records = subparsers.add_parser("records", help="saved consultations, ledger, report, exchange / 咨询记录")
    commands = records.add_subparsers(dest="records_command", required=True)

    def command(name: str, run: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p = commands.add_parser(name, help=help_text)
        p.add_argument("--lang", choices=("zh", "en"), default="zh")
        p.add_argument("--db", type=Path, help="the records file (default: the user's data folder)")
        p.set_defaults(func=lambda args: _guarded(run, args))
        return p

    p = command("add", run_add, "compare a case file and save the consultation")
    p.add_argument("case")
    p.add_argument("--consent", action="store_true", help="the resident agreed that name and phone are kept")
    for name in LEDGER_PERSONAL:
        p.add_argument(f"--{name.replace('_', '-')}", help=_label(f"personal.{name}"))
    p.add_argument("--id-consent", action="store_true", help=_label("personal.id_consent"))
    for name in ("category", "kind", "batch"):
        p.add_argument(f"--{name}", default="", help=_label(f"ledger.{name}"))
    p = command("list", run_list, "the saved consultations, newest first")
    p.add_argument("--json", action="store_true")
    p.add_argument("--search", default="", help="village, township, county or name")
    p = command("export", run_export, "the ledger as .csv (UTF-8 with BOM) or .xlsx")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--with-personal", action="store_true", help="include names, phone and account numbers (IDs masked)")
    p = command("report", run_report, "the township report as .xlsx, or as printable pages in a .pdf")
    p.add_argument("-o", "--output", type=Path, required=True)
    p = command("pack", run_pack, "write every consultation to an exchange file")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument(
        "--with-personal", action="store_true", help=f"include personal details, sealed with ${EXCHANGE_PASSWORD_ENV}"
    )
    p = command("merge", run_merge, "merge an exchange file from another laptop")
    p.add_argument("file", type=Path)
    command("check", run_check, "check the records file and list its backups")
    p = command("delete", run_delete, "delete a resident's consultations completely (ids as `list` shows them)")
    p.add_argument("ids", nargs="+")
    p = command("password", run_password, f"set the service point's password from ${NEW_PASSWORD_ENV}")
    p.add_argument(
        "--forgotten", action="store_true", help="the old one is lost: erase every personal detail, set the new one"
    )
    p = command("keep-personal", run_keep_personal, "whether personal details may be kept (with consent) from now on")
    p.add_argument("keep", choices=("yes", "no"))


def _label(field: str) -> str:
    """A field's name for --help, as the window's form shows it."""
    return f"{field_label(field, 'en')} / {field_label(field, 'zh')}"


def _guarded(run: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Every records command: open, run, close; known failures become plain messages."""
    from heatadvisor.records.crypto import WrongPassword
    from heatadvisor.records.exchange import ExchangeError
    from heatadvisor.records.opening import close_store, open_store
    from heatadvisor.records.schema import NewerFile

    if args.records_command == "check":
        return run(args)
    try:
        store, report = open_store(args.db)
    except NewerFile as newer:
        print(word("records.newer_file", args.lang, path=str(newer.path)), file=sys.stderr)
        return EXIT_BAD_INPUT
    if report.code != "ok":
        print(report.message(args.lang), file=sys.stderr)
    args.store = store
    try:
        password = os.environ.get(PASSWORD_ENV)
        if password and store.vault.has_password:
            store.vault.unlock(password)
        return run(args)
    except WrongPassword:
        report_problems([FieldProblem("password", "wrong_password", "wrong password")], args.lang, f"${PASSWORD_ENV}: ")
        return EXIT_BAD_INPUT
    except ExchangeError as error:
        line = word("records.line", args.lang, line=error.line) + " " if error.line else ""
        report_problems(error.problems, args.lang, f"{args.file}: {line}")
        return EXIT_BAD_INPUT
    except InputError as error:
        report_problems(error.problems, args.lang)
        return EXIT_BAD_INPUT
    except OSError as error:
        report_problems([FieldProblem("output", "cannot_store", str(error))], args.lang)
        return EXIT_BAD_INPUT
    finally:
        close_store(store)


def run_add(args: argparse.Namespace) -> int:
    from heatadvisor.core.comparison.compare import compare

    case = read_case(args.case)
    given = {name: getattr(args, name) for name in LEDGER_PERSONAL if getattr(args, name) is not None}
    personal = {**given, "consent": args.consent, "id_consent": args.id_consent} if given or args.consent else None
    ledger = Ledger(args.category.strip(), args.kind.strip(), args.batch.strip())
    saved = args.store.save(case, compare(case), personal, ledger)
    if saved.dropped:
        names = [field_label(f"personal.{name}", args.lang) for name in saved.dropped]
        print(
            word("records.dropped", args.lang, fields=("、" if args.lang == "zh" else ", ").join(names)),
            file=sys.stderr,
        )
    print(word("records.saved", args.lang, id=saved.id, revision=saved.revision))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from heatadvisor.records.store import Search

    found = args.store.search(Search(text=args.search))
    if args.json:
        print(
            json.dumps(
                [{**vars(s), "stage": s.stage and s.stage.value, "usage": s.usage and s.usage.value} for s in found],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for s in found:
        best = s.recommended_zh if args.lang == "zh" else s.recommended_en
        stage = word(f"stage.{s.stage.value}", args.lang) if s.stage else ""
        usage = word(f"usage.{s.usage.value}", args.lang) if s.usage else ""
        name = s.head_name or ""
        print("  ".join(x for x in (s.consult_date, s.id[:8], s.township, s.village, name, best, stage, usage) if x))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from heatadvisor.records.ledger import export_ledger

    count = export_ledger(args.store, args.output, args.lang, include_personal=args.with_personal)
    print(word("records.exported", args.lang, count=count, path=str(args.output)))
    return 0


def run_report(args: argparse.Namespace) -> int:
    from heatadvisor.records.report import export_report, township_report

    suffix = args.output.suffix.lower()
    if suffix == ".xlsx":
        report = export_report(args.store, args.output, args.lang)
    elif suffix == ".pdf":
        from heatadvisor.qtkit.application import application
        from heatadvisor.sheet.township import write_report_pdf

        report = township_report(args.store)
        app = application()  # noqa: F841 — fonts need it while painting
        write_report_pdf(report, args.output, args.lang)
    else:
        raise InputError([FieldProblem("output", "unsupported_report", args.output.name)])
    print(word("records.exported", args.lang, count=report.total.households, path=str(args.output)))
    return 0


def run_pack(args: argparse.Namespace) -> int:
    from heatadvisor.records.exchange import export_records

    password = os.environ.get(EXCHANGE_PASSWORD_ENV) if args.with_personal else None
    if args.with_personal and not password:
        raise InputError([FieldProblem("password", "missing", f"${EXCHANGE_PASSWORD_ENV} is not set")])
    count = export_records(args.store, args.output, password=password)
    print(word("records.exported", args.lang, count=count, path=str(args.output)))
    return 0


def run_merge(args: argparse.Namespace) -> int:
    from heatadvisor.records.exchange import merge_records

    report = merge_records(args.store, args.file, os.environ.get(EXCHANGE_PASSWORD_ENV))
    print("\n".join(report.message(args.lang)))
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Read-only: a damaged file is reported, not repaired (opening the program repairs it)."""
    from heatadvisor.records.backups import backups, is_intact
    from heatadvisor.records.folders import backups_dir, database_path
    from heatadvisor.records.opening import count_records

    path = args.db or database_path()
    good = not path.exists() or is_intact(path)
    if good:
        print(word("records.check.ok", args.lang, count=count_records(path) if path.exists() else 0))
    else:
        print(word("records.check.damaged", args.lang), file=sys.stderr)
    found = backups(backups_dir(path))
    if not found:
        print(word("records.check.no_backup", args.lang))
    for backup in found:
        state = word("records.check.intact" if is_intact(backup.path) else "records.check.broken", args.lang)
        print(word("records.check.backup", args.lang, made=f"{backup.made:%Y-%m-%d %H:%M} UTC", state=state))
    return 0 if good else EXIT_DAMAGED


def run_password(args: argparse.Namespace) -> int:
    new = os.environ.get(NEW_PASSWORD_ENV)
    if not new:
        raise InputError([FieldProblem("password", "missing", f"${NEW_PASSWORD_ENV} is not set")])
    if args.forgotten:
        erased = args.store.reset_password(new)
        print(word("records.password_reset", args.lang, count=erased))
        return 0
    if args.store.vault.has_password and args.store.vault.locked:
        raise InputError([FieldProblem("password", "records_locked", f"${PASSWORD_ENV} is not set")])
    args.store.set_password(new)
    print(word("records.password_set", args.lang))
    return 0


def run_delete(args: argparse.Namespace) -> int:
    """Ids in full or by the first 8 characters `list` shows; an unknown or ambiguous one is refused."""
    known = [s.id for s in args.store.search()]
    chosen = []
    for given in args.ids:
        matches = [i for i in known if i == given or (len(given) >= 8 and i.startswith(given))]
        if len(matches) != 1:
            raise InputError([FieldProblem("record", "not_found", given)])
        chosen.append(matches[0])
    gone = args.store.delete(chosen)
    print(word("records.deleted", args.lang, count=gone.count, date=f"{gone.backups_gone_by:%Y-%m-%d}"))
    return 0


def run_keep_personal(args: argparse.Namespace) -> int:
    args.store.set_keep_personal(args.keep == "yes")
    print(word(f"records.keep_personal.{args.keep}", args.lang))
    return 0
