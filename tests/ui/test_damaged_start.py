"""A damaged database at start: after signing in, the program says what is wrong and offers the
newest good backup; the damaged file is set aside, never overwritten. Also `dischargeplanner check`
and the refusal of a data folder on a network share. Real encrypted ward, real damaged files."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dischargeplanner import paths
from dischargeplanner.cli import PASSWORD_VARIABLE, USER_VARIABLE, main
from dischargeplanner.domain.model import Patient
from dischargeplanner.session import Session
from dischargeplanner.storage import location
from dischargeplanner.storage.audit import audit_trail
from dischargeplanner.storage.backup import make_backup
from dischargeplanner.ui.application import BackgroundCheck, restored_after_damage
from dischargeplanner.ui.messages import Messages, StandardButton
from helpers import TEST_PASSWORD, TEST_USER, MakeDraft, open_test_context, service_at
from synthetic import make_fodselsnummer

DAY = date(2026, 11, 24)


def _t(source: str) -> str:
    return QCoreApplication.translate("SignInFlow", source)


def _ward(data_dir: Path, make_draft: MakeDraft, *, backup: bool) -> bytes:
    """A ward with one plan (backed up when asked), then its database cut in half: the bytes."""
    context = open_test_context(data_dir)
    draft = make_draft(
        patient=Patient("Testperson Demo", make_fodselsnummer(date(1984, 2, 9))),
        admission=DAY - timedelta(days=5),
        planned_discharge=DAY + timedelta(days=30),
    )
    service_at(context, DAY).start_plan(draft, TEST_USER)
    if backup:
        make_backup(context.conn, paths.backup_dir(data_dir), context.clock(), context.key)
    context.close()
    database = paths.database_path(data_dir)
    damaged = database.read_bytes()[: database.stat().st_size // 2]
    database.write_bytes(damaged)
    return damaged


def _signed_in(data_dir: Path) -> Session:
    session = Session(data_dir)
    assert session.attempt(TEST_USER, TEST_PASSWORD) is None  # the password is right
    return session


def test_a_damaged_database_is_set_aside_and_the_newest_good_backup_opened(
    data_dir: Path, make_draft: MakeDraft, answers: list[tuple[str, str]], qapp: QApplication
) -> None:
    damaged = _ward(data_dir, make_draft, backup=True)
    session = _signed_in(data_dir)
    try:
        damage = session.damage()
        assert damage is not None
        assert damage.newest_backup is not None
        assert damage.description.strip()
        Messages.prepared_answers = [StandardButton.Yes]
        assert restored_after_damage(damage, session.restore_newest)
        assert answers[0][0] == _t("The database is damaged")
        assert damage.description in answers[0][1]
        assert [plan.patient_name for plan in session.opened().service.list_plans()] == ["Testperson Demo"]
        assert audit_trail(session.opened().conn)[-1].action == "backup.restore"
        aside = [p for p in data_dir.iterdir() if "før-gjenoppretting" in p.name]
        assert [p.read_bytes() for p in aside] == [damaged]  # kept as it was, not overwritten
    finally:
        session.close()


def test_saying_no_or_having_no_backup_changes_nothing(
    data_dir: Path, make_draft: MakeDraft, answers: list[tuple[str, str]], qapp: QApplication
) -> None:
    damaged = _ward(data_dir, make_draft, backup=False)
    session = _signed_in(data_dir)
    try:
        damage = session.damage()
        assert damage is not None
        assert damage.newest_backup is None
        assert not restored_after_damage(damage, session.restore_newest)
        assert answers[-1][0] == _t("The database is damaged")
        assert paths.database_path(data_dir).read_bytes() == damaged
    finally:
        session.close()


def test_the_check_command_reports_health_and_damage(
    data_dir: Path, make_draft: MakeDraft, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(USER_VARIABLE, TEST_USER)
    monkeypatch.setenv(PASSWORD_VARIABLE, TEST_PASSWORD)
    open_test_context(data_dir).close()
    assert main(["check", "--data-dir", str(data_dir)]) == 0
    assert "Databasen er i orden" in capsys.readouterr().out
    damaged = _ward(data_dir, make_draft, backup=False)
    assert main(["check", "--data-dir", str(data_dir)]) == 3
    assert capsys.readouterr().out.strip()
    assert paths.database_path(data_dir).read_bytes() == damaged  # the check only reads


def test_a_data_folder_on_a_network_share_is_refused(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # This machine has no network share: the mount table says the folder is on one.
    real = location.network_share_problem
    monkeypatch.setattr(
        location,
        "network_share_problem",
        lambda path: real(path, platform="linux", mounts=lambda: [location.Mount(str(data_dir), "cifs")]),
    )
    assert main(["list", "--data-dir", str(data_dir)]) == 6
    said = capsys.readouterr().err
    assert said.strip()
    assert not data_dir.exists()  # nothing was made there


def _damage_in_place(data_dir: Path, session: Session) -> None:
    """Pages in the middle of the open database overwritten, as a failing disk would."""
    session.opened().conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database = paths.database_path(data_dir)
    with database.open("r+b") as file:
        file.seek(4096 * 2)
        file.write(b"\xa5" * 4096 * 2)


def test_the_check_on_every_start_finds_nothing_in_a_whole_ward(
    data_dir: Path, make_draft: MakeDraft, qapp: QApplication
) -> None:
    context = open_test_context(data_dir)
    service_at(context, DAY).start_plan(make_draft(), TEST_USER)
    context.close()
    session = _signed_in(data_dir)
    try:
        assert session.quick_check() is None
    finally:
        session.close()


def test_damage_found_while_open_is_offered_the_newest_good_backup(
    data_dir: Path, make_draft: MakeDraft, answers: list[tuple[str, str]], qtbot: QtBot
) -> None:
    context = open_test_context(data_dir)
    draft = make_draft(patient=Patient("Testperson Demo", make_fodselsnummer(date(1984, 2, 9))))
    service_at(context, DAY).start_plan(draft, TEST_USER)
    make_backup(context.conn, paths.backup_dir(data_dir), context.clock(), context.key)
    context.close()
    session = _signed_in(data_dir)
    try:
        _damage_in_place(data_dir, session)
        checker = BackgroundCheck(session.quick_check)
        with qtbot.waitSignal(checker.found, timeout=20_000) as found:
            checker.start()  # on a thread of its own, as after the window is shown
        damage = found.args[0]
        assert damage.newest_backup is not None
        assert damage.description.strip()
        Messages.prepared_answers = [StandardButton.Yes]
        assert restored_after_damage(damage, session.restore_newest)
        assert answers[0][0] == _t("The database is damaged")
        assert [plan.patient_name for plan in session.opened().service.list_plans()] == ["Testperson Demo"]
        assert audit_trail(session.opened().conn)[-1].action == "backup.restore"
        assert any("før-gjenoppretting" in path.name for path in data_dir.iterdir())  # kept aside
    finally:
        session.close()
