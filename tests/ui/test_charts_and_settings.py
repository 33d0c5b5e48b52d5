"""The chart module from plain data, its vector printing, the settings file, and the promise
that nothing slow (pydantic, the packs) is imported on the way to the first paint."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

from heatadvisor.qtkit import charts
from heatadvisor.qtkit.fonts import print_font, register_bundled_fonts
from heatadvisor.qtkit.settings import LARGE_POINT_SIZE, NORMAL_POINT_SIZE, AppSettings

from .conftest import Events

ROOT = Path(__file__).resolve().parents[2]


def test_crossing_marks_where_a_dearer_start_is_caught_up():
    assert charts.crossing([0, 1, 2, 3], [10, 11, 12, 13], [0, 5, 10, 15]) == pytest.approx((2.5, 12.5))
    assert charts.crossing([0, 1, 2], [10, 11, 12], [0, 1, 2]) is None  # never
    assert charts.crossing([0, 1], [0, 1], [5, 6]) is None  # cheaper from the start: nothing to mark


def bar_lengths(view: charts.ChartView, size: tuple[int, int] = (600, 400)) -> list[int]:
    """The lengths in pixels of the (first colour's) bars the view paints, top to bottom: read back
    from a real render."""
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    view.resize(*size)
    view.render(image)
    red = QColor(charts.PALETTE[0]).rgb()
    lengths: list[int] = []
    previous = 0
    for y in range(size[1]):
        width = sum(image.pixel(x, y) == red for x in range(size[0]))
        if width and not previous:
            lengths.append(width)
        elif width:
            lengths[-1] = max(lengths[-1], width)
        previous = width
    return lengths


def test_a_larger_cost_paints_a_longer_bar_and_the_first_option_on_top(qapp):
    view = charts.make_chart_view("每个采暖季花多少钱")
    chart = charts.Bars(("今天", "热泵", "电暖器"), (("元", (2000.0, 900.0, 3000.0)),), "元", horizontal=True)
    view.set_chart(chart)
    lengths = bar_lengths(view)
    assert len(lengths) == 3 and lengths[2] > lengths[0] > lengths[1]  # 3000 > 2000 > 900, top to bottom
    assert lengths[0] / lengths[1] == pytest.approx(2000 / 900, rel=0.05)  # in proportion to the costs
    rects = charts.bar_rects(chart, QRectF(0, 0, 400, 300), charts.value_axis(0, 3000, "元", "%.0f"))
    assert [r.top() for _n, r in rects] == sorted(r.top() for _n, r in rects)  # reading order: top down
    assert rects[0][1].width() / rects[1][1].width() == pytest.approx(2000 / 900)
    vertical = charts.Bars(("11月", "12月"), (("热泵", (1.0, 3.0)), ("煤炉", (2.0, 2.0))), "元")
    rects = charts.bar_rects(vertical, QRectF(0, 0, 400, 300), charts.value_axis(0, 3, "元", "%.0f"))
    assert [n for n, _r in rects] == [0, 1, 0, 1]  # side by side per month, one colour per series
    assert rects[2][1].height() > rects[3][1].height() > rects[0][1].height()
    assert all(r.bottom() == pytest.approx(300) for _n, r in rects)  # all from zero, at the bottom


@pytest.mark.parametrize(
    "low, high, ticks",  # what Qt Charts' applyNiceNumbers gave a new axis for the same figures
    [
        (0, 1, (0, 0.5, 1, 1.5)),
        (0, 950, (0, 500, 1000, 1500)),
        (0, 2_399, (0, 1000, 2000, 3000)),
        (-1_250, 48_418, (-20000, 0, 20000, 40000, 60000)),
        (0, 191_085, (0, 100000, 200000, 300000)),
        (3, 7, (0, 2, 4, 6, 8)),
    ],
)
def test_nice_ticks_are_round_even_steps_over_the_figures_and_zero(low, high, ticks):
    found = charts.nice_ticks(low, high)
    assert found == pytest.approx(ticks)
    steps = {round(b - a, 9) for a, b in itertools.pairwise(found)}
    assert len(steps) == 1 and found[0] <= min(low, 0) and found[-1] >= high
    assert charts.nice_ticks(low, high * 0.999) == found  # a keystroke that keeps the figures' size keeps the axis


def test_a_chart_repaints_once_when_its_figures_change_and_not_when_they_do_not(qtbot):
    view = charts.make_chart_view("每个采暖季花多少钱")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    paints = Events(QEvent.Type.Paint, view)
    charts.set_bars(view, ["今天", "热泵"], [("元", [2000.0, 900.0])], "元", horizontal=True)
    qtbot.wait(20)
    assert paints.count == 1
    charts.set_bars(view, ["今天", "热泵"], [("元", [2000.0, 900.0])], "元", horizontal=True)  # the same again
    qtbot.wait(20)
    assert paints.count == 1
    assert view.accessibleName() == "每个采暖季花多少钱"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext")
def test_chart_prints_as_vectors_with_searchable_text(qapp, tmp_path):
    chart = charts.Lines(
        (0, 1, 2, 3), (("热泵", (9000, 10000, 11000, 12000)),), ("现在", (0, 4000, 8000, 12000)), "年", "元", "回本"
    )
    assert chart.marks() == [(3, 12000)]  # the payback point
    pdf = tmp_path / "chart.pdf"
    writer = QPdfWriter(str(pdf))
    painter = QPainter(writer)
    register_bundled_fonts()
    painter.setFont(print_font(40))
    charts.paint_chart(painter, QRectF(0, 0, 4000, 3000), chart, "一年年累计花的钱")
    painter.end()
    data = pdf.read_bytes()
    assert b"/Subtype /Image" not in data and b"/FontFile" in data
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert all(word in text for word in ("一年年累计花的钱", "热泵", "现在", "回本", "年", "元", "15000"))


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
