"""Shared by the meeting tests: a long stay, its contacts and consent, services with stopped clocks."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from helpers import TEST_USER, clock_at, service_at, sharing_at

if TYPE_CHECKING:
    from dischargeplanner.app import Context
    from dischargeplanner.domain.coordination_model import ContactId
    from dischargeplanner.domain.meetings import MeetingService
    from dischargeplanner.domain.model import AreaKey, PlanId
    from helpers import MakeDraft

DAY = date(2027, 3, 1)  # a Monday: "today" in every meeting test
ADMISSION = DAY - timedelta(days=100)
PLANNED_DISCHARGE = DAY + timedelta(days=30)


def meetings_at(context: Context, today: date = DAY) -> MeetingService:
    """Meetings over the context's database, with the clock stopped at noon on `today`."""
    from dischargeplanner.domain.meetings import MeetingService
    from dischargeplanner.storage.meetings import SqliteMeetingStore

    return MeetingService(SqliteMeetingStore(context.conn, clock_at(today)), clock_at(today))


def long_stay(context: Context, make_draft: MakeDraft) -> PlanId:
    """A synthetic patient admitted 100 days before DAY, due home 30 days after it."""
    draft = make_draft(admission=ADMISSION, planned_discharge=PLANNED_DISCHARGE)
    plan_id, _ = service_at(context, DAY).start_plan(draft, TEST_USER)
    return plan_id


def add_contact(context: Context, plan_id: PlanId, role: str, name: str) -> ContactId:
    """A contact of the plan, written as the coordination page would (its service is not ours to use)."""
    from dischargeplanner.domain.coordination_model import ContactId

    cursor = context.conn.execute(
        "INSERT INTO contact (plan_id, role, name) VALUES (?, ?, ?)", (plan_id, role, name)
    )
    return ContactId(cursor.lastrowid or 0)


def remove_contact(context: Context, contact_id: ContactId) -> None:
    context.conn.execute("DELETE FROM contact WHERE contact_id = ?", (contact_id,))


def kommune_consent(context: Context, plan_id: PlanId, areas: frozenset[AreaKey] | None = None) -> None:
    """The patient's consent to share `areas` (all by default) with Oslo kommune, given at admission."""
    from dischargeplanner.domain.model import AreaKey, Consent, ConsentForm, ConsentId, RecipientKind

    consent = Consent(
        ConsentId(0),
        plan_id,
        RecipientKind.KOMMUNE,
        "Oslo kommune",
        areas if areas is not None else frozenset(AreaKey),
        ADMISSION,
        ConsentForm.WRITTEN,
        "Sosionom Test",
    )
    sharing_at(context, DAY).record_consent(consent, TEST_USER)
