"""Rows <-> a plan's meetings, minutes and decisions; implements domain.meetings.MeetingStore.

Every change bumps the plan's version with its audit row in one transaction. A decision's
agreed action and its link to the meeting are written together, so neither exists alone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, time

from dischargeplanner.domain.coordination_model import Contact, ContactId, ContactRole
from dischargeplanner.domain.meeting_model import (
    Decision,
    Meeting,
    MeetingDetails,
    MeetingId,
    MeetingKind,
    MeetingStatus,
    Minute,
    Participant,
)
from dischargeplanner.domain.model import (
    Action,
    ActionId,
    ActionStatus,
    AreaKey,
    AuditEntry,
    ConsentId,
    Plan,
    PlanId,
    Responsible,
)
from dischargeplanner.storage.audit import touch_plan, write_audit
from dischargeplanner.storage.db import transaction
from dischargeplanner.storage.repository import SqlitePlanStore, expect_row, fetch_one
from dischargeplanner.storage.summaries import parse_date

_MEETING_FIELDS = "kind, day, start, video, place, patient_present, ward_staff, others, status"
_CONTACT_COLUMNS = (
    "contact_id, plan_id, role, role_text, name, organisation, phone, email, note, consent_id, "
    "responsible, in_ansvarsgruppe"
)
# What was agreed, and the action's status now (NULL once it has been removed from the plan).
_DECISIONS = """
    SELECT d.meeting_id, d.action_id, d.area, d.what, d.responsible, d.responsible_name, d.deadline,
        a.status
    FROM meeting_decision d LEFT JOIN agreed_action a ON a.action_id = d.action_id
    WHERE d.meeting_id IN ({marks})
    ORDER BY d.action_id
"""


def _date_text(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _time_text(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def _details_values(details: MeetingDetails) -> tuple[object, ...]:
    return (
        str(details.kind),
        details.day.isoformat(),
        _time_text(details.start),
        int(details.video),
        details.place,
        int(details.patient_present),
        "\n".join(details.ward_staff),
        details.others,
        str(details.status),
    )


def _details(row: sqlite3.Row, participants: tuple[Participant, ...]) -> MeetingDetails:
    day = parse_date(row["day"])
    assert day is not None
    return MeetingDetails(
        kind=MeetingKind(row["kind"]),
        day=day,
        start=time.fromisoformat(row["start"]) if row["start"] else None,
        video=bool(row["video"]),
        place=row["place"],
        participants=participants,
        patient_present=bool(row["patient_present"]),
        ward_staff=tuple(name for name in row["ward_staff"].split("\n") if name),
        others=row["others"],
        status=MeetingStatus(row["status"]),
    )


def _decision(row: sqlite3.Row) -> Decision:
    return Decision(
        meeting_id=MeetingId(row["meeting_id"]),
        action_id=ActionId(row["action_id"]),
        area=AreaKey(row["area"]),
        what=row["what"],
        responsible=Responsible(row["responsible"]),
        responsible_name=row["responsible_name"],
        deadline=parse_date(row["deadline"]),
        status=ActionStatus(row["status"]) if row["status"] else None,
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


class SqliteMeetingStore:
    """MeetingStore over the same connection as the plan store."""

    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], datetime] | None = None) -> None:
        self._plans = SqlitePlanStore(conn, clock)
        self._conn = conn
        self._clock = clock or (lambda: datetime.now(UTC))

    def plan(self, plan_id: PlanId) -> Plan:
        return self._plans.plan(plan_id)

    def contacts(self, plan_id: PlanId) -> list[Contact]:
        rows = self._conn.execute(
            f"SELECT {_CONTACT_COLUMNS} FROM contact WHERE plan_id = ? ORDER BY contact_id", (plan_id,)
        ).fetchall()
        return [_contact(row) for row in rows]

    # Reads -----------------------------------------------------------------

    def meetings(self, plan_id: PlanId) -> list[Meeting]:
        rows = self._conn.execute(
            f"SELECT meeting_id, plan_id, {_MEETING_FIELDS} FROM meeting WHERE plan_id = ? "
            "ORDER BY day, start, meeting_id",
            (plan_id,),
        ).fetchall()
        return self._complete(rows)

    def meeting(self, meeting_id: MeetingId) -> Meeting:
        sql = f"SELECT meeting_id, plan_id, {_MEETING_FIELDS} FROM meeting WHERE meeting_id = ?"
        row = fetch_one(self._conn, sql, (meeting_id,), f"meeting {meeting_id}")
        return self._complete([row])[0]

    def _complete(self, rows: list[sqlite3.Row]) -> list[Meeting]:
        """Meetings with their participants, minutes and decisions (three queries for them all)."""
        ids = [row["meeting_id"] for row in rows]
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        participants: dict[int, list[Participant]] = {meeting_id: [] for meeting_id in ids}
        for row in self._conn.execute(
            "SELECT meeting_id, contact_id, name, role, role_text FROM meeting_participant "
            f"WHERE meeting_id IN ({marks}) ORDER BY meeting_id, position",
            ids,
        ):
            contact_id = ContactId(row["contact_id"]) if row["contact_id"] is not None else None
            participants[row["meeting_id"]].append(
                Participant(contact_id, row["name"], ContactRole(row["role"]), row["role_text"])
            )
        minutes: dict[int, list[Minute]] = {meeting_id: [] for meeting_id in ids}
        for row in self._conn.execute(
            f"SELECT meeting_id, area, text FROM meeting_minute WHERE meeting_id IN ({marks})", ids
        ):
            minutes[row["meeting_id"]].append(Minute(AreaKey(row["area"]), row["text"]))
        decisions: dict[int, list[Decision]] = {meeting_id: [] for meeting_id in ids}
        for row in self._conn.execute(_DECISIONS.format(marks=marks), ids):
            decisions[row["meeting_id"]].append(_decision(row))
        order = list(AreaKey)
        return [
            Meeting(
                meeting_id=MeetingId(row["meeting_id"]),
                plan_id=PlanId(row["plan_id"]),
                details=_details(row, tuple(participants[row["meeting_id"]])),
                minutes=tuple(sorted(minutes[row["meeting_id"]], key=lambda m: order.index(m.area))),
                decisions=tuple(decisions[row["meeting_id"]]),
            )
            for row in rows
        ]

    # Meetings --------------------------------------------------------------

    def add_meeting(self, plan_id: PlanId, details: MeetingDetails, audit: AuditEntry) -> MeetingId:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                f"INSERT INTO meeting (meeting_id, plan_id, {_MEETING_FIELDS}) "
                "VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (plan_id, *_details_values(details)),
            )
            meeting_id = MeetingId(cursor.lastrowid or 0)
            self._write_participants(conn, meeting_id, details.participants)
            touch_plan(conn, plan_id, audit, self._clock())
        return meeting_id

    def save_meeting(self, meeting: Meeting, audit: AuditEntry) -> None:
        assignments = ", ".join(f"{field.strip()} = ?" for field in _MEETING_FIELDS.split(","))
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                f"UPDATE meeting SET {assignments} WHERE meeting_id = ?",
                (*_details_values(meeting.details), meeting.meeting_id),
            )
            expect_row(cursor, f"meeting {meeting.meeting_id}")
            conn.execute("DELETE FROM meeting_participant WHERE meeting_id = ?", (meeting.meeting_id,))
            self._write_participants(conn, meeting.meeting_id, meeting.details.participants)
            touch_plan(conn, meeting.plan_id, audit, self._clock())

    def remove_meeting(self, meeting: Meeting, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            cursor = conn.execute("DELETE FROM meeting WHERE meeting_id = ?", (meeting.meeting_id,))
            expect_row(cursor, f"meeting {meeting.meeting_id}")
            touch_plan(conn, meeting.plan_id, audit, self._clock())

    @staticmethod
    def _write_participants(
        conn: sqlite3.Connection, meeting_id: MeetingId, participants: tuple[Participant, ...]
    ) -> None:
        conn.executemany(
            "INSERT INTO meeting_participant (meeting_id, position, contact_id, name, role, role_text) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (meeting_id, position, p.contact_id, p.name, str(p.role), p.role_text)
                for position, p in enumerate(participants)
            ],
        )

    # Minutes and decisions -------------------------------------------------

    def save_minute(self, meeting: Meeting, minute: Minute, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            self._expect_meeting(conn, meeting.meeting_id)
            if minute.text:
                conn.execute(
                    "INSERT OR REPLACE INTO meeting_minute (meeting_id, area, text) VALUES (?, ?, ?)",
                    (meeting.meeting_id, str(minute.area), minute.text),
                )
            else:
                conn.execute(
                    "DELETE FROM meeting_minute WHERE meeting_id = ? AND area = ?",
                    (meeting.meeting_id, str(minute.area)),
                )
            touch_plan(conn, meeting.plan_id, audit, self._clock())

    def add_decision(self, meeting: Meeting, action: Action, audit: AuditEntry) -> ActionId:
        with transaction(self._conn) as conn:
            self._expect_meeting(conn, meeting.meeting_id)
            cursor = conn.execute(
                "INSERT INTO agreed_action (plan_id, area, what, responsible, responsible_name, deadline, "
                "status) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    action.plan_id,
                    str(action.area),
                    action.what,
                    str(action.responsible),
                    action.responsible_name,
                    _date_text(action.deadline),
                    str(action.status),
                ),
            )
            action_id = ActionId(cursor.lastrowid or 0)
            conn.execute(
                "INSERT INTO meeting_decision (meeting_id, action_id, area, what, responsible, "
                "responsible_name, deadline) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    meeting.meeting_id,
                    action_id,
                    str(action.area),
                    action.what,
                    str(action.responsible),
                    action.responsible_name,
                    _date_text(action.deadline),
                ),
            )
            touch_plan(conn, meeting.plan_id, audit, self._clock())
        return action_id

    def remove_decision(self, meeting: Meeting, decision: Decision, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                "DELETE FROM meeting_decision WHERE meeting_id = ? AND action_id = ?",
                (meeting.meeting_id, decision.action_id),
            )
            expect_row(cursor, f"decision {decision.action_id} of meeting {meeting.meeting_id}")
            # The action may already be gone (removed on its area page); the link goes regardless.
            conn.execute(
                "DELETE FROM agreed_action WHERE action_id = ? AND plan_id = ?",
                (decision.action_id, meeting.plan_id),
            )
            touch_plan(conn, meeting.plan_id, audit, self._clock())

    def log(self, audit: AuditEntry) -> None:
        """An audit row alone (a document made): the plan itself is unchanged, so its version stays."""
        with transaction(self._conn) as conn:
            write_audit(conn, audit, self._clock())

    @staticmethod
    def _expect_meeting(conn: sqlite3.Connection, meeting_id: MeetingId) -> None:
        fetch_one(conn, "SELECT 1 FROM meeting WHERE meeting_id = ?", (meeting_id,), f"meeting {meeting_id}")
