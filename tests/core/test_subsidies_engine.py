"""The engine on small packs: every condition, amount type, relation and date rule."""

from __future__ import annotations

from datetime import date
from itertools import accumulate, pairwise

import pytest

from heatadvisor.core.subsidies import (
    HouseholdFacts,
    OptionFacts,
    evaluate,
    operating_subsidy_by_year,
)
from heatadvisor.core.subsidies.amounts import tariff_subsidy_yuan
from heatadvisor.core.subsidies.results import ProgrammeResult, SubsidyAssessment
from tests.core.test_subsidies_fixtures import make_pack, money, programme_data

ON = date(2025, 6, 1)
HOME = dict(province="河北省", prefecture="保定市", county="清苑区")
HP = dict(tech="ashp_air_water")


def run(*programmes, household=None, option=None, on=ON, **pack_overrides) -> SubsidyAssessment:
    pack = make_pack(*programmes, **pack_overrides)
    household = HOME if household is None else household
    return evaluate([pack], HouseholdFacts(**household), OptionFacts(**(option or HP)), on)


def only(assessment: SubsidyAssessment, pid: str = "p1") -> ProgrammeResult:
    return next(p for p in assessment.programmes if p.programme_id == pid)


def reason(result: ProgrammeResult, code: str):
    return next(r for r in result.reasons if r.code == code)


# --- conditions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "household, outcome, question",
    [
        (HOME, "met", None),
        ({**HOME, "province": "山东省"}, "not_met", None),
        ({}, "unknown", "province"),
        ({"province": "河北省"}, "unknown", "prefecture"),
        ({"province": "山东省"}, "not_met", None),  # a known mismatch beats an unknown level
    ],
)
def test_region_levels(household, outcome, question):
    region = {"provinces": ["河北省"], "prefectures": ["保定市"]}
    result = only(run(programme_data(region=region), household=household))
    assert reason(result, "region").outcome == outcome
    assert reason(result, "region").question == question


def test_region_adcode_decides_when_given():
    region = {"provinces": ["山东省"], "counties": ["东港区"], "adcodes": ["371102"]}
    inside = only(run(programme_data(region=region), household={"county_adcode": "371102"}))
    outside = only(run(programme_data(region=region), household={"county_adcode": "210603"}))
    assert (inside.status, outside.status) == ("eligible", "not_eligible")


def test_tech_coverage_by_category():
    covers = {"categories": ["heat_pump"]}
    assert only(run(programme_data(covers=covers), option={"tech": "gshp"})).status == "eligible"
    result = only(run(programme_data(covers=covers), option={"tech": "gas_boiler"}))
    assert result.status == "not_eligible" and reason(result, "tech").outcome == "not_met"


@pytest.mark.parametrize(
    "condition, code, field, good, bad",
    [
        ({"hukou_local": True}, "hukou_local", "hukou_local", True, False),
        ({"heats_with_coal_now": True}, "heats_with_coal", "heats_with_coal_now", True, False),
        ({"owns_house": True}, "owns_house", "owns_house", True, False),
        ({"not_subsidised_before": True}, "not_subsidised_before", "subsidised_before", False, True),
        ({"low_income_in": ["dibao", "tekun"]}, "low_income", "low_income", "tekun", "monitored"),
        ({"heated_area": {"min_m2": money(20), "max_m2": money(150)}}, "heated_area", "heated_area_m2", 90.0, 180.0),
        ({"village_batches": ["b1"]}, "village_batch", "village_batches", ["b1"], ["b2"]),
    ],
)
def test_household_conditions(condition, code, field, good, bad):
    batches = {"b1": {"name": {"zh": "第一批"}, "src": "doc"}}
    prog = programme_data(conditions=condition)
    results = {
        label: only(run(prog, household={**HOME, **answer}, batches=batches))
        for label, answer in (("good", {field: good}), ("bad", {field: bad}), ("unknown", {}))
    }
    assert results["good"].status == "eligible"
    assert results["bad"].status == "not_eligible"
    assert results["unknown"].status == "needs_info"
    assert results["unknown"].questions == [field]
    assert reason(results["unknown"], code).question == field


@pytest.mark.parametrize(
    "condition, code, field, good, bad",
    [
        ({"efficiency_grade_or_better": 2}, "efficiency_grade", "efficiency_grade", 1, 3),
        (
            {"min_cop": [{"point": "A-12/W35", "cop": money(2.5)}]},
            "low_ambient_cop",
            "rated_cop",
            {"A-12/W35": 2.7},
            {"A-12/W35": 2.2},
        ),
        (
            {"purchase_window": {"date": "purchase", "valid_from": "2025-Q1", "valid_until": "2025-H1"}},
            "purchase_window",
            "purchase_date",
            "2025-06-30",
            "2025-07-01",
        ),
        ({"purchase_window": {"date": "install"}}, "purchase_window", "install_date", "2025-01-10", "2024-12-31"),
    ],
)
def test_option_conditions(condition, code, field, good, bad):
    prog = programme_data(conditions=condition, valid_from="2025", valid_until="2026")
    results = {
        label: only(run(prog, option={**HP, **answer}))
        for label, answer in (("good", {field: good}), ("bad", {field: bad}), ("unknown", {}))
    }
    assert [results[k].status for k in ("good", "bad", "unknown")] == ["eligible", "not_eligible", "needs_info"]
    assert results["unknown"].questions == [field]
    assert reason(results["bad"], code).outcome == "not_met"


def test_cop_at_a_point_the_option_does_not_state_is_asked():
    prog = programme_data(conditions={"min_cop": [{"point": "A-20/W35", "cop": money(2.0)}]})
    result = only(run(prog, option={**HP, "rated_cop": {"A-12/W35": 2.7}}))
    assert result.status == "needs_info" and result.questions == ["rated_cop"]


def test_village_batch_by_the_villages_the_pack_lists():
    batches = {
        "b1": {
            "name": {"zh": "示范村"},
            "src": "doc",
            "villages": [{"township": "河山镇", "village": "东村"}, {"village": "西村"}],
        }
    }
    prog = programme_data(conditions={"village_batches": ["b1"]})

    def status(**where):
        result = only(run(prog, household={**HOME, **where}, batches=batches))
        return result.status, result.questions

    assert status() == ("needs_info", ["village"])
    assert status(village="东村") == ("needs_info", ["township"])
    assert status(village="东村", township="河山镇") == ("eligible", [])
    assert status(village="东村", township="别的镇") == ("not_eligible", [])
    assert status(village="西村") == ("eligible", [])
    assert status(village="北村") == ("not_eligible", [])


# --- amounts ---------------------------------------------------------------------------

PRICE = {"low": 10_000.0, "typ": 15_000.0, "high": 30_000.0}


@pytest.mark.parametrize(
    "amount, facts, expected",
    [
        ({"type": "fixed", "yuan": money(3700)}, {}, (3700, 3700, 3700)),
        ({"type": "percent_of_cost", "percent": money(40), "cap_yuan": money(6000)}, {}, (4000, 6000, 6000)),
        ({"type": "percent_of_cost", "percent": money(20)}, {}, (2000, 3000, 6000)),
        ({"type": "per_m2", "yuan_per_m2": money(100), "cap_yuan": money(12000)}, {"area": 90}, (9000,) * 3),
        ({"type": "per_m2", "yuan_per_m2": money(100), "cap_yuan": money(12000)}, {"area": 150}, (12000,) * 3),
        ({"type": "per_m2", "yuan_per_m2": money(100), "max_m2": money(60)}, {"area": 90}, (6000,) * 3),
        ({"type": "per_kw", "yuan_per_kw": money(500), "cap_yuan": money(4000)}, {"capacity_kw": 6.0}, (3000,) * 3),
        ({"type": "per_kw", "yuan_per_kw": money(500), "cap_yuan": money(4000)}, {"capacity_kw": 12.0}, (4000,) * 3),
        ({"type": "per_device", "yuan_per_device": money(800), "max_devices": 2}, {"device_count": 3}, (1600,) * 3),
    ],
)
def test_capital_amount_types(amount, facts, expected):
    area = facts.pop("area", None)
    household = {**HOME, "heated_area_m2": area} if area else HOME
    result = only(run(programme_data(amount=amount), household=household, option={**HP, "price_yuan": PRICE, **facts}))
    assert result.status == "eligible"
    assert result.amount.points() == pytest.approx(expected)


@pytest.mark.parametrize(
    "amount, field",
    [
        ({"type": "percent_of_cost", "percent": money(40)}, "price_yuan"),
        ({"type": "per_m2", "yuan_per_m2": money(100)}, "heated_area_m2"),
        ({"type": "per_kw", "yuan_per_kw": money(500)}, "capacity_kw"),
        ({"type": "per_device", "yuan_per_device": money(800)}, "device_count"),
    ],
)
def test_amount_inputs_missing_are_asked(amount, field):
    result = only(run(programme_data(amount=amount)))
    assert result.status == "needs_info" and result.questions == [field] and result.amount is None


HEBEI_STEPS = [
    {"from_year": 1, "to_year": 3, "rate": money(0.12), "cap_quantity": money(10000), "cap_yuan": money(1200)},
    {"from_year": 4, "to_year": 6, "rate": money(0.06), "cap_quantity": money(10000)},
    {"from_year": 7, "to_year": 9, "rate": money(0.03), "cap_quantity": money(10000)},
]


def test_stepped_operating_subsidy_by_year():
    prog = programme_data(amount={"type": "operating", "energy": "electricity", "steps": HEBEI_STEPS})
    assessment = run(prog)
    assert only(assessment).status == "eligible" and assessment.capital_total.typ == 0
    assert operating_subsidy_by_year(assessment.operating, 6000, 0, 10) == pytest.approx(
        [720, 720, 720, 360, 360, 360, 180, 180, 180, 0]
    )
    # above the quantity cap the season pays the cap
    assert operating_subsidy_by_year(assessment.operating, 15000, 0, 7) == pytest.approx(
        [1200, 1200, 1200, 600, 600, 600, 300]
    )
    # gas quantities do not feed an electricity schedule; a season never pays more than its bill
    assert operating_subsidy_by_year(assessment.operating, 0, 5000, 2).tolist() == [0.0, 0.0]
    assert operating_subsidy_by_year(assessment.operating, 6000, 0, 2, season_cost_yuan=500).tolist() == [500, 500]


def test_stepped_operating_subsidy_in_the_cash_flow():
    """Cumulative cost of a heat pump with and without subsidies: the purchase subsidy
    lowers year 0 and the operating subsidy narrows the gap less and less as it steps down."""
    capital = programme_data("cap", amount={"type": "fixed", "yuan": money(3700)})
    operating = programme_data("op", amount={"type": "operating", "energy": "electricity", "steps": HEBEI_STEPS})
    assessment = run(capital, operating, option={**HP, "price_yuan": 15000.0})
    price, bill, kwh, years = 15000.0, 3000.0, 6000.0, 12
    subsidy = operating_subsidy_by_year(assessment.operating, kwh, 0, years)
    without = list(accumulate([price] + [bill] * years))
    with_subsidy = list(accumulate([price - assessment.capital_subsidy()] + [bill - s for s in subsidy]))
    gap = [a - b for a, b in zip(without, with_subsidy)]
    assert gap[0] == pytest.approx(3700)
    assert gap[-1] == pytest.approx(3700 + 3 * 720 + 3 * 360 + 3 * 180)
    steps = [later - earlier for earlier, later in pairwise(gap)]
    assert steps == pytest.approx([720] * 3 + [360] * 3 + [180] * 3 + [0] * 3)


def test_lump_operating_subsidy_any_fuel():
    prog = programme_data(
        covers={"categories": ["gas"]},
        amount={
            "type": "operating",
            "energy": "any",
            "steps": [{"from_year": 1, "to_year": 3, "yuan_per_season": money(1200)}],
        },
    )
    assessment = run(prog, option={"tech": "gas_boiler"})
    assert operating_subsidy_by_year(assessment.operating, 0, 0, 4).tolist() == [1200, 1200, 1200, 0]
    assert "amount_is_maximum" in only(assessment).cautions


def test_tariff_programme_is_described_for_the_tariff_code():
    prog = programme_data(
        amount={
            "type": "tariff",
            "energy": "electricity",
            "valley_price": money(0.3),
            "valley_hours": {"start": "20:00", "end": "08:00"},
            "subsidy_per_kwh": money(0.2),
            "subsidy_cap_kwh": money(10000),
            "subsidy_on": "valley",
            "seasons": 3,
        }
    )
    assessment = run(prog)
    (term,) = assessment.tariff_programmes
    assert (term.valley_price, term.valley_start, term.valley_end) == (0.3, "20:00", "08:00")
    assert tariff_subsidy_yuan([term], valley_kwh=12000, heating_kwh=15000) == pytest.approx(2000)
    assert tariff_subsidy_yuan([term], valley_kwh=4000, heating_kwh=15000, year=4) == 0
    assert assessment.capital_total.typ == 0 and assessment.operating == []


def test_template_amount_not_set():
    prog = programme_data(amount={"type": "to_be_set", "benefit": "capital"})
    result = only(run(prog, template=True))
    assert result.amount is None and result.applied.typ == 0
    assert {"amount_not_set", "template_pack"} <= set(result.cautions)


# --- relations -------------------------------------------------------------------------


def test_prerequisites_all_and_any():
    base = programme_data("base", conditions={"heats_with_coal_now": True})
    other = programme_data("other", region={"provinces": ["山东省"]})
    needs_all = programme_data("all", relations={"requires_all": ["base"]})
    needs_any = programme_data("any", relations={"requires_any": ["other", "base"]})
    needs_other = programme_data("only-other", relations={"requires_all": ["other"]})
    progs = (base, other, needs_all, needs_any, needs_other)
    unknown = run(*progs)
    assert only(unknown, "all").status == "needs_info"
    assert only(unknown, "all").questions == ["heats_with_coal_now"]
    assert only(unknown, "any").status == "needs_info"
    assert only(unknown, "only-other").status == "not_eligible"
    yes = run(*progs, household={**HOME, "heats_with_coal_now": True})
    assert [only(yes, p).status for p in ("all", "any")] == ["eligible", "eligible"]
    no = run(*progs, household={**HOME, "heats_with_coal_now": False})
    assert [only(no, p).status for p in ("all", "any")] == ["not_eligible", "not_eligible"]


def test_mutual_exclusion_counts_the_larger():
    small = programme_data("small", amount={"type": "fixed", "yuan": money(1000)}, relations={"excludes": ["big"]})
    big = programme_data("big", amount={"type": "fixed", "yuan": money(3000)})
    assessment = run(small, big, option={**HP, "price_yuan": 20000.0})
    assert assessment.capital_total.typ == 3000
    assert only(assessment, "small").applied.typ == 0
    assert only(assessment, "small").decisions[0].code == "excluded_by"
    assert only(assessment, "small").status == "eligible"  # eligible, but not counted


def test_income_qualified_twin_replaces_general_programme():
    general = programme_data("general", amount={"type": "fixed", "yuan": money(2000)})
    poor = programme_data(
        "poor",
        amount={"type": "fixed", "yuan": money(3000)},
        conditions={"low_income_in": ["dibao"]},
        relations={"replaces": ["general"]},
    )
    price = {**HP, "price_yuan": 20000.0}
    dibao = run(general, poor, household={**HOME, "low_income": "dibao"}, option=price)
    assert dibao.capital_total.typ == 3000
    assert only(dibao, "general").decisions[0].code == "replaced_by"
    ordinary = run(general, poor, household={**HOME, "low_income": "none"}, option=price)
    assert ordinary.capital_total.typ == 2000
    unknown = run(general, poor, option=price)
    assert unknown.capital_total.typ == 2000
    assert only(unknown, "general").decisions[0].code == "twin_pending"
    assert unknown.questions == ["low_income"]


def test_combined_maximum_and_cost_cap():
    a = programme_data("pa", amount={"type": "fixed", "yuan": money(1000)})
    b = programme_data("pb", amount={"type": "fixed", "yuan": money(1500)})
    c = programme_data("pc", amount={"type": "fixed", "yuan": money(800)})
    groups = [{"id": "group", "programmes": ["pa", "pb"], "max_yuan": money(2000)}]
    assessment = run(a, b, c, combined_maximums=groups, option={**HP, "price_yuan": 10000.0})
    assert assessment.capital_total.typ == 2800
    assert only(assessment, "pb").applied.typ == 1000
    assert only(assessment, "pb").decisions[0].code == "combined_maximum"
    cheap = run(
        a, b, c, combined_maximums=groups, option={**HP, "price_yuan": {"low": 1500, "typ": 2500, "high": 4000}}
    )
    assert cheap.capital_total.points() == (1500, 2500, 2800)
    assert cheap.decisions[0].code == "capped_at_cost"
    unknown_price = run(a, c)
    assert unknown_price.decisions[0].code == "cost_unknown"


# --- dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "valid_from, valid_until, on, status",
    [
        ("2018", "2018", date(2018, 12, 31), "eligible"),
        ("2018", "2018", date(2019, 1, 1), "expired"),
        ("2025-H2", None, date(2025, 6, 30), "not_started"),
        ("2025-H2", None, date(2025, 7, 1), "eligible"),
        (None, "2024-Q1", date(2024, 3, 31), "eligible"),
        (None, "2024-Q1", date(2024, 4, 1), "expired"),
        ("2018-11-20", "2023-03-31", date(2023, 4, 1), "expired"),
    ],
)
def test_validity_at_its_precision(valid_from, valid_until, on, status):
    prog = programme_data(valid_from=valid_from, valid_until=valid_until)
    assessment = run(prog, on=on, option={**HP, "price_yuan": 9000.0})
    assert only(assessment).status == status
    assert assessment.capital_total.typ == (1000 if status == "eligible" else 0)


def test_expired_programme_keeps_its_reasons_and_is_never_counted():
    prog = programme_data(valid_until="2018", conditions={"hukou_local": True})
    result = only(run(prog))
    assert result.status == "expired" and result.questions == [] and result.applied.typ == 0
    assert reason(result, "in_force").outcome == "not_met"
    assert result.valid_until_precision == "year"


def test_evaluation_date_defaults_to_today():
    assessment = evaluate([make_pack()], HouseholdFacts(**HOME), OptionFacts(**HP))
    assert assessment.on == date.today()
