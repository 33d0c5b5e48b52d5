"""Prices that lapsed or are our guesses: the bill falls back to the ordinary tariff and says
when the special price ended; an option whose cost rests on an E-coded number carries it."""

from __future__ import annotations

import datetime

from heatadvisor.core.comparison.compare import compare

from .conftest import make_case

SHANXI = {"province": "山西省", "county": "清徐县"}


def _lapsed(result) -> list[str]:
    return [str(a.values["end"]) for a in result.assumptions if a.code == "assume_heating_price_lapsed"]


def test_a_lapsed_heating_price_is_said_with_its_end_date(data):
    today = compare(make_case(location=SHANXI, options=[{"device_id": "split_ac"}]), data)
    assert _lapsed(today) == ["2019-03-15"]  # Shanxi's 2018–19 volume tariff for heating meters
    in_force = compare(make_case(location=SHANXI, on_date="2018-12-01", options=[{"device_id": "split_ac"}]), data)
    assert _lapsed(in_force) == []
    typed = compare(
        make_case(location=SHANXI, prices={"electricity_yuan_per_kwh": 0.5}, options=[{"device_id": "split_ac"}]), data
    )
    assert _lapsed(typed) == []  # a flat price typed in is the household's own


def test_lapsed_on_by_kind(data):
    electricity = data.tariffs["tariffs.shandong"].electricity
    assert electricity.lapsed_on(datetime.date(2023, 3, 31)) == []  # last day still in force
    assert electricity.lapsed_on(datetime.date(2023, 4, 1)) == [datetime.date(2023, 3, 31)]
    assert data.tariffs["tariffs.hebei"].electricity.lapsed_on(datetime.date(2026, 11, 25)) == []


def test_a_guessed_device_price_is_marked_and_a_typed_one_is_not(data):
    result = compare(
        make_case(
            options=[
                {"device_id": "split_ac"},
                {"device_id": "ashp_aw_10kw"},
                {"device_id": "multi_split", "price_yuan": 12000},
            ]
        ),
        data,
    )
    by_key = {o.key: o for o in result.options}
    assert "capital" in by_key["split_ac"].unverified  # cost_air_air_e is our estimate
    assert "capital" not in by_key["ashp_aw_10kw"].unverified  # Midea class prices, C
    assert "capital" not in by_key["multi_split"].unverified  # the staff typed the price in
    assert "capital" not in result.current.unverified  # today's stove is bought already


def test_a_guessed_fuel_price_or_tier_is_marked(data):
    shandong = compare(make_case(options=[{"device_id": "clean_coal_stove"}, {"device_id": "ashp_aw_10kw"}]), data)
    by_key = {o.key: o for o in shandong.options}
    assert "running" in by_key["clean_coal_stove"].unverified  # briquettes outside Hebei: E
    assert "running" not in by_key["ashp_aw_10kw"].unverified  # Shandong tiers are sourced
    typed = compare(make_case(options=[{"device_id": "clean_coal_stove"}], prices={"briquette_yuan_per_t": 1000}), data)
    assert "running" not in typed.options[0].unverified
    big = {"heated_area_m2": 200, "wall": "adobe"}
    shanxi = compare(make_case(location=SHANXI, house=big, options=[{"device_id": "direct_electric"}]), data)
    assert "running" in shanxi.options[0].unverified  # it reaches Shanxi's E-coded third tier
