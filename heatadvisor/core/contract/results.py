"""The comparison's result: what the window, the sheet, the records and the CLI show.

Numbers and codes only — never sentences: each view words the reasons in its language.
Headline figures are (low, typical, high) triples from the catalogue's efficiency/COP
and price ranges, so the resident sees how sure an estimate is.
"""

from __future__ import annotations

from typing import Self

from pydantic import BaseModel, ConfigDict, Field

from ..subsidies.results import SubsidyAssessment
from .trusted import construct

GROUPS = ("clean", "price_to_check", "supply_exceeded", "transitional", "not_clean", "banned", "needs_infrastructure")
"""How the options are grouped, in the order they are listed: clean heating the supply can carry
(ranked among themselves: the recommendation is the first), clean heating whose running cost rests
on a price that is our estimate while another's does not (may be cheaper: ask its price first),
clean heating the supply cannot carry yet, stopgaps the clean-heating plan allows only where clean
heating cannot be had yet (洁净型煤 in an improved stove), heating that is not clean (smoke, CO, no
subsidy), fuels banned here (禁煤区), and options the village lacks the infrastructure for."""
Range = tuple[float, float, float]
"""(low, typical, high)."""
OptRange = tuple[float | None, float | None, float | None]
"""A range whose ends may be 'never' (payback)."""


class Out(BaseModel):
    model_config = ConfigDict(frozen=True)

    @classmethod
    def trusted(cls, **values: object) -> Self:
        """Build from figures the core computed itself, skipping validation (see ``trusted.py``)."""
        return construct(cls, values)


class CodedReason(Out):
    code: str
    values: dict[str, float | str | None] = Field(
        default_factory=dict
    )  # a factory: a {} default is deep-copied (2× the cost)


class Place(Out):
    province: str
    prefecture: str
    county: str
    province_en: str = ""  # pinyin names for English views: Shandong, Ju County
    county_en: str = ""
    county_code: str
    station_id: str
    station_name_zh: str  # 莒县站; English name where no Chinese one is known
    station_name_en: str
    method: str  # "named" | "nearest"
    distance_km: float
    design_temp_c: float
    design_temp_source: str
    season_start: str
    season_end: str
    season_days: float


class Demand(Out):
    model_kwh: float  # from the house description
    calibrated_kwh: float | None  # from last winter's use, if given
    used_kwh: float  # what every option is compared on
    source: str  # "model" | "calibrated" | "override"
    ua_w_per_k: float
    loss_parts_w_per_k: dict[str, float]
    design_load_kw: float
    balance_temp_c: float
    by_month_kwh: dict[int, float]
    habit: str | None = None  # the habit preset that filled the heating numbers the case left open


class Sizing(Out):
    design_load_kw: float
    capacity_at_design_kw: float
    nominal_kw: float
    nominal_pi: float
    recommended_kw: float
    recommended_pi: float
    status: str  # "ok" | "undersized" | "oversized"
    units: int = 0  # indoor units of a room-unit device, one per heated room; 0 for one unit for the house


class Supply(Out):
    peak_kw: float
    supply_kw: float | None
    supply_is_default: bool
    status: str  # "ok" | "tight" | "exceeded"


class HeatPumpBins(Out):
    temps: list[int]
    hours: list[float]
    cop: list[float]
    heat_kwh: list[float]
    electricity_kwh: list[float]
    backup_kwh: list[float]
    by_month_heat_kwh: dict[int, float]  # month → heat delivered (the season's months only)
    by_month_electricity_kwh: dict[int, float]  # month → electricity, compressor and backup
    seasonal_cop: float
    rated_cop: float  # the first (warmest) rating point, as sold
    backup_share: float


class OptionResult(Out):
    key: str  # device id, plus "+measure" for each envelope measure; what `recommended` names
    device_id: str
    tech: str
    kind: str
    name_zh: str  # the device's name, with " + measure" for each envelope measure
    name_en: str
    is_current: bool
    clean: bool
    upgrades: list[str]
    heat_kwh: float
    fuel: str
    fuel_unit: str
    fuel_quantity: Range
    electricity_kwh: Range
    efficiency: Range  # seasonal efficiency or COP
    running_cost: Range  # yuan per season, year 1
    heat_cost_per_kwh: Range  # yuan per kWh of heat
    by_month_cost: dict[int, float]
    capital_cost: Range
    subsidy: float  # one-off subsidy, typical price
    subsidy_range: Range  # one-off subsidy at the low / typical / high price
    operating_subsidy: list[float]  # yuan in year 1, 2, … after installation (typical)
    subsidies: SubsidyAssessment | None  # every programme with status and reasons; None for today's system
    net_capital: Range
    maintenance_per_year: float
    lifetime_years: float
    payback_years: OptRange  # simple payback against today's system
    discounted_payback_years: float | None
    horizon_cost: Range  # undiscounted cost over the horizon, with subsidy
    horizon_cost_no_subsidy: float
    npv_cost: float
    lcoh: Range  # levelised cost of heat, yuan per kWh
    cumulative_cost: list[float]  # year 0..horizon, typical case
    co2_kg: float
    pm_kg: float | None
    so2_kg: float | None
    coal_avoided_t: float
    sizing: Sizing | None
    supply: Supply | None
    heat_pump: HeatPumpBins | None
    income_share: float | None
    rank: int
    reasons: list[CodedReason]
    group: str = "clean"  # GROUPS: where the views list the option, and why it is not advised
    missing: list[str] = Field(default_factory=list)  # infrastructure it needs that the village was not said to have
    banned: bool = False  # burns a fuel households may not burn here (禁煤区), today's system too
    unverified: list[str] = Field(
        default_factory=list
    )  # "capital", "running": rests on a price that is our estimate (E)


def cheaper_if_prices_hold(options: list[OptionResult], advised_total: float) -> list[OptionResult]:
    """Options listed apart because a price they rest on is our estimate ("price_to_check") that
    would cost less over the horizon than the advice (``advised_total``) if the estimate holds:
    the ranking words it, the sheet names them and always shows them in its table."""
    return [o for o in options if o.group == "price_to_check" and o.horizon_cost[1] < advised_total]


class CloseCall(Out):
    """Two clean options whose typical totals over the horizon differ by less than the common
    pack's ``close_call_share`` of the best's: both are the advice, told apart by daily life."""

    keys: list[str]  # the recommended option's key, then the runner-up's
    yuan: float  # how much more the runner-up costs over the horizon (typical)
    daily: list[
        list[CodedReason]
    ]  # per key: what using it is like (fuel to carry, fire indoors, units, prices to check)


class Comparison(Out):
    place: Place
    demand: Demand
    current: OptionResult
    options: list[OptionResult]  # ranked, best first
    recommended: str | None  # the key of the recommended option
    reasons: list[CodedReason]
    assumptions: list[CodedReason]  # what the figures rest on (season, tariff choices), as codes
    notices: list[CodedReason] = Field(
        default_factory=list
    )  # to show prominently: the estimate is doubtful, ask or confirm
    horizon_years: int
    on_date: str
    packs: dict[str, str]  # pack_id -> version
    village_has: list[str] = Field(default_factory=list)  # infrastructure the village has (case and region pack)
    close_call: CloseCall | None = None  # the runner-up costs about the same: both are advised

    def recommended_option(self) -> OptionResult | None:
        """The option ``recommended`` names, if any (every view shows it first)."""
        return next((o for o in self.options if o.key == self.recommended), None)

    def advised_keys(self) -> list[str]:
        """The options advised: the recommended one, or both of a close call; none without a recommendation."""
        if self.close_call is not None:
            return list(self.close_call.keys)
        return [] if self.recommended is None else [self.recommended]

    def maybe_cheaper(self) -> list[OptionResult]:
        """``cheaper_if_prices_hold`` against the advised option (the cheaper of a close call's two)."""
        advised = [o.horizon_cost[1] for o in self.options if o.key in self.advised_keys()]
        return cheaper_if_prices_hold(self.options, min(advised)) if advised else []
