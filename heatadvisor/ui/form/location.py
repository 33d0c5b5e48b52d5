"""地点: province, then the county found by hanzi or pinyin initials ("jx" → 莒县), the
weather station it maps to and how far away, the village, and what the village has (gas pipe,
heat network, village station, well water) and whether the yard can take a ground loop: five
ticks, none ticked unless staff know."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from heatadvisor.ui.form.base import ChoiceCombo, FormGroup, Retranslating
from heatadvisor.ui.style import set_role

# core.contract.case.Infrastructure, spelt out: the form is built before the core is imported
# (tests/ui/test_village_facts.py checks they agree)
VILLAGE_FACTS = ("pipe_gas", "heat_network", "village_station", "water_source", "borehole_site")

if TYPE_CHECKING:
    from heatadvisor.core.place import places
    from heatadvisor.ui.backend import Backend

SEARCH_LIMIT = 12
NAME_ROLE = Qt.ItemDataRole.UserRole  # what the completer puts into the field: the name (with its prefecture if shared)


def county_label(county: places.County) -> str:
    """What the search list shows: 莒县 · 日照市 (the prefecture tells 长安区 from 长安区)."""
    return f"{county.name} · {county.prefecture}"


class VillagePicker(Retranslating, QWidget):
    """What the village has, as five ticks in two columns; each unticked means "no", so an
    option that needs it (gas boilers, district heat …) is listed apart, not recommended."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for i, key in enumerate(VILLAGE_FACTS):
            box = QCheckBox(self)
            box.toggled.connect(lambda _on: self.changed.emit())
            last_alone = i == len(VILLAGE_FACTS) - 1 and i % 2 == 0
            grid.addWidget(box, i // 2, i % 2, 1, 2 if last_alone else 1)  # a last one alone widens no column
            self.boxes[key] = box
        self.setFocusProxy(self.boxes["pipe_gas"])
        self.retranslate()

    def retranslate(self) -> None:
        words = {
            "pipe_gas": self.tr("燃气管道到家"),
            "heat_network": self.tr("集中供热管网"),
            "village_station": self.tr("村集中热泵站"),
            "water_source": self.tr("能用的井水/河水"),
            "borehole_site": self.tr("院里能打井（地源热泵）"),
        }
        for key, box in self.boxes.items():
            box.setText(words[key])

    def value(self) -> dict[str, bool]:
        """The ticked ones (what is not ticked is "no" by the case's default)."""
        return {key: True for key, box in self.boxes.items() if box.isChecked()}

    def set_value(self, village: dict | None) -> None:
        for key, box in self.boxes.items():
            box.setChecked(bool((village or {}).get(key)))


class LocationGroup(FormGroup):
    def __init__(self, province: str, county: str, parent: QWidget | None = None):
        super().__init__(parent)
        # only the home province until the first paint: reading the county table takes ~50 ms
        self.province = ChoiceCombo([(province, lambda: province)], self)
        self.add_field("location.province", self.province, lambda: self.tr("省"))
        self.county = QLineEdit(county, self)
        self._matches = QStandardItemModel(self)
        completer = QCompleter(self._matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(NAME_ROLE)
        self.county.setCompleter(completer)
        self.county.textEdited.connect(self._search)
        self.add_field(
            "location.county",
            self.county,
            lambda: self.tr("县（区）"),
            hint=lambda: self.tr("打汉字或拼音首字母，比如 jx 找到莒县"),
        )
        self.station = QLabel(self)
        self.station.setWordWrap(True)
        set_role(self.station, "hint")
        self.form.addRow(self.station)
        self.township = QLineEdit(self)
        self.add_field("location.township", self.township, lambda: self.tr("乡镇"))
        self.village = QLineEdit(self)
        self.add_field("location.village", self.village, lambda: self.tr("村"))
        self.has = VillagePicker(self)
        self.add_field("village", self.has, lambda: self.tr("村里有"), hint=lambda: self.tr("没有或不清楚就不勾"))
        self.province.currentIndexChanged.connect(self._search)
        self.province.currentIndexChanged.connect(self.update_station)
        self.county.textChanged.connect(self.update_station)
        self._station: tuple[str, str, float] | None = None  # (Chinese name, English name, km)
        self._counties: Backend | None = None  # the county table arrives with the packs
        self.language: Callable[[], str] = lambda: "zh"  # the window sets where it reads its language

    def title_text(self) -> str:
        return self.tr("地点")

    def use_counties(self, counties: Backend) -> None:
        """The county table, read by the thread that loaded the packs: all provinces, the
        search and the station from now on (until then the county is only typed)."""
        self._counties = counties
        self.province.set_choices(
            [(p, lambda p=p: counties.province_name(p, self.language())) for p in counties.provinces()]
        )
        self.update_station()

    def retranslate(self) -> None:
        super().retranslate()
        self._show_station()

    def _search(self) -> None:
        """The counties matching what is typed, shown with their prefecture."""
        self._matches.clear()
        if self._counties is None:
            return
        for county in self._counties.search_counties(self.county.text(), self.province.value(), SEARCH_LIMIT):
            item = QStandardItem(county_label(county))
            item.setData(self._counties.county_text(county), NAME_ROLE)
            self._matches.appendRow(item)

    def update_station(self) -> None:
        """Find the weather station the county's climate comes from."""
        if self._counties is None:
            return
        county, _problem = self._counties.find_county(self.province.value(), self.county.text())
        self._station = None if county is None else self._counties.station(county)
        self._show_station()

    def _show_station(self) -> None:
        """The station of the county found; nothing when none is (or several are): the
        county's own field says what is wrong, once."""
        if self._counties is None or self._station is None:
            self.station.setText("")
        else:
            name_zh, name_en, km = self._station
            name = name_en if self.language() == "en" else name_zh
            self.station.setText(
                self.tr("天气按 {station} 气象站算，离县城 {km} 公里").format(station=name, km=f"{km:.0f}")
            )

    def read(self) -> tuple[dict, dict[str, str]]:
        location = {"province": self.province.value(), "county": self.county.text().strip()}
        for key, edit in (("township", self.township), ("village", self.village)):
            if edit.text().strip():
                location[key] = edit.text().strip()
        return location, {}

    def read_village(self) -> dict[str, bool]:
        """The case's ``village`` block: what the village has."""
        return self.has.value()

    def write(self, location: dict, village: dict | None = None) -> None:
        self.province.set_value(location.get("province"))
        self.county.setText(location.get("county", ""))
        self.township.setText(location.get("township") or "")
        self.village.setText(location.get("village") or "")
        self.has.set_value(village)
