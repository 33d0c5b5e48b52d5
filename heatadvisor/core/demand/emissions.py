"""CO₂ and local air pollution of each row's season fuel use."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .households import DeviceIndex


@dataclass(frozen=True, slots=True, eq=False)
class Emissions:
    co2_kg: np.ndarray
    pm_kg: np.ndarray  # NaN where no factor is known (not zero)
    so2_kg: np.ndarray
    coal_t: np.ndarray


def emissions(devices: DeviceIndex, quantity: np.ndarray) -> Emissions:
    """Per row: the season's fuel ``quantity`` times its device's factors (see ``device_table``)."""
    factors = devices.column(devices.table.emission_factors)
    co2, pm, so2, coal = (quantity * factors[:, k] for k in range(4))
    return Emissions(co2, pm, so2, coal)
