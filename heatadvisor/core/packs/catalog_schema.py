"""Schemas of the device catalogue and the common physics pack (fuels, envelope presets,
upgrade measures). Numbers live in ``resources/packs/``, never in code."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .sourced import PackHeader, Sourced, SourcedRange, Strict
from .store import register_kind
from .technology import DeviceKind, Technology, literal_of

Tech = literal_of(Technology)
Kind = literal_of(DeviceKind)
FuelId = Literal[
    "coal", "anthracite", "briquette", "straw", "firewood", "pellets", "natural_gas", "lpg",
    "electricity", "district_heat",
]


class RatingPoint(Strict):
    """One certified or catalogue test point, e.g. A-12/W35 COP 2.70."""

    t_source_c: float = Field(ge=-40, le=40, description="Outdoor air (or ground/water) temperature")
    t_sink_c: float = Field(ge=15, le=70, description="Water flow temperature, or indoor air for air-to-air")
    cop: float = Field(gt=0.8, le=10)
    capacity_kw: float | None = Field(default=None, gt=0, le=200)


class HeatPumpSpec(Strict):
    source: Literal["air", "ground", "water"]
    sink: Literal["water", "air"]
    rating_points: list[RatingPoint] = Field(min_length=2, max_length=12)
    rating_src: str
    field_factor: SourcedRange = Field(description="Multiplier from rated to field COP: installation, controls")
    fixed_source_temp_c: float | None = Field(
        default=None, ge=-5, le=30, description="A ground/water source of known, steady temperature; else it follows the place")
    source_drawdown_k: Sourced | None = Field(
        default=None, description="Ground/water sources: how far the loop or well water falls below the undisturbed ground at the design load")
    min_operating_c: float = Field(ge=-40, le=10, description="Below this the compressor stops; backup heats")
    defrost: bool
    cycling_cd: Sourced | None = Field(default=None, description="EN 14825 degradation coefficient Cd; else the common pack's default")
    min_modulation: Sourced | None = Field(
        default=None, description="Lowest output as a share of full output, below which the unit cycles; else the common pack's")

    @model_validator(mode="after")
    def _source_temp(self) -> "HeatPumpSpec":
        if self.source == "air" and (self.fixed_source_temp_c is not None or self.source_drawdown_k is not None):
            raise ValueError("air source uses outdoor air: no fixed_source_temp_c or source_drawdown_k")
        if self.source != "air" and self.fixed_source_temp_c is None and self.source_drawdown_k is None:
            raise ValueError("a ground/water source that follows the place needs source_drawdown_k")
        for name in ("cycling_cd", "min_modulation"):
            number = getattr(self, name)
            if number is not None and not 0 < number.value <= 1:
                raise ValueError(f"{name} must lie in (0, 1]")
        return self


class Borehole(Strict):
    """A ground loop sized from the heat it must draw: by the peak (W per metre) and by the
    season (kWh per metre and year), whichever needs more metres."""

    w_per_m: Sourced
    kwh_per_m_year: Sourced
    yuan_per_m: SourcedRange

    @model_validator(mode="after")
    def _positive(self) -> "Borehole":
        if self.w_per_m.value <= 0 or self.kwh_per_m_year.value <= 0 or self.yuan_per_m.low < 0:
            raise ValueError("borehole figures must be positive")
        return self


class CapitalCost(Strict):
    fixed_yuan: SourcedRange
    per_m2_yuan: SourcedRange | None = Field(default=None, description="Scales with heated area (pipes, floor heating)")
    per_unit_yuan: SourcedRange | None = Field(default=None, description="Per indoor unit, one in each heated room (per_room devices)")
    borehole: Borehole | None = Field(default=None, description="Ground loop, priced by the metres the household's heat needs")


class Device(Strict):
    id: str = Field(pattern=r"^[a-z0-9_]{2,60}$")
    tech: Tech
    kind: Kind
    name_zh: str = Field(min_length=1, max_length=40)
    name_en: str = Field(min_length=1, max_length=80)
    fuel: FuelId
    efficiency: SourcedRange | None = Field(default=None, description="Useful heat per unit of fuel energy")
    heat_pump: HeatPumpSpec | None = None
    capacity_kw: float | None = Field(default=None, gt=0, le=200, description="Nominal heat output")
    efficiency_grade: int | None = Field(default=None, ge=1, le=5, description="China energy label grade, 1 best")
    needs_water_emitters: bool = False
    capital: CapitalCost
    lifetime_years: Sourced
    maintenance_yuan_per_year: Sourced
    clean: bool = Field(description="Counts as clean heating under the clean-heating programmes")
    per_room: bool = Field(default=False, description="One indoor unit in each heated room; capacity_kw is one unit's")

    @model_validator(mode="after")
    def _kind_fields(self) -> "Device":
        if (self.kind == DeviceKind.HEAT_PUMP) != (self.heat_pump is not None):
            raise ValueError("heat pumps, and only heat pumps, have a heat_pump block")
        if self.kind == DeviceKind.HEAT_PUMP and self.fuel != "electricity":
            raise ValueError("heat pumps run on electricity; a gas-driven one is a combustion device with efficiency above 1")
        if self.kind != DeviceKind.HEAT_PUMP and self.efficiency is None:
            raise ValueError("efficiency is required for every device that is not a heat pump")
        if self.efficiency is not None and not 0.05 <= self.efficiency.low <= self.efficiency.high <= 2.0:
            raise ValueError("efficiency must lie between 0.05 and 2.0")
        if self.per_room != (self.capital.per_unit_yuan is not None):
            raise ValueError("a per_room device, and only one, has capital.per_unit_yuan")
        if self.capital.borehole is not None and (self.heat_pump is None or self.heat_pump.source != "ground"):
            raise ValueError("only a ground-source heat pump has a borehole")
        return self


class DevicePack(PackHeader):
    kind: Literal["devices"] = "devices"
    devices: list[Device] = Field(min_length=1, max_length=200)

    @model_validator(mode="after")
    def _unique(self) -> "DevicePack":
        ids = [d.id for d in self.devices]
        if len(ids) != len(set(ids)):
            raise ValueError("device ids must be unique")
        return self


class Fuel(Strict):
    unit: Literal["t", "m3", "kg", "kwh"]
    lhv_kwh_per_unit: Sourced
    co2_kg_per_unit: Sourced | None = Field(default=None, description="Fossil CO₂; None for electricity (grid factor)")
    pm_g_per_kg: Sourced | None = None
    so2_g_per_kg: Sourced | None = None


class EnvelopeU(Strict):
    """U-values in W/(m²·K) of the presets a villager can describe."""

    wall: dict[Literal["adobe", "brick_240", "brick_370", "brick_ins_50", "brick_ins_100", "new_standard"], Sourced]
    windows: dict[Literal["single", "double", "insulated"], Sourced]
    roof: dict[Literal["uninsulated", "insulated"], Sourced]
    floor: dict[Literal["ground", "insulated"], Sourced]
    air_changes_per_h: dict[Literal["leaky", "ordinary", "tight"], Sourced]


class Geometry(Strict):
    """How a floor area becomes wall, window and roof areas for a typical village house."""

    storey_height_m: Sourced
    aspect_ratio: Sourced
    window_to_floor: Sourced
    internal_gains_w_per_m2: Sourced
    unheated_room_factor: Sourced  # share of an unheated room's loss still drawn from heated rooms
    room_m2: Sourced  # floor area of a typical room: heated area over this gives the rooms (indoor units)
    off_hours_drop_k: Sourced  # how far the house cools, on average, in hours not heated


class Upgrade(Strict):
    id: str = Field(pattern=r"^[a-z0-9_]{2,60}$")
    name_zh: str
    name_en: str
    sets: dict[Literal["wall", "windows", "roof_insulated", "airtightness"], str | bool]
    cost_yuan_per_m2: SourcedRange
    area_basis: Literal["wall", "windows", "roof", "floor", "door"]
    lifetime_years: Sourced


class HeatPumpDefaults(Strict):
    """How heat pumps meet a house: flow temperature by emitter, frosting losses."""

    design_flow_c: dict[Literal["floor", "fan_coil", "radiators"], Sourced]
    min_flow_c: Sourced  # weather compensation lowers the flow temperature down to this
    defrost_loss: list[tuple[float, float]] = Field(min_length=2, max_length=12)  # (outdoor °C, COP loss 0..1)
    defrost_src: str
    sizing_margin: Sourced  # capacity at design temperature over design load that counts as "ok"
    oversize_ratio: Sourced  # nominal over recommended above which a unit is "far too big"
    cycling_cd: Sourced  # EN 14825 degradation coefficient Cd, where the catalogue gives none
    min_modulation: Sourced  # lowest output over full output of a variable-speed unit, where the catalogue gives none
    ground_over_air_k: Sourced  # undisturbed ground (or ground water) above the place's annual mean air temperature


class CommonPack(PackHeader):
    kind: Literal["common"] = "common"
    fuels: dict[FuelId, Fuel]
    envelope: EnvelopeU
    geometry: Geometry
    upgrades: list[Upgrade] = Field(max_length=30)
    kw_per_pi: Sourced  # heating kW per 匹 (the unit sellers use)
    heat_pumps: HeatPumpDefaults
    lpg_cylinder_kg: Sourced


register_kind("devices", DevicePack)
register_kind("common", CommonPack)
