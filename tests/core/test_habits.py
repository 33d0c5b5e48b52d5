"""demand/heat_loss.py ``lived``: how a house is heated when the case leaves it open — the
common pack's habit presets, worked by hand from their numbers."""

from __future__ import annotations

import pytest

from heatadvisor.core.contract.case import House
from heatadvisor.core.demand.heat_loss import heat_loss, lived
from heatadvisor.core.setting.bundle import bundled

from .conftest import evaluated


@pytest.fixture(scope="module")
def common():
    return bundled().common


def test_a_coal_household_that_says_nothing_heats_two_rooms_by_day_and_banks_the_fire_at_night(common):
    house = lived(House(heated_area_m2=90), common, "coal")
    assert house.habit == "day_16_banked_night"
    assert (house.heated_share, house.indoor_temp_c, house.hours_per_day, house.night_temp_c) == (36 / 90, 16, 14, 8)


def test_the_banked_habit_loses_what_two_rooms_lose_at_the_day_and_night_mean(common):
    g = common.geometry
    loss = heat_loss(lived(House(heated_area_m2=90), common), common)  # no fuel: the pack's default habit
    share = 36 / 90
    assert loss.ua_w_per_k == pytest.approx(loss.ua_full_w_per_k * (share + (1 - share) * g.unheated_room_factor.value))
    assert loss.mean_set_temp_c == pytest.approx((14 * 16 + 10 * 8) / 24)
    assert loss.gains_w == pytest.approx(g.internal_gains_w_per_m2.value * 90 * share)


def test_the_same_two_rooms_are_most_of_a_small_house_and_all_of_a_tiny_one(common):
    assert lived(House(heated_area_m2=60), common, "coal").heated_share == pytest.approx(0.6)
    assert lived(House(heated_area_m2=30), common, "coal").heated_share == 1.0


def test_a_household_on_a_heat_network_heats_the_whole_house_all_day(common):
    house = lived(House(heated_area_m2=90), common, "district_heat")
    assert house.habit == "all_day_18"
    assert (house.heated_share, house.indoor_temp_c, house.hours_per_day) == (1.0, 18, 24)


def test_numbers_the_case_gives_win_over_its_habit(common):
    house = lived(House(heated_area_m2=90, habit="frugal_14", indoor_temp_c=20, heated_share=0.7), common, "coal")
    assert (house.heated_share, house.indoor_temp_c, house.hours_per_day, house.night_temp_c) == (0.7, 20, 10, 6)


def test_own_hours_without_a_night_set_point_cool_by_the_usual_drop_not_the_habits_night(common):
    house = lived(House(heated_area_m2=90, hours_per_day=12, indoor_temp_c=18), common, "coal")
    assert house.night_temp_c is None
    drop = common.geometry.off_hours_drop_k.value
    assert heat_loss(house, common).mean_set_temp_c == pytest.approx((12 * 18 + 12 * (18 - drop)) / 24)


def test_the_habits_order_the_season_from_frugal_to_all_day():
    used = {
        habit: evaluated(house={"habit": habit}).physics.demand.used_kwh[0]
        for habit in ("frugal_14", "day_16_banked_night", "all_day_18")
    }
    assert used["frugal_14"] < used["day_16_banked_night"] < used["all_day_18"]


def test_the_result_names_the_habit_it_used():
    from heatadvisor.core.comparison.result import comparison

    assert comparison(evaluated(), 0).demand.habit == "day_16_banked_night"
    assert comparison(evaluated(house={"habit": "frugal_14"}), 0).demand.habit == "frugal_14"


def test_every_preset_fits_the_case_bounds(common):
    for habit_id, preset in common.habits.presets.items():
        House(
            heated_area_m2=90,
            habit=habit_id,
            heated_share=preset.heated_share.value,
            indoor_temp_c=preset.indoor_temp_c.value,
            hours_per_day=preset.hours_per_day.value,
            night_temp_c=preset.night_temp_c.value,
        )  # raises if a pack number is out of bounds


def test_the_loss_is_worked_only_on_a_lived_house_and_keeps_how_it_is_heated(common):
    with pytest.raises(ValueError, match="lived"):
        heat_loss(House(heated_area_m2=90), common)
    house = lived(House(heated_area_m2=90), common, "coal")
    heats = heat_loss(house, common).heating
    assert (heats.habit, heats.heated_share, heats.indoor_temp_c, heats.hours_per_day) == (
        house.habit,
        house.heated_share,
        house.indoor_temp_c,
        house.hours_per_day,
    )
