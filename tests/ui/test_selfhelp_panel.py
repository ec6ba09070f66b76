"""The Self-help area's "Information and follow-up" tab, driven like a social worker would, on a real file.

Dates are fixed (the services' clocks are stopped on them), so weekdays and the three-week
reminder come out the same every run.
"""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot
from test_walkthrough import focused, press, with_modal

from dischargeplanner.app import Context
from dischargeplanner.domain.model import AreaKey, DischargeKind, PlanId
from dischargeplanner.domain.selfhelp_model import (
    FollowUp,
    FollowUpId,
    GroupId,
    Introduction,
    LocalGroup,
    MeetingTime,
    PatientView,
    Visit,
    VisitId,
)
from dischargeplanner.ui.dialogs.first_meeting_dialog import FirstMeetingDialog, VisitDialog
from dischargeplanner.ui.dialogs.selfhelp_dialogs import (
    ContactDialog,
    FollowUpDialog,
    InformedDialog,
    ViewDialog,
    directory_for,
)
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.messages import Messages, StandardButton
from dischargeplanner.ui.models.due_model import COL_KIND
from dischargeplanner.ui.selfhelp_panel import SelfHelpPanel
from dischargeplanner.ui.selfhelp_texts import group_label, meetings_text, stale_tooltip, view_name
from helpers import TEST_USER, MakeDraft, MakeWindow, context_at, selfhelp_at, service_at

DAY = date(2026, 11, 2)  # a Monday: the day the patient is informed
PLANNED_DISCHARGE = date(2026, 12, 4)  # a Friday; the group's next meeting is Monday 7 December
STAFF = "Kari Sosionom"


def _t(context: str, source: str) -> str:
    # Whatever language is installed: Bokmål once the .qm has these strings, English until then.
    return QCoreApplication.translate(context, source)


def _panel_text(source: str) -> str:
    return _t("SelfHelpPanel", source)


@pytest.fixture
def plan_id(context: Context, make_draft: MakeDraft) -> PlanId:
    draft = make_draft(
        kommune_number="0301", admission=DAY - timedelta(days=14), planned_discharge=PLANNED_DISCHARGE
    )
    new_id, _ = service_at(context, DAY).start_plan(draft, TEST_USER)
    return new_id


@pytest.fixture
def groups(context: Context) -> dict[str, GroupId]:
    """A checked group in the patient's home kommune, and one in Bærum not verified for years."""
    selfhelp = selfhelp_at(context, DAY)
    oslo = LocalGroup(
        GroupId(0),
        "aa",
        "Eksempelgruppen",
        "0301",
        "Eksempelveien 1",
        (MeetingTime(0, time(19)), MeetingTime(3, time(18, 30))),
        verified_on=DAY - timedelta(days=30),
        verified_by="Sosionom Test",
    )
    baerum = LocalGroup(
        GroupId(0),
        "na",
        "Tirsdagsgruppa",
        "3201",
        "Prøvestien 2",
        (MeetingTime(1, time(18)),),
        verified_on=date(2024, 1, 10),
        verified_by="Sosionom Test",
    )
    return {"oslo": selfhelp.add_group(oslo, TEST_USER), "baerum": selfhelp.add_group(baerum, TEST_USER)}


def open_panel(make_window: MakeWindow, context: Context, plan_id: PlanId, day: date) -> SelfHelpPanel:
    """The plan opened in the main window on `day`, at the Self-help area's third tab."""
    window = make_window(context_at(context, day))
    window.open_plan(plan_id)
    window.editor.show_area(AreaKey.SELF_HELP)
    page = window.editor.pages[AreaKey.SELF_HELP]
    panel = window.editor.selfhelp_panel
    assert page.tabs.indexOf(panel) == 2
    page.tabs.setCurrentWidget(panel)
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


def inform(context: Context, plan_id: PlanId, day: date) -> None:
    selfhelp = selfhelp_at(context, day)
    intro = Introduction(plan_id, informed_on=day, informed_by=STAFF, organisations=("aa",))
    selfhelp.save_introduction(intro, TEST_USER)


def _visible_texts(widget: QWidget) -> list[str]:
    labels = [label.text() for label in widget.findChildren(QLabel)]
    buttons = [button.text() for button in widget.findChildren(QAbstractButton)]
    tips = [child.toolTip() for child in widget.findChildren(QWidget)]
    return [*labels, *buttons, *tips]


# Informed, and the patient's view ----------------------------------------------


def test_information_is_recorded_by_keyboard_and_shown(
    make_window: MakeWindow, context: Context, plan_id: PlanId, groups: dict[str, GroupId], qtbot: QtBot
) -> None:
    panel = open_panel(make_window, context, plan_id, DAY)
    assert panel.informed_summary.text() == _panel_text(
        "Not informed yet. Record when the patient was told about self-help groups, "
        "and which ones were presented."
    )
    assert not panel.add_follow_up_button.isEnabled()  # nothing to follow up yet

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, InformedDialog)
        assert focused() is dialog.informed_on  # today, as suggested
        tab_past_date(qtbot)
        assert focused() is dialog.informed_by
        assert dialog.informed_by.text() == TEST_USER  # the signed-in user, until changed
        replace_text(qtbot, STAFF)
        key(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.organisation_boxes["aa"]
        key(qtbot, Qt.Key.Key_Space)
        key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Tab)  # past NA ...
        assert focused() is dialog.organisation_boxes["al_anon"]
        for _ in range(len(dialog.organisation_boxes) - 2):
            key(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.group_filter
        type_text(qtbot, "bærum")  # finds a group by its place ...
        assert [dialog.group_list.item(r).isHidden() for r in range(2)] == [True, False]
        replace_text(qtbot, "eksempel")  # ... and the Oslo group by its name
        assert [dialog.group_list.item(r).isHidden() for r in range(2)] == [False, True]
        key(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.group_list
        key(qtbot, Qt.Key.Key_Space)  # ticks the group found
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "AA-brosjyre og møteliste for Oslo")
        key(qtbot, Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, panel.informed_button), fill)

    stored = selfhelp_at(context, DAY).introduction(plan_id)
    assert (stored.informed_on, stored.informed_by) == (DAY, STAFF)
    assert stored.organisations == ("aa",)
    assert stored.groups == (groups["oslo"],)
    assert stored.material == "AA-brosjyre og møteliste for Oslo"
    shown = panel.informed_summary.text().splitlines()
    assert shown[0] == _panel_text("Informed %1 by %2.").replace("%1", "02.11.2026").replace("%2", STAFF)
    oslo = selfhelp_at(context, DAY).group(groups["oslo"])
    window = panel.window()
    assert isinstance(window, MainWindow)
    label = group_label(oslo, context.organisations(), window.kommune_name, DAY)
    assert f"• {label}" in shown  # with the day and time of each meeting
    assert meetings_text(oslo) in label
    assert panel.add_follow_up_button.isEnabled()


def test_the_groups_offered_start_with_the_home_kommune_and_mark_stale_entries(
    context: Context, plan_id: PlanId, groups: dict[str, GroupId], qtbot: QtBot, bokmal: object
) -> None:
    selfhelp = selfhelp_at(context, DAY)
    directory = directory_for(
        selfhelp.groups(include_removed=True), (), "0301", context.organisations(), context.kommune_name, DAY
    )
    dialog = InformedDialog(Introduction(plan_id), directory, TEST_USER)
    qtbot.addWidget(dialog)
    items = [dialog.group_list.item(row) for row in range(dialog.group_list.count())]
    assert [item.data(Qt.ItemDataRole.UserRole) for item in items] == [groups["oslo"], groups["baerum"]]
    stale = _t("SelfHelpTexts", "⚠ possibly out of date")
    assert stale not in items[0].text()
    assert stale in items[1].text()
    assert stale_tooltip() in items[1].toolTip()


def test_the_patients_view_is_recorded_in_their_own_words(
    make_window: MakeWindow, context: Context, plan_id: PlanId, qtbot: QtBot
) -> None:
    panel = open_panel(make_window, context, plan_id, DAY)
    words = "Vil prøve NA, men ikke alene. «Høyere makt» passer ikke for meg."

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ViewDialog)
        assert not dialog.ok_button.isEnabled()  # no answer chosen yet
        assert focused() is dialog.view_buttons[PatientView.INTERESTED]
        key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_Space)
        assert dialog.view_buttons[PatientView.UNSURE].isChecked()
        key(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.own_words
        type_text(qtbot, words)
        key(qtbot, Qt.Key.Key_Tab)  # Tab leaves the text instead of typing a tab
        assert focused() is dialog.ok_button
        key(qtbot, Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, panel.view_button), fill)

    stored = selfhelp_at(context, DAY).introduction(plan_id)
    assert (stored.view, stored.own_words) == (PatientView.UNSURE, words)
    assert panel.view_summary.text() == f"{view_name(PatientView.UNSURE)}\n«{words}»"


# Meetings visited and the contact person ------------------------------------------


def test_meetings_visited_from_the_directory_or_written_in(
    make_window: MakeWindow,
    context: Context,
    plan_id: PlanId,
    groups: dict[str, GroupId],
    qtbot: QtBot,
    answers: list[tuple[str, str]],
) -> None:
    panel = open_panel(make_window, context, plan_id, DAY)
    assert panel.visits.empty.isVisibleTo(panel)
    assert not panel.visits.table.isVisibleTo(panel)

    def from_directory(dialog: QDialog) -> None:
        assert isinstance(dialog, VisitDialog)
        assert not dialog.ok_button.isEnabled()  # no group yet
        tab_past_date(qtbot)
        assert focused() is dialog.group
        key(qtbot, Qt.Key.Key_Down)  # the first group: the home kommune's
        assert not dialog.group_name.isEnabled()
        key(qtbot, Qt.Key.Key_Tab)  # the written name is skipped while disabled
        type_text(qtbot, "Miljøterapeut Ola")
        key(qtbot, Qt.Key.Key_Return)

    def written_in(dialog: QDialog) -> None:
        assert isinstance(dialog, VisitDialog)
        tab_past_date(qtbot)
        key(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.group_name
        type_text(qtbot, "NA, sykehusmøtet")
        assert dialog.ok_button.isEnabled()
        key(qtbot, Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, panel.add_visit_button), from_directory)
    with_modal(lambda: press(qtbot, panel.add_visit_button), written_in)

    visits = selfhelp_at(context, DAY).visits(plan_id)
    assert [(v.day, v.group_id, v.group_name, v.with_whom) for v in visits] == [
        (DAY, groups["oslo"], "", "Miljøterapeut Ola"),
        (DAY, None, "NA, sykehusmøtet", ""),
    ]
    model = panel.visits.model
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert rows == [
        ["02.11.2026", "AA – Eksempelgruppen", "Miljøterapeut Ola"],
        ["02.11.2026", "NA, sykehusmøtet", ""],
    ]
    assert panel.visits.table.accessibleName() == _panel_text("Meetings visited during the stay")

    panel.visits.table.selectRow(1)
    Messages.prepared_answers = [StandardButton.Yes]
    press(qtbot, panel.remove_visit_button)
    assert [v.group_name for v in selfhelp_at(context, DAY).visits(plan_id)] == [""]
    assert panel.visits.model.rowCount() == 1


def test_a_contact_person_is_stored_only_with_consent(
    make_window: MakeWindow, context: Context, plan_id: PlanId, qtbot: QtBot, answers: list[tuple[str, str]]
) -> None:
    panel = open_panel(make_window, context, plan_id, DAY)
    assert not panel.consent_box.isChecked()
    assert not panel.contact_button.isEnabled()  # no consent, no name
    refused = selfhelp_at(context, DAY).introduction(plan_id)
    dialog = ContactDialog(refused, DAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Per Fadder")
    assert not dialog.ok_button.isEnabled()
    assert dialog.findChild(QLabel, "contactNameError").text() == _t(
        "Texts", "A contact person's name and phone are stored only when the patient consents to it."
    )

    press(qtbot, panel.consent_box)  # Space ticks it
    assert selfhelp_at(context, DAY).introduction(plan_id).contact_consent
    assert panel.contact_button.isEnabled()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactDialog)
        type_text(qtbot, "Per Fadder")
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "ring meg")
        assert not dialog.ok_button.isEnabled()
        assert dialog.findChild(QLabel, "contactPhoneError").isVisible()
        replace_text(qtbot, "912 34 567")
        assert dialog.ok_button.isEnabled()
        key(qtbot, Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, panel.contact_button), fill)
    stored = selfhelp_at(context, DAY).introduction(plan_id)
    assert (stored.contact_name, stored.contact_phone) == ("Per Fadder", "912 34 567")
    assert panel.contact_summary.text() == "Per Fadder, 912 34 567"

    Messages.prepared_answers = [StandardButton.No]  # unticking asks first; No keeps everything
    press(qtbot, panel.consent_box)
    assert panel.consent_box.isChecked()
    assert selfhelp_at(context, DAY).introduction(plan_id).contact_name == "Per Fadder"
    Messages.prepared_answers = [StandardButton.Yes]
    press(qtbot, panel.consent_box)
    stored = selfhelp_at(context, DAY).introduction(plan_id)
    assert (stored.contact_consent, stored.contact_name, stored.contact_phone) == (False, "", "")
    assert not panel.consent_box.isChecked()
    assert "Per Fadder" not in panel.contact_summary.text()
    assert len(answers) == 2
    assert all("Per Fadder" in text for _title, text in answers)


# The first meeting after discharge -----------------------------------------------


def test_the_first_meeting_is_suggested_from_the_groups_meeting_days(
    make_window: MakeWindow, context: Context, plan_id: PlanId, groups: dict[str, GroupId], qtbot: QtBot
) -> None:
    panel = open_panel(make_window, context, plan_id, DAY)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstMeetingDialog)
        assert focused() is dialog.group
        assert not dialog.ok_button.isEnabled()
        key(qtbot, Qt.Key.Key_Down)  # AA – Eksempelgruppen, Oslo: Mon 19.00, Thu 18.30
        assert dialog.introduction().first_day == date(2026, 12, 7)  # the first Monday after discharge
        assert dialog.introduction().first_time == time(19)
        dialog.accompanied.setFocus()
        key(qtbot, Qt.Key.Key_Space)
        key(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.companion
        type_text(qtbot, "Kari")
        dialog.ok_button.setFocus()
        key(qtbot, Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, panel.first_meeting_button), fill)

    stored = selfhelp_at(context, DAY).introduction(plan_id)
    assert (stored.first_group, stored.first_day, stored.first_time) == (
        groups["oslo"],
        date(2026, 12, 7),
        time(19),
    )
    assert (stored.accompanied, stored.companion) == (True, "Kari")
    monday = _t("SelfHelpTexts", "Monday")
    when = _t("FirstMeetingDialog", "%1 at %2").replace("%1", f"{monday} 07.12.2026").replace("%2", "19.00")
    goes = _t("FirstMeetingDialog", "%1 goes along").replace("%1", "Kari")
    assert panel.first_meeting_summary.text() == f"{when}, AA – Eksempelgruppen, Eksempelveien 1; {goes}"


def test_changing_the_day_takes_the_groups_time_on_that_weekday(
    context: Context, plan_id: PlanId, groups: dict[str, GroupId], qtbot: QtBot, bokmal: object
) -> None:
    selfhelp = selfhelp_at(context, DAY)
    directory = directory_for(
        selfhelp.groups(), (), "0301", context.organisations(), context.kommune_name, DAY
    )
    start = Introduction(
        plan_id, first_group=groups["oslo"], first_day=date(2026, 12, 7), first_time=time(19)
    )
    dialog = FirstMeetingDialog(start, directory, PLANNED_DISCHARGE)
    qtbot.addWidget(dialog)
    assert dialog.day_note.isHidden()
    dialog.day.setDate(dialog.day.date().addDays(3))  # Thursday
    assert dialog.introduction().first_time == time(18, 30)
    dialog.day.setDate(dialog.day.date().addDays(1))  # Friday: no meeting that day
    assert not dialog.day_note.isHidden()
    assert dialog.introduction().first_time == time(18, 30)  # kept as it was


# Follow-up conversations and the three-week reminder --------------------------------


def test_the_reminder_shows_after_three_weeks_and_goes_with_a_follow_up(
    make_window: MakeWindow, context: Context, plan_id: PlanId, qtbot: QtBot
) -> None:
    inform(context, plan_id, DAY)
    # Two weeks less a day: not yet in "Denne uken" either, which lists a week ahead.
    two_weeks = open_panel(make_window, context, plan_id, DAY + timedelta(days=13))
    assert two_weeks.banner.isHidden()
    due = _panel_text("Next follow-up due: %1").replace("%1", "23.11.2026")
    assert two_weeks.next_due.text() == due

    later = DAY + timedelta(days=21)
    panel = open_panel(make_window, context, plan_id, later)
    assert panel.banner.isVisibleTo(panel)
    assert panel.banner.objectName() == "followUpDue"
    reminder = QCoreApplication.translate(
        "SelfHelpPanel", "⚠ No follow-up conversation about self-help for %n week(s) (due %1)", "", 3
    )
    assert panel.banner_text.text() == reminder.replace("%1", "23.11.2026")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, FollowUpDialog)
        assert (dialog.follow_up().day, dialog.follow_up().by) == (later, TEST_USER)
        dialog.note.setFocus()
        type_text(qtbot, "Har vært på ett NA-møte, vil gå igjen med Kari.")
        key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, panel.banner_button), fill)

    follow_ups = selfhelp_at(context, later).follow_ups(plan_id)
    assert [(f.day, f.by, f.note) for f in follow_ups] == [
        (later, TEST_USER, "Har vært på ett NA-møte, vil gå igjen med Kari.")
    ]
    assert panel.banner.isHidden()
    assert panel.next_due.text() == _panel_text("Next follow-up due: %1").replace("%1", "14.12.2026")
    assert panel.follow_ups.model.index(0, 2).data() == "Har vært på ett NA-møte, vil gå igjen med Kari."


def test_a_follow_up_due_within_a_week_is_announced(
    make_window: MakeWindow, context: Context, plan_id: PlanId
) -> None:
    inform(context, plan_id, DAY)
    panel = open_panel(make_window, context, plan_id, DAY + timedelta(days=18))
    soon = QCoreApplication.translate(
        "SelfHelpPanel", "A follow-up conversation about self-help is due %1 (in %n day(s))", "", 3
    )
    assert panel.banner.isVisibleTo(panel)
    assert panel.banner_text.text() == soon.replace("%1", "23.11.2026")


def test_a_follow_up_before_the_information_is_refused_next_to_the_date(
    context: Context, plan_id: PlanId, qtbot: QtBot, bokmal: object
) -> None:
    start = FollowUp(FollowUpId(0), plan_id, DAY - timedelta(days=1), TEST_USER)
    dialog = FollowUpDialog(start, DAY, DAY)
    qtbot.addWidget(dialog)
    error = dialog.findChild(QLabel, "dayError")
    assert error.text() == _t(
        "Texts", "A follow-up conversation comes after the patient was informed; check the dates."
    )
    assert not dialog.ok_button.isEnabled()
    dialog.day.setDate(dialog.day.date().addDays(1))
    assert dialog.ok_button.isEnabled()
    assert error.text() == ""


def test_information_without_who_informed_keeps_ok_disabled(
    context: Context, plan_id: PlanId, qtbot: QtBot, bokmal: object
) -> None:
    directory = directory_for((), (), "0301", context.organisations(), context.kommune_name, DAY)
    dialog = InformedDialog(Introduction(plan_id), directory, TEST_USER)
    qtbot.addWidget(dialog)
    dialog.informed_by.clear()
    assert not dialog.ok_button.isEnabled()
    assert dialog.findChild(QLabel, "informedByError").text() == _t(
        "Texts", "Write who informed the patient."
    )
    qtbot.keyClicks(dialog.informed_by, STAFF)
    assert dialog.ok_button.isEnabled()


# Read-only plans, models and wording -------------------------------------------


def test_a_discharged_plan_shows_everything_and_changes_nothing(
    make_window: MakeWindow, context: Context, plan_id: PlanId, groups: dict[str, GroupId]
) -> None:
    inform(context, plan_id, DAY)
    later = DAY + timedelta(days=30)
    service_at(context, later).discharge_plan(plan_id, later, DischargeKind.PLANNED, {}, TEST_USER)
    panel = open_panel(make_window, context, plan_id, later)
    assert panel.banner.isHidden()  # overdue, but the plan is no longer active
    assert STAFF in panel.informed_summary.text()
    assert panel.next_due.text() == _panel_text("No follow-up is due: the plan is not active.")
    buttons = [button for button in panel.findChildren(QAbstractButton) if button.isVisibleTo(panel)]
    assert buttons
    assert not any(button.isEnabled() for button in buttons)


def test_the_tables_pass_the_model_tester(
    make_window: MakeWindow, context: Context, plan_id: PlanId, qtmodeltester: object
) -> None:
    inform(context, plan_id, DAY)
    selfhelp = selfhelp_at(context, DAY)
    selfhelp.add_follow_up(FollowUp(FollowUpId(0), plan_id, DAY, STAFF, "Første\nsamtale"), TEST_USER)
    panel = open_panel(make_window, context, plan_id, DAY)
    qtmodeltester.check(panel.visits.model)  # type: ignore[attr-defined]
    qtmodeltester.check(panel.follow_ups.model)  # type: ignore[attr-defined]
    assert panel.follow_ups.model.index(0, 2).data() == "Første samtale"


def test_nothing_says_refer(
    make_window: MakeWindow, context: Context, plan_id: PlanId, groups: dict[str, GroupId], qtbot: QtBot
) -> None:
    """No one can be referred to a self-help group: the words are "informed" and "presented"."""
    panel = open_panel(make_window, context, plan_id, DAY)
    selfhelp = selfhelp_at(context, DAY)
    directory = directory_for(
        selfhelp.groups(), (), "0301", context.organisations(), context.kommune_name, DAY
    )
    intro = selfhelp.introduction(plan_id)
    dialogs: list[QWidget] = [
        InformedDialog(intro, directory, TEST_USER),
        ViewDialog(intro),
        ContactDialog(intro, DAY),
        FirstMeetingDialog(intro, directory, PLANNED_DISCHARGE),
        VisitDialog(Visit(VisitId(0), plan_id, DAY, None, ""), directory),
        FollowUpDialog(FollowUp(FollowUpId(0), plan_id, DAY, TEST_USER), DAY, DAY),
    ]
    for widget in (panel, *dialogs):
        qtbot.addWidget(widget)
        for text in _visible_texts(widget):
            assert "refer" not in text.lower(), text
            assert "henvis" not in text.lower(), text


def test_tab_reads_each_section_content_first_then_its_buttons(
    make_window: MakeWindow, context: Context, plan_id: PlanId, qtbot: QtBot
) -> None:
    inform(context, plan_id, DAY)
    panel = open_panel(make_window, context, plan_id, DAY)
    panel.informed_button.setFocus()
    order = [focused()]
    for _ in range(5):
        key(qtbot, Qt.Key.Key_Tab)
        order.append(focused())
    # Empty tables are hidden and buttons with nothing to act on disabled: Tab skips both.
    assert order == [
        panel.informed_button,
        panel.view_button,
        panel.add_visit_button,
        panel.consent_box,
        panel.first_meeting_button,
        panel.add_follow_up_button,
    ]


def test_the_follow_up_is_listed_this_week_opens_the_tab_and_leaves_when_recorded(
    make_window: MakeWindow, context: Context, plan_id: PlanId, qtbot: QtBot
) -> None:
    inform(context, plan_id, DAY)
    day = DAY + timedelta(days=22)
    window = make_window(context_at(context, day))
    window.week_action.trigger()
    model = window.week.model
    kinds = [
        model.index(row, COL_KIND, model.index(0, 0)).data()
        for row in range(model.rowCount(model.index(0, 0)))
    ]
    follow_up = _t("DueTreeModel", "Follow-up")
    assert follow_up in kinds

    row = kinds.index(follow_up)
    window.week.tree.setCurrentIndex(model.index(row, 0, model.index(0, 0)))
    qtbot.keyClick(window.week.tree, Qt.Key.Key_Return)

    page = window.editor.pages[AreaKey.SELF_HELP]
    assert window.stack.currentWidget() is window.editor
    assert window.editor.current_area() is AreaKey.SELF_HELP
    assert page.tabs.currentWidget() is window.editor.selfhelp_panel
    panel = window.editor.selfhelp_panel
    assert panel.banner.isVisibleTo(panel)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, FollowUpDialog)
        dialog.note.setPlainText("Vil prøve et møte neste uke.")
        dialog.accept()

    with_modal(lambda: press(qtbot, panel.banner_button), fill)
    window.week_action.trigger()
    remaining = [
        model.index(r, COL_KIND, model.index(p, 0)).data()
        for p in range(model.rowCount())
        for r in range(model.rowCount(model.index(p, 0)))
    ]
    assert follow_up not in remaining
