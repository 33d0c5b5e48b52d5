"""Parts of the form built when first needed (issue 14, idle memory): a device's fields when it
is first ticked, a field's error line when it first has a problem, an input's style sheet when it
is first marked. Each still works, in its place, when that moment comes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout

from .conftest import settle
from .test_consultation import retype


def next_tab_stop(widget):
    """The widget Tab moves to from ``widget``."""
    after = widget.nextInFocusChain()
    while not after.focusPolicy() & Qt.FocusPolicy.TabFocus or not after.isVisible():
        after = after.nextInFocusChain()
    return after


def test_an_option_first_ticked_builds_its_fields_under_its_tick(qtbot, make_window):
    window = make_window("en")
    options = window.options
    device_id, row = next((d, r) for d, r in options.rows.items() if r.device.is_heat_pump and not r.tick.isChecked())
    assert not row.built and f"options.{device_id}.price_yuan" not in options.fields
    options.more.set_open(True)
    qtbot.mouseClick(row.check.label, Qt.MouseButton.LeftButton)  # the text toggles it, as a user clicks it
    assert row.tick.isChecked() and row.built
    settle(qtbot, window)
    form = options.more.form
    at = form.getWidgetPosition(row.check)[0]
    price = options.fields[f"options.{device_id}.price_yuan"]
    capacity = options.fields[f"options.{device_id}.capacity_kw"]
    assert form.getWidgetPosition(price.label) == (at + 1, QFormLayout.ItemRole.LabelRole)
    assert form.getWidgetPosition(capacity.label) == (at + 2, QFormLayout.ItemRole.LabelRole)
    assert price.label.text() == "Price (installed)" and price.unit is not None and price.unit.text() == "yuan"
    assert price.editor.isVisible() and capacity.editor.isVisible()
    assert next_tab_stop(row.tick) is row.price and next_tab_stop(row.price) is row.capacity
    retype(qtbot, row.price, "-1")
    settle(qtbot, window)
    assert window.results.state == "waiting" and price.error.isVisible()
    retype(qtbot, row.price, "23000")
    settle(qtbot, window)
    chosen = {o["device_id"]: o for o in window.read_form()[0]["options"]}
    assert chosen[device_id]["price_yuan"] == 23000
    assert window.results.state == "current" and not price.error.isVisible()
    qtbot.mouseClick(row.check.label, Qt.MouseButton.LeftButton)
    assert not price.editor.isVisible() and device_id not in {o["device_id"] for o in window.read_form()[0]["options"]}


def test_a_saved_case_fills_an_option_never_ticked(qtbot, window):
    parts = window.read_form()[0]
    today = window.current.device.value()  # not an option to itself: its row is hidden
    device_id, row = next((d, r) for d, r in window.options.rows.items() if not r.built and d != today)
    parts["options"] = [*parts["options"], {"device_id": device_id, "price_yuan": 9000}]
    window.write_form(parts)
    settle(qtbot, window)
    assert row.built and row.price.text() == "9000" and row.tick.isChecked()
    assert window.last.comparison is not None and device_id in {o.device_id for o in window.last.comparison.options}


def test_an_error_line_and_an_inputs_style_sheet_come_with_its_first_problem(qtbot, window):
    field = window.house.fields["house.heated_area_m2"]
    assert "error" not in field.__dict__ and field.editor.styleSheet() == ""
    retype(qtbot, field.editor, "abc")
    settle(qtbot, window)
    cell = field.editor.parentWidget()
    assert field.error.parentWidget() is cell and cell.layout().indexOf(field.error) == cell.layout().count() - 1
    assert field.error.isVisible() and field.error.text() and field.editor.property("invalid")
    assert field.editor.styleSheet()
    retype(qtbot, field.editor, "80")
    settle(qtbot, window)
    assert not field.error.isVisible() and not field.editor.property("invalid")
