"""Tariff packs and the heating-cost arithmetic. Reference values are worked by hand in
the comments; the property tests use an independent reference for tier costs."""

from __future__ import annotations

import copy
import datetime
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from heatadvisor.core.packs.loader import PackError, load_pack
from heatadvisor.core.tariffs.bills import (
    electricity_heating_cost,
    gas_heating_cost,
    heat_price,
)
from heatadvisor.core.tariffs.models import (
    ElectricityTariff,
    GasTariff,
    TariffPack,
)
from heatadvisor.paths import resource

PACK_DIR = resource("packs", "tariffs")
PACK_FILES = sorted(PACK_DIR.glob("*.json"))
TODAY = datetime.date(2026, 11, 25)
IN_COAL_TO_ELECTRICITY_YEARS = datetime.date(2020, 12, 1)
SEASON = {11: 800.0, 12: 1200.0, 1: 1400.0, 2: 1000.0, 3: 600.0}  # 5,000 kWh


def pack(name: str) -> TariffPack:
    return load_pack(PACK_DIR / f"{name}.json", TariffPack)


def schedule(period: str, bounds: list[float], prices: list[float]) -> ElectricityTariff:
    """A bare tier tariff for arithmetic tests (no TOU, rules or subsidies)."""
    steps = [{"up_to": {"value": b, "src": "t"}, "price": {"value": p, "src": "t"}} for b, p in zip(bounds, prices)]
    steps.append({"price": {"value": prices[-1], "src": "t"}})
    return ElectricityTariff.model_validate({"label": "test", "tiers": {"period": period, "steps": steps}})


def reference_tier_cost(use: float, bounds: list[float], prices: list[float]) -> float:
    """Independent, step-by-step tier cost for the oracle tests."""
    total, lower = 0.0, 0.0
    for upper, price in zip(bounds + [float("inf")], prices):
        total += max(0.0, min(use, upper) - lower) * price
        lower = upper
    return total


# ---------------------------------------------------------------- heat price


def test_heat_price_cop_4_at_hebei_tier_1():
    # 0.52 / 4.0 = 0.13 yuan per kWh of heat (the Rizhao seed case)
    assert heat_price(0.52, 4.0) == pytest.approx(0.13)


def test_heat_price_rejects_zero_cop():
    with pytest.raises(ValueError):
        heat_price(0.52, 0.0)


# ---------------------------------------------------------------- tiers and attribution


def test_shandong_yearly_tiers_base_and_heating_inside_tier_1():
    # base 1,200 + heating 1,100 = 2,300 ≤ 2,520 → 1,100 × 0.5469 = 601.59
    heating = {11: 200.0, 12: 300.0, 1: 300.0, 2: 200.0, 3: 100.0}
    cost = electricity_heating_cost(pack("shandong").electricity, heating, 0.0, 1200.0, False, TODAY)
    assert cost.total_yuan == pytest.approx(601.59)
    assert cost.quantity == pytest.approx(1100.0)
    assert cost.average_price == pytest.approx(0.5469)
    assert "tier2_reached" not in cost.notes


def test_shandong_yearly_tiers_heating_crosses_into_tier_3():
    # C(6,200) = 2,520×0.5469 + 2,280×0.5969 + 1,400×0.8469 = 1,378.188 + 1,360.932 + 1,185.66
    #          = 3,924.78;  C(1,200) = 656.28;  heating's part = 3,268.50
    cost = electricity_heating_cost(pack("shandong").electricity, SEASON, 0.0, 1200.0, False, TODAY)
    assert cost.total_yuan == pytest.approx(3268.50)
    assert {"tier2_reached", "tier3_reached", "expired_rule_ignored"} <= set(cost.notes)
    # Booked when it arises (base 100 kWh a month, counted from January):
    # Jan: 1,400 heat all in tier 1 → 765.66
    # Feb: [C(2,600) − C(1,500)] − [C(200) − C(100)] = 1,425.94 − 820.35 − 54.69 = 550.90
    # Apr–Oct: heating used up tier 1, so each 100 kWh of base pays +0.05 → 5.00 a month
    # Nov: [C(4,900) − C(4,000)] − 54.69 = 800×0.5969 + 100×0.8469 − 54.69 = 507.52
    # Dec: 1,300 × 0.8469 − 54.69 = 1,046.28
    assert cost.by_month[1] == pytest.approx(765.66)
    assert cost.by_month[2] == pytest.approx(550.90)
    assert all(cost.by_month[m] == pytest.approx(5.0) for m in range(4, 11))
    assert cost.by_month[11] == pytest.approx(507.52)
    assert cost.by_month[12] == pytest.approx(1046.28)
    assert sum(cost.by_month.values()) == pytest.approx(cost.total_yuan)


def test_monthly_tiers_210_400_count_each_month_alone():
    # Monthly table 210 / 400 at 0.5469 / 0.5969 / 0.8469; base 100 kWh a month.
    # Jan 500 heat: C(600) − C(100) = (114.849 + 113.411 + 169.38) − 54.69 = 342.95
    # Dec 150 heat: C(250) − C(100) = (114.849 + 23.876) − 54.69 = 84.035
    monthly = schedule("month", [210, 400], [0.5469, 0.5969, 0.8469])
    cost = electricity_heating_cost(monthly, {1: 500.0, 12: 150.0}, 0.0, 1200.0, False, TODAY)
    assert cost.by_month == pytest.approx({1: 342.95, 12: 84.035})
    assert cost.total_yuan == pytest.approx(426.985)
    assert {"tier2_reached", "tier3_reached"} <= set(cost.notes)
    # The same use on yearly tiers 2,520 / 4,800 stays in tier 1: 650 × 0.5469 = 355.485
    yearly = schedule("year", [2520, 4800], [0.5469, 0.5969, 0.8469])
    assert electricity_heating_cost(
        yearly, {1: 500.0, 12: 150.0}, 0.0, 1200.0, False, TODAY
    ).total_yuan == pytest.approx(355.485)


def test_shanxi_two_monthly_tiers_pair_january_and_february():
    # Base 200 kWh per pair; Jan 300 + Feb 200 heat → pair use 700 (340 / 500 per two months).
    # C(700) = 340×0.477 + 160×0.527 + 200×0.777 = 162.18 + 84.32 + 155.40 = 401.90
    # C(200) = 95.40 → 306.50;  Jan: C(400) − C(100) = 193.80 − 47.70 = 146.10; Feb: 160.40
    cost = electricity_heating_cost(pack("shanxi").electricity, {1: 300.0, 2: 200.0}, 0.0, 1200.0, False, TODAY)
    assert cost.by_month == pytest.approx({1: 146.10, 2: 160.40})
    assert "expired_rule_ignored" in cost.notes  # the 2018–19 volume tariff


def test_flat_tariff_cost_is_demand_times_price():
    # A direct electric heater on one flat price: 1,234.5 kWh × 0.5 = 617.25, base irrelevant
    flat = ElectricityTariff.model_validate(
        {"label": "flat", "tiers": {"period": "year", "steps": [{"price": {"value": 0.5, "src": "t"}}]}}
    )
    for base in (0.0, 3000.0):
        cost = electricity_heating_cost(flat, {1: 1234.5}, 0.0, base, False, TODAY)
        assert cost.total_yuan == pytest.approx(617.25)
        assert cost.notes == ()


def test_tianjin_heating_season_has_no_tiers():
    # 2017 煤改电 scheme: 4,500 kWh in Dec/Jan at the flat 0.49 = 2,205.00
    cost = electricity_heating_cost(pack("tianjin").electricity, {12: 2000.0, 1: 2500.0}, 0.0, 1200.0, False, TODAY)
    assert cost.total_yuan == pytest.approx(2205.0)
    assert "heating_tiers" in cost.notes


# ---------------------------------------------------------------- heating-season rules


def test_henan_heating_period_tiers():
    # Window Nov 15 – Mar 15: 16 of November's 30 days inside. Base 0.
    # Inside: 300×16/30 + 500 + 600 + 400 = 1,660 → 1,120×0.56 + 540×0.61 = 627.20 + 329.40
    # Outside (Nov 1–14): 140 kWh on the 1,440-kWh tier 1 → 78.40.  Total 1,035.00
    heating = {11: 300.0, 12: 500.0, 1: 600.0, 2: 400.0}
    cost = electricity_heating_cost(pack("henan").electricity, heating, 0.0, 0.0, False, TODAY)
    assert cost.total_yuan == pytest.approx(1035.0)
    assert {"heating_tiers", "tier2_reached"} <= set(cost.notes)
    assert "tier3_reached" not in cost.notes  # the heating period has no third tier


def test_henan_window_month_fractions():
    window = pack("henan").electricity.seasonal[0].window
    fractions = window.month_fractions()
    assert fractions[10] == pytest.approx(16 / 30)  # Nov 15–30
    assert fractions[2] == pytest.approx(15 / 31)  # Mar 1–15
    assert fractions[0] == fractions[11] == 1.0 and fractions[5] == 0.0


def test_shandong_coal_to_electricity_rule_only_while_in_force():
    tariff = pack("shandong").electricity
    # 2020-12-01: all heating-season use at tier 1 → 5,000 × 0.5469 = 2,734.50
    # (base outside the window: 700 kWh ≤ 1,470, no extra)
    in_force = electricity_heating_cost(tariff, SEASON, 0.0, 1200.0, False, IN_COAL_TO_ELECTRICITY_YEARS)
    assert in_force.total_yuan == pytest.approx(2734.50)
    assert "heating_tiers" in in_force.notes
    # 2026-11-25: expired 2023-03-31 → ordinary yearly tiers (3,268.50, worked above)
    expired = electricity_heating_cost(tariff, SEASON, 0.0, 1200.0, False, TODAY)
    assert expired.total_yuan == pytest.approx(3268.50)
    assert "expired_rule_ignored" in expired.notes and "heating_tiers" not in expired.notes
    before = electricity_heating_cost(tariff, SEASON, 0.0, 1200.0, False, datetime.date(2017, 1, 1))
    assert "future_rule_ignored" in before.notes


def test_shanxi_2018_volume_tariff_on_its_own_meter():
    # 2018-12-01, separate heating meter: 12,000 kWh Dec–Feb → 10,400 × 0.2862 + 1,600 × 0.507
    #   = 2,976.48 + 811.20 = 3,787.68; household tiers untouched; TOU not offered
    cost = electricity_heating_cost(
        pack("shanxi").electricity, {12: 4000.0, 1: 4000.0, 2: 4000.0}, 0.5, 1200.0, True, datetime.date(2018, 12, 1)
    )
    assert cost.total_yuan == pytest.approx(3787.68)
    assert {"heating_meter_tariff", "tier2_reached", "tou_unavailable"} <= set(cost.notes)


# ---------------------------------------------------------------- time of use


def test_shandong_tou_heating_period_valley():
    tariff = pack("shandong").electricity
    # All valley, tier 1, heating period: 0.5469 − 0.20 = 0.3469 → 2,000 × 0.3469 = 693.80
    cost = electricity_heating_cost(tariff, {12: 1000.0, 1: 1000.0}, 1.0, 0.0, True, TODAY)
    assert cost.total_yuan == pytest.approx(693.80)
    assert cost.valley_quantity == pytest.approx(2000.0)
    assert "tou_used" in cost.notes
    # Outside the heating period the valley is −0.17: 100 × 0.3769 = 37.69
    october = electricity_heating_cost(tariff, {10: 100.0}, 1.0, 0.0, True, TODAY)
    assert october.total_yuan == pytest.approx(37.69)
    # A quarter in the valley: 0.25×0.3469 + 0.75×0.5769 = 0.5194 ≈ the seed case's 0.52
    quarter = electricity_heating_cost(tariff, {12: 1000.0, 1: 1000.0}, 0.25, 0.0, True, TODAY)
    assert quarter.average_price == pytest.approx(0.5194)


def test_tou_without_an_option_falls_back_to_tiers():
    cost = electricity_heating_cost(pack("national_default").electricity, {1: 100.0}, 1.0, 0.0, True, TODAY)
    assert cost.total_yuan == pytest.approx(49.83)  # 100 × 0.4983
    assert cost.valley_quantity == 0.0 and "tou_unavailable" in cost.notes


def test_beijing_fixed_valley_price_with_capped_subsidy():
    tariff = pack("beijing").electricity
    # 8,000 valley kWh: 8,000 × 0.3 − 8,000 × (0.1 + 0.1) = 2,400 − 1,600 = 800 (net 0.1/kWh)
    under = electricity_heating_cost(tariff, {12: 4000.0, 1: 4000.0}, 1.0, 0.0, True, TODAY)
    assert under.total_yuan == pytest.approx(800.0)
    assert under.subsidy_yuan == pytest.approx(1600.0)
    assert "subsidy_cap_reached" not in under.notes
    # 12,000 valley kWh: 3,600 − 10,000 × 0.2 = 1,600; cap reached
    over = electricity_heating_cost(tariff, {12: 4000.0, 1: 4000.0, 2: 4000.0}, 1.0, 0.0, True, TODAY)
    assert over.total_yuan == pytest.approx(1600.0)
    assert over.subsidy_yuan == pytest.approx(2000.0)
    assert "subsidy_cap_reached" in over.notes
    # Without the TOU option there is no valley price and no valley subsidy
    plain = electricity_heating_cost(tariff, {1: 200.0}, 1.0, 0.0, False, TODAY)
    assert plain.total_yuan == pytest.approx(200 * 0.4883) and plain.subsidy_yuan == 0.0


def test_extra_subsidy_from_caller_is_capped():
    # Hebei-style 0.12 yuan/kWh up to 10,000 kWh on a flat 0.52: 12,000 kWh
    #   → 6,240 − 1,200 = 5,040
    flat = schedule("year", [1e6], [0.52, 0.52])
    cost = electricity_heating_cost(
        flat, {1: 6000.0, 2: 6000.0}, 0.0, 0.0, False, TODAY, extra_subsidy_per_kwh=0.12, extra_subsidy_cap_kwh=10000.0
    )
    assert cost.total_yuan == pytest.approx(5040.0)
    assert cost.subsidy_yuan == pytest.approx(1200.0)
    assert "subsidy_cap_reached" in cost.notes


def test_subsidy_never_pays_more_than_the_cost():
    flat = schedule("year", [1e6], [0.3, 0.3])
    cost = electricity_heating_cost(flat, {1: 100.0}, 0.0, 0.0, False, TODAY, extra_subsidy_per_kwh=1.0)
    assert cost.total_yuan == 0.0 and cost.subsidy_yuan == pytest.approx(30.0)
    assert "subsidy_limited_to_cost" in cost.notes


def test_expired_tianjin_subsidy_not_paid():
    # The 0.2 subsidy ran three seasons (to 2020-03-31): valley 1,000 kWh × 0.3 = 300 today,
    # 300 − 200 = 100 in December 2018
    tariff = pack("tianjin").electricity
    today = electricity_heating_cost(tariff, {12: 1000.0}, 1.0, 0.0, True, TODAY)
    then = electricity_heating_cost(tariff, {12: 1000.0}, 1.0, 0.0, True, datetime.date(2018, 12, 1))
    assert today.total_yuan == pytest.approx(300.0) and "expired_rule_ignored" in today.notes
    assert then.total_yuan == pytest.approx(100.0)


@pytest.mark.parametrize(
    "bad",
    [
        {"valley_share": 1.5},
        {"heating": {13: 1.0}},
        {"heating": {1: -1.0}},
        {"base": float("nan")},
        {"extra": -0.1},
    ],
)
def test_bad_inputs_are_rejected(bad):
    with pytest.raises(ValueError):
        electricity_heating_cost(
            pack("shandong").electricity,
            bad.get("heating", {1: 1.0}),
            bad.get("valley_share", 0.0),
            bad.get("base", 0.0),
            False,
            TODAY,
            extra_subsidy_per_kwh=bad.get("extra", 0.0),
        )


# ---------------------------------------------------------------- gas


def test_beijing_gas_heating_tiers():
    tariff = pack("beijing").gas.tariffs["wall_boiler_heating"]
    heating = {11: 200.0, 12: 400.0, 1: 500.0, 2: 400.0, 3: 300.0}  # 1,800 m³
    # base 200: C(2,000) − C(200) = (1,500×2.61 + 500×2.83) − 200×2.61 = 5,330 − 522 = 4,808
    cost = gas_heating_cost(tariff, heating, 200.0, TODAY)
    assert cost.total_yuan == pytest.approx(4808.0)
    assert cost.valley_quantity == 0.0 and "tier2_reached" in cost.notes
    # 2,800 m³ heating: C(3,000) = 3,915 + 2,830 + 500×4.23 = 8,860 → 8,338
    more = gas_heating_cost(tariff, {1: 1400.0, 2: 1400.0}, 200.0, TODAY)
    assert more.total_yuan == pytest.approx(8338.0)
    assert "tier3_reached" in more.notes


def test_gas_default_is_rural_and_monthly_tiers_work():
    assert pack("beijing").gas.default_tariff.label.startswith("北京 农村")
    # Taiyuan: 390 m³/month at 2.94, above 3.39; Jan 500 m³, no base → 1,146.60 + 372.90
    taiyuan = pack("shanxi").gas.default_tariff
    assert gas_heating_cost(taiyuan, {1: 500.0}, 0.0, TODAY).total_yuan == pytest.approx(1519.5)


# ---------------------------------------------------------------- properties

ELECTRIC_PACKS = {f.stem: load_pack(f, TariffPack).electricity for f in PACK_FILES}
months = st.dictionaries(st.sampled_from([1, 2, 3, 4, 10, 11, 12]), st.floats(0, 3000, allow_nan=False), max_size=7)
dates = st.dates(datetime.date(2016, 1, 1), datetime.date(2030, 12, 31))


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(sorted(ELECTRIC_PACKS)),
    months,
    st.integers(1, 12),
    st.floats(0, 2000),
    st.floats(0, 1),
    st.floats(0, 6000),
    st.booleans(),
    dates,
    st.floats(0, 0.09),
)
def test_cost_never_falls_when_heating_rises(name, heating, month, more, valley, base, tou, on, extra):
    # Holds while per-kWh subsidies stay below the cheapest price they pay for (here ≤ 0.09 on
    # top of the packs' own, against prices ≥ 0.3)
    tariff = ELECTRIC_PACKS[name]
    low = electricity_heating_cost(tariff, heating, valley, base, tou, on, extra)
    raised = dict(heating)
    raised[month] = raised.get(month, 0.0) + more
    high = electricity_heating_cost(tariff, raised, valley, base, tou, on, extra)
    assert high.total_yuan >= low.total_yuan - 1e-6


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(sorted(ELECTRIC_PACKS)),
    months,
    st.floats(0, 1),
    st.floats(0, 6000),
    st.booleans(),
    dates,
    st.floats(0, 2),
    st.one_of(st.none(), st.floats(0, 20000)),
)
def test_cost_never_negative(name, heating, valley, base, tou, on, extra, cap):
    cost = electricity_heating_cost(ELECTRIC_PACKS[name], heating, valley, base, tou, on, extra, cap)
    assert cost.total_yuan >= -1e-9
    assert all(v >= -1e-9 for v in cost.by_month.values())
    assert cost.subsidy_yuan >= 0


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([n for n, t in ELECTRIC_PACKS.items() if t.tou is not None]),
    months,
    st.floats(0, 1),
    st.floats(0, 1),
    st.floats(0, 6000),
    dates,
)
def test_more_valley_never_costs_more_under_tou(name, heating, share_a, share_b, base, on):
    # Every shipped TOU option makes valley kWh cheaper than peak kWh
    low_share, high_share = sorted((share_a, share_b))
    tariff = ELECTRIC_PACKS[name]
    more_valley = electricity_heating_cost(tariff, heating, high_share, base, True, on)
    less_valley = electricity_heating_cost(tariff, heating, low_share, base, True, on)
    assert more_valley.total_yuan <= less_valley.total_yuan + 1e-6


bounds_and_prices = (
    st.lists(st.floats(0.1, 1.0), min_size=3, max_size=3)
    .map(sorted)
    .flatmap(
        lambda prices: st.tuples(
            st.lists(st.floats(10, 5000), min_size=2, max_size=2, unique=True).map(sorted), st.just(prices)
        )
    )
)


@settings(max_examples=300, deadline=None)
@given(
    bounds_and_prices,
    st.sampled_from(["year", "month", "two_months"]),
    st.dictionaries(st.integers(1, 12), st.floats(0, 3000), max_size=12),
    st.floats(0, 8000),
)
def test_attribution_is_cost_with_heating_minus_cost_without(table, period, heating, base):
    bounds, prices = table
    tariff = schedule(period, bounds, prices)
    per_month = [base / 12 + heating.get(m, 0.0) for m in range(1, 13)]
    groups = {
        "year": [range(12)],
        "month": [[m] for m in range(12)],
        "two_months": [[m, m + 1] for m in range(0, 12, 2)],
    }[period]
    expected = sum(
        reference_tier_cost(sum(per_month[m] for m in g), bounds, prices)
        - reference_tier_cost(base / 12 * len(g), bounds, prices)
        for g in groups
    )
    cost = electricity_heating_cost(tariff, heating, 0.0, base, False, TODAY)
    assert cost.total_yuan == pytest.approx(expected, rel=1e-9, abs=1e-6)
    assert sum(cost.by_month.values()) == pytest.approx(cost.total_yuan, rel=1e-9, abs=1e-6)


# ---------------------------------------------------------------- packs


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.stem)
def test_every_shipped_pack_loads(path):
    loaded = load_pack(path, TariffPack)
    assert loaded.version in ("2026.11", "2026.12")  # 2026.12: the provinces sourced in session 6
    assert loaded.gas.default in loaded.gas.tariffs
    if loaded.province is None:
        assert all(s.conf == "E" for s in loaded.sources.values())


def test_packs_cover_the_northern_provinces_once():
    from heatadvisor.core.place import places

    covered = [p for f in PACK_FILES for p in load_pack(f, TariffPack).covers]
    assert len(covered) == len(set(covered)), "a place is served by two tariff packs"
    provinces = set(places.provinces())
    assert provinces <= set(covered) and len(provinces) == 15
    prefectures = {c.province + c.prefecture for c in places.counties()}
    assert set(covered) - provinces <= prefectures  # a grid serving part of a province (Mengxi) covers prefectures
    assert len(set(covered) - provinces) == 8


def test_pack_schema_exports():
    schema = TariffPack.model_json_schema()
    assert "electricity" in schema["properties"]
    assert GasTariff.model_json_schema()["additionalProperties"] is False


def test_plan_follows_model_copy():
    # The cached plain-number plan must not survive into an edited copy
    shandong = pack("shandong").electricity
    electricity_heating_cost(shandong, {1: 100.0}, 0.0, 0.0, False, TODAY)
    edited = shandong.model_copy(update={"tiers": pack("henan").electricity.tiers})
    cost = electricity_heating_cost(edited, {1: 100.0}, 0.0, 0.0, False, TODAY)
    assert cost.total_yuan == pytest.approx(56.0)  # 100 × 0.56, not 0.5469


def test_clock_span_hours_wrap_midnight():
    assert pack("shandong").electricity.tou.valley_hours.hours == 12.0
    assert pack("tianjin").electricity.tou.valley_hours.hours == 9.0


def _mutated(tmp_path: Path, change) -> Path:
    data = json.loads((PACK_DIR / "shandong.json").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    change(data)
    path = tmp_path / "broken_pack.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _steps(d):
    return d["electricity"]["tiers"]["steps"]


@pytest.mark.parametrize(
    "change, field, words",
    [
        (
            lambda d: _steps(d)[0]["price"].update(value="0.5469"),
            "electricity.tiers.steps.0.price.value",
            "valid number",
        ),
        (lambda d: d["electricity"].update(colour="red"), "electricity.colour", "Extra inputs"),
        (lambda d: _steps(d)[0]["price"].update(src="no_such_source"), "(file)", "no_such_source"),
        (
            lambda d: _steps(d)[0]["price"].update(value=-0.1),
            "electricity.tiers.steps.0.price.value",
            "greater than or equal to 0",
        ),
        (
            lambda d: _steps(d)[1]["up_to"].update(value=2000),
            "electricity.tiers",
            "steps[1].up_to (2000) must be above steps[0].up_to (2520)",
        ),
        (lambda d: d["electricity"]["tou"].update(terms_src="nope"), "(file)", "nope"),
        (
            lambda d: d["electricity"]["tou"]["heating_window"].update(end="02-30"),
            "electricity.tou.heating_window.end",
            "02-30 is not a day",
        ),
        (lambda d: d["electricity"]["seasonal"][0].update(valid_to="2010-01-01"), "electricity.seasonal.0", "valid_to"),
        (lambda d: d["gas"].update(default="missing"), "gas", "default 'missing'"),
        (lambda d: d.pop("covers"), "covers", "Field required"),
    ],
)
def test_malformed_pack_names_file_and_field(tmp_path, change, field, words):
    path = _mutated(tmp_path, change)
    with pytest.raises(PackError) as caught:
        load_pack(path, TariffPack)
    message = str(caught.value)
    assert str(path) in message
    assert f": {field}:" in message
    assert words in message


def test_unreadable_pack_names_file(tmp_path):
    path = tmp_path / "not_json.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(PackError, match=r"not_json\.json"):
        load_pack(path, TariffPack)


def test_one_household_result_is_plain_python():
    # The one-household functions are a batch of one; what they hand back must not be numpy
    cost = electricity_heating_cost(pack("shandong").electricity, SEASON, 0.3, 1200.0, True, TODAY)
    assert all(
        type(v) is float
        for v in (cost.total_yuan, cost.quantity, cost.valley_quantity, cost.subsidy_yuan, cost.average_price)
    )
    assert all(type(m) is int and type(v) is float for m, v in cost.by_month.items())
    assert list(cost.by_month) == sorted(cost.by_month)
    assert all(type(code) is str for code in cost.notes)
