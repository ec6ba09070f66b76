"""The append-only access log: who did what to which plan, and when.

Rows are written inside the caller's transaction; triggers in the schema refuse
UPDATE and DELETE on the table. Each row carries the hash of the row before it
(`prev_hash`; the first row's is 64 zeros) and its own hash (`row_hash`): SHA-256,
in hex, over prev_hash, at, user, action, plan_id and detail joined by the unit
separator (U+001F), exactly as stored. `verify_chain` recomputes the chain and names
the first row that no longer fits: an edited row breaks its own hash, a removed or
inserted one the link to the next.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from dischargeplanner.domain.access_log import (
    AccessCategory,
    AccessEntry,
    AccessLogService,
    AuditId,
    ChainBreak,
    ChainReport,
    access_kind,
)
from dischargeplanner.domain.errors import ChangeNote, ConflictError
from dischargeplanner.domain.model import AuditEntry, Plan, PlanId
from dischargeplanner.storage.db import transaction

GENESIS = "0" * 64
_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    user: str
    action: str
    plan_id: PlanId | None
    detail: str


def row_hash(prev_hash: str, at: str, user: str, action: str, plan_id: int | None, detail: str) -> str:
    """The hash that seals one row, over its stored text and the hash of the row before it."""
    fields = (prev_hash, at, user, action, "" if plan_id is None else str(plan_id), detail)
    return hashlib.sha256(_SEPARATOR.join(fields).encode("utf-8")).hexdigest()


def _last_hash(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT row_hash FROM audit_log ORDER BY audit_id DESC LIMIT 1").fetchone()
    return str(row[0]) if row is not None else GENESIS


def write_audit(conn: sqlite3.Connection, entry: AuditEntry, at: datetime) -> None:
    """Append one sealed row. Inside the caller's transaction; alone, in a write transaction of its own.

    The write lock (BEGIN IMMEDIATE) is what keeps two programs from both chaining onto the same row.
    """
    if not conn.in_transaction:
        with transaction(conn):
            write_audit(conn, entry, at)
        return
    at_text = at.isoformat()
    previous = _last_hash(conn)
    sealed = row_hash(previous, at_text, entry.user, entry.action, entry.plan_id, entry.detail)
    conn.execute(
        "INSERT INTO audit_log (at, user, action, plan_id, detail, prev_hash, row_hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (at_text, entry.user, entry.action, entry.plan_id, entry.detail, previous, sealed),
    )


def touch_plan(conn: sqlite3.Connection, plan_id: PlanId, entry: AuditEntry, at: datetime) -> None:
    """Claim the plan (refused when it changed underneath), bump its version and write the audit row."""
    claim_plan(conn, plan_id)
    write_audit(conn, entry, at)


def watch_plan(conn: sqlite3.Connection, plan_id: PlanId, version: int | None) -> None:
    """This connection's program shows `plan_id` as at `version` (None: as it is now)."""
    conn.execute(
        "INSERT OR REPLACE INTO temp.shown_plan (plan_id, version) "
        "SELECT plan_id, COALESCE(?, version) FROM plan WHERE plan_id = ?",
        (version, plan_id),
    )


def claim_plan(conn: sqlite3.Connection, plan_id: PlanId) -> None:
    """Inside a write transaction: refuse when the plan moved on since this program showed it, else bump.

    The version shown is the one `watch_plan` noted, moved on by this program's own changes; a plan
    this program never showed is not checked (lists and background work read it fresh). The check
    runs under the write lock, so two programs cannot both pass it for the same version.
    """
    row = conn.execute(
        "SELECT plan.version, shown.version FROM plan "
        "LEFT JOIN temp.shown_plan AS shown ON shown.plan_id = plan.plan_id WHERE plan.plan_id = ?",
        (plan_id,),
    ).fetchone()
    if row is not None and row[1] is not None and row[1] != row[0]:
        missed = max(row[0] - row[1], 1)
        raise ConflictError(
            f"plan {plan_id} changed since version {row[1]}", plan_id, _newest_change(conn, plan_id), missed
        )
    conn.execute("UPDATE plan SET version = version + 1 WHERE plan_id = ?", (plan_id,))
    conn.execute("UPDATE temp.shown_plan SET version = version + 1 WHERE plan_id = ?", (plan_id,))


def _newest_change(conn: sqlite3.Connection, plan_id: PlanId) -> ChangeNote | None:
    """The plan's latest change in the log (openings and exports are not changes)."""
    rows = conn.execute(
        "SELECT at, user, action, detail FROM audit_log WHERE plan_id = ? ORDER BY audit_id DESC LIMIT 50",
        (plan_id,),
    )
    for at, user, action, detail in rows:
        if access_kind(action).category is AccessCategory.CHANGE:
            return ChangeNote(datetime.fromisoformat(at), user, action, detail)
    return None


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


def verify_chain(conn: sqlite3.Connection) -> ChainReport:
    """Recompute every row's hash in order; the first row that does not fit, and why."""
    previous = GENESIS
    checked = 0
    rows = conn.execute(
        "SELECT audit_id, at, user, action, plan_id, detail, prev_hash, row_hash "
        "FROM audit_log ORDER BY audit_id"
    )
    for audit_id, at, user, action, plan_id, detail, prev_hash, stored in rows:
        checked += 1
        reason = None
        if not stored:
            reason = ChainBreak.UNSEALED
        elif prev_hash != previous:
            reason = ChainBreak.LINK
        elif row_hash(prev_hash, at, user, action, plan_id, detail) != stored:
            reason = ChainBreak.EDITED
        if reason is not None:
            return ChainReport(checked, AuditId(audit_id), reason)
        previous = stored
    return ChainReport(checked)


_ENTRY_SQL = (
    "SELECT a.audit_id, a.at, a.user, a.action, a.plan_id, a.detail, coalesce(p.patient_name, '') "
    "FROM audit_log a LEFT JOIN plan p ON p.plan_id = a.plan_id"
)


def _moment(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    # Rows from before time zones were stored are read as the computer's local time.
    return moment if moment.tzinfo is not None else moment.astimezone()


class SqliteAccessLogStore:
    """AccessLogStore over the database's audit_log (and the plan table for patients' names)."""

    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], datetime] | None = None) -> None:
        from dischargeplanner.storage.repository import SqlitePlanStore  # noqa: PLC0415 - audit is imported by it

        self._plans = SqlitePlanStore(conn, clock)
        self._conn = conn
        self._clock = clock or (lambda: datetime.now(UTC))

    def entries(self, user: str | None = None, plan_id: PlanId | None = None) -> list[AccessEntry]:
        conditions: list[str] = []
        parameters: list[object] = []
        if user is not None:
            conditions.append("a.user = ?")
            parameters.append(user)
        if plan_id is not None:
            conditions.append("a.plan_id = ?")
            parameters.append(plan_id)
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        rows = self._conn.execute(f"{_ENTRY_SQL}{where} ORDER BY a.audit_id", parameters).fetchall()
        return [
            AccessEntry(
                audit_id=AuditId(row[0]),
                at=_moment(row[1]),
                user=row[2],
                action=row[3],
                plan_id=PlanId(row[4]) if row[4] is not None else None,
                patient_name=row[6],
                detail=row[5],
            )
            for row in rows
        ]

    def users(self) -> list[str]:
        return [row[0] for row in self._conn.execute("SELECT DISTINCT user FROM audit_log ORDER BY user")]

    def plan(self, plan_id: PlanId) -> Plan:
        return self._plans.plan(plan_id)

    def log(self, entry: AuditEntry) -> None:
        """A row alone (an open, a document made): the plan itself is unchanged, so its version stays."""
        with transaction(self._conn) as conn:
            write_audit(conn, entry, self._clock())

    def check_chain(self) -> ChainReport:
        return verify_chain(self._conn)


def access_log_service(
    conn: sqlite3.Connection, clock: Callable[[], datetime] | None = None
) -> AccessLogService:
    """The access log over one connection, for the composition root and the command line."""
    store = SqliteAccessLogStore(conn, clock)
    return AccessLogService(store, clock) if clock is not None else AccessLogService(store)
