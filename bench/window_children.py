"""The child programs bench_window.py (and bench_start_ab.py) start, one fresh process each: a
bare window and HeatAdvisor's window to their first key press, the window to its first results,
and the bare window's RSS, alone and with the core's packages."""

from __future__ import annotations

# At FIELD's first paint a digit is posted to it; once FIELD has repainted showing it, the child
# prints the wall-clock time and quits (tearing the window down is not part of start-up).
USABLE = """
import time
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
class Usable(QObject):
    typed = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            if not self.typed:
                self.typed = True
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    key = QKeyEvent(kind, Qt.Key.Key_5, Qt.KeyboardModifier.NoModifier, "5")
                    QCoreApplication.postEvent(FIELD, key)
            elif FIELD.text().endswith("5"):
                print(time.time())
                app.quit()
        return False
hook = Usable()
FIELD.installEventFilter(hook)
window.show()
app.exec()
"""

BARE = (
    """
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
app = QApplication([])
window = QMainWindow()
FIELD = QLineEdit("80")
window.setCentralWidget(FIELD)
"""
    + USABLE
)

WINDOW = (
    """
import tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
from heatadvisor.ui.app import create_window
app = QApplication([])
window = create_window(app, Path(tempfile.mkdtemp()))
FIELD = window.house.area
"""
    + USABLE
)

# Waits for the packs: a failed load, or none within LOAD_TIMEOUT_S, ends it with the reason.
# Prints the wall-clock moments the results pane first showed current results (the table kept
# from the last start, or the live one) and the live results arrived, and the idle RSS then.
LOAD_TIMEOUT_S = 60
RESULTS = """
import json, sys, time, tempfile
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from heatadvisor.ui.app import create_window
app = QApplication([])
window = create_window(app, Path(tempfile.mkdtemp()))
window.show()
loop = QEventLoop()
loader = window.load_backend_async()
outcome = {"failure": "nothing arrived within LOAD_TIMEOUT_S s"}
moments = {}
def look():  # polls until the results pane first shows current results, then stops (it would slow the load)
    if "shown" not in moments and "results_side" in window.__dict__ and window.results.state == "current":
        moments["shown"] = time.time()
        watch.stop()
watch = QTimer(interval=1, timeout=look)
watch.start()
loader.succeeded.connect(lambda _b: (look(), moments.setdefault("live", time.time()), outcome.pop("failure"),
                                     QTimer.singleShot(0, loop.quit)))
loader.failed.connect(lambda _error, detail: (outcome.update(failure=detail), loop.quit()))
QTimer.singleShot(LOAD_TIMEOUT_S * 1000, loop.quit)
loop.exec()
watch.stop()
if "failure" in outcome:
    sys.exit("RESULTS: the packs did not load: " + outcome["failure"])
for _ in range(50):
    app.processEvents()
rss = int(next(l for l in open("/proc/self/status") if l.startswith("VmRSS")).split()[1]) / 1024
anon = int(next(l for l in open("/proc/self/smaps_rollup") if l.startswith("Anonymous")).split()[1]) / 1024
print(json.dumps({**moments, "rss_mb": rss, "anon_mb": anon, "state": window.results.state}))
""".replace("LOAD_TIMEOUT_S", str(LOAD_TIMEOUT_S))

BARE_RSS = BARE.replace(
    "app.exec()",
    "app.exec()\nprint(int(next(l for l in open('/proc/self/status') if l.startswith('VmRSS')).split()[1]) / 1024)",
)
# The floor under the window's RSS set by the packages the design card gives the core: the bare
# window with numpy and pydantic imported and used once (an array summed, a model validated).
BARE_WITH_CORE_PACKAGES_RSS = BARE_RSS.replace(
    "window.setCentralWidget(FIELD)",
    """window.setCentralWidget(FIELD)
import numpy, pydantic
numpy.arange(10).sum()
class Used(pydantic.BaseModel):
    a: float
    b: list[float]
Used.model_validate({"a": 1, "b": [1, 2]})""",
)
