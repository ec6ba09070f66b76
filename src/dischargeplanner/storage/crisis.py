"""Rows <-> the crisis records of a plan; implements domain.crisis.CrisisStore.

One row per plan in each table, written whole (INSERT OR REPLACE); a plan without
a row reads as the empty record. Every write bumps the plan's version with its audit row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime

from dischargeplanner.domain.crisis_model import CrisisPlan, ReturnAgreement, UnplannedProcedure, UserBed
from dischargeplanner.domain.model import AuditEntry, Plan, PlanId
from dischargeplanner.storage.audit import touch_plan
from dischargeplanner.storage.db import transaction
from dischargeplanner.storage.repository import SqlitePlanStore
from dischargeplanner.storage.summaries import parse_date

_PLAN_FIELDS = (
    "warning_signs, what_helps, day_contact, day_phone, night_contact, night_phone, how_to_meet, "
    "risk_notes, updated_on, updated_by"
)
_BED_FIELDS = (
    "has_contract, institution, contract_from, contract_to, max_days_per_stay, min_days_between, how_to_ask"
)
_RETURN_FIELDS = "agreement, agreed_on, agreed_with"
_PROCEDURE_FIELDS = (
    "notify, notify_phone, told_by, also_do, recorded_on, recorded_by, "
    "followed_on, followed_by, followed_note"
)


def _date_text(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _crisis_plan(plan_id: PlanId, row: sqlite3.Row | None) -> CrisisPlan:
    if row is None:
        return CrisisPlan(plan_id)
    return CrisisPlan(
        plan_id=plan_id,
        warning_signs=row["warning_signs"],
        what_helps=row["what_helps"],
        day_contact=row["day_contact"],
        day_phone=row["day_phone"],
        night_contact=row["night_contact"],
        night_phone=row["night_phone"],
        how_to_meet=row["how_to_meet"],
        risk_notes=row["risk_notes"],
        updated_on=parse_date(row["updated_on"]),
        updated_by=row["updated_by"],
    )


def _bed(plan_id: PlanId, row: sqlite3.Row | None) -> UserBed:
    if row is None:
        return UserBed(plan_id)
    return UserBed(
        plan_id=plan_id,
        has_contract=bool(row["has_contract"]),
        institution=row["institution"],
        contract_from=parse_date(row["contract_from"]),
        contract_to=parse_date(row["contract_to"]),
        max_days_per_stay=row["max_days_per_stay"],
        min_days_between=row["min_days_between"],
        how_to_ask=row["how_to_ask"],
    )


def _return_agreement(plan_id: PlanId, row: sqlite3.Row | None) -> ReturnAgreement:
    if row is None:
        return ReturnAgreement(plan_id)
    return ReturnAgreement(
        plan_id=plan_id,
        text=row["agreement"],
        agreed_on=parse_date(row["agreed_on"]),
        agreed_with=row["agreed_with"],
    )


def _procedure(plan_id: PlanId, row: sqlite3.Row | None) -> UnplannedProcedure:
    if row is None:
        return UnplannedProcedure(plan_id)
    return UnplannedProcedure(
        plan_id=plan_id,
        notify=row["notify"],
        notify_phone=row["notify_phone"],
        told_by=row["told_by"],
        also_do=row["also_do"],
        recorded_on=parse_date(row["recorded_on"]),
        recorded_by=row["recorded_by"],
        followed_on=parse_date(row["followed_on"]),
        followed_by=row["followed_by"],
        followed_note=row["followed_note"],
    )


class SqliteCrisisStore:
    """CrisisStore over the same connection as the plan store."""

    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], datetime] | None = None) -> None:
        self._plans = SqlitePlanStore(conn, clock)
        self._conn = conn
        self._clock = clock or (lambda: datetime.now(UTC))

    def plan(self, plan_id: PlanId) -> Plan:
        return self._plans.plan(plan_id)

    def crisis_plan(self, plan_id: PlanId) -> CrisisPlan:
        return _crisis_plan(plan_id, self._row("crisis_plan", _PLAN_FIELDS, plan_id))

    def save_crisis_plan(self, record: CrisisPlan, audit: AuditEntry) -> None:
        values = (
            record.warning_signs,
            record.what_helps,
            record.day_contact,
            record.day_phone,
            record.night_contact,
            record.night_phone,
            record.how_to_meet,
            record.risk_notes,
            _date_text(record.updated_on),
            record.updated_by,
        )
        self._write("crisis_plan", _PLAN_FIELDS, record.plan_id, values, audit)

    def bed(self, plan_id: PlanId) -> UserBed:
        return _bed(plan_id, self._row("crisis_bed", _BED_FIELDS, plan_id))

    def save_bed(self, bed: UserBed, audit: AuditEntry) -> None:
        values = (
            int(bed.has_contract),
            bed.institution,
            _date_text(bed.contract_from),
            _date_text(bed.contract_to),
            bed.max_days_per_stay,
            bed.min_days_between,
            bed.how_to_ask,
        )
        self._write("crisis_bed", _BED_FIELDS, bed.plan_id, values, audit)

    def return_agreement(self, plan_id: PlanId) -> ReturnAgreement:
        return _return_agreement(plan_id, self._row("crisis_return", _RETURN_FIELDS, plan_id))

    def save_return_agreement(self, agreement: ReturnAgreement, audit: AuditEntry) -> None:
        values = (agreement.text, _date_text(agreement.agreed_on), agreement.agreed_with)
        self._write("crisis_return", _RETURN_FIELDS, agreement.plan_id, values, audit)

    def procedure(self, plan_id: PlanId) -> UnplannedProcedure:
        return _procedure(plan_id, self._row("crisis_procedure", _PROCEDURE_FIELDS, plan_id))

    def save_procedure(self, procedure: UnplannedProcedure, audit: AuditEntry) -> None:
        values = (
            procedure.notify,
            procedure.notify_phone,
            procedure.told_by,
            procedure.also_do,
            _date_text(procedure.recorded_on),
            procedure.recorded_by,
            _date_text(procedure.followed_on),
            procedure.followed_by,
            procedure.followed_note,
        )
        self._write("crisis_procedure", _PROCEDURE_FIELDS, procedure.plan_id, values, audit)

    # Helpers --------------------------------------------------------------

    def _row(self, table: str, fields: str, plan_id: PlanId) -> sqlite3.Row | None:
        # Table and field names are this module's constants, never input.
        row: sqlite3.Row | None = self._conn.execute(
            f"SELECT {fields} FROM {table} WHERE plan_id = ?", (plan_id,)
        ).fetchone()
        return row

    def _write(
        self, table: str, fields: str, plan_id: PlanId, values: tuple[object, ...], audit: AuditEntry
    ) -> None:
        """The plan's one row of `table`, replaced whole, with the plan's version bump and audit row."""
        self._plans.plan(plan_id)  # a missing plan is NotFoundError, not a foreign-key failure
        marks = ", ".join("?" for _ in values)
        with transaction(self._conn) as conn:
            conn.execute(
                f"INSERT OR REPLACE INTO {table} (plan_id, {fields}) VALUES (?, {marks})", (plan_id, *values)
            )
            touch_plan(conn, plan_id, audit, self._clock())
