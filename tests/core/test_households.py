"""demand/households.py: each household's rows. The region's default options are made once per
region, bundle and today's device (a village asks thousands of times), in a cache that stays
bounded however many kinds of households come."""

from __future__ import annotations

from heatadvisor.core.demand import households
from heatadvisor.core.demand.households import household_rows
from heatadvisor.core.setting.setting import Kept, setting_for

from .conftest import make_case

CURRENT = ("coal_stove", "coal_boiler", "biomass_stove", "kang", "direct_electric")


def rows_of(device_id: str, data):
    case = make_case(current={"device_id": device_id})
    return household_rows(case, setting_for(case, data), 0)[1]


def test_households_with_the_same_system_share_the_default_options(data):
    first, again = rows_of("coal_stove", data), rows_of("coal_stove", data)
    assert [r.device.id for r in first] == [r.device.id for r in again]
    assert all(a.choice is b.choice for a, b in zip(first, again))  # made once, not per household
    assert first[0].is_current and first[0].device.id == "coal_stove"
    assert "coal_stove" not in {r.device.id for r in first[1:]}  # today's system is not offered again


def test_the_default_options_cache_keeps_no_more_than_its_limit(monkeypatch, data):
    monkeypatch.setattr(households, "_DEFAULTS", Kept(2))
    first = [r.device.id for r in rows_of(CURRENT[0], data)]
    for device_id in CURRENT:
        rows_of(device_id, data)
        assert len(households._DEFAULTS) <= 2
    assert [r.device.id for r in rows_of(CURRENT[0], data)] == first  # dropped, then made again the same
