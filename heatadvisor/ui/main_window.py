"""The consultation window: inputs on the left, live results on the right.

Every edit schedules one recomputation (a 0 ms timer coalesces a burst of keystrokes);
the core compares in a millisecond or two on the GUI thread. Results are shown as current
only for the inputs they came from; invalid input greys them and lists what to fix.

The window composes its features, each building itself when needed: the form
(``FormColumn``), the results (``ResultsSide``), printing, pack import and the records. Before
the first paint only the form's top groups and the menus are built; after that paint, one
step per event-loop pass, the results side, showing at once the table the last start showed
for the default case (``ui.first_results``), then the form's groups below the fold; then the
packs load on a worker (``ui.loading``).
"""

from __future__ import annotations

import logging
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QWidget

from heatadvisor.qtkit.fonts import apply_app_font
from heatadvisor.qtkit.i18n import Languages
from heatadvisor.qtkit.settings import AppSettings
from heatadvisor.ui.background import Operation
from heatadvisor.ui.form.base import Retranslating
from heatadvisor.ui.form_column import FormColumn
from heatadvisor.ui.help_menu import HelpMenu
from heatadvisor.ui.loading import CoreLoader
from heatadvisor.ui.records.actions import RecordActions
from heatadvisor.ui.style import follow_app_font

if TYPE_CHECKING:
    from heatadvisor.ui.backend import Backend, Evaluation
    from heatadvisor.ui.form.current import CurrentGroup
    from heatadvisor.ui.form.household import HouseholdGroup
    from heatadvisor.ui.form.options import OptionsGroup
    from heatadvisor.ui.form.prices import PricesGroup
    from heatadvisor.ui.pack_import import PackImportFlow
    from heatadvisor.ui.print_actions import PrintActions
    from heatadvisor.ui.records.feature import RecordsFeature
    from heatadvisor.ui.results.comparison import ComparisonTab
    from heatadvisor.ui.results.panel import ResultsPanel
    from heatadvisor.ui.results_side import ResultsSide
    from heatadvisor.ui.settings_dialog import SettingsValues

log = logging.getLogger(__name__)
STEP_MS = 1  # between the build steps after the first paint (see _build_next)


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, settings: AppSettings, languages: Languages, backend: Backend | None = None):
        super().__init__()
        self.settings, self.languages, self.backend = settings, languages, backend
        self.last: Evaluation | None = None
        self.blank_form: dict | None = None  # the form as the packs first fill it: what 新建 goes back to
        self.form = FormColumn(*settings.home_place, lambda: self.languages.current)
        self.location, self.house = self.form.location, self.form.house
        self.groups = self.form.groups  # the groups built so far, top to bottom
        self.whole = False  # every group and the results side built, the Tab order set
        self.loader = CoreLoader(self, self.set_backend, self._show_failed)
        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.addWidget(self.form)
        self._splitter.addWidget(QWidget())  # the results' place until they are built
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self._splitter)
        self.resize(1366, 740)
        self._build_menu()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.recompute)
        self._edited_while_loading = False
        self.form.changed.connect(self._edited)
        self.retranslate()
        if backend is not None:
            self.set_backend(backend)
        else:
            self.house.installEventFilter(self)  # its first paint starts building the rest

    # building ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A timer started at show() would fire before the first paint; one started while the
        form paints fires after it."""
        if watched is self.house and event.type() == QEvent.Type.Paint:
            self.house.removeEventFilter(self)
            QTimer.singleShot(STEP_MS, self, self._build_next)
        return super().eventFilter(watched, event)

    def _build_next(self) -> None:
        """One step of the rest, then back to the event loop, so that input and repaints wait
        for one step at most, not for all of them. A timer, not a 0 ms call: its event comes
        after the input that arrived meanwhile, where a 0 ms call is queued ahead of it. That
        input's repaint is queued behind the step, so it is done first: a digit typed at the
        first paint shows before the step, not after it. The results side is the first step
        (the table kept from the last start shows the sooner), then the groups below the fold."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
        if not self.results_built:
            self.results_side  # noqa: B018 — built on first use
        elif not self.form.build_next():
            self.build_rest()
            return
        QTimer.singleShot(STEP_MS, self, self._build_next)

    def build_rest(self) -> None:
        """Build now whatever of the window is not built yet (the packs, a menu or a test need
        it); then the packs may load: a worker importing the core beside the build steps would
        slow both (they contend for the GIL), and the window's first input most."""
        if not self.whole:
            self.results_side  # noqa: B018 — built on first use
            self.form.build_all()
            self.form.tab_before(self.results)  # built before the form's last groups
            self.whole = True
            self.help_menu.load()  # the guide's window: after the first paint, before the worker's imports
            self.results_side.check_kept()  # after the first results, before the worker's load
        self.loader.start()

    @property
    def results_built(self) -> bool:
        return "results_side" in self.__dict__

    @cached_property
    def results_side(self) -> ResultsSide:
        from heatadvisor.ui.results_side import ResultsSide  # after the first paint (the worker waits for it)

        side = ResultsSide(self)
        side.set_loading(self.loading)
        self._splitter.replaceWidget(1, side.panel)  # keeps the width the placeholder had
        if self.backend is None:
            side.show_kept()
        return side

    # the features' parts that the records, the tests and the bench reach through the window ----
    @property
    def current(self) -> CurrentGroup:
        return self.form.current

    @property
    def prices(self) -> PricesGroup:
        return self.form.prices

    @property
    def options(self) -> OptionsGroup:
        return self.form.options

    @property
    def household(self) -> HouseholdGroup:
        return self.form.household

    @property
    def results(self) -> ResultsPanel:
        return self.results_side.panel

    @property
    def comparison_tab(self) -> ComparisonTab:
        return self.results_side.comparison_tab

    def open_tab(self, name: str) -> QWidget:
        """Show a result tab ("comparison", "charts", "subsidies", "claims", "explain"); its content."""
        return self.results_side.open_tab(name)

    # printing, pack import: their modules load on first use -------------------------
    @cached_property
    def printing(self) -> PrintActions:
        from heatadvisor.ui.print_actions import PrintActions

        return PrintActions(self)

    @cached_property
    def pack_import(self) -> PackImportFlow:
        from heatadvisor.ui.pack_import import PackImportFlow

        return PackImportFlow(self)

    @cached_property
    def records(self) -> RecordsFeature:
        """新建 / 保存 / 打开 and the history; opened once the packs have loaded."""
        from heatadvisor.ui.records.feature import RecordsFeature

        return RecordsFeature(self)

    def _build_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.record_actions = RecordActions(self, self.file_menu)
        self.print_action = QAction(self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda: self.printing.print_sheet())
        self.preview_action = QAction(self)
        self.preview_action.triggered.connect(lambda: self.printing.preview_sheet())
        self.pdf_action = QAction(self)
        self.pdf_action.triggered.connect(lambda: self.printing.save_pdf())
        self.import_action = QAction(self)
        self.import_action.triggered.connect(lambda: self.pack_import.choose_and_import())
        for action in (self.print_action, self.preview_action, self.pdf_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.settings_menu = self.menuBar().addMenu("")
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.open_settings)
        self.settings_menu.addAction(self.settings_action)
        self.settings_menu.addSeparator()
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for lang, label in (("zh", "中文"), ("en", "English")):  # each in its own language, never translated
            action = QAction(label, self, checkable=True, checked=lang == self.languages.current)
            action.triggered.connect(lambda _on=False, lang=lang: self.set_language(lang))
            group.addAction(action)
            self.settings_menu.addAction(action)
            self.language_actions[lang] = action
        self.settings_menu.addSeparator()
        self.large_text_action = QAction(self, checkable=True, checked=self.settings.large_text)
        self.large_text_action.toggled.connect(self.set_large_text)
        self.settings_menu.addAction(self.large_text_action)
        self.home_action = QAction(self)
        self.home_action.triggered.connect(self.remember_home_county)
        self.settings_menu.addAction(self.home_action)
        self.help_menu = HelpMenu(self)  # 帮助 → 使用说明 (F1), last in the menu bar
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        # what imports its module on first use, or needs the packs, waits while they load
        self.actions_after_load = (
            *self.record_actions.all,
            self.print_action,
            self.preview_action,
            self.pdf_action,
            self.import_action,
            self.settings_action,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("供暖参谋"))
        self.file_menu.setTitle(self.tr("文件"))
        self.record_actions.retranslate()
        self.print_action.setText(self.tr("打印建议书…"))
        self.preview_action.setText(self.tr("打印预览…"))
        self.pdf_action.setText(self.tr("保存为 PDF…"))
        self.import_action.setText(self.tr("导入政策/数据包…"))
        self.settings_menu.setTitle(self.tr("设置"))
        self.settings_action.setText(self.tr("设置…"))
        self.large_text_action.setText(self.tr("大字"))
        self.home_action.setText(self.tr("把现在这个县设为本服务点的默认县"))
        self.about_action.setText(self.tr("关于供暖参谋…"))
        self.schedule()  # results carry words from the core's catalogue: re-word them

    # the packs ---------------------------------------------------------------------
    def load_backend_async(self) -> Operation:
        """Load the packs on a worker once the window is whole; the window stays usable and says
        it is loading. What would import a module or needs the packs waits, disabled."""
        self.set_loading(True)
        return self.loader.request()

    @property
    def loading(self) -> bool:
        return not self.actions_after_load[0].isEnabled()

    def set_loading(self, on: bool) -> None:
        for action in self.actions_after_load:
            action.setEnabled(not on)
        if self.results_built:
            self.results_side.set_loading(on)

    def _show_failed(self, _error: BaseException, detail: str) -> None:
        self.set_loading(False)
        self.results.show_failed(detail)

    def set_backend(self, backend: Backend) -> None:
        self.build_rest()
        self.backend = backend
        self.form.use_backend(backend)
        self.results_side.use_backend()
        self.set_loading(False)
        self.recompute()
        if self.blank_form is None:  # the packs' first arrival: the records open next
            self.blank_form = self.read_form()[0]
            self._keep_first_results()
            QTimer.singleShot(0, self, lambda: self.records.start())

    def _keep_first_results(self) -> None:
        """The default case's table, for the next start to show while its core loads (not when
        the form was edited meanwhile: then what is shown is not the default case)."""
        if self.last is not None and self.last.comparison is not None and not self._edited_while_loading:
            kept = self.last.parts, self.results_side.table(self.last.comparison)
            QTimer.singleShot(0, self, lambda: self.results_side.keep(*kept))  # written after the results show

    # recomputing -------------------------------------------------------------------
    def _edited(self) -> None:
        self._edited_while_loading |= self.backend is None
        self.schedule()

    def schedule(self) -> None:
        self._timer.start()

    def pending(self) -> bool:
        """An edit has not been computed yet (tests and the bench wait on this)."""
        return self._timer.isActive()

    def read_form(self) -> tuple[dict, dict[str, str]]:
        """The Case as a plain dict, and the fields whose text is not even a number."""
        return self.form.read()

    def write_form(self, parts: dict) -> None:
        """Fill the form from a Case as a plain dict (a saved or drafted consultation)."""
        self.form.write(parts)
        self.schedule()

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Show a result that was not computed from the form just now (a saved one)."""
        self._timer.stop()
        self.last = evaluation
        self._show(evaluation)

    def recompute(self) -> None:
        self._timer.stop()
        if self.backend is None:  # an edit or another language: the last start's table no longer fits
            if self.results_built and self.results.state == "current":
                self.results.show_loading()
            return
        parts, local = self.read_form()
        try:
            self.last = self.backend.evaluate(parts, local)
            self._show(self.last)
        except Exception as exc:  # a core bug must not take the consultation down
            log.exception("comparison failed")
            self.last = None
            self.results.show_failed(f"{type(exc).__name__}: {exc}")

    def _show(self, evaluation: Evaluation) -> None:
        from heatadvisor.ui import present  # with the results, not on the way to the first paint

        backend, lang = self.backend, self.languages.current
        assert backend is not None
        self.form.show_problems({p.field: backend.problem_text(p, lang) for p in evaluation.problems})
        comparison = evaluation.comparison
        if comparison is None:
            self.results.show_waiting([(p.field, backend.problem_line(p, lang)) for p in evaluation.problems])
            self.current.show_demand(None, None)
            self.options.show_warnings({})
            self.results_side.show()  # the greyed results in the language now chosen
            return
        self.results_side.show(comparison)
        self.options.show_warnings(present.warnings(comparison, backend, lang))
        self.current.show_demand(
            comparison.demand.model_kwh, comparison.demand.calibrated_kwh, present.notice(comparison, backend, lang)
        )
        self.results.show_current(evaluation.parts)

    # user actions -----------------------------------------------------------------
    def focus_field(self, path: str) -> None:
        self.form.focus_field(path)

    def set_language(self, lang: str) -> None:
        self.languages.switch(lang)
        self.settings.language = lang
        self.language_actions[lang].setChecked(True)

    def set_large_text(self, large: bool) -> None:
        self.settings.large_text = large
        apply_app_font(QApplication.instance(), self.settings.point_size)
        follow_app_font(self)
        self.results_side.apply_fonts()

    def closeEvent(self, event: QCloseEvent) -> None:
        if "records" in self.__dict__:  # built: close the store (unsaved typing stays in its autosave)
            self.records.close()
        super().closeEvent(event)

    def remember_home_county(self) -> None:
        self.settings.home_place = (self.location.province.value(), self.location.county.text().strip())

    def show_about(self) -> None:
        """The program's version: what support asks first, and what the sheet prints."""
        from PySide6.QtWidgets import QMessageBox

        from heatadvisor import __version__

        QMessageBox.about(
            self,
            self.tr("关于供暖参谋"),
            self.tr("供暖参谋 %1 版\n帮农村家庭比较取暖方式，不用上网。").replace("%1", __version__),
        )

    def open_settings(self) -> None:
        from heatadvisor.ui.settings_dialog import SettingsDialog, SettingsValues

        provinces = [self.location.province.itemData(i) for i in range(self.location.province.count())]
        dialog = SettingsDialog(SettingsValues.read(self.settings), provinces, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_settings(dialog.values())

    def apply_settings(self, values: SettingsValues) -> None:
        """Store the dialog's values; language and text size change at once."""
        self.settings.service_point, self.settings.staff_name = values.service_point, values.staff_name
        if values.home_place[1]:
            self.settings.home_place = values.home_place
        if values.language != self.languages.current:
            self.set_language(values.language)
        self.large_text_action.setChecked(values.large_text)  # applies it when it changed
