"""The core as the window uses it: the validated packs, ``compare`` and the words for its codes.

Importing pydantic and validating the packs takes about as long as starting Qt, so none of
it is imported by the window's modules: ``load_backend`` runs on a worker thread after the
first paint (``ui.background``) and the ready ``Backend`` is handed to the GUI thread. The
window reaches the core (the county table too) only through the ``Backend`` it is handed,
never by importing it.
"""

from __future__ import annotations

import linecache
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from heatadvisor.core.contract.case import Case
    from heatadvisor.core.contract.problems import FieldProblem
    from heatadvisor.core.contract.results import CodedReason, Comparison
    from heatadvisor.core.packs.store import ImportResult
    from heatadvisor.core.place.places import County
    from heatadvisor.core.setting.bundle import DataBundle


@dataclass(frozen=True)
class Evaluation:
    """What one set of inputs gave: a comparison, or the problems that prevent one."""

    parts: dict  # the Case as a plain dict, exactly as sent
    comparison: Comparison | None
    problems: list[FieldProblem]


class Backend:
    """Packs, comparison and wording behind one small interface the window can be tested with."""

    def __init__(self, data: DataBundle):
        from pydantic import ValidationError

        from heatadvisor import wording
        from heatadvisor.core.comparison.compare import compare
        from heatadvisor.core.contract.case import Case
        from heatadvisor.core.contract.problems import (
            FieldProblem,
            InputError,
            problems_from,
        )
        from heatadvisor.core.demand import calibration
        from heatadvisor.core.packs.technology import DeviceKind
        from heatadvisor.core.place import climate, places, siting
        from heatadvisor.wording import subsidy_text as subsidy_wording

        self.data = data
        self.kinds = DeviceKind  # what the window compares a device's kind with
        self._case, self._compare, self._wording = Case, compare, wording
        self._subsidy_wording = subsidy_wording
        self._problem, self._input_error, self._problems_from = FieldProblem, InputError, problems_from
        self._validation_error = ValidationError
        self._units = calibration.UNITS_BY_FUEL
        self._places, self._climate, self._siting = places, climate, siting
        places.provinces()  # the county and station tables are read here, off the GUI thread
        climate.stations()

    # catalogue ---------------------------------------------------------------
    def device_name(self, device_id: str, lang: str) -> str:
        device = self.data.devices[device_id]
        return device.name_en if lang == "en" else device.name_zh

    def usual_options(self, province: str) -> list[str]:
        return list(self.data.region_for(province).default_options)

    def claims_heat_pump(self, province: str) -> str:
        """The heat pump a heater is set beside: the region's first usual one."""
        return next((d for d in self.usual_options(province) if self.data.devices[d].kind == self.kinds.HEAT_PUMP),
                    next(d for d, dev in self.data.devices.items() if dev.kind == self.kinds.HEAT_PUMP))

    def units_for(self, device_id: str) -> list[str]:
        """Units last winter's use of this system can be given in (the core's own table)."""
        device = self.data.devices.get(device_id)
        return [] if device is None else sorted(u.value for u in self._units[device.fuel])

    def price_defaults(self, province: str) -> dict[str, float | None]:
        """The region's typical price per Case.prices key (None: set by the tariff)."""
        prices = self.data.region_for(province).prices
        return {key: getattr(prices, key).typ for key in type(prices).model_fields}

    @property
    def kw_per_pi(self) -> float:
        return self.data.common.kw_per_pi.value

    def upgrades(self, lang: str) -> list[tuple[str, str]]:
        return [(u.id, u.name_en if lang == "en" else u.name_zh) for u in self.data.common.upgrades]

    def village_batches(self, province: str) -> list[tuple[str, dict[str, str | None]]]:
        """(batch id, {"zh": name, "en": name}) of the active policy packs that cover ``province``:
        the pilot lists (试点村) a household's village may be on."""
        found: dict[str, dict[str, str | None]] = {}
        for pack in self.data.policies:
            if any(province in programme.region.provinces for programme in pack.programmes):
                for batch_id, batch in pack.batches.items():
                    found.setdefault(batch_id, {"zh": batch.name.zh, "en": batch.name.en})
        return list(found.items())

    # counties and their weather stations ---------------------------------------
    def provinces(self) -> tuple[str, ...]:
        return self._places.provinces()

    def province_name(self, province: str, lang: str) -> str:
        """The province as the language writes it (Shandong in English)."""
        return self._siting.province_en(province) if lang == "en" else province

    def search_counties(self, text: str, province: str | None, limit: int) -> list[County]:
        return self._places.search(text, province, limit)

    def find_county(self, province: str | None, text: str) -> tuple[County | None, FieldProblem | None]:
        """The county typed, or what is wrong: none of that name, or several (which ones)."""
        try:
            return self._places.resolve_county(province, text), None
        except self._input_error as error:
            return None, error.problems[0]

    def county_text(self, county: County) -> str:
        """What the county field holds for ``county``: 阳泉市城区 where 城区 alone is ambiguous."""
        return self._places.unambiguous_name(county)

    def station(self, county: County) -> tuple[str, str, float]:
        """(Chinese name, English name, km from the county seat) of the station whose climate
        the county gets."""
        match = self._places.locate(county)
        return (self._siting.station_name_zh(match.station_id),
                self._climate.station(match.station_id).name_en, match.distance_km)

    # comparison --------------------------------------------------------------
    def case(self, parts: dict) -> Case:
        """The validated Case of inputs that ``evaluate`` accepted (for the printed sheet)."""
        return self._case.model_validate(parts)

    def evaluate(self, parts: dict, local_problems: dict[str, str] | None = None) -> Evaluation:
        """Validate and compare; input the core rejects comes back as field problems.

        ``local_problems`` are the form's own findings (path → problem code, e.g. text that is
        not a number); they are reported with the model's and stop the comparison."""
        local = [self._problem(path, code, code) for path, code in (local_problems or {}).items()]
        try:
            case = self._case.model_validate(parts)
        except self._validation_error as exc:  # a field the form already flagged is not reported twice
            model = [p for p in self._problems_from(exc) if p.field not in (local_problems or {})]
            return Evaluation(parts, None, local + model)
        if local:
            return Evaluation(parts, None, local)
        try:
            return Evaluation(parts, self._compare(case, self.data), [])
        except self._input_error as exc:
            return Evaluation(parts, None, list(exc.problems))

    # words -------------------------------------------------------------------
    def reason_text(self, reason: CodedReason, lang: str) -> str:
        return self._wording.reason_text(reason, lang)

    def problem_text(self, problem: FieldProblem, lang: str) -> str:
        return self._wording.problem_text(problem, lang)

    def problem_line(self, problem: FieldProblem, lang: str) -> str:
        return self._wording.problem_line(problem, lang)

    def word(self, key: str, lang: str, **values: object) -> str:
        return self._wording.word(key, lang, **values)

    def subsidy_say(self, key: str, lang: str, **values: object) -> str:
        """The subsidy engine's own catalogue (shared with the sheet and the CLI)."""
        return self._subsidy_wording.say(key, lang, **values)

    def subsidy_amount(self, result: object, lang: str) -> str | None:
        return self._subsidy_wording.say_amount(result, lang)

    def subsidy_reason(self, reason: object, lang: str) -> str:
        return self._subsidy_wording.say_reason(reason, lang)


def load_backend() -> Backend:
    """The packs and the core, keeping no module source in ``linecache``: PySide's import hook
    reads the source of every module imported after PySide (looking for "PySide6" in it) and
    linecache would keep it, 30-160 files of pydantic, the standard library and the core (it
    varies from run to run). Kept and emptied after the load, the first results sat in ~6 MB more
    RSS than kept for good; never kept, 1.5-5.5 MB less again, the more the more files were read
    (freed, they leave their memory scattered among the objects built meanwhile). What the
    window's own modules left is emptied too. Only tracebacks read it; they read the files again."""
    with _sources_not_kept():
        from heatadvisor.core.setting.bundle import bundled

        backend = Backend(bundled())
    linecache.clearcache()
    return backend


@contextmanager
def _sources_not_kept() -> Iterator[None]:
    """While inside, files linecache reads are returned but not kept (in every thread)."""
    read = linecache.updatecache
    if getattr(read, "not_kept", False):  # already inside (a second load at the same time)
        yield
        return

    def read_not_kept(filename: str, module_globals: dict | None = None) -> list[str]:
        lines = read(filename, module_globals)
        linecache.cache.pop(filename, None)
        return lines

    read_not_kept.not_kept = True  # type: ignore[attr-defined]
    linecache.updatecache = read_not_kept
    try:
        yield
    finally:
        linecache.updatecache = read


def import_pack(path: str) -> tuple[ImportResult, Backend]:
    """Validate and store a pack (raises PackError, changing nothing, when it cannot be used),
    then load the data afresh so the new pack takes part in the next comparison."""
    from heatadvisor.core.packs.store import PackStore
    from heatadvisor.core.setting.bundle import bundled, load_bundle

    store = PackStore()
    result = store.import_pack(Path(path))
    bundled.cache_clear()  # later loads in this process must see the new pack too
    return result, Backend(load_bundle(store))
