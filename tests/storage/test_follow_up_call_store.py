"""The follow-up call table, and the call as a due date in the ward overview and "Denne uken" (SQL)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.follow_up_call import (
    CALL_TEXT,
    CallId,
    FollowUpCall,
    FollowUpCallService,
    call_due,
)
from dischargeplanner.domain.model import (
    AreaKey,
    AuditEntry,
    DischargeKind,
    DueEntry,
    DueKind,
    PlanId,
    PlanStatus,
    PlanSummary,
    Responsible,
)
from dischargeplanner.domain.services import NotFoundError, PlanService, StorageError
from dischargeplanner.storage.audit import audit_trail
from dischargeplanner.storage.db import open_database, pending_migrations
from dischargeplanner.storage.follow_up_call import SqliteFollowUpCallStore
from dischargeplanner.storage.repository import SqlitePlanStore
from helpers import INTEGRITY_ERRORS, TEST_USER, MakeDraft, clock_at, service_at

FIXTURES = Path(__file__).parent / "fixtures"
DISCHARGED = date(2026, 11, 6)
NOW = datetime(2026, 11, 9, 11, 0, tzinfo=UTC)


def audit(action: str, plan_id: PlanId) -> AuditEntry:
    return AuditEntry(TEST_USER, action, plan_id)


def calls_at(context: Context, today: date) -> FollowUpCallService:
    return FollowUpCallService(SqliteFollowUpCallStore(context.conn, clock_at(today)), clock_at(today))


def attempt(plan_id: PlanId, day: date, *, reached: bool = False) -> FollowUpCall:
    return FollowUpCall(CallId(0), plan_id, day, "Kari Sosionom", reached)


@pytest.fixture
def store(context: Context) -> SqliteFollowUpCallStore:
    return SqliteFollowUpCallStore(context.conn, lambda: NOW)


@pytest.fixture
def discharged(context: Context, make_draft: MakeDraft) -> PlanId:
    service = service_at(context, DISCHARGED)
    draft = make_draft(admission=DISCHARGED - timedelta(days=60), planned_discharge=DISCHARGED)
    plan_id, _ = service.start_plan(draft, TEST_USER)
    service.discharge_plan(plan_id, DISCHARGED, DischargeKind.PLANNED, {}, TEST_USER)
    return plan_id


# The table ----------------------------------------------------------------------------


def test_calls_come_back_with_every_field_in_date_order(
    store: SqliteFollowUpCallStore, discharged: PlanId, context: Context
) -> None:
    version = store.plan(discharged).version
    reached = FollowUpCall(
        CallId(0), discharged, date(2026, 11, 9), "Kari Sosionom", True,
        how_things_are="Bor hos søsteren;\nsover dårlig 😴",
        arranged='Fastlege fredag kl. 10, "husk timen"',
        note="Ringte fra avdelingens telefon.",
    )  # fmt: skip
    unreached = attempt(discharged, date(2026, 11, 8))
    second = store.add_call(reached, audit("follow_up_call.add", discharged))
    first = store.add_call(unreached, audit("follow_up_call.add", discharged))
    assert store.calls(discharged) == [replace(unreached, call_id=first), replace(reached, call_id=second)]
    assert store.call(second) == replace(reached, call_id=second)
    assert store.plan(discharged).version == version + 2  # others see the plan changed

    corrected = replace(reached, call_id=second, day=date(2026, 11, 8), reached=False, arranged="")
    store.save_call(corrected, audit("follow_up_call.update", discharged))
    assert store.call(second) == corrected
    store.remove_call(corrected, audit("follow_up_call.remove", discharged))
    assert [call.call_id for call in store.calls(discharged)] == [first]
    with pytest.raises(NotFoundError):
        store.call(second)
    assert [r.action for r in audit_trail(context.conn, discharged)][-4:] == [
        "follow_up_call.add",
        "follow_up_call.add",
        "follow_up_call.update",
        "follow_up_call.remove",
    ]


def test_a_call_that_is_gone_changes_nothing(
    store: SqliteFollowUpCallStore, discharged: PlanId, context: Context
) -> None:
    version, trail = store.plan(discharged).version, audit_trail(context.conn)
    ghost = replace(attempt(discharged, DISCHARGED), call_id=CallId(404))
    with pytest.raises(NotFoundError):
        store.save_call(ghost, audit("follow_up_call.update", discharged))
    with pytest.raises(NotFoundError):
        store.remove_call(ghost, audit("follow_up_call.remove", discharged))
    assert store.plan(discharged).version == version
    assert audit_trail(context.conn) == trail


def test_the_table_refuses_a_call_without_a_name_and_nothing_is_logged(
    store: SqliteFollowUpCallStore, discharged: PlanId, context: Context
) -> None:
    trail = audit_trail(context.conn)
    with pytest.raises(StorageError):
        store.add_call(replace(attempt(discharged, DISCHARGED), by=" "), audit("add", discharged))
    with pytest.raises(INTEGRITY_ERRORS):
        context.conn.execute(
            "INSERT INTO follow_up_call (plan_id, day, by_whom, reached) VALUES (?, '2026-11-08', 'Kari', 2)",
            (discharged,),
        )
    assert store.calls(discharged) == []
    assert audit_trail(context.conn) == trail


def test_a_database_from_before_the_call_upgrades_with_an_empty_call_table(tmp_path: Path) -> None:
    copy = tmp_path / "dischargeplanner.sqlite3"
    shutil.copy(FIXTURES / "schema-0004_selfhelp.sqlite3", copy)
    conn = open_database(copy)
    try:
        assert pending_migrations(conn) == []
        store = SqliteFollowUpCallStore(conn)
        plan_id = PlanId(conn.execute("SELECT MIN(plan_id) FROM plan").fetchone()[0])
        assert store.calls(plan_id) == []
        # No plan was discharged in that file: nothing is due.
        entries = SqlitePlanStore(conn).due_entries(date(2030, 1, 1))
        assert not [e for e in entries if e.kind is DueKind.FOLLOW_UP_CALL]
    finally:
        conn.close()


# The call as a due date ----------------------------------------------------------------


def _calls_due(context: Context, on: date, days: int = 7) -> list[DueEntry]:
    return [e for e in service_at(context, on).due_soon(days) if e.kind is DueKind.FOLLOW_UP_CALL]


def _summary(service: PlanService, plan_id: PlanId) -> PlanSummary:
    [summary] = [s for s in service.list_plans(tuple(PlanStatus)) if s.plan_id == plan_id]
    return summary


def test_the_call_is_listed_this_week_from_discharge_until_the_patient_is_reached(
    context: Context, discharged: PlanId
) -> None:
    due = DISCHARGED + timedelta(days=2)
    assert [e.due for e in _calls_due(context, DISCHARGED)] == [due]  # a week ahead: at once
    assert _calls_due(context, DISCHARGED, days=1) == []
    (entry,) = _calls_due(context, due)
    detail = service_at(context, due).plan_detail(discharged)
    assert (entry.plan_id, entry.kind, entry.ref_id) == (discharged, DueKind.FOLLOW_UP_CALL, discharged)
    assert (entry.area, entry.area_title) == (AreaKey.COORDINATION, detail.area(AreaKey.COORDINATION).title)
    assert (entry.text, entry.responsible, entry.responsible_name) == (CALL_TEXT, Responsible.WARD, "")
    assert (entry.patient_name, entry.responsible_staff) == (
        detail.plan.patient.name,
        detail.plan.responsible_staff,
    )
    assert [e.due for e in service_at(context, due).due_soon(responsible="Sosionom Test")] == [due]

    calls_at(context, due).add_call(attempt(discharged, due), TEST_USER)
    assert [e.due for e in _calls_due(context, due)] == [due + timedelta(days=1)]
    calls_at(context, due).add_call(attempt(discharged, due, reached=True), TEST_USER)
    assert _calls_due(context, due) == []
    assert _calls_due(context, due + timedelta(days=30)) == []


def test_the_sql_due_date_follows_the_domain_rule(context: Context, discharged: PlanId) -> None:
    today = DISCHARGED + timedelta(days=5)
    calls = calls_at(context, today)
    for day in (DISCHARGED + timedelta(days=1), DISCHARGED + timedelta(days=4), today):
        calls.add_call(attempt(discharged, day), TEST_USER)
        expected = call_due(DISCHARGED, calls.calls(discharged))
        assert [e.due for e in _calls_due(context, today, days=30)] == ([expected] if expected else [])
    assert call_due(DISCHARGED, calls.calls(discharged)) is None  # ikke nådd etter 3 forsøk


def test_an_active_or_archived_plan_lists_no_call(
    context: Context, discharged: PlanId, make_draft: MakeDraft
) -> None:
    service = service_at(context, DISCHARGED)
    active, _ = service.start_plan(make_draft(admission=DISCHARGED - timedelta(days=3)), TEST_USER)
    assert active not in {e.plan_id for e in _calls_due(context, DISCHARGED, days=90)}
    service.set_status(discharged, PlanStatus.ARCHIVED, TEST_USER)
    assert _calls_due(context, DISCHARGED, days=90) == []
    assert _summary(service, discharged).next_due is None


def test_the_overview_shows_the_call_next_and_counts_it_overdue(context: Context, discharged: PlanId) -> None:
    due = DISCHARGED + timedelta(days=2)
    on_due_day = _summary(service_at(context, due), discharged)
    assert (on_due_day.overdue, on_due_day.next_due, on_due_day.next_due_text) == (0, due, CALL_TEXT)
    late = _summary(service_at(context, due + timedelta(days=1)), discharged)
    assert (late.overdue, late.next_due) == (1, due)

    calls_at(context, due).add_call(attempt(discharged, due, reached=True), TEST_USER)
    reached = _summary(service_at(context, due + timedelta(days=1)), discharged)
    assert (reached.overdue, reached.next_due, reached.next_due_text) == (0, None, "")


def test_a_kept_overview_turns_the_call_overdue_when_the_day_passes(
    context: Context, discharged: PlanId
) -> None:
    """Ended plans' summaries are kept by version; an open call still turns overdue with the date."""
    due = DISCHARGED + timedelta(days=2)
    store = SqlitePlanStore(context.conn)
    assert [s.overdue for s in store.list_plans((PlanStatus.DISCHARGED,), due)] == [0]
    assert [s.overdue for s in store.list_plans((PlanStatus.DISCHARGED,), due + timedelta(days=1))] == [1]
    assert [s.overdue for s in store.list_plans((PlanStatus.DISCHARGED,), due + timedelta(days=9))] == [1]
