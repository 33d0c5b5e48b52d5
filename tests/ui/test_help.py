"""帮助 → 使用说明: the guide opens from the menu and on F1 in the window's language, follows a language
switch, shows every picture it names from the bundle, leads nowhere outside it, and the English
guide has the same sections, steps and pictures as the Chinese."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextDocument

from heatadvisor.paths import resource
from heatadvisor.ui.help import HelpDialog, guide_path

LANGS = ("zh", "en")
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)[^)]*\)|<(?:img|a)\b[^>]*(?:src|href)=\"([^\"]+)\"")
HEADING = re.compile(r"^(#{1,6}) ", re.MULTILINE)
IMAGE = re.compile(r"!\[[^\]]*\]\(\.\./img/([a-z_]+)_(zh|en)\.png\)")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"  # take.py guide, which makes them


def read_guide(lang: str) -> str:
    return guide_path(lang).read_text(encoding="utf-8")


def open_from_menu(qtbot, window, answers) -> dict:
    """Trigger 使用说明 in the 帮助 menu; the dialog is read and closed by the answerer."""

    def read_and_close(dialog: HelpDialog) -> dict:
        state = _state(dialog)
        dialog.close()
        return state

    seen = answers.on(HelpDialog, read_and_close)
    window.help_menu.guide_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    return seen[-1]


def _state(dialog: HelpDialog) -> dict:
    document = dialog.browser.document()
    return {
        "title": dialog.windowTitle(),
        "lang": dialog.lang,
        "source": dialog.browser.source().toLocalFile(),
        "text": document.toPlainText(),
        "contents": [dialog.contents.item(i).text() for i in range(dialog.contents.count())],
    }


@pytest.mark.parametrize("lang", LANGS)
def test_the_guide_opens_from_the_help_menu_in_the_windows_language(qtbot, make_window, answers, lang):
    window = make_window(lang)
    menu = window.help_menu
    assert menu.menuAction() in window.menuBar().actions()
    assert menu.title() == {"zh": "帮助", "en": "Help"}[lang]
    assert menu.guide_action.text() == {"zh": "使用说明", "en": "User guide"}[lang]
    assert menu.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    shown = open_from_menu(qtbot, window, answers)
    assert shown["title"] == menu.guide_action.text()
    assert shown["lang"] == lang and shown["source"] == str(guide_path(lang))
    first_line = read_guide(lang).splitlines()[0].lstrip("# ")
    assert shown["text"].startswith(first_line)
    sections = [line.lstrip("# ") for line in read_guide(lang).splitlines() if line.startswith("## ")]
    assert [item for item in shown["contents"] if not item.startswith(" ")] == sections
    assert len(shown["contents"]) > len(sections)  # the steps, indented under their section


def test_f1_opens_the_guide_which_follows_a_language_switch_and_its_contents_scroll(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window.house.area, Qt.Key.Key_F1)  # while typing in a field
    qtbot.waitUntil(lambda: window.help_menu.dialog is not None and window.help_menu.dialog.isVisible(), timeout=3000)
    dialog = window.help_menu.dialog
    assert window.help_menu.open_guide() is dialog  # F1 again raises the same guide
    window.set_language("en")
    qtbot.waitUntil(lambda: dialog.lang == "en", timeout=2000)
    assert dialog.windowTitle() == "User guide" and window.help_menu.title() == "Help"
    assert dialog.browser.document().toPlainText().startswith("HeatAdvisor user guide")
    bar = dialog.browser.verticalScrollBar()
    dialog.contents.setCurrentRow(dialog.contents.count() - 1)
    assert bar.value() > 0
    dialog.contents.setCurrentRow(0)
    top_of_first = bar.value()
    assert 0 < top_of_first < bar.maximum()
    dialog.close()


@pytest.mark.parametrize("lang", LANGS)
def test_every_picture_the_guide_shows_is_in_the_bundle_and_nothing_leads_outside(qtbot, lang):
    text = read_guide(lang)
    targets = [a or b for a, b in LINK.findall(text)]
    assert len(targets) >= 8
    folder = guide_path(lang).parent
    bundle = resource("guide").resolve()
    for target in targets:
        assert ":" not in target and not target.startswith(("/", "\\")), f"{target} leaves the bundle"
        path = (folder / target).resolve()
        assert path.is_relative_to(bundle) and path.is_file(), f"{target} is not in resources/guide"
    # Qt draws each of them: the document loaded from its file finds every image beside it
    dialog = HelpDialog(lambda: lang)
    qtbot.addWidget(dialog)
    document = dialog.browser.document()
    for target in targets:
        url = dialog.browser.source().resolved(target)
        image = dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource, url)
        assert image is not None and not image.isNull(), target
    assert document.toPlainText().count("\ufffc") == len(targets)  # one object per picture


def test_the_pictures_are_the_ones_made_by_the_script_and_small():
    images = sorted(resource("guide", "img").glob("*.png"))
    named = {f"{name}_{lang}.png" for lang in LANGS for name, _lang in IMAGE.findall(read_guide(lang))}
    assert {p.name for p in images} == named  # none missing, none left over
    assert sum(p.stat().st_size for p in images) < 1_500_000


def structure(lang: str) -> list[str]:
    """Heading levels in order, each with the pictures under it (by name, not language)."""
    out: list[str] = []
    for line in read_guide(lang).splitlines():
        heading = HEADING.match(line)
        if heading:
            out.append(f"h{len(heading.group(1))}")
        for name, image_lang in IMAGE.findall(line):
            assert image_lang == lang, f"{lang} guide shows the {image_lang} picture {name}"
            out.append(f"{out[-1]}:{name}")
    return out


def test_the_english_guide_has_every_heading_and_picture_of_the_chinese():
    assert structure("en") == structure("zh")


def test_the_script_takes_every_picture_the_guide_shows(monkeypatch):
    monkeypatch.syspath_prepend(str(SCREENSHOTS))
    import take

    taken = [name for name, _part in take.GUIDE_SHOTS]
    for lang in LANGS:
        assert sorted(taken) == sorted(name for name, _lang in IMAGE.findall(read_guide(lang))), lang


@pytest.mark.parametrize("lang", LANGS)
def test_the_records_pictures_show_saved_households_and_leave_the_form_as_it_was(make_window, monkeypatch, lang):
    monkeypatch.syspath_prepend(str(SCREENSHOTS))
    import guide_records

    window = make_window(lang)
    before = window.read_form()[0]
    history, follow_up = guide_records.history(window), guide_records.follow_up(window)
    assert not history.isNull() and not follow_up.isNull()
    rows = window.records.store.search()
    assert sorted(row.village for row in rows) == sorted(
        village for village, _area, _wall in guide_records.HOUSEHOLDS[lang]
    )
    assert [row.stage for row in rows if row.stage] == [guide_records.FOLLOWED[-1][0]]
    assert window.read_form()[0] == before and window.records.record_id is None
