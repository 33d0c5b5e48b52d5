"""A whole consultation through the real widgets: typing, clicking, keyboard only; results
and charts follow the input, invalid input is flagged and recovers, in both languages."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from heatadvisor.ui.results.data import ProgrammeCard

from .conftest import settle


def table_column(window, column: int) -> list[str]:
    model = window.comparison_tab.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def retype(qtbot, edit, text: str) -> None:
    """Clear the field and type: ASCII as key presses, Chinese as an input method commits it."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(edit, event)


def test_whole_consultation(qtbot, window):
    settle(qtbot, window)
    assert window.results.state == "current"
    # county by pinyin initials, picked from the completer's list with the keyboard
    retype(qtbot, window.location.county, "jx")
    popup = window.location.county.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data().startswith("莒县")
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert window.location.county.text() == "莒县"
    assert "气象站" in window.location.station.text()
    retype(qtbot, window.house.area, "120")
    window.house.wall.set_value("adobe")
    retype(qtbot, window.current.quantity, "3")
    window.current.unit.set_value("t")
    settle(qtbot, window)
    assert window.results.state == "current"
    assert window.results.shown_parts == window.read_form()[0]
    assert window.last.comparison.demand.calibrated_kwh is not None
    assert "按去年用量算" in window.current.demand.text()  # calibrated beside modelled
    names = table_column(window, 0)
    recommended = window.last.comparison.recommended
    assert names[0].startswith("清洁取暖，按 15 年总花费排")  # what the ranking is, above it
    assert window.backend.device_name(recommended, "zh") == names[1]  # recommended first
    assert names[-1].endswith("（现在）")
    assert window.comparison_tab.summary.text().startswith("建议：")
    assert any("\n" in cell for cell in table_column(window, 1))  # typical value over its low–high range
    running_before = table_column(window, 1)
    retype(qtbot, window.house.area, "60")
    settle(qtbot, window)
    assert table_column(window, 1) != running_before  # recomputed live


def test_what_the_village_has_decides_whether_gas_is_ranked(qtbot, window):
    window.location.has.set_value({})
    settle(qtbot, window)
    names, verdicts = table_column(window, 0), table_column(window, 6)
    lacks = names.index("村里没有条件，用不上")
    gas = names.index("燃气壁挂炉（普通）")
    assert gas > lacks and verdicts[gas].startswith("村里没有燃气管道")
    assert window.read_form()[0]["village"] == {}
    qtbot.mouseClick(
        window.location.has.boxes["pipe_gas"],
        Qt.MouseButton.LeftButton,
        pos=window.location.has.boxes["pipe_gas"].rect().center(),
    )
    settle(qtbot, window)
    assert window.read_form()[0]["village"] == {"pipe_gas": True}
    names, verdicts = table_column(window, 0), table_column(window, 6)
    gas = names.index("燃气壁挂炉（普通）")
    assert "村里没有燃气管道" not in verdicts[gas]
    assert window.last.comparison.options[gas - 1].group != "needs_infrastructure"


def _verdicts_fit(tab) -> list[str]:
    """The verdicts the table shows, each checked to fit its row whole (no "…")."""
    metrics = tab.fontMetrics()
    flags = int(Qt.TextFlag.TextWordWrap)
    shown = []
    for i, row in enumerate(tab.model.rows):
        if row.heading or row.note:
            assert tab.table.columnSpan(i, 0) == 7
        text, width = (
            (row.name, tab.table.viewport().width() - 8) if row.note else (row.verdict, tab.table.columnWidth(6) - 8)
        )
        if text and (row.note or not row.heading):
            assert tab.table.rowHeight(i) >= metrics.boundingRect(0, 0, width, 100_000, flags, text).height(), text
            shown.append(text)
    return shown


def test_verdicts_are_read_whole_even_in_large_text(qtbot, make_window):
    """Rows grow to hold their verdict (no "…"); with large text, where the figures leave the
    verdicts no room, each verdict takes a line of its own across the table."""
    window = make_window("zh")
    settle(qtbot, window)
    tab = window.comparison_tab
    verdicts = _verdicts_fit(tab)
    assert not tab.table.isColumnHidden(6) and not any(r.note for r in tab.model.rows)
    font = tab.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    tab.setFont(font)
    settle(qtbot, window)
    assert tab.table.isColumnHidden(6) and tab.table.isColumnHidden(5)
    assert _verdicts_fit(tab) == verdicts  # every verdict still there, whole, on its own line
    assert all(tab.model.rows[i - 1].verdict == "" for i, r in enumerate(tab.model.rows) if r.note)
    tab.setFont(window.font())
    settle(qtbot, window)
    assert not tab.table.isColumnHidden(6) and _verdicts_fit(tab) == verdicts


def test_payback_chart_shows_the_best_four_with_whole_names_and_the_rest_on_request(qtbot, window):
    from heatadvisor.qtkit import charts
    from heatadvisor.ui.results.charts_tab import PAYBACK_LINES

    window.open_tab("charts")
    settle(qtbot, window)
    tab = window.results_side.charts_tab
    qtbot.mouseClick(tab.buttons.button(1), Qt.MouseButton.LeftButton)
    options = window.last.comparison.options
    assert len(options) > PAYBACK_LINES and tab.all_lines.isVisible()

    def lines() -> list[str]:
        chart = tab.payback.chart
        return [chart.reference[0], *(name for name, _ in chart.series)]

    assert lines()[1:] == [o.name_zh for o in options[:PAYBACK_LINES]]
    assert not tab.payback.chart.legend  # drawn beside it instead, with whole names that wrap between entries
    assert all(o.name_zh in tab.legend.text().replace("&nbsp;", " ") for o in options[:PAYBACK_LINES])
    tab.all_lines.setChecked(True)
    assert len(lines()) == len(options) + 1
    looks = [(colour, pen) for _name, colour, pen in charts.legend_entries(lines()[0], lines()[1:], "回本")]
    assert len(set(looks)) == len(looks)  # no two lines (nor the mark) alike
    tab.all_lines.setChecked(False)
    assert len(lines()) == PAYBACK_LINES + 1


@pytest.mark.parametrize("text", ["abc", "-5", "5000"])
def test_invalid_area_is_flagged_and_recovers(qtbot, window, text):
    settle(qtbot, window)
    retype(qtbot, window.house.area, text)
    settle(qtbot, window)
    field = window.house.fields["house.heated_area_m2"]
    assert window.results.state == "waiting"
    assert window.results.shown_parts is None and not window.results.tabs.isEnabled()
    assert field.error.isVisible() and field.error.text()
    assert window.results.banner.text().startswith("结果等待有效输入")
    item = window.results.problems.item(0)
    assert "取暖面积" in item.text()
    window.location.county.setFocus()
    window.results.problems.itemClicked.emit(item)
    assert window.house.area.hasFocus()
    retype(qtbot, window.house.area, "90")
    settle(qtbot, window)
    assert window.results.state == "current" and not field.error.isVisible()


def test_unknown_county_and_unit_mismatch_come_from_the_core(qtbot, window):
    retype(qtbot, window.location.county, "不存在县")
    settle(qtbot, window)
    assert window.location.fields["location.county"].error.text() == "找不到这个县（区），请从列表里选"
    assert window.location.station.text() == ""  # said once, at the field
    assert [window.results.problems.item(i).text() for i in range(window.results.problems.count())] == [
        "县（区）：找不到这个县（区），请从列表里选"
    ]
    retype(qtbot, window.location.county, "莒县")
    retype(qtbot, window.house.fields["house.supply_kw"].editor, "")
    window.current.device.set_value("coal_stove")
    assert [window.current.unit.itemData(i) for i in range(window.current.unit.count())] == ["t", "kg", "yuan"]
    settle(qtbot, window)
    assert window.results.state == "current"


def test_a_bill_for_free_straw_is_asked_again_at_the_unit(qtbot, window):
    """Straw priced at 0 and last winter given in yuan: the core sends the figure back, the
    window says why at the unit and shows no result built on it."""
    window.current.device.set_value("biomass_stove")
    retype(qtbot, window.current.quantity, "4")  # 4 yuan or 4 t (400 t of straw is more than any house burns)
    window.current.unit.set_value("yuan")
    retype(qtbot, window.prices.fields["prices.straw_yuan_per_t"].editor, "0")
    settle(qtbot, window)
    assert window.results.state == "waiting"
    assert "按花的钱算不出烧了多少" in window.current.fields["current.last_winter.unit"].error.text()
    window.current.unit.set_value("t")
    settle(qtbot, window)
    assert window.results.state == "current"


def test_folded_field_with_a_problem_opens(qtbot, window):
    fold = window.house.folds[0]
    assert not fold.is_open()
    retype(qtbot, window.house.hours, "30")  # more than 24 hours a day
    settle(qtbot, window)
    assert fold.is_open() and window.house.fields["house.hours_per_day"].error.isVisible()


def test_supply_warning_shows_at_the_option(qtbot, window):
    window.house.folds[0].set_open(True)
    retype(qtbot, window.house.supply, "1.5")
    settle(qtbot, window)
    warnings = {d: row.warning.text() for d, row in window.options.rows.items() if row.warning.text()}
    assert warnings and all("电表" in text for text in warnings.values())
    assert any(row.warning.isVisible() for row in window.options.rows.values())


def test_option_price_problem_marks_its_own_row(qtbot, window):
    ticked = window.options.ticked()
    row = window.options.rows[ticked[1]]
    retype(qtbot, row.price, "-1")
    settle(qtbot, window)
    assert window.options.fields[f"options.{ticked[1]}.price_yuan"].error.isVisible()
    assert not window.options.fields[f"options.{ticked[0]}.price_yuan"].error.isVisible()
    path = window.last.problems[0].field
    assert path == "options.1.price_yuan"
    window.focus_field(path)
    assert row.price.hasFocus()


def test_prices_marked_when_edited_and_reset(qtbot, window):
    coal = window.prices.edits["coal_yuan_per_t"]
    default = coal.text()
    label = window.prices.fields["prices.coal_yuan_per_t"].label
    assert default and "改过" not in label.text()
    retype(qtbot, coal, "1200")
    settle(qtbot, window)
    assert "改过" in label.text()
    assert window.last.parts["prices"] == {"coal_yuan_per_t": 1200.0}
    qtbot.mouseClick(window.prices.reset, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert coal.text() == default and "改过" not in label.text()
    assert window.last.parts["prices"] == {}


def test_tab_order_follows_the_form(qtbot, window):
    expected = [
        window.location.township,
        window.location.village,
        *window.location.has.boxes.values(),
        window.house.area,
        window.house.wall,
    ]
    window.location.county.setFocus()
    order = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == expected


def test_claims_check(qtbot, window):
    window.open_tab("claims")
    window.results_side.claims_tab.heater.set_value("graphene_panel")
    settle(qtbot, window)
    figures = window.results_side.claims_tab.data
    assert figures is not None and figures.heater_name == "石墨烯电暖器"
    assert figures.heater_cost[1] > 2 * figures.heat_pump_cost[1]
    assert "1 度电只出 1 度热" in window.results_side.claims_tab.figures.text()
    assert window.results_side.claims_tab.rule.text().startswith("1 度电 = 1 度热")


def test_explain_page(qtbot, window):
    window.open_tab("explain")
    settle(qtbot, window)
    assert window.results_side.explain_tab.headline.text().startswith("在莒县，热泵平均 1 度电出")
    assert window.results_side.explain_tab.headline.font().pointSizeF() >= 26
    assert window.results_side.explain_tab.print_button.isEnabled()
    body = window.results_side.explain_tab.body.text()
    for month in (11, 12, 1, 2, 3):  # month by month over the season, as the printed poster
        assert f"{month}月：1 度电出 " in body


def test_subsidy_checklist_links_to_fields(qtbot, window):
    window.open_tab("subsidies")
    settle(qtbot, window)
    shown = window.results_side.subsidy_tab.programmes  # the engine's programmes for Shandong, in words
    assert shown and all(
        p.status in ("eligible", "not_eligible", "needs_info", "expired", "not_started") for p in shown
    )
    assert all(not re.search(r"\b[a-z]+_[a-z_]+\b", " ".join(p.reasons)) for p in shown), "a code left unworded"
    window.results_side.subsidy_tab.show_programmes(None)
    assert (
        window.results_side.subsidy_tab.placeholder.isVisible()
        and "补贴" in window.results_side.subsidy_tab.placeholder.text()
    )
    window.results_side.subsidy_tab.show_programmes(
        [
            ProgrammeCard(
                "清洁取暖设备补贴",
                "needs_info",
                ["要知道户口在不在本村"],
                "金额：最多 3,000 元",
                "要带的材料：身份证",
                "去哪儿办：村委会",
                [("household.hukou_local", "户口在本村")],
            ),
            ProgrammeCard("运行电价补贴", "eligible", ["已装热泵"], "金额：0.2 元/度", None, "去哪儿办：供电所", []),
        ],
        "低温空气源热泵",
    )
    assert not window.results_side.subsidy_tab.placeholder.isVisible()
    titles = [
        label.text()
        for label in window.results_side.subsidy_tab.list.findChildren(
            type(window.results_side.subsidy_tab.placeholder)
        )
        if label.objectName() == "programme"
    ]
    assert titles == ["?  清洁取暖设备补贴", "✓  运行电价补贴"]
    from PySide6.QtWidgets import QPushButton

    ask = window.results_side.subsidy_tab.list.findChildren(QPushButton)[0]
    assert ask.text() == "去问：户口在本村"
    qtbot.mouseClick(ask, Qt.MouseButton.LeftButton)
    assert window.household.facts_fold.is_open()
    assert window.household.facts["hukou_local"].hasFocus()


@pytest.mark.parametrize("language", ["zh", "en"])
def test_consultation_in_each_language(qtbot, make_window, language):
    window = make_window(language)
    settle(qtbot, window)
    words = {"zh": ("房子", "对比", "建议："), "en": ("House", "Comparison", "Recommended:")}[language]
    assert window.house.title() == words[0]
    assert window.results.tabs.tabText(0) == words[1]
    assert window.comparison_tab.summary.text().startswith(words[2])
    retype(qtbot, window.house.area, "x")
    settle(qtbot, window)
    error = window.house.fields["house.heated_area_m2"].error.text()
    assert error == {"zh": "要填数字", "en": "must be a number"}[language]


def test_language_switch_without_restart(qtbot, window, settings):
    settle(qtbot, window)
    window.language_actions["en"].trigger()
    settle(qtbot, window)
    assert window.house.title() == "House"
    assert window.windowTitle() == "HeatAdvisor"
    assert window.comparison_tab.summary.text().startswith("Recommended:")
    assert settings.language == "en"
    window.language_actions["zh"].trigger()
    settle(qtbot, window)
    assert window.house.title() == "房子"
    assert window.comparison_tab.summary.text().startswith("建议：")


def test_greyed_results_and_province_names_follow_the_language(qtbot, window):
    settle(qtbot, window)
    retype(qtbot, window.house.area, "x")  # the results go grey, waiting for a number
    settle(qtbot, window)
    assert window.results.state == "waiting"
    window.language_actions["en"].trigger()
    settle(qtbot, window)
    names = table_column(window, 0)
    assert window.comparison_tab.summary.text().startswith("Recommended:")
    assert names[0] == "Clean heating, cheapest over 15 years first"
    assert not any(re.search("[\u4e00-\u9fff]", text) for text in names + table_column(window, 6))
    assert window.location.province.currentText() == "Shandong"
    assert window.location.province.value() == "山东省"  # the case keeps the Chinese name
    window.language_actions["zh"].trigger()
    settle(qtbot, window)
    assert window.location.province.currentText() == "山东省"


def test_large_text_mode(qtbot, window, settings, qapp):
    size = window.house.area.font().pointSizeF()
    window.large_text_action.setChecked(True)
    try:
        assert settings.large_text
        # an input never marked has no style sheet: like every label, it takes the font at the next event
        qtbot.waitUntil(lambda: window.house.area.font().pointSizeF() > size, timeout=2000)
        assert window.form.widget().minimumSizeHint().width() <= window.form.viewport().width()
    finally:
        window.large_text_action.setChecked(False)


def test_the_heating_habit_is_a_plain_question_and_a_doubtful_estimate_asks_for_last_winter(qtbot, window):
    """Left open, a coal household heats two rooms by day and banks the fire at night; a whole
    house kept warm all day is far above what households here burn, so the window asks, above
    the table and at the figure, for last winter's use; a figure far from the model is asked
    again until staff tick that it was checked."""
    settle(qtbot, window)
    assert window.last.comparison.demand.habit == "day_16_banked_night"
    assert window.comparison_tab.notice.text() == "" and window.current.notice.isHidden()
    window.house.habit.set_value("all_day_18")
    retype(qtbot, window.house.area, "130")
    settle(qtbot, window)
    parts, _ = window.read_form()
    assert parts["house"]["habit"] == "all_day_18" and "heated_share" not in parts["house"]
    assert window.last.comparison.notices[0].code == "estimate_coal_high"
    assert window.comparison_tab.notice.isVisible() and "去年冬天烧了多少" in window.comparison_tab.notice.text()
    assert window.current.notice.text() == window.comparison_tab.notice.text()
    window.house.habit.set_value("day_16_banked_night")
    retype(qtbot, window.current.quantity, "15")
    window.current.unit.set_value("t")
    settle(qtbot, window)
    assert "再核对" in window.current.notice.text() and window.current.notice.isVisible()
    window.current.confirmed.setChecked(True)
    settle(qtbot, window)
    assert window.current.notice.isHidden() and window.comparison_tab.notice.text() == ""
    assert window.last.comparison.demand.source == "calibrated"


def test_the_recommended_option_says_its_guessed_price_is_to_be_checked(qtbot, window):
    settle(qtbot, window)
    comparison = window.last.comparison
    best = comparison.recommended_option()
    assert best is not None and best.unverified  # the default window's advice rests on an estimate
    verdicts = [cell for cell in table_column(window, 6) if cell]  # group headings have none; the advice leads
    assert ("设备价格待核实" in verdicts[0]) == ("capital" in best.unverified)
    assert ("电价或燃料价格待核实" in verdicts[0]) == ("running" in best.unverified)
    assert not any("价格待核实" in cell for cell in verdicts[1:])  # only beside the advice


def test_the_cop_chart_is_the_same_on_both_tabs_and_english_in_english(qtbot, make_window):
    window = make_window("en")
    window.open_tab("explain")
    settle(qtbot, window)
    explained = window.results_side.explain_tab.chart.chart
    window.open_tab("charts")
    window.results_side.charts_tab.show_chart(3)
    settle(qtbot, window)
    charted = window.results_side.charts_tab.cop.chart
    assert charted == explained  # one chart: the same hours, COP and words
    assert (explained.x_title, explained.bars[0], explained.line[0]) == (
        "Outdoor temperature °C",
        "Hours",
        "kWh of heat per kWh of electricity",
    )
