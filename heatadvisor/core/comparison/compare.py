"""Compare heating options for one household: the function the window, the sheet and the CLI call.

It is the village batch's code on a group of one (``group.py``), so a household gets the
same figures whichever way it is compared.
"""

from __future__ import annotations

from ..contract.case import Case
from ..contract.results import Comparison
from ..setting.bundle import DataBundle
from .group import evaluate_cases
from .result import comparison


def compare(case: Case, data: DataBundle | None = None) -> Comparison:
    """The comparison of one household; raises InputError naming each bad field."""
    outcome = evaluate_cases([case], data)[0]
    if outcome.error is not None:
        raise outcome.error
    assert outcome.evaluation is not None
    return comparison(outcome.evaluation, outcome.household)
