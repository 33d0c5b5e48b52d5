"""The catalogue's heat pumps in one place's bins, as arrays: fitted once per setting.

Every heat-pump row of a comparison or a village — whatever its model — is then evaluated in
one pass: its capacity, COP and sizing figures are rows of these arrays.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..packs.catalog_schema import HeatPumpDefaults
from .device_table import DeviceTable
from .heat_pump import DefrostCurve, PumpStack, SourceSite, fit, stack
from .scenarios import SCENARIOS


@dataclass(frozen=True, slots=True, eq=False)
class PumpTable:
    """P heat pumps; ``slot`` finds a device-table position's heat pump."""

    slot: np.ndarray  # (D,) position in these arrays of each catalogue device; -1 if not a heat pump
    cops: PumpStack  # COP terms in the bins and, as one more bin, on the design day
    capacity_kw: np.ndarray  # (P, M) full-speed output in each bin, at the catalogue size
    at_design_kw: np.ndarray  # (P,) full-speed output on the design day, at the catalogue size
    size_ratio: (
        np.ndarray
    )  # (P,) output per nominal kW on the design day (at the lowest operating temperature where it stops)
    nominal_kw: np.ndarray  # (P,)
    field_factor: np.ndarray  # (P, 3) rated-to-field COP: favourable, typical, unfavourable
    air_sink_c: np.ndarray  # (P,) the rated indoor air for air-to-air units; NaN for water
    rated_cop: np.ndarray  # (P,) at the warmest rating point, as sold
    min_modulation: np.ndarray  # (P,) lowest output over full output; below it the unit cycles
    cycling_cd: np.ndarray  # (P,) EN 14825 degradation coefficient


def pump_table(
    devices: DeviceTable, defaults: HeatPumpDefaults, temps: np.ndarray, design_temp_c: float, annual_mean_c: float
) -> PumpTable:
    """``temps`` (M,) the bins' outdoor temperatures; the design day is evaluated as one more bin.
    Ground and water sources start from the place's ``annual_mean_c`` air temperature."""
    curve = DefrostCurve.of(defaults.defrost_loss)
    site = SourceSite(annual_mean_c + defaults.ground_over_air_k.value, design_temp_c)
    pumps = [d for d in devices.devices if d.heat_pump is not None]
    specs = [d.heat_pump for d in pumps if d.heat_pump is not None]  # all of them
    models = [fit(s, d.capacity_kw or 1.0, curve, site) for d, s in zip(pumps, specs)]  # at the catalogue size
    slot = np.full(len(devices.devices), -1, dtype=np.intp)
    for k, device in enumerate(pumps):
        slot[devices.position[id(device)]] = k
    nominal = np.array([m.nominal_kw for m in models])
    at_design = np.array([m.capacity_kw(design_temp_c) for m in models])
    lowest = np.array([m.capacity_kw(m.min_operating_c) for m in models])
    return PumpTable(
        slot=slot,
        cops=stack(models, np.append(temps, design_temp_c)),
        capacity_kw=np.array([[m.capacity_kw(t) for t in temps.tolist()] for m in models]).reshape(
            len(models), len(temps)
        ),
        at_design_kw=at_design,
        size_ratio=np.where(at_design > 0, at_design, lowest) / nominal,
        nominal_kw=nominal,
        field_factor=np.array([(s.field_factor.high, s.field_factor.typ, s.field_factor.low) for s in specs]).reshape(
            len(specs), len(SCENARIOS)
        ),
        air_sink_c=np.array([s.rating_points[0].t_sink_c if s.sink == "air" else np.nan for s in specs]),
        rated_cop=np.array([max(s.rating_points, key=lambda p: p.t_source_c).cop for s in specs]),
        min_modulation=np.array([(s.min_modulation or defaults.min_modulation).value for s in specs]),
        cycling_cd=np.array([(s.cycling_cd or defaults.cycling_cd).value for s in specs]),
    )
