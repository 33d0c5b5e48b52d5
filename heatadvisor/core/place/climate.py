"""Typical-year station climate (CSWD, 270 stations) and the bins the heat-loss model runs on.

The data are built into ``resources/climate`` by ``tools/build_climate_pack.py`` (see its
PROVENANCE.md). Station metadata is read whole on first use; a station's bins are inflated
from ``bins.pack`` only when that station is asked for. Plain frozen dataclasses, no pydantic:
this sits on the start-up path.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from heatadvisor.core.contract.typical_year import DAYS_IN_MONTH, MonthDay, season_days_by_month
from heatadvisor.paths import resource

HOUR_BIN_DAYS = 212  # October–April, pooled in the clock-hour bins
BINS_MAGIC = b"HEATADVISOR-BINS 1\n"  # first line of resources/climate/bins.pack

Bins = tuple[tuple[int, float], ...]


class UnknownStation(KeyError):
    """No station with this id in the bundled climate pack."""

    def __str__(self) -> str:
        return f"unknown climate station {self.args[0]!r}: not one of the 270 CSWD stations bundled"


@dataclass(frozen=True, slots=True)
class Station:
    station_id: str
    name_zh: str | None
    name_en: str
    province_zh: str | None
    province_en: str
    lat: float
    lon: float
    elevation_m: float
    hdd18: float
    tdb_996_c: float
    gb_design_temp_c: float | None  # GB 50736 供暖室外计算温度 where the station has one
    heating_days_le5: int | None = None  # GB 50736 days with daily mean ≤ +5 °C
    heating_period_le5: tuple[MonthDay, MonthDay] | None = None  # GB 50736 start, end (inclusive)


@dataclass(frozen=True, slots=True)
class TargetLocation:
    """A named target location of ``locations.csv``: its chosen station and GB 50736 values."""

    loc_id: int
    province_zh: str
    city_zh: str
    city_en: str
    station_id: str | None  # None for the four cities with no CSWD station within 80 km / ±200 m
    cswd_relation: str
    gb_station_id: str
    gb_station_zh: str
    gb_design_temp_c: float
    heating_days_le5: int | None
    heating_period_le5: tuple[MonthDay, MonthDay] | None
    fallback_station_id: str | None  # nearest CSWD station within ±200 m; not a recommendation
    fallback_dist_km: float | None
    station_elevation_offset_m: float | None  # climate station minus GB station, where stated
    note: str | None


@dataclass(frozen=True, slots=True)
class StationClimate:
    station: Station
    # month 1..12 -> ((t_bin °C, hours), ...) ascending t_bin; hours sum to days × 24
    month_bins: Mapping[int, Bins] = field(hash=False)
    # clock hour 0..23 -> ((t_bin, hours), ...), October–April pooled (212 h per clock hour)
    hour_bins: Mapping[int, Bins] = field(hash=False)


def annual_mean_c(climate: StationClimate) -> float:
    """The typical year's mean air temperature (what shallow ground settles to)."""
    pairs = [pair for month in climate.month_bins.values() for pair in month]
    return sum(t * hours for t, hours in pairs) / sum(hours for _, hours in pairs)


@dataclass(frozen=True, slots=True)
class SeasonBins:
    temps: tuple[int, ...]  # ascending bin centres, °C, the union over the season's months
    hours: tuple[float, ...]  # season hours at each temp (aligned with temps)
    by_month: tuple[tuple[int, tuple[float, ...]], ...]  # (month, hours per temp), season order
    days: float  # length of the season in days


def _period(value: list[list[int]] | None) -> tuple[MonthDay, MonthDay] | None:
    return None if value is None else (MonthDay(value[0][0], value[0][1]), MonthDay(value[1][0], value[1][1]))


def _records(table: dict[str, Any]) -> list[dict[str, Any]]:
    fields = table["fields"]
    return [dict(zip(fields, row)) for row in table["rows"]]


def _station(s: dict[str, Any]) -> Station:
    return Station(
        station_id=s["station_id"],
        name_zh=s["name_zh"],
        name_en=s["name_en"],
        province_zh=s["province_zh"],
        province_en=s["province_en"],
        lat=s["lat"],
        lon=s["lon"],
        elevation_m=s["elevation_m"],
        hdd18=s["hdd18"],
        tdb_996_c=s["tdb_996_c"],
        gb_design_temp_c=s["gb_design_temp_c"],
        heating_days_le5=s["heating_days_le5"],
        heating_period_le5=_period(s["heating_period_le5"]),
    )


def _location(loc: dict[str, Any]) -> TargetLocation:
    return TargetLocation(
        loc_id=loc["loc_id"],
        province_zh=loc["province_zh"],
        city_zh=loc["city_zh"],
        city_en=loc["city_en"],
        station_id=loc["station_id"],
        cswd_relation=loc["cswd_relation"],
        gb_station_id=loc["gb_station_id"],
        gb_station_zh=loc["gb_station_zh"],
        gb_design_temp_c=loc["gb_design_temp_c"],
        heating_days_le5=loc["heating_days_le5"],
        heating_period_le5=_period(loc["heating_period_le5"]),
        fallback_station_id=loc["fallback_station_id"],
        fallback_dist_km=loc["fallback_dist_km"],
        station_elevation_offset_m=loc["station_elevation_offset_m"],
        note=loc["note"],
    )


@lru_cache(maxsize=1)
def _pack() -> tuple[dict[str, Station], tuple[TargetLocation, ...]]:
    raw = json.loads(resource("climate", "stations.json").read_text(encoding="utf-8"))
    by_id = {s["station_id"]: _station(s) for s in _records(raw["stations"])}
    return by_id, tuple(_location(loc) for loc in _records(raw["locations"]))


def stations() -> tuple[Station, ...]:
    """All bundled stations, in the source's order (by WMO id)."""
    return tuple(_pack()[0].values())


def station(station_id: str) -> Station:
    """One station's metadata without decoding its bins."""
    try:
        return _pack()[0][station_id]
    except KeyError:
        raise UnknownStation(station_id) from None


def locations() -> tuple[TargetLocation, ...]:
    """The 87 named target locations of ``locations.csv``."""
    return _pack()[1]


def _bins(dense: list[int]) -> Bins:
    """``[t_lo, h, h, …]`` → ((t_bin, hours), …) for the nonzero bins."""
    low = dense[0]
    return tuple((low + i, float(h)) for i, h in enumerate(dense[1:]) if h)


@lru_cache(maxsize=1)
def _bins_index() -> tuple[dict[str, list[int]], int]:
    """The index line of bins.pack (station → [offset, length]) and where the blobs start."""
    with resource("climate", "bins.pack").open("rb") as pack:
        if pack.readline() != BINS_MAGIC:
            raise ValueError("resources/climate/bins.pack is not a HeatAdvisor bins pack")
        index = json.loads(pack.readline())
        return index, pack.tell()


def _read_blob(station_id: str) -> bytes:
    index, start = _bins_index()
    if station_id not in index:
        raise UnknownStation(station_id)
    offset, length = index[station_id]
    with resource("climate", "bins.pack").open("rb") as pack:
        pack.seek(start + offset)
        return pack.read(length)


STATIONS_KEPT = 32  # decoded stations kept; a cache keyed by a station's climate keeps that climate too


@lru_cache(maxsize=STATIONS_KEPT)
def load_station(station_id: str) -> StationClimate:
    """A station with its month and October–April clock-hour bins (cached).

    Decodes only this station's blob, which carries its own metadata record.
    """
    raw = json.loads(zlib.decompress(_read_blob(station_id)))
    return StationClimate(
        station=_station(raw["station"]),
        month_bins=MappingProxyType({int(m): _bins(d) for m, d in raw["month"].items()}),
        hour_bins=MappingProxyType({int(h): _bins(d) for h, d in raw["hour"].items()}),
    )


@lru_cache(maxsize=STATIONS_KEPT)
def season_bins(climate: StationClimate, start: tuple[int, int], end: tuple[int, int]) -> SeasonBins:
    """Hours per 1 K bin over the inclusive season start..end, given as (month, day).

    The season may wrap the new year, e.g. (11, 15) → (3, 15). Partial-month rule: the
    typical year keeps no dates inside a month's bins, so a month only partly in the season
    contributes its bins scaled by (season days in that month / days in the month), with
    the 365-day typical year (February has 28 days). The hours therefore sum to days × 24.
    """
    days = season_days_by_month(start, end)
    weights = {m: n / DAYS_IN_MONTH[m - 1] for m, n in days.items()}
    temps = tuple(sorted({t for m in days for t, _ in climate.month_bins.get(m, ())}))
    by_month = []
    for month, weight in weights.items():
        hours_at = dict(climate.month_bins.get(month, ()))
        by_month.append((month, tuple(hours_at.get(t, 0.0) * weight for t in temps)))
    hours = tuple(sum(column) for column in zip(*(h for _, h in by_month))) if temps else ()
    return SeasonBins(temps=temps, hours=hours, by_month=tuple(by_month), days=float(sum(days.values())))


@lru_cache(maxsize=STATIONS_KEPT)
def hour_share(climate: StationClimate, clock_hours: frozenset[int]) -> Mapping[int, float]:
    """Share (0..1) of each bin's October–April hours that fall in ``clock_hours``.

    Covers every t_bin of the station's month and hour bins. A bin with no October–April
    hours gets the share of those clock hours in a day, len(clock_hours)/24. The dict is
    cached and shared: do not modify it.
    """
    if not clock_hours <= frozenset(range(24)):
        raise ValueError(f"clock hours must be 0..23, got {sorted(clock_hours)}")
    inside: dict[int, float] = {}
    total: dict[int, float] = {}
    for hour, bins in climate.hour_bins.items():
        for t, h in bins:
            total[t] = total.get(t, 0.0) + h
            if hour in clock_hours:
                inside[t] = inside.get(t, 0.0) + h
    flat = len(clock_hours) / 24
    every_bin = set(total).union(*(dict(b) for b in climate.month_bins.values()))
    return MappingProxyType({t: inside.get(t, 0.0) / total[t] if t in total else flat for t in sorted(every_bin)})
