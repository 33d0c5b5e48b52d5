"""What the window builds after its first paint: the groups below the fold, then the results
side, one step at a time, then the packs load on a worker thread; and the less-used result
tabs, each built when first opened and filled while it is shown.

Their modules are imported here, when built, not on the way to the first paint; all that the
window imports before the packs arrive is imported before the worker starts
(``load_backend_async`` says why).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction

from heatadvisor.ui import backend as backend_module
from heatadvisor.ui.background import Operation

if TYPE_CHECKING:
    from heatadvisor.core.contract.results import Comparison
    from heatadvisor.ui.form.current import CurrentGroup
    from heatadvisor.ui.form.household import HouseholdGroup
    from heatadvisor.ui.form.options import OptionsGroup
    from heatadvisor.ui.form.prices import PricesGroup
    from heatadvisor.ui.results.charts_tab import ChartsTab
    from heatadvisor.ui.results.claims import ClaimsTab
    from heatadvisor.ui.results.comparison import ComparisonTab
    from heatadvisor.ui.results.explain import ExplainTab
    from heatadvisor.ui.results.panel import LazyPage, ResultsPanel
    from heatadvisor.ui.results.subsidies import SubsidyTab


class BuiltAfterPaint:
    """Mixin for MainWindow, which provides the groups, the layout, the slots and
    ``_build_results`` (its tab titles are MainWindow's translations)."""

    current: CurrentGroup  # set by _rest_steps()
    prices: PricesGroup
    options: OptionsGroup
    household: HouseholdGroup
    results: ResultsPanel
    comparison_tab: ComparisonTab
    pages: dict[str, LazyPage]
    _shown: Comparison | None  # set by MainWindow: what the result tabs show
    actions_after_load: tuple[QAction, ...]
    _loader: Operation | None = None  # asked for, not started until the window is whole

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A 0 ms timer started at show() would fire before the first paint; one started while
        the form paints fires right after it (and after input that arrived meanwhile)."""
        if watched is self.house and event.type() == QEvent.Type.Paint:
            self.house.removeEventFilter(self)
            QTimer.singleShot(0, self, self._build_next)
        return super().eventFilter(watched, event)  # type: ignore[misc]

    # building ------------------------------------------------------------------
    def build_rest(self) -> None:
        """Build now whatever of the rest is not built yet (the packs, a menu or a test need it)."""
        for _step in self._rest:
            pass

    def _build_next(self) -> None:
        """One step of the rest, then back to the event loop, so that input and repaints are
        handled between steps instead of waiting for all of them."""
        if next(self._rest, False):
            QTimer.singleShot(0, self, self._build_next)

    def _rest_steps(self) -> Iterator[bool]:
        """The groups below the fold one by one, then the results side. Qt's Tab order is
        creation order: form top to bottom, then results."""
        from heatadvisor.ui.form.current import CurrentGroup
        from heatadvisor.ui.form.household import HouseholdGroup
        from heatadvisor.ui.form.options import OptionsGroup
        from heatadvisor.ui.form.prices import PricesGroup

        for name, make in (("current", CurrentGroup), ("prices", PricesGroup), ("options", OptionsGroup),
                           ("household", HouseholdGroup)):
            group = make()
            setattr(self, name, group)
            self._column.insertWidget(self._column.count() - 1, group)  # above the stretch
            group.changed.connect(self.schedule)
            group.retranslate()
            self.groups.append(group)
            yield True
        self.current.device.currentIndexChanged.connect(self._current_changed)
        self._build_results()
        self.whole = True
        self._start_loader()
        yield False

    # the packs, after the rest ------------------------------------------------------
    def load_backend_async(self) -> Operation:
        """Load the packs on a worker thread once the window is whole; the window stays usable
        and says it is loading. Until a signal arrives, actions that would import wait.

        While the worker runs no other thread may run an ``import`` statement, not even of a
        module already loaded: PySide's import hook switches ``builtins.__import__`` for the
        whole process around its check of each imported module, so another thread's import
        turns the hook back on in the middle of the worker's check of a pydantic module, whose
        ``__getattr__`` then imports pydantic circularly (ImportError from a partially
        initialized module, ~1 start in 50). The window starts it once its own modules are
        imported and imports nothing until a signal arrives (tests/ui/test_loading.py)."""
        loader = Operation(self, lambda: backend_module.load_backend(), "load-packs")
        loader.succeeded.connect(self.set_backend)
        loader.failed.connect(self._show_failed)
        self._loader = loader
        self.set_loading(True)
        if self.whole:
            self._start_loader()
        return loader

    def _start_loader(self) -> None:
        if self._loader is not None:
            self._loader.start()
            self._loader = None

    def set_loading(self, on: bool) -> None:
        for action in self.actions_after_load:
            action.setEnabled(not on)

    def _show_failed(self, _error: BaseException, detail: str) -> None:
        self.build_rest()
        self.set_loading(False)
        self.results.show_failed(detail)

    # the less-used tabs, each built when first opened ------------------------------
    def _make_charts_tab(self) -> ChartsTab:
        from heatadvisor.ui.results.charts_tab import ChartsTab

        return ChartsTab()

    def _make_subsidy_tab(self) -> SubsidyTab:
        from heatadvisor.ui.results.subsidies import SubsidyTab

        tab = SubsidyTab()
        tab.ask.connect(self.focus_field)
        return tab

    def _make_claims_tab(self) -> ClaimsTab:
        from heatadvisor.ui.results.claims import ClaimsTab

        tab = ClaimsTab()
        if self.backend is not None:
            tab.set_heaters(self._heaters())
        tab.heater_changed.connect(self._show_extra_tabs)
        return tab

    def _make_explain_tab(self) -> ExplainTab:
        from heatadvisor.ui.results.explain import ExplainTab

        tab = ExplainTab()
        tab.print_requested.connect(lambda: self.printing.print_poster())
        return tab

    def _show_extra_tabs(self) -> None:
        """Charts, subsidies, claims and explain pages are built only while visible (keystrokes stay cheap)."""
        if self._shown is None or self.backend is None:
            return
        from heatadvisor.ui import present

        comparison, lang, shown = self._shown, self.languages.current, self.results.tabs.currentWidget()
        if shown is self.pages["charts"]:
            self.charts_tab.show_data(present.chart_data(comparison, lang))
        elif shown is self.pages["subsidies"]:
            option, programmes = present.subsidy_programmes(comparison, self.backend, lang)
            self.subsidy_tab.show_programmes(programmes, option)
        elif shown is self.pages["explain"]:
            self.explain_tab.show_data(present.explain_data(comparison, lang))
        elif shown is self.pages["claims"] and self.last is not None and self.last.comparison is not None:
            self.claims_tab.show_figures(self._claims())

    def _claims(self):
        """Compare the chosen heater with a heat pump for this house (a second core run)."""
        from heatadvisor.ui import present

        assert self.backend is not None and self.last is not None
        heater = self.claims_tab.heater.value()
        heat_pump = self.backend.claims_heat_pump(self.location.province.value())
        parts = copy.deepcopy(self.last.parts)
        parts["options"] = [{"device_id": heater}, {"device_id": heat_pump}]
        result = self.backend.evaluate(parts)
        if result.comparison is None:
            return None
        return present.claim_figures(result.comparison, heater, self.backend, self.languages.current)

    charts_tab = property(lambda self: self.pages["charts"].ensure())
    subsidy_tab = property(lambda self: self.pages["subsidies"].ensure())
    claims_tab = property(lambda self: self.pages["claims"].ensure())
    explain_tab = property(lambda self: self.pages["explain"].ensure())
