"""Speed of the tariff arithmetic: one household, and many rows in one call.

    .venv/bin/python bench/bench_tariffs.py

- one call of ``electricity_heating_cost`` (Shandong, TOU, five heating months; R = 1),
  target ≤ ~1.5× the old pure-Python call;
- one ``electricity_heating_costs`` call over 6,000 rows, per row, target < 2 µs.

The old figures are the pure-Python walk of commit e1b310d (before the array version),
measured on the same machine with this file's own loop and inputs, the 6,000 rows as
6,000 one-household calls (``--before`` uses only the one-household function):

    mkdir -p /tmp/ha-e1b310d && git archive e1b310d | tar -x -C /tmp/ha-e1b310d
    cd /tmp/ha-e1b310d && PYTHONPATH=. /work/main/.venv/bin/python \\
        /work/main/bench/bench_tariffs.py --before
"""

from __future__ import annotations

import datetime
import statistics
import sys
import time

import numpy as np

from heatadvisor.core.setting.bundle import bundled
from heatadvisor.core.tariffs.bills import electricity_heating_cost

OLD_ONE_US = 11.5  # µs per call at e1b310d (three runs: 11.2, 11.4, 11.7)
OLD_ROW_US = 11.5  # µs per row, 6,000 one-household calls at e1b310d (11.3, 11.5, 12.0)

ON = datetime.date(2026, 11, 25)
SEASON = {11: 800.0, 12: 1200.0, 1: 1400.0, 2: 1000.0, 3: 600.0}  # kWh, month 1–12
ROWS = 6_000
WINTER = [10, 11, 0, 1, 2]  # month indexes of SEASON


def median_us(fn, calls: int, samples: int) -> float:
    """Median over ``samples`` of the mean time of ``calls`` calls, in µs."""
    times = []
    for _ in range(samples):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        times.append((time.perf_counter() - start) / calls * 1e6)
    return statistics.median(times)


def village(rows: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Heating kWh (rows, 12) in Nov–Mar, valley shares and base kWh per year."""
    rng = np.random.default_rng(seed)
    heat = np.zeros((rows, 12))
    heat[:, WINTER] = rng.uniform(0.0, 3000.0, (rows, len(WINTER)))
    return heat, rng.uniform(0.0, 1.0, rows), rng.uniform(0.0, 6000.0, rows)


def main(before: bool) -> None:
    tariff = bundled().tariffs["tariffs.shandong"].electricity
    one = median_us(lambda: electricity_heating_cost(tariff, SEASON, 0.3, 1200.0, True, ON), 200, 51)
    heat, share, base = village(ROWS)
    if before:
        households = [
            ({m + 1: q for m, q in enumerate(r) if q}, float(s), float(b))
            for r, s, b in zip(heat.tolist(), share, base)
        ]

        def batch() -> None:
            for h, s, b in households:
                electricity_heating_cost(tariff, h, s, b, True, ON)

        row = median_us(batch, 1, 5) / ROWS
        print(f"before: one call {one:.1f} µs, {ROWS:,} one-household calls {row:.2f} µs per row")
        return

    from heatadvisor.core.tariffs.bills import electricity_heating_costs

    row = median_us(lambda: electricity_heating_costs(tariff, heat, share, base, True, ON), 1, 21) / ROWS
    print(
        f"one household (R = 1): median {one:.1f} µs per call, {one / OLD_ONE_US:.1f}× the old   "
        f"(old pure Python {OLD_ONE_US:.1f} µs; target ≤ ~1.5×)"
    )
    print(
        f"{ROWS:,} rows in one call: median {row:.2f} µs per row   "
        f"(old: {ROWS:,} one-household calls, {OLD_ROW_US:.1f} µs per row; target < 2 µs)"
    )


if __name__ == "__main__":
    main("--before" in sys.argv[1:])
