"""Rows <-> each plan's children, barn som pårørende conversations and family record.

Implements domain.family.FamilyStore. Every write bumps the plan's version with its
audit row in one transaction. The family table's CHECK refuses barnevern details
without the patient's consent, whatever the caller does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from dischargeplanner.domain.family_model import (
    BarnevernInvolved,
    Child,
    ChildId,
    Conversation,
    ConversationId,
    Family,
    FamilySupport,
    Participant,
)
from dischargeplanner.domain.model import AuditEntry, Plan, PlanId
from dischargeplanner.storage.audit import touch_plan
from dischargeplanner.storage.db import transaction
from dischargeplanner.storage.repository import SqlitePlanStore, expect_row, fetch_one
from dischargeplanner.storage.summaries import parse_date

_CHILD_FIELDS = "name, birth_year, lives_with, carer_during_stay, note"
_CONVERSATION_FIELDS = "day, with_patient, with_child, with_other_parent, child_id, by_whom, note"
# One flag column per support, in FamilySupport's order.
_SUPPORT_COLUMNS = tuple(str(support) for support in FamilySupport)
_FAMILY_FIELDS = ", ".join(
    (
        "barnevern_consent, barnevern_involved, barnevern_contact, barnevern_note",
        *_SUPPORT_COLUMNS,
        "services_note, long_term_follow_up",
    )
)
# Which column says that each participant took part.
_PARTICIPANT_COLUMNS = {
    Participant.PATIENT: "with_patient",
    Participant.CHILD: "with_child",
    Participant.OTHER_PARENT: "with_other_parent",
}


def _child(row: sqlite3.Row) -> Child:
    return Child(
        child_id=ChildId(row["child_id"]),
        plan_id=PlanId(row["plan_id"]),
        name=row["name"],
        birth_year=row["birth_year"],
        lives_with=row["lives_with"],
        carer_during_stay=row["carer_during_stay"],
        note=row["note"],
    )


def _child_values(child: Child) -> tuple[object, ...]:
    return (child.name, child.birth_year, child.lives_with, child.carer_during_stay, child.note)


def _conversation(row: sqlite3.Row) -> Conversation:
    day = parse_date(row["day"])
    assert day is not None
    return Conversation(
        conversation_id=ConversationId(row["conversation_id"]),
        plan_id=PlanId(row["plan_id"]),
        day=day,
        participants=tuple(p for p, column in _PARTICIPANT_COLUMNS.items() if row[column]),
        by=row["by_whom"],
        child_id=ChildId(row["child_id"]) if row["child_id"] is not None else None,
        note=row["note"],
    )


def _conversation_values(conversation: Conversation) -> tuple[object, ...]:
    return (
        conversation.day.isoformat(),
        *(int(participant in conversation.participants) for participant in _PARTICIPANT_COLUMNS),
        conversation.child_id,
        conversation.by,
        conversation.note,
    )


def _family(plan_id: PlanId, row: sqlite3.Row | None) -> Family:
    if row is None:
        return Family(plan_id)
    return Family(
        plan_id=plan_id,
        barnevern_consent=bool(row["barnevern_consent"]),
        barnevern_involved=BarnevernInvolved(row["barnevern_involved"]),
        barnevern_contact=row["barnevern_contact"],
        barnevern_note=row["barnevern_note"],
        supports=tuple(support for support in FamilySupport if row[str(support)]),
        services_note=row["services_note"],
        long_term_follow_up=row["long_term_follow_up"],
    )


def _family_values(family: Family) -> tuple[object, ...]:
    return (
        int(family.barnevern_consent),
        str(family.barnevern_involved),
        family.barnevern_contact,
        family.barnevern_note,
        *(int(support in family.supports) for support in FamilySupport),
        family.services_note,
        family.long_term_follow_up,
    )


class SqliteFamilyStore:
    """FamilyStore over the same connection as the plan store."""

    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], datetime] | None = None) -> None:
        self._plans = SqlitePlanStore(conn, clock)
        self._conn = conn
        self._clock = clock or (lambda: datetime.now(UTC))

    def plan(self, plan_id: PlanId) -> Plan:
        return self._plans.plan(plan_id)

    # The family record -----------------------------------------------------

    def family(self, plan_id: PlanId) -> Family:
        row = self._conn.execute(
            f"SELECT {_FAMILY_FIELDS} FROM family WHERE plan_id = ?", (plan_id,)
        ).fetchone()
        return _family(plan_id, row)

    def save_family(self, family: Family, audit: AuditEntry) -> None:
        values = _family_values(family)
        marks = ", ".join("?" for _ in values)
        with transaction(self._conn) as conn:
            conn.execute(
                f"INSERT OR REPLACE INTO family (plan_id, {_FAMILY_FIELDS}) VALUES (?, {marks})",
                (family.plan_id, *values),
            )
            touch_plan(conn, family.plan_id, audit, self._clock())

    # Children --------------------------------------------------------------

    def children(self, plan_id: PlanId) -> list[Child]:
        rows = self._conn.execute(
            f"SELECT child_id, plan_id, {_CHILD_FIELDS} FROM family_child WHERE plan_id = ? "
            "ORDER BY birth_year IS NULL, birth_year, child_id",
            (plan_id,),
        ).fetchall()
        return [_child(row) for row in rows]

    def child(self, child_id: ChildId) -> Child:
        sql = f"SELECT child_id, plan_id, {_CHILD_FIELDS} FROM family_child WHERE child_id = ?"
        return _child(fetch_one(self._conn, sql, (child_id,), f"child {child_id}"))

    def add_child(self, child: Child, audit: AuditEntry) -> ChildId:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                f"INSERT INTO family_child (plan_id, {_CHILD_FIELDS}) VALUES (?, ?, ?, ?, ?, ?)",
                (child.plan_id, *_child_values(child)),
            )
            touch_plan(conn, child.plan_id, audit, self._clock())
        return ChildId(cursor.lastrowid or 0)

    def save_child(self, child: Child, audit: AuditEntry) -> None:
        assignments = ", ".join(f"{field.strip()} = ?" for field in _CHILD_FIELDS.split(","))
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                f"UPDATE family_child SET {assignments} WHERE child_id = ?",
                (*_child_values(child), child.child_id),
            )
            expect_row(cursor, f"child {child.child_id}")
            touch_plan(conn, child.plan_id, audit, self._clock())

    def remove_child(self, child: Child, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            cursor = conn.execute("DELETE FROM family_child WHERE child_id = ?", (child.child_id,))
            expect_row(cursor, f"child {child.child_id}")
            touch_plan(conn, child.plan_id, audit, self._clock())

    # Conversations ---------------------------------------------------------

    def conversations(self, plan_id: PlanId) -> list[Conversation]:
        rows = self._conn.execute(
            f"SELECT conversation_id, plan_id, {_CONVERSATION_FIELDS} FROM family_conversation "
            "WHERE plan_id = ? ORDER BY day, conversation_id",
            (plan_id,),
        ).fetchall()
        return [_conversation(row) for row in rows]

    def conversation(self, conversation_id: ConversationId) -> Conversation:
        sql = (
            f"SELECT conversation_id, plan_id, {_CONVERSATION_FIELDS} FROM family_conversation "
            "WHERE conversation_id = ?"
        )
        return _conversation(
            fetch_one(self._conn, sql, (conversation_id,), f"conversation {conversation_id}")
        )

    def add_conversation(self, conversation: Conversation, audit: AuditEntry) -> ConversationId:
        values = _conversation_values(conversation)
        marks = ", ".join("?" for _ in values)
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                f"INSERT INTO family_conversation (plan_id, {_CONVERSATION_FIELDS}) VALUES (?, {marks})",
                (conversation.plan_id, *values),
            )
            touch_plan(conn, conversation.plan_id, audit, self._clock())
        return ConversationId(cursor.lastrowid or 0)

    def remove_conversation(self, conversation: Conversation, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                "DELETE FROM family_conversation WHERE conversation_id = ?", (conversation.conversation_id,)
            )
            expect_row(cursor, f"conversation {conversation.conversation_id}")
            touch_plan(conn, conversation.plan_id, audit, self._clock())
