"""Builders for small policy packs used by the subsidy tests (no tests here)."""

from __future__ import annotations

import copy
from typing import Any

from heatadvisor.core.subsidies import PolicyPack

SOURCES = {
    "doc": {"citation": "test document 1", "conf": "A"},
    "weak": {"citation": "test aggregator", "conf": "C"},
}


def money(value: float, src: str = "doc") -> dict[str, Any]:
    return {"value": value, "src": src}


def programme_data(pid: str = "p1", **overrides: Any) -> dict[str, Any]:
    """A programme valid in Hebei for air-to-water heat pumps, fixed 1,000 yuan."""
    data: dict[str, Any] = {
        "id": pid,
        "name": {"zh": f"测试项目 {pid}", "en": f"Test programme {pid}"},
        "authority": {"name": {"zh": "测试省"}, "level": "province"},
        "region": {"provinces": ["河北省"]},
        "covers": {"techs": ["ashp_air_water"]},
        "amount": {"type": "fixed", "yuan": money(1000)},
        "src": "doc",
    }
    data.update(copy.deepcopy(overrides))
    return data


def pack_data(*programmes: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": "policies",
        "pack_id": "test-pack",
        "version": "2026.1",
        "title": "test",
        "sources": copy.deepcopy(SOURCES),
        "programmes": list(programmes) or [programme_data()],
    }
    data.update(copy.deepcopy(overrides))
    return data


def make_pack(*programmes: dict[str, Any], **overrides: Any) -> PolicyPack:
    return PolicyPack.model_validate(pack_data(*programmes, **overrides))
