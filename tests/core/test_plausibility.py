"""demand/plausibility.py: the season's heat against the region's field ranges and last
winter's figure against the model, worked from the packs' numbers."""

from __future__ import annotations

import numpy as np
import pytest

from heatadvisor.core.comparison.result import comparison
from heatadvisor.core.contract.case_io import case_from_data
from heatadvisor.core.contract.problems import InputError
from heatadvisor.core.devices.scenarios import TYPICAL, UNFAVOURABLE

from .conftest import BASE, evaluated, make_case


def _notices(**changes):
    return comparison(evaluated(**changes), 0).notices


def test_an_ordinary_coal_household_without_last_winter_gets_no_notice():
    assert _notices() == []


def test_a_whole_house_kept_warm_all_day_is_above_the_field_range_and_asks_for_last_winter():
    ev = evaluated(house={"habit": "all_day_18", "heated_area_m2": 130})
    tonnes = ev.physics.energies.quantity[0, TYPICAL]
    band = ev.setting.region.field_ranges.coal_t_per_household
    widen = ev.setting.data.common.field_checks.range_widen.value
    assert tonnes > band.high * (1 + widen)
    [notice] = comparison(ev, 0).notices
    assert notice.code == "estimate_coal_high"
    assert notice.values == {"figure": round(tonnes, 1), "low": band.low, "high": band.high}


def test_a_frugal_insulated_house_heated_electrically_is_checked_on_heat_per_m2():
    ev = evaluated(
        current={"device_id": "direct_electric"},
        house={
            "habit": "frugal_14",
            "wall": "new_standard",
            "windows": "insulated",
            "roof_insulated": True,
            "airtightness": "tight",
            "heated_area_m2": 90,
            "heated_share": 0.3,
        },
    )
    per_m2 = ev.physics.demand.used_kwh[0] / 90
    band = ev.setting.region.field_ranges.heat_kwh_per_m2
    assert per_m2 < band.low * (1 - ev.setting.data.common.field_checks.range_widen.value)
    [notice] = comparison(ev, 0).notices
    assert notice.code == "estimate_heat_low"
    assert notice.values == {"figure": round(per_m2, 1), "low": band.low, "high": band.high}


def test_district_heat_is_never_asked_for_a_figure_it_cannot_give():
    assert _notices(current={"device_id": "district_heat"}, house={"heated_area_m2": 130}) == []


def _ratio(quantity: float) -> float:
    ev = evaluated(current={"device_id": "coal_stove", "last_winter": {"quantity": quantity, "unit": "t"}})
    d = ev.physics.demand
    return float(d.calibrated_kwh[0] / d.model_kwh[0])


def test_last_winter_three_times_the_model_is_asked_again_until_confirmed():
    model_t = evaluated().physics.energies.quantity[0, TYPICAL]
    far = 3.2 * model_t
    [notice] = _notices(current={"device_id": "coal_stove", "last_winter": {"quantity": far, "unit": "t"}})
    assert notice.code == "usage_far_from_model" and notice.values["ratio"] == pytest.approx(_ratio(far), abs=0.005)
    assert notice.values["ratio"] == pytest.approx(3.2, abs=0.01)
    assert (
        _notices(current={"device_id": "coal_stove", "last_winter": {"quantity": far, "unit": "t", "confirmed": True}})
        == []
    )


def test_under_a_third_of_the_model_is_asked_again_and_within_is_used_quietly():
    model_t = evaluated().physics.energies.quantity[0, TYPICAL]
    [low] = _notices(current={"device_id": "coal_stove", "last_winter": {"quantity": model_t / 3.5, "unit": "t"}})
    assert low.code == "usage_far_from_model" and low.values["ratio"] == pytest.approx(1 / 3.5, abs=0.005)
    assert _notices(current={"device_id": "coal_stove", "last_winter": {"quantity": model_t / 2, "unit": "t"}}) == []


def test_2000_tonnes_of_coal_for_89_m2_is_refused_with_the_most_the_house_could_burn():
    ev = evaluated(house={"heated_area_m2": 89})
    s, loss = ev.setting, ev.households[0].loss
    checks = s.data.common.field_checks
    ceiling_kwh = loss.ua_full_w_per_k / 1000 * (np.maximum(checks.impossible_set_c.value - s.temps, 0) @ s.hours)
    table, row = s.devices, ev.physics.devices.index[0]  # the least heat a tonne gives: the stove's lowest efficiency
    most_t = checks.impossible_margin.value * ceiling_kwh / (table.lhv_kwh[row] * table.efficiency[row, UNFAVOURABLE])
    with pytest.raises(InputError) as caught:
        evaluated(
            house={"heated_area_m2": 89},
            current={"device_id": "coal_stove", "last_winter": {"quantity": 2000, "unit": "t"}},
        )
    [problem] = caught.value.problems
    assert (problem.field, problem.reason) == ("current.last_winter.quantity", "usage_impossible")
    assert problem.limit == f"{most_t:.2g}"
    assert 5 < most_t < 100  # tens of tonnes at most, not thousands


def test_a_refused_figure_leaves_the_other_households_of_the_group_compared():
    good, bad = (
        make_case(),
        make_case(current={"device_id": "coal_stove", "last_winter": {"quantity": 2000, "unit": "t"}}),
    )
    from heatadvisor.core.comparison.group import evaluate_cases

    first, second = evaluate_cases([good, bad])
    assert first.error is None and first.evaluation is not None
    assert second.error is not None and second.error.problems[0].reason == "usage_impossible"


def test_an_empty_options_list_is_refused_naming_the_field():
    with pytest.raises(InputError) as caught:
        case_from_data({**BASE, "options": []})
    assert [(p.field, p.reason, p.limit) for p in caught.value.problems] == [("options", "too_short", "1")]


def test_a_heat_pumps_bill_is_refused_only_beyond_what_direct_electric_heat_could_use():
    """Its seasonal COP is uncertain (and a meter counts more than heating), so a kWh counts as
    at least one kWh of heat: a figure above the ceiling at the seasonal COP but below it as
    direct heat is asked again, not refused."""
    ev = evaluated(current={"device_id": "ashp_aw_10kw"}, house={"heated_area_m2": 60})
    s, loss = ev.setting, ev.households[0].loss
    checks = s.data.common.field_checks
    ceiling_kwh = (
        checks.impossible_margin.value
        * loss.ua_full_w_per_k
        / 1000
        * (np.maximum(checks.impossible_set_c.value - s.temps, 0) @ s.hours)
    )
    scop = ev.physics.energies.efficiency[0, TYPICAL]
    between = 0.8 * ceiling_kwh
    assert between * scop > ceiling_kwh  # at its SCOP this figure would be beyond the ceiling
    [notice] = _notices(
        current={"device_id": "ashp_aw_10kw", "last_winter": {"quantity": between, "unit": "kwh"}},
        house={"heated_area_m2": 60},
    )
    assert notice.code == "usage_far_from_model"
    with pytest.raises(InputError):
        evaluated(
            current={"device_id": "ashp_aw_10kw", "last_winter": {"quantity": 1.2 * ceiling_kwh, "unit": "kwh"}},
            house={"heated_area_m2": 60},
        )
