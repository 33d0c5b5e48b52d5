"""Records tests: a fresh database per test, cases from the examples compared once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case_io import case_from_json
from heatadvisor.records.opening import close_store, open_store

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def compared():
    """(case, result) for every example."""
    return [(case, compare(case)) for case in (case_from_json(p.read_text(encoding="utf-8")) for p in EXAMPLES)]


class Clock:
    """A clock the test moves by hand (backups depend on time)."""

    def __init__(self, start: datetime = datetime(2026, 12, 6, 8, 0, tzinfo=UTC)):
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(tmp_path, clock):
    opened, _ = open_store(tmp_path / "records.sqlite", clock)
    yield opened
    close_store(opened)
