"""The service point's own settings: language, large text, who works here, the home county.

Stored in an INI file in ``heatadvisor.paths.config_dir()``, resolved when the app starts, not
at import; tests and portable installs pass their own folder (or set ``HEATADVISOR_CONFIG_DIR``
or ``HEATADVISOR_DATA_DIR``) so they never touch the real one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from heatadvisor.paths import config_dir

LANGUAGES = ("zh", "en")
DEFAULT_PROVINCE = "山东省"
DEFAULT_COUNTY = "莒县"
NORMAL_POINT_SIZE = 10.5
LARGE_POINT_SIZE = 15.0


class AppSettings:
    """Typed access to the few settings the window keeps between sessions."""

    def __init__(self, folder: Path | None = None):
        path = (folder or config_dir()) / "settings.ini"
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> str:
        return self._qs.fileName()

    def _text(self, key: str, default: str) -> str:
        value = self._qs.value(key, default)
        return value if isinstance(value, str) and value else default

    def _set(self, key: str, value: object) -> None:
        self._qs.setValue(key, value)
        self._qs.sync()

    @property
    def language(self) -> str:
        value = self._text("language", "zh")
        return value if value in LANGUAGES else "zh"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}")
        self._set("language", value)

    @property
    def large_text(self) -> bool:
        return self._text("large_text", "false") == "true"

    @large_text.setter
    def large_text(self, value: bool) -> None:
        self._set("large_text", "true" if value else "false")

    @property
    def point_size(self) -> float:
        return LARGE_POINT_SIZE if self.large_text else NORMAL_POINT_SIZE

    @property
    def service_point(self) -> str:
        return self._text("service_point", "")

    @service_point.setter
    def service_point(self, value: str) -> None:
        self._set("service_point", value.strip())

    @property
    def staff_name(self) -> str:
        return self._text("staff_name", "")

    @staff_name.setter
    def staff_name(self, value: str) -> None:
        self._set("staff_name", value.strip())

    @property
    def home_place(self) -> tuple[str, str]:
        """(province, county) the service point serves: the default of every new consultation."""
        return self._text("home_province", DEFAULT_PROVINCE), self._text("home_county", DEFAULT_COUNTY)

    @home_place.setter
    def home_place(self, place: tuple[str, str]) -> None:
        self._set("home_province", place[0])
        self._set("home_county", place[1])
