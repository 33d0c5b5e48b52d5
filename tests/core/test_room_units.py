"""Air-to-air units are installed one per heated room: the rooms, their price, capacity and
subsidy scale with the units."""

from __future__ import annotations

import pytest

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.money.subsidy_link import option_facts

from .conftest import evaluated, make_case

SPLIT = [{"device_id": "split_ac"}]


@pytest.mark.parametrize(
    ("area", "share", "rooms"), [(90, 1.0, 5), (90, 0.5, 2), (60, 0.5, 2), (30, 0.3, 1), (130, 1.0, 7)]
)
def test_rooms_from_the_heated_area_by_hand(data, area, share, rooms):
    """Heated area × share ÷ 20 m² (common pack), rounded half up, at least one: 90 → 4.5 → 5;
    45 → 2.25 → 2; 30 → 1.5 → 2; 9 → 0.45 → 1; 130 → 6.5 → 7."""
    assert data.common.geometry.room_m2.value == 20
    ev = evaluated(house={"heated_area_m2": area, "heated_share": share}, options=SPLIT)
    assert ev.physics.units.tolist() == [0, rooms]  # today's stove has no indoor units


def test_rooms_given_win_and_price_capacity_scale_with_them(data):
    unit = data.devices["split_ac"]
    one_pi = data.common.kw_per_pi.value  # the smallest unit sold, 1 匹
    small = {"heated_area_m2": 40, "wall": "brick_ins_100", "windows": "double"}  # needs less than a unit a room
    one = compare(make_case(house={**small, "heated_rooms": 1}, options=SPLIT), data).options[0]
    four = compare(make_case(house={**small, "heated_rooms": 4}, options=SPLIT), data).options[0]
    assert (one.sizing.units, four.sizing.units) == (1, 4)
    price = unit.capital.per_unit_yuan
    assert four.capital_cost == pytest.approx((4 * price.low, 4 * price.typ, 4 * price.high))
    assert one.sizing.nominal_kw == pytest.approx(max(one.sizing.recommended_kw, one_pi))
    assert four.sizing.recommended_kw < 4 * one_pi and four.sizing.nominal_kw == pytest.approx(4 * one_pi)
    assert four.sizing.status != "oversized"  # every room needs its unit, however small the load
    big = compare(
        make_case(house={"heated_area_m2": 130, "wall": "adobe", "heated_rooms": 2}, options=SPLIT), data
    ).options[0]
    assert big.sizing.recommended_kw > 2 * one_pi  # the house's need wins
    assert big.sizing.nominal_kw == pytest.approx(big.sizing.recommended_kw)


def test_multi_split_is_an_outdoor_unit_and_an_indoor_unit_per_room(data):
    device = data.devices["multi_split"]
    option = compare(make_case(house={"heated_rooms": 4}, options=[{"device_id": "multi_split"}]), data).options[0]
    c = device.capital
    assert option.capital_cost[1] == pytest.approx(c.fixed_yuan.typ + 4 * c.per_unit_yuan.typ)
    assert option.tech == "ashp_air_air" and option.sizing.units == 4


def test_a_one_unit_device_keeps_its_single_price(data):
    option = compare(
        make_case(house={"heated_rooms": 4, "emitter": "floor"}, options=[{"device_id": "ashp_aw_10kw"}]), data
    ).options[0]
    assert option.sizing.units == 0 and option.capital_cost[1] == data.devices["ashp_aw_10kw"].capital.fixed_yuan.typ


def test_the_subsidy_engine_counts_the_units_and_sees_their_price(data):
    facts = option_facts(data.devices["split_ac"], (7500.0, 10500.0, 15000.0), 12.0, 3)
    assert facts.device_count == 3 and facts.price_yuan.typ == 10500.0
    hebei = {"province": "河北省", "county": "清苑区"}
    household = {"hukou_local": True, "owns_house": True, "subsidised_before": False, "low_income": "none"}
    one = compare(
        make_case(location=hebei, household=household, house={"heated_rooms": 1}, options=SPLIT), data
    ).options[0]
    three = compare(
        make_case(location=hebei, household=household, house={"heated_rooms": 3}, options=SPLIT), data
    ).options[0]
    assert one.subsidy <= one.capital_cost[1]  # never more than one unit costs
    assert three.subsidy >= one.subsidy and three.net_capital[1] > one.net_capital[1]


def test_a_price_above_what_any_programme_pays_on_is_asked_at_the_limit(data):
    facts = option_facts(data.devices["multi_split"], (900_000.0, 1_200_000.0, 1_500_000.0), 20.0, 12)
    assert (facts.price_yuan.low, facts.price_yuan.typ, facts.price_yuan.high) == (900_000.0, 1_000_000.0, 1_000_000.0)
