"""The case model refuses what no household can mean, naming the field, and words it in zh and en:
impossible season days, dates far from now, over-long ids, a subsidy above the price."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case_io import case_from_data
from heatadvisor.core.contract.problems import InputError
from heatadvisor.wording import problem_line, reason_text

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "beijing_household.json"


def example(**changes) -> dict:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data.update(changes)
    return data


def only_problem(data: dict):
    with pytest.raises(InputError) as caught:
        case_from_data(data)
    assert len(caught.value.problems) == 1, caught.value.problems
    return caught.value.problems[0]


@pytest.mark.parametrize(
    "field, day",
    [
        ("season_start", "02-30"),
        ("season_end", "04-31"),
        ("season_end", "06-31"),
        ("season_start", "11-31"),
        ("season_end", "02-31"),
    ],
)
def test_a_day_no_year_has_is_refused_at_its_field(field, day):
    problem = only_problem(example(**{field: day}))
    assert (problem.field, problem.reason, problem.limit) == (field, "no_such_day", day)
    assert day in problem_line(problem, "zh") and "没有" in problem_line(problem, "zh")
    assert problem_line(problem, "en").endswith(f"{day} is not a day of the year")


def test_29_february_means_the_end_of_february():
    case = case_from_data(example(season_start="11-15", season_end="02-29"))
    assert case.season_end == "02-28"
    assert compare(case).place.season_end == "02-28"


@pytest.mark.parametrize("day", ["2-28", "13-01", "00-10", "11-00", "1115", "11-15-2026"])
def test_a_season_day_in_another_form_says_how_to_write_it(day):
    problem = only_problem(example(season_start=day))
    assert (problem.field, problem.reason) == ("season_start", "month_day_format")
    assert "11-15" in problem_line(problem, "zh") and "month-day" in problem_line(problem, "en")


@pytest.mark.parametrize("day", ["0001-01-01", "1999-12-31", "2101-01-01", "9999-12-31"])
def test_on_date_is_kept_between_2000_and_2100(day):
    problem = only_problem(example(on_date=day))
    assert (problem.field, problem.reason, problem.limit) == ("on_date", "date_out_of_range", "2000–2100")
    assert "2000–2100" in problem_line(problem, "en")


@pytest.mark.parametrize("day", ["2000-01-01", "2100-12-31"])
def test_on_date_bounds_are_allowed(day):
    assert str(case_from_data(example(on_date=day)).on_date) == day


def test_a_village_batch_id_over_80_characters_is_refused():
    problem = only_problem(example(household={"village_batches": ["ok", "x" * 81]}))
    assert (problem.field, problem.reason, problem.limit) == ("household.village_batches.1", "string_too_long", "80")
    assert problem_line(problem, "zh") == "试点名单：太长了（最多 80 个字）"
    assert case_from_data(example(household={"village_batches": ["x" * 80]})).household.village_batches == ["x" * 80]


def test_an_upgrade_id_over_80_characters_is_refused():
    problem = only_problem(example(options=[{"device_id": "gshp", "upgrades": ["u" * 81]}]))
    assert (problem.field, problem.reason) == ("options.0.upgrades.0", "string_too_long")


def test_a_subsidy_above_the_typed_price_is_refused():
    problem = only_problem(example(options=[{"device_id": "gshp", "price_yuan": 3000, "subsidy_yuan": 900_000}]))
    assert (problem.field, problem.reason, problem.limit) == ("options.0.subsidy_yuan", "subsidy_above_price", "3000")
    assert problem_line(problem, "zh") == "补贴金额：补贴不能比设备价格（3000 元）还多"
    assert problem_line(problem, "en") == "Subsidy: cannot be more than the device price (3000 yuan)"
    case = case_from_data(example(options=[{"device_id": "gshp", "price_yuan": 3000, "subsidy_yuan": 3000}]))
    assert case.options[0].subsidy_yuan == 3000


def test_a_subsidy_above_the_catalogue_price_counts_up_to_the_price_and_says_so():
    result = compare(case_from_data(example(options=[{"device_id": "gshp", "subsidy_yuan": 900_000}])))
    option = result.options[0]
    assert option.subsidy_range == option.capital_cost  # capped at the price in every scenario
    assert option.net_capital == (0.0, 0.0, 0.0)
    assert all(cost >= 0 for cost in option.cumulative_cost)
    capped = [r for r in option.reasons if r.code == "subsidy_covers_price"]
    assert len(capped) == 1
    price = f"{option.capital_cost[1]:,.0f}"
    assert reason_text(capped[0], "zh").startswith(f"补贴最多算到设备价格 {price} 元")
    assert price in reason_text(capped[0], "en")


def test_a_subsidy_below_the_price_is_kept_and_not_remarked():
    result = compare(case_from_data(example(options=[{"device_id": "gshp", "subsidy_yuan": 1000}])))
    option = result.options[0]
    assert option.subsidy == 1000 and option.net_capital[1] == option.capital_cost[1] - 1000
    assert "subsidy_covers_price" not in [r.code for r in option.reasons]


@pytest.mark.parametrize(
    "section, field, text",
    [
        ("location", "township", "两城\x14街道"),
        ("location", "village", "某\n村"),
        ("household", "name", "张\t三"),
        ("household", "phone", "138\x00"),
    ],
)
def test_a_control_character_in_a_name_is_refused_at_its_field(section, field, text):
    """Found by tools/fuzz_cases.py: the subsidy facts refused it later with a pydantic traceback."""
    data = example()
    data[section] = {**data.get(section, {}), field: text}
    problem = only_problem(data)
    assert (problem.field, problem.reason) == (f"{section}.{field}", "control_characters")
    assert problem_line(problem, "zh").endswith("看不见的字符，请删掉")


@pytest.mark.parametrize("field", ["township", "village"])
def test_an_emptied_township_or_village_is_not_given(field):
    """Found by tools/fuzz_cases.py: '' passed the case and failed the subsidy facts' minimum length."""
    data = example()
    data["location"] = {**data["location"], field: " "}
    case = case_from_data(data)
    assert getattr(case.location, field) is None
    assert compare(case).options
