"""Random edit sequences through the window: valid and invalid values, option toggles,
combo changes and language switches. After every edit the window must either show results
computed from exactly the inputs on screen, or grey them and list what to fix; it never
shows an internal error, and pytest-qt fails the test on any exception in a slot."""

from __future__ import annotations

import random

from heatadvisor.ui.form.base import ChoiceCombo

from .conftest import settle

SEQUENCES = 200
SEED = 20251125
TEXTS = ["80", "120.5", "35", "0", "-3", "abc", "", "1e9", "１２０", "7", "24", "3000", "0.55", "nan", "2,500"]


def number_fields(window):
    return [
        f.editor
        for g in window.groups
        for f in g.fields.values()
        if hasattr(f.editor, "number") and f.editor.isEnabled()
    ]


def combos(window):
    return [f.editor for g in window.groups for f in g.fields.values() if isinstance(f.editor, ChoiceCombo)]


VALID = {"house.heated_area_m2": "80", "house.indoor_temp_c": "18", "house.hours_per_day": "12"}


def fix_fields(window) -> None:
    """What staff do after a message: put a sensible value into every flagged field."""
    for group in window.groups:
        for path, field in group.fields.items():
            if field.error.isVisible() and hasattr(field.editor, "number"):
                field.editor.setText(VALID.get(path, ""))
    if window.location.fields[
        "location.county"
    ].error.isVisible():  # 莒县 is in 山东省, whichever province a combo chose
        window.location.province.set_value("山东省")
        window.location.county.setText("莒县")


def one_edit(window, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.35:
        fix_fields(window)
        return "fix"
    if roll < 0.6:
        edit = rng.choice(number_fields(window))
        edit.setText(rng.choice(TEXTS))
        return f"text {edit.parent().objectName()}"
    if roll < 0.75:
        combo = rng.choice(combos(window))
        if combo.count():
            combo.setCurrentIndex(rng.randrange(combo.count()))
        return "combo"
    if roll < 0.9:
        row = rng.choice(list(window.options.rows.values()))
        row.tick.toggle()
        return "toggle"
    if roll < 0.95:
        window.location.county.setText(rng.choice(["莒县", "东港区", "jx", "不存在", ""]))
        return "county"
    window.set_language(rng.choice(["zh", "en"]))
    return "language"


def assert_consistent(window) -> None:
    state = window.results.state
    assert state in ("current", "waiting"), window.results.banner.text()
    parts, _local = window.read_form()
    if state == "current":
        assert window.results.shown_parts == parts
        assert window.results.tabs.isEnabled() and not window.results.banner.isVisible()
        comparison = window.last.comparison
        groups = len({o.group for o in comparison.options})  # each group under its title
        if window.comparison_tab.isVisible():  # else it is filled when opened
            assert window.comparison_tab.model.rowCount() == len(comparison.options) + groups + 1
    else:
        assert window.results.shown_parts is None
        assert not window.results.tabs.isEnabled() and window.results.banner.isVisible()
        assert window.results.problems.count() > 0


def test_random_edit_sequences(qtbot, window):
    rng = random.Random(SEED)
    window.house.folds[0].set_open(True)
    seen = {"current": 0, "waiting": 0}
    for sequence in range(SEQUENCES):
        if rng.random() < 0.2:
            window.results.tabs.setCurrentIndex(rng.randrange(window.results.tabs.count()))
        for _ in range(rng.randint(1, 4)):
            action = one_edit(window, rng)
            settle(qtbot, window)
            try:
                assert_consistent(window)
            except AssertionError as exc:
                raise AssertionError(f"sequence {sequence}, after {action}: {exc}") from exc
            seen[window.results.state] += 1
    assert seen["current"] > 50 and seen["waiting"] > 50  # both paths were really exercised
