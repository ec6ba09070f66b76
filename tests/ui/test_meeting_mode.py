"""The Meetings page and meeting mode, driven by the keyboard as a therapist at the projector would.

Dates are fixed (DAY, with every service's clock stopped on it), so the suggestions and the
dates typed come out the same every run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_walkthrough import focused, press, with_modal

from dischargeplanner.app import Context
from dischargeplanner.domain.meeting_model import MeetingDetails, MeetingId, MeetingKind, MeetingStatus
from dischargeplanner.domain.model import ActionStatus, AreaKey, Changes, DischargeKind, PlanId, Responsible
from dischargeplanner.domain.services import ValidationError
from dischargeplanner.ui.area_page import AreaPage
from dischargeplanner.ui.dialogs.meeting_dialog import MeetingDialog
from dischargeplanner.ui.documents_page import SaveLocation
from dischargeplanner.ui.meeting_mode import MeetingMode
from dischargeplanner.ui.meetings_page import MeetingsPage
from dischargeplanner.ui.messages import Messages, StandardButton
from dischargeplanner.ui.models.action_model import COL_DEADLINE, COL_WHAT, COL_WHO
from helpers import TEST_USER, MakeDraft, documents_at, service_at
from helpers_meetings import (
    ADMISSION,
    DAY,
    PLANNED_DISCHARGE,
    add_contact,
    kommune_consent,
    long_stay,
    meetings_at,
)

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _t(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def _indicator(number: int) -> str:
    return _t("MeetingMode", "Area %1 of %2").replace("%1", str(number)).replace("%2", "9")


@pytest.fixture
def plan_id(context: Context, make_draft: MakeDraft) -> PlanId:
    new_id = long_stay(context, make_draft)
    add_contact(context, new_id, "kommune_contact", "Saksbehandler Demo")
    add_contact(context, new_id, "paarorende", "Søster Demo")
    return new_id


class Editor:
    """Stands in for the plan editor: runs each change, keeps what changed."""

    def __init__(self) -> None:
        self.changes: list[Changes] = []

    def perform(self, call: Callable[[], Changes]) -> bool:
        try:
            changes = call()
        except ValidationError:
            return False
        self.changes.append(changes)
        return True


@pytest.fixture
def editor() -> Editor:
    return Editor()


@pytest.fixture
def page(
    qtbot: QtBot,
    bokmal: object,
    answers: list[tuple[str, str]],
    context: Context,
    plan_id: PlanId,
    editor: Editor,
) -> Iterator[MeetingsPage]:
    shown = MeetingsPage(
        meetings_at(context), service_at(context, DAY), lambda: documents_at(context, DAY), TEST_USER,
        editor.perform, lambda: DAY,
    )  # fmt: skip
    qtbot.addWidget(shown)
    shown.show_detail(service_at(context, DAY).plan_detail(plan_id), read_only=False)
    shown.resize(1100, 750)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow, timeout=2000)
    yield shown
    if shown.meeting_mode is not None:
        shown.meeting_mode.close()


def _open(qtbot: QtBot, page: MeetingsPage) -> MeetingMode:
    """F5 on the page: meeting mode of the selected meeting, active and ready for keys."""
    page.meetings.table.setFocus()
    qtbot.keyClick(page.meetings.table, Qt.Key.Key_F5)
    mode = page.meeting_mode
    assert mode is not None
    qtbot.addWidget(mode)
    mode.activateWindow()
    qtbot.waitUntil(mode.isActiveWindow, timeout=2000)
    return mode


def _key(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def _type(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def _plan_discharge_meeting(qtbot: QtBot, page: MeetingsPage, context: Context, plan_id: PlanId) -> None:
    suggestions = meetings_at(context).suggestions(plan_id)
    index = [s.kind for s in suggestions].index(MeetingKind.DISCHARGE)
    button = page.findChild(QPushButton, f"planSuggestion{index}")
    assert isinstance(button, QPushButton)

    def drive(dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingDialog)
        details = dialog.details()
        assert (details.kind, details.day) == (MeetingKind.DISCHARGE, PLANNED_DISCHARGE - timedelta(days=21))
        # The municipality's contact is invited; next of kin only when ticked.
        assert [p.name for p in details.participants] == ["Saksbehandler Demo"]
        qtbot.keyClick(focused(), Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, button), drive)


def _meeting(context: Context, plan_id: PlanId, **overrides: object) -> MeetingId:
    fields: dict[str, object] = {"kind": MeetingKind.DISCHARGE, "day": DAY}
    fields.update(overrides)
    meeting_id, _ = meetings_at(context).add_meeting(plan_id, MeetingDetails(**fields), TEST_USER)
    return meeting_id


def _actions_shown(
    context: Context, plan_id: PlanId, area: AreaKey, qtbot: QtBot
) -> list[tuple[str, str, str]]:
    """What the area's page shows in its agreed actions table."""
    area_page = AreaPage(area, service_at(context, DAY), TEST_USER, lambda _call: True, lambda: DAY)
    qtbot.addWidget(area_page)
    area_page.show_detail(service_at(context, DAY).plan_detail(plan_id), read_only=False)
    table = area_page.actions_panel.table
    model = table.model()
    return [
        tuple(str(model.index(row, column).data()) for column in (COL_WHAT, COL_WHO, COL_DEADLINE))
        for row in range(model.rowCount())
    ]


def _minute_and_decision_in_housing(qtbot: QtBot, mode: MeetingMode) -> None:
    """The minute, then a decision with who and a deadline: all typed, Ctrl+Enter adds it."""
    _key(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "minute"
    _type(qtbot, "Bolig er avklart")
    _key(qtbot, Qt.Key.Key_Left)  # in the text the arrow moves the cursor, not the page
    assert mode.current_area() is AreaKey.HOUSING
    _key(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "decisionWhat"
    _type(qtbot, "Søke bostøtte")
    _key(qtbot, Qt.Key.Key_Tab)
    assert isinstance(focused(), QComboBox)
    _key(qtbot, Qt.Key.Key_Down)  # Ward -> Municipality
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Saksbehandler Demo")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "15.03.2027")
    _key(qtbot, Qt.Key.Key_Return, CTRL)
    housing = mode.area_slides[AreaKey.HOUSING]
    assert housing.decisions.count() == 1
    assert focused() is housing.what
    assert housing.what.text() == housing.deadline.text() == ""


# --- the walk of the issue ------------------------------------------------------------------------


def test_plan_hold_and_close_a_meeting_by_keyboard(
    qtbot: QtBot, page: MeetingsPage, context: Context, plan_id: PlanId, editor: Editor
) -> None:
    _plan_discharge_meeting(qtbot, page, context, plan_id)
    [meeting] = meetings_at(context).meetings(plan_id)
    assert page.meetings.model.rowCount() == 1
    assert editor.changes[-1].plan_ids == frozenset({plan_id})

    mode = _open(qtbot, page)
    assert mode.indicator.text() == _t("MeetingMode", "Start")
    _key(qtbot, Qt.Key.Key_Right)
    assert (mode.indicator.text(), mode.current_area()) == (_indicator(1), AreaKey.HOUSING)
    _key(qtbot, Qt.Key.Key_PageDown)
    assert mode.current_area() is AreaKey.FINANCES
    _key(qtbot, Qt.Key.Key_Left)
    assert mode.current_area() is AreaKey.HOUSING

    _minute_and_decision_in_housing(qtbot, mode)

    # Alt+→ turns the page from inside a text field; a second decision, without a deadline.
    _key(qtbot, Qt.Key.Key_Right, ALT)
    assert (mode.indicator.text(), mode.current_area()) == (_indicator(2), AreaKey.FINANCES)
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "decisionWhat"
    _type(qtbot, "Time hos gjeldsrådgiver")
    _key(qtbot, Qt.Key.Key_Return, CTRL)
    assert mode.area_slides[AreaKey.FINANCES].decisions.count() == 1

    _key(qtbot, Qt.Key.Key_Escape)
    assert not mode.isVisible()
    stored = meetings_at(context).meeting(meeting.meeting_id)
    assert stored.minute(AreaKey.HOUSING) == "Bolig er avklart"
    assert [(d.area, d.what) for d in stored.decisions] == [
        (AreaKey.HOUSING, "Søke bostøtte"),
        (AreaKey.FINANCES, "Time hos gjeldsrådgiver"),
    ]
    assert {AreaKey.HOUSING, AreaKey.FINANCES} <= {area for c in editor.changes for area in c.areas}
    assert page.meetings.model.data(page.meetings.model.index(0, 5)) == "2"

    municipality = _t("Texts", "Municipality")
    assert _actions_shown(context, plan_id, AreaKey.HOUSING, qtbot) == [
        ("Søke bostøtte", f"{municipality}: Saksbehandler Demo", "15.03.2027")
    ]
    ward, none = _t("Texts", "Ward"), _t("ActionModel", "no deadline")
    assert _actions_shown(context, plan_id, AreaKey.FINANCES, qtbot) == [
        ("Time hos gjeldsrådgiver", ward, none)
    ]


def test_meeting_mode_is_large_type_everywhere(
    qtbot: QtBot, page: MeetingsPage, context: Context, plan_id: PlanId
) -> None:
    _meeting(context, plan_id)
    page.refresh()
    mode = _open(qtbot, page)
    for index in range(mode.page_count()):
        mode.go_to(index)
        qtbot.wait(10)
        shown = [
            widget
            for widget in mode.findChildren(QWidget)
            if widget.isVisible()
            and isinstance(
                widget, QLabel | QLineEdit | QPlainTextEdit | QPushButton | QComboBox | QListWidget
            )
        ]
        assert shown
        small = [(w.objectName(), w.font().pointSizeF()) for w in shown if w.font().pointSizeF() < 18]
        assert small == []
        assert all(w.font().family() == "DejaVu Sans" for w in shown)
    headings = [w for w in mode.findChildren(QLabel, "slideHeading") if w.isVisible()]
    assert headings
    assert headings[0].font().pointSizeF() > 20


def test_ctrl_page_keys_turn_pages_and_the_ends_stay_put(
    qtbot: QtBot, page: MeetingsPage, context: Context, plan_id: PlanId
) -> None:
    _meeting(context, plan_id)
    page.refresh()
    mode = _open(qtbot, page)
    _key(qtbot, Qt.Key.Key_Left)
    assert mode.stack.currentIndex() == 0
    for _ in range(12):
        _key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert mode.indicator.text() == _t("MeetingMode", "Summary")
    _key(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert mode.indicator.text() == _indicator(9)
    _key(qtbot, Qt.Key.Key_Left, ALT)
    assert mode.indicator.text() == _indicator(8)


def test_a_decision_needs_what_and_a_readable_deadline_and_nothing_typed_is_lost(
    qtbot: QtBot, page: MeetingsPage, context: Context, plan_id: PlanId
) -> None:
    meeting_id = _meeting(context, plan_id)
    page.refresh()
    mode = _open(qtbot, page)
    _key(qtbot, Qt.Key.Key_Right)
    slide = mode.area_slides[AreaKey.HOUSING]
    slide.what.setFocus()
    _key(qtbot, Qt.Key.Key_Return, CTRL)
    assert slide.error.isVisible()
    assert slide.error.text() == _t("AreaSlide", "Describe what is to be done.")
    _type(qtbot, "Søke bolig")
    slide.deadline.setFocus()
    _type(qtbot, "neste uke")
    _key(qtbot, Qt.Key.Key_Return, CTRL)
    assert slide.error.text() == _t("AreaSlide", "Write the deadline as dd.mm.yyyy, or leave it empty.")
    assert focused() is slide.deadline
    assert (slide.what.text(), slide.deadline.text()) == ("Søke bolig", "neste uke")
    assert meetings_at(context).meeting(meeting_id).decisions == ()


def test_delete_takes_a_decision_back_after_asking(
    qtbot: QtBot, page: MeetingsPage, context: Context, plan_id: PlanId
) -> None:
    meeting_id = _meeting(context, plan_id)
    meetings_at(context).add_decision(
        meeting_id, AreaKey.HOUSING, "Feil vedtak", Responsible.WARD, "", None, TEST_USER
    )
    page.refresh()
    mode = _open(qtbot, page)
    mode.go_to(1)
    slide = mode.area_slides[AreaKey.HOUSING]
    slide.decisions.setFocus()
    Messages.prepared_answers = [StandardButton.No]
    _key(qtbot, Qt.Key.Key_Delete)
    assert slide.decisions.count() == 1
    Messages.prepared_answers = [StandardButton.Yes]
    _key(qtbot, Qt.Key.Key_Delete)
    assert slide.decisions.count() == 0
    assert meetings_at(context).meeting(meeting_id).decisions == ()
    assert service_at(context, DAY).plan_detail(plan_id).actions == ()


def test_the_closing_page_lists_decisions_and_marks_the_meeting_held(
    qtbot: QtBot, page: MeetingsPage, context: Context, plan_id: PlanId
) -> None:
    meeting_id = _meeting(context, plan_id, day=DAY + timedelta(days=2))
    meetings_at(context).add_decision(
        meeting_id, AreaKey.CRISIS, "Sende kriseplanen", Responsible.WARD, "", None, TEST_USER
    )
    page.refresh()
    mode = _open(qtbot, page)
    mode.go_to(mode.page_count() - 1)
    closing = mode.closing_slide
    assert "Sende kriseplanen" in closing.decisions.text()
    press(qtbot, closing.held_button)
    meeting = meetings_at(context).meeting(meeting_id)
    assert (meeting.status, meeting.day) == (MeetingStatus.HELD, DAY)  # held today, not in two days
    assert not closing.held_button.isVisible()
    press(qtbot, closing.close_button)
    assert not mode.isVisible()
    assert page.meetings.model.data(page.meetings.model.index(0, 4)) == _t("MeetingTexts", "Held")


# --- the page ----------------------------------------------------------------------------------------


def test_the_page_shows_suggestions_with_overdue_ones_marked(page: MeetingsPage) -> None:
    texts = [label.text() for label in page.suggestions_box.findChildren(QLabel)]
    due = (ADMISSION + timedelta(weeks=12)).strftime("%d.%m.%Y")  # evaluation 2
    overdue = _t("MeetingTexts", "should have been held by %1").replace("%1", due)
    assert any(overdue in text for text in texts)
    assert len(page.suggestion_buttons) == 2
    assert not page.start_button.isEnabled()
    assert not page.minutes_button.isEnabled()


def test_save_minutes_as_pdf_through_the_file_dialog(
    qtbot: QtBot, page: MeetingsPage, context: Context, plan_id: PlanId, tmp_path: Path
) -> None:
    kommune_consent(context, plan_id, frozenset(AreaKey) - {AreaKey.FAMILY})
    meeting_id = _meeting(context, plan_id, day=DAY - timedelta(days=1), status=MeetingStatus.HELD)
    meetings_at(context).set_minute(meeting_id, AreaKey.FAMILY, "Ikke for kommunen", TEST_USER)
    meetings_at(context).set_minute(meeting_id, AreaKey.HOUSING, "Bolig er klar", TEST_USER)
    page.refresh()
    target = tmp_path / "referat.pdf"
    SaveLocation.prepared_answers = [target]
    try:
        press(qtbot, page.minutes_button)
    finally:
        SaveLocation.prepared_answers = None
    text = " ".join(page_.extract_text() for page_ in PdfReader(BytesIO(target.read_bytes())).pages)
    assert "Bolig er klar" in text
    assert "Ikke for kommunen" not in text
    assert Messages.shown[-1][0] == _t("MeetingsPage", "Saved")


def test_without_consent_the_minutes_are_refused_with_a_reason(
    qtbot: QtBot, page: MeetingsPage, context: Context, plan_id: PlanId, tmp_path: Path
) -> None:
    _meeting(context, plan_id)
    page.refresh()
    SaveLocation.prepared_answers = [tmp_path / "x.pdf"]
    try:
        press(qtbot, page.minutes_button)
    finally:
        SaveLocation.prepared_answers = None
    assert Messages.shown[-1][0] == _t("MeetingsPage", "No consent")
    assert not (tmp_path / "x.pdf").exists()


def test_delete_removes_a_meeting_after_asking(
    qtbot: QtBot, page: MeetingsPage, context: Context, plan_id: PlanId
) -> None:
    _meeting(context, plan_id)
    page.refresh()
    page.meetings.table.setFocus()
    Messages.prepared_answers = [StandardButton.Yes]
    qtbot.keyClick(page.meetings.table, Qt.Key.Key_Delete)
    assert meetings_at(context).meetings(plan_id) == []
    assert page.meetings.model.rowCount() == 0


def test_a_discharged_plan_shows_meetings_read_only(
    qtbot: QtBot, page: MeetingsPage, context: Context, plan_id: PlanId
) -> None:
    meeting_id = _meeting(context, plan_id, day=DAY - timedelta(days=1))
    meetings_at(context).add_decision(
        meeting_id, AreaKey.HOUSING, "Søke bolig", Responsible.KOMMUNE, "", None, TEST_USER
    )
    service_at(context, DAY).discharge_plan(plan_id, DAY, DischargeKind.PLANNED, {}, TEST_USER)
    page.show_detail(service_at(context, DAY).plan_detail(plan_id), read_only=True)
    assert not page.new_button.isEnabled()
    assert not page.remove_button.isEnabled()
    assert page.suggestion_buttons == []
    mode = _open(qtbot, page)
    mode.go_to(1)
    slide = mode.area_slides[AreaKey.HOUSING]
    assert slide.minute.isReadOnly()
    assert not slide.add_button.isEnabled()
    assert mode.closing_slide.held_button.isHidden()
    assert service_at(context, DAY).plan_detail(plan_id).actions[0].status is ActionStatus.OPEN
