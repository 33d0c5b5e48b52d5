"""How states (invalid, edited, waiting) and label roles look: colour, weight and border.
Sizes stay out of it so the large-text mode (the application font) scales everything.

No style sheet sits on the whole window: it put every widget (~660) through Qt's style-sheet
machinery, ~6 MB of RSS and a slower start, for rules that match a few. Label roles are a
palette colour and a bold font instead (drawn the same); the rules that need a style sheet
(borders, backgrounds, padding) sit on the banner, the subsidy cards and the inputs once first
marked (on each of ~60 inputs from the start they held ~1 MB; unmarked, they draw the same).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

ROLES: dict[str, tuple[str | None, bool]] = {  # object name → (text colour, bold)
    "hint": ("#555555", False),
    "error": ("#b00020", True),
    "warning": ("#a04000", False),
    "summary": (None, True),
    "headline": ("#8a1c1c", True),
    "close_call": (None, False),
}

# On an input of a form from its first mark; ``mark`` sets the states (both can hold).
FIELD_STYLE = """
*[invalid="true"] { border: 2px solid #b00020; }
QLineEdit[edited="true"] { background: #fff4d6; }
"""

# On the results' banner; its "state" property picks the look.
BANNER_STYLE = """
QLabel#banner { padding: 6px; border-radius: 3px; }
QLabel#banner[state="waiting"] { background: #fdecea; color: #8a1c1c; font-weight: bold; }
QLabel#banner[state="failed"] { background: #8a1c1c; color: white; }
QLabel#banner[state="loading"] { background: #eef3f8; color: #24496b; }
"""

# On the list of subsidy cards; a card's "status" property picks its border.
CARD_STYLE = """
QFrame[status="eligible"] { border: 1px solid #229954; }
QFrame[status="needs_info"] { border: 1px solid #d68910; }
"""


def set_role(label: QWidget, role: str) -> None:
    """Name ``label`` (a QLabel, or a widget that paints text) after its role (hint, error, …) and give it that
    role's colour and weight."""
    label.setObjectName(role)
    colour, bold = ROLES[role]
    if colour is not None:
        palette = QPalette()  # only these roles set: the rest follows the parent
        for part in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(part, QColor(colour))
        label.setPalette(palette)
    if bold:
        font = QFont()  # only the weight set: family and size follow the parent (large text)
        font.setBold(True)
        label.setFont(font)


def mark(widget: QWidget, state: str, on: bool) -> None:
    """Set an input's ``state`` ("invalid", "edited") property and restyle it; FIELD_STYLE goes on
    it the first time a state is on (setting it polishes the input)."""
    widget.setProperty(state, on)
    if widget.styleSheet():
        restyle(widget)
    elif on:
        widget.setStyleSheet(FIELD_STYLE)


def follow_app_font(root: QWidget) -> None:
    """Widgets under a style sheet keep the font they were polished with when the application
    font changes (large text); polishing them again gives them the new one."""
    for widget in root.findChildren(QWidget):
        if widget.testAttribute(Qt.WidgetAttribute.WA_StyleSheet):
            restyle(widget)


def restyle(widget: QWidget) -> None:
    """Re-read the style sheet after a property it selects on has changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
