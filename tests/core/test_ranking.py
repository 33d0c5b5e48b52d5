"""comparison/ranking.py: the order of options, worked by hand on two households of three rows."""

from __future__ import annotations

import numpy as np

from heatadvisor.core.comparison.ranking import rank_order


def test_clean_feasible_options_come_first_then_the_cheaper_over_the_horizon_then_the_cheaper_to_run():
    household = np.array([0, 0, 0, 1, 1, 1])
    option = np.array([False, True, True, False, True, True])  # rows 0 and 3: today's systems
    eligible = np.array([True, False, True, True, True, True])
    horizon = np.array([0.0, 100.0, 200.0, 0.0, 50.0, 50.0])
    running = np.array([0.0, 1.0, 1.0, 0.0, 9.0, 8.0])
    # household 0: row 2 (eligible, dearer) before row 1; household 1: equal horizon, row 5 runs cheaper
    assert rank_order(household, option, eligible, horizon, running).tolist() == [2, 1, 5, 4]


def test_ties_keep_the_order_asked():
    household = np.zeros(4, dtype=int)
    same = np.ones(4)
    assert rank_order(household, np.array([False, True, True, True]), np.ones(4, bool), same, same).tolist() == [1, 2, 3]
