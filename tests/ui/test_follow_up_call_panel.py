"""The follow-up call after discharge: listed in "Denne uken", recorded in the Coordination area's tab.

Dates are fixed (the services' clocks are stopped on them). The plan editor does not build the
tab yet, so the test adds it to the Coordination page the way the editor will.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot
from test_walkthrough import focused, press, with_modal

from dischargeplanner.app import Context
from dischargeplanner.domain.follow_up_call import (
    CALL_TEXT,
    CallId,
    FollowUpCall,
    FollowUpCallService,
)
from dischargeplanner.domain.model import AreaKey, DischargeKind, DueKind, PlanId, PlanStatus
from dischargeplanner.domain.services import Problem
from dischargeplanner.storage.follow_up_call import SqliteFollowUpCallStore
from dischargeplanner.ui.dialogs.call_dialog import CallDialog
from dischargeplanner.ui.follow_up_call_panel import FollowUpCallPanel
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.messages import Messages, StandardButton
from dischargeplanner.ui.models.due_model import COL_DUE, COL_KIND, COL_WHAT, DueTreeModel
from dischargeplanner.ui.texts import problem_text
from helpers import TEST_USER, MakeDraft, MakeWindow, clock_at, context_at, service_at

DISCHARGED = date(2026, 11, 6)  # a Friday
CALL_DAY = date(2026, 11, 8)  # discharge + 2
STAFF = "Kari Sosionom"
TAB_TITLE = "Oppfølgingssamtale"


def _t(context: str, source: str, n: int = -1) -> str:
    # Whatever language is installed: Bokmål once the .qm has these strings, English until then.
    return QCoreApplication.translate(context, source, "", n)


def _panel_text(source: str, n: int = -1) -> str:
    return _t("FollowUpCallPanel", source, n)


def calls_at(context: Context, today: date) -> FollowUpCallService:
    return FollowUpCallService(SqliteFollowUpCallStore(context.conn, clock_at(today)), clock_at(today))


@pytest.fixture
def plan_id(context: Context, make_draft: MakeDraft) -> PlanId:
    draft = make_draft(admission=DISCHARGED - timedelta(days=60), planned_discharge=DISCHARGED)
    new_id, _ = service_at(context, DISCHARGED).start_plan(draft, TEST_USER)
    return new_id


def discharge(context: Context, plan_id: PlanId) -> None:
    service_at(context, DISCHARGED).discharge_plan(plan_id, DISCHARGED, DischargeKind.PLANNED, {}, TEST_USER)


def open_window(make_window: MakeWindow, context: Context, day: date) -> tuple[MainWindow, FollowUpCallPanel]:
    """The main window on `day`, with the call tab on the Coordination page as the editor will have it."""
    window = make_window(context_at(context, day))
    editor = window.editor
    panel = FollowUpCallPanel(calls_at(context, day), TEST_USER, editor.perform, lambda: day)
    editor.pages[AreaKey.COORDINATION].add_panel(panel, TAB_TITLE)
    return window, panel


def open_panel(window: MainWindow, panel: FollowUpCallPanel, plan_id: PlanId) -> None:
    window.open_plan(plan_id)
    window.editor.show_area(AreaKey.COORDINATION)
    window.editor.pages[AreaKey.COORDINATION].show_panel(panel)


def call_rows(model: DueTreeModel) -> list[tuple[str, str, str]]:
    """(due, kind, what) of every follow-up call listed, by patient."""
    rows = []
    for plan_row in range(model.rowCount()):
        plan_index = model.index(plan_row, 0)
        for row in range(model.rowCount(plan_index)):
            entry = model.entry_at(model.index(row, 0, plan_index))
            if entry is not None and entry.kind is DueKind.FOLLOW_UP_CALL:
                rows.append(
                    tuple(model.index(row, c, plan_index).data() for c in (COL_DUE, COL_KIND, COL_WHAT))
                )
    return rows  # type: ignore[return-value]


def record(calls: FollowUpCallService, plan_id: PlanId, day: date, *, reached: bool) -> None:
    calls.add_call(FollowUpCall(CallId(0), plan_id, day, STAFF, reached), TEST_USER)


# "Denne uken" and the tab, end to end ----------------------------------------------------------


def test_the_call_is_listed_this_week_recorded_in_the_tab_and_then_gone(
    make_window: MakeWindow, context: Context, plan_id: PlanId, qtbot: QtBot
) -> None:
    discharge(context, plan_id)
    window, panel = open_window(make_window, context, CALL_DAY)
    window.week_action.trigger()
    today = _t("DueTreeModel", "%1 (today)").replace("%1", "08.11.2026")
    assert call_rows(window.week.model) == [(today, _t("DueTreeModel", "Phone call"), CALL_TEXT)]

    open_panel(window, panel, plan_id)
    assert window.editor.read_only()  # the plan is discharged ...
    assert panel.register_button.isEnabled()  # ... and still takes its call
    assert panel.banner.isVisibleTo(panel)
    assert panel.banner_text.text().splitlines() == [
        _panel_text("☎ Call the patient by %1").replace("%1", "08.11.2026"),
        _panel_text("Discharged %1.").replace("%1", "06.11.2026"),
    ]
    assert panel.calls.empty.isVisibleTo(panel)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CallDialog)
        assert focused() is dialog.day  # today, as suggested
        assert not dialog.ok_button.isEnabled()  # reached or not is answered on purpose
        for _ in range(3):  # Tab walks the date's day, month and year, then leaves it
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
            if focused() is not dialog.day:
                break
        assert focused() is dialog.by
        assert dialog.by.text() == TEST_USER  # the signed-in user, until changed
        qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(focused(), STAFF)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is dialog.reached_yes
        qtbot.keyClick(focused(), Qt.Key.Key_Space)
        assert dialog.ok_button.isEnabled()
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is dialog.how_things_are
        qtbot.keyClicks(focused(), "Bor hos søsteren. Sover dårlig, men har ikke ruset seg.")
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is dialog.arranged
        qtbot.keyClicks(focused(), "Fastlegen fredag; ruskonsulenten ringer mandag.")
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is dialog.ok_button
        qtbot.keyClick(focused(), Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, panel.register_button), fill)

    [stored] = calls_at(context, CALL_DAY).calls(plan_id)
    assert (stored.day, stored.by, stored.reached) == (CALL_DAY, STAFF, True)
    assert stored.arranged == "Fastlegen fredag; ruskonsulenten ringer mandag."
    assert panel.banner.isHidden()
    assert panel.status_text.text() == _panel_text(
        "The patient was reached on %1. No further call is due."
    ).replace("%1", "08.11.2026")
    model = panel.calls.model
    assert [model.index(0, c).data() for c in range(3)] == ["08.11.2026", STAFF, _panel_text("Yes")]

    window.week_action.trigger()
    assert call_rows(window.week.model) == []


def test_an_overdue_call_is_red_and_each_unreached_attempt_moves_it_until_three(
    make_window: MakeWindow, context: Context, plan_id: PlanId, qtbot: QtBot
) -> None:
    discharge(context, plan_id)
    late = CALL_DAY + timedelta(days=2)
    window, panel = open_window(make_window, context, late)
    window.week_action.trigger()
    overdue = _t("DueTreeModel", "%1 (overdue)").replace("%1", "08.11.2026")
    assert [row[0] for row in call_rows(window.week.model)] == [overdue]

    open_panel(window, panel, plan_id)
    banner = _panel_text("⚠ Call the patient by %1: %n day(s) overdue", 2).replace("%1", "08.11.2026")
    assert panel.banner_text.text().splitlines()[0] == banner
    assert "#b71c1c" in panel.banner.styleSheet()  # red, and the ⚠ and the words say it too

    calls = calls_at(context, late)
    record(calls, plan_id, CALL_DAY, reached=False)
    record(calls, plan_id, late, reached=False)
    window.editor.reload()
    assert panel.banner_text.text().splitlines() == [
        _panel_text("☎ Call the patient by %1").replace("%1", "11.11.2026"),
        _panel_text("Not reached on %1 (%n of %2 attempts made).", 2)
        .replace("%1", "10.11.2026")
        .replace("%2", "3"),
    ]

    def not_reached(dialog: QDialog) -> None:
        assert isinstance(dialog, CallDialog)
        dialog.reached_no.setChecked(True)
        dialog.note.setPlainText("Telefonen er avslått.")
        dialog.accept()

    with_modal(lambda: press(qtbot, panel.register_button), not_reached)
    assert panel.banner.isHidden()
    assert panel.status_text.text() == _panel_text(
        "Not reached after %1 attempts. No further call is due; consider telling the patient's "
        "contact in the municipality."
    ).replace("%1", "3")
    assert panel.calls.model.rowCount() == 3
    window.week_action.trigger()
    assert call_rows(window.week.model) == []


def test_an_active_plan_says_when_the_call_will_be_due_and_takes_none(
    make_window: MakeWindow, context: Context, plan_id: PlanId
) -> None:
    window, panel = open_window(make_window, context, DISCHARGED - timedelta(days=3))
    open_panel(window, panel, plan_id)
    assert panel.banner.isHidden()
    assert panel.status_text.text() == (
        _panel_text("The call will be due 2–3 days after discharge: with discharge as planned on %1, by %2.")
        .replace("%1", "06.11.2026")
        .replace("%2", "08.11.2026")
    )
    assert not panel.register_button.isEnabled()
    assert not panel.change_button.isEnabled()


def test_a_call_is_corrected_with_enter_and_removed_with_del(
    make_window: MakeWindow, context: Context, plan_id: PlanId, qtbot: QtBot, answers: list[tuple[str, str]]
) -> None:
    discharge(context, plan_id)
    record(calls_at(context, CALL_DAY), plan_id, CALL_DAY, reached=False)
    window, panel = open_window(make_window, context, CALL_DAY)
    open_panel(window, panel, plan_id)
    assert panel.change_button.isEnabled()

    def reached_after_all(dialog: QDialog) -> None:
        assert isinstance(dialog, CallDialog)
        assert dialog.reached_no.isChecked()  # as stored
        dialog.reached_yes.setChecked(True)
        dialog.accept()

    panel.calls.table.setFocus()
    with_modal(lambda: qtbot.keyClick(panel.calls.table, Qt.Key.Key_Return), reached_after_all)
    assert calls_at(context, CALL_DAY).calls(plan_id)[0].reached

    Messages.prepared_answers = [StandardButton.No]
    qtbot.keyClick(panel.calls.table, Qt.Key.Key_Delete)
    assert answers[-1][0] == _panel_text("Remove call")
    assert len(calls_at(context, CALL_DAY).calls(plan_id)) == 1  # "No" keeps it
    Messages.prepared_answers = [StandardButton.Yes]
    qtbot.keyClick(panel.calls.table, Qt.Key.Key_Delete)
    assert calls_at(context, CALL_DAY).calls(plan_id) == []
    assert panel.banner.isVisibleTo(panel)


def test_the_dialog_says_what_is_wrong_next_to_the_field(
    context: Context, plan_id: PlanId, qtbot: QtBot, bokmal: object
) -> None:
    start = FollowUpCall(CallId(0), plan_id, CALL_DAY, TEST_USER, reached=False)
    dialog = CallDialog(start, DISCHARGED, CALL_DAY)
    qtbot.addWidget(dialog)
    dialog.reached_yes.setChecked(True)
    assert dialog.ok_button.isEnabled()
    dialog.day.setDate(dialog.day.date().addDays(-3))
    assert not dialog.ok_button.isEnabled()
    assert dialog.findChild(QLabel, "dayError").text() == problem_text(Problem.CALL_BEFORE_DISCHARGE)
    dialog.day.setDate(dialog.day.date().addDays(4))
    assert dialog.findChild(QLabel, "dayError").text() == problem_text(Problem.DATE_IN_FUTURE)
    dialog.day.setDate(dialog.day.date().addDays(-1))
    dialog.by.clear()
    assert dialog.findChild(QLabel, "byError").text() == problem_text(Problem.CALL_BY_MISSING)
    assert dialog.findChild(QLabel, "byError").isVisibleTo(dialog)
    qtbot.keyClicks(dialog.by, STAFF)
    assert dialog.ok_button.isEnabled()
    assert dialog.call().by == STAFF


def test_the_calls_table_passes_the_model_tester(
    make_window: MakeWindow, context: Context, plan_id: PlanId, qtmodeltester: object
) -> None:
    discharge(context, plan_id)
    calls = calls_at(context, CALL_DAY)
    calls.add_call(
        FollowUpCall(CallId(0), plan_id, CALL_DAY, STAFF, True, "Går\nbra", "Fastlege", "Ringte"), TEST_USER
    )
    window, panel = open_window(make_window, context, CALL_DAY)
    open_panel(window, panel, plan_id)
    qtmodeltester.check(panel.calls.model)  # type: ignore[attr-defined]
    assert panel.calls.model.index(0, 3).data() == "Går bra"
    service_at(context, CALL_DAY).set_status(plan_id, PlanStatus.ARCHIVED, TEST_USER)
    window.editor.reload()
    assert not panel.register_button.isEnabled()
    assert panel.status_text.text() == _panel_text("The plan is archived: no call is due.")
