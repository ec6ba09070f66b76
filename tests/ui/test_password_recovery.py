"""A forgotten password and a user changing their own: the sign-in dialog's «Glemt passordet?»
with the ward's recovery key, and File → Bytt passord. Real key file and encrypted database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from test_user_admin import can_sign_in, shown
from test_walkthrough import focused, with_modal

from dischargeplanner import paths
from dischargeplanner.app import open_context, user_service
from dischargeplanner.domain.problems import Problem
from dischargeplanner.domain.users import Role
from dischargeplanner.session import Session
from dischargeplanner.sign_in import set_up_ward
from dischargeplanner.storage.audit import audit_trail
from dischargeplanner.storage.db import encrypted_connector, open_database
from dischargeplanner.storage.keyring import TEST_COST
from dischargeplanner.ui.dialogs.sign_in_dialog import RecoveryDialog, SignInDialog
from dischargeplanner.ui.dialogs.user_dialogs import OwnPasswordDialog
from dischargeplanner.ui.texts import problem_text
from helpers import MakeWindow

KARI_PASSWORD = "fire vanlige ord her"
OLA_PASSWORD = "tre lange ord her"
NEW_PASSWORD = "et nytt langt passord"


def _ward(data_dir: Path) -> str:
    """Kari (administrator) and Ola (staff); returns the recovery key printed at setup."""
    key, recovery = set_up_ward(data_dir, "kari", "Kari Leder", KARI_PASSWORD, KARI_PASSWORD, TEST_COST)
    context = open_context(data_dir, "kari", key)
    try:
        user_service(context).add_user("ola", "Ola Sosionom", Role.STAFF, OLA_PASSWORD, OLA_PASSWORD, "kari")
    finally:
        context.close()
    return recovery


def _retype(qtbot: QtBot, field: object, text: str) -> None:
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


def test_an_administrator_who_forgot_the_password_sets_a_new_one_with_the_recovery_key(
    qtbot: QtBot, tmp_path: Path
) -> None:
    recovery = _ward(tmp_path)
    session = Session(tmp_path)
    dialog = SignInDialog("Avdeling Test", session.attempt, recover=session.recover)
    shown(qtbot, dialog)
    qtbot.keyClicks(dialog.username, "kari")
    assert dialog.forgotten.isVisible()

    def recover(opened: QDialog) -> None:
        assert isinstance(opened, RecoveryDialog)
        assert opened.username.text() == "kari"  # carried over from the sign-in dialog
        assert focused() is opened.key
        qtbot.keyClicks(opened.key, "ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456-789A")
        _retype(qtbot, opened.username, "kari")
        qtbot.keyClicks(opened.password, NEW_PASSWORD)
        qtbot.keyClicks(opened.repeated, NEW_PASSWORD)
        qtbot.keyClick(opened.repeated, Qt.Key.Key_Return)
        assert opened.isVisible()
        assert opened.errors.labels["recovery_key"].text() == problem_text(Problem.RECOVERY_KEY_WRONG)
        assert opened.password.text() == NEW_PASSWORD  # nothing typed is lost

        # The right key, typed back in small letters without dashes, but for a staff user.
        _retype(qtbot, opened.key, recovery.replace("-", "").lower())
        _retype(qtbot, opened.username, "ola")
        qtbot.keyClick(opened.username, Qt.Key.Key_Return)
        assert opened.isVisible()
        assert opened.errors.labels["username"].text() == problem_text(Problem.RECOVERY_ADMINISTRATORS_ONLY)

        _retype(qtbot, opened.username, "kari")
        qtbot.keyClick(opened.username, Qt.Key.Key_Return)

    try:
        with_modal(dialog.forgotten.click, recover)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.signed_in_as == "kari"
        assert session.opened().user == "kari"
        assert can_sign_in(tmp_path, "kari", NEW_PASSWORD)
        assert not can_sign_in(tmp_path, "kari", KARI_PASSWORD)
        assert can_sign_in(tmp_path, "ola", OLA_PASSWORD)  # nobody else's password changed
        trail = [(row.user, row.action) for row in audit_trail(session.opened().conn)]
        assert trail[-1] == ("kari", "user.recover")
    finally:
        session.close()


def test_a_user_changes_their_own_password_after_giving_the_current_one(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    _ward(tmp_path)
    session = Session(tmp_path)
    try:
        assert session.attempt("ola", OLA_PASSWORD) is None  # staff: no administrator needed
        window = make_window(session.opened())
        window.accounts.set_own_password(session.change_password)
        assert window.password_action.isEnabled()

        def change(opened: QDialog) -> None:
            assert isinstance(opened, OwnPasswordDialog)
            qtbot.keyClicks(opened.current, "ikke mitt passord")
            qtbot.keyClicks(opened.password, NEW_PASSWORD)
            qtbot.keyClicks(opened.repeated, NEW_PASSWORD)
            qtbot.keyClick(opened.repeated, Qt.Key.Key_Return)
            assert opened.isVisible()
            assert opened.errors.labels["current"].text() == problem_text(Problem.CURRENT_PASSWORD_WRONG)
            assert opened.repeated.text() == NEW_PASSWORD
            _retype(qtbot, opened.current, OLA_PASSWORD)
            qtbot.keyClick(opened.current, Qt.Key.Key_Return)

        with_modal(window.password_action.trigger, change)
        assert can_sign_in(tmp_path, "ola", NEW_PASSWORD)
        assert not can_sign_in(tmp_path, "ola", OLA_PASSWORD)
        assert can_sign_in(tmp_path, "kari", KARI_PASSWORD)
        conn = open_database(paths.database_path(tmp_path), encrypted_connector(session.opened().key))
        try:
            trail = [(row.user, row.action, row.detail) for row in audit_trail(conn)]
        finally:
            conn.close()
        assert trail[-1] == ("ola", "user.password", "ola")
    finally:
        session.close()


def test_a_window_without_a_signed_in_user_offers_no_password_change(
    make_window: MakeWindow, context: object
) -> None:
    window = make_window(context)  # type: ignore[arg-type]
    assert not window.password_action.isEnabled()
    window.accounts.change_password()  # even called directly, nothing opens
    assert window.isActiveWindow()
