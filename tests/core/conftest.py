"""Shared builders for core tests: a valid case with sensible defaults, tweaked per test."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from heatadvisor.core.comparison.group import GroupEvaluation, evaluate_cases
from heatadvisor.core.contract.case import Case
from heatadvisor.core.setting.bundle import bundled

BASE: dict[str, Any] = {
    "location": {"province": "山东省", "county": "莒县"},
    "house": {"heated_area_m2": 90},
    "current": {"device_id": "coal_stove"},
    "on_date": "2026-11-25",
}


def make_case(**changes: Any) -> Case:
    """BASE with nested changes, e.g. make_case(house={"heated_area_m2": 120})."""
    data = copy.deepcopy(BASE)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key].update(value)
        else:
            data[key] = value
    return Case.model_validate(data)


def evaluated(**changes: Any) -> GroupEvaluation:
    """make_case(**changes) evaluated as a group of one, its arrays open to a test."""
    outcome = evaluate_cases([make_case(**changes)])[0]
    if outcome.error is not None:
        raise outcome.error
    assert outcome.evaluation is not None
    return outcome.evaluation


@pytest.fixture(scope="session")
def data():
    return bundled()
