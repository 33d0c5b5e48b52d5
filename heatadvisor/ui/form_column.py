"""The form feature: the consultation's inputs in one scrolling column, group by group.

Only the groups visible at 1366×768 (地点, 房子) are built with the window, before its first
paint; those below the fold are built one per ``build_next`` (the window calls it from the
event loop after the first paint), top to bottom: Qt's Tab order is the order widgets join the
window. Asking for one of them builds it, and the ones above it, at once. Their modules are
imported with the first of them (3.5-4.5 ms of CPU less before the first paint), so always
before the packs load: every group is built by then (an import while the worker imports could
break the worker's, see ``ui.loading``).

With the packs (``use_backend``) the form offers their devices, prices and pilot lists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from heatadvisor.ui.form.base import FormGroup
from heatadvisor.ui.form.house import HouseGroup
from heatadvisor.ui.form.location import LocationGroup

if TYPE_CHECKING:
    from heatadvisor.ui.backend import Backend
    from heatadvisor.ui.form.current import CurrentGroup
    from heatadvisor.ui.form.household import HouseholdGroup
    from heatadvisor.ui.form.options import OptionsGroup
    from heatadvisor.ui.form.prices import PricesGroup

FORM_WIDTH = 470  # px at 100 %: leaves ~880 px of a 1366 screen to the results
CURRENT, PRICES, OPTIONS, HOUSEHOLD = range(4)  # the groups below the fold, top to bottom


def below_the_fold() -> tuple[type[FormGroup], ...]:
    """The classes of the groups below the fold, in the order of CURRENT … HOUSEHOLD."""
    from heatadvisor.ui.form.current import CurrentGroup
    from heatadvisor.ui.form.household import HouseholdGroup
    from heatadvisor.ui.form.options import OptionsGroup
    from heatadvisor.ui.form.prices import PricesGroup

    return CurrentGroup, PricesGroup, OptionsGroup, HouseholdGroup


class FormColumn(QScrollArea):
    """The groups, what they read and show, and what they offer once the packs are in."""

    changed = Signal()  # a field was edited

    def __init__(self, province: str, county: str, language: Callable[[], str]):
        super().__init__()
        self.language = language
        self.backend: Backend | None = None
        self.location = LocationGroup(province, county)
        self.location.language = language
        self.house = HouseGroup()
        self.groups: list[FormGroup] = []
        column = QWidget()
        # a warning appearing below the fold grows the column: repaint what moved, not all of it
        column.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self._column = QVBoxLayout(column)
        self._column.addStretch(1)
        for group in (self.location, self.house):
            self._add(group)
        self.location.province.currentIndexChanged.connect(self._province_changed)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(column)
        # not a Tab stop of its own (it follows the focused field); built before the groups below
        # the fold, it would otherwise sit between 房子 and them
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumWidth(FORM_WIDTH)

    # building ------------------------------------------------------------------
    def _add(self, group: FormGroup) -> None:
        self._column.insertWidget(self._column.count() - 1, group)  # above the stretch
        group.changed.connect(self.changed)
        # built after the translator was installed, it gets no LanguageChange: worded now
        group.retranslate()
        self.groups.append(group)

    def build_next(self) -> bool:
        """Build the next group below the fold; False when there was none left."""
        built = len(self.groups) - 2
        if built > HOUSEHOLD:
            return False
        self._add(below_the_fold()[built]())
        if built == CURRENT:
            self.current.device.currentIndexChanged.connect(self._current_changed)
        return True

    def tab_before(self, then: QWidget) -> None:
        """Tab goes down the form, then through ``then``: a widget joins the window's Tab order at
        its end, so one built before the form's last groups would come between them."""
        window = self.window()
        chain = [window.nextInFocusChain()]
        while chain[-1] is not None and chain[-1] is not window:
            chain.append(chain[-1].nextInFocusChain())
        stops = [w for w in chain[:-1] if w is not None and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        last = [w for w in stops if self.isAncestorOf(w)][-1]
        for widget in (w for w in stops if then.isAncestorOf(w)):
            QWidget.setTabOrder(last, widget)
            last = widget

    def build_all(self) -> None:
        while self.build_next():
            pass

    def _below(self, index: int) -> FormGroup:
        """The group at ``index`` below the fold, built now (with those above it) if it is not yet."""
        while len(self.groups) - 2 <= index:
            self.build_next()
        return self.groups[2 + index]

    @property
    def current(self) -> CurrentGroup:
        return cast("CurrentGroup", self._below(CURRENT))

    @property
    def prices(self) -> PricesGroup:
        return cast("PricesGroup", self._below(PRICES))

    @property
    def options(self) -> OptionsGroup:
        return cast("OptionsGroup", self._below(OPTIONS))

    @property
    def household(self) -> HouseholdGroup:
        return cast("HouseholdGroup", self._below(HOUSEHOLD))

    # the packs -------------------------------------------------------------------
    def use_backend(self, backend: Backend) -> None:
        """Offer the packs' devices, upgrades, prices and pilot lists, and the county table."""
        from heatadvisor.ui.form.options import DeviceRow  # the worker's imports are over

        self.build_all()
        self.backend = backend
        lang = self.language
        self.current.set_devices([(d, lambda d=d: backend.device_name(d, lang())) for d in backend.device_ids()])
        usual = backend.usual_options(self.location.province.value())
        self.options.set_devices(
            [
                DeviceRow(
                    d,
                    lambda d=d: backend.device_name(d, lang()),
                    backend.capacity_kw(d),
                    backend.kw_per_pi,
                    backend.is_heat_pump(d),
                    d in usual,
                )
                for d in backend.device_ids()
            ],
            [(u, lambda u=u: dict(backend.upgrades(lang()))[u]) for u, _name in backend.upgrades("zh")],
        )
        self.prices.set_defaults(backend.price_defaults(self.location.province.value()))
        self._offer_batches()
        self._current_changed()
        self.location.use_counties(backend)

    def _offer_batches(self) -> None:
        """The village-batch picker lists the pilot lists of this province's policy packs."""
        assert self.backend is not None
        batches = self.backend.village_batches(self.location.province.value())
        self.household.batches.set_batches(
            [
                (batch_id, lambda names=names: names.get(self.language()) or names["zh"] or "")
                for batch_id, names in batches
            ]
        )

    def _province_changed(self) -> None:
        if self.backend is None:
            return
        province = self.location.province.value()
        self.prices.set_defaults(self.backend.price_defaults(province))
        self._offer_batches()
        self._tick_usual()

    def _tick_usual(self) -> None:
        """The province's usual options ticked, the others not."""
        assert self.backend is not None
        usual = set(self.backend.usual_options(self.location.province.value()))
        for device_id, row in self.options.rows.items():
            row.tick.setChecked(device_id in usual)

    def _current_changed(self) -> None:
        if self.backend is not None:
            device_id = self.current.device.value()
            self.options.hide_device(device_id)
            self.current.set_units(self.backend.units_for(device_id))

    # reading and showing -------------------------------------------------------------
    def read(self) -> tuple[dict, dict[str, str]]:
        """The Case as a plain dict, and the fields whose text is not even a number."""
        parts: dict = {}
        local: dict[str, str] = {}
        for key, group in (
            ("location", self.location),
            ("house", self.house),
            ("current", self.current),
            ("prices", self.prices),
            ("household", self.household),
        ):
            parts[key], bad = group.read()
            local.update(bad)
        parts["village"] = self.location.read_village()
        options, bad = self.options.read()
        parts.update(options)
        local.update(bad)
        return parts, local

    def write(self, parts: dict) -> None:
        """Fill the form from a Case as a plain dict; the place first, as changing the province
        resets the options and prices to its own."""
        self.location.write(parts.get("location") or {}, parts.get("village"))
        for key, group in (
            ("house", self.house),
            ("current", self.current),
            ("prices", self.prices),
            ("household", self.household),
        ):
            group.write(parts.get(key) or {})
        if "options" in parts or self.backend is None:
            self.options.write(parts.get("options"))
        else:  # a case naming no options compares the region's usual ones, as the core does
            self._tick_usual()

    def show_problems(self, messages: dict[str, str]) -> None:
        for group in self.groups:
            group.show_problems(messages)

    def focus_field(self, path: str) -> None:
        for group in self.groups:
            if group.owns(path):
                widget = group.focus_field(path)
                if widget is not None:
                    self.ensureWidgetVisible(widget)
                return
