"""The consultation's life in the records: 新建 / 保存 / 打开, autosave and restore, exports.

Opened once the packs have loaded (``start``): the store's report (a damaged file put back
from a backup) is shown plainly, and a draft left by a crash is offered back. While an
export runs on the worker the store is the worker's: the record actions wait and autosave
holds off until it ends.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from heatadvisor import wording
from heatadvisor.core.contract.problems import InputError
from heatadvisor.paths import documents_dir
from heatadvisor.records import drafts, ledger, opening, recompute, report, rows
from heatadvisor.records.crypto import WrongPassword, load_cipher
from heatadvisor.records.schema import NewerFile
from heatadvisor.records.store import RecordStore, Saved
from heatadvisor.ui.backend import Evaluation
from heatadvisor.ui.background import Operation, run_in_background
from heatadvisor.ui.records.asking import ConsentDialog, PasswordDialog
from heatadvisor.ui.records.exchange import ExchangeFlow
from heatadvisor.ui.records.password import PasswordFlow

if TYPE_CHECKING:
    from heatadvisor.ui.main_window import MainWindow
    from heatadvisor.ui.records.history import HistoryDialog

AUTOSAVE_MS = 3000  # a crash loses at most the last few seconds of typing


class RecordsFeature(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.store: RecordStore | None = None
        self.record_id: str | None = None  # the saved consultation the form shows, if any
        self.consented = False  # the resident agreed, for this consultation, to keep name and phone
        self.dirty = False  # edited since it was saved, opened or started
        self.running: Operation | None = None  # an export on the worker
        self.told: list[str] = []  # what was said in message boxes, newest last (tests read it)
        self._filling = False  # the form is being filled from a record: not an edit
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave_now)
        self.exchange = ExchangeFlow(self)
        self.password = PasswordFlow(self)

    def lang(self) -> str:
        return self.window.languages.current

    def tell(self, text: str, warning: bool = False) -> None:
        self.told.append(text)
        if warning:
            QMessageBox.warning(self.window, self.tr("记录"), text)
        else:
            QMessageBox.information(self.window, self.tr("记录"), text)

    def tell_problems(self, error: InputError) -> None:
        """One line per bad field; a refused exchange file says on which line of it."""
        line = getattr(error, "line", 0)
        where = wording.word("records.line", self.lang(), line=line) + " " if line else ""
        self.tell(where + "\n".join(wording.problem_line(p, self.lang()) for p in error.problems), warning=True)

    # opening and closing -------------------------------------------------------------
    def start(self) -> None:
        """Open the store, say what happened to it, offer a crashed draft back, follow edits."""
        for group in self.window.groups:
            group.changed.connect(self._edited)
        try:
            self.store, opened = opening.open_store()
        except NewerFile as newer:
            self.tell(wording.word("records.newer_file", self.lang(), path=newer.path), warning=True)
            self.window.record_actions.set_enabled(False)
            return
        if opened.code not in ("ok", "created"):
            self.tell(opened.message(self.lang()), warning=opened.needs_attention)
        self.window.record_actions.keep_none.setChecked(not self.store.keep_personal)
        self._offer_draft()

    def close(self) -> None:
        """At the window's close: keep unsaved typing in the autosave slot, back up, close."""
        if self.store is None or self.running is not None:
            return
        if self.dirty:
            self.autosave_now()
        else:
            drafts.clear_autosave(self.store)
        opening.close_store(self.store)
        self.store = None

    def _offer_draft(self) -> None:
        assert self.store is not None
        draft = drafts.take_autosave(self.store)
        if draft is not None and draft.locked and self.unlock():
            draft = drafts.take_autosave(self.store)
        if draft is None or draft.data is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("没保存的咨询"),
            self.tr("上次有一份咨询没保存就关了（{time}）。要接着填吗？").format(
                time=f"{datetime.fromisoformat(draft.saved_at).astimezone():%Y-%m-%d %H:%M}"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.fill(draft.data["case"], draft.record_id)
            self.dirty = True
            self.autosave_now()  # taken out of the slot: back in at once, a second crash loses nothing
            self.window.recompute()

    def set_keep_none(self, on: bool) -> None:
        """The "keep none" setting: from now on no personal detail is saved (those kept stay
        until deleted, which the status bar says)."""
        if self.store is None or self.running is not None:
            return
        self.store.set_keep_personal(not on)
        self.window.statusBar().showMessage(
            wording.word(f"records.keep_personal.{'no' if on else 'yes'}", self.lang()), 10000
        )

    # the form ------------------------------------------------------------------------
    def _edited(self) -> None:
        if not self._filling:
            self.dirty = True
            self._autosave.start()

    def autosave_now(self) -> None:
        if self.store is None or not self.dirty:
            return
        if self.running is not None:  # the worker has the store: try again later
            self._autosave.start()
            return
        parts, _bad = self.window.read_form()
        drafts.autosave(self.store, {"case": parts}, self.record_id)

    def fill(self, parts: dict, record_id: str | None) -> None:
        """Put a saved or drafted case into the form (not counted as an edit)."""
        self._filling = True
        try:
            self.window.write_form(parts)
        finally:
            self._filling = False
        self.record_id = record_id

    def new(self) -> None:
        """新建: an empty form for the next household (the last one's draft is dropped)."""
        self.fill(self.window.blank_form, None)
        self.consented, self.dirty = False, False
        self._autosave.stop()
        if self.store is not None and self.running is None:
            drafts.clear_autosave(self.store)
        self.window.recompute()

    # saving --------------------------------------------------------------------------
    def unlock(self) -> bool:
        """The password for personal fields, asked when needed; the first time it is set."""
        assert self.store is not None
        vault = self.store.vault
        if not vault.locked:
            return True
        first = not vault.has_password
        dialog = PasswordDialog(first, self.window)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                if first:
                    self.store.set_password(dialog.password.text())
                    self.tell(wording.word("records.password_set", self.lang()))
                else:
                    vault.unlock(dialog.password.text())
                    self.store.names.open_all()  # once, while the dialog closes: every name search is then quick
                return True
            except WrongPassword:
                dialog.problem.setText(wording.word("records.wrong_password", self.lang()))
        return False

    def save(self) -> Saved | None:
        """保存: the current inputs and their result; name and phone only with consent."""
        window, store = self.window, self.store
        if store is None or self.running is not None:
            return None
        window.recompute()
        evaluation = window.last
        if window.backend is None or evaluation is None or evaluation.comparison is None:
            self.tell(self.tr("先把输入填完整，有了结果才能保存"))
            return None
        case = window.backend.case(evaluation.parts)
        personal, typed = (
            None,
            [n for n, v in (("head_name", case.household.name), ("phone", case.household.phone)) if v],
        )
        if typed and not store.keep_personal:  # the "keep none" setting: not asked, not kept, and said so
            case = rows.advice_case(case)
        elif typed:
            typed = []
            if not self.consented:
                consent = ConsentDialog(self.lang(), window)
                if consent.exec() != QDialog.DialogCode.Accepted:
                    return None
                self.consented = consent.agreed.isChecked()
            if self.consented and not self.unlock():
                return None
            if self.consented:
                personal = {"consent": True}
            else:  # the advice is kept, the resident's details are not
                case = rows.advice_case(case)
        try:
            saved = store.save(case, evaluation.comparison, personal, record_id=self.record_id)
        except InputError as error:
            self.tell_problems(error)
            return None
        self.record_id, self.dirty = saved.id, False
        self._autosave.stop()
        drafts.clear_autosave(store)
        window.statusBar().showMessage(
            wording.word("records.saved", self.lang(), id=saved.id[:8], revision=saved.revision), 10000
        )
        if saved.dropped or typed:
            fields = ("、" if self.lang() == "zh" else ", ").join(
                wording.field_label(f"personal.{name}", self.lang()) for name in saved.dropped or typed
            )
            self.tell(wording.word("records.dropped", self.lang(), fields=fields))
        return saved

    # reopening -----------------------------------------------------------------------
    def history(self) -> HistoryDialog | None:
        """打开: the history view (non-blocking; it stays open beside the form)."""
        if self.store is None or self.running is not None:
            return None
        from heatadvisor.ui.records.history import HistoryDialog

        dialog = HistoryDialog(self, self.window)
        dialog.show()
        return dialog

    def reopen(self, record_id: str) -> None:
        """Show a saved consultation with its result as saved, then offer today's packs."""
        assert self.store is not None and self.window.backend is not None
        record = self.store.get(record_id)
        if record is None:
            return
        if record.personal_locked and self.unlock():
            record = self.store.get(record_id) or record
        parts = record.case.model_dump(mode="json", exclude_none=True)
        self.fill(parts, record.id)
        self.consented = bool(record.personal and record.personal.consent)
        self.dirty = False
        self._autosave.stop()
        self.window.show_evaluation(Evaluation(self.window.read_form()[0], record.result, []))
        self.window.statusBar().showMessage(self.tr("这是 {date} 存的结果").format(date=record.updated_at[:10]), 10000)
        self._offer_recompute(record)

    def _offer_recompute(self, record) -> None:
        try:
            again = recompute.recompute(record, self.window.backend.data)
        except InputError as error:
            self.tell_problems(error)
            return
        if not again.changes:
            return
        lines = "\n".join("• " + change.text(self.lang()) for change in again.changes)
        answer = QMessageBox.question(
            self.window,
            self.tr("用今天的数据重算"),
            self.tr("用今天的数据重算，结果有变化：\n{changes}\n\n换成新算的结果吗？（不换就还看存的结果）").format(
                changes=lines
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.window.recompute()

    # exports on the worker -------------------------------------------------------------
    def ask_path(self, title: str, name: str, filters: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(self.window, title, str(documents_dir() / name), filters)
        return Path(chosen) if chosen else None

    def in_background(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], object],
        progress: str,
        plain: tuple[type[BaseException], str] | None = None,
    ) -> Operation | None:
        """Run ``work`` on the worker (the store is the worker's meanwhile: the record actions
        wait); ``done`` gets its value. A refusal is told in the user's words: ``plain`` maps one
        kind of error to a sentence, InputError names the fields."""
        if self.store is None or self.running is not None:
            return None
        import xlsxwriter  # noqa: F401 — here, not on the worker (see ui.background)

        load_cipher()  # the work may seal or unseal: its import here too

        self.window.record_actions.set_enabled(False)

        def finished() -> None:
            self.running = None
            self.window.record_actions.set_enabled(True)

        def failed(error: BaseException, detail: str) -> None:
            if plain is not None and isinstance(error, plain[0]):
                self.tell(plain[1], warning=True)
            elif isinstance(error, InputError):
                self.tell_problems(error)
            else:
                self.tell(
                    wording.word("records.failed", self.lang(), reason=f"{type(error).__name__}: {error}"), warning=True
                )

        self.running = run_in_background(self.window, work, done, failed, progress=progress, name="records-work")
        self.running.finished.connect(finished)
        return self.running

    def _export(self, path: Path | None, title: str, name: str, filters: str, write, count) -> Operation | None:
        """Ask where (unless ``path`` is given), write on the worker, say how many were written."""
        path = path or self.ask_path(title, name, filters)
        if path is None:
            return None
        store, lang = self.store, self.lang()
        return self.in_background(
            lambda: write(store, path, lang),
            lambda written: self.tell(wording.word("records.exported", lang, count=count(written), path=path)),
            self.tr("正在导出……"),
        )

    def export_ledger(self, path: Path | None = None) -> Operation | None:
        """台账 as XLSX or CSV. Names, phone and account numbers only when chosen here (asked
        when any are kept; the password is needed then), an ID number masked even so."""
        if self.store is None or self.running is not None:
            return None
        personal = False
        if self.store.count(with_personal=True):
            answer = QMessageBox.question(
                self.window,
                self.tr("导出台账"),
                wording.word("records.ledger.ask_personal", self.lang()),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            personal = answer == QMessageBox.StandardButton.Yes and self.unlock()

        def write(store: RecordStore, to: Path, lang: str) -> int:
            return ledger.export_ledger(store, to, lang, include_personal=personal)

        return self._export(
            path,
            self.tr("导出台账"),
            wording.word("ledger.sheet", self.lang()) + ".xlsx",
            "Excel (*.xlsx);;CSV (*.csv)",
            write,
            lambda rows: rows,
        )

    def export_report(self, path: Path | None = None) -> Operation | None:
        """The township report (households, coal and CO₂ avoided, subsidies, added load) as XLSX,
        or as printable pages in a PDF: summed on the worker, painted here (Qt's fonts and
        painters belong to the GUI thread)."""
        title, name = self.tr("导出汇总表"), wording.word("report.title", self.lang())
        path = path or self.ask_path(title, name + ".pdf", "PDF (*.pdf);;Excel (*.xlsx)")
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            return self._export(path, title, name, "", report.export_report, lambda made: made.total.households)
        store, lang = self.store, self.lang()

        def printed(made: report.TownshipReport) -> None:
            from heatadvisor.sheet.township import write_report_pdf  # Qt Charts, print support: not at start

            try:
                write_report_pdf(made, path, lang)
            except OSError as error:
                self.tell(wording.word("records.failed", lang, reason=str(error)), warning=True)
                return
            self.tell(wording.word("records.exported", lang, count=made.total.households, path=path))

        return self.in_background(lambda: report.township_report(store), printed, self.tr("正在导出……"))
