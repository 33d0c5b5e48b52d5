"""demand/calibration.py: last winter's figure turned into the heat the house took, worked by
hand from the case and the catalogue's figures."""

from __future__ import annotations

import pytest

from heatadvisor.core.contract.problems import InputError
from heatadvisor.core.devices.scenarios import TYPICAL

from .conftest import evaluated


def test_a_bill_in_yuan_at_a_flat_price_is_that_many_kwh_of_direct_electric_heat():
    ev = evaluated(
        current={"device_id": "direct_electric", "last_winter": {"quantity": 600, "unit": "yuan"}},
        prices={"electricity_yuan_per_kwh": 0.5},
    )
    assert ev.physics.demand.source == ("calibrated",)
    assert ev.physics.demand.calibrated_kwh[0] == pytest.approx(600 / 0.5)
    assert ev.physics.demand.used_kwh[0] == pytest.approx(1200)


def test_tonnes_of_coal_are_heat_through_the_stoves_typical_efficiency():
    ev = evaluated(current={"device_id": "coal_stove", "last_winter": {"quantity": 2, "unit": "t"}})
    table, row = ev.setting.devices, ev.physics.devices.index[0]
    assert ev.physics.demand.calibrated_kwh[0] == pytest.approx(2 * table.lhv_kwh[row] * table.efficiency[row, TYPICAL])


def test_without_calibration_the_figure_is_shown_but_the_model_is_used():
    ev = evaluated(
        current={"device_id": "coal_stove", "last_winter": {"quantity": 2, "unit": "t"}, "use_calibration": False}
    )
    demand = ev.physics.demand
    assert demand.source == ("model",) and demand.used_kwh[0] == pytest.approx(demand.model_kwh[0])
    assert demand.calibrated_kwh[0] > 0


def test_a_unit_that_does_not_fit_the_fuel_names_the_field():
    with pytest.raises(InputError) as caught:
        evaluated(current={"device_id": "coal_stove", "last_winter": {"quantity": 900, "unit": "kwh"}})
    assert [(p.field, p.reason) for p in caught.value.problems] == [("current.last_winter.unit", "unit_mismatch")]
