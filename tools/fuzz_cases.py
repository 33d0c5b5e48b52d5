"""Fuzz the way a case file travels: JSON text → case → comparison → advice-sheet content.

Documents are mostly-valid mutations of the bundled examples, documents built from the
case's own JSON Schema, and garbage. The only failure a document may cause is the project's
InputError naming its fields; anything else is a bug. tests/core/test_case_fuzz.py runs these
strategies in the suite; run this script for a long hunt:

    .venv/bin/python tools/fuzz_cases.py 10000 [--seed 0]

It prints tried / rejected with a named field / anything else, and the first few of the last.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import sys
import traceback
from collections import Counter
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case import Case
from heatadvisor.core.contract.case_io import case_from_json
from heatadvisor.core.contract.problems import InputError
from heatadvisor.core.setting.bundle import bundled
from heatadvisor.sheet.content import SheetContext, build_sheet
from heatadvisor.wording import problem_line

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = tuple(json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "examples").glob("*.json")))

# Values that have broken parsers before: edges of numbers, dates no calendar has, look-alike digits.
ODD_VALUES = (
    None,
    True,
    False,
    0,
    -1,
    1,
    0.5,
    5,
    1000,
    1e308,
    -1e308,
    10**30,
    math.nan,
    math.inf,
    "",
    " ",
    "0",
    "１２０",
    "１２．５",
    "02-29",
    "02-30",
    "04-31",
    "13-01",
    "11-15",
    "2024-02-29",
    "2026-02-30",
    "0001-01-01",
    "9999-12-31",
    "2000-01-01",
    "x" * 81,
    "村" * 300,
    [],
    {},
    [None],
    {"": None},
    "coal_stove",
    "kwh",
    "yuan",
)
JSON_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(-(10**20), 10**20), st.floats(), st.text(max_size=30))


@cache
def known_strings() -> dict[str, tuple[str, ...]]:
    """Values a field of this name takes in a valid case, read from the data and the examples."""
    data = bundled()
    return {
        "device_id": tuple(data.devices),
        "upgrades": tuple(u.id for u in data.common.upgrades),
        "province": tuple(e["location"]["province"] for e in EXAMPLES),
        "county": tuple(e["location"]["county"] for e in EXAMPLES),
        "season_start": ("10-15", "11-01", "11-15", "02-29", "02-30", "11-31"),
        "season_end": ("03-15", "03-31", "04-15", "02-29", "04-31"),
    }


def _text(node: dict, name: str) -> st.SearchStrategy:
    longest = node.get("maxLength", 40)
    if node.get("format") == "date":
        return st.one_of(
            st.dates(date(1990, 1, 1), date(2110, 12, 31)).map(date.isoformat), st.sampled_from(ODD_VALUES)
        )
    known = known_strings().get(name)
    plain = st.text(min_size=node.get("minLength", 0), max_size=longest + 2)
    return st.one_of(st.sampled_from(known), st.sampled_from(known), plain) if known else plain


def _number(node: dict, whole: bool) -> st.SearchStrategy:
    low = node.get("minimum", node.get("exclusiveMinimum", -1e6))
    high = node.get("maximum", node.get("exclusiveMaximum", 1e6))
    edges = st.sampled_from([low, high, low - 1, high + 1, (low + high) / 2])
    inside = st.integers(math.ceil(low), math.floor(high)) if whole else st.floats(low, high)
    return st.one_of(inside, inside, edges.map(round) if whole else edges)


def from_schema(schema: dict, node: dict | None = None, name: str = "") -> st.SearchStrategy:
    """Documents shaped like the schema: valid mostly, at or just past the edges sometimes."""
    node = schema if node is None else node
    if "$ref" in node:
        return from_schema(schema, schema["$defs"][node["$ref"].rsplit("/", 1)[1]], name)
    if "anyOf" in node:
        return st.one_of([from_schema(schema, choice, name) for choice in node["anyOf"]])
    if "enum" in node:
        return st.sampled_from(node["enum"])
    if "const" in node:
        return st.just(node["const"])
    kind = node.get("type")
    if kind == "object":
        props = node.get("properties", {})
        need = set(node.get("required", ()))
        return st.fixed_dictionaries(
            {k: from_schema(schema, v, k) for k, v in props.items() if k in need},
            optional={k: from_schema(schema, v, k) for k, v in props.items() if k not in need},
        )
    if kind == "array":
        return st.lists(from_schema(schema, node.get("items", {}), name), max_size=min(node.get("maxItems", 4), 4) + 1)
    if kind == "string":
        return _text(node, name)
    if kind in ("number", "integer"):
        return _number(node, kind == "integer")
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    return JSON_LEAVES


def _places(doc: Any, where: tuple = ()) -> list[tuple]:
    """Every path inside a document, containers included."""
    found = [where]
    children = doc.items() if isinstance(doc, dict) else enumerate(doc) if isinstance(doc, list) else ()
    for key, value in children:
        found += _places(value, (*where, key))
    return found


@st.composite
def mutated_examples(draw) -> Any:
    """A bundled example with a section from the schema grafted on and a few values changed."""
    doc = copy.deepcopy(draw(st.sampled_from(EXAMPLES)))
    schema_doc = draw(from_schema(Case.model_json_schema()))
    for key in draw(st.lists(st.sampled_from(sorted(schema_doc) or ["location"]), max_size=3, unique=True)):
        if key in schema_doc:
            doc[key] = schema_doc[key]
    for _ in range(draw(st.integers(0, 3))):
        path = draw(st.sampled_from(_places(doc)))
        if not path:
            continue
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(st.one_of(st.sampled_from(ODD_VALUES), JSON_LEAVES))
    return doc


def documents() -> st.SearchStrategy[str]:
    """JSON texts: mostly-valid mutations, schema-built cases, and garbage (JSON or not)."""
    garbage = st.recursive(
        JSON_LEAVES,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
        max_leaves=12,
    )
    as_json = st.one_of(
        mutated_examples(), mutated_examples(), mutated_examples(), from_schema(Case.model_json_schema()), garbage
    )
    return st.one_of(
        as_json.map(lambda doc: json.dumps(doc, ensure_ascii=False)),
        as_json.map(json.dumps).map(lambda s: s[: len(s) // 2]),
        st.text(max_size=40),
    )


def journey(text: str) -> tuple[Case, object, object] | InputError:
    """The document's way to a sheet; the InputError that stops it, if any. Other errors propagate."""
    try:
        case = case_from_json(text)
        comparison = compare(case)
    except InputError as error:
        for problem in error.problems:
            assert problem.field and problem_line(problem, "zh") and problem_line(problem, "en"), problem
        assert error.problems, "an InputError without a problem"
        return error
    ctx = SheetContext.from_case(case, consent=True, lang="zh", day=case.on_date or date.today())
    return case, comparison, build_sheet(comparison, ctx)


def hunt(count: int, start: int) -> Counter:
    """Run ``count`` documents and tally them; print the first few that fail otherwise."""
    tally: Counter = Counter()
    kinds: Counter = Counter()  # last line of each other error

    @seed(start)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(documents())
    def one(text: str) -> None:
        tally["tried"] += 1
        try:
            outcome = journey(text)
        except Exception:  # noqa: BLE001 — a fuzzer counts every kind of crash
            tally["other"] += 1
            kinds[traceback.format_exc().strip().splitlines()[-1][:160]] += 1
            if tally["other"] <= 5:
                print(f"--- {text[:600]}\n{traceback.format_exc(limit=-3)}", file=sys.stderr)
            return
        tally["rejected" if isinstance(outcome, InputError) else "compared"] += 1

    one()
    for kind, times in kinds.most_common():
        print(f"{times:6d} × {kind}", file=sys.stderr)
    return tally


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("count", type=int)
    args.add_argument("--seed", type=int, default=0)
    options = args.parse_args()
    tally = hunt(options.count, options.seed)
    print(
        f"tried {tally['tried']}  rejected with a named field {tally['rejected']}  anything else {tally['other']}"
        f"  (compared and sheet built: {tally['compared']})"
    )
    return 1 if tally["other"] else 0


if __name__ == "__main__":
    sys.exit(main())
