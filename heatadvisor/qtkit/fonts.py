"""The bundled Chinese font, so text renders on machines that have none.

A fresh Windows or Linux install at a village service point may lack any CJK font, and Qt
then draws boxes, on screen and in the printed advice sheet. resources/fonts/ ships a subset of
Noto Sans CJK SC (SIL OFL 1.1; see resources/fonts/README.md) under its own family name, so that
on a machine with the full Noto CJK fonts installed Qt neither maps those (~13 MB) nor draws
with them instead; registering it makes the family available to widgets and to QPdfWriter,
which embeds it.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from heatadvisor.paths import resource

FAMILY = "HeatAdvisor Noto Sans SC"  # set by tools/make_font_subset.py
FONT_FILES = ("HeatAdvisorNotoSansSC-Regular.otf", "HeatAdvisorNotoSansSC-Bold.otf")
# 五号 (10.5 pt) is the usual Chinese body size; below it hanzi strokes blur at 96 dpi.
MIN_DEFAULT_POINT_SIZE = 10.5
# Glyphs these OpenType features substitute have no Unicode in the font's cmap, and Qt writes
# a PDF's ToUnicode from the cmap: with them on, English digits ('locl' in Noto CJK) and
# "ff"/"fi" ('liga') print fine but vanish from copied or searched text.
UNMAPPED_FEATURES = ("locl", "liga")

_registered_family: str | None = None


class BundledFontError(RuntimeError):
    """The bundled font files are missing or Qt cannot load them: a broken install."""


def register_bundled_fonts() -> str:
    """Register both weights with Qt once and return the family name.

    Needs a QGuiApplication (Qt's font database lives in it). Later calls return the cached name
    without touching the files.
    """
    global _registered_family  # noqa: PLW0603 — registered once per process, then cached
    if _registered_family is not None:
        return _registered_family
    if QGuiApplication.instance() is None:
        raise RuntimeError("register_bundled_fonts() needs a QGuiApplication/QApplication first")
    for name in FONT_FILES:
        path = resource("fonts", name)
        if not path.is_file():
            raise BundledFontError(
                f"bundled font missing: {path} (Chinese text would show as boxes); "
                "reinstall, or rebuild it with tools/make_font_subset.py build"
            )
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise BundledFontError(f"Qt could not load the bundled font {path}")
        families = QFontDatabase.applicationFontFamilies(font_id)
        if FAMILY not in families:
            raise BundledFontError(f"{path} holds {families}, expected {FAMILY!r}")
    _registered_family = FAMILY
    return _registered_family


def apply_app_font(app: QGuiApplication, point_size: float | None = None) -> QFont:
    """Make the bundled family the application default and return the font set.

    ``point_size=None`` keeps the platform's size, raised to at least 10.5 pt; the large-text
    mode passes its own size. Glyphs the subset lacks (e.g. ✔ ✘ ✗) still fall back to system fonts.
    """
    family = register_bundled_fonts()
    font = QFont(app.font())
    font.setFamilies([family])
    if point_size is None:
        point_size = max(font.pointSizeF(), MIN_DEFAULT_POINT_SIZE)  # pointSizeF() is -1 if pixel-sized
    font.setPointSizeF(point_size)
    app.setFont(font)
    return font


def print_font(pixel_size: int, bold: bool = False) -> QFont:
    """The bundled family for paper (sheet, poster, printed charts): sized in pixels of the
    painter's point grid, unhinted, and with the features off that make text unsearchable."""
    font = QFont()
    font.setFamilies([FAMILY])
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    for feature in UNMAPPED_FEATURES:
        font.setFeature(QFont.Tag(feature), 0)
    return font
