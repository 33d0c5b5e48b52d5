"""Counties of the north: tolerant lookup, search, and the county → station rules."""

from __future__ import annotations

import pytest

from heatadvisor.core.place import climate, places
from heatadvisor.core.place.places import County, find_county, locate, search
from heatadvisor.core.place.siting import county_en, province_en

MAX_STATION_KM = 260.0  # 且末县 → Ruoqiang is the farthest, 250 km


def county(text: str, province: str | None = None) -> County:
    found = find_county(province, text)
    assert found is not None, text
    return found


def test_provinces_and_table():
    assert len(places.provinces()) == 15
    assert places.provinces()[:3] == ("北京市", "天津市", "河北省")
    everything = places.counties()
    assert len(everything) > 1300
    assert len({c.code for c in everything}) == len(everything)
    assert all(len(places.counties(p)) > 0 for p in places.provinces())
    assert places.counties("山东") == places.counties("山东省")
    assert places.counties("广东") == ()
    assert all(18 < c.lat < 54 and 73 < c.lon < 135 for c in everything)


@pytest.mark.parametrize(
    "text, province",
    [
        ("莒县", None),
        ("日照市莒县", None),
        ("山东 日照 莒县", None),
        ("山东省日照市莒县", None),
        ("莒县", "山东"),
        ("莒县", "山东省"),
        ("371122", None),
        ("371122000000", None),
        (" 莒 ", None),
    ],
)
def test_find_county_is_tolerant(text, province):
    found = county(text, province)
    assert (found.code, found.name, found.prefecture, found.province) == ("371122", "莒县", "日照市", "山东省")
    assert (found.pinyin, found.initials) == ("juxian", "jx")


def test_find_county_never_guesses():
    for text, province in [
        ("", None),
        ("火星县", None),
        ("莒县", "河北"),
        ("莒县", "火星"),
        ("999999", None),
        ("长安区", None),
        ("   ", None),
    ]:
        assert find_county(province, text) is None, text
    assert county("长安区", "陕西").code == "610116"  # ambiguous without the province
    assert county("石家庄长安区").code == "130102"
    assert county("河北区").province == "天津市"  # not 河北省 + 区


def test_search():
    assert county("莒县") in search("jx")
    assert search("juxian")[0].name == "莒县"
    assert search("JuXian")[0].name == "莒县"
    assert [c.name for c in search("莒")] == ["莒县", "莒南县"]
    assert {c.name for c in search("日照")} == {"东港区", "岚山区", "莒县", "五莲县"}
    assert search("shanxian")[0].name == "单县"  # pypinyin reads 单 as dan; local reading too
    assert search("czx")[0].name == "长治县"
    assert all(c.province == "河南省" for c in search("x", province="河南"))
    assert len(search("x", limit=5)) == 5
    assert search("3711")[0].prefecture == "日照市"
    for nonsense in ("", "   ", "zzzzzz", "☃", "'"):
        assert search(nonsense) == []


def test_own_station_county():
    match = locate(county("莒县"))
    assert (match.station_id, match.method) == ("54936", "nearest")
    assert match.distance_km < 5
    assert match.design_temp_source.startswith("GB 50736 nearest station")  # Juxian has none


def test_named_city_district_uses_the_named_location():
    match = locate(county("日照市东港区"))
    assert (match.station_id, match.method, match.design_temp_c) == ("54936", "named", -4.4)
    assert match.design_temp_source == "GB 50736 日照"
    assert "Juxian" in match.note and match.elevation_diff_m == 91.0


@pytest.mark.parametrize("district", ["东城区", "西城区", "朝阳区", "海淀区", "丰台区", "通州区"])
def test_beijing_districts(district):
    match = locate(county(district, "北京"))
    assert (match.station_id, match.method, match.design_temp_c) == ("54511", "named", -7.6)


def test_districts_with_their_own_station_or_an_elevation_warning():
    miyun = locate(county("北京密云区"))
    assert (miyun.station_id, miyun.method) == ("54416", "nearest")
    assert miyun.design_temp_c == -7.6 and "54511" in miyun.design_temp_source
    yanqing = locate(county("北京延庆区"))
    assert yanqing.station_id == "54511" and "elevation uncertain" in yanqing.note


def test_jiaozuo_uses_the_zhengzhou_and_xinxiang_proxies():
    for c in places.counties("河南"):
        if c.prefecture == "焦作市" and c.name.endswith("区"):
            match = locate(c)
            assert (match.station_id, match.design_temp_c, match.method) == ("57083", -3.9, "named")
            assert "新乡" in match.design_temp_source


def test_harbin():
    match = locate(county("哈尔滨南岗区"))
    assert (match.station_id, match.design_temp_c) == ("50953", -24.2)
    assert match.distance_km < 20


def test_named_location_without_a_cswd_station_says_so():
    match = locate(county("青岛市市南区"))
    assert (match.design_temp_c, match.station_id) == (-5.0, "54843")
    assert "no CSWD station" in match.note


def test_county_level_named_places():
    assert locate(county("满洲里市")).station_id == "50514"
    assert locate(county("阿勒泰市")).design_temp_c == -24.5


def test_missing_coordinates_are_flagged():
    dingzhou = county("定州市")
    assert dingzhou.coords_from == "province"
    assert "no coordinates" in locate(dingzhou).note
    assert county("莒县").coords_from == "own"


def test_every_county_locates_to_a_station_within_a_sane_distance():
    station_ids = {s.station_id for s in climate.stations()}
    matches = [locate(c) for c in places.counties()]
    for match in matches:
        assert match.station_id in station_ids
        assert match.method in ("named", "nearest")
        assert -45 < match.design_temp_c < 2  # 安康 (south of the Qinling) is +0.9
        assert match.design_temp_source
    farthest = max(matches, key=lambda m: m.distance_km)
    assert farthest.distance_km <= MAX_STATION_KM
    assert farthest.county.name == "且末县"


def test_stations_get_a_chinese_name_a_villager_can_place():
    from heatadvisor.core.place.siting import station_name_zh

    assert station_name_zh("54511") == "北京"  # GB 50736 name
    assert station_name_zh("54936") == "莒县"  # Juxian: named after the county seat it stands in


@pytest.mark.parametrize(
    "province, county, english",
    [
        ("山东省", "莒县", ("Shandong", "Ju County")),
        ("北京市", "房山区", ("Beijing", "Fangshan District")),
        ("内蒙古自治区", "土默特左旗", ("Nei Mongol", "Tumotezuo Banner")),
        ("山西省", "古交市", ("Shanxi", "Gujiao City")),
    ],
)
def test_english_views_name_places_in_pinyin(province, county, english):
    found = places.resolve_county(province, county)
    assert (province_en(found.province), county_en(found)) == english
