"""Every message of the window exists in both languages with the same placeholders, the
shipped .ts is what the code says, the .qm compiles from it and loads, and Qt's own dialog
texts come in the user's language."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from heatadvisor.paths import resource

ROOT = Path(__file__).resolve().parents[2]
TS = resource("translations", "heatadvisor_en.ts")
QM = resource("translations", "heatadvisor_en.qm")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d")


def messages(ts: Path) -> list[tuple[str, str, str | None, str | None]]:
    """(context, source, translation, translation type) of every message."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            out.append((name, message.findtext("source") or "", translation.text, translation.get("type")))
    return out


def test_every_message_is_translated_with_the_same_placeholders():
    found = messages(TS)
    assert len(found) > 150
    for context, source, translation, kind in found:
        assert kind is None and translation, f"{context}: {source!r} has no finished English"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (context, source)
        assert not re.search(r"[\u4e00-\u9fff]", translation.replace("莒县", "")), f"Chinese left in {translation!r}"


def test_ts_is_up_to_date_with_the_code(tmp_path):
    """lupdate over the code finds exactly the messages the shipped .ts holds (no context lost)."""
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "heatadvisor" / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-source-language", "zh_CN", "-target-language", "en", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = {(c, s) for c, s, _t, _k in messages(fresh)}
    shipped = {(c, s) for c, s, _t, _k in messages(TS)}
    assert in_code == shipped
    assert all(context for context, _source in in_code), "a tr() call lupdate could not place in a class"


def test_qm_compiles_from_the_ts_and_loads(tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    built = tmp_path / "heatadvisor_en.qm"
    done = subprocess.run([str(lrelease), str(TS), "-qm", str(built)], check=True, capture_output=True, text=True)
    assert "0 unfinished" in done.stdout
    assert built.read_bytes() == QM.read_bytes(), "the shipped .qm is older than the .ts: run tools/i18n.py release"
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("HouseGroup", "房子") == "House"


def test_qt_own_dialog_texts_follow_the_language(qapp, languages):
    try:
        languages.switch("zh")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        languages.switch("en")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        languages.switch("zh")


def test_languages_switch_changes_translation(qapp, languages):
    try:
        languages.switch("en")
        assert QCoreApplication.translate("MainWindow", "供暖参谋") == "HeatAdvisor"
        languages.switch("zh")
        assert QCoreApplication.translate("MainWindow", "供暖参谋") == "供暖参谋"
        with pytest.raises(ValueError):
            languages.switch("fr")
    finally:
        languages.switch("zh")
