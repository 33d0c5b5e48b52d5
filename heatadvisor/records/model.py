"""A saved consultation and its follow-up, as the window, the CLI and the exchange see it.

The result is kept exactly as it was shown, with the pack versions it was computed on, so a
household reopened next winter sees the same numbers; ``recompute`` says what changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from heatadvisor.core.contract.case import Case
from heatadvisor.core.contract.results import Comparison

from .privacy import Personal

MAX_NOTE = 500


class Stage(str, Enum):
    """Where the household is on the way from advice to subsidy (the township's ledger steps)."""

    advised = "advised"  # 已咨询
    applied = "applied"  # 已申请
    village_review = "village_review"  # 村初审
    town_review = "town_review"  # 镇审核
    installed = "installed"  # 已安装
    inspected = "inspected"  # 已验收
    subsidy_paid = "subsidy_paid"  # 补贴已发放
    declined = "declined"  # 不改了


class Usage(str, Enum):
    """The season's usage status as the ledgers record it."""

    normal = "normal"  # 正常
    idle = "idle"  # 闲置
    stopped = "stopped"  # 停运
    closed = "closed"  # 销户


@dataclass(frozen=True)
class StageEntry:
    stage: Stage
    on: date
    note: str = ""


@dataclass(frozen=True)
class Ledger:
    """The ledger columns that are not personal: how the household was retrofitted."""

    category: str = ""  # 改造类别: e.g. 电代煤, 气代煤 (blank: from the recommended option)
    kind: str = ""  # 改造类型: the device as the township names it (blank: the recommended option)
    batch: str = ""  # 改造批次: 部委 / 省 / 市定 / 农户自改


@dataclass(frozen=True)
class Consultation:
    id: str  # a uuid, stable across laptops and merges
    revision: int  # +1 on every save; the higher one wins a merge
    service_point: str  # the id of the service point that made the last revision
    created_at: str  # ISO time, UTC
    updated_at: str
    case: Case  # inputs; the household's name and phone live in ``personal``
    result: Comparison  # the result as shown
    personal: Personal | None  # None: none kept, or the password not given (see personal_locked)
    personal_locked: bool = False
    ledger: Ledger = Ledger()
    stages: tuple[StageEntry, ...] = ()
    seasons: dict[str, Usage] = field(default_factory=dict)  # "2026-2027" -> status
    conflict_of: str | None = None  # set by a merge: this is the other side of a conflicting edit

    @property
    def packs(self) -> dict[str, str]:
        return self.result.packs


@dataclass(frozen=True)
class Summary:
    """One line of the history view, read from columns without opening the result."""

    id: str
    revision: int
    updated_at: str
    consult_date: str
    county: str
    township: str
    village: str
    heated_area_m2: float
    recommended: str | None
    recommended_zh: str
    recommended_en: str
    stage: Stage | None  # the latest stage
    usage: Usage | None  # the latest season's status
    head_name: str | None  # None when none kept or locked
    conflict_of: str | None
