"""The consultation window: inputs on the left, live results on the right.

Every edit schedules one recomputation (a 0 ms timer coalesces a burst of keystrokes);
the core compares in a millisecond or two on the GUI thread. Results are shown as current
only for the inputs they came from; invalid input greys them and lists what to fix.

Only the groups visible at 1366×768 (地点, 房子) are built before the first paint; the groups
below the fold and the results side (empty until the packs arrive) follow from a 0 ms timer
started by that paint, one group a step (``_rest_steps``), in that order, which is also the
Tab order.
"""

from __future__ import annotations

import logging
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from heatadvisor.qtkit.fonts import apply_app_font
from heatadvisor.qtkit.i18n import Languages
from heatadvisor.qtkit.settings import AppSettings
from heatadvisor.ui.backend import Backend, Evaluation
from heatadvisor.ui.form.base import FormGroup, Retranslating
from heatadvisor.ui.form.house import HouseGroup
from heatadvisor.ui.form.location import LocationGroup
from heatadvisor.ui.help import HelpMenu
from heatadvisor.ui.records.actions import RecordActions
from heatadvisor.ui.style import follow_app_font
from heatadvisor.ui.window_parts import BuiltAfterPaint

if TYPE_CHECKING:
    from heatadvisor.core.contract.results import Comparison
    from heatadvisor.ui.pack_import import PackImportFlow
    from heatadvisor.ui.print_actions import PrintActions
    from heatadvisor.ui.records.feature import RecordsFeature
    from heatadvisor.ui.settings_dialog import SettingsValues

log = logging.getLogger(__name__)
FORM_WIDTH = 470  # px at 100 %: leaves ~880 px of a 1366 screen to the results


class MainWindow(BuiltAfterPaint, Retranslating, QMainWindow):
    def __init__(self, settings: AppSettings, languages: Languages, backend: Backend | None = None):
        super().__init__()
        self.settings, self.languages, self.backend = settings, languages, backend
        self.last: Evaluation | None = None
        self._shown: Comparison | None = None  # what the tabs show; greyed, and still re-worded, while input is invalid
        self.blank_form: dict | None = None  # the form as the packs first fill it: what 新建 goes back to
        province, county = settings.home_place
        self.location = LocationGroup(province, county)
        self.location.language = lambda: self.languages.current
        self.house = HouseGroup()
        self.groups: list[FormGroup] = [self.location, self.house]
        self._build_layout()
        self._build_menu()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.recompute)
        for group in self.groups:
            group.changed.connect(self.schedule)
        self.location.province.currentIndexChanged.connect(self._province_changed)
        # Widgets built after the translator was installed get no LanguageChange: word them now.
        for group in self.groups:
            group.retranslate()
        self.retranslate()
        self._rest = self._rest_steps()
        self.whole = False  # every group and the results side built
        if backend is not None:
            self.set_backend(backend)
        else:
            self.house.installEventFilter(self)  # its first paint starts building the rest

    # building ------------------------------------------------------------------
    def _build_results(self) -> None:
        """The results side, into the place kept for it (the last step after the first paint)."""
        from heatadvisor.ui.results.comparison import ComparisonTab
        from heatadvisor.ui.results.panel import LazyPage, ResultsPanel

        self.results = ResultsPanel()
        self.comparison_tab = ComparisonTab()
        self.results.add_tab(self.comparison_tab, lambda: self.tr("对比"))
        # The other tabs (and their charts) are built when first opened.
        self.pages = {"charts": LazyPage(self._make_charts_tab), "subsidies": LazyPage(self._make_subsidy_tab),
                      "claims": LazyPage(self._make_claims_tab), "explain": LazyPage(self._make_explain_tab)}
        for name, title in (("charts", lambda: self.tr("图表")), ("subsidies", lambda: self.tr("补贴")),
                            ("claims", lambda: self.tr("电暖器真相")), ("explain", lambda: self.tr("讲解"))):
            self.results.add_tab(self.pages[name], title)
        self.results.problem_clicked.connect(self.focus_field)
        self.results.tabs.currentChanged.connect(lambda _i: self._show_extra_tabs())
        self.results.retranslate()
        self._splitter.replaceWidget(1, self.results)  # keeps the width the placeholder had

    def _build_layout(self) -> None:
        column = QWidget()
        # a warning appearing below the fold grows the column: repaint what moved, not all of it
        column.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self._column = QVBoxLayout(column)
        for group in self.groups:
            self._column.addWidget(group)
        self._column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(column)
        # not a Tab stop of its own (it follows the focused field); built before the groups below
        # the fold, it would otherwise sit between 房子 and them
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setMinimumWidth(FORM_WIDTH)
        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.addWidget(self.scroll)
        self._splitter.addWidget(QWidget())  # the results' place until build_rest()
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self._splitter)
        self.resize(1366, 740)

    def open_tab(self, name: str) -> QWidget:
        """Show a result tab ("comparison", "charts", "subsidies", "claims", "explain"); its content."""
        self.build_rest()
        if name == "comparison":
            self.results.tabs.setCurrentWidget(self.comparison_tab)
            return self.comparison_tab
        self.results.tabs.setCurrentWidget(self.pages[name])
        return self.pages[name].ensure()

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
        self.actions_after_load = (*self.record_actions.all, self.print_action, self.preview_action,
                                   self.pdf_action, self.import_action, self.settings_action)

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

    # data arrives ----------------------------------------------------------------
    def set_backend(self, backend: Backend) -> None:
        self.build_rest()
        self.set_loading(False)
        self.backend = backend
        lang = lambda: self.languages.current  # noqa: E731 — names follow the language
        from heatadvisor.ui.form.options import DeviceRow

        devices = backend.data.devices
        self.current.set_devices([(d, lambda d=d: backend.device_name(d, lang())) for d in devices])
        usual = backend.usual_options(self.location.province.value())
        self.options.set_devices(
            [DeviceRow(d, lambda d=d: backend.device_name(d, lang()), dev.capacity_kw, backend.kw_per_pi,
                       dev.kind == backend.kinds.HEAT_PUMP, d in usual) for d, dev in devices.items()],
            [(u, lambda u=u: dict(backend.upgrades(lang()))[u]) for u, _name in backend.upgrades("zh")])
        if self.pages["claims"].content is not None:
            self.claims_tab.set_heaters(self._heaters())
        self.prices.set_defaults(backend.price_defaults(self.location.province.value()))
        self._offer_batches()
        self._current_changed()
        self.location.use_counties(backend)
        self.recompute()
        if self.blank_form is None:  # the packs' first arrival: the records open next
            self.blank_form = self.read_form()[0]
            QTimer.singleShot(0, self, lambda: self.records.start())

    def _heaters(self) -> list:
        backend = self.backend
        assert backend is not None
        return [(d, lambda d=d: backend.device_name(d, self.languages.current))
                for d, dev in backend.data.devices.items() if dev.kind == backend.kinds.DIRECT_ELECTRIC]

    def _offer_batches(self) -> None:
        """The village-batch picker lists the pilot lists of this province's policy packs."""
        assert self.backend is not None
        batches = self.backend.village_batches(self.location.province.value())
        self.household.batches.set_batches(
            [(batch_id, lambda names=names: names.get(self.languages.current) or names["zh"] or "")
             for batch_id, names in batches])

    def _province_changed(self) -> None:
        if self.backend is None:
            return
        province = self.location.province.value()
        self.prices.set_defaults(self.backend.price_defaults(province))
        self._offer_batches()
        usual = set(self.backend.usual_options(province))
        for device_id, row in self.options.rows.items():
            row.tick.setChecked(device_id in usual)

    def _current_changed(self) -> None:
        if self.backend is not None:
            device_id = self.current.device.value()
            self.options.hide_device(device_id)
            self.current.set_units(self.backend.units_for(device_id))

    # recomputing -------------------------------------------------------------------
    def schedule(self) -> None:
        self._timer.start()

    def pending(self) -> bool:
        """An edit has not been computed yet (tests and the bench wait on this)."""
        return self._timer.isActive()

    def read_form(self) -> tuple[dict, dict[str, str]]:
        """The Case as a plain dict, and the fields whose text is not even a number."""
        parts: dict = {}
        local: dict[str, str] = {}
        for key, group in (("location", self.location), ("house", self.house), ("current", self.current),
                           ("prices", self.prices), ("household", self.household)):
            parts[key], bad = group.read()
            local.update(bad)
        parts["village"] = self.location.read_village()
        options, bad = self.options.read()
        parts.update(options)
        local.update(bad)
        return parts, local

    def write_form(self, parts: dict) -> None:
        """Fill the form from a Case as a plain dict (a saved or drafted consultation); the place
        first, as changing the province resets the options and prices to its own."""
        self.location.write(parts.get("location") or {}, parts.get("village"))
        for key, group in (("house", self.house), ("current", self.current), ("prices", self.prices),
                           ("household", self.household)):
            group.write(parts.get(key) or {})
        self.options.write(parts.get("options"))
        self.schedule()

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Show a result that was not computed from the form just now (a saved one)."""
        self._timer.stop()
        self.last = evaluation
        self._show(evaluation)

    def recompute(self) -> None:
        self._timer.stop()
        if self.backend is None:
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
        from heatadvisor.ui import (
            present,  # with the results, not on the way to the first paint
        )

        backend, lang = self.backend, self.languages.current
        assert backend is not None
        messages = {p.field: backend.problem_text(p, lang) for p in evaluation.problems}
        for group in self.groups:
            group.show_problems(messages)
        comparison = evaluation.comparison
        if comparison is None:
            self.results.show_waiting([(p.field, backend.problem_line(p, lang)) for p in evaluation.problems])
            self.current.show_demand(None, None)
            self.options.show_warnings({})
            self._show_tabs()  # the greyed results in the language now chosen
            return
        self._shown = comparison
        self._show_tabs()
        self.options.show_warnings(present.warnings(comparison, backend, lang))
        self.current.show_demand(comparison.demand.model_kwh, comparison.demand.calibrated_kwh,
                                 present.notice(comparison, backend, lang))
        self.results.show_current(evaluation.parts)

    def _show_tabs(self) -> None:
        """The comparison shown, worded in the current language: the table, then the open tab."""
        from heatadvisor.ui import present

        if self._shown is None or self.backend is None:
            return
        lang = self.languages.current
        self.comparison_tab.show_rows(present.summary(self._shown, self.backend, lang),
                                      present.comparison_rows(self._shown, self.backend, lang), self._shown.horizon_years,
                                      present.notice(self._shown, self.backend, lang))
        self._show_extra_tabs()

    # user actions -----------------------------------------------------------------
    def focus_field(self, path: str) -> None:
        for group in self.groups:
            if group.owns(path):
                widget = group.focus_field(path)
                if widget is not None:
                    self.scroll.ensureWidgetVisible(widget)
                return

    def set_language(self, lang: str) -> None:
        self.languages.switch(lang)
        self.settings.language = lang
        self.language_actions[lang].setChecked(True)

    def set_large_text(self, large: bool) -> None:
        self.settings.large_text = large
        self.build_rest()
        apply_app_font(QApplication.instance(), self.settings.point_size)
        follow_app_font(self)
        self.comparison_tab.size_columns()
        built = {name: page.content for name, page in self.pages.items()}
        if built["charts"] is not None:
            self.charts_tab.apply_fonts()
        if built["explain"] is not None:
            self.explain_tab.apply_fonts()
        if built["claims"] is not None:
            self.claims_tab.retranslate()

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

        QMessageBox.about(self, self.tr("关于供暖参谋"),
                          self.tr("供暖参谋 %1 版\n帮农村家庭比较取暖方式，不用上网。").replace("%1", __version__))

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
