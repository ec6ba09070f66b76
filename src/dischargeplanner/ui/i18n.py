"""The interface language: Bokmål, Nynorsk or English, and the translators that show it.

The UI is written in English in the code and shown through .qm files compiled from
resources/translations/*.ts by `make translations`: ours (dischargeplanner_<language>) and, for the
Norwegian ones, Qt's own buttons and menus (qtbase_<language>). Each person's choice is kept in their
own settings file (View → Language); without one the system's language decides, Bokmål when unsure.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from dischargeplanner.domain.catalogue import standard_catalogue_path
from dischargeplanner.domain.catalogue_texts import Wording, load_wording

_log = logging.getLogger(__name__)

# Qt asks the most recently installed translator first; the order does not matter here
# because our contexts are our own class names and never collide with Qt's.
CATALOGUES = ("dischargeplanner", "qtbase")
# Each language named in itself: whoever cannot read the current one still finds their own.
LANGUAGE_NAMES = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}
DEFAULT_LANGUAGE = "nb"
LANGUAGE_KEY = "ui/language"
_LOCALES = {
    "nb": QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "nn": QLocale(QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
# Qt's own texts are English already.
_QT_OWN = frozenset({"nb", "nn"})
# Like Qt's translators, one for the whole program: set with them.
_WORDING = [Wording()]


def system_language(locale: QLocale | None = None) -> str:
    """The UI language the system's locale asks for; Bokmål when it is neither Nynorsk nor English."""
    language = (locale or QLocale.system()).language()
    if language == QLocale.Language.NorwegianNynorsk:
        return "nn"
    if language == QLocale.Language.English:
        return "en"
    return DEFAULT_LANGUAGE


def current_language() -> str:
    """The language the installed translations show (they set the default locale to match)."""
    return system_language(QLocale())


def chosen_language(ui_state: Path) -> str:
    """This person's choice (their settings file), else the system's language."""
    value = QSettings(str(ui_state), QSettings.Format.IniFormat).value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in LANGUAGE_NAMES else system_language()


def save_language(ui_state: Path, language: str) -> None:
    settings = QSettings(str(ui_state), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


class Translations:
    """The installed translators of one language; switched as a whole when the user chooses another."""

    def __init__(self, app: QCoreApplication, translations_dir: Path) -> None:
        self._app = app
        self._dir = translations_dir
        self.language = ""
        self._installed: list[QTranslator] = []

    def switch(self, language: str) -> None:
        self.clear()
        self._installed = install_translators(self._app, self._dir, language)
        self.language = language

    def clear(self) -> None:
        """Uninstall this language's translators (Qt then falls back on any installed before)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = ""


def wording() -> Wording:
    """How the checklist's stored (Bokmål) texts are shown in the installed language."""
    return _WORDING[0]


def install_translators(
    app: QCoreApplication, translations_dir: Path, language: str = DEFAULT_LANGUAGE
) -> list[QTranslator]:
    """Install every catalogue found for `language` and return the translators; the checklist's
    texts follow too (`wording`).

    The caller must keep the returned list: a QTranslator that is garbage-collected stops
    translating. A missing or unreadable file is logged and skipped, because an English
    button is better than an app that will not start.
    """
    _set_default_locale(language)
    checklist = standard_catalogue_path(translations_dir.parent)
    _WORDING[0] = load_wording(checklist, language) if checklist.is_file() else Wording()
    installed: list[QTranslator] = []
    for catalogue in CATALOGUES:
        if catalogue == "qtbase" and language not in _QT_OWN:
            continue
        translator = _load(app, translations_dir / f"{catalogue}_{language}.qm")
        if translator is not None:
            installed.append(translator)
    return installed


def _load(app: QCoreApplication, path: Path) -> QTranslator | None:
    if not path.is_file():
        _log.warning("translation file %s is missing; those texts stay in English", path)
        return None
    translator = QTranslator(app)
    if not translator.load(str(path)):
        _log.warning("translation file %s could not be read; those texts stay in English", path)
        return None
    if not app.installTranslator(translator):
        _log.warning("translation file %s is empty; those texts stay in English", path)
        return None
    return translator


def _set_default_locale(language: str) -> None:
    """Dates, month names and numbers follow the UI language (e.g. '3. mars 2025')."""
    locale = _LOCALES.get(language)
    if locale is None:
        _log.warning("no locale known for language %r; keeping the system locale", language)
        return
    QLocale.setDefault(locale)
