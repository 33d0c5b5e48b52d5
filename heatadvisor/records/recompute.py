"""Recompute a saved consultation with today's packs and say what changed.

The saved result stays as it was; the window shows the short list of changed headline
figures and lets the user keep the old result or save the new one as a new revision.
"""

from __future__ import annotations

from dataclasses import dataclass

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.results import Comparison, OptionResult
from heatadvisor.core.setting.bundle import DataBundle
from heatadvisor.wording import word

from .model import Consultation

Names = tuple[str, str]  # (zh, en)
_HEADLINES = ("running_cost", "net_capital", "horizon_cost")  # typical value of each range


@dataclass(frozen=True)
class Change:
    code: str  # "recommended" | "demand" | "pack" | one of _HEADLINES
    option: Names | None  # the option (or pack id) it is about
    old: float | str | Names
    new: float | str | Names

    def text(self, lang: str = "zh") -> str:
        pick = 0 if lang == "zh" else 1

        def show(value: float | str | Names) -> float | str:
            return value[pick] if isinstance(value, tuple) else value

        return word(
            f"change.{self.code}",
            lang,
            option=show(self.option) if self.option else "",
            old=show(self.old),
            new=show(self.new),
        )


@dataclass(frozen=True)
class Recomputed:
    result: Comparison
    changes: list[Change]


def _differs(old: float, new: float) -> bool:
    """More than rounding: 0.5 %, and at least 1 (yuan or kWh)."""
    return abs(new - old) >= max(1.0, 0.005 * abs(old))


def _names(option: OptionResult | None) -> Names:
    return (option.name_zh, option.name_en) if option else (word("report.none", "zh"), word("report.none", "en"))


def changes_between(old: Comparison, new: Comparison) -> list[Change]:
    found = []
    if old.recommended != new.recommended:
        found.append(Change("recommended", None, _names(old.recommended_option()), _names(new.recommended_option())))
    if _differs(old.demand.used_kwh, new.demand.used_kwh):
        found.append(Change("demand", None, old.demand.used_kwh, new.demand.used_kwh))
    before = {o.key: o for o in (old.current, *old.options)}
    for option in (new.current, *new.options):
        was = before.get(option.key)
        if was is None:
            continue
        for code in _HEADLINES:
            if _differs(getattr(was, code)[1], getattr(option, code)[1]):
                found.append(Change(code, _names(option), getattr(was, code)[1], getattr(option, code)[1]))
    for pack, version in sorted(new.packs.items()):
        if old.packs.get(pack, version) != version:
            found.append(Change("pack", (pack, pack), old.packs[pack], version))
    return found


def recompute(record: Consultation, data: DataBundle | None = None) -> Recomputed:
    """The record's case compared with the current packs; raises InputError if the case no
    longer fits them (e.g. a device taken out of the catalogue)."""
    result = compare(record.case, data)
    return Recomputed(result, changes_between(record.result, result))
