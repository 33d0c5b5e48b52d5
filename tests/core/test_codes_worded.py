"""Every code the core writes as a literal — a reason a comparison gives, a field problem, a
validation error — has words in the catalogue (``heatadvisor.wording``), found by reading the
core's source, so a new code without words fails here, not on a villager's screen. The
subsidy engine's codes have their own test (tests/test_subsidies_wording.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import heatadvisor.core
from heatadvisor.wording import CATALOGUE

CORE = Path(heatadvisor.core.__file__).parent


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def coded(tree: ast.AST) -> list[tuple[str, str]]:
    """(catalogue area, code) of every CodedReason(code=…), FieldProblem(field, reason, …) and
    PydanticCustomError(code, …) written with a literal code."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        name, args = node.func.id, node.args
        if name == "CodedReason":
            found += [("reason", code) for k in node.keywords if k.arg == "code" and (code := _literal(k.value))]
        at = {"FieldProblem": 1, "PydanticCustomError": 0}.get(name)  # the argument that holds the code
        if at is not None and len(args) > at and (code := _literal(args[at])):
            found.append(("problem", code))
    return found


def test_every_literal_code_of_the_core_has_words():
    codes = {
        (path.relative_to(CORE).as_posix(), area, code)
        for path in sorted(CORE.rglob("*.py"))
        if "subsidies" not in path.parts
        for area, code in coded(ast.parse(path.read_text(encoding="utf-8")))
    }
    assert len(codes) > 50
    unworded = sorted(f"{where}: {area}.{code}" for where, area, code in codes if f"{area}.{code}" not in CATALOGUE)
    assert not unworded, unworded


def test_codes_are_found_in_every_form():
    source = (
        'CodedReason(code="a", values={})\nFieldProblem(field, "b", "x")\nPydanticCustomError("c", "m")\n'
        "CodedReason(code=name)\nFieldProblem(field, reason)\n"
    )
    assert coded(ast.parse(source)) == [("reason", "a"), ("problem", "b"), ("problem", "c")]
