"""demand/energy.py on a three-bin climate worked by hand: −10 °C for 100 h, 0 °C for 200 h,
10 °C for 300 h; two season months; half of the coldest bin's hours and a quarter of the
middle one's in the valley."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from heatadvisor.core.demand.energy import (
    demand_valley_share,
    fixed_efficiency,
    flow_temps,
    heat_pumps,
    loads_kw,
)
from heatadvisor.core.devices.scenarios import FAVOURABLE, TYPICAL, UNFAVOURABLE

CLIMATE = SimpleNamespace(
    temps=np.array([-10.0, 0.0, 10.0]),
    hours=np.array([100.0, 200.0, 300.0]),
    month_hours=np.array([[60.0, 120.0, 100.0], [40.0, 80.0, 200.0]]),  # (S, M): the hours split over two months
    valley_share=np.array([0.5, 0.25, 0.0]),
    data=SimpleNamespace(common=SimpleNamespace(heat_pumps=SimpleNamespace(min_flow_c=SimpleNamespace(value=30.0)))),
)


def test_loads_are_k_times_the_degrees_below_the_balance_point():
    loads = loads_kw(CLIMATE, np.array([0.2, 0.2]), np.array([15.0, 5.0]))
    assert loads == pytest.approx(np.array([[5.0, 3.0, 1.0], [3.0, 1.0, 0.0]]))


def test_fixed_efficiency_fuel_is_heat_over_heating_value_times_efficiency():
    fuel = fixed_efficiency(np.array([10.0]), np.array([[0.8, 0.5, 0.4]]), np.array([[600.0, 400.0]]))
    assert fuel.shape == (1, 3, 2)
    assert fuel[0, FAVOURABLE] == pytest.approx([75.0, 50.0])
    assert fuel[0, TYPICAL] == pytest.approx([120.0, 80.0])
    assert fuel[0, UNFAVOURABLE] == pytest.approx([150.0, 100.0])


def test_a_heat_pump_short_of_capacity_is_backed_up_at_cop_one():
    loads = np.array([[5.0, 3.0, 1.0]])
    season = heat_pumps(
        CLIMATE,
        loads,
        rated=np.array([[2.0, 3.0, 4.0]]),
        capacity=np.array([[4.0, 4.0, 4.0]]),
        factors=np.array([[1.0, 0.5, 0.25]]),
    )
    # favourable: 4 kW at COP 2 plus 1 kW backup, 3 kW at COP 3, 1 kW at COP 4 → 3, 1, 0.25 kW
    assert season.quantity[0, FAVOURABLE] == pytest.approx(3 * 100 + 1 * 200 + 0.25 * 300)
    # typical (COP halved): 4/1 + 1, 3/1.5, 1/2 → 5, 2, 0.5 kW
    assert season.electric_kw[0] == pytest.approx([5.0, 2.0, 0.5])
    assert season.quantity[0, TYPICAL] == pytest.approx(5 * 100 + 2 * 200 + 0.5 * 300)
    assert season.cop[0] == pytest.approx([1.0, 1.5, 2.0])
    assert season.backup_kw[0] == pytest.approx([1.0, 0.0, 0.0])
    heat = 5 * 100 + 3 * 200 + 1 * 300
    assert season.efficiency[0, FAVOURABLE] == pytest.approx(heat / 575.0)
    assert season.valley_share[0, FAVOURABLE] == pytest.approx((3 * 100 * 0.5 + 1 * 200 * 0.25) / 575.0)
    assert season.by_month[0, TYPICAL] == pytest.approx([5 * 60 + 2 * 120 + 0.5 * 100, 5 * 40 + 2 * 80 + 0.5 * 200])


def test_a_heat_pump_with_no_load_uses_nothing_and_reports_no_cop():
    season = heat_pumps(CLIMATE, np.zeros((1, 3)), np.full((1, 3), 3.0), np.full((1, 3), 4.0), np.ones((1, 3)))
    assert season.quantity[0] == pytest.approx([0, 0, 0]) and season.efficiency[0] == pytest.approx([0, 0, 0])
    assert season.valley_share[0] == pytest.approx([0, 0, 0])


def test_the_valley_share_of_demand_weighs_the_colder_hours_more():
    share = demand_valley_share(CLIMATE, np.array([[5.0, 3.0, 1.0], [0.0, 0.0, 0.0]]))
    assert share == pytest.approx([(5 * 100 * 0.5 + 3 * 200 * 0.25) / 1400.0, 0.0])


def test_water_flow_follows_the_load_between_minimum_and_design_flow_and_air_units_heat_room_air():
    loads = np.array([[5.0, 3.0, 1.0]] * 3)
    sinks = flow_temps(
        CLIMATE, np.array([np.nan, 20.0, np.nan]), np.array([50.0, 50.0, 50.0]), loads, np.array([10.0, 10.0, 0.0])
    )
    assert sinks[0] == pytest.approx([40.0, 36.0, 32.0, 50.0])  # the design day last, at the design flow
    assert sinks[1] == pytest.approx([20.0] * 4)
    assert sinks[2] == pytest.approx([30.0] * 4)  # no design load: the minimum flow
