"""contract/typical_year.py: one reading of a month-day ("11-15") for the case, every pack kind
that names a day of the season, the climate's season bins and the tariffs' heating window."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from heatadvisor.core.contract.case import Case
from heatadvisor.core.contract.typical_year import (
    DAYS_IN_MONTH,
    MonthDay,
    day_of_year,
    month_day,
    season_days_by_month,
)
from heatadvisor.core.packs.region_schema import Season
from heatadvisor.core.subsidies.amount_types import SeasonSpan
from heatadvisor.core.tariffs.models import SeasonWindow

from .conftest import BASE

NOT_WRITTEN_SO = ("1-15", "11/15", "13-01", "00-10", "11-00", "11-1", " 11-15x", "")
NO_SUCH_DAY = ("02-29", "02-30", "04-31", "06-31", "09-31", "11-31")


def test_a_day_is_read_as_month_and_day():
    assert month_day("11-15") == MonthDay(11, 15) == (11, 15)
    assert month_day("02-28").month == 2 and month_day("12-31").day == 31


@pytest.mark.parametrize("text", NOT_WRITTEN_SO)
def test_a_day_not_written_month_day_is_refused_with_its_code(text):
    with pytest.raises(ValueError) as caught:
        month_day(text)
    assert caught.value.type == "month_day_format"


@pytest.mark.parametrize("text", NO_SUCH_DAY)
def test_a_day_the_typical_year_lacks_is_refused_with_its_code(text):
    with pytest.raises(ValueError) as caught:
        month_day(text)
    assert (caught.value.type, caught.value.context) == ("no_such_day", {"expected": text})


def test_days_of_the_year_run_from_0_to_364():
    assert [day_of_year((1, 1)), day_of_year((3, 1)), day_of_year((12, 31))] == [0, 59, 364]
    with pytest.raises(ValueError):
        day_of_year((2, 29))


def test_a_season_over_new_year_counts_its_days_month_by_month():
    assert season_days_by_month((11, 15), (3, 15)) == {11: 16, 12: 31, 1: 31, 2: 28, 3: 15}
    assert sum(season_days_by_month((3, 1), (2, 28)).values()) == 365  # the day after the end: the whole year
    assert season_days_by_month((1, 10), (1, 10)) == {1: 1}


def test_a_tariffs_heating_window_is_each_months_share_of_the_season():
    window = SeasonWindow(start="11-15", end="03-15", src="test")
    expected = [31 / 31, 28 / 28, 15 / 31, 0, 0, 0, 0, 0, 0, 0, 16 / 30, 31 / 31]
    assert window.month_fractions() == pytest.approx(expected)
    assert len(DAYS_IN_MONTH) == 12 and sum(DAYS_IN_MONTH) == 365


def pack_day(kind: type[BaseModel], text: str) -> None:
    extra = {"src": "test"} if kind in (Season, SeasonWindow) else {}
    kind.model_validate({"start": "11-15", "end": text, **extra})


@pytest.mark.parametrize("kind", [Season, SeasonWindow, SeasonSpan])
def test_every_pack_kind_refuses_the_same_days_with_the_same_codes(kind):
    pack_day(kind, "03-15")
    for text, code in [*((t, "month_day_format") for t in NOT_WRITTEN_SO), *((t, "no_such_day") for t in NO_SUCH_DAY)]:
        with pytest.raises(ValidationError) as caught:
            pack_day(kind, text)
        assert [(e["loc"], e["type"]) for e in caught.value.errors()] == [(("end",), code)], text


def test_the_case_reads_29_february_as_the_end_of_february_and_refuses_the_rest_alike():
    assert Case.model_validate({**BASE, "season_end": "02-29"}).season_end == "02-28"
    for text, code in [("11/15", "month_day_format"), ("02-30", "no_such_day")]:
        with pytest.raises(ValidationError) as caught:
            Case.model_validate({**BASE, "season_end": text})
        assert [e["type"] for e in caught.value.errors()] == [code]
