"""Which weather station and which design temperature a county gets.

Rules (the county table has coordinates but no elevation, so elevation is judged only between
stations, never guessed for the county):

1. **Named location.** A target location of ``locations.csv`` covers, in its province,
   (a) the county-level division of the same name (满洲里 → 满洲里市, 阿勒泰 → 阿勒泰市,
   朝阳 → 朝阳县) and (b) the districts (区) of the prefecture of that name (日照 → 东港区,
   岚山区; 北京 → every district of Beijing). Such a county gets the location's station and
   its GB 50736 design temperature. Exception: a county with another CSWD station within
   ``OWN_STATION_KM`` that is nearer than the named one gets that station by rule 2 (密云区 →
   Miyun). The four locations without a CSWD station (Qingdao, Dezhou, Luoyang, Baotou) use
   their ``fallback_station_id`` for the bins (the nearest station at a similar elevation) and
   say so in the note.
2. **Nearest.** Otherwise the nearest CSWD station, preferring the county's own province:
   a station across a provincial border (often a mountain ridge here) is taken only when it is
   at least ``1 - OTHER_PROVINCE_FACTOR`` nearer. The design temperature is the station's own
   GB 50736 value; else that of the nearest GB station within ``GB_NEIGHBOUR_KM`` of the county
   and ``GB_NEIGHBOUR_ELEV_M`` of the chosen station; else the station's typical-year 99.6 %
   dry bulb (an hourly statistic, about 3 K colder than GB's daily-mean one).

The note (both rules) warns when another station almost as near differs by more than
``ELEVATION_SPREAD_M`` in elevation (the county's altitude decides which fits: 延庆区 gets
Beijing's station by rule 1, with Huailai 500 m higher about as near), when the station is
more than ``FAR_KM`` away, and when the county's coordinates are its prefecture's or
province's because the table had none.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from heatadvisor.core.place import climate
from heatadvisor.core.place.places import (
    County,
    LocationMatch,
    counties,
    short_province,
    stem,
)

OWN_STATION_KM = 25.0
OTHER_PROVINCE_FACTOR = 0.8
GB_NEIGHBOUR_KM = 100.0
GB_NEIGHBOUR_ELEV_M = 200.0
ELEVATION_SPREAD_M = 400.0
ALMOST_AS_NEAR = 1.25  # "almost as near": within this factor of the chosen distance
FAR_KM = 100.0
EARTH_RADIUS_KM = 6371.0088

# CSWD province_en → short Chinese name, for the 15 northern provinces (others never match)
PROVINCE_EN = {
    "Beijing": "北京",
    "Tianjin": "天津",
    "Hebei": "河北",
    "Shanxi": "山西",
    "Shandong": "山东",
    "Henan": "河南",
    "Nei Mongol": "内蒙古",
    "Liaoning": "辽宁",
    "Jilin": "吉林",
    "Heilongjiang": "黑龙江",
    "Shaanxi": "陕西",
    "Gansu": "甘肃",
    "Ningxia Hui": "宁夏",
    "Qinghai": "青海",
    "Xinjiang Uygur": "新疆",
}


# a county's division type: its Chinese suffix, the suffix's pinyin, and the English word
DIVISIONS_EN = (
    ("自治县", "zizhixian", "Autonomous County"),
    ("自治旗", "zizhiqi", "Autonomous Banner"),
    ("县", "xian", "County"),
    ("区", "qu", "District"),
    ("市", "shi", "City"),
    ("旗", "qi", "Banner"),
)


def province_en(province: str) -> str:
    """The province's name as the weather data spells it in English (Shandong, Nei Mongol)."""
    short = short_province(province)
    return next((en for en, zh in PROVINCE_EN.items() if zh == short), province)


def county_en(county: County) -> str:
    """The county's pinyin name with its type in English: 莒县 → Ju County, 房山区 → Fangshan District."""
    for suffix, sound, word in DIVISIONS_EN:
        if county.name.endswith(suffix) and county.pinyin.endswith(sound) and len(county.pinyin) > len(sound):
            return f"{county.pinyin[: -len(sound)].capitalize()} {word}"
    return county.pinyin.capitalize()


@dataclass(frozen=True, slots=True)
class _Spot:
    """A point with its latitude's radians and cosine worked out once: every county is measured
    against all 270 stations, and every station against all counties."""

    lat_rad: float
    cos_lat: float
    lon: float


def _spot(lat: float, lon: float) -> _Spot:
    lat_rad = math.radians(lat)
    return _Spot(lat_rad, math.cos(lat_rad), lon)


def _between(a: _Spot, b: _Spot) -> float:
    """Great-circle (haversine) distance, km."""
    h = (
        math.sin((b.lat_rad - a.lat_rad) / 2) ** 2
        + a.cos_lat * b.cos_lat * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance."""
    return _between(_spot(lat1, lon1), _spot(lat2, lon2))


@lru_cache(maxsize=1)
def _station_spots() -> tuple[tuple[climate.Station, _Spot], ...]:
    return tuple((s, _spot(s.lat, s.lon)) for s in climate.stations())


@lru_cache(maxsize=1)
def _seat_spots() -> tuple[tuple[County, _Spot], ...]:
    """Counties with coordinates of their own (a seat a station can be named after)."""
    return tuple((c, _spot(c.lat, c.lon)) for c in counties() if c.coords_from == "own")


def _by_distance(county: County) -> list[tuple[float, climate.Station]]:
    here = _spot(county.lat, county.lon)
    return sorted(((_between(here, spot), s) for s, spot in _station_spots()), key=lambda pair: pair[0])


def _named_location(county: County) -> climate.TargetLocation | None:
    """The target location covering the county (rule 1), the same-named division first."""
    province = short_province(county.province)
    candidates = [loc for loc in climate.locations() if loc.province_zh == province]
    same_name = [loc for loc in candidates if loc.city_zh in (county.name, stem(county.name))]
    districts = [loc for loc in candidates if county.name.endswith("区") and loc.city_zh == stem(county.prefecture)]
    return next(iter(same_name + districts), None)


def _nearest_station(county: County, ranked: list[tuple[float, climate.Station]]) -> tuple[float, climate.Station]:
    province = short_province(county.province)
    nearest = ranked[0]
    own = next((pair for pair in ranked if PROVINCE_EN.get(pair[1].province_en) == province), nearest)
    return nearest if nearest[0] < OTHER_PROVINCE_FACTOR * own[0] else own


def _design_temperature(
    county: County, station: climate.Station, ranked: list[tuple[float, climate.Station]]
) -> tuple[float, str]:
    if station.gb_design_temp_c is not None:
        return station.gb_design_temp_c, f"GB 50736 {station.name_zh} (station {station.station_id})"
    for distance, other in ranked:
        if distance > GB_NEIGHBOUR_KM:
            break
        if other.gb_design_temp_c is not None and abs(other.elevation_m - station.elevation_m) <= GB_NEIGHBOUR_ELEV_M:
            return (
                other.gb_design_temp_c,
                f"GB 50736 nearest station {other.station_id} {other.name_zh} ({distance:.0f} km)",
            )
    return (
        station.tdb_996_c,
        (
            f"CSWD 99.6 % typical-year {station.station_id} {station.name_en} (no GB value within "
            f"{GB_NEIGHBOUR_KM:.0f} km and ±{GB_NEIGHBOUR_ELEV_M:.0f} m)"
        ),
    )


def _station_notes(
    county: County, distance: float, station: climate.Station, ranked: list[tuple[float, climate.Station]]
) -> list[str]:
    notes = []
    if county.coords_from != "own":
        notes.append(
            f"the county table has no coordinates for {county.name}; its "
            f"{county.coords_from}'s are used, so the distance is approximate"
        )
    rival = next(
        (
            s
            for d, s in ranked
            if d <= ALMOST_AS_NEAR * max(distance, 20.0)
            and abs(s.elevation_m - station.elevation_m) > ELEVATION_SPREAD_M
        ),
        None,
    )
    if rival is not None:
        notes.append(
            f"elevation uncertain: {station.name_en} {station.station_id} is at "
            f"{station.elevation_m:.0f} m, {rival.name_en} {rival.station_id} about as "
            f"near at {rival.elevation_m:.0f} m; the county's own altitude decides"
        )
    if distance > FAR_KM:
        notes.append(f"the station is {distance:.0f} km away")
    return notes


def _by_nearest(county: County, ranked: list[tuple[float, climate.Station]]) -> LocationMatch:
    distance, station = _nearest_station(county, ranked)
    design, source = _design_temperature(county, station, ranked)
    return LocationMatch(
        county=county,
        station_id=station.station_id,
        method="nearest",
        distance_km=distance,
        elevation_diff_m=None,
        design_temp_c=design,
        design_temp_source=source,
        note="; ".join(_station_notes(county, distance, station, ranked)) or None,
    )


def _by_named(
    county: County, loc: climate.TargetLocation, ranked: list[tuple[float, climate.Station]]
) -> LocationMatch:
    station_id = loc.station_id or loc.fallback_station_id
    assert station_id is not None, loc.loc_id  # the bundled table gives every location one of the two
    station = climate.station(station_id)
    distance = distance_km(county.lat, county.lon, station.lat, station.lon)
    gb_place = loc.gb_station_zh if loc.gb_station_zh == loc.city_zh else f"{loc.gb_station_zh} (for {loc.city_zh})"
    notes = [loc.note] if loc.note else []
    if loc.station_id is None:
        notes.insert(
            0,
            f"no CSWD station within 80 km and ±200 m of {loc.city_zh}'s; bins from "
            f"{station.name_en} {station.station_id} ({distance:.0f} km), the nearest "
            f"at a similar elevation — not an equivalent climate",
        )
    notes += _station_notes(county, distance, station, ranked)
    return LocationMatch(
        county=county,
        station_id=station.station_id,
        method="named",
        distance_km=distance,
        elevation_diff_m=loc.station_elevation_offset_m,
        design_temp_c=loc.gb_design_temp_c,
        design_temp_source=f"GB 50736 {gb_place}",
        note="; ".join(notes) or None,
    )


@lru_cache(maxsize=2048)  # every county fits
def locate(county: County) -> LocationMatch:
    ranked = _by_distance(county)
    loc = _named_location(county)
    if loc is None:
        return _by_nearest(county, ranked)
    named = _by_named(county, loc, ranked)
    nearest_distance, nearest = ranked[0]
    if (
        nearest.station_id != named.station_id
        and nearest_distance <= OWN_STATION_KM
        and nearest_distance < named.distance_km
    ):
        return _by_nearest(county, ranked)
    return named


STATION_COUNTY_KM = 25.0  # a station this close to a county seat is named after that county


@lru_cache(maxsize=512)
def station_name_zh(station_id: str) -> str:
    """A Chinese name for a weather station a villager can place (views add 站 / 气象站).

    GB 50736 names only 143 of the 270 stations; the others are named after the nearest
    county seat within a few kilometres (e.g. Juxian → 莒县), else the English name stays.
    """
    station = climate.station(station_id)
    if station.name_zh:
        return station.name_zh
    here = _spot(station.lat, station.lon)
    nearest = min(((_between(here, spot), c) for c, spot in _seat_spots()), key=lambda pair: pair[0], default=None)
    if nearest is not None and nearest[0] <= STATION_COUNTY_KM:
        return nearest[1].name
    return station.name_en
