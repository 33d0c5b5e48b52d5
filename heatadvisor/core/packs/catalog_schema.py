"""Schemas of the device catalogue and the common physics pack (fuels, envelope presets,
upgrade measures). Numbers live in ``resources/packs/``, never in code."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .sourced import PackHeader, Sourced, SourcedRange, Strict
from .store import register_kind

Tech = Literal[
    "coal_stove", "coal_boiler", "clean_coal_stove", "biomass_stove", "pellet_stove", "kang",
    "direct_electric", "storage_electric", "gas_boiler_condensing", "gas_boiler", "gas_space_heater",
    "lpg_heater", "ashp_air_water", "ashp_air_air", "gshp", "wshp", "gas_absorption_hp", "district_heat",
]
Kind = Literal["combustion", "direct_electric", "storage_electric", "heat_pump", "district"]
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
    field_factor: SourcedRange = Field(description="Multiplier from rated to field COP: installation, cycling, controls")
    fixed_source_temp_c: float | None = Field(default=None, ge=-5, le=30, description="Ground/water source temperature")
    min_operating_c: float = Field(ge=-40, le=10, description="Below this the compressor stops; backup heats")
    defrost: bool

    @model_validator(mode="after")
    def _source_temp(self) -> "HeatPumpSpec":
        if (self.source == "air") == (self.fixed_source_temp_c is not None):
            raise ValueError("air source uses outdoor air; ground/water sources need fixed_source_temp_c")
        return self


class CapitalCost(Strict):
    fixed_yuan: SourcedRange
    per_m2_yuan: SourcedRange | None = Field(default=None, description="Scales with heated area (pipes, floor heating)")


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

    @model_validator(mode="after")
    def _kind_fields(self) -> "Device":
        if (self.kind == "heat_pump") != (self.heat_pump is not None):
            raise ValueError("heat pumps, and only heat pumps, have a heat_pump block")
        if self.kind == "heat_pump" and self.fuel != "electricity":
            raise ValueError("heat pumps run on electricity; a gas-driven one is a combustion device with efficiency above 1")
        if self.kind != "heat_pump" and self.efficiency is None:
            raise ValueError("efficiency is required for every device that is not a heat pump")
        if self.efficiency is not None and not 0.05 <= self.efficiency.low <= self.efficiency.high <= 2.0:
            raise ValueError("efficiency must lie between 0.05 and 2.0")
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


HabitId = Literal["day_16_banked_night", "frugal_14", "all_day_18"]


class Habit(Strict):
    """How a household heats: the share of the floor, the set-point by day and at night, the
    hours heated fully (a preset the form offers as a plain phrase)."""

    heated_share: Sourced  # the most of the floor heated
    rooms_m2: Sourced | None = Field(default=None, description="Floor of the rooms heated (e.g. bedroom and living room)")
    indoor_temp_c: Sourced
    hours_per_day: Sourced
    night_temp_c: Sourced


class Habits(Strict):
    presets: dict[HabitId, Habit]
    default: HabitId  # for a household that did not say how it heats
    default_by_fuel: dict[str, HabitId] = Field(default_factory=dict)  # today's fuel → its own default
    src: str  # why these defaults


class FieldChecks(Strict):
    """When last winter's figure is asked again, or refused, and how far a field range is widened."""

    far_ratio: Sourced = Field(description="Last winter over model (or model over it) above which to confirm")
    impossible_set_c: Sourced
    impossible_margin: Sourced
    range_widen: Sourced


class CommonPack(PackHeader):
    kind: Literal["common"] = "common"
    fuels: dict[FuelId, Fuel]
    envelope: EnvelopeU
    geometry: Geometry
    upgrades: list[Upgrade] = Field(max_length=30)
    kw_per_pi: Sourced  # heating kW per 匹 (the unit sellers use)
    heat_pumps: HeatPumpDefaults
    lpg_cylinder_kg: Sourced
    habits: Habits
    field_checks: FieldChecks


register_kind("devices", DevicePack)
register_kind("common", CommonPack)
