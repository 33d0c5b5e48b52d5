"""Close calls (issue 11): when the runner-up clean option costs about the same over the
horizon, both are the advice, told apart by daily life, never one picked by a few yuan."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.comparison.ranking import close_calls, pair_first
from heatadvisor.core.contract.case_io import case_from_data
from heatadvisor.core.setting.bundle import bundled

RIZHAO = json.loads((Path(__file__).parents[2] / "examples" / "rizhao_coal_stove.json").read_text(encoding="utf-8"))


def test_the_runner_up_is_a_close_call_only_when_both_are_ranked_clean_and_it_is_within_the_share():
    horizon = np.array([100.0, 109.0, 110.0, 100.0, 120.0])
    clean, stopgap = 0, 2
    techs = ["a", "b", "c", "d", "e"]
    order = [[0, 1], [0, 2], [3, 4], [0], []]
    assert close_calls(order, [clean] * 5, techs, horizon, 0.10) == [
        1,
        None,
        None,
        None,
        None,
    ]  # 110 is not < 100 + 10 %
    assert close_calls([[0, 1]], [clean, stopgap, clean, clean, clean], techs, horizon, 0.10) == [
        None
    ]  # a stopgap never shares
    assert close_calls([[3, 4]], [clean] * 5, techs, horizon, 0.25) == [4]


def test_another_size_of_the_same_technology_is_not_a_close_call_the_next_technology_is():
    horizon = np.array([100.0, 101.0, 105.0, 100.0, 101.0])
    clean = 0
    techs = ["ashp_water", "ashp_water", "split_ac", "ashp_water", "ashp_water"]
    assert close_calls([[0, 1, 2]], [clean] * 5, techs, horizon, 0.10) == [2]  # the bigger pump is skipped
    assert close_calls([[3, 4]], [clean] * 5, techs, horizon, 0.10) == [None]  # only sizes of one pump


def test_the_pack_states_the_margin_with_its_source():
    share = bundled().common.close_call_share
    assert share.value == 0.1 and share.src == "close_call_e"


def test_rizhao_pellet_stove_and_split_air_conditioner_are_both_advised_with_what_each_is_like():
    asked = {
        **RIZHAO,
        "prices": {"pellet_yuan_per_t": 1100},  # the pellet price asked locally (the pack's is ours)
        "options": [{"device_id": d} for d in ("pellet_stove", "split_ac", "ashp_air_air_lowamb", "carbon_crystal")],
    }  # (the air-to-water pump, its emitters not bought twice, is about as cheap as the split AC here)
    result = compare(case_from_data(asked))
    call = result.close_call
    assert call is not None and call.keys == ["pellet_stove", "split_ac"] == [o.key for o in result.options[:2]]
    pellet, split = result.options[:2]
    assert call.yuan == abs(split.horizon_cost[1] - pellet.horizon_cost[1])  # the one cheaper up front comes first
    assert 0 < call.yuan < 0.1 * pellet.horizon_cost[1]
    close = next(r for r in result.reasons if r.code == "close_call")
    assert close.values == {"yuan": round(call.yuan), "years": 15}
    stove, air = ([r.code for r in daily] for daily in call.daily)
    for option, daily in zip((pellet, split), call.daily):  # each says its own money: the two are named side by side
        assert daily[0].values == {
            "capital": round(option.net_capital[1]),
            "yuan": round(option.horizon_cost[1]),
            "years": 15,
        }
    assert "lowest_horizon_cost" not in [r.code for r in result.reasons]  # it would read as the first one's
    stove, air = stove[1:], air[1:]
    assert stove[:2] == ["daily_fuel_to_carry", "indoor_smoke_co_risk"] and "daily_outdoor_unit" not in stove
    assert stove[-1] == "price_unverified_capital"  # the stove's price is still our estimate (E)
    assert air[:3] == ["daily_nothing_to_carry", "daily_per_room_units", "daily_outdoor_unit"]
    assert call.daily[1][2].values == {"units": split.sizing.units} and split.sizing.units >= 2
    assert result.recommended == "pellet_stove"  # the cheaper one stays first in the table


def test_no_close_call_when_the_runner_up_costs_clearly_more():
    result = compare(
        case_from_data({**RIZHAO, "options": [{"device_id": "split_ac"}, {"device_id": "ashp_air_air_lowamb"}]})
    )
    best, second = result.options[:2]
    assert second.horizon_cost[1] > 1.1 * best.horizon_cost[1]
    assert result.close_call is None and "close_call" not in [r.code for r in result.reasons]


def test_a_close_call_s_two_are_listed_first_together_the_one_cheaper_up_front_named_first():
    net_capital = np.array([30000.0, 32000.0, 3500.0, 12000.0, 15000.0])
    order = [[0, 1, 2], [3, 4], [0, 1]]  # household 0: rows 0 and 1 are two sizes of one ground-source pump
    runner_up = pair_first(order, [2, 4, None], net_capital)
    assert order == [[2, 0, 1], [3, 4], [0, 1]]  # the 3,500 yuan stove first, the pump's other size after the pair
    assert runner_up == [0, 4, None]
