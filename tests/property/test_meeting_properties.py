"""Meetings, their minutes and decisions, for any input: stored as typed (cleaned), or refused with
worded issues and nothing stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import example, given
from hypothesis import strategies as st

from dischargeplanner.app import Context
from dischargeplanner.domain.coordination_model import Contact, ContactId, ContactRole
from dischargeplanner.domain.limits import clean_line, clean_text
from dischargeplanner.domain.meeting_model import (
    Meeting,
    MeetingDetails,
    MeetingKind,
    MeetingStatus,
    Participant,
)
from dischargeplanner.domain.meetings import cleaned_details, validate_details
from dischargeplanner.domain.model import (
    ActionStatus,
    AreaKey,
    Patient,
    Plan,
    PlanId,
    PlanStatus,
    Responsible,
)
from dischargeplanner.domain.services import ValidationError
from helpers import TEST_USER, care_at, service_at
from helpers_property import (
    ADMISSION,
    TODAY,
    Plans,
    Refused,
    any_dates,
    assert_clean,
    assert_worded,
    attempt,
    count_example,
    mostly,
    names,
    optional_dates,
    optional_texts,
    property_settings,
    times,
)

PLAN = PlanId(1)
participants = st.builds(
    Participant,
    st.none() | st.integers(-3, 3).map(ContactId),
    names,
    st.sampled_from(ContactRole),
    optional_texts,
)
meeting_days = mostly(st.dates(ADMISSION, TODAY + timedelta(days=60)), any_dates, times=2)
details = st.builds(
    MeetingDetails,
    st.sampled_from(MeetingKind),
    meeting_days,
    times,
    st.booleans(),
    optional_texts,
    st.lists(participants, max_size=4).map(tuple),
    st.booleans(),
    st.lists(names, max_size=3).map(tuple),
    optional_texts,
    st.sampled_from(MeetingStatus),
)
decisions = st.tuples(
    st.sampled_from(AreaKey),
    mostly(st.sampled_from(["Søke om bolig", "Avtale time hos fastlege"]), optional_texts),
    st.sampled_from(Responsible),
    optional_texts,
    optional_dates,
)
_PLAN_RECORD = Plan(
    PLAN, Patient("Demo"), None, "A", "B", ADMISSION, None, PlanStatus.ACTIVE, "standard", "1", 1,
    ADMISSION, TEST_USER,
)  # fmt: skip


@property_settings()
@given(details)
@example(
    MeetingDetails(
        MeetingKind.DISCHARGE, date.max, participants=(Participant(None, "\x00", ContactRole.NAV),)
    )
)
def test_every_problem_with_a_meeting_is_worded(meeting: MeetingDetails) -> None:
    count_example()
    contacts = [Contact(ContactId(1), PLAN, ContactRole.NAV, "Kari Testesen")]
    issues = validate_details(cleaned_details(meeting, contacts), _PLAN_RECORD, contacts, TODAY)
    issues += validate_details(meeting, _PLAN_RECORD, contacts, TODAY)
    if issues:
        assert_worded(ValidationError(issues))


def _contacts(ward: Context, plan_id: PlanId) -> list[Contact]:
    coordination = care_at(ward, TODAY).coordination
    if not coordination.contacts(plan_id):
        contact = Contact(ContactId(0), plan_id, ContactRole.NAV, "Kari Testesen")
        coordination.add_contact(contact, TEST_USER)
    return coordination.contacts(plan_id)


@property_settings()
@given(details, details, st.booleans())
@example(  # found: the role of a participant no longer among the contacts was stored uncleaned
    MeetingDetails(
        MeetingKind.EVALUATION, TODAY, participants=(Participant(None, "Kari", ContactRole.OTHER, "\x00\r"),)
    ),
    MeetingDetails(MeetingKind.EVALUATION, TODAY),
    True,
)
def test_a_meeting_is_planned_and_changed_as_typed_or_not_at_all(
    ward: Context, active_plans: Plans, planned: MeetingDetails, changed: MeetingDetails, keep: bool
) -> None:
    count_example()
    plan_id = active_plans.plan()
    service = care_at(ward, TODAY).meetings
    contacts = _contacts(ward, plan_id)
    # Participants from the plan's contacts are named by their position in the list drawn.
    known = [contact.contact_id for contact in contacts]

    def with_contacts(meeting: MeetingDetails) -> MeetingDetails:
        chosen = tuple(
            replace(p, contact_id=known[p.contact_id % len(known)])
            if p.contact_id is not None and p.contact_id >= 0
            else p
            for p in meeting.participants
        )
        return replace(meeting, participants=chosen)

    def stored() -> list[Meeting]:
        return service.meetings(plan_id)

    planned = with_contacts(planned)
    result = attempt(ward.conn, lambda: service.add_meeting(plan_id, planned, TEST_USER), stored)
    if isinstance(result, Refused):
        return
    meeting_id, _ = result
    _assert_stored(service.meeting(meeting_id), planned, contacts)
    changed = with_contacts(changed)
    if not isinstance(
        attempt(ward.conn, lambda: service.update_meeting(meeting_id, changed, TEST_USER), stored), Refused
    ):
        _assert_stored(service.meeting(meeting_id), changed, contacts)
    service.suggestions(plan_id)
    service.agenda(service_at(ward, TODAY).plan_detail(plan_id), meeting_id)
    assert_clean(stored())
    if not keep:
        service.remove_meeting(meeting_id, TEST_USER)


def _assert_stored(meeting: Meeting, typed: MeetingDetails, contacts: list[Contact]) -> None:
    expected = cleaned_details(typed, contacts)
    assert meeting.details == expected
    assert (expected.place, expected.others) == (clean_text(typed.place), clean_text(typed.others))
    assert all(name == clean_line(name) for name in expected.ward_staff)


@property_settings()
@given(st.sampled_from(AreaKey), optional_texts, decisions, st.booleans())
@example(AreaKey.HOUSING, "\x00", (AreaKey.HOUSING, "\x00", Responsible.WARD, "", None), False)
def test_minutes_and_decisions_are_stored_as_typed_or_not_at_all(
    ward: Context,
    active_plans: Plans,
    area: AreaKey,
    minute: str,
    decision: tuple[AreaKey, str, Responsible, str, date | None],
    take_back: bool,
) -> None:
    count_example()
    plan_id = active_plans.plan()
    service = care_at(ward, TODAY).meetings
    meetings = service.meetings(plan_id)
    if meetings:
        meeting_id = meetings[0].meeting_id
    else:
        meeting_id, _ = service.add_meeting(plan_id, MeetingDetails(MeetingKind.EVALUATION, TODAY), TEST_USER)

    def stored() -> Meeting:
        return service.meeting(meeting_id)

    if not isinstance(
        attempt(ward.conn, lambda: service.set_minute(meeting_id, area, minute, TEST_USER), stored), Refused
    ):
        assert stored().minute(area) == clean_text(minute)
    decision_area, what, responsible, name, deadline = decision
    result = attempt(
        ward.conn,
        lambda: service.add_decision(meeting_id, decision_area, what, responsible, name, deadline, TEST_USER),
        stored,
    )
    if not isinstance(result, Refused):
        action_id, _ = result
        made = next(d for d in stored().decisions if d.action_id == action_id)
        assert (made.what, made.responsible_name, made.deadline, made.status) == (
            clean_line(what),
            clean_line(name),
            deadline,
            ActionStatus.OPEN,
        )
        if take_back:
            service.remove_decision(meeting_id, action_id, TEST_USER)
    assert_clean(stored())
