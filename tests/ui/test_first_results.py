"""The default case's table from the last start, shown while the core loads: the same as the
live one that replaces it, never shown for other inputs, data, county or language, and a file
not exactly as written is ignored and rewritten."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from heatadvisor.paths import packs_dir, resource
from heatadvisor.ui import backend as backend_module
from heatadvisor.ui import first_results
from heatadvisor.ui.main_window import MainWindow

from .conftest import settle
from .test_loading import HeldLoad


def started(qtbot, settings, languages, backend=None) -> MainWindow:
    """A window shown and whole; with ``backend`` None the core is still loading."""
    window = MainWindow(settings, languages, backend)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.whole, timeout=5000)
    return window


def shown_table(window: MainWindow) -> tuple[str, list[list[object]]]:
    """The summary and every cell of the comparison table, as displayed."""
    tab = window.comparison_tab
    model = tab.model
    return tab.summary.text(), [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


@pytest.fixture
def kept(qtbot, settings, languages, backend) -> first_results.ShownTable:
    """A first start with the packs: it keeps the default case's table."""
    window = started(qtbot, settings, languages, backend)
    settle(qtbot, window)
    table = window.results_side.table(window.last.comparison)
    window.close()
    return table


def test_the_next_start_shows_the_kept_table_and_the_live_one_is_the_same(qtbot, settings, languages, backend, kept):
    window = started(qtbot, settings, languages)
    assert window.backend is None
    assert window.results.state == "current"
    cached = shown_table(window)
    assert cached[0] == kept.summary and len(cached[1]) >= len(kept.rows) > 3
    case, table, _data = first_results.read(window.results_side.first_results_key())
    assert table == kept and window.results.shown_parts == case
    window.set_backend(backend)
    settle(qtbot, window)
    assert window.last.parts == case, "the live comparison is of the same default case"
    assert window.results_side.table(window.last.comparison) == kept
    assert shown_table(window) == cached


def test_while_the_packs_load_only_the_kept_comparison_opens(qtbot, settings, languages, backend, kept, monkeypatch):
    """The other tabs import their modules when first opened: not while the worker imports."""
    load = HeldLoad(backend)
    monkeypatch.setattr(backend_module, "load_backend", load)
    window = MainWindow(settings, languages)
    qtbot.addWidget(window)
    window.show()
    loader = window.load_backend_async()
    qtbot.waitUntil(load.inside.is_set, timeout=5000)
    tabs = window.results.tabs
    assert window.results.state == "current"
    assert [tabs.isTabEnabled(i) for i in range(tabs.count())] == [True, False, False, False, False]
    with qtbot.waitSignal(loader.succeeded, timeout=5000):
        load.release.set()
    assert all(tabs.isTabEnabled(i) for i in range(tabs.count()))


def test_an_edit_while_loading_hides_the_kept_table_and_keeps_nothing_new(qtbot, settings, languages, backend, kept):
    window = started(qtbot, settings, languages)
    key = window.results_side.first_results_key()
    default_case, _table, _data = first_results.read(key)
    QTest.keyClicks(window.house.area, "5")
    settle(qtbot, window)
    assert window.results.state == "loading" and window.results.shown_parts is None
    window.set_backend(backend)
    settle(qtbot, window)
    assert window.last.parts != default_case and window.results.state == "current"
    assert first_results.read(key)[0] == default_case


def test_another_language_does_not_show_the_kept_table(qtbot, settings, languages, kept):
    languages.switch("en")
    try:
        window = started(qtbot, settings, languages)
        assert window.results.state == "loading"
    finally:
        languages.switch("zh")


def test_the_key_follows_the_data_the_county_and_the_language(settings):
    home = settings.home_place
    before = first_results.cache_key(home, "zh")
    assert first_results.cache_key(home, "zh") == before
    assert first_results.cache_key(home, "en") != before
    assert first_results.cache_key((home[0], "五莲县"), "zh") != before
    imported = packs_dir() / "regions" / "shandong" / "9.0.0.json"
    imported.parent.mkdir(parents=True)
    shutil.copy(next(resource("packs", "regions").rglob("*.json")), imported)
    assert first_results.cache_key(home, "zh") != before


@pytest.fixture
def imported_pack() -> Path:
    """A pack imported before the first start (it is among the data the kept table came from)."""
    path = packs_dir() / "regions" / "shandong" / "9.0.0.json"
    path.parent.mkdir(parents=True)
    shutil.copy(next(resource("packs", "regions").rglob("*.json")), path)
    return path


def test_a_pack_rewritten_with_its_size_and_time_kept_withdraws_the_kept_table(
    qtbot, settings, languages, imported_pack, kept
):
    """The key reads only names, sizes and times; the bytes are checked once the table shows."""
    key = first_results.cache_key(settings.home_place, "zh")
    before = imported_pack.stat()
    text = imported_pack.read_text(encoding="utf-8")
    changed = text.replace("1", "2", 1)  # a figure changed, the file as long as before
    assert len(changed.encode()) == before.st_size and changed != text
    imported_pack.write_text(changed, encoding="utf-8")
    os.utime(imported_pack, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert first_results.cache_key(settings.home_place, "zh") == key, "the key cannot see it"
    window = MainWindow(settings, languages)
    qtbot.addWidget(window)
    assert window.results.state == "current", "shown at first, from the key"
    window.build_rest()  # the rest of the window, then the check, before the core loads
    assert window.results.state == "loading" and window.results.shown_parts is None


def test_the_kept_table_stays_when_the_data_are_the_same(qtbot, settings, languages, imported_pack, kept):
    window = MainWindow(settings, languages)
    qtbot.addWidget(window)
    shown = window.results.shown_parts
    window.build_rest()
    assert window.results.state == "current" and window.results.shown_parts == shown is not None


@pytest.mark.parametrize("damage", ["not json", "format", "row type", "missing field", "truncated", "data"])
def test_a_damaged_file_is_ignored_and_rewritten(qtbot, settings, languages, backend, kept, damage):
    path = first_results.cache_file()
    text = path.read_text(encoding="utf-8")
    kept_file = json.loads(text)
    entry = next(iter(kept_file["entries"].values()))
    if damage == "not json":
        path.write_text("\x00garbage", encoding="utf-8")
    elif damage == "truncated":
        path.write_text(text[: len(text) // 2], encoding="utf-8")
    elif damage == "data":
        entry["data"] = 1
        path.write_text(json.dumps(kept_file, ensure_ascii=False), encoding="utf-8")
    else:
        if damage == "format":
            kept_file["format"] = first_results.FORMAT + 1
        elif damage == "row type":
            entry["table"]["rows"][0]["recommended"] = "yes"
        else:
            del entry["table"]["notice"]
        path.write_text(json.dumps(kept_file, ensure_ascii=False), encoding="utf-8")
    window = started(qtbot, settings, languages)
    assert window.results.state == "loading", "nothing shown from a file not exactly as written"
    window.set_backend(backend)
    settle(qtbot, window)
    assert first_results.read(window.results_side.first_results_key())[1] == kept
