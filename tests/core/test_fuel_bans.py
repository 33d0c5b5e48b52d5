"""Where coal may be burned, and what clean briquettes count as: a no-coal zone (禁煤区) in a
region pack lists coal options apart with why, today's coal system is told; clean briquettes are
a stopgap (过渡办法) after clean heating, never "清洁取暖里最省"."""

from __future__ import annotations

import dataclasses
import json

import pytest

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case_io import case_from_data
from heatadvisor.core.packs.loader import PackError, parse_pack_text
from heatadvisor.core.packs.region_schema import RegionPack
from heatadvisor.core.setting.bundle import bundled
from heatadvisor.core.setting.village import banned_fuels

JIAOZUO = {  # a coal-boiler household on Jiaozuo's plain, a 2+26 channel city
    "location": {"province": "河南省", "county": "解放区"},
    "house": {
        "heated_area_m2": 110,
        "storeys": 2,
        "wall": "brick_370",
        "windows": "double",
        "heated_share": 0.5,
        "indoor_temp_c": 17,
        "emitter": "radiators",
    },
    "current": {"device_id": "coal_boiler", "last_winter": {"quantity": 2500, "unit": "yuan"}},
    "on_date": "2026-11-25",
}
HARBIN = {
    "location": {"province": "黑龙江省", "county": "呼兰区"},
    "house": {
        "heated_area_m2": 80,
        "wall": "brick_370",
        "windows": "double",
        "roof_insulated": True,
        "heated_share": 0.7,
        "indoor_temp_c": 18,
        "emitter": "radiators",
    },
    "current": {"device_id": "coal_boiler", "last_winter": {"quantity": 4, "unit": "t"}},
    "on_date": "2026-11-25",
}


def _option(result, device_id):
    return next(o for o in result.options if o.device_id == device_id)


def test_in_a_no_coal_zone_clean_briquettes_are_listed_apart_and_today_s_coal_is_told():
    result = compare(case_from_data(JIAOZUO))
    stove = _option(result, "clean_coal_stove")
    assert (stove.group, stove.banned) == ("banned", True)
    assert stove.reasons[0].code == "fuel_banned_here"
    assert result.current.banned and result.current.reasons[0].code == "fuel_banned_here"
    assert result.recommended != stove.key
    assert not any(o.banned for o in result.options if o.device_id != "clean_coal_stove")


def test_outside_the_listed_counties_clean_briquettes_are_a_stopgap_not_banned():
    hills = {
        **JIAOZUO,
        "location": {"province": "河南省", "county": "修武县"},
    }  # reaches into the Taihang hills: not listed
    stove = _option(compare(case_from_data(hills)), "clean_coal_stove")
    assert (stove.group, stove.banned) == ("transitional", False)


def test_clean_briquettes_are_never_the_cheapest_clean_heating_even_when_cheapest():
    air = [{"device_id": d} for d in ("clean_coal_stove", "ashp_aw_10kw", "ashp_air_air_lowamb")]
    result = compare(case_from_data({**HARBIN, "options": air}))  # (a ground-source pump, its loop kept, costs less)
    stove = _option(result, "clean_coal_stove")
    best = result.recommended_option()
    assert stove.group == "transitional" and stove.reasons[0].code == "transitional_only"
    assert best is not None and best.group == "clean"
    assert stove.horizon_cost[1] < best.horizon_cost[1]  # cheaper, yet listed after every clean option
    clean_last = max(i for i, o in enumerate(result.options) if o.group in ("clean", "supply_exceeded"))
    assert result.options.index(stove) > clean_last


def _henan_with(bans: list[dict]) -> RegionPack:
    raw = json.loads(bundled().region_for("河南省").model_dump_json())
    raw["fuel_bans"] = bans
    return parse_pack_text(json.dumps(raw, ensure_ascii=False), RegionPack, "regions/test.json")


def test_a_ban_matches_every_place_it_names_from_the_prefecture_down():
    region = _henan_with(
        [
            {
                "prefecture": "焦作市",
                "county": "修武县",
                "township": "城关镇",
                "fuels": ["coal"],
                "src": "henan_plains_coal_ban_b",
            },
            {"prefecture": "郑州市", "fuels": ["briquette"], "src": "henan_plains_coal_ban_b"},
        ]
    )
    town = case_from_data({**JIAOZUO, "location": {"province": "河南省", "county": "修武县", "township": "城关镇"}})
    hills = case_from_data({**JIAOZUO, "location": {"province": "河南省", "county": "修武县", "township": "西村乡"}})
    assert banned_fuels(town, region, "焦作市", "修武县") == {"coal"}
    assert banned_fuels(hills, region, "焦作市", "修武县") == frozenset()
    assert banned_fuels(hills, region, "郑州市", "中牟县") == {"briquette"}

    data = bundled()
    patched = dataclasses.replace(data, regions={**data.regions, "河南省": region})
    assert _option(compare(town, patched), "clean_coal_stove").group == "transitional"  # coal banned, briquettes not


def test_a_ban_needs_a_known_source_and_known_fuels():
    with pytest.raises(PackError):
        _henan_with([{"county": "温县", "fuels": ["coal"], "src": "nowhere"}])
    with pytest.raises(PackError):
        _henan_with([{"county": "温县", "fuels": ["peat"], "src": "henan_plains_coal_ban_b"}])
