"""Every worded code exists in both languages with the same placeholders, and every code
the core can emit has words."""

from __future__ import annotations

import re
import string

import pytest

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case_io import case_from_json
from heatadvisor.wording import reason_text
from heatadvisor.wording.catalogue import FIELDS, PROBLEMS, REASONS, WORDS
from tests.test_cli import EXAMPLES


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("table", [REASONS, FIELDS, PROBLEMS, WORDS], ids=["reasons", "fields", "problems", "words"])
def test_both_languages_with_matching_placeholders(table):
    for key, entry in table.items():
        assert set(entry) == {"zh", "en"}, key
        assert entry["zh"].strip() and entry["en"].strip(), key
        assert fields(entry["zh"]) == fields(entry["en"]), key


def test_chinese_entries_are_chinese():
    han = re.compile(r"[\u4e00-\u9fff]")
    for table in (REASONS, FIELDS, PROBLEMS):
        for key, entry in table.items():
            assert han.search(entry["zh"]), key


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_code_the_examples_produce_is_worded(example):
    result = compare(case_from_json(example.read_text(encoding="utf-8")))
    reasons = [*result.reasons, *result.assumptions, *(r for o in [result.current, *result.options] for r in o.reasons)]
    for reason in reasons:
        assert reason.code in REASONS, reason.code
        for lang in ("zh", "en"):
            text = reason_text(reason, lang)
            assert "?" not in text and "{" not in text, (reason.code, text)
