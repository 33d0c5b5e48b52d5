"""The guide's pictures of saved consultations (part 四): the history view and the follow-up of
one household, taken by ``take.py guide`` from the real window with records of the shots only.

Kept apart from take.py's README shots (another hand re-takes those); take.py adds these to
its GUIDE_SHOTS, and its README records shots save the same households with ``save_households``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from heatadvisor.records.model import Stage, Usage
from heatadvisor.ui.main_window import MainWindow
from heatadvisor.ui.records.follow_up import FollowUpDialog, seasons

# village, heated area (m²), wall: three households saved at one service point
HOUSEHOLDS = {
    "zh": (("前河村", "90", "brick_240"), ("后店村", "135", "adobe"), ("西沟村", "160", "brick_370")),
    "en": (("Qianhe", "90", "brick_240"), ("Houdian", "135", "adobe"), ("Xigou", "160", "brick_370")),
}
PAPERS_COMPLETE = {"zh": "材料齐全", "en": "papers complete"}
FOLLOWED = (
    (Stage.applied, date(2026, 10, 12)),
    (Stage.village_review, date(2026, 10, 20)),
    (Stage.town_review, date(2026, 11, 2)),
)


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _grab_and_close(dialog: QWidget) -> QPixmap:
    dialog.show()
    _settle()
    picture = dialog.grab()
    dialog.close()
    return picture


def save_households(window: MainWindow) -> str:
    """Three households saved, the last one followed up to the town's review (its id); the README's
    records shots show them too."""
    records, lang = window.records, window.languages.current
    saved = None
    for village, area, wall in HOUSEHOLDS[lang]:
        records.new()
        window.location.village.setText(village)
        window.house.area.setText(area)
        window.house.wall.set_value(wall)
        saved = records.save()
        assert saved is not None, f"{village} was not saved: {window.results.state}"
    assert records.store is not None and saved is not None
    for stage, day in FOLLOWED:
        records.store.add_stage(saved.id, stage, day, PAPERS_COMPLETE[lang] if stage is Stage.applied else "")
    records.store.set_usage(saved.id, seasons(date.today())[0], Usage.normal)
    return saved.id


def history(window: MainWindow) -> QPixmap:
    """打开记录…: the households of ``save_households``. The form is put back as it was, so the
    shots after these show the same household as before."""
    before = window.read_form()[0]
    save_households(window)
    dialog = window.records.history()
    assert dialog is not None and len(dialog.rows) == len(HOUSEHOLDS[window.languages.current])
    picture = _grab_and_close(dialog)
    window.records.fill(before, None)
    window.recompute()
    return picture


def follow_up(window: MainWindow) -> QPixmap:
    """跟进…: the steps of the household followed up in ``history`` (take that shot first)."""
    records = window.records
    assert records.store is not None
    followed = [row.id for row in records.store.search() if row.stage is not None]
    assert len(followed) == 1, "take the history shot first: it saves the households"
    return _grab_and_close(FollowUpDialog(records, followed[0], window))


SHOTS = (("history", history), ("follow_up", follow_up))
