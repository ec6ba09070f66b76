"""Signing in and setting up the first administrator, through the dialogs, on real files."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from dischargeplanner.domain.problems import Problem
from dischargeplanner.sign_in import SignInRefusedError, set_up_ward, sign_in
from dischargeplanner.storage.keyring import TEST_COST
from dischargeplanner.ui.dialogs.sign_in_dialog import RecoveryKeyDialog, SetUpDialog, SignInDialog
from dischargeplanner.ui.texts import problem_text

PASSWORD = "fire vanlige ord her"


def _t(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def test_the_first_administrator_is_made_by_keyboard_and_the_recovery_key_must_be_confirmed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    def set_up(username: str, full_name: str, password: str, repeated: str) -> str:
        return set_up_ward(tmp_path, username, full_name, password, repeated, TEST_COST)[1]

    dialog = SetUpDialog(set_up)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.full_name, "Kari Leder")
    qtbot.keyClicks(dialog.username, "kari")
    qtbot.keyClicks(dialog.password, "kort")
    error = dialog.errors.labels["password"]
    assert error.isVisible()
    assert error.text() == problem_text(Problem.PASSWORD_TOO_SHORT)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.repeated, PASSWORD)
    qtbot.keyClick(dialog.repeated, Qt.Key.Key_Return)
    assert dialog.result() == SetUpDialog.DialogCode.Accepted
    assert dialog.username_made == "kari"
    assert len(dialog.recovery.replace("-", "")) == 32
    assert sign_in(tmp_path, "kari", PASSWORD, cost=TEST_COST)

    shown = RecoveryKeyDialog(dialog.recovery)
    qtbot.addWidget(shown)
    shown.show()
    assert shown.key.text() == dialog.recovery
    assert not shown.ok_button.isEnabled()
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert shown.isVisible()  # not before it is written down
    shown.confirm.setChecked(True)
    assert shown.ok_button.isEnabled()


def test_a_wrong_password_keeps_the_dialog_open_and_says_nothing_about_which_part(
    qtbot: QtBot, tmp_path: Path
) -> None:
    set_up_ward(tmp_path, "kari", "Kari Leder", PASSWORD, PASSWORD, TEST_COST)

    def attempt(username: str, password: str) -> timedelta | None:
        try:
            sign_in(tmp_path, username, password, cost=TEST_COST)
        except SignInRefusedError as refused:
            return refused.wait
        return None

    dialog = SignInDialog("Demoavdelingen", attempt)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "kari")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password, "feil passord")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == _t("SignInDialog", "Wrong user name or password.")
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.signed_in_as == "kari"
