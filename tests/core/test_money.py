"""money/: cost over the years worked by hand — from the prices asked for and each row's
season running cost — with no discounting and no escalation, so every year is the same."""

from __future__ import annotations

import numpy as np
import pytest

from heatadvisor.core.devices.scenarios import TYPICAL
from heatadvisor.core.money.economics import discounted, levelised_cost, npv

from .conftest import evaluated


def test_discounting_divides_year_n_by_one_plus_the_rate_to_the_n():
    costs = np.array([100.0, 110.0, 121.0])
    assert discounted(costs, 0.1) == pytest.approx([100.0, 100.0, 100.0])
    assert npv(costs, 0.1) == pytest.approx(300.0)


def test_levelised_cost_is_discounted_cost_over_discounted_heat_from_year_one():
    costs = np.array([1000.0, 200.0, 200.0])  # purchase in year 0, then running
    assert levelised_cost(costs, np.array(1400.0), 0.0) == pytest.approx(1400.0 / 2800.0)
    assert levelised_cost(costs, np.array(0.0), 0.0) == 0.0


def test_horizon_cost_and_payback_of_an_option_bought_at_a_given_price_and_subsidy():
    ev = evaluated(
        options=[{"device_id": "split_ac", "price_yuan": 6000, "subsidy_yuan": 1000}],
        economics={"horizon_years": 5, "discount_rate": 0.0, "price_escalation": 0.0},
        current={"device_id": "direct_electric"},
        location={"province": "黑龙江省", "county": "呼兰区"},
    )  # no subsidy programmes there
    cash, running = ev.money, ev.physics.running.yuan[:, TYPICAL]
    today, split = 0, 1
    assert not cash.subsidised[today] and cash.operating[split].sum() == 0
    assert cash.net_capital[split, TYPICAL] == pytest.approx(5000)
    assert cash.lifetime[split] > 5  # nothing bought again within the horizon
    yearly = running[split] + cash.maintenance[split]
    left = (cash.lifetime[split] - 5) / cash.lifetime[split]  # of its life after the horizon: its worth then
    assert cash.horizon_cost[split, TYPICAL] == pytest.approx(5000 + 5 * yearly - left * 5000)
    assert cash.horizon_cost_no_subsidy[split] == pytest.approx(6000 + 5 * yearly - left * 6000)
    today_yearly = running[today] + cash.maintenance[today]
    assert cash.horizon_cost[today, TYPICAL] == pytest.approx(5 * today_yearly)
    saving = today_yearly - yearly
    assert saving > 0 and cash.payback[split, TYPICAL] == pytest.approx(5000 / saving)
    assert np.isnan(cash.payback[today, TYPICAL])


def test_a_typed_price_is_shared_among_the_parts_as_the_catalogues_are():
    # A water heat pump quoted at 30,000 for an 89 m² house without pipes: the catalogue's 12,000 unit and
    # 10,235 of emitters make the unit 12,000 / 22,235 of it, and only that is bought again in year 12.
    ev = evaluated(
        options=[{"device_id": "ashp_aw_10kw", "price_yuan": 30_000, "subsidy_yuan": 0}],
        house={"heated_area_m2": 89, "emitter": "none"},
        economics={"horizon_years": 15, "discount_rate": 0.0, "price_escalation": 0.0},
        location={"province": "黑龙江省", "county": "呼兰区"},
    )
    paid = np.diff(ev.money.cumulative[1])
    unit = 30_000 * 12_000 / (12_000 + 115 * 89)
    assert ev.money.device_capital[1] == pytest.approx([30_000] * 3)
    assert paid[11] - paid[10] == pytest.approx(unit)
