"""The form's demand line and the options' warnings take new figures on every key press
without re-laying out the form; text that wraps to more lines gets the room it needs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from heatadvisor.ui.wrapped_text import WrappedText

from .conftest import Events, settle


def test_new_figures_in_the_same_lines_re_lay_out_nothing(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    text = WrappedText("warning", box)
    layout = QVBoxLayout(box)
    layout.addWidget(text)
    box.resize(300, 400)
    box.show()
    text.setText("最冷时要用电 3.5 千瓦")
    qtbot.waitUntil(lambda: text.geometry().height() == text.height() > 0)
    qtbot.wait(10)  # the first layouts done
    one_line = text.height()
    requests = Events(QEvent.Type.LayoutRequest, box)
    text.setText("最冷时要用电 10.6 千瓦")
    qtbot.wait(10)
    assert requests.count == 0 and text.height() == one_line and text.text() == "最冷时要用电 10.6 千瓦"
    text.setText("最冷时要用电 10.6 千瓦，超过电表/线路的 4.0 千瓦：先找供电所增容、换线，再装（先立后破）")
    qtbot.waitUntil(lambda: text.height() > one_line and requests.count > 0)  # two lines or more: room made
    box.resize(900, 400)  # wider: back to one line
    qtbot.waitUntil(lambda: text.height() == one_line)


def test_a_key_press_puts_new_figures_in_the_form_without_laying_it_out(qtbot, window):
    window.house.area.setText("80")
    settle(qtbot, window)
    before = window.current.demand.text(), window.options.rows["ashp_air_air_lowamb"].warning.text()
    requests = Events(QEvent.Type.LayoutRequest, window.current, window.options, window.form.widget())
    window.house.area.setFocus()
    window.house.area.end(False)
    qtbot.keyClick(window.house.area, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.house.area, Qt.Key.Key_9)  # 89 m² (computed once: the timer waits for the loop)
    settle(qtbot, window)
    requests.count = 0
    qtbot.keyClick(window.house.area, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.house.area, Qt.Key.Key_5)  # 85 m²: new figures, the notice still away
    settle(qtbot, window)
    qtbot.wait(20)
    after = window.current.demand.text(), window.options.rows["ashp_air_air_lowamb"].warning.text()
    assert window.house.area.text() == "85" and window.current.notice.isHidden()
    assert after[0] != before[0] and "9100" in after[0] and after[1] != before[1]
    assert window.options.rows["ashp_air_air_lowamb"].warning.isVisible()
    assert requests.count == 0
