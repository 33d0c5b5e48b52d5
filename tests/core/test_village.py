"""What the village has: an option needing infrastructure the household lacks is listed apart,
with why, never recommended; a region pack may know a village's infrastructure; an empty list
of options is refused."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case import Village
from heatadvisor.core.contract.case_io import case_from_data
from heatadvisor.core.contract.problems import InputError
from heatadvisor.core.contract.results import GROUPS
from heatadvisor.core.packs.loader import PackError, parse_pack_text
from heatadvisor.core.packs.region_schema import RegionPack
from heatadvisor.core.setting.bundle import bundled
from heatadvisor.core.setting.village import village_has

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
HARBIN = {  # a farmhouse near Harbin whose region lists district heat among its default options
    "location": {"province": "黑龙江省", "county": "呼兰区", "township": "康金街道", "village": "东村"},
    "house": {"heated_area_m2": 80, "wall": "brick_370", "windows": "double", "emitter": "radiators"},
    "current": {"device_id": "coal_boiler", "last_winter": {"quantity": 4, "unit": "t"}},
    "options": [
        {"device_id": "district_heat"},
        {"device_id": "ashp_aw_10kw"},
        {"device_id": "gas_boiler"},
        {"device_id": "coal_stove"},
    ],
    "on_date": "2026-11-25",
}


def _option(result, device_id):
    return next(o for o in result.options if o.device_id == device_id)


def test_nothing_is_there_unless_said():
    assert Village().has() == frozenset()
    assert case_from_data(HARBIN).village == Village()


def test_an_option_needing_what_the_village_lacks_is_listed_last_with_why_and_never_recommended():
    result = compare(case_from_data(HARBIN))
    district, gas = _option(result, "district_heat"), _option(result, "gas_boiler")
    assert (district.group, district.missing) == ("needs_infrastructure", ["heat_network"])
    assert (gas.group, gas.missing) == ("needs_infrastructure", ["pipe_gas"])
    assert district.reasons[0].code == "village_lacks_heat_network"
    assert gas.reasons[0].code == "village_lacks_pipe_gas"
    assert {o.device_id for o in result.options[-2:]} == {"district_heat", "gas_boiler"}
    assert result.recommended == "ashp_aw_10kw"


def test_a_heat_network_said_to_be_there_puts_district_heat_among_the_clean_options():
    data = {**HARBIN, "village": {"heat_network": True}}
    result = compare(case_from_data(data))
    district = _option(result, "district_heat")
    assert (district.group, district.missing) == ("clean", [])
    assert not any(r.code.startswith("village_lacks") for r in district.reasons)
    assert _option(result, "gas_boiler").group == "needs_infrastructure"
    # district heat (2,000 yuan connection, no emitters to buy) is the cheaper clean option here
    assert result.recommended == "district_heat"


def test_a_coal_stove_is_grouped_below_the_clean_options_and_says_why_first():
    result = compare(case_from_data(HARBIN))
    stove = _option(result, "coal_stove")
    assert stove.group == "not_clean"
    assert {r.code for r in stove.reasons[:2]} == {"not_clean_heating", "indoor_smoke_co_risk"}
    groups = [o.group for o in result.options]
    assert groups == sorted(groups, key=GROUPS.index)
    assert result.reasons[0].code == "lowest_horizon_cost"


def test_when_every_clean_option_needs_what_the_village_lacks_none_is_recommended():
    data = {**HARBIN, "options": [{"device_id": "district_heat"}, {"device_id": "coal_stove"}]}
    result = compare(case_from_data(data))
    assert result.recommended is None
    assert [r.code for r in result.reasons] == ["no_clean_option_here"]


def _region_with(facts: list[dict]) -> RegionPack:
    region = bundled().region_for("黑龙江省")
    raw = json.loads(region.model_dump_json())
    raw["village_facts"] = facts
    raw["sources"]["test_survey"] = {"citation": "County energy office survey (test)", "conf": "B"}
    return parse_pack_text(json.dumps(raw, ensure_ascii=False), RegionPack, "regions/test.json")


def test_a_region_pack_may_say_what_a_county_township_or_village_has():
    region = _region_with(
        [
            {"county": "呼兰区", "township": "康金街道", "has": ["heat_network"], "src": "test_survey"},
            {"county": "呼兰区", "township": "康金街道", "village": "东村", "has": ["pipe_gas"], "src": "test_survey"},
            {"county": "呼兰区", "township": "别的镇", "has": ["water_source"], "src": "test_survey"},
        ]
    )
    case = case_from_data(HARBIN)
    assert village_has(case, region, "呼兰区") == {"heat_network", "pipe_gas"}
    west = case_from_data({**HARBIN, "location": {**HARBIN["location"], "village": "西村"}})
    assert village_has(west, region, "呼兰区") == {"heat_network"}
    told = case_from_data({**HARBIN, "village": {"water_source": True}})
    assert village_has(told, region, "道里区") == {"water_source"}

    data = bundled()
    patched = dataclasses.replace(data, regions={**data.regions, "黑龙江省": region})
    result = compare(case, patched)
    assert _option(result, "gas_boiler").group == "clean"  # Harbin's heating gas price is sourced (B)
    # the heat network is there too; its price per m² is our estimate (E), so beside gas it is listed apart
    assert _option(result, "district_heat").group == "price_to_check"


def test_a_village_fact_needs_a_known_source_and_known_infrastructure():
    with pytest.raises(PackError):
        _region_with([{"county": "呼兰区", "has": ["heat_network"], "src": "nowhere"}])
    with pytest.raises(PackError):
        _region_with([{"county": "呼兰区", "has": ["oil_well"], "src": "test_survey"}])


def test_the_catalogue_says_which_devices_need_what():
    needs = {d.id: d.needs for d in bundled().devices.values() if d.needs}
    assert needs == {
        "gas_boiler": ["pipe_gas"],
        "gas_boiler_condensing": ["pipe_gas"],
        "gas_space_heater": ["pipe_gas"],
        "gas_absorption_hp": ["village_station"],
        "district_heat": ["heat_network"],
        "wshp": ["water_source"],
        "gshp": ["borehole_site"],
    }


def test_a_ground_source_pump_is_advised_only_where_the_yard_is_said_to_take_its_boreholes():
    beijing = json.loads((EXAMPLES / "beijing_household.json").read_text(encoding="utf-8"))
    unsaid = compare(case_from_data(beijing))
    gshp = _option(unsaid, "gshp")
    assert gshp.group == "needs_infrastructure" and gshp.missing == ["borehole_site"]
    assert unsaid.recommended != "gshp" and "village_lacks_borehole_site" in [r.code for r in gshp.reasons]
    said = compare(case_from_data({**beijing, "village": {"borehole_site": True}}))
    assert _option(said, "gshp").group == "clean" and said.recommended == "gshp"  # the cheapest over 15 years there


def test_an_empty_list_of_options_is_refused_naming_the_field():
    with pytest.raises(InputError) as caught:
        case_from_data({**HARBIN, "options": []})
    assert [(p.field, p.reason) for p in caught.value.problems] == [("options", "too_short")]
