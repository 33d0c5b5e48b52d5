"""The bundled climate pack: integrity, bins that reproduce the source sums, season and tariff shares."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heatadvisor.core.contract.typical_year import DAYS_IN_MONTH
from heatadvisor.core.place import climate
from heatadvisor.core.place.climate import UnknownStation
from heatadvisor.paths import resource

SOURCE = Path("/work/shared/data/climate")
HEATING_MONTHS = (10, 11, 12, 1, 2, 3, 4)
VALLEY = frozenset([20, 21, 22, 23, 0, 1, 2, 3, 4, 5, 6, 7])


def bin_sum_problems(c: climate.StationClimate) -> list[str]:
    """What is wrong with a station's bins against the source's sums (empty = fine)."""
    problems = []
    for month in range(1, 13):
        total = sum(h for _, h in c.month_bins.get(month, ()))
        if total != DAYS_IN_MONTH[month - 1] * 24:
            problems.append(f"month {month}: {total} h")
    if set(c.hour_bins) != set(range(24)):
        problems.append(f"clock hours {sorted(c.hour_bins)}")
    for hour, bins in c.hour_bins.items():
        if sum(h for _, h in bins) != climate.HOUR_BIN_DAYS:
            problems.append(f"hour {hour}: {sum(h for _, h in bins)} h")
    pooled: dict[int, float] = defaultdict(float)
    for bins in c.hour_bins.values():
        for t, h in bins:
            pooled[t] += h
    heating: dict[int, float] = defaultdict(float)
    for month in HEATING_MONTHS:
        for t, h in c.month_bins.get(month, ()):
            heating[t] += h
    if pooled != heating:
        problems.append("hour bins disagree with the October–April month bins")
    for bins in [*c.month_bins.values(), *c.hour_bins.values()]:
        temps = [t for t, _ in bins]
        if temps != sorted(set(temps)) or any(h <= 0 for _, h in bins):
            problems.append("bins not ascending, or empty bins listed")
    return problems


@pytest.fixture(scope="module")
def all_climates() -> list[climate.StationClimate]:
    return [climate.load_station(s.station_id) for s in climate.stations()]


def test_every_station_reproduces_the_source_sums(all_climates):
    assert len(all_climates) == 270
    for c in all_climates:
        assert bin_sum_problems(c) == [], c.station.station_id
        assert sum(h for bins in c.month_bins.values() for _, h in bins) == 8760
        assert sum(h for bins in c.hour_bins.values() for _, h in bins) == 212 * 24


@pytest.mark.parametrize("tamper", ["move_one_hour", "drop_a_month", "shift_hour_bin"])
def test_the_sum_check_catches_tampered_bins(tamper):
    c = climate.load_station("54511")
    month_bins, hour_bins = dict(c.month_bins), dict(c.hour_bins)
    if tamper == "move_one_hour":  # 1 h moved from January to February
        (t, h), *rest = month_bins[1]
        month_bins[1] = ((t, h - 1), *rest) if h > 1 else tuple(rest)
        month_bins[2] = ((month_bins[2][0][0], month_bins[2][0][1] + 1), *month_bins[2][1:])
    elif tamper == "drop_a_month":
        del month_bins[7]
    else:  # one clock hour's coldest bin 1 K colder: sums hold, the pooled check does not
        (t, h), *rest = hour_bins[3]
        hour_bins[3] = ((t - 1, h), *rest)
    tampered = dataclasses.replace(c, month_bins=month_bins, hour_bins=hour_bins)
    assert bin_sum_problems(tampered)


def test_pack_files_match_the_checksums_in_provenance():
    provenance = resource("climate", "PROVENANCE.md").read_text(encoding="utf-8")
    for name in ("stations.json", "bins.pack"):
        stated = re.search(rf"`{re.escape(name)}` `([0-9a-f]{{64}})`", provenance).group(1)
        assert hashlib.sha256(resource("climate", name).read_bytes()).hexdigest() == stated


@pytest.mark.skipif(not SOURCE.exists(), reason="shared source data not mounted")
def test_bundled_bins_equal_the_source_csv(all_climates):
    expected: dict[tuple[str, str, int], dict[int, float]] = defaultdict(dict)
    for name, kind, key in (("bins_month.csv", "month", "month"), ("bins_hour.csv", "hour", "hour")):
        with open(SOURCE / name, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                expected[(row["station_id"], kind, int(row[key]))][int(row["t_bin"])] = float(row["hours"])
    bundled = {}
    for c in all_climates:
        for kind, table in (("month", c.month_bins), ("hour", c.hour_bins)):
            for key, bins in table.items():
                bundled[(c.station.station_id, kind, key)] = dict(bins)
    assert bundled == expected


def test_station_metadata_is_the_same_from_both_files(all_climates):
    for c in all_climates:
        assert c.station == climate.station(c.station.station_id)
    beijing = climate.station("54511")
    assert (beijing.name_zh, beijing.gb_design_temp_c, beijing.tdb_996_c) == ("北京", -7.6, -10.9)
    assert beijing.heating_period_le5 == ((11, 12), (3, 14)) and beijing.heating_days_le5 == 123
    assert climate.station("54936").gb_design_temp_c is None  # Juxian: no GB 50736 entry


def test_named_locations():
    named = {loc.city_zh: loc for loc in climate.locations()}
    assert len(climate.locations()) == 87
    assert (named["日照"].station_id, named["日照"].gb_design_temp_c) == ("54936", -4.4)
    assert named["日照"].station_elevation_offset_m == 91.0
    assert named["青岛"].station_id is None and named["青岛"].fallback_station_id == "54843"
    station_ids = {s.station_id for s in climate.stations()}
    assert all((loc.station_id or loc.fallback_station_id) in station_ids for loc in climate.locations())


def test_unknown_station_is_a_clear_key_error():
    with pytest.raises(KeyError) as caught:
        climate.load_station("99999")
    assert isinstance(caught.value, UnknownStation)
    assert "99999" in str(caught.value) and "station" in str(caught.value)
    with pytest.raises(UnknownStation):
        climate.station("")


def test_heating_season_with_partial_months():
    c = climate.load_station("54511")
    season = climate.season_bins(c, (11, 15), (3, 15))
    assert season.days == 121  # 16 + 31 + 31 + 28 + 15
    assert sum(season.hours) == pytest.approx(121 * 24)
    assert [m for m, _ in season.by_month] == [11, 12, 1, 2, 3]
    november = dict(zip(season.temps, dict(season.by_month)[11]))
    for t, h in c.month_bins[11]:
        assert november[t] == pytest.approx(h * 16 / 30)
    assert list(season.temps) == sorted(season.temps)
    assert season.hours == tuple(map(sum, zip(*(h for _, h in season.by_month))))


def test_whole_year_and_single_day():
    c = climate.load_station("50953")
    assert climate.season_bins(c, (1, 1), (12, 31)).days == 365
    assert climate.season_bins(c, (3, 1), (2, 28)).days == 365
    one_day = climate.season_bins(c, (1, 10), (1, 10))
    assert one_day.days == 1 and sum(one_day.hours) == pytest.approx(24)
    with pytest.raises(ValueError):
        climate.season_bins(c, (2, 29), (3, 1))


month_days = st.integers(1, 12).flatmap(lambda m: st.tuples(st.just(m), st.integers(1, DAYS_IN_MONTH[m - 1])))


@given(start=month_days, end=month_days)
def test_season_hours_sum_to_days_times_24(start, end):
    c = climate.load_station("53698")
    season = climate.season_bins(c, start, end)
    day = [sum(DAYS_IN_MONTH[: m - 1]) + d for m, d in (start, end)]
    assert season.days == (day[1] - day[0]) % 365 + 1
    assert sum(season.hours) == pytest.approx(season.days * 24)
    assert all(h >= 0 for h in season.hours)


def test_hour_share():
    c = climate.load_station("54511")
    everything = climate.hour_share(c, frozenset(range(24)))
    assert everything and all(share == pytest.approx(1.0) for share in everything.values())
    valley = climate.hour_share(c, VALLEY)
    day = climate.hour_share(c, frozenset(range(24)) - VALLEY)
    assert 0.4 < sum(valley.values()) / len(valley) < 0.6
    assert all(0 <= share <= 1 for share in valley.values())
    pooled_bins = {t for bins in c.hour_bins.values() for t, _ in bins}
    for t, share in valley.items():
        if t in pooled_bins:
            assert share + day[t] == pytest.approx(1.0)
        else:  # a summer-only bin: the flat share of those hours
            assert share == pytest.approx(12 / 24)
    assert valley[min(pooled_bins)] > valley[max(pooled_bins)]  # the coldest hours are at night
    with pytest.raises(ValueError):
        climate.hour_share(c, frozenset([24]))


def test_core_does_not_import_qt():
    code = (
        "import sys, heatadvisor.core.place.climate, heatadvisor.core.place.places, heatadvisor.core.place.siting;"
        "sys.exit(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))"
    )
    repo = Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=repo, check=False).returncode == 0
