"""The meeting store on a real file: every field comes back as written, with the plan's version and audit."""

from __future__ import annotations

from dataclasses import replace
from datetime import time, timedelta

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.coordination_model import ContactRole
from dischargeplanner.domain.meeting_model import (
    Decision,
    MeetingDetails,
    MeetingKind,
    MeetingStatus,
    Minute,
    Participant,
)
from dischargeplanner.domain.model import (
    Action,
    ActionId,
    ActionStatus,
    AreaKey,
    AuditEntry,
    PlanId,
    Responsible,
)
from dischargeplanner.domain.services import NotFoundError
from dischargeplanner.storage.audit import audit_trail
from dischargeplanner.storage.meetings import SqliteMeetingStore
from helpers import TEST_USER, MakeDraft, clock_at, service_at
from helpers_meetings import DAY, add_contact, long_stay


@pytest.fixture
def plan_id(context: Context, make_draft: MakeDraft) -> PlanId:
    return long_stay(context, make_draft)


@pytest.fixture
def store(context: Context) -> SqliteMeetingStore:
    return SqliteMeetingStore(context.conn, clock_at(DAY))


def _audit(plan_id: PlanId, action: str = "meeting.test") -> AuditEntry:
    return AuditEntry(TEST_USER, action, plan_id)


def _version(context: Context, plan_id: PlanId) -> int:
    return service_at(context, DAY).plan_detail(plan_id).plan.version


def test_every_field_of_a_meeting_round_trips(
    context: Context, plan_id: PlanId, store: SqliteMeetingStore
) -> None:
    nav = add_contact(context, plan_id, "nav", "Veileder Demo")
    other = add_contact(context, plan_id, "other", "Boveileder Demo")
    details = MeetingDetails(
        kind=MeetingKind.EVALUATION,
        day=DAY - timedelta(days=3),
        start=time(13, 30),
        video=True,
        place="Lenke på e-post",
        participants=(
            Participant(other, "Boveileder Demo", ContactRole.OTHER, "Boveileder"),
            Participant(nav, "Veileder Demo", ContactRole.NAV),
        ),
        patient_present=False,
        ward_staff=("Terapeut Demo", "Miljøterapeut Demo"),
        others="Tolk (somali)",
        status=MeetingStatus.HELD,
    )
    version = _version(context, plan_id)
    meeting_id = store.add_meeting(plan_id, details, _audit(plan_id))
    meeting = store.meeting(meeting_id)
    assert meeting.details == details  # participants keep the order they were given
    assert (meeting.plan_id, meeting.minutes, meeting.decisions) == (plan_id, (), ())
    assert _version(context, plan_id) == version + 1
    assert store.meetings(plan_id) == [meeting]


def test_a_meeting_without_time_or_people_round_trips(
    context: Context, plan_id: PlanId, store: SqliteMeetingStore
) -> None:
    details = MeetingDetails(MeetingKind.DISCHARGE, DAY)
    meeting_id = store.add_meeting(plan_id, details, _audit(plan_id))
    assert store.meeting(meeting_id).details == details


def test_saving_replaces_the_participants(
    context: Context, plan_id: PlanId, store: SqliteMeetingStore
) -> None:
    nav = add_contact(context, plan_id, "nav", "Veileder Demo")
    gp = add_contact(context, plan_id, "fastlege", "Fastlege Demo")
    first = MeetingDetails(
        MeetingKind.DISCHARGE, DAY, participants=(Participant(nav, "Veileder Demo", ContactRole.NAV),)
    )
    meeting_id = store.add_meeting(plan_id, first, _audit(plan_id))
    second = MeetingDetails(
        MeetingKind.DISCHARGE, DAY, participants=(Participant(gp, "Fastlege Demo", ContactRole.FASTLEGE),)
    )
    store.save_meeting(replace(store.meeting(meeting_id), details=second), _audit(plan_id))
    assert store.meeting(meeting_id).details.participants == second.participants


def test_minutes_come_back_in_the_areas_order(
    context: Context, plan_id: PlanId, store: SqliteMeetingStore
) -> None:
    meeting_id = store.add_meeting(plan_id, MeetingDetails(MeetingKind.DISCHARGE, DAY), _audit(plan_id))
    for area, text in (
        (AreaKey.COORDINATION, "Siste"),
        (AreaKey.HOUSING, "Første"),
        (AreaKey.HEALTH, "Midt"),
    ):
        store.save_minute(store.meeting(meeting_id), Minute(area, text), _audit(plan_id))
    store.save_minute(store.meeting(meeting_id), Minute(AreaKey.HOUSING, "Første, rettet"), _audit(plan_id))
    minutes = store.meeting(meeting_id).minutes
    assert minutes == (
        Minute(AreaKey.HOUSING, "Første, rettet"),
        Minute(AreaKey.HEALTH, "Midt"),
        Minute(AreaKey.COORDINATION, "Siste"),
    )
    store.save_minute(store.meeting(meeting_id), Minute(AreaKey.HEALTH, ""), _audit(plan_id))
    assert [m.area for m in store.meeting(meeting_id).minutes] == [AreaKey.HOUSING, AreaKey.COORDINATION]


def test_a_decision_reads_as_agreed_with_the_actions_status_now(
    context: Context, plan_id: PlanId, store: SqliteMeetingStore
) -> None:
    meeting_id = store.add_meeting(plan_id, MeetingDetails(MeetingKind.DISCHARGE, DAY), _audit(plan_id))
    deadline = DAY + timedelta(days=7)
    who = "Terapeut Demo"
    action = Action(
        ActionId(0),
        plan_id,
        AreaKey.CRISIS,
        "Sende kriseplanen",
        Responsible.WARD,
        who,
        deadline,
        ActionStatus.OPEN,
    )
    action_id = store.add_decision(store.meeting(meeting_id), action, _audit(plan_id))
    expected = Decision(
        meeting_id,
        action_id,
        AreaKey.CRISIS,
        "Sende kriseplanen",
        Responsible.WARD,
        who,
        deadline,
        ActionStatus.OPEN,
    )
    assert store.meeting(meeting_id).decisions == (expected,)
    plans = service_at(context, DAY)
    stored = plans.plan_detail(plan_id).actions_in(AreaKey.CRISIS)[0]
    plans.update_action(replace(stored, what="Endret senere", status=ActionStatus.DONE), TEST_USER)
    [decision] = store.meeting(meeting_id).decisions
    assert decision.what == "Sende kriseplanen"  # as agreed at the meeting
    assert decision.status is ActionStatus.DONE  # where it stands now


def test_removing_a_meeting_takes_its_minutes_and_links_but_not_the_actions(
    context: Context, plan_id: PlanId, store: SqliteMeetingStore
) -> None:
    meeting_id = store.add_meeting(plan_id, MeetingDetails(MeetingKind.DISCHARGE, DAY), _audit(plan_id))
    meeting = store.meeting(meeting_id)
    store.save_minute(meeting, Minute(AreaKey.HOUSING, "Tekst"), _audit(plan_id))
    action = Action(
        ActionId(0), plan_id, AreaKey.HOUSING, "Søke", Responsible.KOMMUNE, "", None, ActionStatus.OPEN
    )
    store.add_decision(meeting, action, _audit(plan_id))
    store.remove_meeting(meeting, _audit(plan_id))
    for table in ("meeting_minute", "meeting_decision", "meeting_participant"):
        assert context.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert len(service_at(context, DAY).plan_detail(plan_id).actions) == 1
    with pytest.raises(NotFoundError):
        store.remove_meeting(meeting, _audit(plan_id))


def test_writes_to_a_missing_meeting_are_refused(plan_id: PlanId, store: SqliteMeetingStore) -> None:
    meeting_id = store.add_meeting(plan_id, MeetingDetails(MeetingKind.DISCHARGE, DAY), _audit(plan_id))
    meeting = store.meeting(meeting_id)
    store.remove_meeting(meeting, _audit(plan_id))
    with pytest.raises(NotFoundError):
        store.save_minute(meeting, Minute(AreaKey.HOUSING, "Tekst"), _audit(plan_id))
    action = Action(
        ActionId(0), plan_id, AreaKey.HOUSING, "Søke", Responsible.KOMMUNE, "", None, ActionStatus.OPEN
    )
    with pytest.raises(NotFoundError):
        store.add_decision(meeting, action, _audit(plan_id))
    with pytest.raises(NotFoundError):
        store.meeting(meeting_id)


def test_every_change_is_audited_and_a_log_row_leaves_the_version(
    context: Context, plan_id: PlanId, store: SqliteMeetingStore
) -> None:
    meeting_id = store.add_meeting(
        plan_id, MeetingDetails(MeetingKind.DISCHARGE, DAY), _audit(plan_id, "one")
    )
    store.save_minute(store.meeting(meeting_id), Minute(AreaKey.HOUSING, "T"), _audit(plan_id, "two"))
    version = _version(context, plan_id)
    store.log(_audit(plan_id, "three"))
    assert _version(context, plan_id) == version
    assert [r.action for r in audit_trail(context.conn, plan_id)][-3:] == ["one", "two", "three"]
    assert audit_trail(context.conn, plan_id)[-1].at == clock_at(DAY)()
