"""The results feature: the panel on the right with its tabs, and what they show.

The comparison table is built with the panel; the less-used tabs (charts, subsidies, the
heater claims, the explanation) are built when first opened and filled only while shown, so
they cost nothing at start-up or on a keystroke. Their modules (Qt Charts among them) are
imported when they are built, so they stay closed while the packs load (``set_loading``): an
import on the GUI thread then could break the worker's (see ``ui.background``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from heatadvisor.ui import first_results
from heatadvisor.ui.first_results import ShownTable
from heatadvisor.ui.results.comparison import ComparisonTab
from heatadvisor.ui.results.panel import LazyPage, ResultsPanel

if TYPE_CHECKING:
    from heatadvisor.core.contract.results import Comparison
    from heatadvisor.ui.main_window import MainWindow
    from heatadvisor.ui.results.charts_tab import ChartsTab
    from heatadvisor.ui.results.claims import ClaimsTab
    from heatadvisor.ui.results.data import ClaimFigures
    from heatadvisor.ui.results.explain import ExplainTab
    from heatadvisor.ui.results.subsidies import SubsidyTab


class ResultsSide(QObject):
    """The panel and its tabs; ``show`` puts a comparison in them, worded in the window's language."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.shown: Comparison | None = None  # what the tabs show; greyed, and still re-worded, while input is invalid
        self.kept_data: str | None = None  # the data fingerprint of the kept table shown, until checked
        self.panel = ResultsPanel()
        self.comparison_tab = ComparisonTab()
        self.panel.add_tab(self.comparison_tab, lambda: self.tr("对比"))
        self.pages: dict[str, LazyPage] = {
            "charts": LazyPage(self._make_charts_tab),
            "subsidies": LazyPage(self._make_subsidy_tab),
            "claims": LazyPage(self._make_claims_tab),
            "explain": LazyPage(self._make_explain_tab),
        }
        titles: dict[str, Callable[[], str]] = {
            "charts": lambda: self.tr("图表"),
            "subsidies": lambda: self.tr("补贴"),
            "claims": lambda: self.tr("电暖器真相"),
            "explain": lambda: self.tr("讲解"),
        }
        for name, page in self.pages.items():
            self.panel.add_tab(page, titles[name])
        self.panel.problem_clicked.connect(window.focus_field)
        self.panel.tabs.currentChanged.connect(lambda _i: self.show_open_tab())
        self.panel.retranslate()

    # the tabs, each built when first opened ------------------------------------------
    def set_loading(self, on: bool) -> None:
        """While the packs load only the comparison can be opened (it says they are loading)."""
        for index in range(1, self.panel.tabs.count()):
            self.panel.tabs.setTabEnabled(index, not on)

    def _make_charts_tab(self) -> ChartsTab:
        from heatadvisor.ui.results.charts_tab import ChartsTab

        return ChartsTab()

    def _make_subsidy_tab(self) -> SubsidyTab:
        from heatadvisor.ui.results.subsidies import SubsidyTab

        tab = SubsidyTab()
        tab.ask.connect(self.window.focus_field)
        return tab

    def _make_claims_tab(self) -> ClaimsTab:
        from heatadvisor.ui.results.claims import ClaimsTab

        tab = ClaimsTab()
        self._offer_heaters(tab)
        tab.heater_changed.connect(self.show_open_tab)
        return tab

    def _make_explain_tab(self) -> ExplainTab:
        from heatadvisor.ui.results.explain import ExplainTab

        tab = ExplainTab()
        tab.print_requested.connect(lambda: self.window.printing.print_poster())
        return tab

    @property
    def charts_tab(self) -> ChartsTab:
        return self.pages["charts"].ensure()  # type: ignore[return-value]

    @property
    def subsidy_tab(self) -> SubsidyTab:
        return self.pages["subsidies"].ensure()  # type: ignore[return-value]

    @property
    def claims_tab(self) -> ClaimsTab:
        return self.pages["claims"].ensure()  # type: ignore[return-value]

    @property
    def explain_tab(self) -> ExplainTab:
        return self.pages["explain"].ensure()  # type: ignore[return-value]

    def built(self, name: str) -> bool:
        return self.pages[name].content is not None

    def open_tab(self, name: str) -> QWidget:
        """Show a tab ("comparison", "charts", "subsidies", "claims", "explain"); its content."""
        if name == "comparison":
            self.panel.tabs.setCurrentWidget(self.comparison_tab)
            return self.comparison_tab
        self.panel.tabs.setCurrentWidget(self.pages[name])
        return self.pages[name].ensure()

    # the packs arrive, the text size changes -----------------------------------------
    def use_backend(self) -> None:
        if self.built("claims"):
            self._offer_heaters(self.claims_tab)

    def _offer_heaters(self, tab: ClaimsTab) -> None:
        backend, languages = self.window.backend, self.window.languages
        if backend is not None:
            tab.set_heaters([(d, lambda d=d: backend.device_name(d, languages.current)) for d in backend.heaters()])

    def apply_fonts(self) -> None:
        self.comparison_tab.size_columns()
        if self.built("charts"):
            self.charts_tab.apply_fonts()
        if self.built("explain"):
            self.explain_tab.apply_fonts()
        if self.built("claims"):
            self.claims_tab.retranslate()

    # showing -------------------------------------------------------------------------
    def show(self, comparison: Comparison | None = None) -> None:
        """Show ``comparison`` (None: the one shown, re-worded): the table, then the open tab."""
        if comparison is not None:
            self.shown = comparison
        if self.shown is None or self.window.backend is None:
            return
        self.show_table(self.table(self.shown))
        self.show_open_tab()

    def table(self, comparison: Comparison) -> ShownTable:
        """The comparison tab's content for ``comparison``, in the window's language."""
        from heatadvisor.ui import present  # with the packs, not on the way to the kept table

        backend, lang = self.window.backend, self.window.languages.current
        assert backend is not None
        return ShownTable(
            present.summary(comparison, backend, lang),
            present.comparison_rows(comparison, backend, lang),
            comparison.horizon_years,
            present.notice(comparison, backend, lang),
            present.close_call(comparison, lang),
        )

    def show_table(self, table: ShownTable) -> None:
        self.comparison_tab.show_rows(table.summary, table.rows, table.years, table.notice, table.close_call)

    # the table kept for the next start -----------------------------------------------
    def first_results_key(self) -> str:
        return first_results.cache_key(self.window.settings.home_place, self.window.languages.current)

    def show_kept(self) -> None:
        """The table the last start showed for the default case, if it was kept under this key."""
        kept = first_results.read(self.first_results_key())
        if kept is not None:
            case, table, self.kept_data = kept
            self.show_table(table)
            self.panel.show_current(case)

    def check_kept(self) -> None:
        """Withdraw the kept table, while it is still shown, when the data files do not hold the
        bytes it came from (one rewritten with its size and time kept: the key did not see it)."""
        data, self.kept_data = self.kept_data, None
        if data is None or self.window.backend is not None or self.panel.state != "current":
            return  # none shown, or already replaced
        if not first_results.verified(data):
            self.panel.show_loading()

    def keep(self, case: dict, table: ShownTable) -> None:
        first_results.keep(self.first_results_key(), case, table)

    def show_open_tab(self) -> None:
        """Charts, subsidies, claims and explain pages are filled only while visible (keystrokes stay cheap)."""
        backend = self.window.backend
        if self.shown is None or backend is None:
            return
        from heatadvisor.ui import present

        comparison, lang, open_page = self.shown, self.window.languages.current, self.panel.tabs.currentWidget()
        if open_page is self.pages["charts"]:
            self.charts_tab.show_data(present.chart_data(comparison, lang))
        elif open_page is self.pages["subsidies"]:
            option, programmes = present.subsidy_programmes(comparison, backend, lang)
            self.subsidy_tab.show_programmes(programmes, option)
        elif open_page is self.pages["explain"]:
            self.explain_tab.show_data(present.explain_data(comparison, lang))
        elif open_page is self.pages["claims"] and self.window.last is not None and self.window.last.comparison:
            self.claims_tab.show_figures(self._claims())

    def _claims(self) -> ClaimFigures | None:
        """Compare the chosen heater with a heat pump for this house (a second core run)."""
        backend, last = self.window.backend, self.window.last
        assert backend is not None and last is not None
        heater = self.claims_tab.heater.value()
        heat_pump = backend.claims_heat_pump(self.window.location.province.value())
        parts = copy.deepcopy(last.parts)
        parts["options"] = [{"device_id": heater}, {"device_id": heat_pump}]
        result = backend.evaluate(parts)
        if result.comparison is None:
            return None
        from heatadvisor.ui import present

        return present.claim_figures(result.comparison, heater, backend, self.window.languages.current)
