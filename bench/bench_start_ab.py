"""bench_window's start-up rows for two checkouts, measured in turns: what a change gained on a
machine whose speed drifts (under load, a bare window's start here ranges 260-800 ms from one
minute to the next, so figures taken minutes apart cannot be compared).

    git worktree add --detach ../before main
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_start_ab.py ../before [.] [--rounds 12]

Each round, for each checkout in turn (the order alternating from round to round): a bare
window and the window to usable, then one start to the first results, with bench_window's own
children and definitions (this checkout's ``bench_window.py``; the children import the given
checkout's ``heatadvisor``). Each checkout keeps its own data folder, so each shows the table
its own last start kept. Prints, per checkout, medians and least values and the ratio of the
window to the bare window started beside it, then the median of the rounds' differences (a
round's two checkouts ran within seconds of each other); the first checkout is the floor of
the second.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from bench_window import results_start, usable_ms
from window_children import BARE, WINDOW

FIGURES = ("bare_ms", "window_ms", "ratio", "shown_ms", "live_ms")


def measure_round(tree: Path, data: str) -> dict[str, float]:
    bare, window = usable_ms(BARE, False, tree, data), usable_ms(WINDOW, False, tree, data)
    start = results_start(tree, data)
    return {"bare_ms": bare, "window_ms": window, "ratio": window / bare, **start}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path, nargs="?", default=Path(__file__).resolve().parents[1])
    parser.add_argument("--rounds", type=int, default=12)
    args = parser.parse_args()
    trees = [args.before.resolve(), args.after.resolve()]
    data = {tree: tempfile.mkdtemp(prefix="bench-ab-data-") for tree in trees}
    for tree in trees:  # warm the file cache and the bytecode; the first start keeps its table
        for code in (BARE, WINDOW, BARE, WINDOW):
            usable_ms(code, False, tree, data[tree])
        results_start(tree, data[tree])
    rounds: dict[Path, list[dict[str, float]]] = {tree: [] for tree in trees}
    for number in range(args.rounds):
        for tree in trees if number % 2 == 0 else trees[::-1]:
            rounds[tree].append(measure_round(tree, data[tree]))
    print(f"{'':<32}" + "".join(f"{name:>18}" for name in FIGURES) + "   (median / least)")
    for tree in trees:
        cells = []
        for name in FIGURES:
            values = [figures[name] for figures in rounds[tree]]
            unit = "" if name == "ratio" else " ms"
            digits = 2 if name == "ratio" else 0
            cells.append(f"{statistics.median(values):.{digits}f}/{min(values):.{digits}f}{unit}")
        print(f"{str(tree)[-32:]:<32}" + "".join(f"{cell:>18}" for cell in cells))
    before, after = rounds[trees[0]], rounds[trees[1]]
    differences = [
        f"{name} {statistics.median(b[name] - a[name] for a, b in zip(before, after)):+.{2 if name == 'ratio' else 0}f}"
        for name in FIGURES
    ]
    print("second − first, median of the rounds' differences: " + ", ".join(differences))


if __name__ == "__main__":
    main()
