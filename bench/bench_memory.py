"""What the window's idle RSS is made of: the growth at each step of a start, and the biggest mappings.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_memory.py [--maps 20]

One child does on its GUI thread, step by step, what a start does (the window, then what the
loader's worker imports and builds, then the first results) and prints RSS and anonymous memory
after each step; then the mappings holding the most resident memory (a file, or [anon]/[heap]
for the C and Python heaps). The same child environment as bench_window.py (compiled bytecode,
a data folder of its own; the first child fills the bytecode and is not shown). Reading: docs/memory.md.
"""

from __future__ import annotations

import argparse
import json

from bench_window import run

STEPS = """
import json, re, sys, tempfile
from pathlib import Path
def memory():
    rollup = dict(line.split(":", 1) for line in open("/proc/self/smaps_rollup").read().splitlines()[1:])
    return {key: int(rollup[key].split()[0]) / 1024 for key in ("Rss", "Anonymous")}
steps = [("python", memory())]
def step(name):
    steps.append((name, memory()))
from PySide6.QtWidgets import QApplication
app = QApplication([])
step("PySide6 and the QApplication")
from heatadvisor.ui.app import create_window
step("the window's modules")
window = create_window(app, Path(tempfile.mkdtemp()))
window.show()
for _ in range(50):
    app.processEvents()
step("the window built and shown")
import numpy
step("numpy")
import pydantic
class First(pydantic.BaseModel):  # pydantic imports most of its machinery at the first model
    x: int
step("pydantic and its first model")
from heatadvisor.ui import backend
step("the core's modules and models")
from heatadvisor.core.setting.bundle import bundled
bundled()
step("the packs validated")
loaded = backend.load_backend()
step("the county and station tables")
window.set_loading(True)
window.set_backend(loaded)
for _ in range(100):
    app.processEvents()
step("the first live results shown")
maps, name = {}, ""
for line in open("/proc/self/smaps"):
    if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
        fields = line.split(None, 5)
        name = fields[5].strip() if len(fields) > 5 else "[anon]"
    elif line.startswith(("Rss:", "Anonymous:")):
        kind = line.split(":")[0]
        maps.setdefault(name, {"Rss": 0, "Anonymous": 0})[kind] += int(line.split()[1]) / 1024
print(json.dumps({"steps": steps, "maps": maps}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--maps", type=int, default=20, help="how many of the biggest mappings to show")
    args = parser.parse_args()
    run(STEPS)  # fills the bytecode cache: a child compiling its modules holds ~4 MB more
    seen = json.loads(run(STEPS)[1].strip().splitlines()[-1])
    print(f"{'step':<34} {'RSS MB':>7} {'growth':>7} {'anonymous':>10}")
    before = 0.0
    for name, memory in seen["steps"]:
        print(f"{name:<34} {memory['Rss']:7.1f} {memory['Rss'] - before:+7.1f} {memory['Anonymous']:10.1f}")
        before = memory["Rss"]
    print(f"\n{'mapping':<44} {'RSS MB':>7} {'anonymous':>10}")
    biggest = sorted(seen["maps"].items(), key=lambda item: -item[1]["Rss"])[: args.maps]
    for name, memory in biggest:
        print(f"{name.rsplit('/', 1)[-1]:<44} {memory['Rss']:7.1f} {memory['Anonymous']:10.1f}")


if __name__ == "__main__":
    main()
