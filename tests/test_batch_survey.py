"""A province's survey: counties sharing a weather station share their setting's site and are
evaluated together without changing anyone's figures; caches stay bounded; rows stream out."""

from __future__ import annotations

import io
import random

import pytest

from heatadvisor.cli import batch
from heatadvisor.cli.batch import Progress, results, streamed, time_left
from heatadvisor.core.contract.case import Location
from heatadvisor.core.contract.case_io import case_from_data
from heatadvisor.core.contract.problems import FieldProblem
from heatadvisor.core.money import subsidy_link
from heatadvisor.core.money.subsidy_link import Assessor
from heatadvisor.core.place import places
from heatadvisor.core.setting import setting as setting_mod
from heatadvisor.core.setting.bundle import bundled
from heatadvisor.core.setting.setting import Kept, find_device, setting_for
from heatadvisor.core.subsidies import HouseholdFacts

ON = "2026-11-25"


def _northern_counties() -> list[places.County]:
    return [c for province in sorted(bundled().regions) for c in places.counties(province)]


def _row(county: places.County, i: int) -> dict[str, str]:
    rng = random.Random(i)
    return {
        "id": f"h{i}",
        "province": county.province,
        "prefecture": county.prefecture,
        "county": county.name,
        "heated_area_m2": str(rng.randint(40, 200)),
        "wall": rng.choice(["brick_240", "adobe"]),
        "current_device": rng.choice(["coal_stove", "coal_boiler"]),
        "last_winter_quantity": rng.choice(["", "2"]),
        "last_winter_unit": "t",
        "on_date": ON,
    }


def _case(county: places.County):
    return case_from_data(
        {
            "location": {"province": county.province, "prefecture": county.prefecture, "county": county.name},
            "house": {"heated_area_m2": 90},
            "current": {"device_id": "coal_stove"},
            "on_date": ON,
        }
    )


def test_counties_of_one_station_share_a_site_but_keep_their_place():
    by_site: dict[tuple, list[places.County]] = {}
    for county in _northern_counties():
        match = places.locate(county)
        by_site.setdefault((county.province, match.station_id, match.design_temp_c), []).append(county)
    first, second = next(counties for counties in by_site.values() if len(counties) > 1)[:2]
    a, b = setting_for(_case(first), bundled()), setting_for(_case(second), bundled())
    assert a is not b and a.site is b.site and a.pumps is b.pumps
    assert (a.place.county, b.place.county) == (first.name, second.name)


def test_a_survey_over_many_counties_gives_each_household_what_it_gets_alone():
    """Households of different counties on one station are compared as one group: each row
    must come out exactly as it does in a batch of its own (county, station, subsidies)."""
    counties = _northern_counties()[::9]  # ~150 counties across every province
    rows = [_row(county, i) for i, county in enumerate(counties * 2)]
    together = results(rows, "zh")
    alone = [results([row], "zh", first=i + 1)[0] for i, row in enumerate(rows)]
    assert together == alone
    assert {r["county"] for r in together} == {c.name for c in counties}
    assert all(r["status"] in ("ok", "check") for r in together)  # "check": compared, the estimate asks for last winter


def _heat_pump_subsidy(province: str, county: str, explain: bool):
    case = _case(places.resolve_county(province, county))
    data = bundled()
    assess = Assessor(setting_for(case, data), case, data.devices["coal_stove"], explain)
    return assess(data.devices["ashp_aw_10kw"], (20_000.0, 26_000.0, 32_000.0), 10.0)


def test_counties_every_programme_treats_alike_share_one_subsidy_answer():
    """Hebei's programmes are province-wide: its counties ask the engine one question for the
    money; the full account names each county, so it is asked per county; Fangshan has a
    programme of its own, so it never shares Miyun's answer."""
    assert _heat_pump_subsidy("河北省", "平山县", False) is _heat_pump_subsidy("河北省", "围场满族蒙古族自治县", False)
    pingshan, weichang = (
        _heat_pump_subsidy("河北省", "平山县", True),
        _heat_pump_subsidy("河北省", "围场满族蒙古族自治县", True),
    )
    assert pingshan is not weichang and pingshan.capital_total == weichang.capital_total
    assert _heat_pump_subsidy("北京市", "房山区", False) is not _heat_pump_subsidy("北京市", "密云区", False)


def test_a_shared_subsidy_answer_is_what_each_county_gets_asked_alone(monkeypatch):
    """Every county of the provinces with policy packs (Fangshan, Laixi, Jiaozuo's, Xinrong,
    Donggang with programmes of their own): the survey's rows, asked together, equal each row
    asked with nothing remembered from the other counties."""
    counties = [
        c for c in _northern_counties() if c.province in {"北京市", "河北省", "河南省", "山东省", "山西省", "天津市"}
    ]
    rows = [
        _row(county, i) | {"on_date": on}
        for i, county in enumerate(
            counties[::4] + [c for c in counties if c.name in ("房山区", "莱西市", "新荣区", "东港区", "修武县")]
        )
        for on in ("2019-11-25", "2021-11-25", ON)
    ]
    together = results(rows, "zh")
    alone = []
    for i, row in enumerate(rows):
        monkeypatch.setattr(subsidy_link, "_ASKED", {})
        monkeypatch.setattr(subsidy_link, "_ASSESSED", {})
        alone.append(results([row], "zh", first=i + 1)[0])
    assert together == alone
    subsidised = [r["net_capital_yuan"] < r["capital_yuan"] for r in together if r.get("recommended")]
    assert any(subsidised) and not all(subsidised)  # some places pay a subsidy on the advice, others none


def test_sites_of_one_region_share_its_device_table(monkeypatch):
    for cache in ("_SETTINGS", "_SITES", "_DEVICES"):  # as a survey starts: what earlier tests kept may be evicted
        monkeypatch.setattr(setting_mod, cache, Kept(getattr(setting_mod, cache).limit))
    data = bundled()
    hebei = [setting_for(_case(county), data) for county in places.counties("河北省")[::10]]
    henan = setting_for(_case(places.resolve_county("河南省", "修武县")), data)
    assert len({id(s.site) for s in hebei}) > 3 and len({id(s.devices) for s in hebei}) == 1
    assert henan.devices is not hebei[0].devices


def test_setting_caches_hold_no_more_than_their_limit(monkeypatch):
    monkeypatch.setattr(setting_mod, "_SETTINGS", Kept(5))
    monkeypatch.setattr(setting_mod, "_SITES", Kept(3))
    monkeypatch.setattr(setting_mod, "_DEVICES", Kept(2))
    for county in _northern_counties()[::50]:
        setting_for(_case(county), bundled())
        assert len(setting_mod._SETTINGS) <= 5 and len(setting_mod._SITES) <= 3 and len(setting_mod._DEVICES) <= 2


def test_policy_packs_are_kept_for_no_more_places_than_their_limit(monkeypatch):
    """A survey over many townships keeps the packs of the places asked last only; a place asked
    again after it was dropped gets the same packs."""
    assert subsidy_link._PACKS_FOR.limit == subsidy_link.PACKS_KEPT
    monkeypatch.setattr(subsidy_link, "_PACKS_FOR", Kept(3))
    data, fangshan = bundled(), places.resolve_county("北京市", "房山区")  # Beijing's programmes cover it
    setting = setting_for(_case(fangshan), data)
    current = find_device(data, "coal_stove", "current.device_id")

    def facts(township: str) -> HouseholdFacts:
        case = _case(fangshan).model_copy(
            update={"location": Location(province="北京市", county="房山区", township=township)}
        )
        return subsidy_link.household_facts(setting, case, current)

    asked = []
    for i in range(6):
        asked.append(subsidy_link.packs_for(setting, facts(f"第{i}镇")))
        assert len(subsidy_link._PACKS_FOR) == min(i + 1, 3)
    assert [t for *_, t in subsidy_link._PACKS_FOR] == ["第3镇", "第4镇", "第5镇"]
    assert asked[0] and all(packs == asked[0] for packs in asked)
    assert subsidy_link.packs_for(setting, facts("第0镇")) == asked[0]  # dropped, chosen again alike
    assert [t for *_, t in subsidy_link._PACKS_FOR] == ["第4镇", "第5镇", "第0镇"]


def test_a_survey_of_every_county_fits_the_caches_without_evicting():
    """The bounds are sized from the data: every county's setting, every site and every region's
    device table of the north stay until the survey ends (a survey ordered any way builds each once)."""
    counties = _northern_counties()
    matches = [places.locate(county) for county in counties]
    sites = {(county.province, m.station_id, m.design_temp_c) for county, m in zip(counties, matches)}
    assert len(counties) <= setting_mod.SETTINGS_KEPT and len(sites) <= setting_mod.SITES_KEPT
    assert len({id(region) for region in bundled().regions.values()}) <= setting_mod.REGIONS_KEPT


def test_kept_drops_the_least_recently_used():
    kept: Kept[str] = Kept(2)
    kept.get_or_make("a", lambda: "A", lambda _: True)
    kept.get_or_make("b", lambda: "B", lambda _: True)
    assert kept.get_or_make("a", lambda: "new", lambda _: True) == "A"  # a hit, now the most recent
    kept.get_or_make("c", lambda: "C", lambda _: True)
    assert list(kept) == ["a", "c"]
    assert kept.get_or_make("a", lambda: "A2", lambda hit: hit != "A") == "A2"  # no longer current: made again


def test_results_are_handed_on_before_the_input_is_read_to_the_end(monkeypatch):
    monkeypatch.setattr(batch, "WINDOW_ROWS", 20)
    county = places.resolve_county("山东省", "莒县")
    read = 0

    def rows():
        nonlocal read
        for i in range(100):
            read += 1
            yield _row(county, i), []

    told: list[int] = []
    chunks = streamed(rows(), "en", told.append)
    first = next(chunks)
    assert [r["id"] for r in first] == [f"h{i}" for i in range(20)] and read <= 21 and told[-1] == 20
    rest = [r for chunk in chunks for r in chunk]
    assert len(rest) == 80 and read == 100
    assert told == sorted(told) and told[-1] == 100


def test_a_place_is_read_once_to_find_its_site_and_each_row_once_to_compare_it(monkeypatch):
    """Rows are ordered by site from their place's cells (remembered across windows); a window
    holds cells, and each row becomes a case only when its slice is compared."""
    monkeypatch.setattr(batch, "WINDOW_ROWS", 20)
    read = batch.case_from_data
    cases: list[object] = []
    monkeypatch.setattr(batch, "case_from_data", lambda data: cases.append(data) or read(data))
    juxian, pingshan = places.resolve_county("山东省", "莒县"), places.resolve_county("河北省", "平山县")
    rows = [(_row(county, i), []) for i, county in enumerate([juxian, pingshan] * 30)]
    out = [r for chunk in streamed(rows, "en") for r in chunk]
    assert [r["county"] for r in out] == ["莒县", "平山县"] * 30
    assert len(cases) == 60 + 2


def test_slices_keep_a_site_whole_where_it_fits(monkeypatch):
    monkeypatch.setattr(batch, "EVALUATED_ROWS", 4)
    on_sites = [(1, 0), (1, 1), (1, 2), (2, 3), (2, 4), (3, 5), (3, 6), (3, 7), (3, 8), (3, 9), (4, 10)]
    assert list(batch._slices(on_sites)) == [[0, 1, 2], [3, 4], [5, 6, 7, 8], [9, 10]]


def test_a_broken_row_streams_out_invalid_with_its_number():
    county = places.resolve_county("山东省", "莒县")
    problem = [FieldProblem("(row)", "broken_row", "bad quote")]
    out = [r for chunk in streamed([(_row(county, 0), []), ({}, problem)], "en") for r in chunk]
    assert [(r["id"], r["status"]) for r in out] == [("h0", "ok"), ("2", "invalid")]
    told: list[int] = []
    assert [r["status"] for chunk in streamed([({}, problem)] * 3, "en", told.append) for r in chunk] == ["invalid"] * 3
    assert told[-1] == 3  # the bar ends even when no row could be compared


@pytest.mark.parametrize(
    "seconds, zh, en",
    [
        (0, "5 秒", "5 s"),
        (3, "5 秒", "5 s"),
        (80, "1 分 20 秒", "1 min 20 s"),
        (59.5, "1 分", "1 min"),
        (3600, "1 小时", "1 h"),
        (7501, "2 小时 5 分", "2 h 5 min"),
    ],
)
def test_time_left_is_said_in_at_most_two_units(seconds, zh, en):
    assert (time_left(seconds, "zh"), time_left(seconds, "en")) == (zh, en)


def test_progress_bar_says_the_time_left_until_done(monkeypatch):
    clock = iter([0.0, 10.0, 20.0])
    monkeypatch.setattr(batch.time, "perf_counter", lambda: next(clock))
    stream = io.StringIO()
    bar = Progress(1000, stream, enabled=True, lang="en")
    bar.update(250)  # 250 in 10 s: 750 more take 30 s
    assert "about 30 s left" in stream.getvalue()
    bar.update(1000)
    assert stream.getvalue().endswith("\n") and stream.getvalue().count("left") == 1


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path, capsys):
    county = places.resolve_county("山东省", "莒县")
    survey = tmp_path / "survey.csv"
    names = list(_row(county, 0))
    survey.write_text(
        ",".join(names) + "\n" + "".join(",".join(_row(county, i).values()) + "\n" for i in range(250)),
        encoding="utf-8",
    )
    assert batch.run(survey, tmp_path / "out.csv", "zh", progress=True) == 0
    err = capsys.readouterr().err
    assert "\r" not in err and "250 户" in err
