"""A case put into the form compares what the core compares for it: one that names no options
(a case file like examples/*.json) gets its region's usual ones, as the core gives it; one that
names an empty list is a problem to fix, named in the form."""

from __future__ import annotations

import json
from pathlib import Path

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case_io import case_from_data

from .conftest import settle

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_a_case_naming_no_options_compares_the_regions_usual_ones(qtbot, window):
    beijing = json.loads((EXAMPLES / "beijing_household.json").read_text(encoding="utf-8"))
    assert "options" not in beijing
    window.write_form(beijing)
    settle(qtbot, window)
    shown = window.last.comparison
    assert shown is not None, window.last.problems
    alone = compare(case_from_data(beijing))
    assert sorted(o.key for o in shown.options) == sorted(o.key for o in alone.options)


def test_a_case_naming_an_empty_list_of_options_asks_for_one(qtbot, window):
    beijing = json.loads((EXAMPLES / "beijing_household.json").read_text(encoding="utf-8"))
    window.write_form({**beijing, "options": []})
    settle(qtbot, window)
    assert window.last.comparison is None and [p.field for p in window.last.problems] == ["options"]


def test_a_heated_share_the_form_does_not_offer_is_shown_and_kept(qtbot, make_window):
    beijing = json.loads((EXAMPLES / "beijing_household.json").read_text(encoding="utf-8"))
    assert beijing["house"]["heated_share"] == 0.8  # the form offers 1, 0.75, 0.5 and 0.3
    for language, words in (("zh", "约 80% 的屋子"), ("en", "about 80% of the rooms")):
        window = make_window(language)
        window.write_form(beijing)
        settle(qtbot, window)
        assert window.house.heated_share.currentText() == words
        assert window.read_form()[0]["house"]["heated_share"] == 0.8
    window.write_form({**beijing, "house": {**beijing["house"], "heated_share": 0.5}})
    assert window.read_form()[0]["house"]["heated_share"] == 0.5  # a preset is picked, not added
    assert window.house.heated_share.count() == 6  # the open choice, four presets, and 0.8 kept as offered
