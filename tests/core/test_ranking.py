"""comparison/ranking.py: the order of options, worked by hand on two households of three rows."""

from __future__ import annotations

import numpy as np

from heatadvisor.core.comparison.ranking import groups, rank_order
from heatadvisor.core.contract.results import GROUPS


def test_clean_feasible_options_come_first_then_the_cheaper_over_the_horizon_then_the_cheaper_to_run():
    household = np.array([0, 0, 0, 1, 1, 1])
    option = np.array([False, True, True, False, True, True])  # rows 0 and 3: today's systems
    group = np.array([0, 2, 0, 0, 0, 0])
    horizon = np.array([0.0, 100.0, 200.0, 0.0, 50.0, 50.0])
    running = np.array([0.0, 1.0, 1.0, 0.0, 9.0, 8.0])
    # household 0: row 2 (clean, dearer) before row 1 (not clean); household 1: equal horizon, row 5 runs cheaper
    assert rank_order(household, option, group, horizon, running).tolist() == [2, 1, 5, 4]


def test_groups_follow_one_another_whatever_the_cost():
    household = np.zeros(5, dtype=int)
    option = np.array([False, True, True, True, True])
    group = np.array([0, 3, 2, 1, 0])
    horizon = np.array([0.0, 1.0, 2.0, 3.0, 4.0])  # the cheapest lacks infrastructure, the dearest is clean
    assert rank_order(household, option, group, horizon, horizon).tolist() == [4, 3, 2, 1]


def test_what_the_village_lacks_decides_first_then_a_ban_then_cleanness_then_stopgaps_then_the_supply():
    clean = np.array([True, True, False, False, True, True, True, False])
    exceeded = np.array([False, True, True, False, True, False, True, False])
    lacks = np.array([False, False, False, True, True, False, False, False])
    transitional = np.array([False, False, False, False, True, True, True, False])
    banned = np.array([False, False, False, False, True, True, False, True])
    none = np.zeros(8, dtype=bool)
    one = np.zeros(8, dtype=int)
    assert [GROUPS[g] for g in groups(clean, exceeded, lacks, transitional, banned, none, one, ~none)] == [
        "clean",
        "supply_exceeded",
        "not_clean",
        "needs_infrastructure",
        "needs_infrastructure",
        "banned",
        "transitional",
        "banned",
    ]


def test_ties_keep_the_order_asked():
    household = np.zeros(4, dtype=int)
    same = np.ones(4)
    assert rank_order(household, np.array([False, True, True, True]), np.zeros(4, int), same, same).tolist() == [
        1,
        2,
        3,
    ]


def test_a_clean_option_on_an_estimated_price_goes_below_one_on_sourced_prices_of_its_household_only():
    household = np.array([0, 0, 0, 1, 1, 2, 2])
    option = np.array([False, True, True, False, True, False, True])  # rows 0, 3, 5: today's systems
    clean = np.array([True, True, True, True, True, True, False])
    no = np.zeros(7, dtype=bool)
    estimated = np.array([False, True, False, False, True, False, True])
    found = groups(clean, no, no, no, no, estimated, household, option)
    # household 0: row 1 estimated beside sourced row 2; household 1: nothing sourced, row 4 stays clean;
    # household 2: row 6 is not clean, so its estimated price changes nothing; today's systems are never moved
    assert [GROUPS[g] for g in found] == [
        "clean",
        "price_to_check",
        "clean",
        "clean",
        "clean",
        "clean",
        "not_clean",
    ]
