"""What every household of one place, season and date shares: climate bins, region, tariff.

Built once and reused: a village survey asks for the same setting thousands of times, and
a recalculation while typing asks for it on every keystroke.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from ..contract.case import Case
from ..contract.problems import FieldProblem, InputError
from ..contract.results import Place
from ..devices.device_table import DeviceTable, device_table
from ..devices.pump_table import PumpTable, pump_table
from ..packs.catalog_schema import Device
from ..packs.region_schema import RegionPack
from ..place import climate as climate_mod
from ..place import places
from ..place.siting import county_en, province_en, station_name_zh
from ..tariffs.models import TariffPack
from .bundle import DataBundle


@dataclass(frozen=True, slots=True, eq=False)
class Setting:
    data: DataBundle
    region: RegionPack
    tariff: TariffPack
    on: date
    place: Place
    climate: climate_mod.StationClimate
    bins: climate_mod.SeasonBins
    valley_hours: frozenset[int]
    temps: np.ndarray  # (M,) bin temperatures, °C
    hours: np.ndarray  # (M,) season hours in each bin
    month_hours: np.ndarray  # (S, M) hours in each bin by season month
    months: tuple[int, ...]  # (S,) the season's months (1–12), in season order
    valley_share: np.ndarray  # (M,) share of each bin's hours in the tariff's valley
    devices: DeviceTable  # the catalogue's figures, with emission factors on the region's grid
    pumps: PumpTable  # the catalogue's heat pumps fitted and evaluated in these bins


def _month_day(text: str) -> tuple[int, int]:
    month, day = text.split("-")
    return int(month), int(day)


def resolve_place(case: Case) -> places.LocationMatch:
    loc = case.location
    return places.locate(places.resolve_county(loc.province, loc.county, loc.prefecture))


def find_device(data: DataBundle, device_id: str, field: str) -> Device:
    device = data.devices.get(device_id)
    if device is None:
        raise InputError([FieldProblem(field, "unknown_device", f"no device {device_id!r} in the catalogue")])
    return device


def valley_hours(tariff: TariffPack, on: date) -> frozenset[int]:
    """Clock hours of the heating-season valley of the TOU option in force on ``on``."""
    tou = tariff.electricity.tou
    if tou is None or (tou.valid_from and on < tou.valid_from) or (tou.valid_to and on > tou.valid_to):
        return frozenset()
    start = int(tou.valley_hours.start[:2])
    length = round(tou.valley_hours.hours)
    return frozenset((start + i) % 24 for i in range(length))


_SETTINGS: dict[tuple[object, ...], Setting] = {}
SETTINGS_KEPT = 256


def setting_for(case: Case, data: DataBundle) -> Setting:
    """The shared setting of ``case``'s place, season and date (cached per bundle)."""
    on = case.on_date or date.today()
    loc = case.location
    key = (id(data), loc.province, loc.prefecture, loc.county, case.season_start, case.season_end, on)
    hit = _SETTINGS.get(key)
    if hit is not None and hit.data is data:
        return hit
    found = _build(case, data, on)
    if len(_SETTINGS) >= SETTINGS_KEPT:
        _SETTINGS.clear()
    _SETTINGS[key] = found
    return found


def _build(case: Case, data: DataBundle, on: date) -> Setting:
    match = resolve_place(case)
    try:
        region = data.region_for(match.county.province)
    except KeyError:
        raise InputError([FieldProblem("location.province", "unsupported_province", match.county.province)]) from None
    tariff = data.tariff_for(region)
    start = case.season_start or region.season.start
    end = case.season_end or region.season.end
    clim = climate_mod.load_station(match.station_id)
    bins = climate_mod.season_bins(clim, _month_day(start), _month_day(end))
    valley = valley_hours(tariff, on)
    shares = climate_mod.hour_share(clim, valley) if valley else {}
    place = Place(
        province=match.county.province, prefecture=match.county.prefecture, county=match.county.name, county_code=match.county.code,
        province_en=province_en(match.county.province), county_en=county_en(match.county),
        station_id=match.station_id, station_name_zh=station_name_zh(match.station_id),
        station_name_en=clim.station.name_en, method=match.method,
        distance_km=round(match.distance_km, 1), design_temp_c=match.design_temp_c,
        design_temp_source=match.design_temp_source, season_start=start, season_end=end, season_days=bins.days,
    )
    devices = device_table(data.devices.values(), data.common, region)
    temps = np.array(bins.temps, dtype=float)
    return Setting(
        data=data, region=region, tariff=tariff, on=on, place=place, climate=clim, bins=bins, valley_hours=valley,
        temps=temps,
        hours=np.array(bins.hours, dtype=float),
        month_hours=np.array([h for _, h in bins.by_month], dtype=float).reshape(len(bins.by_month), len(bins.temps)),
        months=tuple(m for m, _ in bins.by_month),
        valley_share=np.array([shares.get(t, 0.0) for t in bins.temps], dtype=float),
        devices=devices, pumps=pump_table(devices, data.common.heat_pumps, temps, match.design_temp_c),
    )
