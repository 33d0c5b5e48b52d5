"""Malformed and hostile policy packs: each is rejected with file, field and reason, and
the packs in use do not change."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import heatadvisor.core.subsidies  # noqa: F401  (registers the policies kind)
from heatadvisor.core.packs.loader import MAX_PACK_BYTES, PackError
from heatadvisor.core.packs.store import PackStore
from tests.core.test_subsidies_fixtures import money, pack_data, programme_data

FIXTURES = Path(__file__).parent / "hostile_packs"


def mutate(change: Callable[[dict[str, Any]], object]) -> bytes:
    data = pack_data(
        programme_data("p1"),
        programme_data(
            "p2",
            amount={
                "type": "operating",
                "energy": "gas",
                "steps": [{"from_year": 1, "to_year": 3, "rate": money(0.8)}],
            },
        ),
        version="2026.9",
    )
    change(data)
    return json.dumps(data, ensure_ascii=False).encode()


def p1(data: dict[str, Any]) -> dict[str, Any]:
    return data["programmes"][0]


def nested(depth: int) -> bytes:
    return ('{"kind": "policies", "title": ' + "[" * depth + "]" * depth + "}").encode()


CASES: list[tuple[str, Callable[[], bytes], str, str]] = [
    # (name, file content, expected field (prefix), expected reason)
    ("not_json", lambda: (FIXTURES / "not_json.json").read_bytes(), "", "invalid_json"),
    ("nan_literal", lambda: (FIXTURES / "nan_literal.json").read_bytes(), "", "invalid_json"),
    ("top_level_list", lambda: (FIXTURES / "top_level_list.json").read_bytes(), "", "model_type"),
    ("empty_file", lambda: (FIXTURES / "empty.json").read_bytes(), "", "invalid_json"),
    ("latin1", lambda: (FIXTURES / "latin1.json").read_bytes(), "", "not_utf8"),
    ("path_in_pack_id", lambda: (FIXTURES / "path_traversal_id.json").read_bytes(), "pack_id", "unsafe_id"),
    ("huge_file", lambda: b'{"kind": "policies", "title": "' + b"x" * MAX_PACK_BYTES + b'"}', "", "too_large"),
    ("deep_nesting", lambda: nested(200), "", "too_deep"),
    ("very_deep_nesting", lambda: nested(100_000), "", "too_deep"),
    (
        "infinity_by_overflow",
        lambda: mutate(lambda d: p1(d)["amount"]["yuan"].update(value=1e999)).replace(b"Infinity", b"1e999"),
        "programmes.0.amount.fixed.yuan.value",
        "finite_number",
    ),
    ("missing_kind", lambda: mutate(lambda d: d.pop("kind")), "kind", "missing"),
    ("unknown_kind", lambda: mutate(lambda d: d.update(kind="spells")), "kind", "unknown_kind"),
    ("version_as_number", lambda: mutate(lambda d: d.update(version=2026.1)), "version", "string_type"),
    ("version_with_path", lambda: mutate(lambda d: d.update(version="../2026")), "version", "bad_version"),
    ("missing_programmes", lambda: mutate(lambda d: d.pop("programmes")), "programmes", "missing"),
    ("no_programmes", lambda: mutate(lambda d: d.update(programmes=[])), "programmes", "too_short"),
    (
        "too_many_programmes",
        lambda: mutate(lambda d: d.update(programmes=[programme_data(f"p{i}") for i in range(301)])),
        "programmes",
        "too_long",
    ),
    ("unknown_top_level_key", lambda: mutate(lambda d: d.update(execute="rm -rf /")), "execute", "extra_forbidden"),
    (
        "formula_in_programme",
        lambda: mutate(lambda d: p1(d).update(formula="price * 0.4")),
        "programmes.0.formula",
        "extra_forbidden",
    ),
    (
        "amount_as_string",
        lambda: mutate(lambda d: p1(d)["amount"]["yuan"].update(value="1000")),
        "programmes.0.amount.fixed.yuan.value",
        "float_type",
    ),
    (
        "yes_for_true",
        lambda: mutate(lambda d: p1(d).update(conditions={"heats_with_coal_now": "yes"})),
        "programmes.0.conditions.heats_with_coal_now",
        "literal_error",
    ),
    (
        "absurd_amount",
        lambda: mutate(lambda d: p1(d)["amount"]["yuan"].update(value=9_000_000)),
        "programmes.0.amount.fixed.yuan.value",
        "less_than_equal",
    ),
    (
        "negative_amount",
        lambda: mutate(lambda d: p1(d)["amount"]["yuan"].update(value=-500)),
        "programmes.0.amount.fixed.yuan.value",
        "greater_than_equal",
    ),
    (
        "percent_over_100",
        lambda: mutate(lambda d: p1(d).update(amount={"type": "percent_of_cost", "percent": money(150)})),
        "programmes.0.amount.percent_of_cost.percent.value",
        "less_than_equal",
    ),
    (
        "electricity_rate_5_yuan",
        lambda: mutate(
            lambda d: p1(d).update(
                amount={
                    "type": "operating",
                    "energy": "electricity",
                    "steps": [{"from_year": 1, "to_year": 1, "rate": money(5)}],
                }
            )
        ),
        "programmes.0.amount.operating",
        "value_error",
    ),
    (
        "overlapping_steps",
        lambda: mutate(
            lambda d: d["programmes"][1]["amount"]["steps"].append({"from_year": 2, "to_year": 4, "rate": money(0.4)})
        ),
        "programmes.1.amount.operating",
        "value_error",
    ),
    (
        "unknown_amount_type",
        lambda: mutate(lambda d: p1(d).update(amount={"type": "python", "code": "1+1"})),
        "programmes.0.amount",
        "union_tag_invalid",
    ),
    (
        "unknown_tech",
        lambda: mutate(lambda d: p1(d).update(covers={"techs": ["perpetual_motion"]})),
        "programmes.0.covers.techs.0",
        "literal_error",
    ),
    (
        "unknown_category",
        lambda: mutate(lambda d: p1(d).update(covers={"categories": ["nuclear"]})),
        "programmes.0.covers.categories.0",
        "literal_error",
    ),
    ("covers_nothing", lambda: mutate(lambda d: p1(d).update(covers={})), "programmes.0.covers", "value_error"),
    ("duplicate_id", lambda: mutate(lambda d: d["programmes"][1].update(id="p1")), "programmes.1.id", "duplicate_id"),
    ("unknown_source_key", lambda: mutate(lambda d: p1(d)["amount"]["yuan"].update(src="nowhere")), "", "value_error"),
    ("programme_source_unknown", lambda: mutate(lambda d: p1(d).update(src="nowhere")), "", "value_error"),
    (
        "relation_to_unknown",
        lambda: mutate(lambda d: p1(d).update(relations={"excludes": ["ghost"]})),
        "programmes.0.relations.excludes.0",
        "unknown_programme",
    ),
    (
        "relation_to_itself",
        lambda: mutate(lambda d: p1(d).update(relations={"requires_all": ["p1"]})),
        "programmes.0.relations.requires_all.0",
        "self_reference",
    ),
    (
        "requires_cycle",
        lambda: mutate(
            lambda d: (
                p1(d).update(relations={"requires_all": ["p2"]}),
                d["programmes"][1].update(relations={"requires_any": ["p1"]}),
            )
        ),
        "programmes",
        "relation_cycle",
    ),
    (
        "replaces_cycle",
        lambda: mutate(
            lambda d: (
                d["programmes"].append(programme_data("p3", relations={"replaces": ["p1"]})),
                p1(d).update(relations={"replaces": ["p2"]}),
                d["programmes"][1].update(relations={"replaces": ["p3"]}),
            )
        ),
        "programmes",
        "relation_cycle",
    ),
    (
        "bad_partial_date",
        lambda: mutate(lambda d: p1(d).update(valid_from="2024-13")),
        "programmes.0.valid_from",
        "value_error",
    ),
    (
        "dates_reversed",
        lambda: mutate(lambda d: p1(d).update(valid_from="2025", valid_until="2024-Q4")),
        "programmes.0",
        "value_error",
    ),
    (
        "to_be_set_outside_template",
        lambda: mutate(lambda d: p1(d).update(amount={"type": "to_be_set", "benefit": "capital"})),
        "programmes.0.amount",
        "amount_not_set",
    ),
    (
        "combined_maximum_over_operating",
        lambda: mutate(
            lambda d: d.update(combined_maximums=[{"id": "g1", "programmes": ["p1", "p2"], "max_yuan": money(1000)}])
        ),
        "combined_maximums.0.programmes.1",
        "not_capital",
    ),
    (
        "unknown_batch",
        lambda: mutate(lambda d: p1(d).update(conditions={"village_batches": ["batch-x"]})),
        "programmes.0.conditions.village_batches.0",
        "unknown_batch",
    ),
    (
        "valley_price_without_hours",
        lambda: mutate(
            lambda d: p1(d).update(amount={"type": "tariff", "energy": "electricity", "valley_price": money(0.3)})
        ),
        "programmes.0.amount.tariff",
        "value_error",
    ),
    (
        "bad_adcode",
        lambda: mutate(lambda d: p1(d)["region"].update(adcodes=["37110X"])),
        "programmes.0.region.adcodes.0",
        "string_pattern_mismatch",
    ),
    (
        "control_chars_in_place",
        lambda: mutate(lambda d: p1(d)["region"].update(provinces=["河北\x00省"])),
        "programmes.0.region.provinces.0",
        "unsafe_text",
    ),
    ("huge_title", lambda: mutate(lambda d: d.update(title="长" * 10_000)), "title", "string_too_long"),
]


def test_there_are_at_least_thirty_cases():
    assert len(CASES) >= 30


@pytest.fixture
def store(tmp_path: Path) -> PackStore:
    bundled = tmp_path / "bundled" / "policies"
    bundled.mkdir(parents=True)
    (bundled / "ok.json").write_text(json.dumps(pack_data(), ensure_ascii=False), encoding="utf-8")
    store = PackStore(bundled_dir=tmp_path / "bundled", user_dir=tmp_path / "user")
    good = tmp_path / "good.json"
    good.write_text(json.dumps(pack_data(version="2026.5"), ensure_ascii=False), encoding="utf-8")
    store.import_pack(good)
    return store


@pytest.mark.parametrize("name, content, field, reason", CASES, ids=[c[0] for c in CASES])
def test_hostile_pack_is_rejected_and_nothing_changes(store: PackStore, tmp_path: Path, name, content, field, reason):
    before_files = {p: p.read_bytes() for p in store.user_dir.rglob("*") if p.is_file()}
    before_active = store.active_packs("policies")
    path = tmp_path / f"{name}.json"
    path.write_bytes(content())
    with pytest.raises(PackError) as caught:
        store.import_pack(path)
    error = caught.value
    assert error.file == str(path)
    assert all(problem.message for problem in error.problems)
    assert any(p.field.startswith(field) and p.reason == reason for p in error.problems), error.problems
    assert {p: p.read_bytes() for p in store.user_dir.rglob("*") if p.is_file()} == before_files
    assert store.active_packs("policies") == before_active


def test_unreadable_path_is_a_pack_error(store: PackStore, tmp_path: Path):
    with pytest.raises(PackError) as caught:
        store.import_pack(tmp_path / "missing.json")
    assert caught.value.problems[0].reason == "unreadable"
    with pytest.raises(PackError):
        store.import_pack(tmp_path)  # a directory
