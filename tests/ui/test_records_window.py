"""The records in the window: the standard shortcuts, save → reopen with the saved result,
the history view and its search, follow-up, copy, delete, exports on the worker, consent
and password, autosave restore after a crash, and the store's report at start. Every
dialog is real and answered from a timer."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from heatadvisor.records import opening
from heatadvisor.records.model import Stage, Usage
from heatadvisor.ui.records.asking import ConsentDialog, PasswordDialog
from heatadvisor.ui.records.follow_up import FollowUpDialog
from heatadvisor.ui.records.history import HistoryDialog
from heatadvisor.ui.records.ledger_form import LedgerDialog

from .conftest import settle
from .test_consultation import retype, table_column


def ready(qtbot, window):
    """The window with its records open (they open just after the packs arrive)."""
    qtbot.waitUntil(lambda: "records" in window.__dict__ and window.records.store is not None, timeout=5000)
    settle(qtbot, window)
    return window.records


def press(qtbot, window, key: QKeySequence.StandardKey) -> None:
    """The platform's key sequence for ``key``, pressed on the window as a user would."""
    combination = QKeySequence(key)[0]
    window.activateWindow()
    qtbot.keyClick(window.house.area, combination.key(), combination.keyboardModifiers())


def history(qtbot) -> HistoryDialog:
    qtbot.waitUntil(
        lambda: any(isinstance(w, HistoryDialog) and w.isVisible() for w in QApplication.topLevelWidgets()),
        timeout=3000,
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HistoryDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    return dialog


def ok(dialog: QDialog) -> None:
    """Press the dialog's OK button, as a user would (it checks what was typed first)."""
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def ledger_details(qtbot, records, answers, fill) -> list:
    """台账信息… for the newest consultation, the dialog handed to ``fill``; what it returned."""
    said = answers.on(LedgerDialog, fill)
    history = records.history()
    qtbot.addWidget(history)
    history.ledger_selected()
    return said


def answer(button: QMessageBox.StandardButton):
    """Questions get ``button``; messages (they have only OK) are closed with OK."""

    def respond(box: QMessageBox) -> str:
        (box.button(button) or box.button(QMessageBox.StandardButton.Ok)).click()
        return box.text()

    return respond


def test_the_standard_shortcuts_save_open_new_and_print(qtbot, window, answers, told, monkeypatch, tmp_path):
    records = ready(qtbot, window)
    retype(qtbot, window.location.village, "前河村")
    settle(qtbot, window)
    press(qtbot, window, QKeySequence.StandardKey.Save)
    assert records.store.count() == 1 and records.record_id is not None and not records.dirty
    press(qtbot, window, QKeySequence.StandardKey.New)
    assert window.location.village.text() == "" and records.record_id is None
    press(qtbot, window, QKeySequence.StandardKey.Open)
    dialog = history(qtbot)
    assert [row.village for row in dialog.rows] == ["前河村"]
    dialog.close()
    from PySide6.QtPrintSupport import QPrinterInfo

    from heatadvisor.sheet import (
        printing,  # no printer here: Ctrl+P saves the sheet and says where
    )

    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(list))
    monkeypatch.setattr(printing, "fallback_path", lambda ctx: tmp_path / "sheet.pdf")
    press(qtbot, window, QKeySequence.StandardKey.Print)
    qtbot.waitUntil(lambda: (tmp_path / "sheet.pdf").exists(), timeout=5000)
    assert window.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)


def test_save_then_reopen_shows_the_result_as_saved(qtbot, window, answers):
    records = ready(qtbot, window)
    retype(qtbot, window.house.area, "135")
    window.house.wall.set_value("adobe")
    retype(qtbot, window.location.village, "后店村")
    settle(qtbot, window)
    shown, saved_result, parts = table_column(window, 0), window.last.comparison, window.read_form()[0]
    saved = records.save()
    records.new()
    settle(qtbot, window)
    assert table_column(window, 0) != shown or window.read_form()[0] != parts
    asked = answers.on(QMessageBox, answer(QMessageBox.StandardButton.No))  # only if today's packs differ
    records.reopen(saved.id)
    assert window.last.comparison == saved_result and not window.pending()
    assert table_column(window, 0) == shown
    assert window.house.area.text() == "135" and window.location.village.text() == "后店村"
    assert records.record_id == saved.id and not records.dirty and asked == []
    window.recompute()  # the reopened inputs give today the same comparison
    assert window.last.comparison.model_dump() == saved_result.model_dump()


def test_history_search_by_village_name_date_and_recommended(qtbot, window, answers):
    records = ready(qtbot, window)
    consent = answers.on(ConsentDialog, lambda d: (d.agreed.setChecked(True), d.notice.text(), d.accept())[1])
    answers.on(PasswordDialog, lambda d: (d.password.setText("pw1"), d.again.setText("pw1"), d.accept()))
    answers.on(QMessageBox, answer(QMessageBox.StandardButton.Ok))  # "password set: remember it"
    for village, name, area in (("前河村", "", "90"), ("后店村", "王秀兰", "160")):
        records.new()
        retype(qtbot, window.location.village, village)
        retype(qtbot, window.house.area, area)
        if name:
            window.household.name.setText(name)
        settle(qtbot, window)
        assert records.save() is not None
    assert len(consent) == 1 and "同意" in consent[0]  # the notice was shown once, for the name
    dialog = records.history()
    qtbot.addWidget(dialog)
    assert {r.village for r in dialog.rows} == {"前河村", "后店村"}
    dialog.text.setText("王秀")
    assert [r.head_name for r in dialog.rows] == ["王秀兰"]
    dialog.text.setText("前河")
    assert [r.village for r in dialog.rows] == ["前河村"]
    dialog.text.clear()
    dialog.date_from.setDate(QDate.currentDate().addDays(1))
    assert dialog.rows == []
    dialog.date_from.setDate(QDate.currentDate())
    assert len(dialog.rows) == 2
    for index in range(1, dialog.recommended.count()):
        dialog.recommended.setCurrentIndex(index)
        assert dialog.rows and all(r.recommended == dialog.recommended.currentData() for r in dialog.rows)
    assert dialog.table.model().rowCount() == len(dialog.rows)


def test_follow_up_stages_and_season_usage(qtbot, window, answers):
    records = ready(qtbot, window)
    saved = records.save()

    def follow(dialog: FollowUpDialog) -> list[str]:
        dialog.stage.setCurrentIndex(list(Stage).index(Stage.applied))
        dialog.on.setDate(QDate(2026, 11, 3))
        dialog.note.setText("村委会收了材料")
        dialog.add_stage.click()
        assert dialog.stage.currentIndex() == list(Stage).index(Stage.village_review)  # the next step offered
        dialog.usage.setCurrentIndex(list(Usage).index(Usage.idle))
        dialog.set_usage.click()
        lines = [dialog.steps.item(i).text() for i in range(dialog.steps.count())]
        dialog.accept()
        return lines

    shown = answers.on(FollowUpDialog, follow)
    dialog = records.history()
    qtbot.addWidget(dialog)
    dialog.follow_up_selected()
    assert shown[0][0] == "2026-11-03  已申请  村委会收了材料" and "闲置" in shown[0][1]
    record = records.store.get(saved.id)
    assert [(s.stage, s.on, s.note) for s in record.stages] == [(Stage.applied, date(2026, 11, 3), "村委会收了材料")]
    assert list(record.seasons.values()) == [Usage.idle]
    assert [dialog.table.model().index(0, c).data() for c in (7, 8)] == ["已申请", "闲置"]


def test_copy_for_other_tariffs_and_delete_with_confirmation(qtbot, window, answers, told):
    records = ready(qtbot, window)
    first = records.save()
    dialog = records.history()
    qtbot.addWidget(dialog)
    answers.on(QMessageBox, answer(QMessageBox.StandardButton.No))
    dialog.duplicate_selected()  # opens the copy in the form, to change its prices
    assert records.store.count() == 2 and records.record_id != first.id
    dialog = records.history()
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.delete_selected()  # "No": nothing deleted
    assert records.store.count() == 2
    answers.on(QMessageBox, answer(QMessageBox.StandardButton.Yes))
    dialog.delete_selected()
    assert records.store.count() == 1 and dialog.table.model().rowCount() == 1
    assert "已删除 1 条记录" in records.told[-1] and "旧备份" in records.told[-1]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_ledger_and_report_export_on_the_worker(qtbot, window, answers, tmp_path, suffix):
    records = ready(qtbot, window)
    retype(qtbot, window.location.village, "前河村")
    settle(qtbot, window)
    records.save()
    answers.on(QMessageBox, answer(QMessageBox.StandardButton.Ok))
    with qtbot.waitSignal(records.export_ledger(tmp_path / f"ledger{suffix}").finished, timeout=20000):
        assert not window.record_actions.save.isEnabled()  # the store is the worker's meanwhile
    assert records.told[-1].startswith("已导出 1 条") and window.record_actions.save.isEnabled()
    if suffix == ".csv":
        rows = list(csv.reader((tmp_path / "ledger.csv").read_text(encoding="utf-8-sig").splitlines()))
        assert "村" in rows[0] and "前河村" in rows[1]
    with qtbot.waitSignal(records.export_report(tmp_path / "report.xlsx").finished, timeout=20000):
        pass
    assert (tmp_path / "report.xlsx").stat().st_size > 0 and records.told[-1].startswith("已导出 1 条")


def test_name_without_consent_is_not_kept(qtbot, window, answers):
    records = ready(qtbot, window)
    window.household.name.setText("李四")
    window.household.phone.setText("13800000000")
    settle(qtbot, window)
    answers.on(ConsentDialog, lambda d: d.accept())  # read, not ticked
    saved = records.save()
    record = records.store.get(saved.id)
    assert record.personal is None and record.case.household.name is None and record.case.household.phone is None


def test_unsaved_typing_is_offered_back_after_a_crash(qtbot, make_window, answers):
    crashed = make_window()
    records = ready(qtbot, crashed)
    records._autosave.setInterval(50)
    retype(qtbot, crashed.house.area, "137")
    assert records.dirty and records._autosave.isActive()
    qtbot.waitUntil(lambda: not records._autosave.isActive(), timeout=3000)
    # the process dies here: no close, the store is left as it is
    offered = answers.on(QMessageBox, answer(QMessageBox.StandardButton.Yes))
    restarted = make_window()
    ready(qtbot, restarted)
    qtbot.waitUntil(lambda: bool(offered), timeout=3000)
    assert "没保存" in offered[0]
    assert restarted.house.area.text() == "137" and restarted.records.dirty


def test_a_damaged_records_file_is_reported_plainly_at_start(qtbot, make_window, answers, data_dir):
    store, _ = opening.open_store()
    opening.close_store(store)
    with (data_dir / "records.sqlite").open("r+b") as f:
        f.write(b"this is not sqlite" * 8)
    said = answers.on(QMessageBox, answer(QMessageBox.StandardButton.Ok))
    window = make_window()
    ready(qtbot, window)
    qtbot.waitUntil(lambda: bool(said), timeout=3000)
    assert "记录本坏了" in said[0] and "damaged" in said[0]


def test_the_keep_none_setting_saves_the_advice_without_asking_for_details(qtbot, make_window, answers):
    window = make_window()
    records = ready(qtbot, window)
    window.record_actions.keep_none.trigger()
    assert window.record_actions.keep_none.isChecked() and not records.store.keep_personal
    window.household.name.setText("李四")
    window.household.phone.setText("13800000000")
    settle(qtbot, window)
    said = answers.on(QMessageBox, answer(QMessageBox.StandardButton.Ok))
    asked = answers.on(ConsentDialog, lambda d: d.reject())
    saved = records.save()
    record = records.store.get(saved.id)
    assert asked == [] and record.personal is None and record.case.household.name is None
    assert "户主姓名" in said[-1] and "电话" in said[-1]
    window.close()
    again = make_window()  # the setting is the records file's: it holds after a restart
    ready(qtbot, again)
    assert again.record_actions.keep_none.isChecked()


def test_ledger_details_are_kept_with_consent_and_an_id_needs_its_own(qtbot, window, answers, tmp_path):
    from heatadvisor.records.ledger import export_ledger

    records = ready(qtbot, window)
    answers.on(ConsentDialog, lambda d: (d.agreed.setChecked(True), d.accept()))
    answers.on(PasswordDialog, lambda d: (d.password.setText("pw1"), d.again.setText("pw1"), d.accept()))
    answers.on(QMessageBox, answer(QMessageBox.StandardButton.Ok))
    window.household.name.setText("赵大山")
    settle(qtbot, window)
    saved = records.save()

    def fill(dialog: LedgerDialog) -> str:
        dialog.category.setCurrentText("电代煤")
        dialog.batch.setCurrentText("省")
        dialog.details["applicant_name"].setText("赵小河")
        dialog.details["power_account"].setText("0123456789012")
        dialog.details["id_number"].setText("11010519491231002X")
        ok(dialog)
        refused = dialog.problem.text()  # the ID without its own consent
        dialog.id_consent.setChecked(True)
        ok(dialog)
        return refused

    said = ledger_details(qtbot, records, answers, fill)
    assert "身份证号要本人另外同意" in said[0]
    record = records.store.get(saved.id)
    assert (record.ledger.category, record.ledger.batch) == ("电代煤", "省")
    assert (record.personal.applicant_name, record.personal.power_account) == ("赵小河", "0123456789012")
    assert record.personal.head_name == "赵大山" and record.personal.id_consent and record.revision == 2
    export_ledger(records.store, tmp_path / "ledger.csv", include_personal=True)
    exported = (tmp_path / "ledger.csv").read_text(encoding="utf-8-sig")
    assert "110*******" in exported and "11010519491231002X" not in exported and "赵小河" in exported


def test_ledger_details_without_consent_keep_only_the_retrofit_columns(qtbot, window, answers):
    records = ready(qtbot, window)
    saved = records.save()

    def fill(dialog: LedgerDialog) -> bool:
        dialog.kind.setText("空气源热泵热风机")
        enabled = dialog.details["applicant_name"].isEnabled()
        ok(dialog)
        return enabled

    shut = ledger_details(qtbot, records, answers, fill)
    record = records.store.get(saved.id)
    assert shut == [False] and record.ledger.kind == "空气源热泵热风机" and record.personal is None


def test_the_ledger_carries_names_only_when_chosen(qtbot, window, answers, tmp_path):
    records = ready(qtbot, window)
    answers.on(ConsentDialog, lambda d: (d.agreed.setChecked(True), d.accept()))
    answers.on(PasswordDialog, lambda d: (d.password.setText("pw1"), d.again.setText("pw1"), d.accept()))
    answers.on(QMessageBox, answer(QMessageBox.StandardButton.Ok))
    retype(qtbot, window.location.village, "前河村")
    window.household.name.setText("赵大山")
    settle(qtbot, window)
    records.save()
    for choice, path in (
        (QMessageBox.StandardButton.No, tmp_path / "plain.csv"),
        (QMessageBox.StandardButton.Yes, tmp_path / "named.csv"),
    ):
        asked = answers.on(QMessageBox, answer(choice))  # the question, then "exported" (closed with OK)
        with qtbot.waitSignal(records.export_ledger(path).finished, timeout=20000):
            pass
        assert "姓名" in asked[0] and "身份证号只显示前 3 位" in asked[0]
    assert "赵大山" not in (tmp_path / "plain.csv").read_text(encoding="utf-8-sig")
    named = list(csv.reader((tmp_path / "named.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert "户主姓名" in named[0] and "赵大山" in named[1]
