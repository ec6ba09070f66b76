"""The Crisis area's tabs, driven with the keyboard on a real file: the kriseplan, the bed, the return
agreement, and the procedure at brudd from admission through an unplanned discharge to "followed".

The panels sit in their own windows here, with the editor's way of performing a change:
run the service call, word a refusal, and show the plan again as stored.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from test_walkthrough import focused, press, with_modal

from dischargeplanner.app import Context
from dischargeplanner.domain.crisis import CrisisService
from dischargeplanner.domain.crisis_model import CrisisText, UnplannedProcedure, default_contract_end
from dischargeplanner.domain.model import Changes, DischargeKind, PlanId, PlanStatus
from dischargeplanner.domain.services import Problem, ValidationError
from dischargeplanner.ui.area_page import DetailPanel
from dischargeplanner.ui.crisis_panel import CrisisPanel
from dischargeplanner.ui.dialogs.crisis_dialogs import (
    ProcedureFollowedDialog,
    ReturnAgreementDialog,
    UnplannedProcedureDialog,
    UserBedDialog,
    procedure_summary,
)
from dischargeplanner.ui.dialogs.discharge_dialog import DischargeDialog
from dischargeplanner.ui.formatting import format_date, from_qdate
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.relapse_panel import RelapsePanel
from dischargeplanner.ui.texts import problem_text
from helpers import TEST_USER, MakeDraft, service_at
from helpers_crisis import crisis_at

DAY = date(2026, 11, 2)
ADMISSION = DAY - timedelta(days=20)
STAFF = "Kari Sosionom"


def _t(context: str, source: str) -> str:
    # Whatever language is installed: Bokmål once the .qm has these strings, English until then.
    return QCoreApplication.translate(context, source)


@pytest.fixture
def plan_id(context: Context, make_draft: MakeDraft) -> PlanId:
    draft = make_draft(admission=ADMISSION, planned_discharge=DAY + timedelta(days=30))
    new_id, _ = service_at(context, DAY).start_plan(draft, TEST_USER)
    return new_id


@pytest.fixture
def crisis(context: Context) -> CrisisService:
    return crisis_at(context, DAY)


def show_panel(
    qtbot: QtBot,
    context: Context,
    plan_id: PlanId,
    make: Callable[[CrisisService, Callable[..., bool]], DetailPanel],
) -> DetailPanel:
    """`make`'s panel in its own window, showing the plan; refreshed after each change, as in the editor."""
    crisis = crisis_at(context, DAY)
    plans = service_at(context, DAY)
    panels: list[DetailPanel] = []

    def refresh() -> None:
        detail = plans.plan_detail(plan_id)
        panels[0].show_detail(detail, read_only=detail.plan.status is not PlanStatus.ACTIVE)

    def perform(call: Callable[[], Changes]) -> bool:
        try:
            call()
        except ValidationError as error:
            Messages.warning(panels[0], "Not saved", "\n".join(problem_text(i.problem) for i in error.issues))
            refresh()
            return False
        refresh()
        return True

    panels.append(make(crisis, perform))
    panel = panels[0]
    qtbot.addWidget(panel)
    refresh()
    panel.resize(900, 700)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=2000)
    return panel


def crisis_panel(qtbot: QtBot, context: Context, plan_id: PlanId) -> CrisisPanel:
    panel = show_panel(
        qtbot, context, plan_id, lambda crisis, perform: CrisisPanel(crisis, TEST_USER, perform, lambda: DAY)
    )
    assert isinstance(panel, CrisisPanel)
    return panel


def relapse_panel(qtbot: QtBot, context: Context, plan_id: PlanId) -> RelapsePanel:
    panel = show_panel(
        qtbot, context, plan_id, lambda crisis, perform: RelapsePanel(crisis, TEST_USER, perform, lambda: DAY)
    )
    assert isinstance(panel, RelapsePanel)
    return panel


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def key(qtbot: QtBot, pressed: Qt.Key) -> None:
    qtbot.keyClick(focused(), pressed)


def tab_past_date(qtbot: QtBot) -> None:
    """Tab moves through a date's day, month and year before it leaves the field."""
    date_field = focused()
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Tab)
        if focused() is not date_field:
            return
    raise AssertionError("Tab does not leave the date field")


def replace_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, text)


def label(widget: QWidget, name: str) -> QLabel:
    found = widget.findChild(QLabel, name)
    assert found is not None, name
    return found


def button(widget: QWidget, name: str) -> QPushButton:
    found = widget.findChild(QPushButton, name)
    assert found is not None, name
    return found


# The kriseplan ----------------------------------------------------------------


def test_the_kriseplan_is_filled_in_with_the_keyboard_and_stored(
    qtbot: QtBot, context: Context, plan_id: PlanId, crisis: CrisisService, answers: list[tuple[str, str]]
) -> None:
    panel = crisis_panel(qtbot, context, plan_id)
    empty = label(panel, "crisisEmpty")
    assert empty.isVisible()  # says what to do next
    assert label(panel, "crisisUpdated").text() == _t("CrisisPanel", "Not written yet.")

    panel.fields[CrisisText.WARNING_SIGNS].setFocus()
    type_text(qtbot, "Sover dårlig")
    key(qtbot, Qt.Key.Key_Return)  # a new line within the field
    type_text(qtbot, "Svarer ikke på telefonen")
    typed = {
        CrisisText.WHAT_HELPS: "Gå tur og ringe søsteren",
        CrisisText.DAY_CONTACT: "Ruskonsulent Demo",
        CrisisText.DAY_PHONE: "12 34 56 78",
        CrisisText.NIGHT_CONTACT: "Legevakt",
        CrisisText.NIGHT_PHONE: "116 117",
        CrisisText.HOW_TO_MEET: "Rolig og rett fram",
        CrisisText.RISK_NOTES: "Redusert toleranse etter oppholdet: fare for overdose.",
    }
    for field, text in typed.items():
        key(qtbot, Qt.Key.Key_Tab)  # Tab leaves a field (and stores it) rather than typing a tab
        assert focused() is panel.fields[field], field
        type_text(qtbot, text)
    key(qtbot, Qt.Key.Key_Tab)

    stored = crisis.crisis_plan(plan_id)
    assert stored.warning_signs == "Sover dårlig\nSvarer ikke på telefonen"
    for field, text in typed.items():
        assert stored.text(field) == text
    assert (stored.updated_on, stored.updated_by) == (DAY, TEST_USER)
    expected = _t("CrisisPanel", "Last updated %1 by %2.").replace("%1", format_date(DAY))
    assert label(panel, "crisisUpdated").text() == expected.replace("%2", TEST_USER)
    assert not empty.isVisible()
    assert answers == []  # nothing was refused


def test_a_field_is_stored_once_typing_stops(
    qtbot: QtBot, context: Context, plan_id: PlanId, crisis: CrisisService
) -> None:
    panel = crisis_panel(qtbot, context, plan_id)
    panel.fields[CrisisText.WHAT_HELPS].setFocus()
    type_text(qtbot, "Gå tur")
    assert focused() is panel.fields[CrisisText.WHAT_HELPS]  # still typing there
    qtbot.waitUntil(lambda: crisis.crisis_plan(plan_id).what_helps == "Gå tur", timeout=3000)
    assert panel.fields[CrisisText.WHAT_HELPS].toPlainText() == "Gå tur"


def test_a_phone_that_cannot_be_one_is_kept_as_typed_with_a_message_under_it(
    qtbot: QtBot, context: Context, plan_id: PlanId, crisis: CrisisService, answers: list[tuple[str, str]]
) -> None:
    panel = crisis_panel(qtbot, context, plan_id)
    phone = panel.fields[CrisisText.DAY_PHONE]
    phone.setFocus()
    type_text(qtbot, "ring kontoret")
    key(qtbot, Qt.Key.Key_Tab)

    error = label(panel, "dayPhoneError")
    assert error.isVisible()
    assert error.text() == problem_text(Problem.PHONE_INVALID)
    assert phone.text() == "ring kontoret"  # nothing typed is lost
    assert crisis.crisis_plan(plan_id).day_phone == ""
    assert answers == []  # said next to the field, not in a box

    phone.setFocus()
    replace_text(qtbot, "12 34 56 78")
    key(qtbot, Qt.Key.Key_Tab)
    assert not error.isVisible()
    assert crisis.crisis_plan(plan_id).day_phone == "12 34 56 78"


def test_a_discharged_plan_shows_its_kriseplan_read_only(
    qtbot: QtBot, context: Context, plan_id: PlanId, crisis: CrisisService
) -> None:
    crisis.set_crisis_text(plan_id, CrisisText.WHAT_HELPS, "Gå tur", TEST_USER)
    service_at(context, DAY).discharge_plan(plan_id, DAY, DischargeKind.PLANNED, {}, TEST_USER)
    panel = crisis_panel(qtbot, context, plan_id)
    field = panel.fields[CrisisText.WHAT_HELPS]
    assert field.toPlainText() == "Gå tur"
    assert all(edit.isReadOnly() for edit in panel.fields.values())


# Brukerstyrt seng and the return agreement ------------------------------------------


def test_a_bed_contract_is_recorded_with_six_months_and_the_usual_limits(
    qtbot: QtBot, context: Context, plan_id: PlanId, crisis: CrisisService
) -> None:
    panel = relapse_panel(qtbot, context, plan_id)
    assert label(panel, "bedSummary").text() == _t(
        "RelapsePanel",
        "No contract. With a contract the patient can decide to come in for a few days "
        "when things get hard, without a referral.",
    )

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, UserBedDialog)
        assert focused() is dialog.has_contract
        key(qtbot, Qt.Key.Key_Space)
        key(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.institution
        type_text(qtbot, "Eksempel DPS")
        assert from_qdate(dialog.contract_to.date()) == default_contract_end(DAY)
        assert (dialog.max_days.value(), dialog.min_days.value()) == (5, 14)
        dialog.how_to_ask.setFocus()
        type_text(qtbot, "Ring 12 34 56 78")
        dialog.ok_button.setFocus()
        key(qtbot, Qt.Key.Key_Space)

    with_modal(lambda: press(qtbot, panel.bed_button), fill)

    bed = crisis.bed(plan_id)
    assert bed.has_contract
    assert (bed.institution, bed.contract_from, bed.contract_to) == ("Eksempel DPS", DAY, date(2027, 5, 2))
    assert (bed.max_days_per_stay, bed.min_days_between, bed.how_to_ask) == (5, 14, "Ring 12 34 56 78")
    summary = label(panel, "bedSummary").text()
    assert "Eksempel DPS" in summary
    assert format_date(date(2027, 5, 2)) in summary


def test_a_contract_ending_before_it_starts_cannot_be_stored(
    qtbot: QtBot, crisis: CrisisService, plan_id: PlanId
) -> None:
    dialog = UserBedDialog(crisis.bed(plan_id), DAY)
    qtbot.addWidget(dialog)
    dialog.has_contract.setChecked(True)
    dialog.institution.setText("Eksempel DPS")
    assert dialog.ok_button.isEnabled()
    dialog.contract_to.setDate(dialog.contract_from.date().addDays(-1))
    assert not dialog.ok_button.isEnabled()
    assert label(dialog, "contractToError").text() == problem_text(Problem.CRISIS_BED_ENDS_BEFORE_START)


def test_a_return_agreement_is_recorded(
    qtbot: QtBot, context: Context, plan_id: PlanId, crisis: CrisisService
) -> None:
    panel = relapse_panel(qtbot, context, plan_id)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ReturnAgreementDialog)
        assert focused() is dialog.text
        type_text(qtbot, "Ny innleggelse innen en uke, uten henvisning.")
        key(qtbot, Qt.Key.Key_Tab)
        tab_past_date(qtbot)
        assert focused() is dialog.agreed_with
        type_text(qtbot, "Pasienten og Ruskonsulent Demo")
        key(qtbot, Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, panel.return_button), fill)

    stored = crisis.return_agreement(plan_id)
    assert (stored.text, stored.agreed_on, stored.agreed_with) == (
        "Ny innleggelse innen en uke, uten henvisning.",
        DAY,
        "Pasienten og Ruskonsulent Demo",
    )
    assert label(panel, "returnSummary").text().startswith("Ny innleggelse innen en uke")


# The procedure at brudd: admission, unplanned discharge, followed ---------------------


def record_procedure_by_keyboard(qtbot: QtBot, panel: RelapsePanel) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, UnplannedProcedureDialog)
        assert focused() is dialog.notify
        type_text(qtbot, "Ruskonsulent Demo")
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "12 34 56 78")
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Kontaktpersonen på avdelingen")
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Varsle søsteren")
        key(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.ok_button
        key(qtbot, Qt.Key.Key_Space)

    with_modal(lambda: press(qtbot, panel.procedure_button), fill)


def discharge_unplanned_through_the_dialog(
    qtbot: QtBot, context: Context, plan_id: PlanId, crisis: CrisisService, monkeypatch: pytest.MonkeyPatch
) -> str:
    """Register yesterday's unplanned end by keyboard; what the dialog showed about the procedure."""
    plans = service_at(context, DAY)
    seen: list[str] = []

    def choose_unplanned(dialog: DischargeDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        shown = label(dialog, "unplannedProcedure")
        assert not shown.isVisible()
        assert focused() is dialog.actual
        key(qtbot, Qt.Key.Key_Down)  # yesterday
        for _ in range(3):
            key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Right)  # planned -> unplanned
        assert dialog.unplanned.isChecked()
        assert shown.isVisible()
        seen.append(shown.text())
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(DischargeDialog, "exec", choose_unplanned)
    given = DischargeDialog.get_discharge(None, plans.plan_detail(plan_id), DAY, crisis.procedure(plan_id))
    assert given is not None
    assert given.kind is DischargeKind.UNPLANNED
    plans.discharge_plan(plan_id, given.actual, given.kind, given.area_status, TEST_USER)
    return seen[0]


def mark_followed_by_keyboard(qtbot: QtBot, panel: RelapsePanel, note: str) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ProcedureFollowedDialog)
        assert focused() is dialog.day
        assert from_qdate(dialog.day.date()) == DAY
        key(qtbot, Qt.Key.Key_Down)  # the day the patient left
        tab_past_date(qtbot)
        assert focused() is dialog.by
        assert dialog.by.text() == TEST_USER  # the signed-in user, until changed
        replace_text(qtbot, STAFF)
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, note)
        key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Space)

    with_modal(lambda: press(qtbot, button(panel, "procedureFollowedButton")), fill)


def test_an_unplanned_discharge_shows_the_procedure_and_it_is_marked_followed(
    qtbot: QtBot, context: Context, plan_id: PlanId, crisis: CrisisService, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At admission: the panel warns until the procedure is recorded.
    panel = relapse_panel(qtbot, context, plan_id)
    missing = label(panel, "procedureMissing")
    assert missing.isVisible()
    assert not panel.findChild(QWidget, "procedureToFollow").isVisible()
    record_procedure_by_keyboard(qtbot, panel)
    procedure = crisis.procedure(plan_id)
    assert (procedure.notify, procedure.notify_phone, procedure.told_by, procedure.also_do) == (
        "Ruskonsulent Demo",
        "12 34 56 78",
        "Kontaktpersonen på avdelingen",
        "Varsle søsteren",
    )
    assert not missing.isVisible()

    # The patient leaves: the discharge dialog shows the procedure as soon as "unplanned" is chosen.
    seen = discharge_unplanned_through_the_dialog(qtbot, context, plan_id, crisis, monkeypatch)
    summary = procedure_summary(procedure)
    assert seen == _t("DischargeDialog", "Procedure for an unplanned end: %1").replace("%1", summary)
    for part in ("Ruskonsulent Demo", "12 34 56 78", "Kontaktpersonen på avdelingen", "Varsle søsteren"):
        assert part in summary
    ended = DAY - timedelta(days=1)

    # The plan is read-only, but the procedure can be marked as followed.
    plans = service_at(context, DAY)
    panel.show_detail(plans.plan_detail(plan_id), read_only=True)
    assert panel.findChild(QWidget, "procedureToFollow").isVisible()
    box_text = label(panel, "procedureToFollowText").text()
    assert format_date(ended) in box_text
    assert summary in box_text
    assert label(panel, "procedureFollowed").text() == _t("RelapsePanel", "Not marked as followed yet.")
    assert not missing.isVisible()
    assert not panel.bed_button.isEnabled()
    assert not panel.procedure_button.isEnabled()
    assert button(panel, "procedureFollowedButton").isEnabled()

    mark_followed_by_keyboard(qtbot, panel, "Ringte ruskonsulenten samme dag.")

    stored = crisis.procedure(plan_id)
    assert (stored.followed_on, stored.followed_by, stored.followed_note) == (
        ended,
        STAFF,
        "Ringte ruskonsulenten samme dag.",
    )
    expected = _t("RelapsePanel", "Followed %1 by %2.").replace("%1", format_date(ended)).replace("%2", STAFF)
    assert label(panel, "procedureFollowed").text().splitlines()[0] == expected
    assert plans.plan_detail(plan_id).plan.status is PlanStatus.DISCHARGED  # still discharged


def test_without_a_procedure_the_box_still_says_the_kommune_must_be_told(
    qtbot: QtBot, context: Context, plan_id: PlanId, crisis: CrisisService
) -> None:
    service_at(context, DAY).discharge_plan(plan_id, DAY, DischargeKind.UNPLANNED, {}, TEST_USER)
    panel = relapse_panel(qtbot, context, plan_id)
    text = label(panel, "procedureToFollowText").text()
    assert (
        _t(
            "RelapsePanel",
            "No procedure was recorded at admission. The municipality must still be told today.",
        )
        in text
    )
    assert not label(panel, "procedureMissing").isVisible()  # too late to record it at admission
    assert button(panel, "procedureFollowedButton").isEnabled()


def test_after_a_planned_discharge_there_is_no_procedure_to_follow(
    qtbot: QtBot, context: Context, plan_id: PlanId, crisis: CrisisService
) -> None:
    crisis.save_procedure(UnplannedProcedure(plan_id, "Ruskonsulent Demo"), TEST_USER)
    service_at(context, DAY).discharge_plan(plan_id, DAY, DischargeKind.PLANNED, {}, TEST_USER)
    panel = relapse_panel(qtbot, context, plan_id)
    assert not panel.findChild(QWidget, "procedureToFollow").isVisible()
    assert not button(panel, "procedureFollowedButton").isEnabled()
    assert "Ruskonsulent Demo" in label(panel, "procedureSummary").text()
