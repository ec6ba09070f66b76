"""The issue's keyboard-only walk: create, Neste steg, tick, undo/redo, move discharge, discharge, reopen.

Every step is driven with key presses on the real window and real (modal) dialogs,
over a real database; each step checks what the user sees and what is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from dischargeplanner.app import Context
from dischargeplanner.domain.model import (
    CORE_AREAS,
    AreaKey,
    DischargeKind,
    ItemState,
    Patient,
    PlanId,
    PlanStatus,
)
from dischargeplanner.domain.readiness import urgent_items
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.models.plan_table_model import COL_NAME
from helpers import TEST_USER, MakeDraft, MakeWindow
from synthetic import make_fodselsnummer

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def with_modal(trigger: Callable[[], None], drive: Callable[[QDialog], None]) -> None:
    """Run `trigger` (which opens a modal dialog) and drive the dialog with the keyboard.

    A failure inside the dialog closes it, so the test fails instead of hanging.
    """
    errors: list[BaseException] = []
    tries = [0]

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None and tries[0] < 100:  # QTest may run the event loop before it opens
            tries[0] += 1
            QTimer.singleShot(10, act)
            return
        try:
            assert isinstance(dialog, QDialog), f"no modal dialog open (found {dialog!r})"
            # Keys go to the active window, as on a desktop.
            dialog.activateWindow()
            for _ in range(100):
                if dialog.isActiveWindow():
                    break
                QTest.qWait(10)
            drive(dialog)
            assert not dialog.isVisible(), "the dialog is still open: " + " | ".join(
                label.text() for label in dialog.findChildren(QLabel) if label.text()
            )
        except BaseException as error:
            errors.append(error)
            if isinstance(dialog, QDialog):
                dialog.reject()

    before = QApplication.activeWindow()
    QTimer.singleShot(0, act)
    trigger()
    if errors:
        raise errors[0]
    # The offscreen platform has no window manager to hand the focus back.
    if before is not None and QApplication.activeWindow() is None:
        before.activateWindow()
        for _ in range(100):
            if before.isActiveWindow():
                break
            QTest.qWait(10)


def press(qtbot: QtBot, button: QWidget) -> None:
    """Tab to a button and press Space: how a keyboard user clicks (a shortcut's modifier
    would still be held inside the modal dialog it opens, under QTest)."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    window = QApplication.activeWindow()
    assert widget is not None, f"nothing has the keyboard focus (active window: {window!r})"
    return widget


def create_plan_by_keyboard(window: MainWindow, qtbot: QtBot, name: str) -> None:
    number = make_fodselsnummer(date(1979, 5, 17))

    def fill(dialog: QDialog) -> None:
        qtbot.keyClicks(focused(), name)  # the name field has the focus when the dialog opens
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), number)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter = "Opprett plan"

    with_modal(lambda: press(qtbot, window.overview.new_button), fill)


def current_item_id(window: MainWindow) -> int | None:
    page = window.editor.pages[window.editor.current_area()]
    return page.current_item_id()


def test_create_a_plan_and_walk_it_with_neste_steg(
    context: Context, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(context)
    # Ctrl+N opens the dialog (closed again at once here) ...
    with_modal(lambda: qtbot.keyClick(window, Qt.Key.Key_N, CTRL), lambda dialog: dialog.reject())
    # ... and the plan is made with the keyboard alone.
    create_plan_by_keyboard(window, qtbot, "Nora Prøvesen")
    assert window.stack.currentWidget() is window.editor
    detail = window.editor.detail
    assert detail is not None
    assert detail.plan.patient.name == "Nora Prøvesen"
    order = [item.item_id for item in urgent_items(detail)]

    qtbot.keyClick(focused(), Qt.Key.Key_F8)
    assert current_item_id(window) == order[0]
    assert window.editor.step_label.isVisible()
    assert f"Neste steg 1 av {len(order)}" in window.editor.step_label.text()
    assert focused() is window.editor.pages[window.editor.current_area()].table

    # F8 again walks on through the whole plan, across areas, without knowing its structure.
    visited = [current_item_id(window)]
    for _ in range(len(order) - 1):
        qtbot.keyClick(focused(), Qt.Key.Key_F8)
        visited.append(current_item_id(window))
    assert visited == order
    assert {item.area for item in detail.items} == {
        window.editor.detail.items[[i.item_id for i in detail.items].index(v)].area for v in visited
    }

    # Space ticks the step's item; the next F8 goes to the most urgent item still open.
    qtbot.keyClick(focused(), Qt.Key.Key_F8)  # wraps round to the first
    assert current_item_id(window) == order[0]
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert context.service.plan_detail(detail.plan.plan_id).items_in(window.editor.current_area())  # stored
    stored = {item.item_id: item.state for item in context.service.plan_detail(detail.plan.plan_id).items}
    assert stored[order[0]] is ItemState.DONE
    qtbot.keyClick(focused(), Qt.Key.Key_F8)
    assert current_item_id(window) == order[1]
    assert window.saved_label.text().startswith("Lagret")


def test_tick_an_item_in_each_core_area_by_keyboard_then_undo_and_redo(
    context: Context, make_window: MakeWindow, qtbot: QtBot, plan_id: PlanId
) -> None:
    window = make_window(context)
    window.overview.table.setFocus()
    qtbot.keyClick(window.overview.table, Qt.Key.Key_Down)
    qtbot.keyClick(window.overview.table, Qt.Key.Key_Return)
    editor = window.editor
    assert focused() is editor.area_list
    ticked = []
    for row, area in enumerate(AreaKey):
        if area not in CORE_AREAS:
            continue
        editor.area_list.setFocus()
        while editor.area_list.currentRow() < row:
            qtbot.keyClick(editor.area_list, Qt.Key.Key_Down)
        page = editor.pages[area]
        assert editor.stack.currentWidget() is page
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_Down)  # first row
        qtbot.keyClick(page.table, Qt.Key.Key_Space)
        ticked.append(page.current_item_id())
    states = {item.item_id: item.state for item in context.service.plan_detail(plan_id).items}
    assert [states[item_id] for item_id in ticked] == [ItemState.DONE] * 5
    assert window.undo_action.isEnabled()
    assert window.undo_action.text().startswith("&Angre endring av «")

    # Ctrl+Z three times undoes the last three ticks, newest first; the page follows the change.
    for _ in range(3):
        qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)
    states = {item.item_id: item.state for item in context.service.plan_detail(plan_id).items}
    assert [states[item_id] for item_id in ticked] == [ItemState.DONE] * 2 + [ItemState.NOT_STARTED] * 3
    assert editor.current_area() is AreaKey.NETWORK
    # Ctrl+Shift+Z redoes two of them.
    for _ in range(2):
        qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL | SHIFT)
    states = {item.item_id: item.state for item in context.service.plan_detail(plan_id).items}
    assert [states[item_id] for item_id in ticked] == [ItemState.DONE] * 4 + [ItemState.NOT_STARTED]
    # A new change drops what could still be redone.
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert not window.redo_action.isEnabled()
    # Undo belongs to the open plan: not offered on the ward overview, back when the plan is.
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.overview
    assert not window.undo_action.isEnabled()
    qtbot.keyClick(window.overview.table, Qt.Key.Key_Return)
    assert window.undo_action.isEnabled()


def test_undo_refuses_what_was_changed_again_elsewhere(
    context: Context, make_window: MakeWindow, qtbot: QtBot, plan_id: PlanId, answers: list[tuple[str, str]]
) -> None:
    window = make_window(context)
    window.open_plan(plan_id)
    page = window.editor.pages[AreaKey.HOUSING]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    item_id = page.current_item_id()
    assert item_id is not None
    # Someone else (another window) marks it in progress meanwhile.
    context.service.set_item_state(item_id, ItemState.IN_PROGRESS, "kollega")
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)
    assert answers
    assert answers[-1][0] == "Ikke angret"
    states = {item.item_id: item.state for item in context.service.plan_detail(plan_id).items}
    assert states[item_id] is ItemState.IN_PROGRESS  # the colleague's change is kept
    assert not window.undo_action.isEnabled()


def test_moving_the_planned_discharge_moves_due_dates_and_says_so(
    context: Context, make_window: MakeWindow, qtbot: QtBot, plan_id: PlanId, answers: list[tuple[str, str]]
) -> None:
    window = make_window(context)
    window.open_plan(plan_id)
    before = context.service.plan_detail(plan_id)
    assert before.plan.planned_discharge is not None
    later = before.plan.planned_discharge + timedelta(days=14)

    def change_date(dialog: QDialog) -> None:
        edit = dialog.planned_discharge  # type: ignore[attr-defined]
        edit.setFocus()  # the day is selected on entry; the digits fill day, month and year
        qtbot.keyClicks(edit, later.strftime("%d%m%Y"))
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, window.editor.details_button), change_date)
    after = context.service.plan_detail(plan_id)
    assert after.plan.planned_discharge == later
    moved = [item for item in after.items if item.due_date(after.plan) != item.due_date(before.plan)]
    assert moved
    assert all(item.due_date(after.plan) - item.due_date(before.plan) == timedelta(days=14) for item in moved)
    assert answers[-1][0] == "Frister flyttet"
    assert str(len(moved)) in answers[-1][1]
    # The undo of the date change moves the due dates back.
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)
    assert context.service.plan_detail(plan_id).plan.planned_discharge == before.plan.planned_discharge


def test_discharge_makes_the_plan_read_only_and_reopen_with_a_reason(
    context: Context, make_window: MakeWindow, qtbot: QtBot, plan_id: PlanId
) -> None:
    window = make_window(context)
    window.open_plan(plan_id)

    def discharge(dialog: QDialog) -> None:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # date (today) -> planned
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, window.editor.discharge_button), discharge)
    plan = context.service.plan_detail(plan_id).plan
    assert plan.status is PlanStatus.DISCHARGED
    assert plan.actual_discharge == context.service.today()
    assert plan.discharge_kind is DischargeKind.PLANNED
    editor = window.editor
    assert "Utskrevet" in editor.header.text()
    assert editor.reopen_button.isVisible()
    assert not editor.discharge_button.isVisible()
    page = editor.pages[AreaKey.HOUSING]
    assert page.goal.isReadOnly()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # does nothing: read-only
    assert all(item.state is ItemState.NOT_STARTED for item in context.service.plan_detail(plan_id).items)
    assert not window.undo_action.isEnabled()

    def reopen(dialog: QDialog) -> None:
        qtbot.keyClicks(focused(), "Feilregistrert utskrivning")
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, window.editor.reopen_button), reopen)
    assert context.service.plan_detail(plan_id).plan.status is PlanStatus.ACTIVE
    from dischargeplanner.storage.audit import audit_trail

    reopened = [row for row in audit_trail(context.conn, plan_id) if row.action == "plan.reopen"]
    assert reopened
    assert reopened[0].detail == "Feilregistrert utskrivning"
    assert not page.goal.isReadOnly()


def test_search_for_oyvind_finds_Oyvind(
    context: Context, make_window: MakeWindow, make_draft: MakeDraft, qtbot: QtBot
) -> None:
    for name in ("Øyvind Testmo", "Ola Nordtest", "ØYVIND STORTEST", "Kari Øyvindsen"):
        context.service.start_plan(make_draft(patient=Patient(name, None)), TEST_USER)
    window = make_window(context)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert focused() is window.overview.search
    qtbot.keyClicks(window.overview.search, "øyvind")
    names = sorted(
        window.overview.model.index(row, COL_NAME).data() for row in range(window.overview.model.rowCount())
    )
    assert names == ["Kari Øyvindsen", "ØYVIND STORTEST", "Øyvind Testmo"]
    # Enter takes the keyboard to the first match, and Enter again opens it.
    qtbot.keyClick(window.overview.search, Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.editor
