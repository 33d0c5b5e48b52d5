"""Who may pay a special heating price is pack data (``converted_from``): Beijing's 煤改电 valley
price and its subsidies are for households converted from coal, so a household heating with LPG
or gas today pays the ordinary tiers for an electric option, and the sheet does not assume TOU."""

from __future__ import annotations

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case_io import case_from_data
from heatadvisor.core.setting.bundle import bundled


def _beijing(device_id: str, **prices: object) -> dict:
    return {
        "location": {"province": "北京市", "county": "延庆区"},
        "house": {"heated_area_m2": 90},
        "current": {"device_id": device_id},
        "prices": prices,
        "on_date": "2026-11-25",
    }


def _heat_pump(result):
    return next(o for o in result.options if o.device_id == "ashp_aw_10kw")


def test_beijing_valley_price_is_for_households_converted_from_coal():
    tariff = bundled().tariff_for(bundled().region_for("北京市"), "北京市", "北京市").electricity
    assert tariff.for_heating_with("coal") is tariff
    plain = tariff.for_heating_with("lpg")
    assert plain.tou is None and plain.subsidies == () and plain.tiers == tariff.tiers
    assert tariff.for_heating_with("lpg") is plain  # one copy per tariff and fuel


def test_a_non_coal_beijing_household_gets_the_plain_tariff():
    coal = compare(case_from_data(_beijing("coal_stove")))
    lpg = compare(case_from_data(_beijing("lpg_heater")))
    assert "assume_tou" in [a.code for a in coal.assumptions]
    assert "assume_tou" not in [a.code for a in lpg.assumptions]
    by_coal, by_lpg = _heat_pump(coal), _heat_pump(lpg)
    assert by_lpg.electricity_kwh == by_coal.electricity_kwh  # same house, same heat pump, same use
    assert by_lpg.running_cost[1] > by_coal.running_cost[1] * 1.5  # tiers from 0.4883 up, not 0.3 less 0.2
    # the plain tariff's bill, by hand: the heating's extra over a year of ordinary use on the monthly tiers
    on_tiers = compare(case_from_data(_beijing("lpg_heater", use_tou=False)))
    assert _heat_pump(on_tiers).running_cost == by_lpg.running_cost


def test_every_converted_from_names_a_fuel_of_the_common_pack():
    data = bundled()
    fuels = set(data.common.fuels)
    for pack in data.tariffs.values():
        electricity = pack.electricity
        terms = [*electricity.seasonal, *electricity.subsidies, *([electricity.tou] if electricity.tou else [])]
        for term in terms:
            assert set(term.converted_from or ()) <= fuels, (pack.pack_id, term.scope)
