"""The append-only access log: who did what to which plan, and when.

Rows are written inside the caller's transaction; triggers in the schema refuse
UPDATE and DELETE on the table.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from dischargeplanner.domain.model import AuditEntry, PlanId


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    user: str
    action: str
    plan_id: PlanId | None
    detail: str


def write_audit(conn: sqlite3.Connection, entry: AuditEntry, at: datetime) -> None:
    conn.execute(
        "INSERT INTO audit_log (at, user, action, plan_id, detail) VALUES (?, ?, ?, ?, ?)",
        (at.isoformat(), entry.user, entry.action, entry.plan_id, entry.detail),
    )


def touch_plan(conn: sqlite3.Connection, plan_id: PlanId, entry: AuditEntry, at: datetime) -> None:
    """Bump the plan's version (others see it changed) and write the audit row."""
    conn.execute("UPDATE plan SET version = version + 1 WHERE plan_id = ?", (plan_id,))
    write_audit(conn, entry, at)


def audit_trail(conn: sqlite3.Connection, plan_id: PlanId | None = None) -> list[AuditRecord]:
    """The log, oldest first; for one plan when plan_id is given."""
    if plan_id is None:
        rows = conn.execute("SELECT at, user, action, plan_id, detail FROM audit_log ORDER BY audit_id")
    else:
        rows = conn.execute(
            "SELECT at, user, action, plan_id, detail FROM audit_log WHERE plan_id = ? ORDER BY audit_id",
            (plan_id,),
        )
    return [
        AuditRecord(
            at=datetime.fromisoformat(row[0]),
            user=row[1],
            action=row[2],
            plan_id=PlanId(row[3]) if row[3] is not None else None,
            detail=row[4],
        )
        for row in rows
    ]
