"""Rows <-> a plan's contacts and coordination record; implements domain.coordination.CoordinationStore.

Every write runs in one transaction with its audit row and bumps the plan's version.
Marking a contact responsible clears any other mark of the plan first, in the same
transaction (a unique index allows one responsible row per plan).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from dischargeplanner.domain.coordination_model import (
    Contact,
    ContactId,
    ContactRole,
    Coordination,
    IpRight,
)
from dischargeplanner.domain.model import AuditEntry, Consent, ConsentId, Plan, PlanId
from dischargeplanner.storage.audit import touch_plan
from dischargeplanner.storage.db import transaction
from dischargeplanner.storage.repository import SqlitePlanStore, expect_row, fetch_one
from dischargeplanner.storage.sharing import SqliteSharingStore
from dischargeplanner.storage.summaries import parse_date

_CONTACT_FIELDS = (
    "role, role_text, name, organisation, phone, email, note, consent_id, responsible, in_ansvarsgruppe"
)
_CONTACT_COLUMNS = f"contact_id, plan_id, {_CONTACT_FIELDS}"
_COORDINATION_FIELDS = (
    "ip_right, ip_requested, ip_exists, coordinator, ansvarsgruppe_exists, interpreter_needed, "
    "language, language_note"
)


def _contact(row: sqlite3.Row) -> Contact:
    return Contact(
        contact_id=ContactId(row["contact_id"]),
        plan_id=PlanId(row["plan_id"]),
        role=ContactRole(row["role"]),
        name=row["name"],
        organisation=row["organisation"],
        phone=row["phone"],
        email=row["email"],
        note=row["note"],
        role_text=row["role_text"],
        consent_id=ConsentId(row["consent_id"]) if row["consent_id"] is not None else None,
        responsible=bool(row["responsible"]),
        in_ansvarsgruppe=bool(row["in_ansvarsgruppe"]),
    )


def _contact_values(contact: Contact) -> tuple[object, ...]:
    return (
        str(contact.role),
        contact.role_text,
        contact.name,
        contact.organisation,
        contact.phone,
        contact.email,
        contact.note,
        contact.consent_id,
        int(contact.responsible),
        int(contact.in_ansvarsgruppe),
    )


def _coordination(plan_id: PlanId, row: sqlite3.Row | None) -> Coordination:
    if row is None:
        return Coordination(plan_id)
    return Coordination(
        plan_id=plan_id,
        ip_right=IpRight(row["ip_right"]),
        ip_requested=parse_date(row["ip_requested"]),
        ip_exists=bool(row["ip_exists"]),
        coordinator=ContactId(row["coordinator"]) if row["coordinator"] is not None else None,
        ansvarsgruppe_exists=bool(row["ansvarsgruppe_exists"]),
        interpreter_needed=bool(row["interpreter_needed"]),
        language=row["language"],
        language_note=row["language_note"],
    )


def _coordination_values(coordination: Coordination) -> tuple[object, ...]:
    return (
        str(coordination.ip_right),
        coordination.ip_requested.isoformat() if coordination.ip_requested else None,
        int(coordination.ip_exists),
        coordination.coordinator,
        int(coordination.ansvarsgruppe_exists),
        int(coordination.interpreter_needed),
        coordination.language,
        coordination.language_note,
    )


class SqliteCoordinationStore:
    """CoordinationStore over the same connection as the plan store."""

    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], datetime] | None = None) -> None:
        self._plans = SqlitePlanStore(conn, clock)
        self._sharing = SqliteSharingStore(conn, clock)
        self._conn = conn
        self._clock = clock or (lambda: datetime.now(UTC))

    def plan(self, plan_id: PlanId) -> Plan:
        return self._plans.plan(plan_id)

    def consents(self, plan_id: PlanId) -> list[Consent]:
        return self._sharing.consents(plan_id)

    # Contacts -------------------------------------------------------------

    def contacts(self, plan_id: PlanId) -> list[Contact]:
        rows = self._conn.execute(
            f"SELECT {_CONTACT_COLUMNS} FROM contact WHERE plan_id = ? ORDER BY contact_id", (plan_id,)
        ).fetchall()
        return [_contact(row) for row in rows]

    def contact(self, contact_id: ContactId) -> Contact:
        sql = f"SELECT {_CONTACT_COLUMNS} FROM contact WHERE contact_id = ?"
        return _contact(fetch_one(self._conn, sql, (contact_id,), f"contact {contact_id}"))

    def add_contact(self, contact: Contact, audit: AuditEntry) -> ContactId:
        marks = ", ".join("?" for _ in range(11))
        with transaction(self._conn) as conn:
            if contact.responsible:
                self._clear_responsible(conn, contact.plan_id)
            cursor = conn.execute(
                f"INSERT INTO contact ({_CONTACT_COLUMNS}) VALUES (NULL, {marks})",
                (contact.plan_id, *_contact_values(contact)),
            )
            touch_plan(conn, contact.plan_id, audit, self._clock())
        return ContactId(cursor.lastrowid or 0)

    def save_contact(self, contact: Contact, audit: AuditEntry) -> None:
        assignments = ", ".join(f"{field.strip()} = ?" for field in _CONTACT_FIELDS.split(","))
        with transaction(self._conn) as conn:
            if contact.responsible:
                self._clear_responsible(conn, contact.plan_id)
            cursor = conn.execute(
                f"UPDATE contact SET {assignments} WHERE contact_id = ?",
                (*_contact_values(contact), contact.contact_id),
            )
            expect_row(cursor, f"contact {contact.contact_id}")
            touch_plan(conn, contact.plan_id, audit, self._clock())

    def remove_contact(self, contact: Contact, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            # The coordinator reference is cleared by the schema (ON DELETE SET NULL).
            cursor = conn.execute("DELETE FROM contact WHERE contact_id = ?", (contact.contact_id,))
            expect_row(cursor, f"contact {contact.contact_id}")
            touch_plan(conn, contact.plan_id, audit, self._clock())

    def set_responsible(self, plan_id: PlanId, contact_id: ContactId | None, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            self._clear_responsible(conn, plan_id)
            if contact_id is not None:
                cursor = conn.execute(
                    "UPDATE contact SET responsible = 1 WHERE contact_id = ? AND plan_id = ?",
                    (contact_id, plan_id),
                )
                expect_row(cursor, f"contact {contact_id}")
            touch_plan(conn, plan_id, audit, self._clock())

    @staticmethod
    def _clear_responsible(conn: sqlite3.Connection, plan_id: PlanId) -> None:
        conn.execute("UPDATE contact SET responsible = 0 WHERE plan_id = ? AND responsible = 1", (plan_id,))

    # The coordination record ---------------------------------------------

    def coordination(self, plan_id: PlanId) -> Coordination:
        row = self._conn.execute(
            f"SELECT {_COORDINATION_FIELDS} FROM coordination WHERE plan_id = ?", (plan_id,)
        ).fetchone()
        return _coordination(plan_id, row)

    def save_coordination(self, coordination: Coordination, audit: AuditEntry) -> None:
        marks = ", ".join("?" for _ in range(9))
        with transaction(self._conn) as conn:
            conn.execute(
                f"INSERT OR REPLACE INTO coordination (plan_id, {_COORDINATION_FIELDS}) VALUES ({marks})",
                (coordination.plan_id, *_coordination_values(coordination)),
            )
            touch_plan(conn, coordination.plan_id, audit, self._clock())
