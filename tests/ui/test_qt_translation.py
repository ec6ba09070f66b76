"""Qt's own texts (standard buttons, context menus) show in Bokmål once the translators are in."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit

from dischargeplanner.ui.i18n import install_translators

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
QTBASE_TS = TRANSLATIONS / "qtbase_nb.ts"


def _lrelease() -> Path:
    """pyside6-lrelease of the interpreter running the tests, not whatever is on PATH."""
    suffix = ".exe" if sys.platform == "win32" else ""
    return Path(sys.executable).with_name(f"pyside6-lrelease{suffix}")


def _compiled_qtbase(tmp_path: Path) -> Path:
    """The qtbase_nb.qm that `make translations` built, or a fresh one when it is missing/stale."""
    built = TRANSLATIONS / "qtbase_nb.qm"
    if built.is_file() and built.stat().st_mtime >= QTBASE_TS.stat().st_mtime:
        return built
    target = tmp_path / "qtbase_nb.qm"
    subprocess.run([str(_lrelease()), "-silent", str(QTBASE_TS), "-qm", str(target)], check=True)
    return target


@pytest.fixture
def norwegian(qapp: QApplication, tmp_path: Path) -> Iterator[list[QTranslator]]:
    """Qt's translation installed through our own install_translators; undone afterwards
    because the QApplication and the default locale outlive this test."""
    translations = tmp_path / "translations"
    translations.mkdir()
    shutil.copy(_compiled_qtbase(tmp_path), translations / "qtbase_nb.qm")
    previous_locale = QLocale()
    translators = install_translators(qapp, translations)
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous_locale)


def _plain(text: str) -> str:
    """Menu/button text as read: no '&' accelerator marks, no '\\tCtrl+Z' shortcut suffix."""
    return text.split("\t", 1)[0].replace("&", "")


def test_dialog_button_box_says_ok_and_avbryt(norwegian: list[QTranslator]) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)

    assert len(norwegian) == 1
    assert _plain(ok.text()) == "OK"
    assert _plain(cancel.text()) == "Avbryt"


def test_other_standard_buttons_are_norwegian(norwegian: list[QTranslator]) -> None:
    buttons = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(buttons.Save | buttons.Discard | buttons.Close | buttons.Abort | buttons.Help)

    texts = {_plain(button.text()) for button in box.buttons()}

    assert texts == {"Lagre", "Forkast", "Lukk", "Stopp", "Hjelp"}


def test_message_box_says_ja_and_nei(norwegian: list[QTranslator]) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Tittel", "Spørsmål?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)

    assert _plain(box.button(QMessageBox.StandardButton.Yes).text()) == "Ja"
    assert _plain(box.button(QMessageBox.StandardButton.No).text()) == "Nei"


def test_message_box_details_button_is_norwegian(norwegian: list[QTranslator]) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "Tittel", "Noe gikk galt.")
    box.setDetailedText("Teknisk forklaring")

    texts = {_plain(button.text()) for button in box.buttons()}

    assert "Vis detaljer..." in texts


def test_line_edit_context_menu_is_norwegian(norwegian: list[QTranslator]) -> None:
    line_edit = QLineEdit("tekst")
    menu = line_edit.createStandardContextMenu()

    texts = {_plain(action.text()) for action in menu.actions()}

    assert {"Angre", "Gjør om", "Klipp ut", "Kopier", "Lim inn", "Slett", "Merk alt"} <= texts


def test_text_edit_context_menu_is_norwegian(norwegian: list[QTranslator]) -> None:
    editor = QPlainTextEdit("notat")
    menu = editor.createStandardContextMenu()

    texts = {_plain(action.text()) for action in menu.actions()}

    assert {"Angre", "Kopier", "Lim inn", "Merk alt"} <= texts


def test_default_locale_writes_dates_in_norwegian(norwegian: list[QTranslator]) -> None:
    march = QDate(2025, 3, 3)

    assert QLocale().language() is QLocale.Language.NorwegianBokmal
    assert QLocale().toString(march, "d. MMMM yyyy") == "3. mars 2025"


def test_missing_translation_files_are_logged_not_fatal(
    qapp: QApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    previous_locale = QLocale()
    try:
        with caplog.at_level(logging.WARNING, logger="dischargeplanner.ui.i18n"):
            translators = install_translators(qapp, tmp_path)
    finally:
        QLocale.setDefault(previous_locale)

    assert translators == []
    assert "dischargeplanner_nb.qm" in caplog.text
    assert "qtbase_nb.qm" in caplog.text
