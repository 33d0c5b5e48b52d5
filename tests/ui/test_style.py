"""The looks of states and label roles, now that no style sheet covers the whole window
(it cost every widget Qt's style-sheet machinery, ~6 MB): colours, weight, borders and
backgrounds still show, and widgets under a style sheet follow the large-text mode."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from .conftest import settle


def colours(widget) -> set[str]:
    image = widget.grab().toImage()
    return {QColor(image.pixel(x, y)).name() for x in range(image.width()) for y in range(image.height())}


def test_no_style_sheet_on_the_window(window):
    assert window.styleSheet() == ""
    assert window.house.styleSheet() == ""


def test_label_roles_keep_their_colour_and_weight(window):
    field = window.house.fields["house.heated_area_m2"]
    assert field.hint.palette().color(QPalette.ColorRole.WindowText).name() == "#555555"
    assert not field.hint.font().bold()
    assert field.error.palette().color(QPalette.ColorRole.WindowText).name() == "#b00020"
    assert field.error.font().bold()
    assert field.error.font().pointSizeF() == window.house.font().pointSizeF()


def test_invalid_and_edited_fields_are_drawn_so(qtbot, window):
    area = window.house.area
    assert "#b00020" not in colours(area)
    area.setText("abc")
    settle(qtbot, window)
    assert area.property("invalid") and "#b00020" in colours(area)
    assert window.results.state == "waiting" and "#fdecea" in colours(window.results.banner)
    area.setText("80")
    settle(qtbot, window)
    assert "#b00020" not in colours(area)
    price = next(iter(window.prices.edits.values()))
    price.setText("9.99")
    settle(qtbot, window)
    assert price.property("edited") and "#fff4d6" in colours(price)


def test_styled_widgets_follow_the_large_text_mode(qtbot, window):
    area, banner = window.house.area, window.results.banner
    area.setText("abc")
    settle(qtbot, window)
    size = area.font().pointSizeF()
    window.large_text_action.setChecked(True)
    try:
        assert area.font().pointSizeF() > size
        assert banner.font().pointSizeF() == area.font().pointSizeF() and banner.font().bold()
    finally:
        window.large_text_action.setChecked(False)
    assert area.font().pointSizeF() == size
