"""The settings dialog, the village-batch picker behind "needs information: village_batches",
and importing a pack from the window: a good one is used at once, a bad one changes nothing."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPushButton

from heatadvisor.paths import resource
from heatadvisor.qtkit.settings import AppSettings
from heatadvisor.ui import present
from heatadvisor.ui.settings_dialog import SettingsDialog, SettingsValues

from .conftest import settle

BATCH = "bj-2018-plan-villages"
NEWER = f"{datetime.date.today().year + 1}.1"  # newer than the bundled packs; a pack may not be dated later


def test_settings_dialog_edits_and_the_window_applies_them(qtbot, window, settings):
    dialog = SettingsDialog(SettingsValues.read(settings), ["山东省", "河北省"], window)
    qtbot.addWidget(dialog)
    dialog.service_point.setText(" 围场县城关镇服务站 ")
    dialog.staff_name.setText("赵敏")
    dialog.province.set_value("河北省")
    dialog.county.setText("围场满族蒙古族自治县")
    dialog.language.set_value("en")
    dialog.large_text.setChecked(True)
    window.apply_settings(dialog.values())
    stored = AppSettings(Path(settings.path).parent)  # read back from the file
    assert SettingsValues.read(stored) == SettingsValues(
        "围场县城关镇服务站", "赵敏", ("河北省", "围场满族蒙古族自治县"), "en", True
    )
    qtbot.waitUntil(lambda: window.house.title() == "House")  # switched without a restart
    assert window.font().pointSizeF() == stored.point_size
    window.apply_settings(SettingsValues("", "", stored.home_place, "zh", False))
    qtbot.waitUntil(lambda: window.house.title() == "房子")
    assert not AppSettings(Path(settings.path).parent).large_text


def test_settings_from_the_menu_open_the_real_dialog(qtbot, window, settings, answers):
    def edit_and_accept(dialog: SettingsDialog) -> str:
        dialog.staff_name.setText("赵敏")
        dialog.accept()
        return dialog.windowTitle()

    asked = answers.on(SettingsDialog, edit_and_accept)
    window.settings_action.trigger()
    assert asked == ["设置"] and AppSettings(Path(settings.path).parent).staff_name == "赵敏"
    cancel = answers.on(SettingsDialog, lambda dialog: dialog.staff_name.setText("王五") or dialog.reject())
    window.settings_action.trigger()
    assert len(cancel) == 1 and settings.staff_name == "赵敏"  # cancelled: nothing changes
    qtbot.waitUntil(lambda: not window.findChildren(SettingsDialog), timeout=5000)  # closed ones are deleted


def to_beijing(qtbot, window) -> None:
    window.location.province.set_value("北京市")
    window.location.county.setText("房山区")
    settle(qtbot, window)


def test_batch_picker_lists_the_provinces_pilot_lists(qtbot, window):
    picker = window.household.batches
    assert not picker.boxes and picker.value() is None  # Shandong's packs list no villages
    to_beijing(qtbot, window)
    assert list(picker.boxes) == [BATCH]
    assert picker.boxes[BATCH].label.text() == "2018年纳入清洁取暖改造计划的村"
    picker.boxes[BATCH].box.setChecked(True)
    assert window.household.read()[0]["village_batches"] == [BATCH]
    picker.none_of_these.setChecked(True)
    assert window.household.read()[0]["village_batches"] == [] and not picker.boxes[BATCH].box.isChecked()
    picker.none_of_these.setChecked(False)
    assert "village_batches" not in window.household.read()[0]  # not asked


def test_needs_information_on_village_batches_links_to_the_picker(qtbot, window):
    to_beijing(qtbot, window)
    parts, _bad = window.read_form()
    parts["on_date"] = "2018-06-01"  # while Beijing's 2018 programmes for listed villages ran
    comparison = window.backend.evaluate(parts).comparison
    heat_pump = next(o for o in comparison.options if o.device_id == "gshp")
    programmes = [present.programme(p, "gshp", window.backend, "zh") for p in heat_pump.subsidies.programmes]
    window.open_tab("subsidies")
    window.results_side.subsidy_tab.show_programmes(programmes, "地源热泵")
    asks = [b for b in window.results_side.subsidy_tab.list.findChildren(QPushButton) if "名单" in b.text()]
    assert asks and all(b.isEnabled() for b in asks)
    qtbot.mouseClick(asks[0], Qt.MouseButton.LeftButton)
    assert window.household.facts_fold.is_open() and window.household.batches.boxes[BATCH].box.hasFocus()


def wait_for_import(qtbot, window, path) -> None:
    """Run the import and spin the event loop until it has been reported (connected before the
    worker starts: a quick refusal used to end before the test listened, and it waited 60 s)."""
    with qtbot.waitSignal(window.pack_import.finished, timeout=60000):
        window.pack_import.start(str(path))
    assert not window.pack_import.busy()


@pytest.fixture
def pack_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("HEATADVISOR_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data" / "packs"


def shandong_pack() -> dict:
    return json.loads(resource("packs", "policies", "shandong.json").read_text(encoding="utf-8"))


def test_good_pack_is_used_at_once(qtbot, window, pack_dir, tmp_path):
    pack = shandong_pack()
    pack["version"] = NEWER
    for programme in pack["programmes"]:
        programme["name"]["zh"] = "导入测试：" + programme["name"]["zh"]
    path = tmp_path / "usb" / "shandong-new.json"
    path.parent.mkdir()
    path.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    old_backend = window.backend
    window.open_tab("subsidies")
    wait_for_import(qtbot, window, path)
    assert window.backend is not old_backend
    assert (pack_dir / "policies" / pack["pack_id"] / f"{NEWER}.json").is_file()
    assert "已导入" in window.pack_import.messages[-1] and NEWER in window.pack_import.messages[-1]
    settle(qtbot, window)
    names = [p.name for p in window.results_side.subsidy_tab.programmes or []]
    assert names and all(name.startswith("导入测试：") for name in names)  # compared again on the new data


def test_import_from_the_menu_takes_the_file_chosen_in_the_dialog(qtbot, window, pack_dir, tmp_path, answers):
    pack = shandong_pack()
    pack["version"] = NEWER
    path = tmp_path / "usb" / "shandong-menu.json"
    path.parent.mkdir()
    path.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    # typed into the name field: selectFile leaves the field alone while it has the focus
    chosen = answers.on(
        QFileDialog, lambda dialog: dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path)) or dialog.accept()
    )
    with qtbot.waitSignal(window.pack_import.finished, timeout=60000):
        window.import_action.trigger()
    assert len(chosen) == 1 and NEWER in window.pack_import.messages[-1]
    assert (pack_dir / "policies" / pack["pack_id"] / f"{NEWER}.json").is_file()


def test_bad_pack_names_file_field_and_reason_and_changes_nothing(qtbot, window, pack_dir, tmp_path):
    pack = shandong_pack()
    pack["version"] = f"{NEWER}.1"
    pack["programmes"][0]["amount"] = "very much"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    old_backend = window.backend
    wait_for_import(qtbot, window, path)
    said = window.pack_import.messages[-1]
    assert said.startswith(f"不能导入{path}") and "programmes.0.amount" in said
    assert "正在用的数据没有改动" in said
    assert window.backend is old_backend and not pack_dir.exists()


def test_large_text_leaves_verdicts_room_to_be_read(qtbot, window):
    window.large_text_action.setChecked(True)
    settle(qtbot, window)
    tab = window.comparison_tab
    table, rows = tab.table, tab.model.rows
    assert table.isColumnHidden(5)  # CO2 gives way to the verdicts,
    assert table.isColumnHidden(6)  # which take a line of their own across the table
    notes = [i for i, row in enumerate(rows) if row.note]
    assert len(notes) == len(window.last.comparison.options) + 1
    assert all(table.columnSpan(i, 0) == 7 for i in notes)
    window.large_text_action.setChecked(False)
    settle(qtbot, window)
    assert not table.isColumnHidden(5) and not table.isColumnHidden(6)
    assert not any(row.note for row in tab.model.rows)
