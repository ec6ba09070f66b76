"""The follow-up phone call to the patient 2–3 days after discharge (DOMAIN.md area 9, "D + 2–3 days").

A discharged plan is otherwise read-only; the call is the one thing still recorded on it.
Each attempt is kept. The call is due two days after the actual discharge; an attempt
that did not reach the patient makes the next one due the day after it; the call is
closed once the patient was reached, or after three attempts that did not reach them.

The due date is not stored: storage computes it in SQL from the plan's actual discharge
and the attempts (storage/summaries.py), the same rule as `call_due` here, so the ward
overview and "Denne uken" read it with every other due date.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import NewType, Protocol

from dischargeplanner.domain.limits import clean_line, clean_text, too_long
from dischargeplanner.domain.model import AreaKey, AuditEntry, Changes, Plan, PlanId, PlanStatus
from dischargeplanner.domain.services import Issue, Problem, ValidationError, utc_now

CallId = NewType("CallId", int)

# The call is due this long after the actual discharge (the window is 48–72 hours: days 2 and 3).
CALL_AFTER_DISCHARGE = timedelta(days=2)
# After an attempt that did not reach the patient, the next one is due this long after it.
RETRY_AFTER = timedelta(days=1)
# After this many attempts without reaching the patient, no further call is asked for.
MAX_ATTEMPTS = 3
# The due entry's text where checklist texts are shown (overview, "Denne uken").
CALL_TEXT = "Oppfølgingssamtale på telefon etter utskrivning"


@dataclass(frozen=True)
class FollowUpCall:
    """One attempt to call the patient after discharge, reached or not."""

    call_id: CallId
    plan_id: PlanId
    day: date
    by: str
    reached: bool
    how_things_are: str = ""
    arranged: str = ""
    note: str = ""


class CallState(enum.StrEnum):
    """Where the follow-up call of a plan stands."""

    NOT_YET = "not_yet"  # the plan is active: the call comes after discharge
    DUE = "due"  # discharged, and the patient has not been reached yet
    REACHED = "reached"
    NOT_REACHED = "not_reached"  # MAX_ATTEMPTS attempts without reaching the patient
    NONE = "none"  # archived: nothing is asked for


@dataclass(frozen=True)
class CallStatus:
    """The call's state, when it is due (DUE only), and the attempts since the discharge, earliest first."""

    state: CallState
    due: date | None
    attempts: tuple[FollowUpCall, ...]


def attempts_since(discharged: date, calls: Iterable[FollowUpCall]) -> tuple[FollowUpCall, ...]:
    """The attempts that belong to this discharge (a reopened and again discharged plan starts afresh)."""
    return tuple(sorted((c for c in calls if c.day >= discharged), key=lambda c: (c.day, c.call_id)))


def call_due(discharged: date | None, calls: Iterable[FollowUpCall]) -> date | None:
    """When the next call is due; None before discharge or once closed (reached, or 3 attempts)."""
    if discharged is None:
        return None
    attempts = attempts_since(discharged, calls)
    if any(call.reached for call in attempts) or len(attempts) >= MAX_ATTEMPTS:
        return None
    if not attempts:
        return discharged + CALL_AFTER_DISCHARGE
    return attempts[-1].day + RETRY_AFTER


def call_status(plan: Plan, calls: Iterable[FollowUpCall]) -> CallStatus:
    if plan.status is PlanStatus.ACTIVE:
        return CallStatus(CallState.NOT_YET, None, ())
    if plan.status is not PlanStatus.DISCHARGED or plan.actual_discharge is None:
        return CallStatus(CallState.NONE, None, ())
    attempts = attempts_since(plan.actual_discharge, calls)
    due = call_due(plan.actual_discharge, attempts)
    if due is not None:
        return CallStatus(CallState.DUE, due, attempts)
    reached = any(call.reached for call in attempts)
    return CallStatus(CallState.REACHED if reached else CallState.NOT_REACHED, None, attempts)


def validate_call(call: FollowUpCall, discharged: date | None, today: date) -> list[Issue]:
    """What is wrong with `call` on a plan discharged on `discharged` (the dialog shows it while typing)."""
    texts = {"how_things_are": call.how_things_are, "arranged": call.arranged, "note": call.note}
    issues = too_long(lines={"by": call.by}, texts=texts)
    if call.day > today:
        issues.append(Issue("day", Problem.DATE_IN_FUTURE))
    elif discharged is not None and call.day < discharged:
        issues.append(Issue("day", Problem.CALL_BEFORE_DISCHARGE))
    if not clean_line(call.by):
        issues.append(Issue("by", Problem.CALL_BY_MISSING))
    return issues


def cleaned_call(call: FollowUpCall) -> FollowUpCall:
    return replace(
        call,
        by=clean_line(call.by),
        how_things_are=clean_text(call.how_things_are),
        arranged=clean_text(call.arranged),
        note=clean_text(call.note),
    )


class FollowUpCallStore(Protocol):
    def plan(self, plan_id: PlanId) -> Plan: ...
    def calls(self, plan_id: PlanId) -> list[FollowUpCall]: ...
    def call(self, call_id: CallId) -> FollowUpCall: ...
    def add_call(self, call: FollowUpCall, audit: AuditEntry) -> CallId: ...
    def save_call(self, call: FollowUpCall, audit: AuditEntry) -> None: ...
    def remove_call(self, call: FollowUpCall, audit: AuditEntry) -> None: ...


class FollowUpCallService:
    """Records the calls after discharge; refuses on plans that are not discharged."""

    def __init__(self, store: FollowUpCallStore, clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._clock = clock

    def today(self) -> date:
        return self._clock().astimezone().date()

    # Reads -----------------------------------------------------------------

    def calls(self, plan_id: PlanId) -> list[FollowUpCall]:
        """Every recorded attempt, earliest first."""
        return self._store.calls(plan_id)

    def status(self, plan_id: PlanId) -> CallStatus:
        return call_status(self._store.plan(plan_id), self._store.calls(plan_id))

    def due(self, plan_id: PlanId) -> date | None:
        """When the next call is due; None while the plan is active, once closed, or when archived."""
        return self.status(plan_id).due

    # Changes ---------------------------------------------------------------

    def add_call(self, call: FollowUpCall, user: str) -> tuple[CallId, Changes]:
        call = self._validated(call)
        call_id = self._store.add_call(call, self._audit(user, "add", call))
        return call_id, _changes(call.plan_id)

    def update_call(self, call: FollowUpCall, user: str) -> Changes:
        # The stored record decides which plan it belongs to, whatever the caller says.
        call = replace(call, plan_id=self._store.call(call.call_id).plan_id)
        call = self._validated(call)
        self._store.save_call(call, self._audit(user, "update", call))
        return _changes(call.plan_id)

    def remove_call(self, call_id: CallId, user: str) -> Changes:
        call = self._store.call(call_id)
        self._discharged_plan(call.plan_id)
        self._store.remove_call(call, self._audit(user, "remove", call))
        return _changes(call.plan_id)

    def _validated(self, call: FollowUpCall) -> FollowUpCall:
        plan = self._discharged_plan(call.plan_id)
        call = cleaned_call(call)
        _raise(validate_call(call, plan.actual_discharge, self.today()))
        return call

    def _discharged_plan(self, plan_id: PlanId) -> Plan:
        """The call is the one record a discharged (otherwise read-only) plan still takes."""
        plan = self._store.plan(plan_id)
        if plan.status is not PlanStatus.DISCHARGED:
            raise ValidationError([Issue("plan", Problem.CALL_PLAN_NOT_DISCHARGED)])
        return plan

    @staticmethod
    def _audit(user: str, verb: str, call: FollowUpCall) -> AuditEntry:
        # Date and outcome only: what the patient said stays out of the log.
        outcome = "reached" if call.reached else "not reached"
        return AuditEntry(user, f"follow_up_call.{verb}", call.plan_id, f"{call.day.isoformat()} {outcome}")


def _changes(plan_id: PlanId) -> Changes:
    # plan_list: the overview shows the call as the plan's next (or overdue) date.
    return Changes(plan_ids=frozenset({plan_id}), areas=frozenset({AreaKey.COORDINATION}), plan_list=True)


def _raise(issues: Collection[Issue]) -> None:
    if issues:
        raise ValidationError(issues)
