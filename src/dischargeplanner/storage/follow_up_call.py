"""Rows <-> the follow-up calls after discharge; implements domain.follow_up_call.FollowUpCallStore.

Each write bumps the plan's version with its audit row, in one transaction. Nothing
else is kept up to date: the call's due date is computed in SQL where it is read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime

from dischargeplanner.domain.follow_up_call import CallId, FollowUpCall
from dischargeplanner.domain.model import AuditEntry, Plan, PlanId
from dischargeplanner.storage.audit import touch_plan
from dischargeplanner.storage.db import transaction
from dischargeplanner.storage.repository import SqlitePlanStore, expect_row, fetch_one

_FIELDS = "day, by_whom, reached, how_things_are, arranged, note"
_COLUMNS = f"call_id, plan_id, {_FIELDS}"


def _call(row: sqlite3.Row) -> FollowUpCall:
    return FollowUpCall(
        call_id=CallId(row["call_id"]),
        plan_id=PlanId(row["plan_id"]),
        day=date.fromisoformat(row["day"]),
        by=row["by_whom"],
        reached=bool(row["reached"]),
        how_things_are=row["how_things_are"],
        arranged=row["arranged"],
        note=row["note"],
    )


def _values(call: FollowUpCall) -> tuple[object, ...]:
    return (call.day.isoformat(), call.by, int(call.reached), call.how_things_are, call.arranged, call.note)


class SqliteFollowUpCallStore:
    """FollowUpCallStore over the same connection as the plan store."""

    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], datetime] | None = None) -> None:
        self._plans = SqlitePlanStore(conn, clock)
        self._conn = conn
        self._clock = clock or (lambda: datetime.now(UTC))

    def plan(self, plan_id: PlanId) -> Plan:
        return self._plans.plan(plan_id)

    def calls(self, plan_id: PlanId) -> list[FollowUpCall]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM follow_up_call WHERE plan_id = ? ORDER BY day, call_id", (plan_id,)
        ).fetchall()
        return [_call(row) for row in rows]

    def call(self, call_id: CallId) -> FollowUpCall:
        sql = f"SELECT {_COLUMNS} FROM follow_up_call WHERE call_id = ?"
        return _call(fetch_one(self._conn, sql, (call_id,), f"follow-up call {call_id}"))

    def add_call(self, call: FollowUpCall, audit: AuditEntry) -> CallId:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                f"INSERT INTO follow_up_call ({_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?)",
                (call.plan_id, *_values(call)),
            )
            touch_plan(conn, call.plan_id, audit, self._clock())
        return CallId(cursor.lastrowid or 0)

    def save_call(self, call: FollowUpCall, audit: AuditEntry) -> None:
        assignments = ", ".join(f"{field.strip()} = ?" for field in _FIELDS.split(","))
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                f"UPDATE follow_up_call SET {assignments} WHERE call_id = ?", (*_values(call), call.call_id)
            )
            expect_row(cursor, f"follow-up call {call.call_id}")
            touch_plan(conn, call.plan_id, audit, self._clock())

    def remove_call(self, call: FollowUpCall, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            cursor = conn.execute("DELETE FROM follow_up_call WHERE call_id = ?", (call.call_id,))
            expect_row(cursor, f"follow-up call {call.call_id}")
            touch_plan(conn, call.plan_id, audit, self._clock())
