"""Shared comparisons for the sheet tests: computed once, since the core takes ~0.1 s a case."""

from __future__ import annotations

import pytest

from heatadvisor.core.comparison.compare import compare

from . import fixtures


@pytest.fixture(scope="session")
def named_case():
    return fixtures.named_case()


@pytest.fixture(scope="session")
def named(named_case):
    return compare(named_case)
