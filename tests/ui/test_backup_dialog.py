"""The administrators' backups window over a real encrypted ward: listing, taking one, restoring.

Taking and restoring go through the real storage functions, as the composition root wires them;
restoring closes the ward first, as the program does before it opens the restored data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from test_walkthrough import focused, press, with_modal

from dischargeplanner import paths
from dischargeplanner.app import Context
from dischargeplanner.domain.backups import BackupInfo
from dischargeplanner.domain.model import Patient
from dischargeplanner.domain.services import StorageError
from dischargeplanner.storage.backup import list_backups, make_backup, restore_backup
from dischargeplanner.ui.backup_dialog import (
    COL_PLANS,
    COL_SIZE,
    COL_STATUS,
    COL_TAKEN,
    BackupDialog,
    size_text,
)
from dischargeplanner.ui.messages import Messages, StandardButton
from dischargeplanner.ui.style import ERROR_COLOUR
from helpers import TEST_USER, MakeDraft, open_test_context, service_at
from synthetic import make_fodselsnummer

DAY = date(2025, 3, 3)
NOON = datetime(2025, 3, 3, 12, 0)
NEXT_DAY = datetime(2025, 3, 4, 8, 45)
NOW = datetime(2025, 3, 5, 14, 30)


def _t(source: str) -> str:
    # Whatever language is installed: Bokmål once the .qm has these strings, English until then.
    return QCoreApplication.translate("BackupDialog", source)


def add_plan(context: Context, make_draft: MakeDraft, name: str) -> None:
    draft = make_draft(
        patient=Patient(name, make_fodselsnummer(date(1980, 6, 2))),
        admission=DAY - timedelta(days=20),
        planned_discharge=DAY + timedelta(days=30),
    )
    service_at(context, DAY).start_plan(draft, TEST_USER)


class Ward:
    """The ward and what the dialog is given: list, make (at NOW) and restore (close, then restore)."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.backups = paths.backup_dir(context.data_dir)
        self.database = paths.database_path(context.data_dir)
        self.restored: list[BackupInfo] = []
        self.set_aside: Path | None = None

    def list(self) -> list[BackupInfo]:
        return list_backups(self.backups, self.context.key)

    def make(self) -> BackupInfo:
        return make_backup(self.context.conn, self.backups, NOW, self.context.key)

    def restore(self, info: BackupInfo) -> None:
        self.restored.append(info)
        self.context.close()
        self.set_aside = restore_backup(info.path, self.database, self.context.key, NOW)

    def patient_names(self) -> list[str]:
        reopened = open_test_context(self.context.data_dir)
        try:
            return sorted(plan.patient_name for plan in service_at(reopened, DAY).list_plans())
        finally:
            reopened.close()


@pytest.fixture
def ward(context: Context, make_draft: MakeDraft) -> Ward:
    """Two patients backed up at NOON; a third added and backed up the next morning."""
    add_plan(context, make_draft, "Testperson Demo")
    add_plan(context, make_draft, "Testa Testesen")
    ward = Ward(context)
    make_backup(context.conn, ward.backups, NOON, context.key)
    add_plan(context, make_draft, "Testperson Tredje")
    make_backup(context.conn, ward.backups, NEXT_DAY, context.key)
    return ward


def open_dialog(
    qtbot: QtBot,
    ward: Ward,
    make: Callable[[], BackupInfo] | None = None,
    restore: Callable[[BackupInfo], None] | None = None,
) -> BackupDialog:
    dialog = BackupDialog(ward.list, make or ward.make, restore or ward.restore)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def rows(dialog: BackupDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [str(model.data(model.index(row, column))) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def select(dialog: BackupDialog, taken: str) -> None:
    for row, texts in enumerate(rows(dialog)):
        if texts[COL_TAKEN] == taken:
            dialog.table.selectRow(row)
            return
    raise AssertionError(f"no backup taken {taken}")


def test_backups_are_listed_newest_first_with_date_plans_size_and_status(
    qtbot: QtBot, ward: Ward, answers: list[tuple[str, str]], qtmodeltester: ModelTester
) -> None:
    newest = ward.list()[0]
    damaged = ward.backups / "dischargeplanner-20250305-070000.db"
    damaged.write_bytes(newest.path.read_bytes()[:5000])
    dialog = open_dialog(qtbot, ward)
    qtmodeltester.check(dialog.model)

    listed = rows(dialog)
    assert [row[COL_TAKEN] for row in listed] == ["05.03.2025 07:00", "04.03.2025 08:45", "03.03.2025 12:00"]
    assert [row[COL_PLANS] for row in listed] == ["–", "3", "2"]
    assert [row[COL_STATUS] for row in listed] == [_t("Damaged"), _t("OK"), _t("OK")]
    assert listed[1][COL_SIZE] == size_text(newest.size_bytes)
    assert "MB" in listed[1][COL_SIZE]
    # A damaged backup says so in words and in red, and cannot be restored.
    model = dialog.model
    foreground = model.data(model.index(0, COL_STATUS), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(foreground, QBrush)
    assert foreground.color().name() == ERROR_COLOUR
    assert dialog.current() is not None
    assert not dialog.restore_button.isEnabled()
    select(dialog, "04.03.2025 08:45")
    assert dialog.restore_button.isEnabled()


def test_the_keyboard_goes_from_the_list_to_the_buttons(qtbot: QtBot, ward: Ward) -> None:
    dialog = open_dialog(qtbot, ward)
    assert focused() is dialog.table
    order = []
    for _ in range(3):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        order.append(focused().objectName())
    assert order == ["makeBackupButton", "restoreBackupButton", "closeButton"]
    assert dialog.table.accessibleName()
    assert dialog.make_button.accessibleName()


def test_taking_a_backup_now_shows_it_selected(
    qtbot: QtBot, ward: Ward, answers: list[tuple[str, str]]
) -> None:
    dialog = open_dialog(qtbot, ward)
    press(qtbot, dialog.make_button)

    assert answers == []
    assert rows(dialog)[0][COL_TAKEN] == "05.03.2025 14:30"
    assert rows(dialog)[0][COL_PLANS] == "3"
    current = dialog.current()
    assert current is not None
    assert current.path.name == "dischargeplanner-20250305-143000.db"
    assert "05.03.2025 14:30" in dialog.note.text()
    assert dialog.note.isVisible()


def test_a_backup_that_fails_is_said_and_the_list_stays(
    qtbot: QtBot, ward: Ward, answers: list[tuple[str, str]]
) -> None:
    def refuse() -> BackupInfo:
        raise StorageError("Sikkerhetskopien kunne ikke tas (disken er full).")

    dialog = open_dialog(qtbot, ward, make=refuse)
    before = rows(dialog)
    press(qtbot, dialog.make_button)
    assert [title for title, _text in answers] == [_t("No backup taken")]
    assert "disken er full" in answers[0][1]
    assert rows(dialog) == before


def test_an_empty_folder_says_what_to_do(
    qtbot: QtBot, context: Context, answers: list[tuple[str, str]]
) -> None:
    dialog = open_dialog(qtbot, Ward(context))
    assert dialog.empty.isVisible()
    assert not dialog.table.isVisible()
    assert not dialog.restore_button.isEnabled()
    press(qtbot, dialog.make_button)
    assert dialog.table.isVisible()
    assert not dialog.empty.isVisible()
    assert len(rows(dialog)) == 1


def test_restore_asks_first_and_no_changes_nothing(
    qtbot: QtBot, ward: Ward, answers: list[tuple[str, str]]
) -> None:
    dialog = open_dialog(qtbot, ward)
    select(dialog, "03.03.2025 12:00")
    before = ward.database.read_bytes()
    press(qtbot, dialog.restore_button)  # the question is answered with its default: No

    assert [title for title, _text in answers] == [_t("Restore backup")]
    assert "03.03.2025 12:00" in answers[0][1]
    assert ward.restored == []
    assert dialog.isVisible()
    assert not dialog.restored
    assert ward.database.read_bytes() == before
    # Enter on a backup asks the same question; still No.
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert len(answers) == 2
    assert ward.restored == []


def test_restore_yes_brings_back_the_backup_and_closes(
    qtbot: QtBot, ward: Ward, answers: list[tuple[str, str]]
) -> None:
    dialog = open_dialog(qtbot, ward)
    select(dialog, "03.03.2025 12:00")
    Messages.prepared_answers = [StandardButton.Yes]
    press(qtbot, dialog.restore_button)

    assert [info.path.name for info in ward.restored] == ["dischargeplanner-20250303-120000.db"]
    assert dialog.restored
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ward.patient_names() == ["Testa Testesen", "Testperson Demo"]
    assert ward.set_aside is not None
    assert ward.set_aside.exists()


def test_a_restore_that_fails_is_said_and_nothing_is_lost(
    qtbot: QtBot, ward: Ward, answers: list[tuple[str, str]]
) -> None:
    def refuse(_info: BackupInfo) -> None:
        raise StorageError("Databasen kunne ikke settes til side (filen er i bruk). Ingenting er endret.")

    dialog = open_dialog(qtbot, ward, restore=refuse)
    Messages.prepared_answers = [StandardButton.Yes]
    press(qtbot, dialog.restore_button)

    assert [title for title, _text in answers] == [_t("Restore backup"), _t("Not restored")]
    assert "filen er i bruk" in answers[1][1]
    assert _t("Nothing was lost: the data as it was is still in use.") in answers[1][1]
    assert dialog.isVisible()
    assert not dialog.restored
    assert ward.patient_names() == ["Testa Testesen", "Testperson Demo", "Testperson Tredje"]


def test_show_backups_returns_whether_anything_was_restored(
    qtbot: QtBot, ward: Ward, answers: list[tuple[str, str]]
) -> None:
    outcome: list[bool] = []

    def close(dialog: QDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    with_modal(
        lambda: outcome.append(BackupDialog.show_backups(None, ward.list, ward.make, ward.restore)), close
    )
    assert outcome == [False]
