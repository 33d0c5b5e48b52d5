"""The core's speed in two checkouts, measured in turns: what a change gained, on a machine
whose speed drifts (this VM's changes by up to ~1.7× from one minute to the next, so figures
taken minutes apart cannot be compared; taken in turns, each round's pair can).

    git worktree add --detach ../before HEAD~5
    .venv/bin/python bench/bench_ab.py ../before . [--rounds 6]

Each round runs, in a fresh process per checkout (its own ``heatadvisor`` and
``bench/bench_core.py``): the median of 400 comparisons while typing (a new area each time)
and one village batch of 2,000 households; the first checkout is the floor of the second.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, statistics, sys, time, csv, io
sys.path.insert(0, "bench")
from bench_core import CASE, bundled, case_from_json, compare, results, survey  # each checkout's own module paths
data = bundled()
case = case_from_json(json.dumps(CASE, ensure_ascii=False))
for _ in range(30):
    compare(case, data)
samples = []
for i in range(400):
    typed = case.model_copy(update={"house": case.house.model_copy(update={"heated_area_m2": 60 + i * 0.01})})
    started = time.perf_counter()
    compare(typed, data)
    samples.append(time.perf_counter() - started)
rows = list(csv.DictReader(io.StringIO(survey(2000))))
started = time.perf_counter()
results(rows, "zh")
print(json.dumps([statistics.median(samples) * 1000, len(rows) / (time.perf_counter() - started)]))
"""


def measure(tree: Path) -> tuple[float, float]:
    """(ms per comparison, households/s) of the checkout at ``tree``, in a fresh process there."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(tree)  # the checkout's package, not the one installed in the venv
    done = subprocess.run([sys.executable, "-c", CHILD], cwd=tree, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"{tree}: {done.stderr.strip()}")
    compare_ms, per_s = json.loads(done.stdout.strip().splitlines()[-1])
    return compare_ms, per_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path, nargs="?", default=Path(__file__).resolve().parents[1])
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    trees = (args.before.resolve(), args.after.resolve())
    figures: dict[Path, list[tuple[float, float]]] = {tree: [] for tree in trees}
    for _ in range(args.rounds):
        for tree in trees:
            figures[tree].append(measure(tree))
    for tree in trees:
        ms = [f[0] for f in figures[tree]]
        rate = [f[1] for f in figures[tree]]
        print(
            f"{tree}: compare while typing {statistics.median(ms):.3f} ms "
            f"(rounds {', '.join(f'{x:.2f}' for x in ms)}); "
            f"batch {statistics.median(rate):,.0f} households/s (rounds {', '.join(f'{x:,.0f}' for x in rate)})"
        )
    ratios = [a[0] / b[0] for a, b in zip(figures[trees[0]], figures[trees[1]])]
    rates = [b[1] / a[1] for a, b in zip(figures[trees[0]], figures[trees[1]])]
    print(
        f"after vs before, round by round (median): comparisons {statistics.median(ratios):.2f}× as fast, "
        f"batch {statistics.median(rates):.2f}× the households per second"
    )


if __name__ == "__main__":
    main()
