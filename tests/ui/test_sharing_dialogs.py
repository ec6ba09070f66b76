"""Consent, its withdrawal and booked appointments: messages next to the field, OK only when storable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from dischargeplanner.app import Context
from dischargeplanner.domain.model import (
    Appointment,
    AppointmentId,
    AreaKey,
    Consent,
    ConsentForm,
    ConsentId,
    DocumentLanguage,
    Plan,
    PlanId,
    RecipientKind,
)
from dischargeplanner.domain.problems import Problem
from dischargeplanner.ui.dialogs.appointment_dialog import AppointmentDialog
from dischargeplanner.ui.dialogs.consent_dialog import ConsentDialog, WithdrawConsentDialog
from dischargeplanner.ui.formatting import format_date, from_qdate, to_qdate
from dischargeplanner.ui.texts import problem_text
from helpers import TEST_USER

# The dialogs are given "today"; a fixed day keeps month ends and leap days out of the tests.
TODAY = date(2026, 3, 10)
RECIPIENT = "Bergen kommune, tildelingskontoret"

AreaTitles = list[tuple[AreaKey, str]]
D = TypeVar("D", bound=QDialog)


def _text(context: str, source: str) -> str:
    # Whatever language is installed: Bokmål once the .qm has these strings, English until then.
    return QCoreApplication.translate(context, source)


def _problem(source: str) -> str:
    return _text("SharingTexts", source)


@pytest.fixture
def plan(context: Context, plan_id: PlanId, bokmal: object) -> Plan:
    return context.service.plan_detail(plan_id).plan


@pytest.fixture
def titles(context: Context, plan_id: PlanId) -> AreaTitles:
    return [(status.area, status.title) for status in context.service.plan_detail(plan_id).areas]


def _show(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    # Key presses only reach the active window.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(key: Qt.Key) -> None:
    QTest.keyClick(_focus(), key)


def _tick(button: QAbstractButton) -> None:
    """Click the box or circle itself: the widget may be wider than its text."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _error(dialog: QDialog, name: str) -> QLabel:
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label


def _answer_with(
    monkeypatch: pytest.MonkeyPatch, kind: type[D], qtbot: QtBot, fill: Callable[[D], None]
) -> None:
    """The classmethod's exec() shows the real dialog, lets `fill` use it, returns its result."""

    def exec_(dialog: D) -> int:
        _show(qtbot, dialog)
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(kind, "exec", exec_)


# Consent -----------------------------------------------------------------------


def test_new_consent_is_returned_with_the_ticked_areas(
    plan: Plan, titles: AreaTitles, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: ConsentDialog) -> None:
        assert dialog.windowTitle() == _text("ConsentDialog", "New consent")
        assert _focus() is dialog.recipient
        assert not dialog.ok_button.isEnabled()  # nobody named, nothing ticked ...
        assert not _error(dialog, "consentRecipientError").isVisible()  # ... but not scolded yet
        QTest.keyClicks(dialog.recipient, RECIPIENT)
        _press(Qt.Key.Key_Tab)
        # The recipient writes Nynorsk: their documents will be made in it.
        assert _focus() is dialog.language
        assert dialog.language.currentText() == _text("SharingTexts", "Bokmål")
        _press(Qt.Key.Key_Down)
        assert dialog.language.currentText() == _text("SharingTexts", "Nynorsk")
        _press(Qt.Key.Key_Tab)
        assert _focus() is dialog.area_boxes[AreaKey.HOUSING]
        _press(Qt.Key.Key_Space)
        _press(Qt.Key.Key_Tab)
        assert _focus() is dialog.area_boxes[AreaKey.FINANCES]
        _press(Qt.Key.Key_Space)
        _tick(dialog.oral)
        dialog.restrictions.setFocus()
        QTest.keyClicks(dialog.restrictions, "Ikke opplysninger om rusmiddelbruk")
        assert dialog.ok_button.isEnabled()
        assert not any(
            label.isVisible() for label in dialog.findChildren(QLabel) if "Error" in label.objectName()
        )
        _press(Qt.Key.Key_Tab)  # Tab leaves the text instead of typing a tab
        assert _focus() is dialog.ok_button
        _press(Qt.Key.Key_Return)

    _answer_with(monkeypatch, ConsentDialog, qtbot, fill)
    consent = ConsentDialog.get_consent(None, plan, titles, TEST_USER, TODAY)

    assert consent == Consent(
        ConsentId(0),
        plan.plan_id,
        RecipientKind.KOMMUNE,
        RECIPIENT,
        frozenset({AreaKey.HOUSING, AreaKey.FINANCES}),
        TODAY,
        ConsentForm.ORAL,
        TEST_USER,
        expires=None,
        withdrawn=None,
        restrictions="Ikke opplysninger om rusmiddelbruk",
        language=DocumentLanguage.NN,
    )


def test_no_area_ticked_keeps_ok_disabled_and_says_why(plan: Plan, titles: AreaTitles, qtbot: QtBot) -> None:
    dialog = ConsentDialog(plan, titles, TEST_USER, TODAY)
    _show(qtbot, dialog)
    QTest.keyClicks(dialog.recipient, RECIPIENT)
    areas_error = _error(dialog, "consentAreasError")
    _tick(dialog.area_boxes[AreaKey.HEALTH])
    assert dialog.ok_button.isEnabled()

    QTest.mouseClick(dialog.no_areas, Qt.MouseButton.LeftButton)  # "Ingen"
    assert not dialog.ok_button.isEnabled()
    assert areas_error.isVisible()
    assert areas_error.text() == _problem("Tick at least one area the patient agrees to share.")
    dialog.recipient.setFocus()
    _press(Qt.Key.Key_Return)
    assert dialog.isVisible()  # refused: the dialog stays open with what was typed
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.recipient.text() == RECIPIENT

    QTest.mouseClick(dialog.all_areas, Qt.MouseButton.LeftButton)  # "Alle"
    assert not areas_error.isVisible()
    assert dialog.ok_button.isEnabled()
    assert dialog.consent().areas == frozenset(AreaKey)


def test_blank_recipient_and_noted_by_are_named_once_touched(
    plan: Plan, titles: AreaTitles, qtbot: QtBot
) -> None:
    dialog = ConsentDialog(plan, titles, TEST_USER, TODAY)
    _show(qtbot, dialog)
    QTest.keyClicks(dialog.recipient, "N")
    _press(Qt.Key.Key_Backspace)
    assert _error(dialog, "consentRecipientError").text() == _problem(
        "Write who may receive the information."
    )
    assert _error(dialog, "consentRecipientError").isVisible()
    dialog.noted_by.clear()
    assert _error(dialog, "consentNotedByError").text() == _problem("Write who noted the consent.")
    assert _error(dialog, "consentNotedByError").isVisible()


def test_expiry_before_given_and_given_in_the_future_are_named(
    plan: Plan, titles: AreaTitles, qtbot: QtBot
) -> None:
    dialog = ConsentDialog(plan, titles, TEST_USER, TODAY)
    _show(qtbot, dialog)
    QTest.keyClicks(dialog.recipient, RECIPIENT)
    _tick(dialog.area_boxes[AreaKey.NETWORK])
    expires_error = _error(dialog, "consentExpiresError")
    assert not dialog.expires.isEnabled()  # no expiry unless ticked
    _tick(dialog.has_expiry)
    assert dialog.expires.isEnabled()
    assert dialog.ok_button.isEnabled()  # a year ahead by default

    dialog.expires.setDate(to_qdate(TODAY - timedelta(days=1)))
    assert expires_error.isVisible()
    assert expires_error.text() == _problem("The expiry date is before the date consent was given.")
    assert not dialog.ok_button.isEnabled()
    _tick(dialog.has_expiry)  # no expiry date after all
    assert not expires_error.isVisible()
    assert dialog.ok_button.isEnabled()
    assert dialog.consent().expires is None

    dialog.given.setFocus()
    _press(Qt.Key.Key_Up)  # the day: tomorrow
    assert from_qdate(dialog.given.date()) == TODAY + timedelta(days=1)
    given_error = _error(dialog, "consentGivenError")
    assert given_error.isVisible()
    assert given_error.text() == _problem("The date consent was given cannot be in the future.")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert _focus() is dialog.given


def test_editing_keeps_id_plan_and_withdrawal(
    plan: Plan, titles: AreaTitles, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = Consent(
        ConsentId(42),
        plan.plan_id,
        RecipientKind.NAV,
        "NAV Årstad",
        frozenset({AreaKey.FINANCES, AreaKey.ACTIVITY}),
        TODAY - timedelta(days=30),
        ConsentForm.ORAL,
        "Miljøterapeut Test",
        expires=TODAY + timedelta(days=300),
        withdrawn=TODAY - timedelta(days=2),
        restrictions="Bare økonomi og aktivitet",
    )

    def fill(dialog: ConsentDialog) -> None:
        assert dialog.windowTitle() == _text("ConsentDialog", "Change consent")
        assert dialog.kind.value() is RecipientKind.NAV
        assert dialog.recipient.text() == "NAV Årstad"
        ticked = {area for area, box in dialog.area_boxes.items() if box.isChecked()}
        assert ticked == {AreaKey.FINANCES, AreaKey.ACTIVITY}
        assert dialog.oral.isChecked()
        assert dialog.noted_by.text() == "Miljøterapeut Test"
        assert dialog.has_expiry.isChecked()
        assert from_qdate(dialog.expires.date()) == TODAY + timedelta(days=300)
        assert dialog.restrictions.toPlainText() == "Bare økonomi og aktivitet"
        withdrawn = dialog.findChild(QLabel, "consentWithdrawn")
        assert withdrawn is not None
        assert withdrawn.isVisible()
        assert format_date(TODAY - timedelta(days=2)) in withdrawn.text()
        QTest.keyClick(dialog.recipient, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(dialog.recipient, "NAV Bergenhus")
        dialog.ok_button.click()

    _answer_with(monkeypatch, ConsentDialog, qtbot, fill)
    consent = ConsentDialog.get_consent(None, plan, titles, TEST_USER, TODAY, existing)

    assert consent is not None
    assert (consent.consent_id, consent.plan_id, consent.withdrawn) == (
        ConsentId(42),
        plan.plan_id,
        TODAY - timedelta(days=2),
    )
    assert consent.recipient == "NAV Bergenhus"
    assert consent.areas == existing.areas
    assert consent.noted_by == existing.noted_by  # not replaced by the user editing it


def test_cancel_returns_none(
    plan: Plan, titles: AreaTitles, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def escape(dialog: ConsentDialog) -> None:
        QTest.keyClicks(dialog.recipient, RECIPIENT)
        _press(Qt.Key.Key_Escape)

    _answer_with(monkeypatch, ConsentDialog, qtbot, escape)
    assert ConsentDialog.get_consent(None, plan, titles, TEST_USER, TODAY) is None


def test_returned_consent_is_stored_by_the_service(
    context: Context, plan: Plan, titles: AreaTitles, qtbot: QtBot
) -> None:
    today = context.sharing.today()
    dialog = ConsentDialog(plan, titles, TEST_USER, today)
    _show(qtbot, dialog)
    QTest.keyClicks(dialog.recipient, RECIPIENT)
    QTest.mouseClick(dialog.all_areas, Qt.MouseButton.LeftButton)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    context.sharing.record_consent(dialog.consent(), TEST_USER)

    assert context.sharing.consent_for(plan.plan_id, None).recipient == RECIPIENT


# Withdrawal --------------------------------------------------------------------


@pytest.fixture
def given_consent(plan: Plan) -> Consent:
    return Consent(
        ConsentId(7),
        plan.plan_id,
        RecipientKind.KOMMUNE,
        RECIPIENT,
        frozenset({AreaKey.HOUSING}),
        TODAY - timedelta(days=20),
        ConsentForm.WRITTEN,
        TEST_USER,
    )


def test_withdrawal_in_the_future_is_refused(
    given_consent: Consent, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: WithdrawConsentDialog) -> None:
        assert dialog.objectName() == "withdrawConsentDialog"
        assert _focus() is dialog.withdrawn
        assert from_qdate(dialog.withdrawn.date()) == TODAY
        error = _error(dialog, "withdrawnDateError")
        assert not error.isVisible()
        _press(Qt.Key.Key_Up)  # the day: tomorrow
        assert error.isVisible()
        assert error.text() == _problem("The withdrawal date cannot be in the future.")
        assert not dialog.ok_button.isEnabled()
        _press(Qt.Key.Key_Return)
        assert dialog.isVisible()  # refused
        _press(Qt.Key.Key_Down)
        _press(Qt.Key.Key_Down)  # yesterday
        assert not error.isVisible()
        assert dialog.ok_button.isEnabled()
        _press(Qt.Key.Key_Return)

    _answer_with(monkeypatch, WithdrawConsentDialog, qtbot, fill)
    assert ConsentDialog.get_withdrawal(None, given_consent, TODAY) == TODAY - timedelta(days=1)


def test_withdrawal_before_consent_was_given_is_refused(given_consent: Consent, qtbot: QtBot) -> None:
    dialog = WithdrawConsentDialog(given_consent, TODAY)
    _show(qtbot, dialog)
    dialog.withdrawn.setDate(to_qdate(given_consent.given - timedelta(days=1)))
    error = _error(dialog, "withdrawnDateError")
    assert error.isVisible()
    assert error.text() == _problem("The withdrawal date is before the date consent was given.")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.withdrawn.setDate(to_qdate(given_consent.given))  # the same day is allowed
    assert not error.isVisible()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


# Appointments ------------------------------------------------------------------


def test_appointment_without_what_is_refused(plan: Plan, titles: AreaTitles, qtbot: QtBot) -> None:
    dialog = AppointmentDialog(plan, titles, TODAY)
    _show(qtbot, dialog)
    what_error = _error(dialog, "appointmentWhatError")
    assert _focus() is dialog.what
    assert not dialog.ok_button.isEnabled()
    assert not what_error.isVisible()
    QTest.keyClicks(dialog.what, "   ")
    assert what_error.isVisible()
    assert what_error.text() == _problem("Write what the appointment is.")
    assert not dialog.ok_button.isEnabled()
    _press(Qt.Key.Key_Return)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    QTest.keyClicks(dialog.what, "Time hos fastlegen")
    assert not what_error.isVisible()
    assert dialog.ok_button.isEnabled()


def test_appointment_with_time_is_returned(
    plan: Plan, titles: AreaTitles, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: AppointmentDialog) -> None:
        assert dialog.windowTitle() == _text("AppointmentDialog", "New appointment")
        assert AreaKey(dialog.area.currentData()) is AreaKey.SELF_HELP  # the area it was opened from
        assert from_qdate(dialog.day.date()) == TODAY + timedelta(days=7)
        assert not dialog.time.isEnabled()  # no time unless ticked
        QTest.keyClicks(dialog.what, "Første møte i NA-gruppe")
        _tick(dialog.has_time)
        _press(Qt.Key.Key_Tab)
        assert _focus() is dialog.time
        QTest.keyClicks(dialog.time, "1830")  # hours, then on to the minutes
        for field, text in ((dialog.with_whom, "Kontaktperson Test"), (dialog.place, "Kirkens Bymisjon")):
            field.setFocus()
            QTest.keyClicks(field, text)
        dialog.phone.setFocus()
        QTest.keyClicks(dialog.phone, "55 00 00 00")
        dialog.note.setFocus()
        QTest.keyClicks(dialog.note, "Ta med en venn")
        _press(Qt.Key.Key_Tab)
        assert _focus() is dialog.ok_button
        _press(Qt.Key.Key_Return)

    _answer_with(monkeypatch, AppointmentDialog, qtbot, fill)
    appointment = AppointmentDialog.get_appointment(None, plan, titles, TODAY, area=AreaKey.SELF_HELP)

    assert appointment == Appointment(
        AppointmentId(0),
        plan.plan_id,
        AreaKey.SELF_HELP,
        "Første møte i NA-gruppe",
        TODAY + timedelta(days=7),
        time(18, 30),
        "Kontaktperson Test",
        "Kirkens Bymisjon",
        "55 00 00 00",
        "Ta med en venn",
    )


def test_editing_an_appointment_keeps_its_id_and_can_drop_the_time(
    plan: Plan, titles: AreaTitles, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = Appointment(
        AppointmentId(9), plan.plan_id, AreaKey.HEALTH, "Time hos fastlegen", TODAY, time(9, 15), "Dr. Test"
    )

    def fill(dialog: AppointmentDialog) -> None:
        assert dialog.windowTitle() == _text("AppointmentDialog", "Change appointment")
        assert dialog.has_time.isChecked()
        assert (dialog.time.time().hour(), dialog.time.time().minute()) == (9, 15)
        _tick(dialog.has_time)
        dialog.ok_button.click()

    _answer_with(monkeypatch, AppointmentDialog, qtbot, fill)
    appointment = AppointmentDialog.get_appointment(None, plan, titles, TODAY, existing, AreaKey.CRISIS)

    assert appointment is not None
    assert appointment.appointment_id == AppointmentId(9)
    assert appointment.area is AreaKey.HEALTH  # the stored area wins over the page it was opened from
    assert appointment.time is None
    assert appointment.with_whom == "Dr. Test"


def test_date_before_admission_is_allowed_with_a_quiet_note(
    plan: Plan, titles: AreaTitles, qtbot: QtBot
) -> None:
    dialog = AppointmentDialog(plan, titles, TODAY)
    _show(qtbot, dialog)
    note = _error(dialog, "appointmentDateNote")
    dialog.day.setDate(QDate(to_qdate(plan.admission).addDays(-1)))
    assert note.isVisible()
    expected = _text("AppointmentDialog", "The date is before admission (%1).")
    assert note.text() == expected.replace("%1", format_date(plan.admission))
    QTest.keyClicks(dialog.what, "Samtale med NAV")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted  # a note, not a stop
    dialog.day.setDate(to_qdate(plan.admission))
    assert not note.isVisible()


def test_returned_appointment_is_stored_by_the_service(
    context: Context, plan: Plan, titles: AreaTitles, qtbot: QtBot
) -> None:
    dialog = AppointmentDialog(plan, titles, context.sharing.today(), area=AreaKey.FINANCES)
    _show(qtbot, dialog)
    QTest.keyClicks(dialog.what, "Møte med NAV-veileder")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    context.sharing.add_appointment(dialog.appointment(), TEST_USER)

    stored = context.sharing.appointments(plan.plan_id)
    assert [(a.what, a.area, a.time) for a in stored] == [("Møte med NAV-veileder", AreaKey.FINANCES, None)]


def test_every_input_has_an_object_name_and_an_accessible_name(
    plan: Plan, titles: AreaTitles, given_consent: Consent, qtbot: QtBot
) -> None:
    dialogs: list[QDialog] = [
        ConsentDialog(plan, titles, TEST_USER, TODAY),
        WithdrawConsentDialog(given_consent, TODAY),
        AppointmentDialog(plan, titles, TODAY),
    ]
    for dialog in dialogs:
        _show(qtbot, dialog)
        inputs = [
            widget
            for widget in dialog.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.parent() is not None
            and not widget.objectName().startswith("qt_")  # the spin boxes' inner line edits
        ]
        assert inputs
        for widget in inputs:
            assert widget.objectName(), widget
            # Buttons, boxes and circles are read out by their own text.
            assert widget.accessibleName() or isinstance(widget, QAbstractButton), widget.objectName()
        assert dialog.findChild(QPushButton, "okButton") is not None


def test_a_restriction_over_the_length_limit_is_said_under_the_form(
    plan: Plan, titles: AreaTitles, qtbot: QtBot
) -> None:
    """A field without a label of its own: the problem shows above the buttons, not nowhere."""
    dialog = ConsentDialog(plan, titles, TEST_USER, TODAY)
    _show(qtbot, dialog)
    QTest.keyClicks(dialog.recipient, RECIPIENT)
    QTest.mouseClick(dialog.all_areas, Qt.MouseButton.LeftButton)
    general = _error(dialog, "formError")
    assert not general.isVisible()

    dialog.restrictions.setPlainText("Ikke opplysninger om rusmiddelbruk. " * 300)  # 10,800 characters

    assert not dialog.ok_button.isEnabled()
    assert general.isVisible()
    assert general.text() == problem_text(Problem.TEXT_TOO_LONG)
    dialog.restrictions.setPlainText("Ikke opplysninger om rusmiddelbruk.")
    assert not general.isVisible()
    assert dialog.ok_button.isEnabled()
