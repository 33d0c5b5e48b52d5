"""Device kinds and technology ids are one enumeration: the catalogue, the subsidy engine and
the shipped JSON Schemas all name exactly its members."""

from __future__ import annotations

import json
from typing import get_args

import pytest
from pydantic import ValidationError

from heatadvisor.core.packs.catalog_schema import Device
from heatadvisor.core.packs.store import PackStore
from heatadvisor.core.packs.technology import CATEGORIES, TECH_IDS, DeviceKind, KindId, TechId, Technology
from heatadvisor.core.subsidies.facts import OptionFacts
from heatadvisor.core.subsidies.schema import Covers
from heatadvisor.paths import resource

TECHNOLOGIES = [member.value for member in Technology]
KINDS = [member.value for member in DeviceKind]


def schema(kind: str) -> dict:
    return json.loads(resource("packs", "schema", f"{kind}.schema.json").read_text(encoding="utf-8"))


def enums_holding(node: object, value: str) -> list[list[str]]:
    """Every ``enum`` list anywhere in a JSON Schema that contains ``value``."""
    if isinstance(node, dict):
        found = [node["enum"]] if value in node.get("enum", ()) else []
        return found + [e for child in node.values() for e in enums_holding(child, value)]
    if isinstance(node, list):
        return [e for child in node for e in enums_holding(child, value)]
    return []


def test_the_shipped_catalogue_uses_every_member_and_nothing_else(tmp_path):
    devices = [d for pack in PackStore(user_dir=tmp_path).active_packs("devices") for d in pack.devices]
    assert devices
    assert {d.tech for d in devices} == set(Technology)
    assert {d.kind for d in devices} == set(DeviceKind)
    pump = next(d for d in devices if d.heat_pump is not None)
    assert pump.kind == DeviceKind.HEAT_PUMP and pump.kind == "heat_pump"  # members are the JSON strings


def test_the_schemas_and_the_subsidy_engine_read_the_enumeration():
    assert list(get_args(TechId)) == TECHNOLOGIES == list(TECH_IDS)
    assert list(get_args(KindId)) == KINDS
    assert Device.model_fields["tech"].annotation is TechId and Device.model_fields["kind"].annotation is KindId
    assert Covers.model_fields["techs"].annotation == list[TechId]
    assert OptionFacts.model_fields["tech"].annotation is TechId
    assert all(members <= set(Technology) for members in CATEGORIES.values())


def test_shipped_json_schemas_list_exactly_the_members():
    devices, policies = schema("devices"), schema("policies")
    assert devices["$defs"]["Device"]["properties"]["tech"]["enum"] == TECHNOLOGIES
    assert devices["$defs"]["Device"]["properties"]["kind"]["enum"] == KINDS
    assert policies["$defs"]["Covers"]["properties"]["techs"]["items"]["enum"] == TECHNOLOGIES
    for kind in ("case", "common", "devices", "policies", "regions", "tariffs"):  # no other, older list anywhere
        assert all(enum == TECHNOLOGIES for enum in enums_holding(schema(kind), Technology.GSHP))
        assert all(enum == KINDS for enum in enums_holding(schema(kind), DeviceKind.COMBUSTION))


def test_a_name_outside_the_enumeration_is_refused():
    with pytest.raises(ValidationError) as covers:
        Covers.model_validate_json('{"techs": ["solar_thermal"]}', strict=True)
    with pytest.raises(ValidationError) as device:
        Device.model_validate_json('{"kind": "fireplace", "tech": "gshp"}', strict=True)
    assert [(e["loc"], e["type"]) for e in covers.value.errors()] == [(("techs", 0), "literal_error")]
    refused = {e["loc"]: e["type"] for e in device.value.errors() if e["type"] != "missing"}
    assert refused == {("kind",): "literal_error"}
