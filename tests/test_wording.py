"""The one catalogue: every key has Chinese and English with the same placeholders, every key is
used, every code the core can emit has words, and ``word`` never raises on a view."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import heatadvisor
from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case_io import case_from_json
from heatadvisor.core.contract.results import CodedReason
from heatadvisor.wording import reason_text, word
from heatadvisor.wording.catalogue import CATALOGUE, _join, placeholders
from tests.test_cli import EXAMPLES

PACKAGE = Path(heatadvisor.__file__).parent
DATA_MODULES = {"catalogue.py", "cli.py", "fields.py", "problems.py", "reasons.py", "sheet.py", "subsidies.py"}


def test_every_key_has_both_languages_with_the_same_placeholders():
    wrong = [
        key
        for key, entry in CATALOGUE.items()
        if set(entry) != {"zh", "en"}
        or not (entry["zh"].strip() and entry["en"].strip())
        or placeholders(entry["zh"]) != placeholders(entry["en"])
    ]
    assert len(CATALOGUE) > 400
    assert not wrong, wrong


def test_chinese_entries_are_chinese():
    han = re.compile(r"[\u4e00-\u9fff]")
    coded = [key for key in CATALOGUE if key.split(".")[0] in ("reason", "field", "problem", "condition")]
    assert len(coded) > 150
    assert [key for key in coded if not han.search(CATALOGUE[key]["zh"])] == []


def used_keys() -> tuple[set[str], set[str]]:
    """String literals in the program outside the catalogue's data, and the prefixes of keys it
    builds (a literal ending in "." or the text before an f-string's first placeholder)."""
    literals, prefixes = set(), set()
    for path in PACKAGE.rglob("*.py"):
        if path.parent.name == "wording" and path.name in DATA_MODULES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                prefixes.add(node.values[0].value)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                (prefixes if node.value.endswith(".") else literals).add(node.value)
    return literals, {p for p in prefixes if len(p) > 1}


def test_no_key_is_unused():
    literals, prefixes = used_keys()
    assert {"reason.", "problem.", "field.", "condition."} <= prefixes
    unused = [key for key in CATALOGUE if key not in literals and not any(key.startswith(p) for p in prefixes)]
    assert not unused, unused


def test_a_key_in_two_areas_is_refused():
    with pytest.raises(ValueError, match="title"):
        _join({"title": {"zh": "甲", "en": "A"}}, {"title": {"zh": "乙", "en": "B"}})


def test_word_never_raises_on_a_view():
    assert word("no.such.key", "en") == "no.such.key"
    assert word("title", "fr") == word("title") == "取暖方案建议书"
    assert word("cli.written", "en", path="a.pdf") == "Wrote a.pdf (? pages)"
    assert word("reason.payback", "en", years=None) == "pays back its extra cost in about"
    assert word("reason.payback", "en", years=4.26) == "pays back its extra cost in about 4.3 years"
    assert reason_text(CodedReason(code="new_code", values={}), "zh") == "new_code"


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_code_the_examples_produce_is_worded(example):
    result = compare(case_from_json(example.read_text(encoding="utf-8")))
    reasons = [*result.reasons, *result.assumptions, *(r for o in [result.current, *result.options] for r in o.reasons)]
    for reason in reasons:
        assert f"reason.{reason.code}" in CATALOGUE, reason.code
        for lang in ("zh", "en"):
            text = reason_text(reason, lang)
            assert "?" not in text and "{" not in text, (reason.code, text)
