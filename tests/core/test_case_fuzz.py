"""Hostile case files: whatever JSON comes in, the only error out of case → comparison → sheet
is the project's InputError naming fields (strategies in tools/fuzz_cases.py, which also runs
long hunts). The "ci" profile is derandomized, so a run is repeatable and stays well under a
minute; regressions found by the hunts are pinned below."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings

from heatadvisor.core.contract.case_io import case_from_json
from heatadvisor.core.contract.problems import InputError
from heatadvisor.wording import problem_line

TOOL = Path(__file__).resolve().parents[2] / "tools" / "fuzz_cases.py"

settings.register_profile(
    "ci",
    max_examples=120,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


def load_tool():
    spec = importlib.util.spec_from_file_location("fuzz_cases", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fuzz = load_tool()


@settings(settings.get_profile("ci"))
@given(fuzz.documents())
def test_any_document_compares_or_is_refused_by_field(text):
    outcome = fuzz.journey(text)  # anything but InputError fails the test here
    if isinstance(outcome, InputError):
        assert all(p.field for p in outcome.problems)
    else:
        _case, comparison, sheet = outcome
        assert comparison.options and sheet.table.rows


@settings(settings.get_profile("ci"), max_examples=3)
@given(fuzz.mutated_examples())
def test_a_few_mutated_examples_print_as_pdf(qapp, tmp_path_factory, doc):
    from heatadvisor.sheet.content import SheetContext
    from heatadvisor.sheet.render import write_pdf

    outcome = fuzz.journey(json.dumps(doc, ensure_ascii=False))
    assume(not isinstance(outcome, InputError))  # refusals are the test above (none printed fails: Unsatisfiable)
    case, comparison, _ = outcome
    path = tmp_path_factory.mktemp("fuzz") / "sheet.pdf"
    ctx = SheetContext.from_case(case, consent=True, day=case.on_date or date.today())
    assert write_pdf(comparison, ctx, path) >= 1
    assert path.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("text", ['["0", null, {}]', '"１２０"', "12", "null", "[]", '{"": 1, "location": {}}'])
def test_a_document_that_is_not_an_object_is_a_problem_with_the_file(text):
    """Found by the fuzz hunt: the problem's field was '' and the CLI printed ': – 格式不对'."""
    with pytest.raises(InputError) as caught:
        case_from_json(text)
    problem = next(p for p in caught.value.problems if p.reason != "missing" and not p.field.startswith("location"))
    assert problem.field == "(file)"
    assert problem_line(problem, "zh").startswith("文件：") and problem_line(problem, "en").startswith("File: ")
