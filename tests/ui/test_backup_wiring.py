"""Backups as the program wires them: the administrator's File → Backups…, choosing one to
restore, the session putting it in place with the ward closed and opening it again, and the
command line's `backup` and `restore`. Real encrypted ward and files."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from test_walkthrough import press, with_modal

from dischargeplanner import paths
from dischargeplanner.app import Context, user_service
from dischargeplanner.cli import PASSWORD_VARIABLE, USER_VARIABLE, main
from dischargeplanner.domain.model import Patient
from dischargeplanner.domain.users import Role
from dischargeplanner.session import Session
from dischargeplanner.storage.audit import audit_trail
from dischargeplanner.ui.backup_dialog import BackupDialog
from dischargeplanner.ui.messages import Messages, StandardButton
from helpers import TEST_PASSWORD, TEST_USER, MakeDraft, MakeWindow, open_test_context, service_at
from synthetic import make_fodselsnummer

DAY = date(2026, 11, 24)


def _add_plan(context: Context, make_draft: MakeDraft, name: str) -> None:
    draft = make_draft(
        patient=Patient(name, make_fodselsnummer(date(1979, 4, 12))),
        admission=DAY - timedelta(days=10),
        planned_discharge=DAY + timedelta(days=40),
    )
    service_at(context, DAY).start_plan(draft, TEST_USER)


def _names(context: Context) -> list[str]:
    return sorted(plan.patient_name for plan in context.service.list_plans())


@pytest.fixture
def session(context: Context, data_dir: Path) -> Session:
    """The test user (the ward's first administrator) signed in as the window does it."""
    context.close()
    signed_in = Session(data_dir)
    assert signed_in.attempt(TEST_USER, TEST_PASSWORD) is None
    return signed_in


def test_an_administrator_restores_a_backup_and_the_ward_opens_with_it(
    session: Session, make_draft: MakeDraft, make_window: MakeWindow, qtbot: QtBot, data_dir: Path
) -> None:
    try:
        _add_plan(session.opened(), make_draft, "Testperson Demo")
        access = session.backups()
        assert access is not None
        backup = access.make()
        assert backup.plan_count == 1
        _add_plan(session.opened(), make_draft, "Testperson Etter")
        window = make_window(session.opened())
        window.accounts.set_backups(access)
        assert window.accounts.backups_action.isEnabled()
        chosen: list[bool] = []
        window.accounts.restore_chosen.connect(lambda: chosen.append(True))

        def restore(dialog: QDialog) -> None:
            assert isinstance(dialog, BackupDialog)
            dialog.table.selectRow(0)
            Messages.prepared_answers = [StandardButton.Yes]
            press(qtbot, dialog.restore_button)

        with_modal(window.accounts.backups_action.trigger, restore)
        assert chosen == [True]
        # What the application does next: the window stores what is typed, the session restores.
        window.store_pending()
        window.close()
        assert session.restore_chosen() is None
        assert _names(session.opened()) == ["Testperson Demo"]
        trail = audit_trail(session.opened().conn)
        assert (trail[-1].user, trail[-1].action) == (TEST_USER, "backup.restore")
        assert "før-gjenoppretting" in trail[-1].detail
        set_aside = [
            p
            for p in data_dir.iterdir()
            if "før-gjenoppretting" in p.name and not p.name.endswith(("-wal", "-shm"))
        ]
        assert set_aside, "the database from before is kept"
    finally:
        session.close()


def test_a_backup_that_cannot_be_restored_leaves_the_ward_as_it_was(
    session: Session, make_draft: MakeDraft
) -> None:
    try:
        _add_plan(session.opened(), make_draft, "Testperson Demo")
        access = session.backups()
        assert access is not None
        backup = access.make()
        backup.path.write_bytes(backup.path.read_bytes()[:5000])  # truncated on the disk since
        access.choose(backup)
        problem = session.restore_chosen()
        assert problem is not None
        assert _names(session.opened()) == ["Testperson Demo"]
    finally:
        session.close()


def test_staff_get_no_backups(session: Session, data_dir: Path) -> None:
    try:
        user_service(session.opened()).add_user(
            "ola", "Ola Sosionom", Role.STAFF, "tre lange ord her", "tre lange ord her", TEST_USER
        )
        staff = Session(data_dir)
        assert staff.attempt("ola", "tre lange ord her") is None
        try:
            assert staff.backups() is None
        finally:
            staff.close()
    finally:
        session.close()


def test_the_command_line_takes_a_backup_and_restores_it(
    data_dir: Path, make_draft: MakeDraft, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(USER_VARIABLE, TEST_USER)
    monkeypatch.setenv(PASSWORD_VARIABLE, TEST_PASSWORD)
    context = open_test_context(data_dir)
    _add_plan(context, make_draft, "Testperson Demo")
    context.close()
    assert main(["backup", "--data-dir", str(data_dir)]) == 0
    taken = capsys.readouterr().out
    backups = sorted(paths.backup_dir(data_dir).glob("dischargeplanner-*.db"))
    assert len(backups) == 1
    assert str(backups[0]) in taken
    assert "(1 planer)" in taken

    context = open_test_context(data_dir)
    _add_plan(context, make_draft, "Testperson Etter")
    context.close()
    assert main(["restore", str(backups[0]), "--data-dir", str(data_dir)]) == 0
    said = capsys.readouterr().out
    assert "lagt til side" in said
    context = open_test_context(data_dir)
    try:
        assert _names(context) == ["Testperson Demo"]
        assert audit_trail(context.conn)[-1].action == "backup.restore"
    finally:
        context.close()
    monkeypatch.setenv(PASSWORD_VARIABLE, "feil passord her")
    assert main(["restore", str(backups[0]), "--data-dir", str(data_dir)]) == 4


def _users(context: Context) -> dict[str, tuple[str, Role, bool]]:
    return {user.username: (user.full_name, user.role, user.active) for user in user_service(context).users()}


def test_logins_are_not_rolled_back_by_a_restore_and_every_one_stays_visible(
    session: Session, data_dir: Path
) -> None:
    """The key file is not restored: a user added after the backup can still sign in, so the
    administrators must still see them (to deactivate them); one deactivated since stays so."""
    try:
        users = user_service(session.opened())
        users.add_user("per", "Per Pleier", Role.STAFF, "tre lange ord her", "tre lange ord her", TEST_USER)
        access = session.backups()
        assert access is not None
        backup = access.make()
        users.add_user(
            "ola", "Ola Sosionom", Role.STAFF, "fire lange ord her", "fire lange ord her", TEST_USER
        )
        users.deactivate("per", TEST_USER)
        access.choose(backup)
        assert session.restore_chosen() is None
        assert _users(session.opened()) == {
            TEST_USER: (_users(session.opened())[TEST_USER][0], Role.ADMINISTRATOR, True),
            "ola": ("Ola Sosionom", Role.STAFF, True),
            "per": ("Per Pleier", Role.STAFF, False),
        }
        assert session.is_administrator()
        trail = [entry for entry in audit_trail(session.opened().conn) if entry.action == "user.restore"]
        assert sorted(entry.detail for entry in trail) == [
            "ola (som før gjenopprettingen)",
            "per (som før gjenopprettingen)",
        ]
        ola = Session(data_dir)
        try:
            assert ola.attempt("ola", "fire lange ord her") is None
            assert ola.full_name() == "Ola Sosionom"
        finally:
            ola.close()
    finally:
        session.close()


def test_a_restore_over_a_damaged_database_lists_every_login_from_the_key_file(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(USER_VARIABLE, TEST_USER)
    monkeypatch.setenv(PASSWORD_VARIABLE, TEST_PASSWORD)
    context = open_test_context(data_dir)
    context.close()
    assert main(["backup", "--data-dir", str(data_dir)]) == 0
    backup = sorted(paths.backup_dir(data_dir).glob("dischargeplanner-*.db"))[0]
    context = open_test_context(data_dir)
    user_service(context).add_user(
        "ola", "Ola Sosionom", Role.STAFF, "fire lange ord her", "fire lange ord her", TEST_USER
    )
    context.close()
    database = paths.database_path(data_dir)
    data = bytearray(database.read_bytes())
    data[4096:] = bytes(len(data) - 4096)  # every page after the first wiped: unreadable
    database.write_bytes(bytes(data))
    assert main(["restore", str(backup), "--data-dir", str(data_dir)]) == 0, capsys.readouterr().err
    context = open_test_context(data_dir)
    try:
        # Her name and role were in the damaged database only: she is shown by her user name, as staff.
        assert _users(context)["ola"] == ("ola", Role.STAFF, True)
    finally:
        context.close()
