"""A county name shared inside a province (山西 has four 城区) in the window: picked from the
list it is found, typed alone the window names the candidates instead of "not found"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import settle
from .test_consultation import retype


def test_a_shared_name_picked_from_the_list_is_found(qtbot, window):
    window.location.province.set_value("山西省")
    retype(qtbot, window.location.county, "城区")
    popup = window.location.county.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    labels = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert "城区 · 阳泉市" in labels
    for _ in range(labels.index("城区 · 阳泉市") + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert window.location.county.text() == "阳泉市城区"
    assert "气象站" in window.location.station.text()
    settle(qtbot, window)
    assert window.results.state == "current"
    assert window.last.comparison.place.county_code == "140302"


def test_a_shared_name_typed_alone_lists_the_candidates(qtbot, window):
    window.location.province.set_value("山西省")
    retype(qtbot, window.location.county, "城区")
    window.location.county.completer().popup().hide()
    settle(qtbot, window)
    assert window.location.station.text() == ""  # the candidates are listed once, at the field
    error = window.location.fields["location.county"].error.text()
    assert error.startswith("有几个同名的") and "长治市城区" in error
