"""'Denne uken': what falls due in the next 7 days or is overdue, grouped by patient, keyboard first."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, QTranslator
from pytestqt.qtbot import QtBot

from dischargeplanner.app import Context
from dischargeplanner.domain.model import (
    AreaKey,
    DischargeKind,
    DueEntry,
    DueKind,
    ItemId,
    ItemState,
    Patient,
    PlanId,
    Responsible,
)
from dischargeplanner.domain.services import PlanService
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.models.due_model import COL_AREA, COL_DUE, OVERDUE_ROLE, DueTreeModel
from dischargeplanner.ui.this_week import ThisWeekView
from helpers import TEST_USER, MakeDraft


def _view(qtbot: QtBot, service: PlanService) -> ThisWeekView:
    view = ThisWeekView(service, TEST_USER, service.today)
    qtbot.addWidget(view)
    view.resize(1366, 600)
    return view


def _show(qtbot: QtBot, view: ThisWeekView) -> None:
    view.show()
    # Keys go to the focus widget of the active window only.
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)


def _start(service: PlanService, make_draft: MakeDraft, name: str, **overrides: object) -> PlanId:
    plan_id, _ = service.start_plan(make_draft(patient=Patient(name, None), **overrides), TEST_USER)
    return plan_id


def _patients(model: DueTreeModel) -> list[str]:
    return [model.index(row, COL_DUE).data() for row in range(model.rowCount())]


def _plan_row(model: DueTreeModel, plan_id: PlanId) -> QModelIndex:
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.plan_at(index) == plan_id:
            return index
    raise AssertionError(f"plan {plan_id} is not shown")


def _entries(model: DueTreeModel, plan_index: QModelIndex) -> list[DueEntry]:
    rows = range(model.rowCount(plan_index))
    return [entry for row in rows if (entry := model.entry_at(model.index(row, 0, plan_index)))]


def _all_entries(model: DueTreeModel) -> list[DueEntry]:
    return [entry for row in range(model.rowCount()) for entry in _entries(model, model.index(row, 0))]


def test_model_passes_the_model_tester(
    service: PlanService, make_draft: MakeDraft, qtmodeltester: object
) -> None:
    model = DueTreeModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    _start(service, make_draft, "Testa Testesen")
    _start(service, make_draft, "Åse Testdal", admission=date.today() - timedelta(days=20))
    model.set_entries(service.due_soon(), service.today())
    assert model.rowCount() == 2
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_entries([], service.today())
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_overdue_item_is_shown_under_its_patient_with_date_and_mark(
    qtbot: QtBot, bokmal: list[QTranslator], service: PlanService, make_draft: MakeDraft
) -> None:
    today = service.today()
    plan_id = _start(service, make_draft, "Testa Testesen", admission=today - timedelta(days=10))
    view = _view(qtbot, service)
    model = view.model
    assert view.stack.currentWidget() is view.tree
    plan_index = _plan_row(model, plan_id)
    assert plan_index.data() == "Testa Testesen"
    assert view.tree.isExpanded(plan_index)

    # A+3 in the catalogue: three days after an admission ten days ago, so a week overdue.
    detail = service.plan_detail(plan_id)
    item = next(item for item in detail.items if item.timing.encode() == "A+3")
    row = next(row for row, entry in enumerate(_entries(model, plan_index)) if entry.ref_id == item.item_id)
    due_index = model.index(row, COL_DUE, plan_index)
    entry = model.entry_at(due_index)
    assert entry is not None
    assert (entry.kind, entry.due, entry.area) == (DueKind.ITEM, today - timedelta(days=7), item.area)
    assert due_index.data(OVERDUE_ROLE) is True
    assert format_date(entry.due) in due_index.data()
    assert due_index.data(Qt.ItemDataRole.FontRole).bold()
    assert "7" in due_index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.plan_at(due_index) == plan_id

    overdue = sum(1 for entry in _entries(model, plan_index) if entry.due < today)
    assert overdue > 0
    assert str(overdue) in model.index(plan_index.row(), COL_AREA).data()


def test_a_discharged_plan_shows_only_its_call_and_items_due_later_are_absent(
    qtbot: QtBot, bokmal: list[QTranslator], service: PlanService, make_draft: MakeDraft
) -> None:
    today = service.today()
    # Admitted today: A+3 and A+7 fall due this week, A+14 and later do not.
    admitted_today = _start(service, make_draft, "Ny Innlagt", admission=today)
    discharged = _start(service, make_draft, "Utskrevet Testesen", admission=today - timedelta(days=10))
    service.discharge_plan(discharged, today, DischargeKind.PLANNED, {}, TEST_USER)
    service.add_action(
        admitted_today,
        AreaKey.FINANCES,
        "Søke bostøtte",
        Responsible.WARD,
        "",
        today + timedelta(8),
        TEST_USER,
    )
    view = _view(qtbot, service)

    assert _patients(view.model) == ["Ny Innlagt", "Utskrevet Testesen"]
    # Of the discharged plan only the phone call to the patient, two days after discharge.
    call = _entries(view.model, _plan_row(view.model, discharged))
    assert [(entry.kind, entry.due) for entry in call] == [
        (DueKind.FOLLOW_UP_CALL, today + timedelta(days=2))
    ]
    shown = _entries(view.model, _plan_row(view.model, admitted_today))
    assert shown
    assert all(entry.due <= today + timedelta(days=7) for entry in shown)
    assert all(entry.kind is DueKind.ITEM for entry in shown)  # the action is due in 8 days
    detail = service.plan_detail(admitted_today)
    later = {
        item.item_id for item in detail.items if (item.due_date(detail.plan) or today) > today + timedelta(7)
    }
    assert later
    assert not later & {entry.ref_id for entry in shown}


def test_done_items_disappear_on_refresh(
    qtbot: QtBot, bokmal: list[QTranslator], service: PlanService, make_draft: MakeDraft
) -> None:
    plan_id = _start(service, make_draft, "Testa Testesen", admission=service.today() - timedelta(days=10))
    view = _view(qtbot, service)
    first = _entries(view.model, _plan_row(view.model, plan_id))[0]
    service.set_item_state(ItemId(first.ref_id), ItemState.DONE, TEST_USER)
    view.refresh()
    assert first.ref_id not in {entry.ref_id for entry in _all_entries(view.model)}


def test_only_mine_hides_plans_of_other_staff(
    qtbot: QtBot, bokmal: list[QTranslator], service: PlanService, make_draft: MakeDraft
) -> None:
    past = service.today() - timedelta(days=10)
    # The service compares names casefolded, so "TestBruker" is the test user.
    _start(service, make_draft, "Min Pasient", admission=past, responsible_staff="TestBruker")
    other = _start(service, make_draft, "Annen Pasient", admission=past, responsible_staff="Sosionom Annen")
    view = _view(qtbot, service)
    assert _patients(view.model) == ["Annen Pasient", "Min Pasient"]

    view.mine_filter.click()
    assert view.mine
    assert _patients(view.model) == ["Min Pasient"]

    # An agreed action that names the user brings the other plan back, with only that action.
    action_id, _ = service.add_action(
        other, AreaKey.HOUSING, "Ringe utleier", Responsible.WARD, "testbruker", service.today(), TEST_USER
    )
    view.refresh()
    assert _patients(view.model) == ["Annen Pasient", "Min Pasient"]
    assert [entry.ref_id for entry in _entries(view.model, _plan_row(view.model, other))] == [action_id]

    view.mine = False
    assert not view.mine_filter.isChecked()
    assert len(_entries(view.model, _plan_row(view.model, other))) > 1


def test_enter_on_an_entry_opens_it(
    qtbot: QtBot, bokmal: list[QTranslator], service: PlanService, make_draft: MakeDraft
) -> None:
    today = service.today()
    plan_id = _start(service, make_draft, "Testa Testesen", admission=today - timedelta(days=10))
    action_id, _ = service.add_action(
        plan_id,
        AreaKey.NETWORK,
        "Møte med likeperson",
        Responsible.PATIENT,
        "",
        today + timedelta(2),
        TEST_USER,
    )
    view = _view(qtbot, service)
    _show(qtbot, view)
    assert view.tree.hasFocus()
    plan_index = _plan_row(view.model, plan_id)
    row = next(
        row
        for row, entry in enumerate(_entries(view.model, plan_index))
        if entry.kind is DueKind.ACTION and entry.ref_id == action_id
    )
    view.tree.setCurrentIndex(view.model.index(row, 0, plan_index))

    with qtbot.waitSignal(view.open_entry, timeout=1000) as blocker:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert blocker.args == [plan_id, AreaKey.NETWORK.value, DueKind.ACTION.value, action_id]


def test_keyboard_alone_reaches_and_opens_the_first_entry(
    qtbot: QtBot, bokmal: list[QTranslator], service: PlanService, make_draft: MakeDraft
) -> None:
    plan_id = _start(service, make_draft, "Testa Testesen", admission=service.today() - timedelta(days=10))
    view = _view(qtbot, service)
    _show(qtbot, view)
    first = _entries(view.model, _plan_row(view.model, plan_id))[0]
    expected = [plan_id, first.area.value, first.kind.value, first.ref_id]

    # The patient row is current after a refresh; Enter there opens its first entry.
    assert view.model.entry_at(view.tree.currentIndex()) is None
    with qtbot.waitSignal(view.open_entry, timeout=1000) as on_patient:
        qtbot.keyClick(view.tree, Qt.Key.Key_Enter)
    assert on_patient.args == expected

    qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    assert view.model.entry_at(view.tree.currentIndex()) == first
    with qtbot.waitSignal(view.open_entry, timeout=1000) as on_entry:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert on_entry.args == expected


def test_double_click_opens_an_entry(
    qtbot: QtBot, bokmal: list[QTranslator], service: PlanService, make_draft: MakeDraft
) -> None:
    plan_id = _start(service, make_draft, "Testa Testesen", admission=service.today() - timedelta(days=10))
    view = _view(qtbot, service)
    _show(qtbot, view)
    plan_index = _plan_row(view.model, plan_id)
    second = _entries(view.model, plan_index)[1]
    rect = view.tree.visualRect(view.model.index(1, COL_AREA, plan_index))
    # A real double-click starts with a press: the view only opens what was pressed.
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_entry, timeout=1000) as blocker:
        qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [plan_id, second.area.value, second.kind.value, second.ref_id]
    assert view.tree.isExpanded(plan_index)  # a double-click opens, it does not collapse


def test_empty_state_when_nothing_is_due(
    qtbot: QtBot, bokmal: list[QTranslator], context: Context, make_draft: MakeDraft
) -> None:
    service = context.service
    view = _view(qtbot, service)
    assert view.stack.currentWidget() is view.empty
    assert view.model.rowCount() == 0
    whole_ward = view.empty.text()
    assert whole_ward

    # Someone else's plan is due, but nothing of mine: the text says how to see the ward.
    _start(service, make_draft, "Annen Pasient", admission=service.today() - timedelta(days=10))
    view.refresh()
    assert view.stack.currentWidget() is view.tree
    view.mine = True
    assert view.stack.currentWidget() is view.empty
    assert view.empty.text() not in ("", whole_ward)
    assert "«" in view.empty.text()  # names the check box to untick
