"""CO₂ and local air pollution of each row's season fuel use."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .households import DeviceIndex
from .packs.catalog_schema import Device
from .setting import Setting

COAL_FUELS = frozenset({"coal", "anthracite", "briquette"})


@dataclass(frozen=True, slots=True, eq=False)
class Emissions:
    co2_kg: np.ndarray
    pm_kg: np.ndarray  # NaN where no factor is known (not zero)
    so2_kg: np.ndarray
    coal_t: np.ndarray


def _factors(setting: Setting, device: Device) -> tuple[float, float, float, float]:
    """kg CO₂, kg PM, kg SO₂ and tonnes of coal per fuel unit of ``device``."""
    fuel = setting.data.common.fuels[device.fuel]
    if device.fuel == "electricity":
        co2 = setting.region.grid_co2_kg_per_kwh.value
    else:
        co2 = fuel.co2_kg_per_unit.value if fuel.co2_kg_per_unit else 0.0
    if fuel.unit == "t":  # g per kg of fuel burnt = kg per tonne
        pm = fuel.pm_g_per_kg.value if fuel.pm_g_per_kg else np.nan
        so2 = fuel.so2_g_per_kg.value if fuel.so2_g_per_kg else np.nan
    else:  # gas, LPG, electricity and district heat emit no household smoke
        pm = so2 = 0.0
    return co2, pm, so2, 1.0 if device.fuel in COAL_FUELS else 0.0


def emissions(setting: Setting, devices: DeviceIndex, quantity: np.ndarray) -> Emissions:
    factors = devices.column(lambda d: _factors(setting, d)).reshape(len(devices.index), 4)
    co2, pm, so2, coal = (quantity * factors[:, k] for k in range(4))
    return Emissions(co2, pm, so2, coal)
