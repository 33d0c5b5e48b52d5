"""The bundled data packs (devices, common physics, regions) validate and stay honest.

Beyond schema validation these checks can fail on data: a source key that does not resolve
(including ``rating_src``, which the schema does not check), an E or D figure without a note
saying how it was made, an efficiency above 1 on a non-heat-pump, a "miracle" electric heater,
the certified Midea points edited, a default option missing from the catalogue, a region's
tariff pack missing.
"""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path

import pytest
from pydantic import BaseModel

from heatadvisor.core.packs.catalog_schema import CommonPack, DevicePack
from heatadvisor.core.packs.loader import load_pack
from heatadvisor.core.packs.region_schema import RegionPack
from heatadvisor.core.packs.sourced import source_keys
from heatadvisor.core.tariffs.models import TariffPack
from heatadvisor.paths import resource

PACKS = resource("packs")
DEVICES = PACKS / "devices" / "devices_cn.json"
COMMON = PACKS / "common" / "common_cn.json"
REGION_STEMS = ["beijing", "tianjin", "hebei", "shanxi", "shandong", "henan", "national_default"]
REGION_FILES = [PACKS / "regions" / f"{stem}.json" for stem in REGION_STEMS]

# 2023 provincial grid factors, MEE/NBS Announcement 2025 No. 47 (parameters_cn.md A6, conf B).
GRID_2023 = {
    "beijing": 0.5554,
    "tianjin": 0.6796,
    "hebei": 0.6516,
    "shanxi": 0.6634,
    "shandong": 0.6191,
    "henan": 0.5897,
    "national_default": 0.5306,
}
# Midea MHSR100N8-S1 (parameters_cn.md A1 / addendum A1-add, conf C): (t_source, t_sink, COP).
MIDEA_10KW = {(7.0, 45.0, 3.55), (-12.0, 35.0, 2.70), (-20.0, 35.0, 2.21)}


@pytest.fixture(scope="module")
def devices() -> DevicePack:
    return load_pack(DEVICES, DevicePack)


@pytest.fixture(scope="module")
def common() -> CommonPack:
    return load_pack(COMMON, CommonPack)


@pytest.fixture(scope="module")
def regions() -> dict[str, RegionPack]:
    return {path.stem: load_pack(path, RegionPack) for path in REGION_FILES}


def _all_keys(pack: BaseModel) -> set[str]:
    """``src`` keys the schema sees, plus ``rating_src`` and ``defrost_src``, which it does not."""
    keys = source_keys(pack)
    if isinstance(pack, DevicePack):
        keys |= {d.heat_pump.rating_src for d in pack.devices if d.heat_pump is not None}
    if isinstance(pack, CommonPack) and pack.heat_pumps is not None:
        keys.add(pack.heat_pumps.defrost_src)
    return keys


def _all_packs() -> list[tuple[Path, type[BaseModel]]]:
    return [(DEVICES, DevicePack), (COMMON, CommonPack)] + [(p, RegionPack) for p in REGION_FILES]


# ---------------------------------------------------------------- every pack, generic checks


@pytest.mark.parametrize(("path", "model"), _all_packs(), ids=lambda x: getattr(x, "name", ""))
def test_pack_validates_and_sources_resolve_both_ways(path: Path, model: type[BaseModel]) -> None:
    pack = load_pack(path, model)
    used = _all_keys(pack)
    declared = set(pack.sources)
    assert used <= declared, f"unresolved source keys: {sorted(used - declared)}"
    assert declared <= used, f"sources nobody cites (remove or use): {sorted(declared - used)}"
    assert pack.version == "2026.11"
    assert pack.pack_id == path.stem


@pytest.mark.parametrize(("path", "model"), _all_packs(), ids=lambda x: getattr(x, "name", ""))
def test_estimates_and_derivations_say_how(path: Path, model: type[BaseModel]) -> None:
    """E figures need a note saying how they were chosen; D figures the formula or inputs."""
    pack = load_pack(path, model)
    for key, source in pack.sources.items():
        if source.conf in ("D", "E"):
            assert source.note and len(source.note) >= 40, f"{path.name}: source {key!r} ({source.conf}) needs a note"


@pytest.mark.parametrize("path", [p for p, _ in _all_packs()], ids=lambda p: p.name)
def test_pack_file_is_plain_utf8_json(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and data["kind"] in ("devices", "common", "regions")


# ---------------------------------------------------------------- devices


def test_every_technology_has_a_device(devices: DevicePack) -> None:
    from typing import get_args

    from heatadvisor.core.packs.technology import TechId

    present = {d.tech for d in devices.devices}
    assert set(get_args(TechId)) <= present, f"technologies without a device: {set(get_args(TechId)) - present}"


def test_efficiencies_physical(devices: DevicePack) -> None:
    for d in devices.devices:
        if d.kind == "heat_pump":
            assert d.efficiency is None
            continue
        eff = d.efficiency
        assert eff is not None
        if d.tech == "gas_absorption_hp":  # gas utilisation, modelled as combustion above 1
            assert 1.0 < eff.low <= eff.typ <= eff.high <= 2.0, d.id
        else:
            assert 0.0 < eff.low <= eff.typ <= eff.high <= 1.0, d.id


def test_direct_electric_is_exactly_one(devices: DevicePack) -> None:
    direct = [d for d in devices.devices if d.kind == "direct_electric"]
    assert len(direct) >= 3  # generic plus named products for the claims check
    for d in direct:
        eff = d.efficiency
        assert (eff.low, eff.typ, eff.high) == (1.0, 1.0, 1.0), d.id
        assert devices.sources[eff.src].conf == "A"
        assert d.fuel == "electricity"


def test_storage_and_district_efficiencies(devices: DevicePack) -> None:
    for d in devices.devices:
        if d.kind == "storage_electric":
            assert d.efficiency.low >= 0.9 and d.efficiency.high == 1.0
        if d.kind == "district":
            assert d.fuel == "district_heat"
            assert (d.efficiency.low, d.efficiency.typ, d.efficiency.high) == (1.0, 1.0, 1.0)


def test_midea_rating_points_exact(devices: DevicePack) -> None:
    matches = [
        d
        for d in devices.devices
        if d.heat_pump is not None
        and {(p.t_source_c, p.t_sink_c, p.cop) for p in d.heat_pump.rating_points} >= MIDEA_10KW
    ]
    assert matches, "the certified Midea MHSR100N8-S1 points are missing or were edited"
    for d in matches:
        hp = d.heat_pump
        assert d.tech == "ashp_air_water" and hp.source == "air" and hp.sink == "water"
        assert hp.defrost and d.needs_water_emitters
        a7 = next(p for p in hp.rating_points if p.t_source_c == 7)
        assert a7.capacity_kw == 10.0 and d.capacity_kw == 10.0
        assert devices.sources[hp.rating_src].conf == "C"
        assert "E" in (devices.sources[hp.rating_src].note or ""), "say that the cold capacities are estimates"


def test_heat_pump_curves_plausible(devices: DevicePack) -> None:
    for d in devices.devices:
        hp = d.heat_pump
        if hp is None:
            continue
        assert d.fuel == "electricity", d.id
        assert 0.5 <= hp.field_factor.low <= hp.field_factor.typ <= hp.field_factor.high <= 1.0, d.id
        # At one sink temperature, a colder source never gives a better COP or more capacity.
        by_sink: dict[float, list] = {}
        for p in hp.rating_points:
            by_sink.setdefault(p.t_sink_c, []).append(p)
        for points in by_sink.values():
            points.sort(key=lambda p: p.t_source_c)
            for colder, warmer in itertools.pairwise(points):
                assert colder.cop <= warmer.cop, d.id
                if colder.capacity_kw and warmer.capacity_kw:
                    assert colder.capacity_kw <= warmer.capacity_kw, d.id
        for p in hp.rating_points:  # never better than a generous share of Carnot
            t_hot, t_cold = p.t_sink_c + 273.15 + 5, p.t_source_c + 273.15 - 5
            assert p.cop <= 0.7 * t_hot / (t_hot - t_cold), (d.id, p)
        if hp.sink == "air":
            assert all(p.t_sink_c == 20 for p in hp.rating_points), d.id
        if hp.source == "air":
            assert hp.defrost and hp.min_operating_c in (-25, -15), d.id
        else:
            assert not hp.defrost and (hp.fixed_source_temp_c is not None or hp.source_drawdown_k is not None)


def test_air_to_air_seasonal_median_not_used_as_rating_point(devices: DevicePack) -> None:
    """3.74 is a seasonal label figure at standard conditions, not a test point."""
    for d in devices.devices:
        if d.tech == "ashp_air_air":
            cold = [p.cop for p in d.heat_pump.rating_points if p.t_source_c <= -12]
            assert all(c < 2.7 for c in cold), d.id
            assert all(p.cop < 3.74 for p in d.heat_pump.rating_points), d.id


def test_device_kinds_and_fuels_consistent(devices: DevicePack) -> None:
    fuel_of = {
        "coal_stove": {"coal", "anthracite"},
        "coal_boiler": {"coal", "anthracite"},
        "clean_coal_stove": {"briquette", "anthracite"},
        "biomass_stove": {"straw", "firewood"},
        "kang": {"straw", "firewood", "coal"},
        "pellet_stove": {"pellets"},
        "gas_boiler": {"natural_gas"},
        "gas_boiler_condensing": {"natural_gas"},
        "gas_space_heater": {"natural_gas"},
        "lpg_heater": {"lpg"},
        "gas_absorption_hp": {"natural_gas"},
        "district_heat": {"district_heat"},
    }
    for d in devices.devices:
        if d.tech in fuel_of:
            assert d.fuel in fuel_of[d.tech], d.id
        if d.tech == "gas_absorption_hp":
            assert d.kind == "combustion"
        cap = d.capital
        assert cap.fixed_yuan.low >= 0 and cap.fixed_yuan.high <= 100_000, d.id
        if d.needs_water_emitters:
            assert cap.per_m2_yuan is not None, f"{d.id}: water emitters need a per-m² cost"
        assert 1 <= d.lifetime_years.value <= 40 and d.maintenance_yuan_per_year.value >= 0


def test_emitters_and_ground_loops_outlive_the_unit_and_a_price_per_m2_comes_with_its_life(devices: DevicePack) -> None:
    for d in devices.devices:
        cap = d.capital
        if cap.per_m2_lifetime_years is not None:
            assert cap.per_m2_lifetime_years.value > d.lifetime_years.value, d.id
        if cap.borehole is not None:
            assert cap.borehole.lifetime_years.value > d.lifetime_years.value, d.id
    raw = json.loads(DEVICES.read_text(encoding="utf-8"))
    pump = next(d for d in raw["devices"] if d["id"] == "ashp_aw_10kw")
    del pump["capital"]["per_m2_lifetime_years"]
    with pytest.raises(ValueError, match="per_m2_lifetime_years"):
        DevicePack.model_validate(raw)


# ---------------------------------------------------------------- common


def test_fuels_positive_and_units(common: CommonPack) -> None:
    units = {
        "coal": "t",
        "anthracite": "t",
        "briquette": "t",
        "straw": "t",
        "firewood": "t",
        "pellets": "t",
        "natural_gas": "m3",
        "lpg": "kg",
        "electricity": "kwh",
        "district_heat": "kwh",
    }
    assert set(common.fuels) == set(units)
    for fid, fuel in common.fuels.items():
        assert fuel.unit == units[fid], fid  # region prices are per t, per kg (LPG) and per m²
        assert fuel.lhv_kwh_per_unit.value > 0, fid
        if fuel.co2_kg_per_unit is not None:
            assert fuel.co2_kg_per_unit.value >= 0, fid
    assert common.fuels["electricity"].co2_kg_per_unit is None  # per-region grid factor
    assert common.fuels["electricity"].lhv_kwh_per_unit.value == 1.0


def test_fuel_figures_follow_their_sources(common: CommonPack) -> None:
    f = common.fuels
    assert math.isclose(f["coal"].lhv_kwh_per_unit.value, 23.204e3 / 3.6, rel_tol=1e-4)
    assert math.isclose(f["anthracite"].lhv_kwh_per_unit.value, 24.515e3 / 3.6, rel_tol=1e-4)
    assert math.isclose(f["briquette"].lhv_kwh_per_unit.value, 17.460e3 / 3.6, rel_tol=1e-4)
    assert math.isclose(f["natural_gas"].lhv_kwh_per_unit.value, 35.588 / 3.6, rel_tol=1e-3)
    assert math.isclose(f["lpg"].lhv_kwh_per_unit.value, 47.31 / 3.6, rel_tol=1e-3)
    # Gas CO2 must be computed on the same LHV basis as the gas LHV.
    ng_co2 = f["natural_gas"].lhv_kwh_per_unit.value * 3.6e-3 * 0.0153 * 0.99 * 44 / 12 * 1000
    assert math.isclose(f["natural_gas"].co2_kg_per_unit.value, ng_co2, rel_tol=2e-3)
    assert math.isclose(f["coal"].co2_kg_per_unit.value, 2070, rel_tol=5e-3)
    assert math.isclose(f["anthracite"].co2_kg_per_unit.value, 2320, rel_tol=5e-3)
    assert math.isclose(f["briquette"].co2_kg_per_unit.value, 1940, rel_tol=5e-3)
    assert math.isclose(f["lpg"].co2_kg_per_unit.value, 2.95, rel_tol=5e-3)
    assert f["coal"].pm_g_per_kg.value == 3.17 and f["coal"].so2_g_per_kg.value == 1.62
    assert f["briquette"].so2_g_per_kg.value == 1.50
    assert f["straw"].pm_g_per_kg.value == 8.19 and f["straw"].so2_g_per_kg is None  # NOT FOUND
    assert f["firewood"].pm_g_per_kg.value == 2.2
    for bio in ("straw", "firewood", "pellets"):
        assert f[bio].co2_kg_per_unit.value == 0  # biogenic, noted
    assert common.sources[f["straw"].lhv_kwh_per_unit.src].conf == "E"


def test_envelope_ordering(common: CommonPack) -> None:
    env = common.envelope
    w = {k: s.value for k, s in env.wall.items()}
    assert w["brick_240"] > w["brick_370"] > w["brick_ins_50"] > w["brick_ins_100"] > 0
    assert w["brick_240"] > w["adobe"] > w["brick_ins_50"]
    assert 0.2 < w["new_standard"] < w["brick_ins_50"]
    win = {k: s.value for k, s in env.windows.items()}
    assert win["single"] > win["double"] > win["insulated"] > 0.8
    assert env.roof["uninsulated"].value > env.roof["insulated"].value > 0
    assert env.floor["ground"].value > env.floor["insulated"].value > 0
    ach = {k: s.value for k, s in env.air_changes_per_h.items()}
    assert ach["leaky"] > ach["ordinary"] > ach["tight"] > 0.1


def test_brick_u_values_follow_gb50176_conductivities(common: CommonPack) -> None:
    rsi, rse, brick, plaster = 0.11, 0.04, 0.81, 0.81
    u240 = 1 / (rsi + 0.24 / brick + 0.02 / plaster + rse)
    u370 = 1 / (rsi + 0.37 / brick + 0.02 / plaster + rse)
    assert math.isclose(common.envelope.wall["brick_240"].value, u240, abs_tol=0.01)
    assert math.isclose(common.envelope.wall["brick_370"].value, u370, abs_tol=0.01)


def test_geometry_and_upgrades(common: CommonPack) -> None:
    g = common.geometry
    assert 2.4 <= g.storey_height_m.value <= 3.5 and 1 <= g.aspect_ratio.value <= 5
    assert 0.05 <= g.window_to_floor.value <= 0.4 and 0 <= g.unheated_room_factor.value <= 1
    assert g.internal_gains_w_per_m2.value == 5.0
    assert common.sources[g.internal_gains_w_per_m2.src].conf == "A"
    wall_keys, window_keys = set(common.envelope.wall), set(common.envelope.windows)
    ids = [u.id for u in common.upgrades]
    assert len(ids) == len(set(ids))
    for up in common.upgrades:
        assert up.sets, up.id
        for field, value in up.sets.items():
            if field == "wall":
                assert value in wall_keys, up.id
            elif field == "windows":
                assert value in window_keys, up.id
            elif field == "roof_insulated":
                assert value is True, up.id
            elif field == "airtightness":
                assert value in common.envelope.air_changes_per_h, up.id
        assert up.cost_yuan_per_m2.low >= 0 and up.cost_yuan_per_m2.high < 2000, up.id
    sealing = [u for u in common.upgrades if "airtightness" in u.sets]
    assert all(u.sets["airtightness"] == "ordinary" and u.area_basis == "door" for u in sealing)
    assert 2.0 <= common.kw_per_pi.value <= 3.5


# ---------------------------------------------------------------- regions


def test_region_ids_grid_and_tariff_ids(regions: dict[str, RegionPack]) -> None:
    for stem, pack in regions.items():
        assert pack.tariff_pack == f"tariffs.{stem}"
        assert pack.grid_co2_kg_per_kwh.value == GRID_2023[stem], stem
        assert pack.sources[pack.grid_co2_kg_per_kwh.src].conf == "B"
        assert pack.estimate_only == (stem == "national_default"), stem
        assert (pack.province is None) == (stem == "national_default"), stem
    nd = regions["national_default"]
    for prov in (
        "内蒙古自治区",
        "辽宁省",
        "吉林省",
        "黑龙江省",
        "陕西省",
        "甘肃省",
        "宁夏回族自治区",
        "青海省",
        "新疆维吾尔自治区",
    ):
        assert prov in nd.covers


def test_region_default_options_exist(regions: dict[str, RegionPack], devices: DevicePack) -> None:
    by_id = {d.id: d for d in devices.devices}
    for stem, pack in regions.items():
        missing = [o for o in pack.default_options if o not in by_id]
        assert not missing, f"{stem}: default options not in the catalogue: {missing}"
        assert len(pack.default_options) == len(set(pack.default_options)), stem
        assert 8 <= len(pack.default_options) <= 12, stem
        techs = {by_id[o].tech for o in pack.default_options}
        assert techs & {"ashp_air_water", "ashp_air_air", "gshp", "wshp"}, stem
        assert techs & {"gas_boiler", "gas_boiler_condensing", "gas_space_heater"}, stem


def test_region_seasons_and_prices(regions: dict[str, RegionPack]) -> None:
    assert (regions["henan"].season.start, regions["henan"].season.end) == ("11-15", "03-15")
    assert regions["henan"].sources[regions["henan"].season.src].conf == "B"
    for stem, pack in regions.items():
        start_month, end_month = int(pack.season.start[:2]), int(pack.season.end[:2])
        assert start_month in (10, 11, 12) and end_month in (2, 3, 4, 5), stem
        p = pack.prices
        assert p.straw_yuan_per_t.low == 0, stem  # often self-collected
        assert 100 <= p.coal_yuan_per_t.typ <= 2000 and 100 <= p.briquette_yuan_per_t.typ <= 2000, stem
        assert 2 <= p.lpg_yuan_per_kg.typ <= 20, stem
        for name in ("pellet_yuan_per_t", "lpg_yuan_per_kg"):  # NOT FOUND: must stay marked as estimates
            assert pack.sources[getattr(p, name).src].conf == "E", (stem, name)
        assert 0 < pack.default_supply_kw.value <= 20
        assert 0 < pack.base_electricity_kwh_per_year.value <= 10_000


def test_region_tariff_packs_exist(regions: dict[str, RegionPack]) -> None:
    tariff_ids = {load_pack(p, TariffPack).pack_id for p in (PACKS / "tariffs").glob("*.json")}
    for stem, pack in regions.items():
        assert pack.tariff_pack in tariff_ids, f"{stem}: no tariff pack {pack.tariff_pack}"


def test_heat_pump_defaults_and_cylinder(common: CommonPack) -> None:
    hp = common.heat_pumps
    assert hp is not None, "the core needs the heat_pumps block"
    flow = {k: s.value for k, s in hp.design_flow_c.items()}
    assert set(flow) == {"floor", "fan_coil", "radiators"}
    assert 25 <= hp.min_flow_c.value <= flow["floor"] < flow["fan_coil"] < flow["radiators"] <= 65
    temps = [t for t, _ in hp.defrost_loss]
    assert temps == sorted(temps) and all(0 <= loss < 0.3 for _, loss in hp.defrost_loss)
    assert hp.defrost_src in common.sources
    assert 1.0 <= hp.sizing_margin.value <= 1.5 and 1.2 <= hp.oversize_ratio.value <= 3.0
    assert common.lpg_cylinder_kg is not None and 10 <= common.lpg_cylinder_kg.value <= 50


def test_every_province_of_the_county_table_has_a_region_pack(regions: dict[str, RegionPack]) -> None:
    from heatadvisor.core.place import places

    covered = {prov for pack in regions.values() for prov in pack.covers}
    assert set(places.provinces()) <= covered
    all_covers = [prov for pack in regions.values() for prov in pack.covers]
    assert len(all_covers) == len(set(all_covers)), "a province is served by two region packs"
    for pack in regions.values():
        assert pack.household_base_kw is not None and 0 < pack.household_base_kw.value < pack.default_supply_kw.value
