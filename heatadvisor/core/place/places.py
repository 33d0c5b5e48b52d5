"""County-level divisions of the clean-heating north: listing, tolerant lookup and search.

The table is ``resources/places/counties.csv`` (from the MIT-licensed cpca adcode table, built
by ``tools/build_places.py``, pinyin precomputed there). Which weather station and design
temperature a county gets is decided in :mod:`heatadvisor.core.place.siting`, behind ``locate``.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from heatadvisor.core.contract.problems import FieldProblem, InputError
from heatadvisor.paths import resource

ETHNIC_AUTONOMY = re.compile(
    r"^(.+?)(?:满|蒙古|回|达斡尔|鄂温克|鄂伦春|朝鲜|哈萨克|锡伯|塔吉克|柯尔克孜|保安|东乡|撒拉|土|藏|裕固)族.*自治[县旗]$"
)
DIVISION_SUFFIXES = ("自治县", "自治旗", "县", "市", "区", "旗")
PROVINCE_SUFFIXES = ("维吾尔自治区", "回族自治区", "自治区", "省", "市")


@dataclass(frozen=True, slots=True)
class County:
    code: str  # 6-digit adcode, e.g. "371122"
    name: str  # 莒县
    prefecture: str  # 日照市
    province: str  # 山东省
    lat: float
    lon: float
    pinyin: str  # "juxian"
    initials: str  # "jx"
    coords_from: str = "own"  # "own", or "prefecture"/"province" when the table had none


@dataclass(frozen=True, slots=True)
class LocationMatch:
    county: County
    station_id: str
    method: str  # "named" (a locations.csv target location covers this county) or "nearest"
    distance_km: float  # great-circle county → station
    elevation_diff_m: float | None  # station minus the design-value station, where known
    design_temp_c: float  # 供暖室外计算温度 used for sizing
    design_temp_source: str  # e.g. "GB 50736 日照", "CSWD 99.6 % typical year of 54936 …"
    note: str | None  # caveats: the locations.csv note, far or elevation-uncertain stations


@dataclass(frozen=True, slots=True)
class _Entry:
    """A county with the precomputed strings search compares against."""

    county: County
    stem: str
    context: str  # province short name + prefecture + name, for "日照" or "山东莒"
    pinyins: tuple[str, ...]  # pypinyin's reading first, then other readings
    initials: tuple[str, ...]
    latin: str  # all readings and initials in one string: a quick substring pre-check


def stem(name: str) -> str:
    """The proper name without the division type: 莒县 → 莒, 围场满族蒙古族自治县 → 围场."""
    autonomous = ETHNIC_AUTONOMY.match(name)
    if autonomous:
        return autonomous.group(1)
    for suffix in DIVISION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def short_province(name: str) -> str:
    """山东省 → 山东, 新疆维吾尔自治区 → 新疆, 北京市 → 北京; a short name stays as it is."""
    for suffix in PROVINCE_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split()) if text else ()


@lru_cache(maxsize=1)
def _entries() -> tuple[_Entry, ...]:
    with resource("places", "counties.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    entries = []
    for row in rows:
        county = County(
            code=row["code"],
            name=row["name"],
            prefecture=row["prefecture"],
            province=row["province"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            pinyin=row["pinyin"],
            initials=row["initials"],
            coords_from=row["coords"],
        )
        entries.append(
            _Entry(
                county=county,
                stem=stem(county.name),
                context=short_province(county.province) + county.prefecture + county.name,
                pinyins=(county.pinyin, *_split(row["alt_pinyin"])),
                initials=(county.initials, *_split(row["alt_initials"])),
                latin=" ".join((county.code, county.pinyin, county.initials, row["alt_pinyin"], row["alt_initials"])),
            )
        )
    return tuple(entries)


@lru_cache(maxsize=1)
def provinces() -> tuple[str, ...]:
    """The 15 northern provinces (full names), Beijing–Tianjin–Hebei first, then by region."""
    return tuple(dict.fromkeys(e.county.province for e in _entries()))


def _province_name(province: str) -> str | None:
    """Full province name for 山东 / 山东省 / 内蒙古; None if it is not one of ours."""
    wanted = short_province(province.strip())
    return next((p for p in provinces() if short_province(p) == wanted), None)


@lru_cache(maxsize=16)
def counties(province: str | None = None) -> tuple[County, ...]:
    """All counties, or those of one province (full or short name; unknown → empty)."""
    if province is None:
        return tuple(e.county for e in _entries())
    full = _province_name(province)
    return tuple(e.county for e in _entries() if e.county.province == full)


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[County, ...]]:
    """County name and its stem (莒县, 莒) → the counties so called (a small index: the
    province and prefecture that may stand in front are checked per match, not indexed)."""
    index: dict[str, list[County]] = {}
    for e in _entries():
        for key in {e.county.name, e.stem}:
            index.setdefault(key, []).append(e.county)
    return {key: tuple(found) for key, found in index.items()}


def _heads(county: County) -> set[str]:
    """What may stand before the name: nothing, the province and/or the prefecture, full or short."""
    provinces_ = ("", county.province, short_province(county.province))
    prefectures = ("", county.prefecture, stem(county.prefecture))
    return {p + q for p in provinces_ for q in prefectures}


def county_candidates(province: str | None, name: str, prefecture: str | None = None) -> tuple[County, ...]:
    """Every county ``name`` may mean ("莒县", "日照市莒县", "山东 日照 莒县", or the adcode),
    within ``province`` and ``prefecture`` (full or short names) when given. More than one
    when a name is shared inside a province (山西 has five 城区): the prefecture, given apart
    or in front of the name ("阳泉市城区"), tells them apart."""
    text = re.sub(r"[\s,，、/]+", "", name or "")
    if not text:
        return ()
    if text.isdigit():
        found: tuple[County, ...] = tuple(c for c in counties() if c.code == text[:6])
    else:
        index = _by_name()
        found = tuple(
            dict.fromkeys(c for cut in range(len(text)) for c in index.get(text[cut:], ()) if text[:cut] in _heads(c))
        )
    if province is not None:
        full = _province_name(province)
        found = tuple(c for c in found if c.province == full)
    wanted = re.sub(r"\s+", "", prefecture or "")
    if wanted:
        found = tuple(c for c in found if wanted in (c.prefecture, stem(c.prefecture)))
    return found


def find_county(province: str | None, name: str, prefecture: str | None = None) -> County | None:
    """The one county ``name`` means (see ``county_candidates``); None if nothing or more than
    one fits (长安区 is in both Xi'an and Shijiazhuang): use ``search`` to choose."""
    found = county_candidates(province, name, prefecture)
    return found[0] if len(found) == 1 else None


SHOWN_CANDIDATES = 8


def resolve_county(province: str | None, name: str, prefecture: str | None = None) -> County:
    """The county a case or a batch row means; InputError when none or several fit, naming the
    candidates with their prefecture (阳泉市城区、长治市城区…) so that the user can pick one."""
    found = county_candidates(province, name, prefecture)
    if len(found) == 1:
        return found[0]
    if found:
        shown = "、".join(c.prefecture + c.name for c in found[:SHOWN_CANDIDATES])
        raise InputError(
            [FieldProblem("location.county", "ambiguous_place", f"{name!r} in {province!r} may be {shown}", shown)]
        )
    elsewhere = county_candidates(province, name) if prefecture else ()
    if elsewhere:
        shown = "、".join(dict.fromkeys(c.prefecture for c in elsewhere))
        raise InputError(
            [
                FieldProblem(
                    "location.prefecture", "wrong_prefecture", f"no {name!r} in {prefecture!r}, only in {shown}", shown
                )
            ]
        )
    raise InputError([FieldProblem("location.county", "unknown_place", f"no county {name!r} in {province!r}")])


def unambiguous_name(county: County) -> str:
    """The name alone where it is the only one in its province (莒县), else with its prefecture
    in front (阳泉市城区): what a form puts in the county field so that it finds this county."""
    if len(county_candidates(county.province, county.name)) == 1:
        return county.name
    return county.prefecture + county.name


def _rank(entry: _Entry, query: str, is_latin: bool) -> int | None:
    """0 best; None = no match."""
    if query.isdigit():
        return 0 if entry.county.code.startswith(query) else None
    if is_latin:  # pypinyin's reading before the other readings of polyphonic characters
        if query in (entry.pinyins[0], entry.initials[0]):
            return 0
        if query in entry.pinyins or query in entry.initials:
            return 1
        if entry.pinyins[0].startswith(query) or entry.initials[0].startswith(query):
            return 2
        if any(p.startswith(query) for p in entry.pinyins + entry.initials):
            return 3
        return None
    name = entry.county.name
    if query in (name, entry.stem):
        return 0
    if name.startswith(query):
        return 1
    if query in name:
        return 2
    if query in entry.context:
        return 3
    return None


def search(query: str, province: str | None = None, limit: int = 20) -> list[County]:
    """Counties matching what is typed so far: hanzi anywhere in the name (or the prefecture /
    province, "日照" lists 日照's counties), pinyin initials or full pinyin from the start
    ("jx", "juxian", "ju"), or an adcode prefix. Exact hits first, then shorter names."""
    text = re.sub(r"[\s'’·,，]+", "", query or "").lower()
    if not text:
        return []
    is_latin = text.isascii()
    full = None if province is None else _province_name(province)
    hits = []
    for entry in _entries():
        if text not in (entry.latin if is_latin else entry.context):
            continue  # every match below contains the query somewhere in this string
        if full is not None and entry.county.province != full:
            continue
        rank = _rank(entry, text, is_latin)
        if rank is not None:
            hits.append((rank, len(entry.county.name), entry.county.code, entry.county))
    hits.sort(key=lambda hit: hit[:3])
    return [hit[3] for hit in hits[:limit]]


def locate(county: County) -> LocationMatch:
    """The weather station and design temperature for ``county`` (rules in ``siting``)."""
    from heatadvisor.core.place import (
        siting,  # loads the climate pack: only when first asked
    )

    return siting.locate(county)
