"""Property: any pack the store accepts can be compared with — every example household still
gets a comparison (or a worded InputError), never another exception.

Each run takes a bundled device, region, tariff or policy pack, overwrites a few of its numbers
with extremes and its strings with hostile text, and imports it into a temporary folder. When
the store refuses a number for a bound (``greater_than_equal`` …), the number is pushed to that
bound and the import tried again, so the accepted packs sit on the edges of what is allowed.
"""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case_io import case_from_data
from heatadvisor.core.contract.problems import FieldProblem, InputError
from heatadvisor.core.packs.loader import PackError
from heatadvisor.core.packs.store import PackStore
from heatadvisor.core.setting.bundle import load_bundle
from heatadvisor.paths import resource

PACKS = resource("packs")
EXAMPLES = [case_from_data(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(Path("examples").glob("*.json"))]
BASES = {kind: sorted((PACKS / kind).glob("*.json")) for kind in ("devices", "regions", "tariffs", "policies")}
BOUND_REASONS = {"greater_than_equal": 0, "less_than_equal": 0, "greater_than": math.inf, "less_than": -math.inf}
HOSTILE_TEXT = ["", " ", "..", "../../x", "nul", "2099.1", "\x1b[2J", "a\x07b", "a\x00b", "\u202etxt.exe", "长" * 600]
Path_ = tuple[str | int, ...]


def leaves(value: Any, path: Path_ = ()) -> list[tuple[Path_, Any]]:
    """Every number and string in the pack, with its path."""
    if isinstance(value, dict):
        return [leaf for key, item in value.items() for leaf in leaves(item, (*path, key))]
    if isinstance(value, list):
        return [leaf for index, item in enumerate(value) for leaf in leaves(item, (*path, index))]
    return [] if isinstance(value, bool) or value is None else [(path, value)]


def put(data: Any, path: Path_, value: Any) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


def problem_path(data: Any, field: str) -> Path_ | None:
    """The data path of a pydantic field path; union tags ("fixed") are not in the data."""
    path: list[str | int] = []
    for part in field.split("."):
        key: str | int = int(part) if part.isdigit() and isinstance(data, list) else part
        if isinstance(data, dict) and key not in data and key in (data.get("type"), data.get("kind")):
            continue
        try:
            data = data[key]
        except (KeyError, IndexError, TypeError):
            return None
        path.append(key)
    return tuple(path)


def number_like(original: Any) -> st.SearchStrategy[Any]:
    if isinstance(original, int):
        return st.one_of(st.sampled_from([0, -1, 1, 2**31, -(2**63)]), st.integers(-(10**6), 10**6))
    extremes = [0.0, -0.0, -1.0, -1e-9, 5e-324, 1e-9, 1e6, 1e12, 1e300, -1e300, original * 1000, -original]
    return st.one_of(st.sampled_from(extremes), st.floats(allow_nan=False, allow_infinity=False))


ORDERED = {"rating_points", "defrost_loss", "steps", "in_window", "outside_window"}  # an edge for all is refused
PRINTABLE = st.text(st.characters(whitelist_categories=("L", "N", "P", "S", "Zs")), min_size=1, max_size=40)


@st.composite
def mutated_pack(draw: st.DrawFn) -> tuple[Path, dict[str, Any]]:
    base = draw(st.sampled_from(BASES[draw(st.sampled_from(sorted(BASES)))]))
    data = json.loads(base.read_text(encoding="utf-8"))
    data["version"] = "2026.12"  # newer than the bundled 2026.11, so an accepted pack is used
    spots = leaves(data)
    numbers = [(path, value) for path, value in spots if not isinstance(value, str)]
    texts = [(path, value) for path, value in spots if isinstance(value, str)]
    edge = draw(st.sampled_from([None, None, -1e300, 1e300]))  # every number to one edge, or a few anywhere
    for path, original in numbers if edge is not None else []:
        if not ORDERED & set(map(str, path)):
            put(data, path, int(math.copysign(2**31, edge)) if isinstance(original, int) else edge)
    for _ in range(draw(st.integers(1, 12))):
        path, original = draw(st.sampled_from(numbers))
        put(data, path, draw(number_like(original)))
    for _ in range(draw(st.sampled_from([0, 0, 1, 2]))):
        path, _ = draw(st.sampled_from(texts))
        put(data, path, draw(st.one_of(PRINTABLE, st.sampled_from(HOSTILE_TEXT))))
    keep_order(data)
    return base, data


def keep_order(value: Any) -> None:
    """Sort what must rise (low ≤ typ ≤ high, tier thresholds and prices) after the numbers
    changed, so the pack is refused for its extremes and not merely for their order."""
    if isinstance(value, dict):
        if {"low", "typ", "high"} <= value.keys() and all(
            isinstance(value[k], (int, float)) for k in ("low", "typ", "high")
        ):
            value["low"], value["typ"], value["high"] = sorted((value["low"], value["typ"], value["high"]))
        for item in value.values():
            keep_order(item)
    elif isinstance(value, list):
        steps = [item for item in value if isinstance(item, dict) and "price" in item]
        for key in ("price", "up_to"):
            spots = [
                step[key]
                for step in steps
                if isinstance(step.get(key), dict) and isinstance(step[key].get("value"), (int, float))
            ]
            for spot, number in zip(spots, sorted(spot["value"] for spot in spots)):
                spot["value"] = number
        for item in value:
            keep_order(item)


def import_pushed_to_bounds(store: PackStore, data: dict[str, Any], file: Path) -> bool:
    """Import, moving each number refused for a bound onto that bound; False when refused
    for another reason."""
    for _ in range(10):
        file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        try:
            store.import_pack(file)
            return True
        except PackError as error:
            bounds = [(problem_path(data, p.field), p) for p in error.problems if p.reason in BOUND_REASONS]
            bounds = [(path, p) for path, p in bounds if path is not None and p.limit is not None]
            if not bounds:
                return False
            for path, problem in bounds:
                put(data, path, on_bound(problem, _at(data, path)))
    return False


def on_bound(problem: FieldProblem, current: Any) -> float | int:
    """The allowed number nearest to the bound the problem names."""
    limit, direction = float(problem.limit or 0), BOUND_REASONS[problem.reason]
    if isinstance(current, int) and limit.is_integer():
        return int(limit) + (0 if direction == 0 else 1 if direction > 0 else -1)
    return limit if direction == 0 else math.nextafter(limit, direction)


def _at(data: Any, path: Path_) -> Any:
    for key in path:
        data = data[key]
    return data


def test_the_examples_compare_on_the_bundled_packs():
    data = load_bundle(PackStore(PACKS, Path(tempfile.mkdtemp())))
    assert len(EXAMPLES) >= 4 and all(compare(case, data).options for case in EXAMPLES)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated_pack())
def test_any_pack_that_imports_compares_every_example(pack: tuple[Path, dict[str, Any]]):
    base, data = pack
    with tempfile.TemporaryDirectory() as folder:
        store = PackStore(PACKS, Path(folder) / "user")
        accepted = import_pushed_to_bounds(store, data, Path(folder) / base.name)
        event(f"{base.parent.name} {'imported' if accepted else 'refused'}")
        if not accepted:
            return
        bundle = load_bundle(store)
        assert not bundle.broken
        for case in EXAMPLES:
            try:
                result = compare(case, bundle)
            except InputError:
                continue  # a worded problem (e.g. a bill for a fuel now priced at 0), not a crash
            for option in [result.current, *result.options]:
                figures = [option.heat_kwh, option.co2_kg, *option.running_cost, *option.capital_cost]
                assert all(math.isfinite(x) and x >= 0 for x in figures), (option.key, figures)
