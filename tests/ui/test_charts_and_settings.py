"""The chart module from plain data, its vector printing, the settings file, and the promise
that nothing slow (pydantic, the packs) is imported on the way to the first paint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPdfWriter

from heatadvisor.qtkit import charts
from heatadvisor.qtkit.settings import LARGE_POINT_SIZE, NORMAL_POINT_SIZE, AppSettings

ROOT = Path(__file__).resolve().parents[2]


def test_crossing_marks_where_a_dearer_start_is_caught_up():
    assert charts.crossing([0, 1, 2, 3], [10, 11, 12, 13], [0, 5, 10, 15]) == pytest.approx((2.5, 12.5))
    assert charts.crossing([0, 1, 2], [10, 11, 12], [0, 1, 2]) is None  # never
    assert charts.crossing([0, 1], [0, 1], [5, 6]) is None  # cheaper from the start: nothing to mark


def test_bars_keep_their_series_when_only_values_change(qapp):
    view = charts.make_chart_view()
    charts.set_bars(view, ["今天", "热泵"], [("元", [2000.0, 900.0])], "元", horizontal=True)
    bars = view.chart().series()[0]
    charts.set_bars(view, ["今天", "热泵"], [("元", [2100.0, 950.0])], "元", horizontal=True)
    assert view.chart().series()[0] is bars  # updated in place, not rebuilt
    values = bars.barSets()[0]
    assert [values.at(i) for i in range(2)] == [950.0, 2100.0]  # bottom-up: the first category on top
    axis = next(a for a in view.chart().axes() if isinstance(a, QValueAxis))
    assert axis.labelFormat() == "%.0f" and axis.max() >= 2100
    charts.set_bars(view, ["今天", "热泵", "电暖器"], [("元", [1.0, 2.0, 3.0])], "元", horizontal=True)
    assert view.chart().series()[0] is not bars  # a new shape is rebuilt


def test_chart_prints_as_vectors_with_text(qapp, tmp_path):
    view = charts.make_chart_view("每个采暖季花多少钱")
    charts.set_lines(
        view,
        [0, 1, 2, 3],
        [("热泵", [9000, 10000, 11000, 12000])],
        ("现在", [0, 4000, 8000, 12000]),
        "年",
        "元",
        "回本",
    )
    assert len(view.chart().series()[-1].points()) == 1  # the payback point
    pdf = tmp_path / "chart.pdf"
    writer = QPdfWriter(str(pdf))
    painter = QPainter(writer)
    charts.render_chart(view, painter, QRectF(0, 0, 4000, 3000))
    painter.end()
    data = pdf.read_bytes()
    assert b"/Subtype /Image" not in data and b"/FontFile" in data


def test_settings_round_trip(tmp_path):
    settings = AppSettings(tmp_path)
    assert (settings.language, settings.large_text, settings.home_place) == ("zh", False, ("山东省", "莒县"))
    settings.language, settings.large_text = "en", True
    settings.service_point, settings.staff_name = " 城阳镇服务点 ", "王芳"
    settings.home_place = ("河北省", "围场满族蒙古族自治县")
    again = AppSettings(tmp_path)
    assert again.language == "en" and again.large_text and again.point_size == LARGE_POINT_SIZE
    assert (again.service_point, again.staff_name) == ("城阳镇服务点", "王芳")
    assert again.home_place == ("河北省", "围场满族蒙古族自治县")
    assert Path(again.path).parent == tmp_path
    with pytest.raises(ValueError):
        settings.language = "fr"
    again.large_text = False
    assert again.point_size == NORMAL_POINT_SIZE


def test_settings_folder_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("HEATADVISOR_CONFIG_DIR", str(tmp_path / "cfg"))
    assert Path(AppSettings().path) == tmp_path / "cfg" / "settings.ini"


def test_first_paint_needs_no_pydantic_and_packs_load_after(tmp_path):
    """The window is shown before pydantic is imported; the packs then arrive from the worker."""
    child = textwrap.dedent("""
        import json, sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from heatadvisor.ui.app import create_window
        app = QApplication([])
        window = create_window(app, Path(sys.argv[1]))
        window.show()
        while not window.whole:  # the rest of the form and the results follow the first paint
            app.processEvents()
        before = "pydantic" in sys.modules
        state = window.results.state
        from PySide6.QtCore import QEventLoop, QTimer
        loop = QEventLoop()  # QTest.qWait would hold the GIL and starve the loading thread
        loader = window.load_backend_async()
        loader.succeeded.connect(lambda _backend: QTimer.singleShot(0, loop.quit))
        loader.failed.connect(lambda _error, _detail: loop.quit())
        QTimer.singleShot(60000, loop.quit)
        loop.exec()
        print(json.dumps({"pydantic_before": before, "state_before": state,
                          "state_after": window.results.state, "options": len(window.options.rows)}))
    """)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    done = subprocess.run(
        [sys.executable, "-c", child, str(tmp_path)], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert (
        seen
        == {"pydantic_before": False, "state_before": "loading", "state_after": "current", "options": seen["options"]}
        and seen["options"] > 5
    )
