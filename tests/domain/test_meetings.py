"""Meetings: the dates the timeline suggests, the agenda, and decisions that are agreed actions at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.coordination_model import ContactRole
from dischargeplanner.domain.meeting_model import (
    Meeting,
    MeetingDetails,
    MeetingId,
    MeetingKind,
    MeetingStatus,
    Participant,
)
from dischargeplanner.domain.meetings import agenda, suggestions
from dischargeplanner.domain.model import (
    ActionStatus,
    AreaKey,
    DischargeKind,
    ItemState,
    Patient,
    Plan,
    PlanId,
    PlanStatus,
    Responsible,
    TrafficLight,
)
from dischargeplanner.domain.services import (
    AreaMoment,
    NotFoundError,
    Problem,
    StorageError,
    ValidationError,
)
from dischargeplanner.storage.audit import audit_trail
from helpers import INTEGRITY_ERRORS, TEST_USER, MakeDraft, service_at
from helpers_meetings import (
    ADMISSION,
    DAY,
    PLANNED_DISCHARGE,
    add_contact,
    long_stay,
    meetings_at,
    remove_contact,
)

# --- suggestions (pure) -----------------------------------------------------------------------------

A = date(2027, 1, 4)


def _plan(admission: date, planned_discharge: date | None) -> Plan:
    return Plan(
        PlanId(1), Patient("Testperson Demo"), "0301", "Avdeling A", "Sosionom Test", admission,
        planned_discharge, PlanStatus.ACTIVE, "standard", "1", 1, datetime(2027, 1, 1), TEST_USER,
    )  # fmt: skip


def _meeting(meeting_id: int, kind: MeetingKind, day: date) -> Meeting:
    return Meeting(MeetingId(meeting_id), PlanId(1), MeetingDetails(kind, day))


def _wanted(found: list[object]) -> list[tuple[MeetingKind, int, date]]:
    return [(s.kind, s.number, s.due) for s in found]  # type: ignore[attr-defined]


def test_a_short_stay_gets_only_the_discharge_meeting_three_weeks_before_discharge() -> None:
    found = suggestions(_plan(A, A + timedelta(days=60)), [], A)
    assert _wanted(found) == [(MeetingKind.DISCHARGE, 0, A + timedelta(days=39))]
    assert not found[0].overdue
    assert found[0].day == found[0].due


def test_a_stay_of_exactly_three_months_gets_no_evaluations() -> None:
    found = suggestions(_plan(A, A + timedelta(days=91)), [], A)
    assert [s.kind for s in found] == [MeetingKind.DISCHARGE]


def test_a_long_stay_gets_an_evaluation_every_six_weeks_until_the_discharge_meeting() -> None:
    found = suggestions(_plan(A, A + timedelta(days=150)), [], A)
    # Discharge meeting at day 129; an evaluation at day 126 would come three days before it.
    assert _wanted(found) == [
        (MeetingKind.EVALUATION, 1, A + timedelta(days=42)),
        (MeetingKind.EVALUATION, 2, A + timedelta(days=84)),
        (MeetingKind.DISCHARGE, 0, A + timedelta(days=129)),
    ]


def test_no_planned_discharge_no_suggestions() -> None:
    assert suggestions(_plan(A, None), [], A + timedelta(days=100)) == []


@pytest.mark.parametrize(
    ("offset", "covered"), [(-10, True), (10, True), (0, True), (11, False), (-11, False)]
)
def test_a_meeting_of_the_kind_within_ten_days_covers_a_suggestion(offset: int, covered: bool) -> None:
    due = A + timedelta(days=42)
    meeting = _meeting(7, MeetingKind.EVALUATION, due + timedelta(days=offset))
    [evaluation, *_] = suggestions(_plan(A, A + timedelta(days=150)), [meeting], A)
    assert evaluation.covered_by == (MeetingId(7) if covered else None)


def test_a_meeting_of_the_other_kind_does_not_cover() -> None:
    due = A + timedelta(days=42)
    found = suggestions(_plan(A, A + timedelta(days=150)), [_meeting(7, MeetingKind.DISCHARGE, due)], A)
    assert found[0].covered_by is None


def test_one_meeting_covers_one_suggestion() -> None:
    plan = _plan(A, A + timedelta(days=150))
    between = _meeting(7, MeetingKind.EVALUATION, A + timedelta(days=63))  # 21 days from both
    near_second = _meeting(8, MeetingKind.EVALUATION, A + timedelta(days=80))
    found = suggestions(plan, [between, near_second], A + timedelta(days=120))
    covered = [s.covered_by for s in found if s.kind is MeetingKind.EVALUATION]
    # The second evaluation takes the meeting near it; the late one still counts for the first.
    assert covered == [MeetingId(7), MeetingId(8)]


def test_the_discharge_meeting_in_the_past_shows_as_should_have_been() -> None:
    plan = _plan(A, A + timedelta(days=60))
    today = A + timedelta(days=50)
    [discharge] = suggestions(plan, [], today)
    assert discharge.overdue
    assert discharge.due == A + timedelta(days=39)
    assert discharge.day == today  # held now, not in the past


def test_a_late_meeting_covers_an_overdue_suggestion() -> None:
    plan = _plan(A, A + timedelta(days=60))
    late = _meeting(3, MeetingKind.DISCHARGE, A + timedelta(days=55))
    [discharge] = suggestions(plan, [late], A + timedelta(days=58))
    assert discharge.covered_by == MeetingId(3)
    assert not discharge.overdue


def test_a_missed_evaluation_gives_way_to_the_next_one_once_that_is_due() -> None:
    plan = _plan(A, A + timedelta(days=200))
    found = suggestions(plan, [], A + timedelta(days=90))
    evaluations = [s for s in found if s.kind is MeetingKind.EVALUATION]
    # The first (day 42) is moot; the second (day 84) is the one that is late now.
    assert [s.number for s in evaluations][:2] == [2, 3]
    assert evaluations[0].overdue
    assert not evaluations[1].overdue


def test_a_discharge_meeting_never_comes_before_admission() -> None:
    [discharge] = suggestions(_plan(A, A + timedelta(days=10)), [], A)
    assert discharge.due == A


# --- the service over a real file ---------------------------------------------------------------------


@pytest.fixture
def plan_id(context: Context, make_draft: MakeDraft) -> PlanId:
    return long_stay(context, make_draft)


def _details(**overrides: object) -> MeetingDetails:
    fields: dict[str, object] = {"kind": MeetingKind.DISCHARGE, "day": DAY + timedelta(days=9)}
    fields.update(overrides)
    return MeetingDetails(**fields)  # type: ignore[arg-type]


def test_the_service_suggests_for_the_plan_and_marks_what_is_planned(
    context: Context, plan_id: PlanId
) -> None:
    meetings = meetings_at(context)
    before = meetings.suggestions(plan_id)
    assert [(s.kind, s.number, s.overdue) for s in before] == [
        (MeetingKind.EVALUATION, 2, True),  # day 84 is past; day 42 gave way to it
        (MeetingKind.DISCHARGE, 0, False),
    ]
    meeting_id, _ = meetings.add_meeting(
        plan_id, _details(day=PLANNED_DISCHARGE - timedelta(days=25)), TEST_USER
    )
    after = meetings.suggestions(plan_id)
    assert after[-1].covered_by == meeting_id


def test_meeting_before_admission_or_held_in_the_future_is_refused(context: Context, plan_id: PlanId) -> None:
    meetings = meetings_at(context)
    with pytest.raises(ValidationError) as before:
        meetings.add_meeting(plan_id, _details(day=ADMISSION - timedelta(days=1)), TEST_USER)
    assert [i.problem for i in before.value.issues] == [Problem.MEETING_BEFORE_ADMISSION]
    with pytest.raises(ValidationError) as future:
        meetings.add_meeting(plan_id, _details(status=MeetingStatus.HELD), TEST_USER)
    assert [i.problem for i in future.value.issues] == [Problem.MEETING_HELD_IN_FUTURE]
    assert meetings.meetings(plan_id) == []


def test_a_participant_must_be_a_contact_of_the_plan(
    context: Context, plan_id: PlanId, make_draft: MakeDraft
) -> None:
    other_plan = long_stay(context, make_draft)
    stranger = add_contact(context, other_plan, "nav", "Annen Veileder")
    details = _details(participants=(Participant(stranger, "Annen Veileder", ContactRole.NAV),))
    with pytest.raises(ValidationError) as refused:
        meetings_at(context).add_meeting(plan_id, details, TEST_USER)
    assert [i.problem for i in refused.value.issues] == [Problem.MEETING_CONTACT_UNKNOWN]


def test_participants_keep_name_and_role_when_the_contact_is_removed(
    context: Context, plan_id: PlanId
) -> None:
    meetings = meetings_at(context)
    nav = add_contact(context, plan_id, "nav", "Veileder Demo")
    stale = Participant(nav, "old spelling", ContactRole.OTHER)  # the service names it as the plan does
    meeting_id, _ = meetings.add_meeting(
        plan_id, _details(participants=(stale,), ward_staff=("Kari ", "", "Kari", "Ola")), TEST_USER
    )
    meeting = meetings.meeting(meeting_id)
    assert meeting.details.participants == (Participant(nav, "Veileder Demo", ContactRole.NAV),)
    assert meeting.details.ward_staff == ("Kari", "Ola")
    remove_contact(context, nav)
    kept = meetings.meeting(meeting_id).details.participants
    assert kept == (Participant(None, "Veileder Demo", ContactRole.NAV),)
    # Changing the meeting later keeps the removed participant as recorded.
    meetings.update_meeting(meeting_id, replace(meeting.details, participants=kept, place="Rom 2"), TEST_USER)
    assert meetings.meeting(meeting_id).details.participants == kept


def test_a_decision_is_an_agreed_action_of_its_area_at_once(context: Context, plan_id: PlanId) -> None:
    meetings = meetings_at(context)
    meeting_id, _ = meetings.add_meeting(plan_id, _details(), TEST_USER)
    deadline = DAY + timedelta(days=14)
    action_id, changes = meetings.add_decision(
        meeting_id,
        AreaKey.FINANCES,
        "  Søke om   bostøtte ",
        Responsible.NAV,
        "Veileder",
        deadline,
        TEST_USER,
    )
    assert changes.areas == frozenset({AreaKey.FINANCES})
    assert changes.plan_ids == frozenset({plan_id})
    assert changes.plan_list
    [action] = service_at(context, DAY).plan_detail(plan_id).actions_in(AreaKey.FINANCES)
    assert (action.action_id, action.what, action.responsible, action.deadline, action.status) == (
        action_id, "Søke om bostøtte", Responsible.NAV, deadline, ActionStatus.OPEN,
    )  # fmt: skip
    [decision] = meetings.meeting(meeting_id).decisions
    assert (decision.action_id, decision.area, decision.what) == (
        action_id,
        AreaKey.FINANCES,
        "Søke om bostøtte",
    )
    assert decision.is_open
    actions = [record.action for record in audit_trail(context.conn, plan_id)]
    assert actions[-2:] == ["meeting.add", "meeting.decision.add"]


def test_a_decision_without_what_is_refused_and_nothing_is_stored(context: Context, plan_id: PlanId) -> None:
    meetings = meetings_at(context)
    meeting_id, _ = meetings.add_meeting(plan_id, _details(), TEST_USER)
    with pytest.raises(ValidationError) as refused:
        meetings.add_decision(meeting_id, AreaKey.HOUSING, "  ", Responsible.WARD, "", None, TEST_USER)
    assert [i.problem for i in refused.value.issues] == [Problem.ACTION_WHAT_MISSING]
    assert service_at(context, DAY).plan_detail(plan_id).actions == ()


def test_decision_and_action_are_written_together_or_not_at_all(context: Context, plan_id: PlanId) -> None:
    meetings = meetings_at(context)
    meeting_id, _ = meetings.add_meeting(plan_id, _details(), TEST_USER)
    version = service_at(context, DAY).plan_detail(plan_id).plan.version
    # The link row fails after the action row was inserted: the whole transaction must roll back.
    context.conn.execute(
        "CREATE TEMP TRIGGER refuse_link BEFORE INSERT ON meeting_decision "
        "BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END"
    )
    with pytest.raises(StorageError):
        meetings.add_decision(
            meeting_id, AreaKey.HOUSING, "Søke bolig", Responsible.KOMMUNE, "", None, TEST_USER
        )
    detail = service_at(context, DAY).plan_detail(plan_id)
    assert detail.actions == ()
    assert detail.plan.version == version
    assert meetings.meeting(meeting_id).decisions == ()


def test_taking_a_decision_back_removes_its_action(context: Context, plan_id: PlanId) -> None:
    meetings = meetings_at(context)
    meeting_id, _ = meetings.add_meeting(plan_id, _details(), TEST_USER)
    action_id, _ = meetings.add_decision(
        meeting_id, AreaKey.HEALTH, "Time hos fastlege", Responsible.PATIENT, "", None, TEST_USER
    )
    changes = meetings.remove_decision(meeting_id, action_id, TEST_USER)
    assert changes.areas == frozenset({AreaKey.HEALTH})
    assert meetings.meeting(meeting_id).decisions == ()
    assert service_at(context, DAY).plan_detail(plan_id).actions == ()
    with pytest.raises(NotFoundError):
        meetings.remove_decision(meeting_id, action_id, TEST_USER)


def test_an_action_removed_on_its_page_stays_in_the_minutes_and_comes_back_with_undo(
    context: Context, plan_id: PlanId
) -> None:
    meetings, plans = meetings_at(context), service_at(context, DAY)
    meeting_id, _ = meetings.add_meeting(plan_id, _details(), TEST_USER)
    action_id, _ = meetings.add_decision(
        meeting_id, AreaKey.HOUSING, "Søke bolig", Responsible.KOMMUNE, "", None, TEST_USER
    )
    removal = plans.remove_action(action_id, TEST_USER)
    [decision] = meetings.meeting(meeting_id).decisions
    assert decision.what == "Søke bolig"
    assert decision.status is None
    assert removal.edit is not None
    plans.undo(removal.edit, TEST_USER)
    assert meetings.meeting(meeting_id).decisions[0].status is ActionStatus.OPEN


def test_the_minute_is_stored_trimmed_and_removed_when_emptied(context: Context, plan_id: PlanId) -> None:
    meetings = meetings_at(context)
    meeting_id, _ = meetings.add_meeting(plan_id, _details(), TEST_USER)
    changes = meetings.set_minute(meeting_id, AreaKey.NETWORK, "  Søsteren er med.  ", TEST_USER)
    assert changes.areas == frozenset({AreaKey.NETWORK})
    assert meetings.meeting(meeting_id).minute(AreaKey.NETWORK) == "Søsteren er med."
    rows = len(audit_trail(context.conn, plan_id))
    assert (
        meetings.set_minute(meeting_id, AreaKey.NETWORK, "Søsteren er med.", TEST_USER).plan_ids
        == frozenset()
    )
    assert len(audit_trail(context.conn, plan_id)) == rows  # unchanged: nothing written
    meetings.set_minute(meeting_id, AreaKey.NETWORK, " ", TEST_USER)
    assert meetings.meeting(meeting_id).minutes == ()


def test_marking_held_keeps_a_past_date_and_moves_a_future_one_to_today(
    context: Context, plan_id: PlanId
) -> None:
    meetings = meetings_at(context)
    past, _ = meetings.add_meeting(plan_id, _details(day=DAY - timedelta(days=3)), TEST_USER)
    ahead, _ = meetings.add_meeting(plan_id, _details(day=DAY + timedelta(days=3)), TEST_USER)
    meetings.mark_held(past, TEST_USER)
    meetings.mark_held(ahead, TEST_USER)
    assert [(m.day, m.status) for m in meetings.meetings(plan_id)] == [
        (DAY - timedelta(days=3), MeetingStatus.HELD),
        (DAY, MeetingStatus.HELD),
    ]


def test_removing_a_meeting_keeps_its_decisions_as_actions(context: Context, plan_id: PlanId) -> None:
    meetings = meetings_at(context)
    meeting_id, _ = meetings.add_meeting(plan_id, _details(), TEST_USER)
    meetings.set_minute(meeting_id, AreaKey.HOUSING, "Bolig er klar.", TEST_USER)
    meetings.add_decision(meeting_id, AreaKey.HOUSING, "Søke bolig", Responsible.KOMMUNE, "", None, TEST_USER)
    meetings.remove_meeting(meeting_id, TEST_USER)
    assert meetings.meetings(plan_id) == []
    assert [a.what for a in service_at(context, DAY).plan_detail(plan_id).actions] == ["Søke bolig"]
    with pytest.raises(NotFoundError):
        meetings.meeting(meeting_id)


def test_a_discharged_plan_refuses_meeting_changes(context: Context, plan_id: PlanId) -> None:
    meetings = meetings_at(context)
    meeting_id, _ = meetings.add_meeting(plan_id, _details(day=DAY - timedelta(days=1)), TEST_USER)
    service_at(context, DAY).discharge_plan(plan_id, DAY, DischargeKind.PLANNED, {}, TEST_USER)
    for call in (
        lambda: meetings.add_meeting(plan_id, _details(), TEST_USER),
        lambda: meetings.set_minute(meeting_id, AreaKey.HOUSING, "Tekst", TEST_USER),
        lambda: meetings.add_decision(
            meeting_id, AreaKey.HOUSING, "Noe", Responsible.WARD, "", None, TEST_USER
        ),
        lambda: meetings.mark_held(meeting_id, TEST_USER),
        lambda: meetings.remove_meeting(meeting_id, TEST_USER),
    ):
        with pytest.raises(ValidationError) as refused:
            call()
        assert [i.problem for i in refused.value.issues] == [Problem.PLAN_NOT_ACTIVE]
    assert meetings.suggestions(plan_id) == []


def test_the_minutes_export_is_logged_without_changing_the_plan(context: Context, plan_id: PlanId) -> None:
    meetings = meetings_at(context)
    meeting_id, _ = meetings.add_meeting(plan_id, _details(), TEST_USER)
    version = service_at(context, DAY).plan_detail(plan_id).plan.version
    meetings.record_minutes_export(meeting_id, "ab" * 32, "Referat.pdf", TEST_USER)
    last = audit_trail(context.conn, plan_id)[-1]
    assert (last.action, last.detail) == ("export.minutes", f"{meeting_id} {'ab' * 6} Referat.pdf")
    assert service_at(context, DAY).plan_detail(plan_id).plan.version == version


# --- the agenda ---------------------------------------------------------------------------------------


def test_the_agenda_lists_each_area_with_status_goal_and_what_is_open(
    context: Context, plan_id: PlanId
) -> None:
    plans, meetings = service_at(context, DAY), meetings_at(context)
    plans.set_area_status(plan_id, AreaKey.HOUSING, AreaMoment.CURRENT, TrafficLight.RED, "", TEST_USER)
    plans.set_area_goal(plan_id, AreaKey.HOUSING, "Egen leilighet", TEST_USER)
    detail = plans.plan_detail(plan_id)
    housing_items = detail.items_in(AreaKey.HOUSING)
    done = housing_items[0]
    plans.set_item_state(done.item_id, ItemState.DONE, TEST_USER)
    open_id, _ = plans.add_action(
        plan_id, AreaKey.HOUSING, "Søke bolig", Responsible.KOMMUNE, "", None, TEST_USER
    )
    closed_id, _ = plans.add_action(
        plan_id, AreaKey.HOUSING, "Betale husleie", Responsible.NAV, "", None, TEST_USER
    )
    plans.update_action(replace(plans.plan_detail(plan_id).actions[-1], status=ActionStatus.DONE), TEST_USER)
    detail = plans.plan_detail(plan_id)

    found = meetings.agenda(detail)
    assert [area.area for area in found.areas] == [area.area for area in detail.areas]
    housing = found.area(AreaKey.HOUSING)
    assert (housing.title, housing.light, housing.goal) == (
        detail.area(AreaKey.HOUSING).title,
        TrafficLight.RED,
        "Egen leilighet",
    )
    still_open = list(housing_items[1:])
    assert housing.open_required == tuple(i.text for i in still_open if i.required)
    assert housing.open_other == tuple(i.text for i in still_open if not i.required)
    assert done.text not in housing.open_required + housing.open_other
    assert housing.open_items == len(still_open)
    assert [a.action_id for a in housing.open_actions] == [open_id]
    assert closed_id not in [a.action_id for a in housing.open_actions]
    assert found.previous is None
    assert found.previous_open == ()


def test_the_agenda_brings_the_previous_meetings_open_decisions(context: Context, plan_id: PlanId) -> None:
    plans, meetings = service_at(context, DAY), meetings_at(context)
    first, _ = meetings.add_meeting(
        plan_id, _details(kind=MeetingKind.EVALUATION, day=DAY - timedelta(days=40)), TEST_USER
    )
    kept, _ = meetings.add_decision(
        first, AreaKey.ACTIVITY, "Melde til IPS", Responsible.KOMMUNE, "", None, TEST_USER
    )
    finished, _ = meetings.add_decision(
        first, AreaKey.HEALTH, "Bytte fastlege", Responsible.PATIENT, "", None, TEST_USER
    )
    plans.update_action(replace(plans.plan_detail(plan_id).actions[-1], status=ActionStatus.DONE), TEST_USER)
    planned_only, _ = meetings.add_meeting(
        plan_id, _details(kind=MeetingKind.EVALUATION, day=DAY - timedelta(days=5)), TEST_USER
    )
    meetings.add_decision(planned_only, AreaKey.HOUSING, "Ikke holdt", Responsible.WARD, "", None, TEST_USER)
    discharge, _ = meetings.add_meeting(plan_id, _details(), TEST_USER)
    detail = plans.plan_detail(plan_id)

    assert meetings.agenda(detail, discharge).previous is None  # the first is not marked as held yet
    meetings.mark_held(first, TEST_USER)
    found = meetings.agenda(plans.plan_detail(plan_id), discharge)
    assert found.previous is not None
    assert found.previous.meeting_id == first
    assert [d.action_id for d in found.previous_open] == [kept]
    assert finished not in [d.action_id for d in found.previous_open]
    # Seen from the first meeting there is nothing before it.
    assert agenda(detail, meetings.meetings(plan_id), meetings.meeting(first)).previous is None


def test_the_contact_table_is_read_in_the_plans_order(context: Context, plan_id: PlanId) -> None:
    first = add_contact(context, plan_id, "kommune_contact", "Saksbehandler Demo")
    second = add_contact(context, plan_id, "paarorende", "Søster Demo")
    contacts = meetings_at(context).contacts(plan_id)
    assert [(c.contact_id, c.role, c.name) for c in contacts] == [
        (first, ContactRole.KOMMUNE_CONTACT, "Saksbehandler Demo"),
        (second, ContactRole.PAARORENDE, "Søster Demo"),
    ]


def test_schema_refuses_a_meeting_of_an_unknown_kind(context: Context, plan_id: PlanId) -> None:
    with pytest.raises(INTEGRITY_ERRORS):
        context.conn.execute(
            "INSERT INTO meeting (plan_id, kind, day) VALUES (?, 'party', ?)", (plan_id, DAY.isoformat())
        )


def test_meetings_are_listed_by_date_and_time(context: Context, plan_id: PlanId) -> None:
    meetings = meetings_at(context)
    late, _ = meetings.add_meeting(plan_id, _details(day=DAY, start=time(14)), TEST_USER)
    early, _ = meetings.add_meeting(plan_id, _details(day=DAY, start=time(9)), TEST_USER)
    first, _ = meetings.add_meeting(plan_id, _details(day=DAY - timedelta(days=2)), TEST_USER)
    assert [m.meeting_id for m in meetings.meetings(plan_id)] == [first, early, late]
    assert meetings.latest_held(plan_id) is None
