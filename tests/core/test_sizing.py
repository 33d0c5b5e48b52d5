"""demand/sizing.py: the design-day draw against the household's supply, worked from the
design load and the region's figures."""

from __future__ import annotations

import pytest

from heatadvisor.core.demand.sizing import SUPPLY_STATUS

from .conftest import evaluated


def rows_of(ev, device_id):
    return [i for i, r in enumerate(ev.rows) if r.device.id == device_id and not r.is_current]


def test_direct_electric_draws_its_design_load_and_a_storage_heater_charges_it_in_the_valley_hours():
    ev = evaluated(options=[{"device_id": "direct_electric"}, {"device_id": "storage_heater"}], house={"supply_kw": 6})
    base, load, equip = ev.setting.region.household_base_kw.value, ev.physics.demand.design_load_kw, ev.equipment
    direct, storage = rows_of(ev, "direct_electric")[0], rows_of(ev, "storage_heater")[0]
    assert equip.peak_kw[direct] == pytest.approx(load[direct] + base)
    valley_hours = len(ev.setting.valley_hours) or 8
    assert equip.peak_kw[storage] == pytest.approx(load[storage] * 24 / valley_hours + base)
    assert equip.supply_kw[direct] == 6 and not equip.supply_is_default[direct]


def test_the_supply_is_tight_above_80_percent_and_exceeded_above_100():
    first = evaluated(options=[{"device_id": "direct_electric"}], house={"supply_kw": 50})
    row = rows_of(first, "direct_electric")[0]
    total = first.equipment.peak_kw[row]  # the same for any supply
    for supply_kw, expected in [(total * 2, "ok"), (total / 0.9, "tight"), (total * 0.9, "exceeded")]:
        ev = evaluated(options=[{"device_id": "direct_electric"}], house={"supply_kw": round(supply_kw, 2)})
        assert SUPPLY_STATUS[ev.equipment.supply_status[row]] == expected


def test_what_draws_no_electricity_has_no_supply_status():
    ev = evaluated(options=[{"device_id": "gas_boiler"}])
    assert ev.equipment.supply_status[0] == -1  # today's coal stove
