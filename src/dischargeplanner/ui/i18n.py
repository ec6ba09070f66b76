"""Loads the Norwegian translations: ours (dischargeplanner_nb) and Qt's own (qtbase_nb).

The UI is written in English in the code and shown in Bokmål through these .qm files
(compiled from resources/translations/*.ts by `make translations`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

_log = logging.getLogger(__name__)

# Qt asks the most recently installed translator first; the order does not matter here
# because our contexts are our own class names and never collide with Qt's.
CATALOGUES = ("dischargeplanner", "qtbase")
_LOCALES = {"nb": QLocale.Language.NorwegianBokmal}


def install_translators(
    app: QCoreApplication, translations_dir: Path, language: str = "nb"
) -> list[QTranslator]:
    """Install every catalogue found for `language` and return the translators.

    The caller must keep the returned list: a QTranslator that is garbage-collected stops
    translating. A missing or unreadable file is logged and skipped, because an English
    button is better than an app that will not start.
    """
    _set_default_locale(language)
    installed: list[QTranslator] = []
    for catalogue in CATALOGUES:
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
    qt_language = _LOCALES.get(language)
    if qt_language is None:
        _log.warning("no locale known for language %r; keeping the system locale", language)
        return
    QLocale.setDefault(QLocale(qt_language, QLocale.Country.Norway))
