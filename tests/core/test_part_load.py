"""EN 14825 part load: the cycling loss below a unit's lowest output, checked against the
standard's own worked example (Annex H, average climate) and in a season."""

from __future__ import annotations

import numpy as np
import pytest

from heatadvisor.core.demand.energy import HeatedHours, cycling_kept
from heatadvisor.core.devices.heat_pump import part_load_cop, part_load_ratio

from .conftest import evaluated

# EN 14825:2018 Annex H as transcribed in SharodX/keymark-heat-pumps tests/test_scop_calculator.py
# (resources/packs/common SOURCES en14825_c): average climate, bins −10 … 15 °C and their hours.
ANNEX_H_HOURS = (
    1,
    25,
    23,
    24,
    27,
    68,
    91,
    89,
    165,
    173,
    240,
    280,
    320,
    357,
    356,
    303,
    330,
    326,
    348,
    335,
    315,
    215,
    169,
    151,
    105,
    74,
)
ANNEX_H_POINTS = {  # °C: declared capacity Pdh (kW), COPd
    -10: (7.8, 2.6),
    -7: (9.55, 3.26),
    -6: (9.7, 3.3),
    2: (11.17, 4.0),
    7: (12.66, 4.91),
    12: (14.3, 5.5),
}
DESIGN_C = -10.0
P_DESIGN_KW = 9.7 / (22 / 26)  # Pdh at the bivalent point −6 °C over pl(−6)


def test_part_load_ratio_is_formula_23():
    assert part_load_ratio(np.array([-10.0, -6.0, 2.0, 16.0, 20.0]), DESIGN_C) == pytest.approx(
        [1.0, 22 / 26, 14 / 26, 0.0, 0.0]
    )


def test_cycling_loss_by_hand():
    # CR = 1 / (0.4 × 5) = 0.5 → 3.0 × 0.5 / (0.9 × 0.5 + 0.1) = 2.7272…
    cop = part_load_cop(np.array([3.0]), np.array([1.0]), np.array([5.0]), np.array([0.4]), np.array([0.9]))
    assert cop[0] == pytest.approx(3.0 * 0.5 / 0.55)
    # at or above the lowest output, and with no load at all, the COP stands
    same = part_load_cop(np.array([3.0, 3.0, 3.0]), np.array([2.0, 4.0, 0.0]), np.array([5.0, 5.0, 5.0]), 0.4, 0.9)
    assert same == pytest.approx([3.0, 3.0, 3.0])


def test_annex_h_worked_example_gives_scop_on_3_60():
    """The standard's procedure: COPbin at each test point (the unit is fixed-capacity there:
    its declared capacity is its lowest output), interpolated over the bins; an electric backup
    covers what the declared capacity does not."""
    points = sorted(ANNEX_H_POINTS)
    capacity = np.array([ANNEX_H_POINTS[t][0] for t in points])
    copd = np.array([ANNEX_H_POINTS[t][1] for t in points])
    load_at_points = P_DESIGN_KW * part_load_ratio(np.array(points, dtype=float), DESIGN_C)
    cop_bin_at_points = part_load_cop(copd, load_at_points, capacity, 1.0, 0.9)
    temps = np.arange(-10.0, 16.0)
    hours = np.array(ANNEX_H_HOURS, dtype=float)
    load = P_DESIGN_KW * part_load_ratio(temps, DESIGN_C)
    backup = np.maximum(load - np.interp(temps, points, capacity), 0.0)
    electricity = (load - backup) / np.interp(temps, points, cop_bin_at_points) + backup
    scop_on = (hours * load).sum() / (hours * electricity).sum()
    assert scop_on == pytest.approx(3.60, abs=0.01)  # the standard prints 3.61, the transcription 3.598
    without_cycling = part_load_cop(copd, load_at_points, capacity, 1.0, 1.0)  # Cd = 1: no cycling loss
    assert (without_cycling >= cop_bin_at_points - 1e-12).all() and (without_cycling > cop_bin_at_points + 0.1).any()


def test_a_big_unit_on_a_small_load_loses_to_cycling():
    """The same air-to-water unit at three times its size: more of the season below its lowest output,
    so a lower seasonal COP for the same heat."""
    base = {"house": {"heated_area_m2": 60}}
    small = evaluated(**base, options=[{"device_id": "ashp_aw_10kw"}])
    rows = small.physics.energies
    row = 1
    nominal = small.physics.nominal_kw[row]
    big = evaluated(**base, options=[{"device_id": "ashp_aw_10kw", "capacity_kw": nominal * 3}])
    assert big.physics.demand.used_kwh[row] == pytest.approx(small.physics.demand.used_kwh[row])
    assert big.physics.energies.efficiency[row, 1] < rows.efficiency[row, 1]


def test_intermittent_heating_cycles_each_part_of_the_day_at_its_own_load():
    """Half the day at 2 kW, a mean of 1.2 kW: the other half at (1.2 − 0.5 × 2) ÷ 0.5 = 0.4 kW.
    A 5 kW unit down to 40 % (2 kW) runs the heated half without cycling and the rest at
    CR 0.2: kept 0.2 / (0.9 × 0.2 + 0.1) = 0.714. Heat 1.0 + 0.2 for electricity 1.0 + 0.2 / 0.714."""
    kept = cycling_kept(np.array([[1.2]]), HeatedHours(np.array([[2.0]]), np.array([0.5])), np.array([[5.0]]), 0.4, 0.9)
    assert kept[0, 0] == pytest.approx(1.2 / (1.0 + 0.2 / (0.2 / 0.28)))
    all_day = cycling_kept(
        np.array([[1.2]]), HeatedHours(np.array([[1.2]]), np.array([1.0])), np.array([[5.0]]), 0.4, 0.9
    )
    assert all_day[0, 0] == pytest.approx(part_load_cop(1.0, np.array([1.2]), np.array([5.0]), 0.4, 0.9)[0])
