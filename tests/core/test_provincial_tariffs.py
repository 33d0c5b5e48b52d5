"""Northern provinces whose residential tariff is sourced have their own tariff pack (2026.12): a
county there is billed on it, not on the national default's estimate, and where its clean options
rest only on that tariff the advice names them outright. Inner Mongolia has two grids: the Mengxi
leagues have their own pack (it covers prefectures), the Mengdong ones stay on the national default."""

from __future__ import annotations

import pytest

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case_io import case_from_data
from heatadvisor.core.setting.bundle import bundled
from heatadvisor.core.setting.setting import setting_for
from heatadvisor.wording import advised

# county → (its tariff pack, tier-1 price of the official document the pack cites)
SOURCED = {
    ("辽宁省", "新民市"): ("tariffs.liaoning", 0.50),
    ("吉林省", "榆树市"): ("tariffs.jilin", 0.525),
    ("黑龙江省", "呼兰区"): ("tariffs.heilongjiang", 0.51),
    ("陕西省", "富平县"): ("tariffs.shaanxi", 0.4983),
    ("甘肃省", "榆中县"): ("tariffs.gansu", 0.51),
    ("宁夏回族自治区", "永宁县"): ("tariffs.ningxia", 0.4486),
    ("青海省", "湟中县"): ("tariffs.qinghai", 0.3771),
    ("新疆维吾尔自治区", "昌吉市"): ("tariffs.xinjiang", 0.39),
    ("内蒙古自治区", "武川县"): ("tariffs.neimenggu_west", 0.415),  # Hohhot: Mengxi grid
}
MENGDONG = ("内蒙古自治区", "阿荣旗")  # Hulunbuir: Mengdong grid, tariff NOT FOUND
# every tier of these is sourced (the bounds of Gansu and Mengxi's tier 2 are ours, their prices are not)
FULLY_SOURCED = [
    ("甘肃省", "榆中县"),
    ("宁夏回族自治区", "永宁县"),
    ("青海省", "湟中县"),
    ("新疆维吾尔自治区", "昌吉市"),
    ("内蒙古自治区", "武川县"),
]
HEAT_PUMPS_ONLY = [{"device_id": "ashp_aw_10kw"}, {"device_id": "ashp_air_air_lowamb"}]


def _case(place: tuple[str, str], **extra: object) -> dict:
    province, county = place
    return {
        "location": {"province": province, "county": county},
        "house": {  # insulated: a heat pump fits the default 4 kW supply
            "heated_area_m2": 80,
            "wall": "brick_ins_100",
            "windows": "double",
            "roof_insulated": True,
            "airtightness": "tight",
            "emitter": "radiators",
        },
        "current": {"device_id": "coal_stove"},
        "on_date": "2026-12-06",
        **extra,
    }


@pytest.mark.parametrize("place", list(SOURCED), ids=lambda p: p[1])
def test_a_county_is_billed_on_its_provinces_sourced_tariff(place):
    pack_id, tier1 = SOURCED[place]
    tariff = setting_for(case_from_data(_case(place)), bundled()).tariff
    first = tariff.electricity.tiers.steps[0].price
    assert tariff.pack_id == pack_id and first.value == tier1
    assert tariff.sources[first.src].conf == "B"


def test_mengdong_and_no_other_province_stays_on_the_national_default():
    data = bundled()
    assert setting_for(case_from_data(_case(MENGDONG)), data).tariff.pack_id == "tariffs.national_default"
    assert data.tariffs["tariffs.national_default"].covers == ("内蒙古自治区",)


def test_counties_sharing_a_weather_station_keep_their_own_tariffs():
    # 彰武 (Liaoning) and 库伦旗 (Tongliao, Mengdong) share station 54236 and the national-default
    # region pack, so one cached site each would hand the second county the first one's tariff
    data = bundled()
    liaoning = setting_for(case_from_data(_case(("辽宁省", "彰武县"))), data)
    mengdong = setting_for(case_from_data(_case(("内蒙古自治区", "库伦旗"))), data)
    assert liaoning.station.station_id == mengdong.station.station_id and liaoning.region is mengdong.region
    assert (liaoning.tariff.pack_id, mengdong.tariff.pack_id) == ("tariffs.liaoning", "tariffs.national_default")


@pytest.mark.parametrize("place", FULLY_SOURCED, ids=lambda p: p[1])
def test_heat_pumps_on_a_sourced_tariff_are_advised_by_name(place):
    result = compare(case_from_data(_case(place, options=HEAT_PUMPS_ONLY)))
    best = result.recommended_option()
    assert best is not None and best.fuel == "electricity" and "running" not in best.unverified
    assert "价格要先问清" not in advised(result, "zh") and "ask its price first" not in advised(result, "en")


def test_on_the_national_default_the_same_heat_pumps_keep_their_price_to_ask():
    result = compare(case_from_data(_case(MENGDONG, options=HEAT_PUMPS_ONLY)))
    assert "running" in result.recommended_option().unverified
    assert "价格要先问清" in advised(result, "zh")


def test_a_bill_reaching_tiers_that_are_ours_still_asks_the_price():
    # Liaoning's tier-1 price is sourced, its upper tiers are not (E): a heat pump's season reaches them
    result = compare(case_from_data(_case(("辽宁省", "新民市"), options=HEAT_PUMPS_ONLY)))
    assert "running" in result.recommended_option().unverified


def test_xinjiang_heating_price_is_for_households_converted_from_coal():
    electricity = bundled().tariffs["tariffs.xinjiang"].electricity
    (heating,) = electricity.seasonal
    assert heating.in_window[0].price.value == 0.22 and heating.meter == "heating_meter"
    assert electricity.for_heating_with("lpg").seasonal == ()
    coal = compare(case_from_data(_case(("新疆维吾尔自治区", "昌吉市"), options=HEAT_PUMPS_ONLY)))
    lpg = compare(
        case_from_data(
            _case(("新疆维吾尔自治区", "昌吉市"), options=HEAT_PUMPS_ONLY, current={"device_id": "lpg_heater"})
        )
    )
    pump = [next(o for o in r.options if o.device_id == "ashp_aw_10kw") for r in (coal, lpg)]
    assert pump[0].electricity_kwh == pump[1].electricity_kwh
    assert pump[0].running_cost[1] == pytest.approx(pump[0].electricity_kwh[1] * 0.22, rel=1e-6)
    assert pump[1].running_cost[1] == pytest.approx(pump[1].electricity_kwh[1] * 0.39, rel=1e-6)
