"""The sheet's words without Qt: privacy, fitting rules, subsidies, poster figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case import Case
from heatadvisor.core.contract.case_io import case_from_data
from heatadvisor.sheet.content import LEVELS, SheetContext, build_sheet, heat_pump
from heatadvisor.sheet.poster import build_poster, monthly_energy
from heatadvisor.sheet.table_section import shown_options

from .fixtures import context, many_programmes


def _all_text(sheet) -> str:
    return repr(sheet)


def test_without_consent_nothing_identifies_the_resident(named_case, named):
    sheet = build_sheet(named, context(named_case, consent=False))
    text = _all_text(sheet)
    assert named_case.household.name not in text
    assert named_case.household.phone not in text
    assert named_case.location.village not in text


def test_with_consent_name_village_and_phone_print(named_case, named):
    header = dict(build_sheet(named, context(named_case)).header)
    assert header["户主"] == named_case.household.name
    assert header["村"] == named_case.location.village
    assert header["电话"] == named_case.household.phone


@pytest.mark.parametrize("limits", LEVELS)
def test_table_keeps_the_recommended_option_and_today(named, limits):
    options = shown_options(named, limits)
    assert len(options) <= limits.options
    assert named.recommended in {o.device_id for o in options}
    sheet = build_sheet(named, SheetContext(lang="zh"), limits)
    assert sheet.table.rows[sheet.table.current_row][0][0].endswith("（现在）")


def test_recommendation_states_the_running_cost_and_saving(named, named_case):
    best = next(o for o in named.options if o.device_id == named.recommended)
    sheet = build_sheet(named, context(named_case))
    assert best.name_zh in sheet.recommendation
    assert f"{best.running_cost[1]:,.0f}" in sheet.recommendation
    saving = named.current.running_cost[1] - best.running_cost[1]
    assert f"{abs(saving):,.0f}" in sheet.recommendation


def test_subsidies_list_eligible_first_with_documents_and_place(named, named_case):
    section = build_sheet(named, context(named_case)).subsidies
    assert section.items and section.items[0].eligible
    assert any("身份证" in line or "电费户号" in line for line in section.after)
    assert all(item.apply_at for item in section.items)


def test_many_programmes_are_compacted_and_counted(named, named_case):
    stress = many_programmes(named, 14)
    section = build_sheet(stress, context(named_case), LEVELS[-1]).subsidies
    assert len(section.items) == LEVELS[-1].subsidies_listed
    assert all(not item.met and not item.confirm for item in section.items)
    assert any("10 项" in line for line in section.after)


def test_not_assessed_is_said_not_hidden(named, named_case):
    best = next(o for o in named.options if o.device_id == named.recommended)
    bare = named.model_copy(
        update={"options": [o.model_copy(update={"subsidies": None}) if o is best else o for o in named.options]}
    )
    assert build_sheet(bare, context(named_case)).subsidies.after == (
        "补贴还没有评估。买之前请到村委会或乡镇问清楚能领多少。",
    )


def test_info_box_warns_of_co_and_explains_one_to_one(named, named_case):
    info = dict(build_sheet(named, context(named_case)).info)
    assert "卧室" in info["防煤气中毒"] and "报警器" in info["防煤气中毒"]
    assert "2000 瓦" in info["商家说省电，怎么看"] and "2 度电" in info["商家说省电，怎么看"]
    assert "1 度电只出 1 度热" in info["1 度电出几度热"]


def test_poster_months_regroup_the_same_bins_the_core_used(named):
    poster = build_poster(named, "zh")
    assert poster is not None
    pump = heat_pump(named)
    months = monthly_energy(pump)
    assert [m for m, _, _ in months] == [11, 12, 1, 2, 3]
    bins = pump.heat_pump
    assert sum(h for _, h, _ in months) == pytest.approx(sum(bins.heat_kwh), rel=1e-6)
    assert sum(e for _, _, e in months) == pytest.approx(sum(bins.electricity_kwh), rel=1e-6)
    assert f"{bins.seasonal_cop:.1f}" in poster.headline
    assert len(poster.rows) == 5 and all("1 度电 → " in value for _, value in poster.rows)


def test_no_heat_pump_no_poster(named):
    bare = named.model_copy(update={"options": [o for o in named.options if o.heat_pump is None]})
    assert build_poster(bare, "zh") is None


EXAMPLES = Path(__file__).parents[2] / "examples"


PELLET_OR_AIR = [{"device_id": d} for d in ("pellet_stove", "split_ac", "ashp_air_air_lowamb", "carbon_crystal")]
"""Rizhao's options without the air-to-water pump, about as cheap there as the split AC once its emitters are
not bought again with it: the pellet stove and the split AC are the close call."""
PELLET_ASKED = {"prices": {"pellet_yuan_per_t": 1100}, "options": PELLET_OR_AIR}  # the pellet price asked locally


def _compared(path: str, **extra):
    """An example household (with ``extra`` case fields), compared."""
    case = case_from_data({**json.loads((EXAMPLES / path).read_text(encoding="utf-8")), **extra})
    return case, compare(case)


def test_the_table_note_says_only_clean_heating_is_ranked_and_why_the_others_are_not():
    case, result = _compared("harbin_household.json")
    zh = build_sheet(result, SheetContext.from_case(case, consent=False)).table_note
    assert "只给清洁取暖排名" in zh
    assert "火炕（炕连灶）、柴草炉（秸秆/木柴）不算清洁取暖，屋里有烟、有煤气中毒危险，不推荐。" in zh
    assert "村里没有集中供热管网，用不上集中供热/余热供暖。" in zh
    en = build_sheet(result, SheetContext.from_case(case, consent=False, lang="en")).table_note
    assert (
        "Only clean heating is ranked" in en
        and "No heat network reaches the village: District or waste heat cannot be used." in en
    )


def test_the_table_note_says_briquettes_are_a_stopgap_and_banned_in_a_no_coal_zone():
    case, result = _compared("harbin_household.json")
    zh = build_sheet(result, SheetContext.from_case(case, consent=False)).table_note
    assert "清洁炉具（洁净型煤）只是过渡办法：暂时改不了电、气的地方才先用" in zh
    case, result = _compared("jiaozuo_household.json")
    for lang, zone, today in (
        (
            "zh",
            "这里是禁煤区，不让烧煤，型煤也不行：清洁炉具（洁净型煤）用不了。",
            "您家现在的土暖气（燃煤小锅炉+暖气片）也烧煤，在禁煤区不让烧了，要换。",
        ),
        (
            "en",
            "This is a no-coal zone (briquettes included): Improved clean-coal stove on briquettes",
            "burns coal too, which a no-coal zone does not allow",
        ),
    ):
        note = build_sheet(result, SheetContext.from_case(case, consent=False, lang=lang)).table_note
        assert zone in note and today in note and note.index(zone) < note.index(today)


def test_the_advice_says_plainly_what_it_costs_over_the_years_against_today():
    """A season's saving can hide a dearer total (a split AC is bought again after ten years):
    the advice says the total either way, and plainly when clean heating costs more."""
    for example, more in (
        ("rizhao_coal_stove.json", True),
        ("jiaozuo_household.json", False),  # saves once what the AC still has left in year 15 is counted
        ("beijing_household.json", False),
    ):
        case, result = _compared(example)
        best = result.recommended_option()
        gap = round(abs(result.current.horizon_cost[1] - best.horizon_cost[1]))
        zh = build_sheet(result, SheetContext.from_case(case, consent=False)).recommendation
        en = build_sheet(result, SheetContext.from_case(case, consent=False, lang="en")).recommendation
        if more:
            assert f"比现在的办法共多花约 {gap:,} 元：清洁取暖在这里比现在贵。" in zh
            assert f"it costs about {gap:,} yuan more in all than today's heating" in en
        else:
            assert f"比现在的办法共省约 {gap:,} 元。" in zh and f"it saves about {gap:,} yuan in all" in en


def test_what_the_village_has_is_said_and_then_ranked():
    case, result = _compared("harbin_household.json", village={"heat_network": True})
    sheet = build_sheet(result, SheetContext.from_case(case, consent=False))
    assert "村里有集中供热管网。" in sheet.household
    assert "集中供热" not in sheet.table_note
    assert sheet.recommendation.startswith("建议您家改用集中供热/余热供暖")


def test_english_sheet_names_the_place_in_pinyin():
    case, result = _compared("rizhao_coal_stove.json")
    household = build_sheet(result, SheetContext.from_case(case, consent=False, lang="en")).household
    assert household.startswith("Your home is in Shandong Donggang District")


def test_no_subsidy_is_explained_programme_by_programme():
    case, result = _compared("rizhao_coal_stove.json")
    after = build_sheet(result, SheetContext.from_case(case, consent=False)).subsidies.after
    assert after[0] == "按现有资料，这个办法没有能申请的补贴。"
    assert after[1].startswith("电代煤人家采暖季用电全部按第一档电价：") and "不在有效期内" in after[1]


def test_an_estimate_far_from_the_field_says_it_rests_on_the_model_alone():
    from heatadvisor.core.comparison.compare import compare
    from heatadvisor.core.contract.case_io import case_from_data

    data = {
        "location": {"province": "河北省", "county": "清苑区"},
        "current": {"device_id": "coal_stove"},
        "house": {"heated_area_m2": 130, "habit": "all_day_18"},
        "on_date": "2026-11-25",
    }
    for lang, alone, habit, asks in (
        ("zh", "只按房子估算", "一天到晚都烧", "去年冬天烧了多少"),
        (
            "en",
            "rests on the house description alone",
            "whole house kept warm all day",
            "how much was burnt last winter",
        ),
    ):
        text = build_sheet(compare(case_from_data(data)), SheetContext(lang=lang)).household
        assert alone in text and habit in text and asks in text
    data["house"]["habit"] = "day_16_banked_night"
    text = build_sheet(compare(case_from_data(data)), SheetContext(lang="zh")).household
    assert "只烧卧室和客厅" in text and "只按房子估算" not in text


def test_the_recommended_row_says_its_guessed_price_is_to_be_checked():
    case = Case.model_validate(
        {
            "location": {"province": "山东省", "county": "莒县"},
            "house": {"heated_area_m2": 90, "supply_kw": 10},
            "current": {"device_id": "coal_stove"},
            "on_date": "2026-11-25",
            "options": [{"device_id": "split_ac"}, {"device_id": "ashp_aw_10kw", "price_yuan": 40000}],
        }
    )
    comparison = compare(case)
    best = comparison.recommended_option()
    assert best is not None and best.unverified
    for lang, mark in (("zh", "价格待核实"), ("en", "price to be checked")):
        sheet = build_sheet(comparison, SheetContext(lang=lang))
        labels = [row[0] for row in sheet.table.rows]
        assert labels[sheet.table.recommended_row][1] == mark
        assert all(label[1] != mark for i, label in enumerate(labels) if i != sheet.table.recommended_row)


@pytest.mark.parametrize("lang, words", [("zh", "供暖参谋 {} 版"), ("en", "HeatAdvisor {};")])
def test_the_program_version_is_printed_with_the_data_versions(named, named_case, lang, words):
    from heatadvisor import __version__

    line = next(a for a in build_sheet(named, context(named_case, lang)).assumptions if a.startswith(words.split()[0]))
    assert words.format(__version__) in line and "2026-11-25" in line


def test_a_close_call_advises_both_and_marks_both_in_the_table():
    case, result = _compared("rizhao_coal_stove.json", **PELLET_ASKED)
    sheet = build_sheet(result, SheetContext.from_case(case, consent=False))
    assert sheet.recommendation.startswith(
        "建议您家改用生物质颗粒炉或普通分体空调（冬天制热）。这两种 15 年下来花钱差不多"
    )
    pellet, split = (next(o for o in result.options if o.key == key) for key in ("pellet_stove", "split_ac"))
    assert (
        f"生物质颗粒炉：先花约 3,500 元，15 年共约 {pellet.horizon_cost[1]:,.0f} 元；要买燃料" in sheet.recommendation
        and f"普通分体空调（冬天制热）：先花约 10,500 元，15 年共约 {split.horizon_cost[1]:,.0f} 元；不用买燃料"
        in sheet.recommendation
    )
    assert "每个采暖季约花" not in sheet.recommendation  # one option's running figures would pick it again
    labels = [row[0][0] for row in sheet.table.rows]
    assert labels[:2] == ["生物质颗粒炉（推荐）", "普通分体空调（冬天制热）（推荐）"]
    english = build_sheet(result, SheetContext.from_case(case, consent=False, lang="en")).recommendation
    assert english.startswith(
        "We advise Biomass pellet stove or Ordinary split air conditioner, heating mode. The two cost about"
    )
    assert (
        "choose what suits the household. Biomass pellet stove: about 3,500 yuan up front, "
        f"{pellet.horizon_cost[1]:,.0f} in all over 15 years" in english
    )


def test_an_option_on_a_guessed_price_is_not_advised_and_the_sheet_says_what_to_ask():
    bigger = {**json.loads((EXAMPLES / "rizhao_coal_stove.json").read_text(encoding="utf-8"))["house"]}
    bigger["heated_area_m2"] = 120
    # the pellet price is the pack's estimate (E)
    case, result = _compared("rizhao_coal_stove.json", house=bigger, options=PELLET_OR_AIR)
    split, pellet = (next(o for o in result.options if o.key == key) for key in ("split_ac", "pellet_stove"))
    up_to = f"{split.horizon_cost[1] - pellet.horizon_cost[1]:,.0f}"
    zh = build_sheet(result, SheetContext.from_case(case, consent=False))
    assert zh.recommendation.startswith("建议您家改用普通分体空调（冬天制热）。")
    assert f"生物质颗粒炉可能更省（15 年最多少花约 {up_to} 元），但价格是我们估的：先问清价格" in zh.recommendation
    assert "生物质颗粒炉可能更省，但燃料价或电价是我们估的" in zh.table_note
    labels = [row[0][0] for row in zh.table.rows]
    assert labels[0] == "普通分体空调（冬天制热）（推荐）" and "生物质颗粒炉" in labels  # shown, not advised
    en = build_sheet(result, SheetContext.from_case(case, consent=False, lang="en"))
    assert f"Biomass pellet stove may be cheaper (by up to about {up_to} yuan over 15 years)" in en.recommendation
    assert "Biomass pellet stove may be cheaper" in en.table_note


def test_a_close_calls_other_option_gets_its_subsidies_on_the_sheet_too():
    case, result = _compared("rizhao_coal_stove.json", **PELLET_ASKED)
    for lang, words in (
        ("zh", "如果选普通分体空调（冬天制热），"),
        ("en", "If you choose Ordinary split air conditioner"),
    ):
        after = build_sheet(result, SheetContext.from_case(case, consent=False, lang=lang)).subsidies.after
        assert after[-1].startswith(words)


def test_the_other_options_line_names_its_programmes_and_their_total():
    from heatadvisor.sheet.subsidy_section import also_line

    _, result = _compared("jiaozuo_household.json")
    split_ac = next(o for o in result.options if o.key == "split_ac")
    line = also_line(split_ac, "空调", "zh")
    assert line.startswith("如果选空调，能申请：焦作：换装空调（热泵）取暖")
    assert line.endswith("买设备补贴合计：2,000元。")
    pellet = next(o for o in result.options if o.key == "pellet_stove")
    assert also_line(pellet, "颗粒炉", "zh") == "如果选颗粒炉，按现有资料没有能申请的补贴。"
