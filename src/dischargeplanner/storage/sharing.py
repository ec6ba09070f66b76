"""Rows <-> consent, appointment and export records; implements domain.sharing.SharingStore.

Every write runs in one transaction with its audit row and bumps the plan's version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, time

from dischargeplanner.domain.model import (
    Appointment,
    AppointmentId,
    AreaKey,
    AuditEntry,
    Consent,
    ConsentForm,
    ConsentId,
    DocumentKind,
    DocumentLanguage,
    ExportChannel,
    ExportId,
    ExportRecord,
    Plan,
    PlanId,
    RecipientKind,
)
from dischargeplanner.storage.audit import touch_plan, write_audit
from dischargeplanner.storage.db import transaction
from dischargeplanner.storage.repository import SqlitePlanStore, expect_row, fetch_one
from dischargeplanner.storage.summaries import parse_date

_CONSENT_COLUMNS = (
    "consent_id, plan_id, recipient_kind, recipient, areas, given, form, noted_by, expires, withdrawn, "
    "restrictions, language"
)
_APPOINTMENT_COLUMNS = "appointment_id, plan_id, area, what, day, time, with_whom, place, phone, note"
_EXPORT_COLUMNS = "export_id, plan_id, kind, channel, recipient, at, user, sha256, file_name"
_AREA_ORDER = {area: position for position, area in enumerate(AreaKey)}


def _areas_text(areas: frozenset[AreaKey]) -> str:
    return " ".join(sorted((str(area) for area in areas), key=lambda key: _AREA_ORDER[AreaKey(key)]))


def _consent(row: sqlite3.Row) -> Consent:
    given = parse_date(row["given"])
    assert given is not None
    return Consent(
        consent_id=ConsentId(row["consent_id"]),
        plan_id=PlanId(row["plan_id"]),
        recipient_kind=RecipientKind(row["recipient_kind"]),
        recipient=row["recipient"],
        areas=frozenset(AreaKey(key) for key in row["areas"].split()),
        given=given,
        form=ConsentForm(row["form"]),
        noted_by=row["noted_by"],
        expires=parse_date(row["expires"]),
        withdrawn=parse_date(row["withdrawn"]),
        restrictions=row["restrictions"],
        language=DocumentLanguage(row["language"]),
    )


def _consent_values(consent: Consent) -> tuple[object, ...]:
    return (
        str(consent.recipient_kind),
        consent.recipient,
        _areas_text(consent.areas),
        consent.given.isoformat(),
        str(consent.form),
        consent.noted_by,
        consent.expires.isoformat() if consent.expires else None,
        consent.withdrawn.isoformat() if consent.withdrawn else None,
        consent.restrictions,
        str(consent.language),
    )


def _appointment(row: sqlite3.Row) -> Appointment:
    day = parse_date(row["day"])
    assert day is not None
    return Appointment(
        appointment_id=AppointmentId(row["appointment_id"]),
        plan_id=PlanId(row["plan_id"]),
        area=AreaKey(row["area"]),
        what=row["what"],
        day=day,
        time=time.fromisoformat(row["time"]) if row["time"] else None,
        with_whom=row["with_whom"],
        place=row["place"],
        phone=row["phone"],
        note=row["note"],
    )


def _appointment_values(appointment: Appointment) -> tuple[object, ...]:
    return (
        str(appointment.area),
        appointment.what,
        appointment.day.isoformat(),
        appointment.time.strftime("%H:%M") if appointment.time else None,
        appointment.with_whom,
        appointment.place,
        appointment.phone,
        appointment.note,
    )


def _export(row: sqlite3.Row) -> ExportRecord:
    return ExportRecord(
        export_id=ExportId(row["export_id"]),
        plan_id=PlanId(row["plan_id"]),
        kind=DocumentKind(row["kind"]),
        channel=ExportChannel(row["channel"]),
        recipient=row["recipient"],
        at=datetime.fromisoformat(row["at"]),
        user=row["user"],
        sha256=row["sha256"],
        file_name=row["file_name"],
    )


class SqliteSharingStore:
    """SharingStore over the same connection as the plan store."""

    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], datetime] | None = None) -> None:
        self._plans = SqlitePlanStore(conn, clock)
        self._conn = conn
        self._clock = clock or (lambda: datetime.now(UTC))

    def plan(self, plan_id: PlanId) -> Plan:
        return self._plans.plan(plan_id)

    # Consent -------------------------------------------------------------

    def consents(self, plan_id: PlanId) -> list[Consent]:
        rows = self._conn.execute(
            f"SELECT {_CONSENT_COLUMNS} FROM consent WHERE plan_id = ? ORDER BY consent_id", (plan_id,)
        ).fetchall()
        return [_consent(row) for row in rows]

    def consent(self, consent_id: ConsentId) -> Consent:
        sql = f"SELECT {_CONSENT_COLUMNS} FROM consent WHERE consent_id = ?"
        return _consent(fetch_one(self._conn, sql, (consent_id,), f"consent {consent_id}"))

    def add_consent(self, consent: Consent, audit: AuditEntry) -> ConsentId:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                f"INSERT INTO consent ({_CONSENT_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (consent.plan_id, *_consent_values(consent)),
            )
            touch_plan(conn, consent.plan_id, audit, self._clock())
        return ConsentId(cursor.lastrowid or 0)

    def save_consent(self, consent: Consent, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                """
                UPDATE consent SET recipient_kind = ?, recipient = ?, areas = ?, given = ?, form = ?,
                    noted_by = ?, expires = ?, withdrawn = ?, restrictions = ?, language = ?
                WHERE consent_id = ?
                """,
                (*_consent_values(consent), consent.consent_id),
            )
            expect_row(cursor, f"consent {consent.consent_id}")
            touch_plan(conn, consent.plan_id, audit, self._clock())

    # Appointments --------------------------------------------------------

    def appointments(self, plan_id: PlanId) -> list[Appointment]:
        rows = self._conn.execute(
            f"SELECT {_APPOINTMENT_COLUMNS} FROM appointment WHERE plan_id = ? "
            "ORDER BY day, coalesce(time, '99'), appointment_id",
            (plan_id,),
        ).fetchall()
        return [_appointment(row) for row in rows]

    def appointment(self, appointment_id: AppointmentId) -> Appointment:
        sql = f"SELECT {_APPOINTMENT_COLUMNS} FROM appointment WHERE appointment_id = ?"
        return _appointment(fetch_one(self._conn, sql, (appointment_id,), f"appointment {appointment_id}"))

    def add_appointment(self, appointment: Appointment, audit: AuditEntry) -> AppointmentId:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                f"INSERT INTO appointment ({_APPOINTMENT_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (appointment.plan_id, *_appointment_values(appointment)),
            )
            touch_plan(conn, appointment.plan_id, audit, self._clock())
        return AppointmentId(cursor.lastrowid or 0)

    def save_appointment(self, appointment: Appointment, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                """
                UPDATE appointment SET area = ?, what = ?, day = ?, time = ?, with_whom = ?, place = ?,
                    phone = ?, note = ?
                WHERE appointment_id = ?
                """,
                (*_appointment_values(appointment), appointment.appointment_id),
            )
            expect_row(cursor, f"appointment {appointment.appointment_id}")
            touch_plan(conn, appointment.plan_id, audit, self._clock())

    def remove_appointment(self, appointment: Appointment, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                "DELETE FROM appointment WHERE appointment_id = ?", (appointment.appointment_id,)
            )
            expect_row(cursor, f"appointment {appointment.appointment_id}")
            touch_plan(conn, appointment.plan_id, audit, self._clock())

    # Export log ----------------------------------------------------------

    def exports(self, plan_id: PlanId) -> list[ExportRecord]:
        rows = self._conn.execute(
            f"SELECT {_EXPORT_COLUMNS} FROM export_log WHERE plan_id = ? ORDER BY export_id DESC", (plan_id,)
        ).fetchall()
        return [_export(row) for row in rows]

    def add_export(self, record: ExportRecord, audit: AuditEntry) -> ExportId:
        # An export changes nothing in the plan: logged, but the plan's version stays.
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                f"INSERT INTO export_log ({_EXPORT_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.plan_id,
                    str(record.kind),
                    str(record.channel),
                    record.recipient,
                    record.at.isoformat(),
                    record.user,
                    record.sha256,
                    record.file_name,
                ),
            )
            write_audit(conn, audit, self._clock())
        return ExportId(cursor.lastrowid or 0)
