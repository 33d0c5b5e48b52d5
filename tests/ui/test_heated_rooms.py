"""房子 asks how many rooms are heated: the air conditioners and hot-air units (one a room)
follow it, a bad count is flagged in the resident's language naming the field, and the answer
is saved and reopened with the consultation."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from .conftest import settle
from .test_consultation import retype
from .test_records_window import answer, ready


def _units(window) -> dict[str, int]:
    """Indoor units of each room-unit option in the shown comparison."""
    return {o.device_id: o.sizing.units for o in window.last.comparison.options if o.sizing and o.sizing.units}


def test_the_rooms_heated_set_the_indoor_units_and_their_price(qtbot, window):
    settle(qtbot, window)
    derived = _units(window)
    assert derived and "house.heated_rooms" not in window.read_form()[0]["house"]  # blank: from the area
    retype(qtbot, window.house.heated_rooms, "5")
    settle(qtbot, window)
    assert window.read_form()[0]["house"]["heated_rooms"] == 5
    assert set(_units(window).values()) == {5}
    split = next(o for o in window.last.comparison.options if o.device_id == "split_ac")
    retype(qtbot, window.house.heated_rooms, "2")
    settle(qtbot, window)
    fewer = next(o for o in window.last.comparison.options if o.device_id == "split_ac")
    assert fewer.sizing.units == 2 and fewer.capital_cost[1] < split.capital_cost[1]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("zh", "2.5", "要填整数"),
        ("zh", "30", "不能大于 20"),
        ("zh", "两", "要填数字"),
        ("en", "2.5", "must be a whole number"),
        ("en", "0", "must be at least 1"),
    ],
)
def test_a_bad_room_count_is_flagged_naming_the_field(qtbot, make_window, language, text, said):
    window = make_window(language)
    settle(qtbot, window)
    retype(qtbot, window.house.heated_rooms, text)
    settle(qtbot, window)
    field = window.house.fields["house.heated_rooms"]
    assert window.results.state == "waiting"
    assert field.error.isVisible() and field.error.text() == said
    problems = [window.results.problems.item(i).text() for i in range(window.results.problems.count())]
    assert len(problems) == 1 and {"zh": "烧暖几间屋", "en": "Number of rooms heated"}[language] in problems[0]
    retype(qtbot, window.house.heated_rooms, "")
    settle(qtbot, window)
    assert window.results.state == "current" and not field.error.isVisible()


def test_the_rooms_heated_are_saved_and_reopened(qtbot, window, answers):
    records = ready(qtbot, window)
    retype(qtbot, window.house.heated_rooms, "3")
    settle(qtbot, window)
    saved = records.save()
    records.new()
    settle(qtbot, window)
    assert window.house.heated_rooms.text() == ""
    answers.on(QMessageBox, answer(QMessageBox.StandardButton.No))  # only if today's packs differ
    records.reopen(saved.id)
    assert window.house.heated_rooms.text() == "3"
    assert window.read_form()[0]["house"]["heated_rooms"] == 3
    assert set(_units(window).values()) == {3}
