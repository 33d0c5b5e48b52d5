"""Reference cases worked by hand: the figures a resident will be told must be right."""

from __future__ import annotations

import numpy as np
import pytest

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.devices.heat_pump import DefrostCurve, SourceSite, fit
from heatadvisor.core.money.economics import (
    CashFlows,
    MoneyTerms,
    crossover_year,
    net_of_residual,
    residual_value,
    simple_payback,
    yearly_costs,
)
from heatadvisor.core.tariffs.bills import heat_price

from .conftest import evaluated, make_case


def test_cop_four_at_52_fen_gives_heat_at_13_fen():
    assert heat_price(0.52, 4.0) == pytest.approx(0.13)


def test_direct_electric_cost_is_demand_times_price(data):
    case = make_case(options=[{"device_id": "carbon_crystal"}], prices={"electricity_yuan_per_kwh": 0.5469})
    result = compare(case, data)
    heater = result.options[0]
    assert heater.efficiency == (1.0, 1.0, 1.0)
    assert heater.running_cost[1] == pytest.approx(result.demand.used_kwh * 0.5469)


@pytest.mark.parametrize("device_id", ["ashp_aw_10kw", "ashp_air_air_lowamb", "gshp"])
def test_fitted_cop_curve_reproduces_its_rating_points(data, device_id):
    device = data.devices[device_id]
    hp = device.heat_pump
    defaults = data.common.heat_pumps
    curve = DefrostCurve.of(defaults.defrost_loss)
    for point in hp.rating_points:  # a ground source at a point's temperature on a day without load (16 °C)
        site = SourceSite(point.t_source_c, -10.0)
        model = fit(hp, device.capacity_kw, curve, site)
        t_out = point.t_source_c if hp.source == "air" else 16.0
        assert model.cop(t_out, point.t_sink_c) == pytest.approx(point.cop, rel=1e-9)


def test_midea_low_ambient_points_are_the_certified_ones(data):
    points = {(p.t_source_c, p.t_sink_c): p.cop for p in data.devices["ashp_aw_10kw"].heat_pump.rating_points}
    assert points[(7, 45)] == 3.55 and points[(-12, 35)] == 2.70 and points[(-20, 35)] == 2.21


def test_cop_below_the_lowest_rating_point_follows_carnot_not_a_line(data):
    device = data.devices["ashp_aw_10kw"]
    defaults = data.common.heat_pumps
    curve = DefrostCurve.of(defaults.defrost_loss)
    model = fit(device.heat_pump, device.capacity_kw, curve)
    linear_at_minus_25 = 2.21 + (2.21 - 2.70) / 8 * 5  # straight line through −12 and −20
    cop = model.cop(-25, 35)
    assert 1.6 < cop < 2.21 and cop > linear_at_minus_25


def _flow(capital, subsidy, running, maintenance, lifetime, operating=(), horizon=5, replacement=None):
    """One cash flow as the arrays the economics take (rows of one, a purchase of one part)."""
    op = np.zeros((1, horizon))
    op[0, : len(operating)] = operating
    return CashFlows(
        np.array([capital], float),
        np.array([subsidy], float),
        np.array([running], float),
        np.array([maintenance], float),
        np.array([[lifetime]], float),
        np.array([[capital if replacement is None else replacement]], float),
        op,
    )


def test_payback_by_hand():
    # 9,000 yuan after a 3,000 subsidy on 12,000; saves 1,600 − 700 = 900 a year → 10 years;
    # never when nothing is saved or when the device wears out first (18 years); at once when free
    paybacks = simple_payback(
        np.array([12_000 - 3_000, 9_000, 9_000, 0]), np.array([1_600 - 700, -50, 500, 100]), np.array([15, 15, 15, 15])
    )
    assert paybacks[0] == pytest.approx(10.0)
    assert np.isnan(paybacks[1]) and np.isnan(paybacks[2])
    assert paybacks[3] == 0.0


def test_cumulative_costs_and_crossover_by_hand():
    terms = MoneyTerms(horizon_years=5, discount_rate=0.0, escalation=0.0)
    option = np.cumsum(yearly_costs(_flow(3_000, 1_000, 500, 0, 15), terms), axis=-1)
    current = np.cumsum(yearly_costs(_flow(0, 0, 1_500, 0, 15), terms), axis=-1)
    assert option[0].tolist() == [2_000, 2_500, 3_000, 3_500, 4_000, 4_500]
    assert current[0].tolist() == [0, 1_500, 3_000, 4_500, 6_000, 7_500]
    assert crossover_year(option, current)[0] == pytest.approx(2.0)
    assert np.isnan(crossover_year(current + 10_000, current - 1)[0])  # never meets


def test_escalation_replacement_and_stepped_operating_subsidy():
    terms = MoneyTerms(horizon_years=4, discount_rate=0.0, escalation=0.10)
    costs = yearly_costs(_flow(1_000, 0, 100, 10, 2, operating=(50, 20), horizon=4), terms)
    # year 1: 100 + 10 − 50; year 2: 110 + 10 − 20 + a new unit; year 3: 121 + 10;
    # year 4: 133.1 + 10 (no buy in the last year)
    assert costs[0].tolist() == pytest.approx([1_000, 60, 1_100, 131, 143.1])


def test_calibration_two_tonnes_of_coal(data):
    result = compare(make_case(current={"device_id": "coal_stove", "last_winter": {"quantity": 2, "unit": "t"}}), data)
    coal = data.common.fuels["coal"].lhv_kwh_per_unit.value
    eff = data.devices["coal_stove"].efficiency.typ
    assert result.demand.source == "calibrated"
    assert result.demand.calibrated_kwh == pytest.approx(2 * coal * eff, rel=1e-6)
    assert result.current.fuel_quantity[1] == pytest.approx(2.0, rel=1e-6)


def test_calibration_from_money_inverts_the_price(data):
    price = data.regions["山东省"].prices.coal_yuan_per_t.typ
    by_yuan = compare(
        make_case(current={"device_id": "coal_stove", "last_winter": {"quantity": 2 * price, "unit": "yuan"}}), data
    )
    by_tonnes = compare(
        make_case(current={"device_id": "coal_stove", "last_winter": {"quantity": 2, "unit": "t"}}), data
    )
    assert by_yuan.demand.used_kwh == pytest.approx(by_tonnes.demand.used_kwh, rel=1e-6)


@pytest.mark.parametrize(
    "device, yuan",
    [
        ("carbon_crystal", 300),
        ("carbon_crystal", 1800),
        ("carbon_crystal", 6000),  # below, across and far past the tiers
        ("gas_boiler", 900),
        ("gas_boiler", 9000),
        ("lpg_heater", 1200),
    ],
)
def test_a_bill_in_yuan_gives_the_quantity_that_costs_it(data, device, yuan):
    """Money is turned back into fuel through the tariff: today's system, on the demand that
    figure gives, costs what the resident said, wherever the tiers fall."""
    result = compare(make_case(current={"device_id": device, "last_winter": {"quantity": yuan, "unit": "yuan"}}), data)
    assert result.demand.source == "calibrated"
    assert result.current.running_cost[1] == pytest.approx(yuan, rel=1e-9)


def test_a_bill_for_a_fuel_that_costs_nothing_is_asked_again(data):
    """Straw gathered for free (price 0): money spent says nothing of how much was burnt, so
    the figure is sent back to be given in tonnes instead of turned into absurd heat."""
    from heatadvisor.core.contract.problems import InputError
    from heatadvisor.wording import problem_line

    free = make_case(
        current={"device_id": "biomass_stove", "last_winter": {"quantity": 400, "unit": "yuan"}},
        prices={"straw_yuan_per_t": 0},
    )
    with pytest.raises(InputError) as err:
        compare(free, data)
    [problem] = err.value.problems
    assert (problem.field, problem.reason) == ("current.last_winter.unit", "bill_without_price")
    assert "吨" in problem_line(problem, "zh") and "price" in problem_line(problem, "en")
    in_tonnes = make_case(
        current={"device_id": "biomass_stove", "last_winter": {"quantity": 2, "unit": "t"}},
        prices={"straw_yuan_per_t": 0},
    )
    assert compare(in_tonnes, data).demand.source == "calibrated"


def test_when_today_costs_less_the_recommendation_says_how_much_more(data):
    """Straw gathered for free costs nothing to run: clean heating then costs more over the
    years, and the reason says so in plain words, never "saves about -N yuan"."""
    from heatadvisor.wording import reason_text

    result = compare(
        make_case(
            current={"device_id": "biomass_stove", "last_winter": {"quantity": 2, "unit": "t"}},
            prices={"straw_yuan_per_t": 0},
        ),
        data,
    )
    best = result.recommended_option()
    gap = next(r for r in result.reasons if r.code.startswith("vs_current_horizon"))
    assert best.horizon_cost[1] > result.current.horizon_cost[1]
    assert gap.code == "vs_current_horizon_more"
    assert gap.values["yuan"] == round(best.horizon_cost[1] - result.current.horizon_cost[1])
    assert "多花" in reason_text(gap, "zh") and "-" not in reason_text(gap, "zh")
    assert "more than" in reason_text(gap, "en")


def test_calibration_unit_must_fit_the_system(data):
    from heatadvisor.core.contract.problems import InputError

    with pytest.raises(InputError) as err:
        compare(make_case(current={"device_id": "coal_stove", "last_winter": {"quantity": 900, "unit": "m3"}}), data)
    assert [p.field for p in err.value.problems] == ["current.last_winter.unit"]


def test_heat_pump_bins_add_up(data):
    result = compare(make_case(options=[{"device_id": "ashp_aw_10kw"}]), data)
    hp = result.options[0].heat_pump
    assert sum(hp.heat_kwh) == pytest.approx(result.demand.used_kwh, rel=1e-6)
    assert sum(hp.electricity_kwh) == pytest.approx(result.options[0].electricity_kwh[1], rel=1e-6)
    assert hp.seasonal_cop == pytest.approx(sum(hp.heat_kwh) / sum(hp.electricity_kwh))
    assert hp.seasonal_cop < hp.rated_cop  # the label is measured in mild weather


def test_recommendation_is_clean_and_first(data):
    result = compare(make_case(), data)
    assert result.recommended == result.options[0].device_id
    assert result.options[0].clean
    assert [o.rank for o in result.options] == list(range(1, len(result.options) + 1))


def test_cop_grid_reproduces_rating_points_in_every_row(data):
    """Many rows at once: each row's sink picks its own interpolation, at every rated point."""
    defaults = data.common.heat_pumps
    curve = DefrostCurve.of(defaults.defrost_loss)
    device = data.devices["ashp_aw_10kw"]
    model = fit(device.heat_pump, device.capacity_kw, curve)
    points = device.heat_pump.rating_points
    temps = np.array([p.t_source_c for p in points])
    sinks = np.array([[p.t_sink_c] * len(points) for p in points])  # row i: every bin at point i's sink
    grid = model.cop_grid(temps, sinks)
    for i, p in enumerate(points):
        assert grid[i, i] == pytest.approx(p.cop, rel=1e-9)


def test_envelope_measures_lower_demand_and_keep_the_owned_stove_free(data):
    result = compare(
        make_case(
            options=[
                {"device_id": "ashp_air_air_lowamb"},
                {"device_id": "ashp_air_air_lowamb", "upgrades": ["roof_insulation"]},
                {"device_id": "coal_stove", "upgrades": ["roof_insulation"]},
            ]
        ),
        data,
    )
    by_key = {o.key: o for o in result.options}
    plain, insulated = by_key["ashp_air_air_lowamb"], by_key["ashp_air_air_lowamb+roof_insulation"]
    stove = by_key["coal_stove+roof_insulation"]
    assert insulated.heat_kwh < plain.heat_kwh and insulated.running_cost[1] < plain.running_cost[1]
    assert insulated.capital_cost[1] > plain.capital_cost[1]
    roof = next(u for u in data.common.upgrades if u.id == "roof_insulation")
    assert stove.capital_cost[1] > 0 and stove.capital_cost[1] == pytest.approx(
        insulated.capital_cost[1] - plain.capital_cost[1]
    )
    assert "屋顶" in insulated.name_zh or roof.name_zh in insulated.name_zh


def test_a_measure_never_makes_the_house_worse(data):
    tight = compare(
        make_case(
            house={"heated_area_m2": 90, "airtightness": "tight"},
            options=[{"device_id": "split_ac"}, {"device_id": "split_ac", "upgrades": ["door_curtain_sealing"]}],
        ),
        data,
    )
    plain, sealed = tight.options if tight.options[0].key == "split_ac" else tight.options[::-1]
    assert sealed.heat_kwh == pytest.approx(plain.heat_kwh)


def test_heat_pump_months_add_up_to_the_season(data):
    hp = compare(make_case(options=[{"device_id": "ashp_aw_10kw"}]), data).options[0].heat_pump
    assert list(hp.by_month_heat_kwh) == [11, 12, 1, 2, 3]  # Nov 15 – Mar 15, in season order
    assert sum(hp.by_month_heat_kwh.values()) == pytest.approx(sum(hp.heat_kwh), rel=1e-9)
    assert sum(hp.by_month_electricity_kwh.values()) == pytest.approx(sum(hp.electricity_kwh), rel=1e-9)
    monthly_cop = {m: hp.by_month_heat_kwh[m] / hp.by_month_electricity_kwh[m] for m in hp.by_month_heat_kwh}
    assert monthly_cop[1] < monthly_cop[11]  # January is colder than November


def test_cop_is_held_above_the_warmest_rating_point(data):
    defaults = data.common.heat_pumps
    curve = DefrostCurve.of(defaults.defrost_loss)
    device = data.devices["split_ac"]
    model = fit(device.heat_pump, device.capacity_kw, curve)
    warmest = max(p.t_source_c for p in device.heat_pump.rating_points)
    sink = device.heat_pump.rating_points[0].t_sink_c
    assert model.cop(warmest + 15, sink) == pytest.approx(model.cop(warmest, sink))


def test_each_row_buys_again_on_its_own_lifetime():
    # three rows, lifetimes 2, 3 and 2.4 (rounds to 2), costing 1,000 / 2,000 / 3,000 to buy again; nothing
    # else is paid, so a year's cost is the replacement alone, and never in the last year
    terms = MoneyTerms(horizon_years=6, discount_rate=0.0, escalation=0.0)
    zeros = np.zeros(3)
    flows = CashFlows(
        zeros,
        zeros,
        zeros,
        zeros,
        np.array([[2.0], [3.0], [2.4]]),
        np.array([[1_000.0], [2_000.0], [3_000.0]]),
        np.zeros((3, 6)),
    )
    costs = yearly_costs(flows, terms)
    assert costs.tolist() == [[0, 0, 1_000, 0, 1_000, 0, 0], [0, 0, 0, 2_000, 0, 0, 0], [0, 0, 3_000, 0, 3_000, 0, 0]]


def test_the_residual_value_at_the_horizon_is_what_the_unit_in_use_has_left():
    # 15 years; lifetimes 12, 10, 8, 15 and 20, each 1,200 to buy (again). The unit in use in year 15 was
    # bought in year 12 (9 of 12 years left), 10 (5 of 10), 8 (1 of 8), 0 (none left) and 0 (5 of 20, of what
    # the household paid after an 800 subsidy). Whole prices bought again in year 12 would otherwise
    # charge a heat pump for 12 winters and count 3.
    terms = MoneyTerms(horizon_years=15, discount_rate=0.0, escalation=0.0)
    zeros = np.zeros(5)
    price = np.full(5, 1_200.0)
    subsidy = np.array([0.0, 0.0, 0.0, 0.0, 800.0])
    lives = np.array([[12.0], [10.0], [8.0], [15.0], [20.0]])
    flows = CashFlows(price, subsidy, zeros, zeros, lives, price[:, None], np.zeros((5, 15)))
    left = residual_value(flows, terms.horizon_years)
    assert left.tolist() == pytest.approx([900, 600, 150, 0, 100])
    paid = yearly_costs(flows, terms)
    net = net_of_residual(paid, left)
    assert net.sum(axis=-1).tolist() == pytest.approx([1_500, 1_800, 2_250, 1_200, 300])
    assert (net[:, :-1] == paid[:, :-1]).all()  # the money paid before the last year is as it was


def test_the_horizon_cost_takes_off_the_residual_value_and_the_chart_keeps_the_money_paid(data):
    result = compare(make_case(), data)
    pump = next(o for o in result.options if o.lifetime_years == 12 and not o.upgrades and "+" not in o.key)
    assert result.horizon_years == 15
    bought_again = (
        pump.cumulative_cost[12] - pump.cumulative_cost[11] - (pump.cumulative_cost[11] - pump.cumulative_cost[10])
    )
    assert bought_again == pytest.approx(pump.capital_cost[1], rel=0.05)  # the chart: its whole price paid in year 12
    assert pump.horizon_cost[1] == pytest.approx(pump.cumulative_cost[-1] - 9 / 12 * pump.capital_cost[1])
    assert pump.horizon_cost_no_subsidy >= pump.horizon_cost[1]
    assert any(r.code == "assume_residual" for r in result.assumptions)


def test_a_purchase_in_parts_buys_again_only_the_part_that_wears_out():
    # 25 years; a ground-source pump bought in three parts after a 5,000 subsidy: its unit (10,000, 20 years),
    # new floor heating (9,000, 30 years) and its ground loop (6,000, 50 years); nothing else is paid. Only the
    # unit is bought again, in year 20. In year 25 the unit bought in year 20 has 15 of its 20 years left: 7,500;
    # the floor heating 5 of 30 and the loop 25 of 50 of what the household paid for them (20,000 of 25,000,
    # 4/5 of each price): 9,000 × 4/5 × 5/30 = 1,200 and 6,000 × 4/5 × 25/50 = 2,400.
    terms = MoneyTerms(horizon_years=25, discount_rate=0.0, escalation=0.0)
    zero = np.zeros(1)
    parts = np.array([[10_000.0, 9_000.0, 6_000.0]])
    lives = np.array([[20.0, 30.0, 50.0]])
    flows = CashFlows(np.array([25_000.0]), np.array([5_000.0]), zero, zero, lives, parts, np.zeros((1, 25)))
    paid = yearly_costs(flows, terms)[0]
    assert paid[0] == 20_000 and paid[20] == 10_000 and paid.sum() == 30_000
    assert residual_value(flows, terms.horizon_years).tolist() == pytest.approx([7_500 + 1_200 + 2_400])


FLAT = {"horizon_years": 15, "discount_rate": 0.0, "price_escalation": 0.0}  # every year's running cost the same
NO_PIPES = {"heated_area_m2": 89, "emitter": "none"}  # a water system brings its emitters


def _bought(device_id: str, house: dict | None = None):
    """The option's money over 15 flat years, in Hulan (no subsidy programmes there): what it cost in
    all, the money paid year by year (typical), and what was paid in year 1."""
    ev = evaluated(
        options=[{"device_id": device_id}],
        house=house or {},
        economics=FLAT,
        location={"province": "黑龙江省", "county": "呼兰区"},
    )
    cash = ev.money
    assert cash.one_off[1].sum() == 0 and cash.operating[1].sum() == 0
    paid = np.diff(cash.cumulative[1])
    return cash.device_capital[1, 1], cash.horizon_cost[1, 1], cash.cumulative[1], paid[0]


def test_a_water_heat_pump_is_bought_again_without_its_radiators(data):
    # 89 m² without a water system: the 12,000-yuan unit and 115 yuan/m² of emitters (10,235). The unit wears out
    # after 12 years and is bought again in year 12 (the chart shows that price, not the emitters'); in year 15
    # it has 9 of 12 years left (9,000), and the emitters, 30-year, 15 of 30 (5,117.5).
    capital = data.devices["ashp_aw_10kw"].capital
    unit, emitters = capital.fixed_yuan.typ, capital.per_m2_yuan.typ * 89
    price, horizon_cost, cumulative, year = _bought("ashp_aw_10kw", NO_PIPES)
    assert (unit, emitters) == (12_000, 10_235) and price == pytest.approx(unit + emitters)
    assert cumulative[12] - cumulative[11] == pytest.approx(year + unit)  # the unit only, not the radiators
    assert cumulative[-1] == pytest.approx(price + 15 * year + unit)
    assert horizon_cost == pytest.approx(cumulative[-1] - 9 / 12 * unit - 15 / 30 * emitters)


def test_a_ground_loop_is_never_bought_again_and_keeps_most_of_its_worth(data):
    # The 20-year unit (10,000), the emitters (10,235, 30 years) and the loop (the rest, 50 years): nothing is
    # bought again in 15 years; left in year 15: 5/20 of the unit, 15/30 of the emitters, 35/50 of the loop.
    capital = data.devices["gshp"].capital
    unit, emitters = capital.fixed_yuan.typ, capital.per_m2_yuan.typ * 89
    price, horizon_cost, cumulative, year = _bought("gshp", NO_PIPES)
    loop = price - unit - emitters
    assert loop > 20 * capital.borehole.yuan_per_m.typ  # a household's loop: tens of metres
    assert np.diff(cumulative[1:]) == pytest.approx(np.full(14, year))  # the same every year: nothing bought
    assert horizon_cost == pytest.approx(cumulative[-1] - 5 / 20 * unit - 15 / 30 * emitters - 35 / 50 * loop)


def test_a_split_air_conditioner_is_bought_again_whole_as_before(data):
    # No emitters, no loop: all of its price (3,500 per room) is the unit, bought again in year 10; 5 of 10 years
    # are left in year 15
    price, horizon_cost, cumulative, year = _bought("split_ac", NO_PIPES)
    assert price % data.devices["split_ac"].capital.per_unit_yuan.typ == 0
    assert cumulative[10] - cumulative[9] == pytest.approx(year + price)
    assert horizon_cost == pytest.approx(cumulative[-1] - 5 / 10 * price)
