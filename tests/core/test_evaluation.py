"""demand/evaluation.py: which heat each row is compared on, and heat-pump sizes."""

from __future__ import annotations

import math

import pytest

from .conftest import evaluated


def test_a_demand_typed_in_is_used_for_every_option_of_the_house():
    ev = evaluated(house={"heated_area_m2": 90, "demand_override_kwh": 12000})
    assert ev.physics.demand.source == ("override",)
    assert ev.physics.demand.used_kwh.tolist() == pytest.approx([12000.0] * len(ev.rows))
    heat = ev.physics.demand.heat_by_month.sum(axis=1)
    assert heat == pytest.approx(ev.physics.demand.used_kwh)  # the loads over the season's hours deliver it


def test_an_envelope_measure_scales_the_houses_demand_by_its_heat_loss_coefficient():
    ev = evaluated(options=[{"device_id": "split_ac"}, {"device_id": "split_ac", "upgrades": ["roof_insulation"]}])
    demand = ev.physics.demand
    assert demand.ua_w_per_k[2] < demand.ua_w_per_k[1] == demand.ua_w_per_k[0]
    assert demand.model_kwh[2] == pytest.approx(demand.model_kwh[0] * demand.ua_w_per_k[2] / demand.ua_w_per_k[0])


def test_a_heat_pump_gets_the_size_asked_for_else_the_recommended_and_other_devices_none():
    ev = evaluated(
        options=[
            {"device_id": "ashp_aw_10kw", "capacity_kw": 14},
            {"device_id": "ashp_aw_12kw"},
            {"device_id": "gas_boiler"},
        ]
    )
    nominal, recommended = ev.physics.nominal_kw, ev.physics.recommended_kw
    assert nominal[1] == 14 and recommended[1] > 0
    assert nominal[2] == recommended[2] and recommended[2] * 2 == math.floor(recommended[2] * 2)  # half kW steps
    assert math.isnan(nominal[3]) and math.isnan(nominal[0])  # a gas boiler, today's coal stove
