"""Schemas of the device catalogue and the common physics pack (fuels, envelope presets,
upgrade measures). Numbers live in ``resources/packs/``, never in code."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, get_args

from pydantic import Field, model_validator

from ..contract.case import Infrastructure
from .quantities import (
    AirChanges,
    BoreholeKwhPerMetre,
    BoreholeWPerMetre,
    BoreholeYuanPerMetre,
    CapitalYuan,
    CapitalYuanPerM2,
    Co2PerUnit,
    CopFactor,
    CylinderKg,
    DefrostLoss,
    Efficiency,
    FarRatio,
    FloorM2,
    FlowTemperature,
    GainsWPerM2,
    GramsPerKg,
    HeatedShare,
    HeatingValue,
    HeatOutputKw,
    HoursPerDay,
    IndoorC,
    Kelvin,
    KwPerPi,
    Metres,
    OutdoorC,
    Ratio,
    RoomM2,
    Share,
    UnitYuan,
    UValue,
    Widening,
    Years,
    YuanPerYear,
)
from .safe_text import PlainText
from .sourced import PackHeader, Strict
from .store import register_kind
from .technology import DeviceKind, KindId, TechId

FuelId = Literal[
    "coal",
    "anthracite",
    "briquette",
    "straw",
    "firewood",
    "pellets",
    "natural_gas",
    "lpg",
    "electricity",
    "district_heat",
]


class RatingPoint(Strict):
    """One certified or catalogue test point, e.g. A-12/W35 COP 2.70."""

    t_source_c: float = Field(ge=-40, le=40, description="Outdoor air (or ground/water) temperature")
    t_sink_c: float = Field(ge=15, le=70, description="Water flow temperature, or indoor air for air-to-air")
    cop: float = Field(gt=0.8, le=10)
    capacity_kw: HeatOutputKw | None = None

    @model_validator(mode="after")
    def _lift(self) -> RatingPoint:
        if self.t_sink_c < self.t_source_c + 5:
            raise ValueError("the sink must be at least 5 K warmer than the source")
        return self


class HeatPumpSpec(Strict):
    source: Literal["air", "ground", "water"]
    sink: Literal["water", "air"]
    rating_points: list[RatingPoint] = Field(min_length=2, max_length=12)
    rating_src: PlainText
    field_factor: CopFactor = Field(description="Multiplier from rated to field COP: installation, controls")
    fixed_source_temp_c: float | None = Field(
        default=None,
        ge=-5,
        le=30,
        description="A ground/water source of known, steady temperature; else it follows the place",
    )
    source_drawdown_k: Kelvin | None = Field(
        default=None,
        description=(
            "Ground/water sources: how far the loop or well water falls below the undisturbed ground at the design load"
        ),
    )
    min_operating_c: float = Field(ge=-40, le=10, description="Below this the compressor stops; backup heats")
    defrost: bool
    cycling_cd: Share | None = Field(
        default=None, description="EN 14825 degradation coefficient Cd; else the common pack's default"
    )
    min_modulation: Share | None = Field(
        default=None,
        description="Lowest output as a share of full output, below which the unit cycles; else the common pack's",
    )

    @model_validator(mode="after")
    def _source_temp(self) -> HeatPumpSpec:
        if self.source == "air" and (self.fixed_source_temp_c is not None or self.source_drawdown_k is not None):
            raise ValueError("air source uses outdoor air: no fixed_source_temp_c or source_drawdown_k")
        if self.source != "air" and self.fixed_source_temp_c is None and self.source_drawdown_k is None:
            raise ValueError("a ground/water source that follows the place needs source_drawdown_k")
        if any(x is not None and x.value == 0 for x in (self.cycling_cd, self.min_modulation)):
            raise ValueError("cycling_cd and min_modulation must be above 0")
        points = [(p.t_source_c, p.t_sink_c) for p in self.rating_points]
        if len(points) != len(set(points)):
            raise ValueError("two rating points at the same source and sink temperatures")
        rated = [p.t_source_c for p in self.rating_points if p.capacity_kw is not None]
        if len(rated) != len(set(rated)):
            raise ValueError("two capacities at the same source temperature")
        return self


class Borehole(Strict):
    """A ground loop sized from the heat it must draw: by the peak (W per metre) and by the
    season (kWh per metre and year), whichever needs more metres."""

    w_per_m: BoreholeWPerMetre
    kwh_per_m_year: BoreholeKwhPerMetre
    yuan_per_m: BoreholeYuanPerMetre
    lifetime_years: Years = Field(
        description="Design life of the loop: bought again when it wears out, not with the unit"
    )


class CapitalCost(Strict):
    """What is bought, in parts that wear out apart: the unit (fixed, and per indoor unit), the
    emitters (per m²) and the ground loop (borehole), each with its own life."""

    fixed_yuan: CapitalYuan
    per_m2_yuan: CapitalYuanPerM2 | None = Field(
        default=None, description="Scales with heated area (pipes, floor heating)"
    )
    per_m2_lifetime_years: Years | None = Field(
        default=None,
        description="Service life of what per_m2_yuan buys: bought again when it wears out, not with the unit",
    )
    per_unit_yuan: UnitYuan | None = Field(
        default=None, description="Per indoor unit, one in each heated room (per_room devices)"
    )
    borehole: Borehole | None = Field(
        default=None, description="Ground loop, priced by the metres the household's heat needs"
    )

    @model_validator(mode="after")
    def _emitters_life(self) -> CapitalCost:
        if (self.per_m2_yuan is None) != (self.per_m2_lifetime_years is None):
            raise ValueError("per_m2_yuan, and only it, comes with per_m2_lifetime_years")
        return self


class Transitional(Strict):
    """Counted as clean heating only where nothing cleaner can be had yet (the clean-heating
    plan's 洁净型煤+环保炉具 for places 暂时不能通过清洁供暖替代散烧煤): listed after clean heating."""

    src: PlainText = Field(min_length=1, max_length=80)


class Device(Strict):
    id: str = Field(pattern=r"^[a-z0-9_]{2,60}$")
    tech: TechId
    kind: KindId
    name_zh: PlainText = Field(min_length=1, max_length=40)
    name_en: PlainText = Field(min_length=1, max_length=80)
    fuel: FuelId
    efficiency: Efficiency | None = Field(default=None, description="Useful heat per unit of fuel energy")
    heat_pump: HeatPumpSpec | None = None
    capacity_kw: HeatOutputKw | None = Field(default=None, description="Nominal heat output")
    efficiency_grade: int | None = Field(default=None, ge=1, le=5, description="China energy label grade, 1 best")
    needs_water_emitters: bool = False
    capital: CapitalCost
    lifetime_years: Years
    maintenance_yuan_per_year: YuanPerYear
    clean: bool = Field(description="Counts as clean heating under the clean-heating programmes")
    transitional: Transitional | None = Field(default=None, description="Only a stopgap until clean heating can be had")
    needs: list[Infrastructure] = Field(
        default_factory=list,
        max_length=4,
        description="What the village must have for this device; without it it is not ranked",
    )
    per_room: bool = Field(default=False, description="One indoor unit in each heated room; capacity_kw is one unit's")

    @model_validator(mode="after")
    def _kind_fields(self) -> Device:
        if (self.kind == DeviceKind.HEAT_PUMP) != (self.heat_pump is not None):
            raise ValueError("heat pumps, and only heat pumps, have a heat_pump block")
        if self.kind == DeviceKind.HEAT_PUMP and self.fuel != "electricity":
            raise ValueError(
                "heat pumps run on electricity; a gas-driven one is a combustion device with efficiency above 1"
            )
        if self.kind != DeviceKind.HEAT_PUMP and self.efficiency is None:
            raise ValueError("efficiency is required for every device that is not a heat pump")
        if self.per_room != (self.capital.per_unit_yuan is not None):
            raise ValueError("a per_room device, and only one, has capital.per_unit_yuan")
        if self.capital.borehole is not None and (self.heat_pump is None or self.heat_pump.source != "ground"):
            raise ValueError("only a ground-source heat pump has a borehole")
        return self


class DevicePack(PackHeader):
    kind: Literal["devices"] = "devices"
    devices: list[Device] = Field(min_length=1, max_length=200)

    @model_validator(mode="after")
    def _unique(self) -> DevicePack:
        ids = [d.id for d in self.devices]
        if len(ids) != len(set(ids)):
            raise ValueError("device ids must be unique")
        return self


class Fuel(Strict):
    unit: Literal["t", "m3", "kg", "kwh"]
    lhv_kwh_per_unit: HeatingValue
    co2_kg_per_unit: Co2PerUnit | None = Field(
        default=None, description="Fossil CO₂; None for electricity (grid factor)"
    )
    pm_g_per_kg: GramsPerKg | None = None
    so2_g_per_kg: GramsPerKg | None = None


WallPreset = Literal["adobe", "brick_240", "brick_370", "brick_ins_50", "brick_ins_100", "new_standard"]
WindowPreset = Literal["single", "double", "insulated"]
Airtightness = Literal["leaky", "ordinary", "tight"]
Emitter = Literal["floor", "fan_coil", "radiators"]


def _complete(table: Iterable[str], keys: object, name: str) -> None:
    """A table the core looks presets up in must name every preset (a missing one would fail later)."""
    missing = sorted(set(get_args(keys)) - set(table))
    if missing:
        raise ValueError(f"{name} lacks {', '.join(missing)}")


class EnvelopeU(Strict):
    """U-values in W/(m²·K) of the presets a villager can describe."""

    wall: dict[WallPreset, UValue]
    windows: dict[WindowPreset, UValue]
    roof: dict[Literal["uninsulated", "insulated"], UValue]
    floor: dict[Literal["ground", "insulated"], UValue]
    air_changes_per_h: dict[Airtightness, AirChanges]

    @model_validator(mode="after")
    def _every_preset(self) -> EnvelopeU:
        for name, field in type(self).model_fields.items():
            _complete(getattr(self, name), get_args(field.annotation)[0], name)
        return self


class Geometry(Strict):
    """How a floor area becomes wall, window and roof areas for a typical village house."""

    storey_height_m: Metres
    aspect_ratio: Ratio
    window_to_floor: Share
    internal_gains_w_per_m2: GainsWPerM2
    unheated_room_factor: Share  # share of an unheated room's loss still drawn from heated rooms
    room_m2: RoomM2  # floor area of a typical room: heated area over this gives the rooms (indoor units)
    off_hours_drop_k: Kelvin  # how far the house cools, on average, in hours not heated


class Upgrade(Strict):
    id: str = Field(pattern=r"^[a-z0-9_]{2,60}$")
    name_zh: PlainText
    name_en: PlainText
    sets: dict[Literal["wall", "windows", "roof_insulated", "airtightness"], str | bool]
    cost_yuan_per_m2: CapitalYuanPerM2
    area_basis: Literal["wall", "windows", "roof", "floor", "door"]
    lifetime_years: Years

    @model_validator(mode="after")
    def _known_presets(self) -> Upgrade:
        allowed = {
            "wall": get_args(WallPreset),
            "windows": get_args(WindowPreset),
            "airtightness": get_args(Airtightness),
            "roof_insulated": (True, False),
        }
        wrong = sorted(
            key
            for key, value in self.sets.items()
            if value not in allowed[key] or isinstance(value, bool) != (key == "roof_insulated")
        )
        if wrong:
            raise ValueError(f"sets {', '.join(wrong)} to a value that is not a preset")
        return self


class HeatPumpDefaults(Strict):
    """How heat pumps meet a house: flow temperature by emitter, frosting losses."""

    design_flow_c: dict[Emitter, FlowTemperature]
    min_flow_c: FlowTemperature  # weather compensation lowers the flow temperature down to this
    defrost_loss: list[tuple[OutdoorC, DefrostLoss]] = Field(min_length=2, max_length=12)  # (outdoor °C, COP loss 0..1)
    defrost_src: PlainText
    sizing_margin: Ratio  # capacity at design temperature over design load that counts as "ok"
    oversize_ratio: Ratio  # nominal over recommended above which a unit is "far too big"
    cycling_cd: Share  # EN 14825 degradation coefficient Cd, where the catalogue gives none
    min_modulation: Share  # lowest output over full output of a variable-speed unit, where the catalogue gives none
    ground_over_air_k: Kelvin  # undisturbed ground (or ground water) above the place's annual mean air temperature

    @model_validator(mode="after")
    def _usable(self) -> HeatPumpDefaults:
        _complete(self.design_flow_c, Emitter, "design_flow_c")
        temps = [t for t, _ in self.defrost_loss]
        if temps != sorted(set(temps)):
            raise ValueError("defrost_loss temperatures must rise from one point to the next")
        return self


HabitId = Literal["day_16_banked_night", "frugal_14", "all_day_18"]


class Habit(Strict):
    """How a household heats: the share of the floor, the set-point by day and at night, the
    hours heated fully (a preset the form offers as a plain phrase)."""

    heated_share: HeatedShare  # the most of the floor heated
    rooms_m2: FloorM2 | None = Field(
        default=None, description="Floor of the rooms heated (e.g. bedroom and living room)"
    )
    indoor_temp_c: IndoorC
    hours_per_day: HoursPerDay
    night_temp_c: IndoorC


class Habits(Strict):
    presets: dict[HabitId, Habit]
    default: HabitId  # for a household that did not say how it heats
    default_by_fuel: dict[str, HabitId] = Field(default_factory=dict)  # today's fuel → its own default
    src: PlainText  # why these defaults


class FieldChecks(Strict):
    """When last winter's figure is asked again, or refused, and how far a field range is widened."""

    far_ratio: FarRatio = Field(description="Last winter over model (or model over it) above which to confirm")
    impossible_set_c: IndoorC
    impossible_margin: FarRatio
    range_widen: Widening


class CommonPack(PackHeader):
    kind: Literal["common"] = "common"
    fuels: dict[FuelId, Fuel]
    envelope: EnvelopeU
    geometry: Geometry
    upgrades: list[Upgrade] = Field(max_length=30)
    kw_per_pi: KwPerPi  # heating kW per 匹 (the unit sellers use)
    heat_pumps: HeatPumpDefaults
    lpg_cylinder_kg: CylinderKg
    habits: Habits
    field_checks: FieldChecks
    close_call_share: (
        Share  # two clean options whose totals differ by less than this share of the best's are both advised
    )

    @model_validator(mode="after")
    def _every_fuel(self) -> CommonPack:
        _complete(self.fuels, FuelId, "fuels")
        return self


register_kind("devices", DevicePack)
register_kind("common", CommonPack)
