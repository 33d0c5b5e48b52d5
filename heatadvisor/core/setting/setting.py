"""What every household of one place, season and date shares: climate bins, region, tariff.

Built once and reused: a village survey asks for the same setting thousands of times, and
a recalculation while typing asks for it on every keystroke. The costly part (bins and heat-pump
tables) depends only on the weather station, the region and its tariff, the season, the date and the design
temperature, so counties that share those share it (a ``Site``); the device table depends on the
region alone, so a province's sites share one; a county's own setting adds only its ``Place``.
Every cache is bounded (least recently used goes first) and sized from the data (counties,
sites, region packs), so a survey of the whole north keeps what it uses, never more.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, fields
from datetime import date
from typing import TypeVar

import numpy as np

from ..contract.case import Case
from ..contract.problems import FieldProblem, InputError
from ..contract.results import Place
from ..contract.typical_year import month_day
from ..devices.device_table import DeviceTable, device_table
from ..devices.pump_table import PumpTable, pump_table
from ..packs.catalog_schema import Device
from ..packs.region_schema import RegionPack
from ..place import climate as climate_mod
from ..place import places
from ..place.siting import county_en, province_en, station_name_zh
from ..tariffs.models import TariffPack
from .bundle import DataBundle

T = TypeVar("T")


@dataclass(frozen=True, slots=True, eq=False)
class Site:
    """What every county on one weather station, region, tariff, season, date and design day shares."""

    data: DataBundle
    region: RegionPack
    tariff: TariffPack
    on: date
    station: climate_mod.Station
    bins: climate_mod.SeasonBins
    valley_hours: frozenset[int]
    temps: np.ndarray  # (M,) bin temperatures, °C
    hours: np.ndarray  # (M,) season hours in each bin
    month_hours: np.ndarray  # (S, M) hours in each bin by season month
    months: tuple[int, ...]  # (S,) the season's months (1–12), in season order
    valley_share: np.ndarray  # (M,) share of each bin's hours in the tariff's valley
    devices: DeviceTable  # the catalogue's figures, with emission factors on the region's grid
    pumps: PumpTable  # the catalogue's heat pumps fitted and evaluated in these bins

    @property
    def climate(self) -> climate_mod.StationClimate:
        """The station's typical year, from ``load_station``'s bounded cache: a site keeps only the
        bins it needs, so a survey of every county does not hold every station's year (~100 kB each)."""
        return climate_mod.load_station(self.station.station_id)


@dataclass(frozen=True, slots=True, eq=False)
class Setting(Site):
    """A county's setting: its site's figures and its own place. Households of counties with the
    same ``site`` are evaluated together (``comparison/group.py``)."""

    place: Place
    site: Site


_SITE_FIELDS = tuple(f.name for f in fields(Site))


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


class Kept(OrderedDict[Hashable, T]):
    """A cache that keeps at most ``limit`` entries, dropping the least recently used."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def get_or_make(self, key: Hashable, make: Callable[[], T], current: Callable[[T], bool]) -> T:
        """The entry at ``key`` if ``current`` says it still holds (keys hold ids, which Python
        reuses), else a new one from ``make``."""
        hit = self.get(key)
        if hit is not None and current(hit):
            self.move_to_end(key)
            return hit
        made = self[key] = make()
        if len(self) > self.limit:
            self.popitem(last=False)
        return made


SETTINGS_KEPT = 2048  # every county of the north (1,367) with room to spare; a Setting is a few hundred bytes
SITES_KEPT = 256  # the north's counties use ~220 sites; each holds its bins and pump tables (~10 kB)
REGIONS_KEPT = 32  # the region packs: one per northern province (15), with room for imported ones
_SETTINGS: Kept[Setting] = Kept(SETTINGS_KEPT)
_SITES: Kept[Site] = Kept(SITES_KEPT)
_DEVICES: Kept[tuple[DataBundle, RegionPack, DeviceTable]] = Kept(REGIONS_KEPT)


def setting_for(case: Case, data: DataBundle) -> Setting:
    """The shared setting of ``case``'s place, season and date (cached per bundle)."""
    on = case.on_date or date.today()
    loc = case.location
    key = (id(data), loc.province, loc.prefecture, loc.county, case.season_start, case.season_end, on)
    return _SETTINGS.get_or_make(key, lambda: _build(case, data, on), lambda hit: hit.data is data)


def _build(case: Case, data: DataBundle, on: date) -> Setting:
    match = resolve_place(case)
    try:
        region = data.region_for(match.county.province)
    except KeyError:
        raise InputError([FieldProblem("location.province", "unsupported_province", match.county.province)]) from None
    start = case.season_start or region.season.start
    end = case.season_end or region.season.end
    tariff = data.tariff_for(region, match.county.province, match.county.prefecture)
    key = (id(data), id(region), id(tariff), match.station_id, start, end, on, match.design_temp_c)
    site = _SITES.get_or_make(
        key,
        lambda: _site(data, region, tariff, match.station_id, start, end, on, match.design_temp_c),
        lambda hit: hit.data is data and hit.region is region and hit.tariff is tariff,
    )
    place = Place(
        province=match.county.province,
        prefecture=match.county.prefecture,
        county=match.county.name,
        county_code=match.county.code,
        province_en=province_en(match.county.province),
        county_en=county_en(match.county),
        station_id=match.station_id,
        station_name_zh=station_name_zh(match.station_id),
        station_name_en=site.station.name_en,
        method=match.method,
        distance_km=round(match.distance_km, 1),
        design_temp_c=match.design_temp_c,
        design_temp_source=match.design_temp_source,
        season_start=start,
        season_end=end,
        season_days=site.bins.days,
    )
    return Setting(**{name: getattr(site, name) for name in _SITE_FIELDS}, place=place, site=site)


def _site(
    data: DataBundle,
    region: RegionPack,
    tariff: TariffPack,
    station_id: str,
    start: str,
    end: str,
    on: date,
    design_temp_c: float,
) -> Site:
    clim = climate_mod.load_station(station_id)
    bins = climate_mod.season_bins(clim, month_day(start), month_day(end))
    valley = valley_hours(tariff, on)
    shares = climate_mod.hour_share(clim, valley) if valley else {}
    devices = _devices(data, region)
    temps = np.array(bins.temps, dtype=float)
    return Site(
        data=data,
        region=region,
        tariff=tariff,
        on=on,
        station=clim.station,
        bins=bins,
        valley_hours=valley,
        temps=temps,
        hours=np.array(bins.hours, dtype=float),
        month_hours=np.array([h for _, h in bins.by_month], dtype=float).reshape(len(bins.by_month), len(bins.temps)),
        months=tuple(m for m, _ in bins.by_month),
        valley_share=np.array([shares.get(t, 0.0) for t in bins.temps], dtype=float),
        devices=devices,
        pumps=pump_table(devices, data.common.heat_pumps, temps, design_temp_c, climate_mod.annual_mean_c(clim)),
    )


def _devices(data: DataBundle, region: RegionPack) -> DeviceTable:
    """The catalogue's figures with emission factors on the region's grid: they depend on the
    region alone, so every site of a province shares one table."""
    made = _DEVICES.get_or_make(
        (id(data), id(region)),
        lambda: (data, region, device_table(data.devices.values(), data.common, region, data.device_estimates)),
        lambda hit: hit[0] is data and hit[1] is region,
    )
    return made[2]
