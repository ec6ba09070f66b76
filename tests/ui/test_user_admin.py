"""The administrators' "Users" window, driven by keyboard over a real encrypted ward and key file.

The ward is made by open_test_context: the test user is its first (and only) administrator.
Signing in afterwards goes through the real key file, as at the next start of the program.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from test_walkthrough import focused, press, with_modal

from dischargeplanner.app import Context, user_service
from dischargeplanner.domain.problems import Problem
from dischargeplanner.domain.user_service import UserService
from dischargeplanner.domain.users import Role, User
from dischargeplanner.session import Session
from dischargeplanner.sign_in import SignInRefusedError, sign_in
from dischargeplanner.ui.dialogs.user_dialogs import NewUser, NewUserDialog, PasswordDialog
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.messages import Messages, StandardButton
from dischargeplanner.ui.texts import problem_text
from dischargeplanner.ui.user_admin import (
    COL_CREATED,
    COL_NAME,
    COL_ROLE,
    COL_STATUS,
    INACTIVE_COLOUR,
    UserAdminDialog,
)
from helpers import TEST_PASSWORD, TEST_USER, MakeWindow, context_at

DAY = date(2026, 11, 24)
OLA_PASSWORD = "tre lange ord her"
NEW_PASSWORD = "et nytt langt passord"
STAFF_NAME = "Ola Sosionom"


def _t(source: str, context: str = "UserAdmin") -> str:
    # Whatever language is installed: Bokmål once the .qm has these strings, English until then.
    return QCoreApplication.translate(context, source)


@pytest.fixture
def users(context: Context) -> UserService:
    """The ward's users as the composition root builds them, with the clock stopped on DAY."""
    return user_service(context_at(context, DAY))


def add_ola(users: UserService, password: str = OLA_PASSWORD) -> User:
    return users.add_user("ola", STAFF_NAME, Role.STAFF, password, password, TEST_USER)


def shown(qtbot: QtBot, dialog: QDialog) -> None:
    """On screen and active: keys and shortcuts reach the active window only."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)


def open_admin(qtbot: QtBot, users: UserService) -> UserAdminDialog:
    dialog = UserAdminDialog(users, TEST_USER)
    shown(qtbot, dialog)
    return dialog


def row_texts(dialog: UserAdminDialog, name: str) -> list[str]:
    model = dialog.model
    for row in range(model.rowCount()):
        if model.data(model.index(row, COL_NAME)) == name:
            return [str(model.data(model.index(row, column))) for column in range(model.columnCount())]
    raise AssertionError(f"{name} is not listed")


def select(dialog: UserAdminDialog, username: str) -> None:
    row = dialog.model.row_of(username)
    assert row is not None, f"{username} is not listed"
    dialog.table.setFocus()
    dialog.table.selectRow(row)


def can_sign_in(data_dir: Path, username: str, password: str) -> bool:
    try:
        sign_in(data_dir, username, password)
    except SignInRefusedError:
        return False
    return True


def type_password_twice(qtbot: QtBot, password: str) -> None:
    qtbot.keyClicks(focused(), password)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), password)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def test_an_administrator_adds_a_staff_user_by_keyboard_who_can_then_sign_in(
    context: Context, users: UserService, make_window: MakeWindow, qtbot: QtBot, data_dir: Path
) -> None:
    window = make_window(context)
    window.set_user_admin(users, is_administrator=True)
    assert window.users_action.isEnabled()
    seen: dict[str, object] = {}

    def fill_in(dialog: QDialog) -> None:
        assert isinstance(dialog, NewUserDialog)
        assert focused() is dialog.full_name
        for text in (STAFF_NAME, "Ola"):
            qtbot.keyClicks(focused(), text)
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is dialog.role
        assert dialog.selected_role() is Role.STAFF  # the usual choice is already made
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        type_password_twice(qtbot, OLA_PASSWORD)

    def administer(dialog: QDialog) -> None:
        assert isinstance(dialog, UserAdminDialog)
        seen["before"] = dialog.model.rowCount()
        with_modal(lambda: press(qtbot, dialog.new_button), fill_in)
        seen["ola"] = row_texts(dialog, STAFF_NAME)
        seen["selected"] = dialog.current()
        seen["note"] = dialog.note.text()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)

    with_modal(window.users_action.trigger, administer)

    assert seen["before"] == 1
    assert seen["ola"] == [
        STAFF_NAME,
        "ola",
        _t("Staff"),
        _t("Active"),
        _t("%1 by %2").replace("%1", format_date(DAY)).replace("%2", "Test Bruker"),
    ]
    selected = seen["selected"]
    assert isinstance(selected, User)
    assert selected.username == "ola"
    assert seen["note"] == _t("%1 is added and can sign in as «%2».", "UserAdminDialog").replace(
        "%1", STAFF_NAME
    ).replace("%2", "ola")
    assert sign_in(data_dir, "ola", OLA_PASSWORD) == context.key


def test_a_short_password_or_a_taken_name_is_said_under_its_field_and_nothing_typed_is_lost(
    users: UserService, qtbot: QtBot, data_dir: Path
) -> None:
    added: list[User] = []

    def add(new: NewUser) -> User:
        user = users.add_user(new.username, new.full_name, new.role, new.password, new.repeated, TEST_USER)
        added.append(user)
        return user

    dialog = NewUserDialog(add)
    shown(qtbot, dialog)
    qtbot.keyClicks(dialog.full_name, "Kari Leder")
    qtbot.keyClicks(dialog.username, TEST_USER)
    dialog.role.setCurrentIndex(dialog.role.findData(str(Role.ADMINISTRATOR)))
    qtbot.keyClicks(dialog.password, "kort")
    qtbot.keyClicks(dialog.repeated, "kort")
    qtbot.keyClick(dialog.repeated, Qt.Key.Key_Return)

    assert dialog.isVisible()
    password_error = dialog.errors.labels["password"]
    assert password_error.isVisible()
    assert password_error.text() == problem_text(Problem.PASSWORD_TOO_SHORT)
    assert focused() is dialog.password
    kept = (dialog.full_name.text(), dialog.username.text(), dialog.selected_role(), dialog.password.text())
    assert kept == ("Kari Leder", TEST_USER, Role.ADMINISTRATOR, "kort")

    # Long enough now, but the name is taken: the service says so under the user name.
    dialog.password.clear()
    dialog.repeated.clear()
    qtbot.keyClicks(dialog.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.repeated, NEW_PASSWORD)
    assert not password_error.isVisible()
    qtbot.keyClick(dialog.repeated, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.labels["username"].text() == problem_text(Problem.USERNAME_TAKEN)
    assert dialog.errors.labels["username"].isVisible()
    assert focused() is dialog.username
    assert (dialog.full_name.text(), dialog.password.text(), dialog.repeated.text()) == (
        "Kari Leder",
        NEW_PASSWORD,
        NEW_PASSWORD,
    )
    assert added == []

    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "kari")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.added is not None
    assert (dialog.added.username, dialog.added.role) == ("kari", Role.ADMINISTRATOR)
    assert can_sign_in(data_dir, "kari", NEW_PASSWORD)


def test_a_new_password_replaces_the_old_one(users: UserService, qtbot: QtBot, data_dir: Path) -> None:
    add_ola(users)
    dialog = open_admin(qtbot, users)
    select(dialog, "ola")

    def new_password(password_dialog: QDialog) -> None:
        assert isinstance(password_dialog, PasswordDialog)
        assert focused() is password_dialog.password
        qtbot.keyClicks(focused(), NEW_PASSWORD)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), NEW_PASSWORD + "x")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        different = password_dialog.errors.labels["repeated"]
        assert different.isVisible()
        assert different.text() == problem_text(Problem.PASSWORDS_DIFFER)
        qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, dialog.password_button), new_password)

    assert not can_sign_in(data_dir, "ola", OLA_PASSWORD)
    assert can_sign_in(data_dir, "ola", NEW_PASSWORD)
    assert dialog.note.isVisible()
    assert STAFF_NAME in dialog.note.text()


def test_deactivating_asks_first_and_the_user_stays_listed_but_cannot_sign_in(
    users: UserService, qtbot: QtBot, data_dir: Path, answers: list[tuple[str, str]]
) -> None:
    add_ola(users)
    dialog = open_admin(qtbot, users)
    select(dialog, "ola")

    Messages.prepared_answers = [StandardButton.No]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert len(answers) == 1
    assert answers[0][0] == _t("Deactivate user", "UserAdminDialog")
    assert STAFF_NAME in answers[0][1]
    assert can_sign_in(data_dir, "ola", OLA_PASSWORD)  # No changed nothing

    Messages.prepared_answers = [StandardButton.Yes]
    press(qtbot, dialog.deactivate_button)
    assert len(answers) == 2
    assert not can_sign_in(data_dir, "ola", OLA_PASSWORD)
    assert row_texts(dialog, STAFF_NAME)[COL_STATUS] == _t("Deactivated")
    row = dialog.model.row_of("ola")
    assert row is not None
    brush = dialog.model.data(dialog.model.index(row, COL_NAME), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush)
    assert brush.color().name() == INACTIVE_COLOUR
    assert dialog.current() is not None
    assert not dialog.password_button.isEnabled()
    assert not dialog.deactivate_button.isEnabled()
    assert dialog.reactivate_button.isEnabled()

    # Back again, only with a new password.
    def activate(password_dialog: QDialog) -> None:
        assert isinstance(password_dialog, PasswordDialog)
        type_password_twice(qtbot, NEW_PASSWORD)

    with_modal(lambda: press(qtbot, dialog.reactivate_button), activate)
    assert row_texts(dialog, STAFF_NAME)[COL_STATUS] == _t("Active")
    assert can_sign_in(data_dir, "ola", NEW_PASSWORD)
    assert not can_sign_in(data_dir, "ola", OLA_PASSWORD)


def test_the_last_administrator_can_be_neither_deactivated_nor_made_staff(
    users: UserService, qtbot: QtBot, data_dir: Path, answers: list[tuple[str, str]]
) -> None:
    dialog = open_admin(qtbot, users)
    select(dialog, TEST_USER)
    last = problem_text(Problem.LAST_ADMINISTRATOR)

    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert answers == []  # refused before asking anything
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == last

    dialog.problem.hide()  # so that the next refusal is seen to be said anew
    assert dialog.role_button.text() == _t("Make &staff user", "UserAdminDialog")
    press(qtbot, dialog.role_button)
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == last  # the service's refusal
    assert row_texts(dialog, "Test Bruker")[COL_ROLE:COL_CREATED] == [_t("Administrator"), _t("Active")]
    assert can_sign_in(data_dir, TEST_USER, TEST_PASSWORD)


def test_an_administrator_who_makes_themselves_staff_loses_the_users_window(
    context: Context,
    users: UserService,
    make_window: MakeWindow,
    qtbot: QtBot,
    answers: list[tuple[str, str]],
) -> None:
    users.add_user("kari", "Kari Leder", Role.ADMINISTRATOR, NEW_PASSWORD, NEW_PASSWORD, TEST_USER)
    window = make_window(context)
    window.set_user_admin(users, is_administrator=True)

    def make_myself_staff(dialog: QDialog) -> None:
        assert isinstance(dialog, UserAdminDialog)
        select(dialog, TEST_USER)
        press(qtbot, dialog.role_button)

    with_modal(window.users_action.trigger, make_myself_staff)

    assert answers[-1][0] == _t("No longer an administrator", "UserAdminDialog")
    assert not window.users_action.isEnabled()
    assert not window.can_view_access_log
    me = users.user(TEST_USER)
    assert me is not None
    assert me.role is Role.STAFF


def test_a_staff_users_window_has_the_users_action_disabled(
    context: Context, users: UserService, make_window: MakeWindow, data_dir: Path
) -> None:
    add_ola(users, TEST_PASSWORD)
    admin, staff = Session(data_dir), Session(data_dir)
    try:
        assert admin.attempt(TEST_USER, TEST_PASSWORD) is None
        assert isinstance(admin.users(), UserService)
        assert staff.attempt("ola", TEST_PASSWORD) is None
        assert staff.users() is None
        window = make_window(staff.opened())
        window.set_user_admin(staff.users(), staff.is_administrator())
        assert not window.users_action.isEnabled()
        window.accounts.show_users()  # even called directly, nothing opens
        assert window.isActiveWindow()
    finally:
        admin.close()
        staff.close()


def test_the_user_list_is_a_sound_model(users: UserService, qtbot: QtBot, qtmodeltester: object) -> None:
    add_ola(users)
    users.deactivate("ola", TEST_USER)
    dialog = open_admin(qtbot, users)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    dialog.model.sort(COL_STATUS, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
