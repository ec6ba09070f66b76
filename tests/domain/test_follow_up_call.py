"""The phone call 2–3 days after discharge: the due rule, and the service over a real database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from dischargeplanner.app import Context
from dischargeplanner.demo_follow_up import add_follow_up_call
from dischargeplanner.domain.follow_up_call import (
    CallId,
    CallState,
    FollowUpCall,
    FollowUpCallService,
    call_due,
)
from dischargeplanner.domain.model import AreaKey, DischargeKind, DueKind, PlanId, PlanStatus
from dischargeplanner.domain.services import NotFoundError, Problem, ValidationError
from dischargeplanner.storage.audit import audit_trail
from dischargeplanner.storage.follow_up_call import SqliteFollowUpCallStore
from helpers import TEST_USER, MakeDraft, clock_at, demo_ward_at, service_at

DISCHARGED = date(2026, 11, 6)  # a Friday
STAFF = "Kari Sosionom"


def attempt(day: date, *, reached: bool = False, call_id: int = 0, **fields: str) -> FollowUpCall:
    return FollowUpCall(CallId(call_id), PlanId(1), day, STAFF, reached, **fields)


def calls_at(context: Context, today: date) -> FollowUpCallService:
    return FollowUpCallService(SqliteFollowUpCallStore(context.conn, clock_at(today)), clock_at(today))


@pytest.fixture
def plan_id(context: Context, make_draft: MakeDraft) -> PlanId:
    draft = make_draft(admission=DISCHARGED - timedelta(days=60), planned_discharge=DISCHARGED)
    new_id, _ = service_at(context, DISCHARGED).start_plan(draft, TEST_USER)
    return new_id


@pytest.fixture
def discharged(context: Context, plan_id: PlanId) -> PlanId:
    service_at(context, DISCHARGED).discharge_plan(plan_id, DISCHARGED, DischargeKind.PLANNED, {}, TEST_USER)
    return plan_id


# The due rule ------------------------------------------------------------------------


def test_the_call_is_due_two_days_after_discharge() -> None:
    assert call_due(DISCHARGED, []) == date(2026, 11, 8)
    assert call_due(None, []) is None  # not discharged: nothing is due


def test_an_unreached_attempt_makes_the_next_due_the_day_after_it() -> None:
    first = attempt(date(2026, 11, 8))
    assert call_due(DISCHARGED, [first]) == date(2026, 11, 9)
    late = attempt(date(2026, 11, 12), call_id=2)
    assert call_due(DISCHARGED, [late, first]) == date(2026, 11, 13)  # after the latest, in any order


def test_the_call_is_closed_once_the_patient_is_reached() -> None:
    assert call_due(DISCHARGED, [attempt(date(2026, 11, 8), reached=True)]) is None
    tries = [attempt(date(2026, 11, 8)), attempt(date(2026, 11, 9), reached=True, call_id=2)]
    assert call_due(DISCHARGED, tries) is None


def test_the_call_is_closed_after_three_unreached_attempts() -> None:
    tries = [attempt(DISCHARGED + timedelta(days=n), call_id=n) for n in (2, 3)]
    assert call_due(DISCHARGED, tries) == date(2026, 11, 10)
    tries.append(attempt(date(2026, 11, 10), call_id=4))
    assert call_due(DISCHARGED, tries) is None


def test_attempts_before_the_discharge_belong_to_an_earlier_stay() -> None:
    earlier = [attempt(DISCHARGED - timedelta(days=n), call_id=n) for n in (20, 19, 18)]
    assert call_due(DISCHARGED, earlier) == date(2026, 11, 8)


# The service --------------------------------------------------------------------------


def test_an_active_plan_takes_no_call_and_says_it_comes_after_discharge(
    context: Context, plan_id: PlanId
) -> None:
    calls = calls_at(context, DISCHARGED)
    assert calls.status(plan_id).state is CallState.NOT_YET
    assert calls.due(plan_id) is None
    with pytest.raises(ValidationError) as refused:
        calls.add_call(replace(attempt(DISCHARGED), plan_id=plan_id), TEST_USER)
    assert [(i.field, i.problem) for i in refused.value.issues] == [
        ("plan", Problem.CALL_PLAN_NOT_DISCHARGED)
    ]
    assert calls.calls(plan_id) == []


def test_an_archived_plan_takes_no_call_and_has_none_due(context: Context, discharged: PlanId) -> None:
    service_at(context, DISCHARGED).set_status(discharged, PlanStatus.ARCHIVED, TEST_USER)
    calls = calls_at(context, DISCHARGED + timedelta(days=5))
    assert calls.status(discharged).state is CallState.NONE
    with pytest.raises(ValidationError) as refused:
        calls.add_call(replace(attempt(DISCHARGED), plan_id=discharged), TEST_USER)
    assert refused.value.issues[0].problem is Problem.CALL_PLAN_NOT_DISCHARGED


def test_a_discharged_plan_takes_calls_until_the_patient_is_reached(
    context: Context, discharged: PlanId
) -> None:
    day = DISCHARGED + timedelta(days=2)
    calls = calls_at(context, day)
    assert (calls.status(discharged).state, calls.due(discharged)) == (CallState.DUE, day)

    _first, changes = calls.add_call(replace(attempt(day), plan_id=discharged), TEST_USER)
    assert changes.plan_ids == {discharged}
    assert changes.areas == {AreaKey.COORDINATION}
    assert changes.plan_list  # the overview's next date moves
    assert calls.due(discharged) == day + timedelta(days=1)

    later = calls_at(context, day + timedelta(days=1))
    reached = replace(
        attempt(day + timedelta(days=1), reached=True),
        plan_id=discharged,
        by="  Kari   Sosionom ",
        how_things_are=" Bor hos søsteren, har ikke ruset seg. ",
        arranged="Time hos fastlegen fredag.",
    )
    call_id, _ = later.add_call(reached, TEST_USER)
    status = later.status(discharged)
    assert (status.state, status.due) == (CallState.REACHED, None)
    assert [call.reached for call in status.attempts] == [False, True]
    stored = later.calls(discharged)[1]
    assert stored.call_id == call_id
    assert (stored.by, stored.how_things_are) == (STAFF, "Bor hos søsteren, har ikke ruset seg.")
    actions = [(r.action, r.detail) for r in audit_trail(context.conn, discharged)][-2:]
    assert actions == [
        ("follow_up_call.add", "2026-11-08 not reached"),
        ("follow_up_call.add", "2026-11-09 reached"),
    ]  # date and outcome only: what the patient said stays out of the log


def test_three_unreached_attempts_close_the_call(context: Context, discharged: PlanId) -> None:
    today = DISCHARGED + timedelta(days=4)
    calls = calls_at(context, today)
    for n in (2, 3, 4):
        calls.add_call(replace(attempt(DISCHARGED + timedelta(days=n)), plan_id=discharged), TEST_USER)
    status = calls.status(discharged)
    assert (status.state, status.due, len(status.attempts)) == (CallState.NOT_REACHED, None, 3)


def test_a_call_is_refused_in_the_future_before_discharge_and_without_a_name(
    context: Context, discharged: PlanId
) -> None:
    today = DISCHARGED + timedelta(days=2)
    calls = calls_at(context, today)
    cases = [
        (replace(attempt(today + timedelta(days=1)), plan_id=discharged), ("day", Problem.DATE_IN_FUTURE)),
        (
            replace(attempt(DISCHARGED - timedelta(days=1)), plan_id=discharged),
            ("day", Problem.CALL_BEFORE_DISCHARGE),
        ),
        (replace(attempt(today), plan_id=discharged, by="  "), ("by", Problem.CALL_BY_MISSING)),
    ]
    for call, expected in cases:
        with pytest.raises(ValidationError) as refused:
            calls.add_call(call, TEST_USER)
        assert [(i.field, i.problem) for i in refused.value.issues] == [expected]
    assert calls.calls(discharged) == []
    # On the day of discharge itself is fine (the patient may be called that evening).
    calls.add_call(replace(attempt(DISCHARGED), plan_id=discharged), TEST_USER)


def test_a_call_can_be_corrected_and_removed(context: Context, discharged: PlanId) -> None:
    today = DISCHARGED + timedelta(days=3)
    calls = calls_at(context, today)
    call_id, _ = calls.add_call(replace(attempt(today), plan_id=discharged), TEST_USER)
    # The stored record decides the plan, whatever the caller says.
    changed = replace(calls.calls(discharged)[0], reached=True, plan_id=PlanId(999), note="Ringte tilbake.")
    calls.update_call(changed, TEST_USER)
    assert calls.status(discharged).state is CallState.REACHED
    assert calls.calls(discharged)[0].note == "Ringte tilbake."

    calls.remove_call(call_id, TEST_USER)
    assert calls.calls(discharged) == []
    assert calls.due(discharged) == DISCHARGED + timedelta(days=2)
    with pytest.raises(NotFoundError):
        calls.remove_call(call_id, TEST_USER)


def test_a_reopened_plan_keeps_its_calls_but_takes_no_new_ones(context: Context, discharged: PlanId) -> None:
    today = DISCHARGED + timedelta(days=2)
    calls = calls_at(context, today)
    call_id, _ = calls.add_call(replace(attempt(today), plan_id=discharged), TEST_USER)
    service_at(context, today).reopen_plan(discharged, "Kom tilbake etter to dager", TEST_USER)
    assert [call.call_id for call in calls.calls(discharged)] == [call_id]
    assert calls.status(discharged).state is CallState.NOT_YET
    with pytest.raises(ValidationError):
        calls.remove_call(call_id, TEST_USER)


# The training ward ---------------------------------------------------------------------


def test_the_demo_ward_has_one_call_reached_and_one_due_this_week(context: Context) -> None:
    today = date(2026, 11, 16)
    plans = demo_ward_at(context, today)
    calls = calls_at(context, today)
    service = service_at(context, today)
    for index, plan_id in enumerate(plans):
        if service.plan_detail(plan_id).plan.status is PlanStatus.DISCHARGED:
            add_follow_up_call(calls, TEST_USER, plan_id, index, today)  # as demo.py does after discharging
    ten_days_ago, today_unplanned = plans[11], plans[12]
    [reached] = calls.calls(ten_days_ago)
    assert (reached.day, reached.reached) == (today - timedelta(days=8), True)
    assert reached.arranged
    assert calls.status(today_unplanned).state is CallState.DUE
    due = [e for e in service.due_soon() if e.kind is DueKind.FOLLOW_UP_CALL]
    assert [(e.plan_id, e.due) for e in due] == [(today_unplanned, today + timedelta(days=2))]
