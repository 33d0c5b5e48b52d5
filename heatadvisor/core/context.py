"""Everything about one case that every option shares: place, climate, house, demand.

Built once per comparison; each option is then evaluated against it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from . import climate as climate_mod
from .arith import dot
from . import places
from .siting import station_name_zh
from .case import Case
from .data import DataBundle
from .demand import HeatLoss, design_load_kw, heat_loss, loads_kw
from .packs.catalog_schema import Device
from .packs.region_schema import RegionPack
from .problems import FieldProblem, InputError
from .results import Demand, Place
from .tariff_models import TariffPack


@dataclass(frozen=True, slots=True)
class Context:
    case: Case
    data: DataBundle
    region: RegionPack
    tariff: TariffPack
    on: date
    place: Place
    climate: climate_mod.StationClimate
    bins: climate_mod.SeasonBins
    valley_hours: frozenset[int]
    valley_share: tuple[float, ...]  # per bin: share of its hours in the tariff's valley
    loss: HeatLoss  # the house as it is
    scale: float  # calibration: demand used / demand modelled
    demand: Demand


def _month_day(text: str) -> tuple[int, int]:
    month, day = text.split("-")
    return int(month), int(day)


def resolve_place(case: Case) -> places.LocationMatch:
    county = places.find_county(case.location.province, case.location.county)
    if county is None:
        raise InputError([FieldProblem("location.county", "unknown_place", f"no county {case.location.county!r} in {case.location.province!r}")])
    return places.locate(county)


def find_device(data: DataBundle, device_id: str, field: str) -> Device:
    device = data.devices.get(device_id)
    if device is None:
        raise InputError([FieldProblem(field, "unknown_device", f"no device {device_id!r} in the catalogue")])
    return device


def build_context(case: Case, data: DataBundle) -> Context:
    """Resolve place, climate, region and the modelled demand of the house as described."""
    match = resolve_place(case)
    try:
        region = data.region_for(match.county.province)
    except KeyError:
        raise InputError([FieldProblem("location.province", "unsupported_province", match.county.province)]) from None
    tariff = data.tariff_for(region)
    on = case.on_date or date.today()
    start = case.season_start or region.season.start
    end = case.season_end or region.season.end
    clim = climate_mod.load_station(match.station_id)
    bins = climate_mod.season_bins(clim, _month_day(start), _month_day(end))
    valley = valley_hours(tariff, on)
    shares = climate_mod.hour_share(clim, valley) if valley else {}
    valley_share = tuple(shares.get(t, 0.0) for t in bins.temps)
    loss = heat_loss(case.house, data.common)
    place = Place(
        province=match.county.province, prefecture=match.county.prefecture, county=match.county.name, county_code=match.county.code,
        station_id=match.station_id, station_name_zh=station_name_zh(match.station_id),
        station_name_en=clim.station.name_en, method=match.method,
        distance_km=round(match.distance_km, 1), design_temp_c=match.design_temp_c,
        design_temp_source=match.design_temp_source, season_start=start, season_end=end, season_days=bins.days,
    )
    model_kwh = dot(loads_kw(loss, bins.temps), bins.hours)
    ctx = Context(case, data, region, tariff, on, place, clim, bins, valley, valley_share, loss, 1.0, None)  # type: ignore[arg-type]
    return with_demand(ctx, model_kwh, None)


def with_demand(ctx: Context, model_kwh: float, calibrated_kwh: float | None) -> Context:
    """The context with the demand every option is compared on: override, calibrated or modelled."""
    house = ctx.case.house
    if house.demand_override_kwh is not None:
        used, source = house.demand_override_kwh, "override"
    elif calibrated_kwh is not None and ctx.case.current.use_calibration:
        used, source = calibrated_kwh, "calibrated"
    else:
        used, source = model_kwh, "model"
    scale = used / model_kwh if model_kwh > 0 else 1.0
    loads = loads_kw(ctx.loss, ctx.bins.temps, scale)
    demand = Demand(
        model_kwh=model_kwh, calibrated_kwh=calibrated_kwh, used_kwh=used, source=source,
        ua_w_per_k=ctx.loss.ua_w_per_k * scale, loss_parts_w_per_k=dict(ctx.loss.parts_w_per_k),
        design_load_kw=design_load_kw(ctx.loss, ctx.place.design_temp_c, scale),
        balance_temp_c=ctx.loss.balance_temp_c(),
        by_month_kwh={m: dot(loads, hours) for m, hours in ctx.bins.by_month},
    )
    return replace(ctx, scale=scale, demand=demand)


def valley_hours(tariff: TariffPack, on: date) -> frozenset[int]:
    """Clock hours of the heating-season valley of the TOU option in force on ``on``."""
    tou = tariff.electricity.tou
    if tou is None or (tou.valid_from and on < tou.valid_from) or (tou.valid_to and on > tou.valid_to):
        return frozenset()
    start = int(tou.valley_hours.start[:2])
    length = int(round(tou.valley_hours.hours))
    return frozenset((start + i) % 24 for i in range(length))
