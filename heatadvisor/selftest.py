"""`heatadvisor --self-test` and `heatadvisor-cli self-test`: is this installation whole?

Run after installing or copying the program to a laptop, and by the build on the frozen folder:
a cut Qt plugin, a missing pack or font shows here rather than in front of a resident. One
line per check; the exit code is 1 if any check failed. Nothing is written outside a
temporary folder (the records check makes its own records file there) and nothing goes on the
network. Qt is imported only inside the checks that need it, so the command line can run the
same code.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from heatadvisor import __version__
from heatadvisor.paths import data_dir_set_to, resources_dir
from heatadvisor.wording import word

# Every Qt module the window, the sheet and the charts import (tests/packaging keeps this
# list equal to the imports in heatadvisor/, and packaging/slimming.py keeps them in the build).
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport")
WINDOW_TIMEOUT_S = 30


class CheckFailed(Exception):
    """A check found the installation broken; the message says what, in the user's language."""


# A check gets a temporary folder and the language; it returns what it checked, in one line.
Check = tuple[str, Callable[[Path, str], str]]


def examples_dir() -> Path:
    """The example households: beside resources/ (in the source tree and in the frozen folder)."""
    return resources_dir().parent / "examples"


def packs(folder: Path, lang: str) -> str:
    """Every pack (bundled and imported) validates, and the program's data loads from them."""
    from heatadvisor.core.packs.store import PackStore
    from heatadvisor.core.place import climate, places
    from heatadvisor.core.setting.bundle import load_bundle

    store = PackStore()
    broken = store.broken_packs()
    if broken:
        raise CheckFailed("; ".join(str(item.error) for item in broken))
    data = load_bundle(store)
    return word(
        "selftest.packs_ok",
        lang,
        packs=len(store.list_packs()),
        devices=len(data.devices),
        provinces=len(places.provinces()),
        stations=len(climate.stations()),
    )


def examples(folder: Path, lang: str) -> str:
    """Every bundled example household compares; a recommendation, when one is made, names one of its options."""
    from heatadvisor.core.comparison.compare import compare
    from heatadvisor.core.contract.case_io import case_from_json

    files = sorted(examples_dir().glob("*.json"))
    if not files:
        raise CheckFailed(word("selftest.no_examples", lang, folder=examples_dir()))
    for path in files:
        result = compare(case_from_json(path.read_text(encoding="utf-8")))
        if not result.options or (result.recommended is not None and result.recommended_option() is None):
            raise CheckFailed(word("selftest.bad_comparison", lang, file=path.name))
    return word("selftest.examples_ok", lang, count=len(files))


def qt_modules(folder: Path, lang: str) -> str:
    """The Qt modules load, with a platform plugin (offscreen when there is no display)."""
    from heatadvisor.qtkit.application import application  # the one place that picks the platform

    for name in QT_MODULES:
        importlib.import_module(f"PySide6.{name}")
    app = application()
    return word("selftest.qt_ok", lang, modules=", ".join(QT_MODULES), platform=app.platformName())


def embedded_fonts(pdf: bytes) -> set[str]:
    """Names of fonts whose program is in the PDF (a FontDescriptor with /FontFile2|3),
    without the subset prefix ("QCBAAA+")."""
    names = set()
    for match in re.finditer(rb"/FontName\s*/(?:[A-Z]{6}\+)?([^\s/>]+)(.*?)>>", pdf, re.DOTALL):
        if re.search(rb"/FontFile[23]\b", match.group(2)):
            names.add(match.group(1).decode("latin-1"))
    return names


def sheet(folder: Path, lang: str) -> str:
    """The advice sheet of the first example prints to a PDF with the bundled fonts embedded."""
    from heatadvisor.core.comparison.compare import compare
    from heatadvisor.core.contract.case_io import case_from_json
    from heatadvisor.qtkit.application import application

    app = application()  # noqa: F841 — must live while painting
    from heatadvisor.qtkit.fonts import FONT_FILES
    from heatadvisor.sheet.content import SheetContext
    from heatadvisor.sheet.render import write_pdf

    case = case_from_json(sorted(examples_dir().glob("*.json"))[0].read_text(encoding="utf-8"))
    path = folder / "sheet.pdf"
    pages = write_pdf(compare(case), SheetContext.from_case(case, consent=False, lang=lang, number="SELFTEST"), path)
    missing = {Path(name).stem for name in FONT_FILES} - embedded_fonts(path.read_bytes())
    if missing:
        raise CheckFailed(word("selftest.fonts_missing", lang, fonts=", ".join(sorted(missing))))
    return word("selftest.sheet_ok", lang, pages=pages, fonts=len(FONT_FILES))


def window(folder: Path, lang: str) -> str:
    """The main window builds, takes the packs, shows current results on every tab (charts too),
    and switches language; its records open in the check's folder, not in the user's."""
    from heatadvisor.qtkit.application import application
    from heatadvisor.ui.app import create_window
    from heatadvisor.ui.backend import load_backend

    app = application()
    with data_dir_set_to(folder / "data"):
        main = create_window(app, folder / "settings")  # the user's settings are not touched
        try:
            main.set_backend(load_backend())
            deadline = time.monotonic() + WINDOW_TIMEOUT_S
            while main.pending() and time.monotonic() < deadline:
                app.processEvents()
            last = main.last
            if main.results.state != "current" or last is None or last.comparison is None:
                raise CheckFailed(word("selftest.window_state", lang, state=main.results.state))
            tabs = main.results.tabs
            for index in range(tabs.count()):  # the charts and the other pages are built when first shown
                tabs.setCurrentIndex(index)
                app.processEvents()
            for language in ("en", "zh"):  # Qt's and our translations are in the folder
                main.languages.switch(language)
            return word("selftest.window_ok", lang, options=len(last.comparison.options), tabs=tabs.count())
        finally:
            main.close()
            main.deleteLater()
            app.processEvents()  # the records close with the window, inside the check's folder


def database(folder: Path, lang: str) -> str:
    """A records file is made in the temporary folder, takes a consultation with sealed personal
    details, and after closing and reopening gives back the same advice and, unlocked, the name."""
    from heatadvisor.core.comparison.compare import compare
    from heatadvisor.core.contract.case_io import case_from_json
    from heatadvisor.records.opening import close_store, open_store

    case = case_from_json(sorted(examples_dir().glob("*.json"))[0].read_text(encoding="utf-8"))
    result = compare(case)
    path = folder / "records" / "records.sqlite"
    store, _report = open_store(path)
    try:
        store.set_password(SELF_TEST_NAME)
        record_id = store.save(case, result, {"consent": True, "head_name": SELF_TEST_NAME}).id
    finally:
        close_store(store)
    store, report = open_store(path)
    try:
        store.vault.unlock(SELF_TEST_NAME)
        again = store.get(record_id)
        if (
            report.code != "ok"
            or again is None
            or again.result != result
            or again.personal is None
            or again.personal.head_name != SELF_TEST_NAME
        ):
            raise CheckFailed(word("selftest.database_differs", lang, state=report.code))
        return word("selftest.database_ok", lang, count=store.count())
    finally:
        close_store(store)


SELF_TEST_NAME = "自检"  # the password and the resident's name in the temporary records file

CHECKS: list[Check] = [
    ("packs", packs),
    ("examples", examples),
    ("qt", qt_modules),
    ("sheet", sheet),
    ("window", window),
    ("database", database),
]


def run(lang: str = "zh", out: TextIO | None = None, checks: list[Check] | None = None) -> int:
    """Every check, one line each; 0 if all passed, else 1. A failing check does not stop the rest."""
    out = out or sys.stdout or open(os.devnull, "w")  # noqa: SIM115 — a windowed exe on Windows has no stdout; open for the run
    checks = CHECKS if checks is None else checks
    failed = 0
    print(word("selftest.start", lang, version=__version__, resources=resources_dir()), file=out, flush=True)
    with tempfile.TemporaryDirectory(prefix="heatadvisor-selftest-") as tmp:
        for name, check in checks:
            started = time.perf_counter()
            try:
                detail, mark = check(Path(tmp), lang), word("selftest.pass", lang)
            except Exception as error:  # noqa: BLE001 — every failure is reported, none stops the rest
                failed += 1
                mark = word("selftest.fail", lang)
                detail = str(error) if isinstance(error, CheckFailed) else _short(error)
            seconds = time.perf_counter() - started
            print(
                word(
                    "selftest.line",
                    lang,
                    mark=mark,
                    check=word(f"selftest.{name}", lang),
                    detail=detail,
                    seconds=f"{seconds:.1f}",
                ),
                file=out,
                flush=True,
            )
    summary = "selftest.all_passed" if not failed else "selftest.some_failed"
    print(word(summary, lang, failed=failed, total=len(checks)), file=out, flush=True)
    return 1 if failed else 0


def _short(error: Exception) -> str:
    """An unexpected error in one line: its type, message and the place it came from."""
    frame = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
    where = f" [{Path(frame.filename).name}:{frame.lineno}]" if frame else ""
    return f"{type(error).__name__}: {error}".splitlines()[0] + where
