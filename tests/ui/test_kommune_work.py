"""Working with the kommune, through the main window: the tabs are where a social worker looks,
the header warns about what must not be missed, and due calls open from "Denne uken".

The tabs themselves are tested in test_contacts_panel, test_crisis_panel, test_family_panel,
test_follow_up_call_panel and test_meeting_mode; here they are reached the way a user reaches them.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot
from test_meeting_mode import _minute_and_decision_in_housing, _open, _plan_discharge_meeting
from test_walkthrough import focused, press, with_modal

from dischargeplanner.app import Context
from dischargeplanner.domain.coordination_model import Contact, ContactId, ContactRole
from dischargeplanner.domain.crisis_model import UnplannedProcedure
from dischargeplanner.domain.follow_up_call import CallId, FollowUpCall
from dischargeplanner.domain.model import AreaKey, DischargeKind, PlanId, PlanStatus, TrafficLight
from dischargeplanner.ui.dialogs.call_dialog import CallDialog
from dischargeplanner.ui.dialogs.discharge_dialog import DischargeDialog
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.models.action_model import COL_WHAT
from dischargeplanner.ui.models.due_model import COL_KIND
from dischargeplanner.ui.models.plan_table_model import COL_NEXT_DUE, COL_OVERDUE
from dischargeplanner.ui.record_rows import MEETINGS
from helpers import TEST_USER, MakeDraft, MakeWindow, care_at, context_at, service_at
from helpers_meetings import DAY as MEETING_DAY
from helpers_meetings import add_contact, long_stay

DAY = date(2026, 11, 2)


def _t(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def _warning(source: str) -> str:
    """The fixed start of a header warning, whatever language is installed."""
    return _t("CarePanels", source).split("(")[0].split("%1")[0].strip()


@pytest.fixture
def plan_id(context: Context, make_draft: MakeDraft) -> PlanId:
    draft = make_draft(admission=DAY - timedelta(days=14), planned_discharge=DAY + timedelta(days=30))
    new_id, _ = service_at(context, DAY).start_plan(draft, TEST_USER)
    return new_id


def open_plan(make_window: MakeWindow, context: Context, plan_id: PlanId, day: date) -> MainWindow:
    window = make_window(context_at(context, day))
    window.open_plan(plan_id)
    return window


def test_the_header_warns_until_a_responsible_kommune_contact_is_marked(
    make_window: MakeWindow, context: Context, plan_id: PlanId, qtbot: QtBot
) -> None:
    no_responsible = _warning("No named person responsible in the kommune yet (%1 → %2).")
    care_at(context, DAY).coordination.add_contact(
        Contact(ContactId(0), plan_id, ContactRole.KOMMUNE_CONTACT, "Kari Kommune Demo", phone="12 34 56 78"),
        TEST_USER,
    )
    window = open_plan(make_window, context, plan_id, DAY)
    editor = window.editor
    assert no_responsible in editor.header.text()

    editor.show_area(AreaKey.COORDINATION)
    page = editor.pages[AreaKey.COORDINATION]
    contacts = editor.care_panels.contacts
    page.show_panel(contacts)
    assert page.tabs.currentWidget() is contacts
    contacts.contacts.table.setFocus()
    contacts.contacts.table.selectRow(0)
    press(qtbot, contacts.responsible_button)

    assert no_responsible not in editor.header.text()
    assert contacts.responsible_line.isVisible()
    assert "Kari Kommune Demo" in contacts.responsible_line.text()


def test_an_unplanned_discharge_shows_the_procedure_then_the_tab_that_marks_it_followed(
    make_window: MakeWindow, context: Context, plan_id: PlanId, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    crisis = care_at(context, DAY).crisis
    crisis.save_procedure(
        UnplannedProcedure(
            plan_id, notify="Ruskonsulent Demo", notify_phone="12 34 56 78", told_by="Sosionom"
        ),
        TEST_USER,
    )
    window = open_plan(make_window, context, plan_id, DAY)
    editor = window.editor
    assert (
        _warning(
            "No procedure recorded for an unplanned discharge: who at the kommune must be told (%1 → %2)."
        )
        not in editor.header.text()
    )
    seen: list[str] = []

    def leave_unplanned(dialog: DischargeDialog) -> int:
        dialog.show()
        dialog.unplanned.setChecked(True)
        shown = dialog.findChild(QLabel, "unplannedProcedure")
        assert shown is not None
        assert shown.isVisible()
        seen.append(shown.text())
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(DischargeDialog, "exec", leave_unplanned)
    editor.discharge()

    assert "Ruskonsulent Demo" in seen[0]
    assert "12 34 56 78" in seen[0]
    plan = service_at(context, DAY).plan_detail(plan_id).plan
    assert (plan.status, plan.discharge_kind) == (PlanStatus.DISCHARGED, DischargeKind.UNPLANNED)
    # The editor goes straight to what must be done now.
    assert editor.current_area() is AreaKey.CRISIS
    relapse = editor.care_panels.relapse
    assert editor.pages[AreaKey.CRISIS].tabs.currentWidget() is relapse
    box = relapse.findChild(QLabel, "procedureToFollowText")
    assert box is not None
    assert box.isVisible()
    assert "Ruskonsulent Demo" in box.text()
    followed = _warning("Discharged unplanned: follow the procedure and mark it as followed (%1 → %2).")
    assert followed in editor.header.text()

    crisis.mark_followed(plan_id, DAY, "Sosionom", "Ringte samme dag.", TEST_USER)
    editor.reload()
    assert followed not in editor.header.text()


def test_the_follow_up_call_is_due_two_days_after_discharge_and_opens_from_denne_uken(
    make_window: MakeWindow, context: Context, plan_id: PlanId, qtbot: QtBot
) -> None:
    plans = service_at(context, DAY)
    lights = dict.fromkeys(AreaKey, (TrafficLight.GREEN, ""))
    plans.discharge_plan(plan_id, DAY, DischargeKind.PLANNED, lights, TEST_USER)
    call_kind = _t("DueTreeModel", "Phone call")

    window = make_window(context_at(context, DAY + timedelta(days=2)))
    window.week_action.trigger()
    model = window.week.model
    patient = model.index(0, 0)
    kinds = [model.index(row, COL_KIND, patient).data() for row in range(model.rowCount(patient))]
    assert kinds == [call_kind]

    window.week.tree.setCurrentIndex(model.index(0, 0, patient))
    qtbot.keyClick(window.week.tree, Qt.Key.Key_Return)
    editor = window.editor
    assert window.stack.currentWidget() is editor
    assert editor.current_area() is AreaKey.COORDINATION
    assert editor.pages[AreaKey.COORDINATION].tabs.currentWidget() is editor.care_panels.call
    due = _warning("Follow-up call to the patient due %1 (%2 → %3).")
    assert due in editor.header.text()

    def reached(dialog: QDialog) -> None:
        assert isinstance(dialog, CallDialog)
        dialog.reached_yes.setChecked(True)
        dialog.accept()

    with_modal(lambda: press(qtbot, editor.care_panels.call.register_button), reached)
    assert due not in editor.header.text()
    window.week_action.trigger()
    assert window.week.model.rowCount() == 0


def test_a_discharge_meeting_run_in_meeting_mode_puts_its_decisions_on_the_area_pages(
    make_window: MakeWindow, context: Context, make_draft: MakeDraft, qtbot: QtBot
) -> None:
    plan = long_stay(context, make_draft)
    add_contact(context, plan, "kommune_contact", "Saksbehandler Demo")
    window = open_plan(make_window, context, plan, MEETING_DAY)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    editor = window.editor
    editor.show_page(MEETINGS)
    page = editor.care_panels.meetings
    assert editor.stack.currentWidget() is page

    _plan_discharge_meeting(qtbot, page, context, plan)
    assert editor.area_list.item(len(AreaKey) + 2).text().startswith(_t("RecordRows", "Meetings"))
    mode = _open(qtbot, page)
    qtbot.keyClick(mode, Qt.Key.Key_Right)
    assert mode.current_area() is AreaKey.HOUSING
    _minute_and_decision_in_housing(qtbot, mode)
    qtbot.keyClick(focused(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert mode.current_area() is AreaKey.FINANCES
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Time hos gjeldsrådgiver")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not mode.isVisible()

    # The editor's own pages show the decisions as agreed actions, without reopening the plan.
    for area, what in ((AreaKey.HOUSING, "Søke bostøtte"), (AreaKey.FINANCES, "Time hos gjeldsrådgiver")):
        editor.show_area(area)
        actions = editor.pages[area].actions_panel.table.model()
        shown = [actions.index(row, COL_WHAT).data() for row in range(actions.rowCount())]
        assert what in shown


def test_a_discharged_plan_whose_call_is_late_shows_it_in_the_ward_overview(
    make_window: MakeWindow, context: Context, plan_id: PlanId
) -> None:
    lights = dict.fromkeys(AreaKey, (TrafficLight.GREEN, ""))
    service_at(context, DAY).discharge_plan(plan_id, DAY, DischargeKind.PLANNED, lights, TEST_USER)
    window = make_window(context_at(context, DAY + timedelta(days=4)))
    window.overview.filter_box.setCurrentIndex(1)  # discharged plans
    model = window.overview.model
    assert model.rowCount() == 1
    overdue = model.index(0, COL_OVERDUE)
    assert overdue.data() == "1"
    assert overdue.data(Qt.ItemDataRole.ToolTipRole) == _t(
        "PlanTableModel", "The follow-up call after discharge is past its date"
    )
    next_due = model.index(0, COL_NEXT_DUE).data()
    assert next_due.startswith("04.11.2026")

    care_at(context, DAY + timedelta(days=4)).calls.add_call(
        FollowUpCall(CallId(0), plan_id, DAY + timedelta(days=4), "Sosionom", reached=True), TEST_USER
    )
    window.overview.refresh()
    assert model.index(0, COL_OVERDUE).data() == "–"
