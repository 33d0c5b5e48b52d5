"""The records' longer errands in the window: a set of consultations exported to another
laptop and merged back with the conflict rule's outcome shown, personal details travelling
under an exchange password, the service point's password changed (a wrong old one refused,
a forgotten one replaced), the township report as a PDF, a consultation reopened after the
packs changed, and a history longer than one page. Every dialog is real, answered from a
timer; the work runs on the worker through ui.background."""

from __future__ import annotations

import json
import uuid
from datetime import date

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox

from heatadvisor.paths import resource
from heatadvisor.records import exchange
from heatadvisor.records.model import Stage
from heatadvisor.records.opening import close_store, open_store
from heatadvisor.records.rows import COLUMNS
from heatadvisor.records.store import Search
from heatadvisor.ui.records.asking import ConsentDialog, PasswordDialog
from heatadvisor.ui.records.exchange import ExportChoice
from heatadvisor.ui.records.history_model import PAGE
from heatadvisor.ui.records.password import ChangePasswordDialog
from tests.sheet.pdf_tools import embedded_fonts, page_count

from .conftest import settle
from .test_consultation import retype, table_column
from .test_records_window import answer, ok, ready

Selection = QItemSelectionModel.SelectionFlag


def save_household(qtbot, window, village: str, name: str = "") -> str:
    records = window.records
    records.new()
    retype(qtbot, window.location.village, village)
    if name:
        window.household.name.setText(name)
    settle(qtbot, window)
    saved = records.save()
    assert saved is not None
    return saved.id


def whole_table(window) -> list[list[str]]:
    return [table_column(window, c) for c in range(window.comparison_tab.model.columnCount())]


def finish(qtbot, operation) -> None:
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=30000):
        pass


def type_file(path):
    """A file dialog answered by typing the name (selectFile leaves a focused name field alone)."""
    return lambda dialog: dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path)) or dialog.accept()


def passwords(service_point: str, exchange_password: str = ""):
    """The service point's password dialog (set: typed twice) and an exchange file's, told apart by title."""

    def respond(dialog: PasswordDialog) -> str:
        typed = exchange_password if dialog.windowTitle() == "交换密码" else service_point
        dialog.password.setText(typed)
        dialog.again.setText(typed)
        dialog.accept()
        return dialog.windowTitle()

    return respond


def test_a_set_sent_to_another_laptop_comes_back_with_the_conflict_shown(qtbot, window, answers, tmp_path):
    records = ready(qtbot, window)
    ids = [save_household(qtbot, window, v) for v in ("前河村", "后店村", "西沟村")]
    dialog = records.history()
    qtbot.addWidget(dialog)
    chosen = dialog.table.selectionModel()
    chosen.clearSelection()
    for row in (0, 1):
        chosen.select(dialog.table.model().index(row, 0), Selection.Select | Selection.Rows)
    sent = tmp_path / "to-county.jsonl.gz"
    chose = answers.on(ExportChoice, lambda d: (d.with_personal.isChecked(), d.accept())[0])
    answers.on(QFileDialog, type_file(sent))
    told = answers.on(QMessageBox, answer(QMessageBox.StandardButton.Ok))
    dialog.send_selected()
    qtbot.waitUntil(lambda: records.running is None and sent.exists(), timeout=30000)
    assert chose == [False] and told[-1].startswith("已导出 2 条")
    dialog.close()

    other, _ = open_store(tmp_path / "county.sqlite")  # the other laptop
    merged = exchange.merge_records(other, sent)
    assert merged.added == 2 and other.count() == 2
    edited = next(s.id for s in other.search() if s.village == "后店村")  # the newest two were sent
    other.add_stage(edited, Stage.applied, date(2026, 12, 1), "县里收了")
    back = tmp_path / "from-county.jsonl.gz"
    exchange.export_records(other, back)
    close_store(other)
    records.store.add_stage(edited, Stage.declined, date(2026, 12, 2), "不改了")  # meanwhile, here

    answers.on(QFileDialog, type_file(back))
    window.record_actions.merge.trigger()
    qtbot.waitUntil(lambda: records.running is None and len(told) >= 2, timeout=30000)
    assert "冲突 1 条" in told[-1] and "两份都留着" in told[-1] and edited[:8] in told[-1]
    assert records.store.count() == 4 and set(ids) < {s.id for s in records.store.search()}
    history = records.history()
    qtbot.addWidget(history)
    copy = next(r for r, s in enumerate(history.rows) if s.conflict_of == edited)
    assert "冲突副本" in history.model.index(copy, 0).data()


def test_personal_details_travel_only_under_the_exchange_password(qtbot, make_window, answers, tmp_path, monkeypatch):
    window = make_window()
    records = ready(qtbot, window)
    answers.on(ConsentDialog, lambda d: (d.agreed.setChecked(True), d.accept()))
    answers.on(PasswordDialog, passwords("here-pw"))
    answers.on(QMessageBox, answer(QMessageBox.StandardButton.Ok))
    save_household(qtbot, window, "前河村", "王秀兰")

    def sealed(d: ExportChoice) -> str:
        d.with_personal.setChecked(True)
        d.password.setText("swap")
        d.again.setText("swap")
        d.accept()
        return d.password.isEnabled()

    chose = answers.on(ExportChoice, sealed)
    sent = tmp_path / "with-names.jsonl.gz"
    finish(qtbot, records.exchange.export(sent))
    assert chose == [True] and exchange.carries_personal(sent)

    monkeypatch.setenv("HEATADVISOR_DATA_DIR", str(tmp_path / "laptop2"))
    laptop2 = make_window()
    other = ready(qtbot, laptop2)
    asked = answers.on(PasswordDialog, passwords("there-pw", "wrong"))
    told = answers.on(QMessageBox, answer(QMessageBox.StandardButton.Ok))
    finish(qtbot, other.exchange.merge(sent))
    assert "密码不对" in told[-1] and other.store.count() == 0  # the whole file refused, nothing half-merged
    asked = answers.on(PasswordDialog, passwords("there-pw", "swap"))
    finish(qtbot, other.exchange.merge(sent))
    assert "新增 1 条" in told[-1] and asked == ["交换密码"]  # this laptop's password was given already
    assert [s.head_name for s in other.store.search(Search(text="秀兰"))] == ["王秀兰"]


def test_changing_the_password_reseals_and_a_wrong_old_one_changes_nothing(qtbot, window, answers):
    records = ready(qtbot, window)
    answers.on(ConsentDialog, lambda d: (d.agreed.setChecked(True), d.accept()))
    answers.on(PasswordDialog, passwords("old-pw"))
    told = answers.on(QMessageBox, answer(QMessageBox.StandardButton.Ok))
    record_id = save_household(qtbot, window, "后店村", "赵大山")
    store = records.store
    blob = store.db.execute("SELECT personal FROM consultations").fetchone()[0]

    def fill(old: str, new: str, again: str):
        def respond(d: ChangePasswordDialog) -> str:
            d.old.setText(old)
            d.new.setText(new)
            d.again.setText(again)
            ok(d)
            text = d.problem.text()
            if d.isVisible():
                d.reject()
            return text

        return respond

    problems = answers.on(ChangePasswordDialog, fill("old-pw", "new-pw", "other"))
    window.record_actions.password.trigger()
    assert "不一样" in problems[-1] and records.running is None  # refused in the dialog, nothing started

    answers.on(ChangePasswordDialog, fill("not-it", "new-pw", "new-pw"))
    window.record_actions.password.trigger()
    qtbot.waitUntil(lambda: records.running is None and "旧密码不对" in told[-1], timeout=30000)
    assert store.db.execute("SELECT personal FROM consultations").fetchone()[0] == blob

    answers.on(ChangePasswordDialog, fill("old-pw", "new-pw", "new-pw"))
    window.record_actions.password.trigger()
    qtbot.waitUntil(lambda: records.running is None and "改好了" in told[-1], timeout=30000)
    assert store.db.execute("SELECT personal FROM consultations").fetchone()[0] != blob
    store.vault._use_key(None)
    store.vault.unlock("new-pw")
    assert store.get(record_id).personal.head_name == "赵大山"


def test_a_forgotten_password_is_replaced_after_saying_what_is_erased(qtbot, window, answers):
    records = ready(qtbot, window)
    answers.on(ConsentDialog, lambda d: (d.agreed.setChecked(True), d.accept()))
    answers.on(PasswordDialog, passwords("lost-pw"))
    answers.on(QMessageBox, answer(QMessageBox.StandardButton.Ok))
    record_id = save_household(qtbot, window, "后店村", "赵大山")

    def forgot(d: ChangePasswordDialog) -> bool:
        d.forgotten.setChecked(True)
        d.new.setText("fresh-pw")
        d.again.setText("fresh-pw")
        ok(d)
        return d.old.isEnabled()

    answers.on(ChangePasswordDialog, forgot)
    asked = answers.on(
        QMessageBox,
        lambda box: (
            (box.text(), box.button(QMessageBox.StandardButton.Yes).click())[0]
            if box.button(QMessageBox.StandardButton.Yes)
            else (box.text(), box.accept())[0]
        ),
    )
    window.record_actions.password.trigger()
    qtbot.waitUntil(lambda: records.running is None and len(asked) >= 2, timeout=30000)
    assert "清除 1 条记录" in asked[0] and "咨询内容" in asked[0]
    assert "已设新密码" in asked[1]
    record = records.store.get(record_id)
    assert record.personal is None and record.result is not None


def test_the_township_report_prints_to_a_pdf_from_the_menu(qtbot, window, answers, tmp_path):
    records = ready(qtbot, window)
    save_household(qtbot, window, "前河村")
    pdf = tmp_path / "汇总.pdf"
    answers.on(QFileDialog, type_file(pdf))
    told = answers.on(QMessageBox, answer(QMessageBox.StandardButton.Ok))
    window.record_actions.export_report.trigger()
    qtbot.waitUntil(lambda: records.running is None and bool(told), timeout=30000)
    assert told[-1].startswith("已导出 1 条") and page_count(pdf) == 1 and embedded_fonts(pdf)


NEWER = f"{date.today().year + 1}.1"  # newer than the bundled packs


def test_reopened_after_the_packs_changed_it_shows_the_saved_numbers_and_offers_what_changed(
    qtbot, window, answers, tmp_path
):
    records = ready(qtbot, window)
    case = window.backend.case(window.last.parts)
    assert case.current.device_id.startswith("coal")  # the form's household burns coal today
    record_id = save_household(qtbot, window, "前河村")
    shown = whole_table(window)
    pack = json.loads(
        resource("packs", "regions", f"{_region_file(case.location.province)}.json").read_text(encoding="utf-8")
    )
    pack["version"] = NEWER
    pack["prices"]["coal_yuan_per_t"] = {**pack["prices"]["coal_yuan_per_t"], "low": 1500, "typ": 2000, "high": 2500}
    path = tmp_path / "usb" / "dearer-coal.json"
    path.parent.mkdir()
    path.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    answers.on(QMessageBox, answer(QMessageBox.StandardButton.Ok))  # "imported"
    with qtbot.waitSignal(window.pack_import.finished, timeout=60000):
        window.pack_import.start(str(path))
    settle(qtbot, window)
    assert whole_table(window) != shown  # the form computed again on the dearer coal

    offered = answers.on(QMessageBox, answer(QMessageBox.StandardButton.No))
    records.reopen(record_id)
    assert whole_table(window) == shown  # the numbers as saved
    assert len(offered) == 1 and NEWER in offered[0] and "运行费" in offered[0] and pack["pack_id"] in offered[0]
    offered = answers.on(QMessageBox, answer(QMessageBox.StandardButton.Yes))
    records.reopen(record_id)
    settle(qtbot, window)
    assert len(offered) == 1 and whole_table(window) != shown  # today's packs, on request
    assert records.store.get(record_id).result.packs[pack["pack_id"]] != NEWER  # the saved one untouched


def _region_file(province: str) -> str:
    for path in resource("packs", "regions").glob("*.json"):
        if json.loads(path.read_text(encoding="utf-8")).get("province") == province:
            return path.stem
    raise LookupError(province)


def test_a_history_longer_than_a_page_reads_more_as_it_scrolls(qtbot, window, answers):
    records = ready(qtbot, window)
    first = save_household(qtbot, window, "前河村")
    store = records.store
    others = ", ".join(c for c in COLUMNS if c not in ("id", "village"))
    with store.writing() as db:
        for n in range(PAGE + 50):
            new = str(uuid.uuid4())
            db.execute(
                f"INSERT INTO consultations (id, village, {others}) SELECT ?, ?, {others} FROM consultations "
                "WHERE id = ?",
                (new, f"村{n:03d}", first),
            )
            db.execute(
                "INSERT INTO payloads (id, case_json, result_z) SELECT ?, case_json, result_z FROM payloads "
                "WHERE id = ?",
                (new, first),
            )
    dialog = records.history()
    qtbot.addWidget(dialog)
    assert len(dialog.rows) == PAGE
    dialog.table.scrollToBottom()
    qtbot.waitUntil(lambda: len(dialog.rows) == PAGE + 51, timeout=5000)
    assert len({row.id for row in dialog.rows}) == PAGE + 51
    widths = [dialog.table.columnWidth(c) for c in range(dialog.model.columnCount() - 1)]  # the last one stretches
    assert widths[0] >= dialog.table.fontMetrics().horizontalAdvance(dialog.rows[0].consult_date)  # sized to the rows
    dialog.text.setText("村10")
    assert sorted(r.village for r in dialog.rows) == [f"村{n}" for n in range(100, 110)]
    assert [dialog.table.columnWidth(c) for c in range(dialog.model.columnCount() - 1)] == widths  # no jumping
