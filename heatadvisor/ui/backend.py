"""The core as the window uses it: the validated packs, ``compare`` and the words for its codes.

This module imports the core (pydantic, numpy, the packs' schemas), which costs as much as
starting Qt, so the window's modules import it only for type checking: the worker that loads
the packs after the first paint imports it (``ui.loading``) and hands the ready ``Backend``
to the GUI thread. The window reaches the core (the county table too) only through the
methods of the ``Backend`` it is handed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from heatadvisor import wording
from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case import Case
from heatadvisor.core.contract.problems import FieldProblem, InputError, problems_from
from heatadvisor.core.contract.results import CodedReason, Comparison
from heatadvisor.core.demand.calibration import UNITS_BY_FUEL
from heatadvisor.core.packs.store import ImportResult, PackStore
from heatadvisor.core.packs.technology import DeviceKind
from heatadvisor.core.place import climate, places, siting
from heatadvisor.core.place.places import County
from heatadvisor.core.setting.bundle import DataBundle, bundled, load_bundle
from heatadvisor.wording import subsidy_text


@dataclass(frozen=True)
class Evaluation:
    """What one set of inputs gave: a comparison, or the problems that prevent one."""

    parts: dict  # the Case as a plain dict, exactly as sent
    comparison: Comparison | None
    problems: list[FieldProblem]


class Backend:
    """Packs, comparison and wording behind one small interface the window can be tested with."""

    def __init__(self, data: DataBundle):
        self.data = data
        places.provinces()  # the county and station tables are read here, off the GUI thread
        climate.stations()

    # catalogue ---------------------------------------------------------------
    def device_ids(self) -> list[str]:
        return list(self.data.devices)

    def device_name(self, device_id: str, lang: str) -> str:
        device = self.data.devices[device_id]
        return device.name_en if lang == "en" else device.name_zh

    def capacity_kw(self, device_id: str) -> float | None:
        return self.data.devices[device_id].capacity_kw

    def is_heat_pump(self, device_id: str) -> bool:
        return self.data.devices[device_id].kind == DeviceKind.HEAT_PUMP

    def heaters(self) -> list[str]:
        """The direct electric heaters (what the 电暖器真相 page sets beside a heat pump)."""
        return [d for d, device in self.data.devices.items() if device.kind == DeviceKind.DIRECT_ELECTRIC]

    def usual_options(self, province: str) -> list[str]:
        return list(self.data.region_for(province).default_options)

    def claims_heat_pump(self, province: str) -> str:
        """The heat pump a heater is set beside: the region's first usual one."""
        return next(
            (d for d in self.usual_options(province) if self.is_heat_pump(d)),
            next(d for d in self.data.devices if self.is_heat_pump(d)),
        )

    def units_for(self, device_id: str) -> list[str]:
        """Units last winter's use of this system can be given in (the core's own table)."""
        device = self.data.devices.get(device_id)
        return [] if device is None else sorted(u.value for u in UNITS_BY_FUEL[device.fuel])

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
        return places.provinces()

    def province_name(self, province: str, lang: str) -> str:
        """The province as the language writes it (Shandong in English)."""
        return siting.province_en(province) if lang == "en" else province

    def search_counties(self, text: str, province: str | None, limit: int) -> list[County]:
        return places.search(text, province, limit)

    def find_county(self, province: str | None, text: str) -> tuple[County | None, FieldProblem | None]:
        """The county typed, or what is wrong: none of that name, or several (which ones)."""
        try:
            return places.resolve_county(province, text), None
        except InputError as error:
            return None, error.problems[0]

    def county_text(self, county: County) -> str:
        """What the county field holds for ``county``: 阳泉市城区 where 城区 alone is ambiguous."""
        return places.unambiguous_name(county)

    def station(self, county: County) -> tuple[str, str, float]:
        """(Chinese name, English name, km from the county seat) of the station whose climate
        the county gets."""
        match = places.locate(county)
        return (siting.station_name_zh(match.station_id), climate.station(match.station_id).name_en, match.distance_km)

    # comparison --------------------------------------------------------------
    def case(self, parts: dict) -> Case:
        """The validated Case of inputs that ``evaluate`` accepted (for the printed sheet)."""
        return Case.model_validate(parts)

    def evaluate(self, parts: dict, local_problems: dict[str, str] | None = None) -> Evaluation:
        """Validate and compare; input the core rejects comes back as field problems.

        ``local_problems`` are the form's own findings (path → problem code, e.g. text that is
        not a number); they are reported with the model's and stop the comparison."""
        local = [FieldProblem(path, code, code) for path, code in (local_problems or {}).items()]
        try:
            case = Case.model_validate(parts)
        except ValidationError as exc:  # a field the form already flagged is not reported twice
            model = [p for p in problems_from(exc) if p.field not in (local_problems or {})]
            return Evaluation(parts, None, local + model)
        if local:
            return Evaluation(parts, None, local)
        try:
            return Evaluation(parts, compare(case, self.data), [])
        except InputError as exc:
            return Evaluation(parts, None, list(exc.problems))

    # words -------------------------------------------------------------------
    def reason_text(self, reason: CodedReason, lang: str) -> str:
        return wording.reason_text(reason, lang)

    def problem_text(self, problem: FieldProblem, lang: str) -> str:
        return wording.problem_text(problem, lang)

    def problem_line(self, problem: FieldProblem, lang: str) -> str:
        return wording.problem_line(problem, lang)

    def word(self, key: str, lang: str, **values: object) -> str:
        return wording.word(key, lang, **values)

    def subsidy_say(self, key: str, lang: str, **values: object) -> str:
        """The subsidy engine's own catalogue (shared with the sheet and the CLI)."""
        return subsidy_text.say(key, lang, **values)

    def subsidy_amount(self, result: object, lang: str) -> str | None:
        return subsidy_text.say_amount(result, lang)

    def subsidy_reason(self, reason: object, lang: str) -> str:
        return subsidy_text.say_reason(reason, lang)


def load_backend() -> Backend:
    """The bundled packs (loaded once per process) behind a Backend."""
    return Backend(bundled())


def import_pack(path: str) -> tuple[ImportResult, Backend]:
    """Validate and store a pack (raises PackError, changing nothing, when it cannot be used),
    then load the data afresh so the new pack takes part in the next comparison."""
    store = PackStore()
    result = store.import_pack(Path(path))
    bundled.cache_clear()  # later loads in this process must see the new pack too
    return result, Backend(load_bundle(store))
