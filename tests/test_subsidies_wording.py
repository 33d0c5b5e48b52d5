"""Subsidy results in words: every code the engine can return is worded, values filled."""

from __future__ import annotations

from typing import get_args

import pytest

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case_io import case_from_json
from heatadvisor.core.packs.technology import TECH_IDS
from heatadvisor.core.subsidies.facts import HouseholdFacts, OptionFacts
from heatadvisor.core.subsidies.results import Decision, Reason, Status
from heatadvisor.core.subsidies.schema import ApplyAt, DocumentCode
from heatadvisor.wording.catalogue import CATALOGUE
from heatadvisor.wording.subsidy_text import say_amount, say_date, say_decision, say_money, say_reason
from tests.test_cli import EXAMPLES

REASON_CODES = {
    "in_force",
    "region",
    "tech",
    "hukou_local",
    "heats_with_coal",
    "low_income",
    "owns_house",
    "not_subsidised_before",
    "efficiency_grade",
    "low_ambient_cop",
    "heated_area",
    "purchase_window",
    "village_batch",
    "prerequisite_all",
    "prerequisite_any",
}


def test_every_code_the_engine_returns_is_worded():
    needed = (
        {f"status.{s}" for s in get_args(Status)}
        | {f"condition.{code}.{outcome}" for code in REASON_CODES for outcome in ("met", "not_met")}
        | {f"condition.{code}.unknown" for code in REASON_CODES - {"in_force", "tech"}}
        | {"condition.amount_input.unknown"}
        | {f"decision.{c}" for c in get_args(Decision.model_fields["code"].annotation)}
        | {f"document.{d}" for d in get_args(DocumentCode)}
        | {f"apply_at.{a}" for a in get_args(ApplyAt)}
        | {f"tech.{t}" for t in TECH_IDS}
        | {
            f"question.{f}"
            for f in (set(HouseholdFacts.model_fields) | set(OptionFacts.model_fields))
            - {"tech", "device_id", "county_adcode"}
        }
    )
    assert needed - set(CATALOGUE) == set()


def test_reason_words_fill_values_and_translate_codes():
    reason = Reason(code="low_income", outcome="not_met", values={"required": ["dibao", "tekun"], "answer": "none"})
    assert say_reason(reason, "zh") == "只限低保户、特困户"
    assert say_reason(reason, "en") == "Only for dibao (minimum living allowance), tekun (extreme hardship)"
    window = Reason(
        code="purchase_window",
        outcome="not_met",
        values={"date_kind": "install", "start": "2025-H2", "end": None, "date": "2025-03-02"},
    )
    assert say_reason(window, "zh") == "安装要在2025年下半年到未注明之间，您是2025年3月2日"


def test_decision_words():
    decision = Decision(code="combined_maximum", programmes=["a", "b"], values={"group": "g", "max_yuan": 2500.0})
    assert say_decision(decision, "zh") == "几项合计最多2,500元，已扣减"


@pytest.mark.parametrize(
    "text, zh, en",
    [
        ("2024", "2024年", "2024"),
        ("2024-H1", "2024年上半年", "1st half of 2024"),
        ("2024-Q3", "2024年第3季度", "Q3 2024"),
        ("2024-05", "2024年5月", "May 2024"),
        ("2024-05-01", "2024年5月1日", "2024-05-01"),
        (None, "未注明", "not stated"),
    ],
)
def test_dates_keep_their_precision_in_words(text, zh, en):
    assert (say_date(text, "zh"), say_date(text, "en")) == (zh, en)


def test_the_amount_line_says_up_to_once():
    """One amount line for the window, the sheet and the CLI ("金额：最多…" for a ceiling)."""
    example = next(p for p in EXAMPLES if p.stem == "rizhao_coal_stove")
    result = compare(case_from_json(example.read_text(encoding="utf-8")))
    programme = next(p for o in result.options if o.subsidies for p in o.subsidies.programmes if p.amount is not None)
    money = say_money(programme.amount, "zh")
    assert say_amount(programme, "zh") == "金额：" + money
    assert say_amount(programme.model_copy(update={"amount_up_to": True}), "zh") == "金额：最多" + money
    assert say_amount(programme, "en") == "Amount: " + say_money(programme.amount, "en")
    assert say_amount(programme.model_copy(update={"amount": None}), "zh") is None
