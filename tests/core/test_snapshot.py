"""Every figure of a few hundred diverse households is what it was when the golden file was
recorded (tests/core/snapshot.py; ``--update`` records an intended change)."""

from __future__ import annotations

from .snapshot import CASES, differences, first_difference, read_golden, records


def test_results_match_the_golden_file():
    golden = read_golden()
    changed = differences(golden, records())
    assert not changed, f"{len(changed)} of {len(golden)} households changed:\n" + "\n".join(changed[:10])


def test_the_golden_file_covers_diverse_households():
    golden = read_golden()
    compared = [r for r in golden if "comparison" in r]
    assert len(golden) == CASES and len(compared) > 0.9 * CASES
    assert len({r["case"]["location"]["province"] for r in compared}) >= 15
    assert {r["case"]["current"].get("last_winter", {}).get("unit") for r in compared} >= {
        None,
        "yuan",
        "t",
        "kwh",
        "m3",
    }
    assert sum(1 for r in compared if r["case"].get("prices")) > 20
    assert sum(1 for r in compared if r["case"].get("household")) > 50
    assert (
        sum(1 for r in golden if r["batch"]["status"] in ("ok", "check")) > 0.9 * CASES
    )  # "check": compared, figures doubtful
    assert sum(1 for r in golden if r["batch"]["status"] == "check") > 20


def test_a_difference_is_located_by_its_json_path():
    golden = {"options": [{"running_yuan": 1000.0, "key": "split_ac"}]}
    assert first_difference(golden, {"options": [{"running_yuan": 1000.0 * (1 + 1e-12), "key": "split_ac"}]}) is None
    assert first_difference(golden, {"options": [{"running_yuan": 1000.1, "key": "split_ac"}]}) == (
        "$.options[0].running_yuan: 1000.0 → 1000.1"
    )
    assert first_difference(golden, {"options": [{"running_yuan": 1000.0, "key": "gshp"}]}) == (
        "$.options[0].key: 'split_ac' → 'gshp'"
    )
    assert first_difference(golden, {"options": []}) == "$.options (length 1 in golden, 0 now)"
