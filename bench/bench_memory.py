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
from heatadvisor.qtkit.fonts import apply_app_font
from heatadvisor.qtkit.i18n import Languages
from heatadvisor.qtkit.settings import AppSettings
from heatadvisor.ui.form_column import BELOW_THE_FOLD
from heatadvisor.ui.main_window import MainWindow
step("the window's modules")
settings = AppSettings(Path(tempfile.mkdtemp()))
apply_app_font(app, settings.point_size)
step("  fonts registered, application font")
languages = Languages(app)
languages.switch(settings.language)
step("  translators")
window = MainWindow(settings, languages)
window.house.removeEventFilter(window)  # built here step by step, not from the first paint
step("  window: top groups, menus")
window.show()
for _ in range(50):
    app.processEvents()
step("  shown (first paint)")
window.form.build_all()
step("  groups below the fold")
window.results_side
step("  results side (comparison table)")
window.build_rest()
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
def then(owner, method, name):  # a step recorded after each call of owner.method
    done = getattr(owner, method)
    setattr(owner, method, lambda *args: (done(*args), step(name))[0])
then(window.form, "use_backend", "  the packs offered to the form")
then(window, "recompute", "  the first comparison shown")
then(window.records, "start", "  the records opened")
window.set_loading(True)
window.set_backend(loaded)
for _ in range(100):
    app.processEvents()
step("the first live results shown")
from collections import Counter
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
objects = window.findChildren(QObject)
widgets = [o for o in objects if isinstance(o, QWidget)]
counts = {"objects": len(objects), "widgets": len(widgets), "hidden": sum(not w.isVisible() for w in widgets),
          "with a style sheet": sum(bool(w.styleSheet()) for w in widgets)}
counts.update(Counter(type(o).__name__ for o in widgets).most_common(8))
maps, name = {}, ""
for line in open("/proc/self/smaps"):
    if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
        fields = line.split(None, 5)
        name = fields[5].strip() if len(fields) > 5 else "[anon]"
    elif line.startswith(("Rss:", "Anonymous:")):
        kind = line.split(":")[0]
        maps.setdefault(name, {"Rss": 0, "Anonymous": 0})[kind] += int(line.split()[1]) / 1024
print(json.dumps({"steps": steps, "maps": maps, "counts": counts}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--maps", type=int, default=20, help="how many of the biggest mappings to show")
    args = parser.parse_args()
    run(STEPS)  # fills the bytecode cache: a child compiling its modules holds ~4 MB more
    seen = json.loads(run(STEPS)[1].strip().splitlines()[-1])
    print(f"{'step':<36} {'RSS MB':>7} {'growth':>7} {'anonymous':>10}")
    before = 0.0
    for name, memory in seen["steps"]:
        print(f"{name:<36} {memory['Rss']:7.1f} {memory['Rss'] - before:+7.1f} {memory['Anonymous']:10.1f}")
        before = memory["Rss"]
    print("\nthe window after the first results: " + ", ".join(f"{n} {k}" for k, n in seen["counts"].items()))
    print(f"\n{'mapping':<44} {'RSS MB':>7} {'anonymous':>10}")
    biggest = sorted(seen["maps"].items(), key=lambda item: -item[1]["Rss"])[: args.maps]
    for name, memory in biggest:
        print(f"{name.rsplit('/', 1)[-1]:<44} {memory['Rss']:7.1f} {memory['Anonymous']:10.1f}")


if __name__ == "__main__":
    main()
