"""Rows <-> the self-help directory and each plan's introduction; implements domain.selfhelp.SelfHelpStore.

Plan records bump the plan's version with their audit row; directory entries are
ward data, logged without a plan. The introduction's follow-up due date is written
in the same transaction as the change that moves it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time

from dischargeplanner.domain.model import AuditEntry, Plan, PlanId
from dischargeplanner.domain.selfhelp_model import (
    Audience,
    FollowUp,
    FollowUpId,
    GroupId,
    Introduction,
    LocalGroup,
    MeetingMode,
    MeetingTime,
    PatientView,
    Visit,
    VisitId,
)
from dischargeplanner.storage.audit import touch_plan, write_audit
from dischargeplanner.storage.db import transaction
from dischargeplanner.storage.repository import SqlitePlanStore, expect_row, fetch_one
from dischargeplanner.storage.summaries import parse_date

_GROUP_FIELDS = (
    "organisation, name, kommune_number, address, meetings, open_meeting, audience, mode, language, "
    "women_only, phone, note, verified_on, verified_by, removed"
)
_INTRODUCTION_FIELDS = (
    "informed_on, informed_by, organisations, presented_groups, material, view, own_words, contact_consent, "
    "contact_name, contact_phone, first_group, first_day, first_time, accompanied, companion"
)
_VISIT_COLUMNS = "visit_id, plan_id, day, group_id, group_name, with_whom"
_FOLLOW_UP_COLUMNS = "follow_up_id, plan_id, day, by_whom, note"


def _time_text(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def _parse_time(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


def _date_text(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def meetings_text(meetings: Sequence[MeetingTime]) -> str:
    return " ".join(f"{m.weekday}@{_time_text(m.start) or ''}" for m in meetings)


def parse_meetings(text: str) -> tuple[MeetingTime, ...]:
    meetings = []
    for part in text.split():
        weekday, _, start = part.partition("@")
        meetings.append(MeetingTime(int(weekday), _parse_time(start)))
    return tuple(meetings)


def _group(row: sqlite3.Row) -> LocalGroup:
    return LocalGroup(
        group_id=GroupId(row["group_id"]),
        organisation=row["organisation"],
        name=row["name"],
        kommune_number=row["kommune_number"],
        address=row["address"],
        meetings=parse_meetings(row["meetings"]),
        open_meeting=bool(row["open_meeting"]),
        audience=Audience(row["audience"]),
        mode=MeetingMode(row["mode"]),
        language=row["language"],
        women_only=bool(row["women_only"]),
        phone=row["phone"],
        note=row["note"],
        verified_on=parse_date(row["verified_on"]),
        verified_by=row["verified_by"],
        removed=bool(row["removed"]),
    )


def _group_values(group: LocalGroup) -> tuple[object, ...]:
    return (
        group.organisation,
        group.name,
        group.kommune_number,
        group.address,
        meetings_text(group.meetings),
        int(group.open_meeting),
        str(group.audience),
        str(group.mode),
        group.language,
        int(group.women_only),
        group.phone,
        group.note,
        _date_text(group.verified_on),
        group.verified_by,
        int(group.removed),
    )


def _introduction(plan_id: PlanId, row: sqlite3.Row | None) -> Introduction:
    if row is None:
        return Introduction(plan_id)
    return Introduction(
        plan_id=plan_id,
        informed_on=parse_date(row["informed_on"]),
        informed_by=row["informed_by"],
        organisations=tuple(row["organisations"].split()),
        groups=tuple(GroupId(int(part)) for part in row["presented_groups"].split()),
        material=row["material"],
        view=PatientView(row["view"]) if row["view"] else None,
        own_words=row["own_words"],
        contact_consent=bool(row["contact_consent"]),
        contact_name=row["contact_name"],
        contact_phone=row["contact_phone"],
        first_group=GroupId(row["first_group"]) if row["first_group"] is not None else None,
        first_day=parse_date(row["first_day"]),
        first_time=_parse_time(row["first_time"]),
        accompanied=bool(row["accompanied"]),
        companion=row["companion"],
    )


def _introduction_values(introduction: Introduction) -> tuple[object, ...]:
    return (
        _date_text(introduction.informed_on),
        introduction.informed_by,
        " ".join(introduction.organisations),
        " ".join(str(group_id) for group_id in introduction.groups),
        introduction.material,
        str(introduction.view) if introduction.view is not None else None,
        introduction.own_words,
        int(introduction.contact_consent),
        introduction.contact_name,
        introduction.contact_phone,
        introduction.first_group,
        _date_text(introduction.first_day),
        _time_text(introduction.first_time),
        int(introduction.accompanied),
        introduction.companion,
    )


def _visit(row: sqlite3.Row) -> Visit:
    day = parse_date(row["day"])
    assert day is not None
    return Visit(
        visit_id=VisitId(row["visit_id"]),
        plan_id=PlanId(row["plan_id"]),
        day=day,
        group_id=GroupId(row["group_id"]) if row["group_id"] is not None else None,
        group_name=row["group_name"],
        with_whom=row["with_whom"],
    )


def _follow_up(row: sqlite3.Row) -> FollowUp:
    day = parse_date(row["day"])
    assert day is not None
    return FollowUp(
        follow_up_id=FollowUpId(row["follow_up_id"]),
        plan_id=PlanId(row["plan_id"]),
        day=day,
        by=row["by_whom"],
        note=row["note"],
    )


class SqliteSelfHelpStore:
    """SelfHelpStore over the same connection as the plan store."""

    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], datetime] | None = None) -> None:
        self._plans = SqlitePlanStore(conn, clock)
        self._conn = conn
        self._clock = clock or (lambda: datetime.now(UTC))

    def plan(self, plan_id: PlanId) -> Plan:
        return self._plans.plan(plan_id)

    # The introduction -----------------------------------------------------

    def introduction(self, plan_id: PlanId) -> Introduction:
        row = self._conn.execute(
            f"SELECT {_INTRODUCTION_FIELDS} FROM selfhelp_introduction WHERE plan_id = ?", (plan_id,)
        ).fetchone()
        return _introduction(plan_id, row)

    def save_introduction(self, introduction: Introduction, due: date | None, audit: AuditEntry) -> None:
        marks = ", ".join("?" for _ in range(16))
        with transaction(self._conn) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO selfhelp_introduction "
                f"(plan_id, {_INTRODUCTION_FIELDS}, follow_up_due) VALUES (?, {marks})",
                (introduction.plan_id, *_introduction_values(introduction), _date_text(due)),
            )
            touch_plan(conn, introduction.plan_id, audit, self._clock())

    def _set_due(self, conn: sqlite3.Connection, plan_id: PlanId, due: date | None) -> None:
        conn.execute(
            "UPDATE selfhelp_introduction SET follow_up_due = ? WHERE plan_id = ?", (_date_text(due), plan_id)
        )

    # Meetings visited -----------------------------------------------------

    def visits(self, plan_id: PlanId) -> list[Visit]:
        rows = self._conn.execute(
            f"SELECT {_VISIT_COLUMNS} FROM selfhelp_visit WHERE plan_id = ? ORDER BY day, visit_id",
            (plan_id,),
        ).fetchall()
        return [_visit(row) for row in rows]

    def visit(self, visit_id: VisitId) -> Visit:
        sql = f"SELECT {_VISIT_COLUMNS} FROM selfhelp_visit WHERE visit_id = ?"
        return _visit(fetch_one(self._conn, sql, (visit_id,), f"visit {visit_id}"))

    def add_visit(self, visit: Visit, audit: AuditEntry) -> VisitId:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                f"INSERT INTO selfhelp_visit ({_VISIT_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?)",
                (visit.plan_id, visit.day.isoformat(), visit.group_id, visit.group_name, visit.with_whom),
            )
            touch_plan(conn, visit.plan_id, audit, self._clock())
        return VisitId(cursor.lastrowid or 0)

    def save_visit(self, visit: Visit, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                "UPDATE selfhelp_visit SET day = ?, group_id = ?, group_name = ?, with_whom = ? "
                "WHERE visit_id = ?",
                (visit.day.isoformat(), visit.group_id, visit.group_name, visit.with_whom, visit.visit_id),
            )
            expect_row(cursor, f"visit {visit.visit_id}")
            touch_plan(conn, visit.plan_id, audit, self._clock())

    def remove_visit(self, visit: Visit, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            cursor = conn.execute("DELETE FROM selfhelp_visit WHERE visit_id = ?", (visit.visit_id,))
            expect_row(cursor, f"visit {visit.visit_id}")
            touch_plan(conn, visit.plan_id, audit, self._clock())

    # Follow-up conversations ---------------------------------------------

    def follow_ups(self, plan_id: PlanId) -> list[FollowUp]:
        rows = self._conn.execute(
            f"SELECT {_FOLLOW_UP_COLUMNS} FROM selfhelp_follow_up WHERE plan_id = ? "
            "ORDER BY day, follow_up_id",
            (plan_id,),
        ).fetchall()
        return [_follow_up(row) for row in rows]

    def follow_up(self, follow_up_id: FollowUpId) -> FollowUp:
        sql = f"SELECT {_FOLLOW_UP_COLUMNS} FROM selfhelp_follow_up WHERE follow_up_id = ?"
        return _follow_up(fetch_one(self._conn, sql, (follow_up_id,), f"follow-up {follow_up_id}"))

    def add_follow_up(self, follow_up: FollowUp, due: date | None, audit: AuditEntry) -> FollowUpId:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                f"INSERT INTO selfhelp_follow_up ({_FOLLOW_UP_COLUMNS}) VALUES (NULL, ?, ?, ?, ?)",
                (follow_up.plan_id, follow_up.day.isoformat(), follow_up.by, follow_up.note),
            )
            self._set_due(conn, follow_up.plan_id, due)
            touch_plan(conn, follow_up.plan_id, audit, self._clock())
        return FollowUpId(cursor.lastrowid or 0)

    def save_follow_up(self, follow_up: FollowUp, due: date | None, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                "UPDATE selfhelp_follow_up SET day = ?, by_whom = ?, note = ? WHERE follow_up_id = ?",
                (follow_up.day.isoformat(), follow_up.by, follow_up.note, follow_up.follow_up_id),
            )
            expect_row(cursor, f"follow-up {follow_up.follow_up_id}")
            self._set_due(conn, follow_up.plan_id, due)
            touch_plan(conn, follow_up.plan_id, audit, self._clock())

    def remove_follow_up(self, follow_up: FollowUp, due: date | None, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                "DELETE FROM selfhelp_follow_up WHERE follow_up_id = ?", (follow_up.follow_up_id,)
            )
            expect_row(cursor, f"follow-up {follow_up.follow_up_id}")
            self._set_due(conn, follow_up.plan_id, due)
            touch_plan(conn, follow_up.plan_id, audit, self._clock())

    # The directory --------------------------------------------------------

    def groups(self) -> list[LocalGroup]:
        rows = self._conn.execute(
            f"SELECT group_id, {_GROUP_FIELDS} FROM selfhelp_group ORDER BY group_id"
        ).fetchall()
        return [_group(row) for row in rows]

    def group(self, group_id: GroupId) -> LocalGroup:
        sql = f"SELECT group_id, {_GROUP_FIELDS} FROM selfhelp_group WHERE group_id = ?"
        return _group(fetch_one(self._conn, sql, (group_id,), f"self-help group {group_id}"))

    def add_group(self, group: LocalGroup, audit: AuditEntry) -> GroupId:
        with transaction(self._conn) as conn:
            group_id = self._insert_group(conn, group)
            write_audit(conn, audit, self._clock())
        return group_id

    def save_group(self, group: LocalGroup, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            self._update_group(conn, group)
            write_audit(conn, audit, self._clock())

    def import_groups(
        self, added: Sequence[LocalGroup], changed: Sequence[LocalGroup], audit: AuditEntry
    ) -> None:
        with transaction(self._conn) as conn:
            for group in added:
                self._insert_group(conn, group)
            for group in changed:
                self._update_group(conn, group)
            write_audit(conn, audit, self._clock())

    @staticmethod
    def _insert_group(conn: sqlite3.Connection, group: LocalGroup) -> GroupId:
        marks = ", ".join("?" for _ in range(15))
        cursor = conn.execute(
            f"INSERT INTO selfhelp_group (group_id, {_GROUP_FIELDS}) VALUES (NULL, {marks})",
            _group_values(group),
        )
        return GroupId(cursor.lastrowid or 0)

    @staticmethod
    def _update_group(conn: sqlite3.Connection, group: LocalGroup) -> None:
        assignments = ", ".join(f"{field.strip()} = ?" for field in _GROUP_FIELDS.split(","))
        cursor = conn.execute(
            f"UPDATE selfhelp_group SET {assignments} WHERE group_id = ?",
            (*_group_values(group), group.group_id),
        )
        expect_row(cursor, f"self-help group {group.group_id}")
