"""The Family area's "Barn og familie" tab, driven by keyboard over a real file.

The panel is shown on its own, with a `perform` that does what the plan editor does:
run the service call, then show the plan again. Dates are fixed.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot
from test_walkthrough import focused, press, with_modal

from dischargeplanner.app import Context
from dischargeplanner.domain.family import FamilyService
from dischargeplanner.domain.family_model import (
    BarnevernInvolved,
    Child,
    ChildId,
    Conversation,
    ConversationId,
    Family,
    FamilySupport,
    Participant,
)
from dischargeplanner.domain.model import Changes, PlanId
from dischargeplanner.domain.services import Problem, ValidationError
from dischargeplanner.ui.dialogs.family_dialogs import (
    BarnevernDialog,
    ChildDialog,
    ConversationDialog,
    FamilyServicesDialog,
)
from dischargeplanner.ui.family_panel import FamilyPanel
from dischargeplanner.ui.messages import Messages, StandardButton
from dischargeplanner.ui.texts import problem_text
from helpers import TEST_USER, MakeDraft, service_at
from helpers_family import family_at

DAY = date(2026, 11, 2)
STAFF = "Kari Sosionom"


def _t(context: str, source: str, n: int = -1) -> str:
    # Whatever language is installed: Bokmål once the .qm has these strings, English until then.
    return QCoreApplication.translate(context, source, None, n)


@pytest.fixture
def plan_id(context: Context, make_draft: MakeDraft) -> PlanId:
    draft = make_draft(admission=DAY - timedelta(days=14), planned_discharge=DAY + timedelta(days=40))
    new_id, _ = service_at(context, DAY).start_plan(draft, TEST_USER)
    return new_id


@pytest.fixture
def family(context: Context) -> FamilyService:
    return family_at(context, DAY)


@pytest.fixture
def panel(
    qtbot: QtBot,
    context: Context,
    family: FamilyService,
    plan_id: PlanId,
    bokmal: object,
    answers: list[tuple[str, str]],
) -> FamilyPanel:
    plans = service_at(context, DAY)

    def perform(call: object) -> bool:
        assert callable(call)
        try:
            changes = call()
        except ValidationError:
            return False
        assert isinstance(changes, Changes)
        shown.show_detail(plans.plan_detail(plan_id), read_only=False)
        return True

    shown = FamilyPanel(family, TEST_USER, perform, lambda: DAY)
    qtbot.addWidget(shown)
    shown.resize(900, 900)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow, timeout=2000)
    shown.show_detail(plans.plan_detail(plan_id), read_only=False)
    return shown


def key(qtbot: QtBot, pressed: Qt.Key) -> None:
    qtbot.keyClick(focused(), pressed)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_past_date(qtbot: QtBot) -> None:
    date_field = focused()
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Tab)
        if focused() is not date_field:
            return
    raise AssertionError("Tab does not leave the date field")


def cells(panel_table: object, row: int) -> list[str]:
    model = panel_table.model  # type: ignore[attr-defined]
    return [str(model.index(row, column).data()) for column in range(model.columnCount())]


# Children ---------------------------------------------------------------------------


def test_empty_states_say_what_to_do(panel: FamilyPanel) -> None:
    assert panel.children_table.empty.isVisibleTo(panel)
    assert not panel.children_table.table.isVisibleTo(panel)
    assert panel.children_table.empty.text() == _t(
        "FamilyPanel",
        "No children under 18 registered. If the patient has children, register each one "
        "with New child…: first name or initials are enough.",
    )
    assert panel.conversations_table.empty.isVisibleTo(panel)
    assert not panel.change_child_button.isEnabled()
    assert not panel.barnevern_button.isEnabled()  # nothing about barnevern without consent
    assert panel.barnevern_summary.text() == _t(
        "FamilyPanel",
        "Without the patient's consent no barnevern details are stored. Tick the box when the "
        "patient agrees to barnevern being involved or informed in the ansvarsgruppe.",
    )


def test_a_child_is_added_by_keyboard_changed_with_enter_and_removed_with_delete(
    panel: FamilyPanel, family: FamilyService, plan_id: PlanId, qtbot: QtBot
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ChildDialog)
        assert focused() is dialog.name
        type_text(qtbot, "Mia")
        key(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.birth_year
        type_text(qtbot, "2018")
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Faren")
        key(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.carer
        type_text(qtbot, "Mormor")
        key(qtbot, Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, panel.add_child_button), fill)

    assert family.children(plan_id) == [
        Child(family.children(plan_id)[0].child_id, plan_id, "Mia", 2018, "Faren", "Mormor")
    ]
    age = _t("FamilyPanel", "%n year(s)", 8)
    assert cells(panel.children_table, 0) == ["Mia", age, "Faren", "Mormor"]

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, ChildDialog)
        assert dialog.name.text() == "Mia"
        qtbot.keyClick(dialog.name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, "M.")
        key(qtbot, Qt.Key.Key_Return)

    panel.children_table.table.setFocus()
    with_modal(lambda: qtbot.keyClick(panel.children_table.table, Qt.Key.Key_Return), change)
    assert [child.name for child in family.children(plan_id)] == ["M."]

    Messages.prepared_answers = [StandardButton.No]
    qtbot.keyClick(panel.children_table.table, Qt.Key.Key_Delete)
    assert len(family.children(plan_id)) == 1  # asked, and the answer was no
    Messages.prepared_answers = [StandardButton.Yes]
    qtbot.keyClick(panel.children_table.table, Qt.Key.Key_Delete)
    assert family.children(plan_id) == []
    assert panel.children_table.empty.isVisibleTo(panel)


def test_a_birth_year_outside_childhood_is_explained_next_to_the_field(qtbot: QtBot, bokmal: object) -> None:
    dialog = ChildDialog(Child(ChildId(0), PlanId(1), ""), DAY)
    qtbot.addWidget(dialog)
    dialog.name.setText("Mia")
    dialog.birth_year.setText("2001")
    error = dialog.findChild(QLabel, "birthYearError")
    assert error is not None
    assert error.isVisibleTo(dialog)
    assert error.text() == problem_text(Problem.FAMILY_BIRTH_YEAR_OUT_OF_RANGE)
    assert not dialog.ok_button.isEnabled()
    dialog.birth_year.setText("20x8")
    assert not dialog.ok_button.isEnabled()
    dialog.birth_year.setText("2020")
    assert not error.isVisibleTo(dialog)
    assert dialog.ok_button.isEnabled()
    assert dialog.age.text() == _t("ChildDialog", "%n year(s) old this year", 6)
    assert dialog.child().name == "Mia"  # nothing typed is lost


# Conversations --------------------------------------------------------------------------


def test_a_conversation_is_registered_by_keyboard_and_removed(
    panel: FamilyPanel, family: FamilyService, plan_id: PlanId, qtbot: QtBot
) -> None:
    child_id, _ = family.add_child(Child(ChildId(0), plan_id, "Mia", 2018), TEST_USER)
    panel._refresh()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ConversationDialog)
        assert focused() is dialog.day  # today, as suggested
        tab_past_date(qtbot)
        assert focused() is dialog.participant_boxes[Participant.PATIENT]
        assert dialog.participant_boxes[Participant.PATIENT].isChecked()
        key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Space)  # the child took part too
        key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.child_combo
        key(qtbot, Qt.Key.Key_Down)  # Mia
        key(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.by
        assert dialog.by.text() == TEST_USER  # the signed-in user, until changed
        qtbot.keyClick(dialog.by, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, STAFF)
        key(qtbot, Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, panel.add_conversation_button), fill)

    (stored,) = family.conversations(plan_id)
    assert (stored.day, stored.participants, stored.child_id, stored.by) == (
        DAY,
        (Participant.PATIENT, Participant.CHILD),
        child_id,
        STAFF,
    )
    with_whom = ", ".join((_t("FamilyTexts", "The patient"), _t("FamilyTexts", "The child") + " (Mia)"))
    assert cells(panel.conversations_table, 0) == ["02.11.2026", with_whom, STAFF, ""]

    Messages.prepared_answers = [StandardButton.Yes]
    panel.conversations_table.table.setFocus()
    qtbot.keyClick(panel.conversations_table.table, Qt.Key.Key_Delete)
    assert family.conversations(plan_id) == []


def test_a_conversation_in_the_future_or_with_nobody_cannot_be_registered(
    qtbot: QtBot, bokmal: object
) -> None:
    start = Conversation(ConversationId(0), PlanId(1), DAY + timedelta(days=1), (Participant.PATIENT,), STAFF)
    dialog = ConversationDialog(start, [], DAY)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert not dialog.child_combo.isVisibleTo(dialog)  # no children to name
    day_error = dialog.findChild(QLabel, "dayError")
    assert day_error is not None
    assert day_error.text() == problem_text(Problem.DATE_IN_FUTURE)
    dialog.day.setDate(dialog.day.date().addDays(-1))
    assert dialog.ok_button.isEnabled()
    dialog.participant_boxes[Participant.PATIENT].setChecked(False)
    assert not dialog.ok_button.isEnabled()
    participants_error = dialog.findChild(QLabel, "participantsError")
    assert participants_error is not None
    assert participants_error.isVisibleTo(dialog)
    assert participants_error.text() == problem_text(Problem.FAMILY_CONVERSATION_WITH_MISSING)


# Barnevern --------------------------------------------------------------------------------


def test_consent_is_ticked_barnevern_filled_in_and_cleared_when_unticked(
    panel: FamilyPanel, family: FamilyService, plan_id: PlanId, qtbot: QtBot
) -> None:
    panel.consent_box.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    assert family.family(plan_id).barnevern_consent
    assert panel.consent_box.isChecked()
    assert panel.barnevern_button.isEnabled()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, BarnevernDialog)
        assert focused() is dialog.involved
        key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_Down)  # Not known yet -> No -> Yes
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Saksbehandler Test, Eksempel barneverntjeneste")
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Med i ansvarsgruppen")
        key(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.ok_button
        key(qtbot, Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, panel.barnevern_button), fill)

    stored = family.family(plan_id)
    assert stored.barnevern_involved is BarnevernInvolved.YES
    assert stored.barnevern_contact == "Saksbehandler Test, Eksempel barneverntjeneste"
    assert stored.barnevern_note == "Med i ansvarsgruppen"
    assert "Saksbehandler Test" in panel.barnevern_summary.text()

    # Unticking asks first; "no" keeps everything.
    Messages.prepared_answers = [StandardButton.No]
    panel.consent_box.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    assert panel.consent_box.isChecked()
    assert family.family(plan_id) == stored

    Messages.prepared_answers = [StandardButton.Yes]
    key(qtbot, Qt.Key.Key_Space)
    assert Messages.shown[-1][0] == _t("FamilyPanel", "Delete barnevern details")
    assert family.family(plan_id) == Family(plan_id)
    assert not panel.consent_box.isChecked()
    assert "Saksbehandler" not in panel.barnevern_summary.text()
    assert not panel.barnevern_button.isEnabled()


def test_family_services_are_ticked_by_keyboard(
    panel: FamilyPanel, family: FamilyService, plan_id: PlanId, qtbot: QtBot
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, FamilyServicesDialog)
        assert focused() is dialog.support_boxes[FamilySupport.FAMILIEVERNKONTOR]
        key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Space)  # helsestasjon
        key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Space)  # foreldrestøtte
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Foreldreveiledning i kommunen")
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Mor trenger oppfølging det første året")
        key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, panel.services_button), fill)

    stored = family.family(plan_id)
    assert stored.supports == (FamilySupport.HELSESTASJON, FamilySupport.FORELDRESTOTTE)
    assert stored.services_note == "Foreldreveiledning i kommunen"
    assert stored.long_term_follow_up == "Mor trenger oppfølging det første året"
    assert "Foreldreveiledning i kommunen" in panel.services_summary.text()


def test_a_read_only_plan_shows_everything_and_changes_nothing(
    panel: FamilyPanel, context: Context, family: FamilyService, plan_id: PlanId
) -> None:
    family.add_child(Child(ChildId(0), plan_id, "Mia", 2018), TEST_USER)
    family.save_family(
        Family(plan_id, barnevern_consent=True, barnevern_contact="Saksbehandler Test"), TEST_USER
    )
    panel.show_detail(service_at(context, DAY).plan_detail(plan_id), read_only=True)
    assert cells(panel.children_table, 0)[0] == "Mia"
    assert "Saksbehandler Test" in panel.barnevern_summary.text()
    for widget in (
        panel.add_child_button,
        panel.change_child_button,
        panel.remove_child_button,
        panel.add_conversation_button,
        panel.consent_box,
        panel.barnevern_button,
        panel.services_button,
    ):
        assert not widget.isEnabled(), widget.objectName()


def test_tab_moves_through_each_section_in_reading_order(
    panel: FamilyPanel, context: Context, family: FamilyService, plan_id: PlanId, qtbot: QtBot
) -> None:
    family.add_child(Child(ChildId(0), plan_id, "Mia", 2018), TEST_USER)
    family.add_conversation(
        Conversation(ConversationId(0), plan_id, DAY, (Participant.PATIENT,), STAFF), TEST_USER
    )
    family.save_family(Family(plan_id, barnevern_consent=True), TEST_USER)
    panel.show_detail(service_at(context, DAY).plan_detail(plan_id), read_only=False)
    expected = [
        panel.children_table.table,
        panel.add_child_button,
        panel.change_child_button,
        panel.remove_child_button,
        panel.conversations_table.table,
        panel.add_conversation_button,
        panel.remove_conversation_button,
        panel.consent_box,
        panel.barnevern_button,
        panel.services_button,
    ]
    panel.children_table.table.setFocus()
    seen = [focused()]
    for _ in expected[1:]:
        key(qtbot, Qt.Key.Key_Tab)
        seen.append(focused())
    assert seen == expected
