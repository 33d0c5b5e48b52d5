"""What the less-used result tabs show, as plain worded data (no Qt): ``present`` builds it
from the core's Comparison without importing the tabs, which are built when first opened."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChartData:
    names: list[str]  # options, best first (today's heating not included)
    current_name: str
    running: list[float]  # yuan per season, per option
    current_running: float
    years: list[float]  # 0..horizon
    cumulative: list[list[float]]  # per option, per year
    current_cumulative: list[float]
    months: list[str]  # month labels of the season
    by_month: list[list[float]]  # per shown option (the first few and today's), per month
    by_month_names: list[str]
    cop_name: str | None = None  # the heat pump drawn in the COP chart
    temps: list[float] = field(default_factory=list)
    hours: list[float] = field(default_factory=list)
    cop: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class ClaimFigures:
    heater_name: str
    heater_cost: tuple[float, float, float]  # yuan a season: low, typical, high
    heat_pump_name: str
    heat_pump_cost: tuple[float, float, float]
    heat_kwh: float  # heat the house needs in a season
    one_to_one: str  # the core's reason, worded: 1 kWh in, 1 kWh of heat out, at this price
    heat_pump_cop: str  # the core's seasonal-COP reason, worded


@dataclass(frozen=True)
class ExplainData:
    headline: str  # the poster's headline: this county, the seasonal COP
    heat_pump: str
    rated_cop: float
    temps: list[float]
    hours: list[float]
    cop: list[float]
    months: list[tuple[str, float]]  # (month as the poster words it, kWh of heat per kWh)
    electric: str  # the poster's line on direct electric heaters


@dataclass(frozen=True)
class ProgrammeCard:
    """One programme's outcome, worded for the view."""

    name: str
    status: str  # eligible / not_eligible / needs_info / expired / not_started
    reasons: list[str]
    amount: str | None  # whole lines, worded as on the sheet and in the CLI
    documents: str | None
    apply_at: str | None
    questions: list[tuple[str | None, str]]  # (form field path or None, label): facts to ask the resident
