"""Many households at once give each one exactly what it gets alone (one code path)."""

from __future__ import annotations

import json
import math

import pytest

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.comparison.group import evaluate_cases
from heatadvisor.core.comparison.result import comparison
from heatadvisor.core.comparison.summary import summarise
from heatadvisor.core.contract.case_io import case_from_data
from heatadvisor.core.contract.problems import InputError

VILLAGE = [
    {
        "location": {"province": "山东省", "county": "莒县"},
        "house": {"heated_area_m2": 90},
        "current": {"device_id": "coal_stove", "last_winter": {"quantity": 2, "unit": "t"}},
    },
    {
        "location": {"province": "山东省", "county": "莒县"},
        "house": {"heated_area_m2": 140, "wall": "adobe", "emitter": "none"},
        "current": {"device_id": "coal_boiler", "last_winter": {"quantity": 2600, "unit": "yuan"}},
    },
    {
        "location": {"province": "山东省", "county": "莒县"},
        "house": {"heated_area_m2": 60, "heated_share": 0.5, "supply_kw": 4},
        "current": {"device_id": "carbon_crystal", "last_winter": {"quantity": 2500, "unit": "kwh"}},
        "options": [
            {"device_id": "split_ac"},
            {"device_id": "ashp_aw_10kw", "upgrades": ["roof_insulation"]},
            {"device_id": "gas_boiler", "subsidy_yuan": 1000},
        ],
    },
    {
        "location": {"province": "北京市", "county": "房山区"},
        "house": {"heated_area_m2": 100},
        "current": {"device_id": "coal_stove"},
    },
    {
        "location": {"province": "北京市", "county": "房山区"},
        "house": {"heated_area_m2": 64, "emitter": "none"},
        "current": {"device_id": "coal_stove"},
    },  # per-m² subsidies below their cap: the area counts
    {
        "location": {"province": "北京市", "county": "房山区"},
        "house": {"heated_area_m2": 75, "demand_override_kwh": 9000},
        "current": {"device_id": "ashp_aw_10kw", "last_winter": {"quantity": 4000, "unit": "kwh"}},
    },
    {
        "location": {"province": "河南省", "county": "解放区"},
        "house": {"heated_area_m2": 120},
        "current": {"device_id": "gas_boiler", "last_winter": {"quantity": 900, "unit": "m3"}},
        "prices": {"electricity_yuan_per_kwh": 0.56},
        "economics": {"horizon_years": 10, "income_yuan_per_year": 20000},
    },
]


def _cases():
    return [case_from_data({**c, "on_date": "2026-11-25"}) for c in VILLAGE]


def _close(a, b, path=""):
    """Equal JSON trees, numbers to 1e-9 relative."""
    if isinstance(a, dict):
        assert a.keys() == b.keys(), path
        for k in a:
            _close(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b)):
            _close(x, y, f"{path}[{i}]")
    elif isinstance(a, float) and isinstance(b, float):
        assert a == pytest.approx(b, rel=1e-9, abs=1e-9), path
    else:
        assert a == b, path


def test_each_household_of_a_village_gets_what_it_gets_alone(data):
    cases = _cases()
    together = evaluate_cases(cases, data)
    assert len({id(o.evaluation) for o in together}) == 3  # three places (and prices): three groups
    assert [o.household for o in together] == [0, 1, 2, 0, 1, 2, 0]
    for case, outcome in zip(cases, together):
        assert outcome.error is None
        alone = json.loads(compare(case, data).model_dump_json())
        _close(json.loads(comparison(outcome.evaluation, outcome.household).model_dump_json()), alone)


def test_a_summary_states_the_comparison_figures(data):
    """The batch's way (no programme-by-programme account) gives the full comparison's money."""
    for case, outcome in zip(_cases(), evaluate_cases(_cases(), data, explain=False)):
        summary = summarise(outcome.evaluation, outcome.household)
        result = compare(case, data)
        best = result.recommended_option()
        assert summary.demand_kwh == pytest.approx(result.demand.used_kwh)
        assert summary.current_running_yuan == pytest.approx(result.current.running_cost[1])
        if best is None:
            assert summary.recommended is None and math.isnan(summary.running_yuan)
            continue
        assert summary.recommended == best.device_id and summary.recommended_name_zh == best.name_zh
        assert summary.running_yuan == pytest.approx(best.running_cost[1])
        assert summary.net_capital_yuan == pytest.approx(best.net_capital[1])
        assert summary.horizon_cost_yuan == pytest.approx(best.horizon_cost[1])
        assert summary.payback_years == (
            None if best.payback_years[1] is None else pytest.approx(best.payback_years[1])
        )
        assert summary.co2_saving_kg == pytest.approx(result.current.co2_kg - best.co2_kg)
        assert summary.supply_status == (best.supply.status if best.supply else "")


def test_a_bad_household_does_not_stop_the_others(data):
    cases = _cases()
    bad = case_from_data(
        {**VILLAGE[0], "current": {"device_id": "coal_stove", "last_winter": {"quantity": 900, "unit": "m3"}}}
    )
    unknown = case_from_data({**VILLAGE[0], "current": {"device_id": "no_such_stove"}})
    outcomes = evaluate_cases([cases[0], bad, cases[1], unknown], data)
    assert [o.error is None for o in outcomes] == [True, False, True, False]
    assert isinstance(outcomes[1].error, InputError)
    assert [p.field for p in outcomes[1].error.problems] == ["current.last_winter.unit"]
    assert [p.field for p in outcomes[3].error.problems] == ["current.device_id"]
    assert summarise(outcomes[2].evaluation, outcomes[2].household).demand_kwh == pytest.approx(
        compare(cases[1], data).demand.used_kwh
    )
