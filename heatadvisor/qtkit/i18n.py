"""Language switching through Qt's translation system.

Chinese is the source language: every ``tr()`` string in the code is the Chinese text, and
``resources/translations/heatadvisor_en.qm`` carries the English. Qt's own dialogs and buttons
come from ``qtbase_<lang>.qm`` in PySide6's translations folder. Installing or removing a
translator makes Qt send every widget a LanguageChange event; widgets re-read their texts then.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from heatadvisor.paths import resource

QT_LOCALES = {"zh": "zh_CN", "en": "en"}


class TranslationError(RuntimeError):
    """A shipped translation file is missing or unreadable: a broken install."""


class Languages:
    """Owns the installed translators; ``switch()`` changes the language of the running app."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._installed: list[QTranslator] = []
        self.current = "zh"

    def switch(self, language: str) -> None:
        if language not in QT_LOCALES:
            raise ValueError(f"unknown language {language!r}")
        translators = [
            self._load(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{QT_LOCALES[language]}")
        ]
        if language != "zh":
            translators.append(self._load(str(resource("translations")), f"heatadvisor_{language}"))
        for old in self._installed:
            self._app.removeTranslator(old)
        self.current = language
        QLocale.setDefault(QLocale(QT_LOCALES[language]))
        for translator in translators:
            self._app.installTranslator(translator)
        self._installed = translators

    @staticmethod
    def _load(folder: str, name: str) -> QTranslator:
        translator = QTranslator()
        if not translator.load(name, folder):
            raise TranslationError(f"cannot load translation {name}.qm from {folder}")
        return translator
