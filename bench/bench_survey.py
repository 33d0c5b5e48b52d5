"""A survey's time and memory as the user sees them: ``heatadvisor-cli batch`` run as a
process on generated surveys, one county's and the same number of households spread over every
county of the north, each figure beside its floor and target.

    .venv/bin/python bench/bench_survey.py [--rows 20000 100000] [--rounds 2] [--before ../before]

- time per household (with start-up) of the all-county survey; floor: the one-county survey of
  as many rows, run in turns with it (this VM's speed drifts ~1.7×: only a pair taken together
  compares); target ≤ 1.5× the floor. The pair's CPU time (the child's user + system, from
  ``os.wait4``) is given beside: on a machine shared with others it varies far less than the wall
  clock, which counts the time other programs had the processor;
- peak memory (the child's own maximum resident set, from ``os.wait4``); floor: a survey of one
  household (the program, its libraries and packs); target ≤ 300 MB at 100,000 households.
- with ``--before TREE`` (``git worktree add --detach ../before main``): that checkout runs the
  all-county survey in turns with this one, and each figure is given as after/before.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_core import household_cells  # this folder is on the path when run as a script

from heatadvisor.core.place import places
from heatadvisor.core.setting.bundle import bundled

ONE_COUNTY = ("山东省", "日照市", "莒县")
RATIO_TARGET = 1.5
MEMORY_TARGET_MB = 300
FIELDS = [
    "id",
    "province",
    "prefecture",
    "county",
    "heated_area_m2",
    "wall",
    "heated_share",
    "current_device",
    "last_winter_quantity",
    "last_winter_unit",
]


def northern_counties() -> list[tuple[str, str, str]]:
    """Every county of a province with a region pack: (province, prefecture, county)."""
    return [
        (c.province, c.prefecture, c.name) for province in sorted(bundled().regions) for c in places.counties(province)
    ]


def write_survey(path: Path, rows: int, counties: list[tuple[str, str, str]], seed: int = 1) -> None:
    """``rows`` households, each in a county drawn at random from ``counties``."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS)
        writer.writeheader()
        for i in range(rows):
            province, prefecture, county = rng.choice(counties)
            writer.writerow(
                {"id": i, "province": province, "prefecture": prefecture, "county": county, **household_cells(rng)}
            )


HERE = Path(__file__).resolve().parents[1]
CLI = "import sys; from heatadvisor.cli.main import main; sys.exit(main())"  # heatadvisor-cli of the tree on PYTHONPATH


def run_batch(survey: Path, output: Path, tree: Path = HERE) -> tuple[float, float, float]:
    """(seconds, peak MB, CPU seconds) of one ``heatadvisor-cli batch`` process of the checkout
    ``tree`` over ``survey``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"PYTHONPATH": str(tree)}
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CLI, "batch", str(survey), "-o", str(output), "--quiet"],
        cwd=tree,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        sys.exit(f"batch failed on {survey}: {child.stderr.read().decode(errors='replace') if child.stderr else ''}")
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime  # ru_maxrss is in kB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--rounds", type=int, default=2, help="one-county/all-county pairs per size")
    parser.add_argument("--before", type=Path, help="another checkout to run the all-county survey in turns with")
    args = parser.parse_args()
    everywhere = northern_counties()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_survey(folder / "one.csv", 1, [ONE_COUNTY])
        _, floor_mb, _ = run_batch(folder / "one.csv", folder / "out.csv")
        print(f"start-up alone (1 household): peak {floor_mb:.0f} MB")
        for rows in args.rows:
            write_survey(folder / "county.csv", rows, [ONE_COUNTY])
            write_survey(folder / "north.csv", rows, everywhere)
            pairs = [
                (
                    run_batch(folder / "county.csv", folder / "out.csv"),
                    run_batch(folder / "north.csv", folder / "out.csv"),
                )
                for _ in range(args.rounds)
            ]
            ratio = statistics.median(north[0] / county[0] for county, north in pairs)
            cpu_ratio = statistics.median(north[2] / county[2] for county, north in pairs)
            county_us = statistics.median(county[0] for county, _ in pairs) / rows * 1e6
            north_us = statistics.median(north[0] for _, north in pairs) / rows * 1e6
            peak = max(max(county[1], north[1]) for county, north in pairs)
            print(
                f"{rows:,} households over {len(everywhere):,} counties: {north_us:.0f} µs each with start-up "
                f"(floor: one county {county_us:.0f} µs; paired ratio {ratio:.2f}×, CPU {cpu_ratio:.2f}×, "
                f"target ≤ {RATIO_TARGET}×; "
                f"rounds {', '.join(f'{c[0]:.1f}/{n[0]:.1f} s' for c, n in pairs)})"
            )
            print(
                f"{rows:,} households: peak memory {peak:.0f} MB (floor: start-up {floor_mb:.0f} MB; "
                f"one county {max(c[1] for c, _ in pairs):.0f} MB, all counties {max(n[1] for _, n in pairs):.0f} MB; "
                f"target ≤ {MEMORY_TARGET_MB} MB at 100,000)"
            )
            if args.before:
                before = [
                    (
                        run_batch(folder / "north.csv", folder / "out.csv", args.before.resolve()),
                        run_batch(folder / "north.csv", folder / "out.csv"),
                    )
                    for _ in range(args.rounds)
                ]
                print(
                    f"{rows:,} households over every county, {args.before} → this checkout, in turns: "
                    f"{statistics.median(b[0] / a[0] for b, a in before):.1f}× as fast "
                    f"(CPU {statistics.median(b[2] / a[2] for b, a in before):.1f}×), peak "
                    f"{max(b[1] for b, _ in before):.0f} → {max(a[1] for _, a in before):.0f} MB "
                    f"(rounds {', '.join(f'{b[0]:.1f}/{a[0]:.1f} s' for b, a in before)})"
                )


if __name__ == "__main__":
    main()
