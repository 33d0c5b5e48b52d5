"""The subsidy engine inside the comparison: one-off subsidies lower the net price, operating
subsidies step down in the cash flow, and every shipped pack meets the example cases."""

from __future__ import annotations

import pytest

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case_io import case_from_json
from tests.test_cli import EXAMPLES

from .conftest import make_case

HEBEI = {
    "location": {"province": "河北省", "county": "定兴县"},
    "house": {"heated_area_m2": 100},
    "current": {"device_id": "coal_stove"},
    "on_date": "2025-10-01",
}


def test_hebei_operating_subsidy_steps_down_in_the_cash_flow(data):
    result = compare(make_case(**HEBEI, options=[{"device_id": "ashp_aw_10kw"}]), data)
    option = result.options[0]
    kwh = option.electricity_kwh[1]
    yearly = option.operating_subsidy
    # 冀代煤办〔2021〕33号: 0.12 → 0.06 → 0.03 yuan/kWh for years 1–3 / 4–6 / 7–9, up to 10,000 kWh
    assert yearly[0] == pytest.approx(0.12 * min(kwh, 10_000), rel=1e-6)
    assert yearly[3] == pytest.approx(0.06 * min(kwh, 10_000), rel=1e-6)
    assert yearly[6] == pytest.approx(0.03 * min(kwh, 10_000), rel=1e-6)
    assert all(y == 0 for y in yearly[9:])
    assert option.horizon_cost_no_subsidy - option.horizon_cost[1] == pytest.approx(
        option.subsidy + sum(yearly), rel=1e-6
    )


def test_a_typed_subsidy_wins_over_the_engine(data):
    result = compare(
        make_case(**HEBEI, options=[{"device_id": "gas_boiler", "price_yuan": 4000, "subsidy_yuan": 500}]), data
    )
    option = result.options[0]
    assert option.subsidy_range == (500, 500, 500)
    assert option.net_capital[1] == 3500
    assert option.subsidies is not None  # the checklist is still shown


def test_engine_subsidy_lowers_the_net_price_and_never_exceeds_it(data):
    result = compare(make_case(**HEBEI, options=[{"device_id": "gas_boiler", "price_yuan": 1000}]), data)
    option = result.options[0]
    eligible = [p for p in option.subsidies.programmes if p.status == "eligible" and p.benefit == "capital"]
    assert eligible and option.subsidy > 0
    assert option.subsidy <= option.capital_cost[1] and option.net_capital[1] == option.capital_cost[1] - option.subsidy


def test_todays_system_is_not_assessed(data):
    assert compare(make_case(**HEBEI), data).current.subsidies is None


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_example_is_assessed_by_its_province_packs(example):
    result = compare(case_from_json(example.read_text(encoding="utf-8")))
    assessed = [o for o in result.options if o.subsidies is not None]
    if result.place.province in {"北京市", "河北省", "山东省", "河南省", "天津市", "山西省"}:
        assert assessed, "no option was assessed"
        for option in assessed:
            assert all(p.in_area() or p.status != "eligible" for p in option.subsidies.programmes)
    for option in result.options:
        assert option.subsidy <= option.capital_cost[2] + 1e-6
