"""Many rows in one tariff call: each row must come out exactly as if priced alone, and the
arrays must carry the same arithmetic as the one-household functions."""

from __future__ import annotations

import datetime

import numpy as np
import pytest

from heatadvisor.core.setting.bundle import bundled
from heatadvisor.core.tariffs.bills import (
    BLOCK_ROWS,
    EnergyCost,
    EnergyCosts,
    electricity_heating_cost,
    electricity_heating_costs,
    gas_heating_cost,
    gas_heating_costs,
)
from heatadvisor.core.tariffs.walk import NOTE_ORDER

TARIFFS = bundled().tariffs  # what ``DataBundle.tariff_for(region)`` hands the cost code
DATES = [
    datetime.date(2017, 6, 1),
    datetime.date(2019, 1, 15),
    datetime.date(2020, 12, 1),
    datetime.date(2023, 2, 1),
    datetime.date(2026, 11, 25),
    datetime.date(2027, 3, 10),
]
ROWS = 50
TODAY = datetime.date(2026, 11, 25)


def random_rows(seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Heating (ROWS, 12): 0–3,000 a month in Nov–Mar, some in other months, some empty
    months and rows; valley shares 0–1 with both ends; base use 0–6,000 a year."""
    rng = np.random.default_rng(seed)
    heat = np.zeros((ROWS, 12))
    winter = [10, 11, 0, 1, 2]
    heat[:, winter] = rng.uniform(0.0, 3000.0, (ROWS, 5)) * (rng.random((ROWS, 5)) < 0.85)
    shoulder = rng.random((ROWS, 12)) < 0.15
    heat = np.where(shoulder & (heat == 0.0), rng.uniform(0.0, 600.0, (ROWS, 12)), heat)
    heat[0] = 0.0
    share = rng.uniform(0.0, 1.0, ROWS)
    share[:3] = (0.0, 1.0, 0.5)
    base = rng.uniform(0.0, 6000.0, ROWS)
    base[:2] = 0.0
    return heat, share, base


def assert_row_matches(rows: EnergyCosts, r: int, one: EnergyCost, heat_row: np.ndarray) -> None:
    close = dict(rel=1e-9, abs=1e-9)
    assert rows.total_yuan[r] == pytest.approx(one.total_yuan, **close)
    assert rows.quantity[r] == pytest.approx(one.quantity, **close)
    assert rows.valley_quantity[r] == pytest.approx(one.valley_quantity, **close)
    assert rows.subsidy_yuan[r] == pytest.approx(one.subsidy_yuan, **close)
    for month in range(1, 13):
        expected = one.by_month.get(month)
        if expected is None:  # left out of the dict: no heating and nothing but rounding noise
            assert heat_row[month - 1] == 0.0 and abs(rows.by_month[r, month - 1]) <= 1e-9
        else:
            assert rows.by_month[r, month - 1] == pytest.approx(expected, **close)
    assert tuple(code for code, flags in rows.notes if flags[r]) == one.notes


def months_of(heat_row: np.ndarray) -> dict[int, float]:
    return {m + 1: float(q) for m, q in enumerate(heat_row) if q}


@pytest.mark.parametrize("pack_id", sorted(TARIFFS))
@pytest.mark.parametrize("use_tou", [False, True])
def test_electricity_rows_are_priced_as_if_alone(pack_id, use_tou):
    tariff = TARIFFS[pack_id].electricity
    for seed, on in enumerate(DATES):
        heat, share, base = random_rows(seed)
        for extra, cap in ((0.0, None), (0.08, 3000.0), (0.5, 2500.0)):
            rows = electricity_heating_costs(tariff, heat, share, base, use_tou, on, extra, cap)
            for r in range(ROWS):
                one = electricity_heating_cost(
                    tariff, months_of(heat[r]), float(share[r]), float(base[r]), use_tou, on, extra, cap
                )
                assert_row_matches(rows, r, one, heat[r])


@pytest.mark.parametrize("pack_id", sorted(TARIFFS))
def test_gas_rows_are_priced_as_if_alone(pack_id):
    for tariff in TARIFFS[pack_id].gas.tariffs.values():
        for seed, on in enumerate(DATES[::2]):
            heat, _, base = random_rows(100 + seed)
            heat /= 3.0  # m³: a third of the kWh figures, so every gas tier is crossed somewhere
            rows = gas_heating_costs(tariff, heat, base / 10.0, on)
            for r in range(ROWS):
                one = gas_heating_cost(tariff, months_of(heat[r]), float(base[r] / 10.0), on)
                assert_row_matches(rows, r, one, heat[r])


def test_rows_cover_every_kind_of_note():
    # The random rows above must reach every note, or the comparison proves less than it seems
    seen = set()
    for pack in TARIFFS.values():
        for seed, on in enumerate(DATES):
            heat, share, base = random_rows(seed)
            for use_tou in (False, True):
                for extra, cap in ((0.0, None), (0.08, 3000.0), (2.0, None)):
                    rows = electricity_heating_costs(pack.electricity, heat, share, base, use_tou, on, extra, cap)
                    seen |= {code for code, _ in rows.notes}
    assert seen == set(NOTE_ORDER)


def test_one_base_for_all_rows_equals_the_same_base_per_row():
    tariff = TARIFFS["tariffs.henan"].electricity
    heat, share, _ = random_rows(7)
    one_figure = electricity_heating_costs(tariff, heat, share, 1800.0, True, TODAY)
    per_row = electricity_heating_costs(tariff, heat, share, np.full(ROWS, 1800.0), True, TODAY)
    np.testing.assert_allclose(one_figure.by_month, per_row.by_month, rtol=1e-12, atol=1e-12)
    assert [c for c, _ in one_figure.notes] == [c for c, _ in per_row.notes]


def test_two_rows_reaching_different_tiers_by_hand():
    # Shandong on 2026-11-25: the coal-to-electricity rule has expired → yearly tiers 2,520 /
    # 4,800 kWh at 0.5469 / 0.5969 / 0.8469; TOU adds +0.03 at peak and −0.20 in the valley
    # inside the heating period (Nov–Mar). C(x) is the tier cost of x kWh in the year.
    tariff = TARIFFS["tariffs.shandong"].electricity
    heat = np.zeros((2, 12))
    heat[0, 0] = 1000.0  # row A: January 1,000 kWh, no base, all in the valley
    heat[1, 0], heat[1, 11] = 3000.0, 1000.0  # row B: January 3,000 and December 1,000, half valley
    costs = electricity_heating_costs(tariff, heat, np.array([1.0, 0.5]), np.array([0.0, 1200.0]), True, TODAY)
    # A: 1,000 × 0.5469 = 546.90 on tier 1, TOU 1,000 × −0.20 = −200 → 346.90 in January
    # B (base 100 a month): Jan C(3,100) − C(100) = 1,378.188 + 346.202 − 54.69 = 1,669.70;
    #   Feb–Nov: heating used up tier 1, so each month's 100 kWh of base pays +0.05 → 5.00;
    #   Dec: 4,100 → 5,200 kWh with heating = 700 × 0.5969 + 400 × 0.8469 = 756.59, less
    #   100 × 0.5469 without → 701.90. Tiers: C(5,200) − C(1,200) = 3,077.88 − 656.28 = 2,421.60.
    #   TOU: Jan 1,500 × −0.20 + 1,500 × 0.03 = −255; Dec 500 × −0.20 + 500 × 0.03 = −85.
    expected_b = [1669.70 - 255.0] + [5.0] * 10 + [701.90 - 85.0]
    np.testing.assert_allclose(costs.by_month[0], [346.90] + [0.0] * 11, atol=1e-9)
    np.testing.assert_allclose(costs.by_month[1], expected_b, rtol=1e-12)
    np.testing.assert_allclose(costs.total_yuan, [346.90, 2421.60 - 340.0], rtol=1e-12)
    np.testing.assert_allclose(costs.quantity, [1000.0, 4000.0])
    np.testing.assert_allclose(costs.valley_quantity, [1000.0, 2000.0])
    np.testing.assert_array_equal(costs.subsidy_yuan, [0.0, 0.0])
    notes = dict(costs.notes)
    assert list(notes) == ["expired_rule_ignored", "tou_used", "tier2_reached", "tier3_reached"]
    assert notes["expired_rule_ignored"].tolist() == notes["tou_used"].tolist() == [True, True]
    assert notes["tier2_reached"].tolist() == notes["tier3_reached"].tolist() == [False, True]


def test_zero_rows():
    tariff = TARIFFS["tariffs.beijing"]
    empty = electricity_heating_costs(
        tariff.electricity, np.zeros((0, 12)), np.zeros(0), np.zeros(0), True, TODAY, 0.1, 100.0
    )
    for values in (empty.total_yuan, empty.quantity, empty.valley_quantity, empty.subsidy_yuan):
        assert values.shape == (0,)
    assert empty.by_month.shape == (0, 12) and empty.notes == ()
    gas = gas_heating_costs(tariff.gas.default_tariff, np.zeros((0, 12)), 500.0, TODAY)
    assert gas.total_yuan.shape == (0,) and gas.by_month.shape == (0, 12) and gas.notes == ()


def test_notes_follow_the_canonical_order():
    heat, share, base = random_rows(3)
    rows = electricity_heating_costs(
        TARIFFS["tariffs.tianjin"].electricity, heat, share, base, True, datetime.date(2019, 1, 15), 2.0, 1000.0
    )
    codes = [code for code, _ in rows.notes]
    assert codes == sorted(codes, key=NOTE_ORDER.index) and len(codes) > 4
    assert all(flags.shape == (ROWS,) and flags.dtype == bool for _, flags in rows.notes)


def _set(array: np.ndarray, at: tuple[int, ...] | int, value: float) -> np.ndarray:
    array = array.copy()
    array[at] = value
    return array


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda h, s, b: (_set(h, (3, 1), -1.0), s, b), "row 3, month 2"),
        (lambda h, s, b: (_set(h, (4, 0), np.inf), s, b), "row 4, month 1"),
        (lambda h, s, b: (_set(h, (5, 11), np.nan), s, b), "row 5, month 12"),
        (lambda h, s, b: (h[:, :11], s, b), "shape"),
        (lambda h, s, b: (h, _set(s, 2, 1.5), b), "valley_share"),
        (lambda h, s, b: (h, _set(s, 2, np.nan), b), "valley_share"),
        (lambda h, s, b: (h, s[:-1], b), "valley_share"),
        (lambda h, s, b: (h, s, _set(b, 9, -5.0)), "base use"),
        (lambda h, s, b: (h, s, _set(b, 9, np.inf)), "base use"),
        (lambda h, s, b: (h, s, b[:3]), "base use"),
        (lambda h, s, b: (h, s, float("nan")), "base use"),
    ],
)
def test_bad_rows_are_rejected_with_a_reason(change, words):
    heat, share, base = change(*random_rows(1))
    with pytest.raises(ValueError, match=words):
        electricity_heating_costs(TARIFFS["tariffs.shandong"].electricity, heat, share, base, True, TODAY)


def test_bad_extra_subsidy_is_rejected():
    heat, share, base = random_rows(1)
    tariff = TARIFFS["tariffs.shandong"].electricity
    for extra, cap in ((-0.1, None), (float("nan"), None), (0.1, -1.0), (0.1, float("nan"))):
        with pytest.raises(ValueError, match="extra subsidy"):
            electricity_heating_costs(tariff, heat, share, base, True, TODAY, extra, cap)


def test_plan_arrays_are_built_once_and_read_only():
    tariff = TARIFFS["tariffs.henan"].electricity
    plan = tariff.plan
    assert tariff.plan is plan
    rule = plan.seasonal[0]
    for array in (
        plan.ordinary.count,
        plan.ordinary.table.ys,
        rule.inside.count,
        rule.left_share,
        plan.tou.valley_saving,
    ):
        assert not array.flags.writeable


def test_rows_beyond_one_block_are_priced_as_if_alone():
    # Large calls are priced BLOCK_ROWS rows at a time; blocks must join without a seam, and
    # notes that only later blocks reach must be flagged on exactly those rows
    rows = 2 * BLOCK_ROWS + 37
    rng = np.random.default_rng(11)
    heat = np.zeros((rows, 12))
    heat[:, [10, 11, 0, 1, 2]] = rng.uniform(0.0, 3000.0, (rows, 5))
    share, base = rng.uniform(0.0, 1.0, rows), rng.uniform(0.0, 6000.0, rows)
    heat[:BLOCK_ROWS] *= 0.05  # the first block stays on tier 1 and under every cap
    base[:BLOCK_ROWS] *= 0.05
    tariff = TARIFFS["tariffs.beijing"].electricity
    whole = electricity_heating_costs(tariff, heat, share, base, True, TODAY, 0.5, 2500.0)
    pieces = [
        electricity_heating_costs(tariff, heat[a:b], share[a:b], base[a:b], True, TODAY, 0.5, 2500.0)
        for a, b in ((0, 300), (300, 900), (900, rows))
    ]
    for field in ("total_yuan", "by_month", "quantity", "valley_quantity", "subsidy_yuan"):
        np.testing.assert_allclose(
            getattr(whole, field), np.concatenate([getattr(p, field) for p in pieces]), rtol=1e-9, atol=1e-9
        )
    for code, flags in whole.notes:
        joined = np.concatenate([dict(p.notes).get(code, np.zeros(len(p.quantity), bool)) for p in pieces])
        np.testing.assert_array_equal(flags, joined)
    late = dict(whole.notes)
    for code in ("tier3_reached", "subsidy_cap_reached"):
        assert late[code][BLOCK_ROWS:].any() and not late[code][:BLOCK_ROWS].any()
    for r in [*range(0, rows, 97), BLOCK_ROWS - 1, BLOCK_ROWS, 2 * BLOCK_ROWS, rows - 1]:
        one = electricity_heating_cost(
            tariff, months_of(heat[r]), float(share[r]), float(base[r]), True, TODAY, 0.5, 2500.0
        )
        assert_row_matches(whole, r, one, heat[r])
