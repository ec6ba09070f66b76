"""When a write is refused, in the window: by another user's change, by the disk, by a PDF target.

The refusals are real: another connection writes to the same file, SQLite's own page limit fills
the database, the file is opened read-only, another connection holds the write lock, a folder
stands where the PDF should go. Nothing of the user's is lost, and the database is unchanged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlcipher3 import dbapi2 as sqlcipher

from dischargeplanner.app import Context, open_context
from dischargeplanner.domain.model import AreaKey, ItemState, PlanId
from dischargeplanner.domain.problems import Problem
from dischargeplanner.domain.services import StorageError, StorageProblem
from dischargeplanner.storage.audit import audit_trail
from dischargeplanner.ui.dialogs.new_plan import NewPlanDialog
from dischargeplanner.ui.documents_page import SaveLocation
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.messages import Messages, StandardButton
from dischargeplanner.ui.models.checklist_model import COL_DONE
from dischargeplanner.ui.store_problems import storage_problem_reason
from dischargeplanner.ui.texts import problem_text
from helpers import MakeWindow
from synthetic import make_fodselsnummer

OTHER = "kari"
LONG_GOAL = "Egen leilighet nær jobben, med oppfølging fra boligkontoret. " * 120  # needs new pages


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def said(problem: StorageProblem) -> str:
    """What the window says for `problem`, without SQLite's own words."""
    return storage_problem_reason(StorageError("sqlite", problem)).removesuffix(" (sqlite)")


@pytest.fixture
def other(context: Context) -> Iterator[Context]:
    second = open_context(context.data_dir, OTHER, context.key)
    yield second
    second.conn.close()


@pytest.fixture
def window(make_window: MakeWindow, context: Context, plan_id: PlanId) -> MainWindow:
    opened = make_window(context)
    opened.open_plan(plan_id)
    return opened


def tick_first(window: MainWindow) -> bool:
    page = window.editor.pages[AreaKey.HOUSING]
    return page.model.setData(
        page.model.index(0, COL_DONE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )


def first_state(context: Context, plan_id: PlanId) -> ItemState:
    return context.service.plan_detail(plan_id).items[0].state


def finances_goal(context: Context, plan_id: PlanId) -> str:
    return context.service.plan_detail(plan_id).area(AreaKey.FINANCES).goal


# Another user changed the plan ----------------------------------------------------------------


def test_a_change_over_another_users_is_refused_with_who_and_what(
    window: MainWindow, context: Context, other: Context, plan_id: PlanId, answers: list[tuple[str, str]]
) -> None:
    other.service.set_area_goal(plan_id, AreaKey.FINANCES, "Nedbetalingsavtale", OTHER)

    assert not tick_first(window)  # unanswered: the default, reload

    title, text = answers[-1]
    assert title == _t("ChangeRunner", "Changed by someone else")
    assert OTHER in text
    assert "Økonomi" in text  # what was changed, in the ward's words
    assert first_state(context, plan_id) is ItemState.NOT_STARTED
    page = window.editor.pages[AreaKey.FINANCES]
    window.editor.show_area(AreaKey.FINANCES)
    assert page.goal.toPlainText() == "Nedbetalingsavtale"  # reloaded: the other change is shown
    assert tick_first(window)  # and after reloading, the change is taken
    assert first_state(context, plan_id) is ItemState.DONE


def test_storing_anyway_keeps_both_changes_and_shows_them(
    window: MainWindow, context: Context, other: Context, plan_id: PlanId
) -> None:
    other.service.set_area_goal(plan_id, AreaKey.FINANCES, "Nedbetalingsavtale", OTHER)
    Messages.prepared_answers = [StandardButton.Yes]

    assert tick_first(window)

    assert first_state(context, plan_id) is ItemState.DONE
    assert finances_goal(context, plan_id) == "Nedbetalingsavtale"
    window.editor.show_area(AreaKey.FINANCES)
    assert window.editor.pages[AreaKey.FINANCES].goal.toPlainText() == "Nedbetalingsavtale"


def test_typed_text_is_stored_anyway_when_the_user_says_so(
    window: MainWindow, context: Context, other: Context, plan_id: PlanId, qtbot: QtBot
) -> None:
    item = other.service.plan_detail(plan_id).items[0]
    other.service.set_item_state(item.item_id, ItemState.DONE, OTHER)
    window.editor.show_area(AreaKey.FINANCES)
    page = window.editor.pages[AreaKey.FINANCES]
    page.goal.setFocus()
    qtbot.keyClicks(page.goal, "Slippe inkasso")
    Messages.prepared_answers = [StandardButton.Yes]
    page.goal.flush()

    assert finances_goal(context, plan_id) == "Slippe inkasso"
    assert first_state(context, plan_id) is ItemState.DONE


# The disk refused the write -----------------------------------------------------------------------


def test_a_full_disk_is_said_in_norwegian_and_the_database_is_unchanged(
    window: MainWindow, context: Context, plan_id: PlanId, answers: list[tuple[str, str]]
) -> None:
    rows = len(audit_trail(context.conn, plan_id))
    version = context.service.plan_detail(plan_id).plan.version
    pages = context.conn.execute("PRAGMA page_count").fetchone()[0]
    context.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite itself says the disk is full

    stored = window.editor.perform(
        lambda: context.service.set_area_goal(plan_id, AreaKey.FINANCES, LONG_GOAL, "testbruker")
    )

    assert not stored
    title, text = answers[-1]
    assert title == _t("ChangeRunner", "Not saved")
    assert text.startswith(said(StorageProblem.DISK_FULL))
    assert finances_goal(context, plan_id) == ""
    assert len(audit_trail(context.conn, plan_id)) == rows
    assert context.service.plan_detail(plan_id).plan.version == version


def test_the_change_is_kept_and_stored_when_tried_again(
    window: MainWindow, context: Context, plan_id: PlanId, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = context.conn.execute("PRAGMA page_count").fetchone()[0]
    context.conn.execute(f"PRAGMA max_page_count = {pages}")
    asked: list[str] = []

    def free_space_and_retry(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        context.conn.execute("PRAGMA max_page_count = 1073741823")  # IT freed some space
        return True

    monkeypatch.setattr(Messages, "retry", free_space_and_retry)
    stored = window.editor.perform(
        lambda: context.service.set_area_goal(plan_id, AreaKey.FINANCES, LONG_GOAL, "testbruker")
    )

    assert stored
    assert len(asked) == 1
    assert finances_goal(context, plan_id) == LONG_GOAL.strip()


def read_only(context: Context) -> Context:
    """The same ward opened from a file this program may only read (as when IT set the rights so)."""

    def connect(path: Path) -> sqlite3.Connection:
        conn = sqlcipher.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
        conn.execute(f"PRAGMA key = \"x'{context.key.hex()}'\"")
        return cast(sqlite3.Connection, conn)

    return open_context(context.data_dir, context.user, context.key, connect)


def test_a_read_only_database_is_said_and_nothing_pretends_to_be_saved(
    make_window: MakeWindow, context: Context, plan_id: PlanId, answers: list[tuple[str, str]]
) -> None:
    reading = read_only(context)
    window = make_window(reading)
    window.open_plan(plan_id)  # opening is logged: even that is refused, and said

    title, text = answers[-1]
    assert title == _t("MainWindow", "Plan not opened")
    assert said(StorageProblem.READ_ONLY) in text
    assert window.stack.currentWidget() is window.overview
    window.editor.load(plan_id)  # a window that had the plan open when the rights changed

    assert not tick_first(window)

    assert said(StorageProblem.READ_ONLY) in answers[-1][1]
    assert first_state(context, plan_id) is ItemState.NOT_STARTED
    assert window.saved_label.text() == ""
    window.close()
    reading.close()


def test_a_locked_database_is_said_and_the_tick_waits_for_retry(
    window: MainWindow, context: Context, other: Context, plan_id: PlanId, monkeypatch: pytest.MonkeyPatch
) -> None:
    context.conn.execute("PRAGMA busy_timeout = 50")
    other.conn.execute("BEGIN IMMEDIATE")  # an antivirus scan or a backup holding the file
    asked: list[str] = []

    def let_go_and_retry(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        other.conn.execute("COMMIT")
        return True

    monkeypatch.setattr(Messages, "retry", let_go_and_retry)
    assert tick_first(window)

    assert said(StorageProblem.LOCKED) in asked[0]
    assert first_state(context, plan_id) is ItemState.DONE


# A PDF that cannot be written -------------------------------------------------------------------


def test_an_unwritable_pdf_target_is_said_and_leaves_no_temporary_file(
    window: MainWindow, context: Context, plan_id: PlanId, tmp_path: Path, answers: list[tuple[str, str]]
) -> None:
    from test_documents_ui import give_consent

    give_consent(context, plan_id)
    folder = tmp_path / "ut"
    target = folder / "overføring.pdf"
    (target / "låst").mkdir(parents=True)  # something that is not a file holds the name
    SaveLocation.prepared_answers = [target]
    try:
        save = next(action for action in window.document_actions if action.objectName() == "savePdfAction")
        save.trigger()
    finally:
        SaveLocation.prepared_answers = None

    title, text = answers[-1]
    assert title == _t("DocumentsPage", "Not saved")
    assert str(target) in text
    assert sorted(path.name for path in folder.iterdir()) == ["overføring.pdf"]  # no .tmp left behind
    assert context.sharing.exports(plan_id) == []  # nothing logged as saved


def test_a_new_plan_the_full_disk_refused_is_kept_and_made_on_retry(
    make_window: MakeWindow, context: Context, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_main_window import fill_new_plan

    window = make_window(context)
    number = make_fodselsnummer(date(1988, 8, 8))

    def fill_and_accept(dialog: NewPlanDialog) -> QDialog.DialogCode:
        fill_new_plan(dialog, qtbot, number)
        dialog.accept()
        return QDialog.DialogCode(dialog.result())

    pages = context.conn.execute("PRAGMA page_count").fetchone()[0]
    context.conn.execute(f"PRAGMA max_page_count = {pages}")  # a new plan needs new pages
    asked: list[str] = []

    def free_space_and_retry(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        context.conn.execute("PRAGMA max_page_count = 1073741823")
        return True

    monkeypatch.setattr(NewPlanDialog, "exec", fill_and_accept)
    monkeypatch.setattr(Messages, "retry", free_space_and_retry)
    window.create_plan()

    assert len(asked) == 1
    assert asked[0].startswith(said(StorageProblem.DISK_FULL))
    assert [plan.fodselsnummer for plan in context.service.list_plans()] == [number]
    assert window.stack.currentWidget() is window.editor


def test_a_new_plan_given_up_on_leaves_no_trace(
    make_window: MakeWindow, context: Context, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_main_window import fill_new_plan

    window = make_window(context)

    def fill_and_accept(dialog: NewPlanDialog) -> QDialog.DialogCode:
        fill_new_plan(dialog, qtbot, make_fodselsnummer(date(1988, 8, 8)))
        dialog.accept()
        return QDialog.DialogCode(dialog.result())

    rows = len(audit_trail(context.conn))
    pages = context.conn.execute("PRAGMA page_count").fetchone()[0]
    context.conn.execute(f"PRAGMA max_page_count = {pages}")
    monkeypatch.setattr(NewPlanDialog, "exec", fill_and_accept)
    window.create_plan()  # unanswered in tests: Discard

    assert context.service.list_plans() == []
    assert len(audit_trail(context.conn)) == rows
    assert window.stack.currentWidget() is window.overview


# What was typed stays ---------------------------------------------------------------------------


def test_a_refused_goal_stays_in_the_field_and_is_stored_on_the_next_try(
    window: MainWindow, context: Context, plan_id: PlanId, qtbot: QtBot, answers: list[tuple[str, str]]
) -> None:
    window.editor.show_area(AreaKey.FINANCES)
    page = window.editor.pages[AreaKey.FINANCES]
    pages = context.conn.execute("PRAGMA page_count").fetchone()[0]
    context.conn.execute(f"PRAGMA max_page_count = {pages}")
    page.goal.setPlainText(LONG_GOAL)
    page.goal.flush()  # as when focus leaves: refused (unanswered: Discard), the plan reloaded

    assert answers[-1][0] == _t("ChangeRunner", "Not saved")
    assert page.goal.toPlainText() == LONG_GOAL  # not replaced by what is stored
    assert page.goal.unsaved
    window.editor.reload()  # another change shows the plan again
    assert page.goal.toPlainText() == LONG_GOAL

    context.conn.execute("PRAGMA max_page_count = 1073741823")
    page.goal.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.goal, ".")
    page.goal.flush()
    assert finances_goal(context, plan_id) == (LONG_GOAL + ".").strip()
    assert not page.goal.unsaved


def test_a_goal_over_the_length_limit_is_refused_in_words_and_kept(
    window: MainWindow, context: Context, plan_id: PlanId, answers: list[tuple[str, str]]
) -> None:
    window.editor.show_area(AreaKey.FINANCES)
    page = window.editor.pages[AreaKey.FINANCES]
    pasted = "Hele journalen limt inn ved en feil. " * 400  # 14,800 characters
    page.goal.setPlainText(pasted)
    page.goal.flush()

    assert answers[-1] == (_t("ChangeRunner", "Not saved"), problem_text(Problem.TEXT_TOO_LONG))
    assert page.goal.toPlainText() == pasted
    assert finances_goal(context, plan_id) == ""
