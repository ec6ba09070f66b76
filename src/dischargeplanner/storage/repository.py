"""Rows <-> domain dataclasses; implements the services' PlanStore protocol.

Every write runs in one transaction together with its audit row, and bumps the
plan's version so a stale editor can be detected (ConflictError).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection
from datetime import UTC, date, datetime

from dischargeplanner.domain.model import (
    Action,
    ActionId,
    ActionStatus,
    AreaKey,
    AreaStatus,
    AuditEntry,
    BrukerPlanArea,
    Catalogue,
    ChecklistItem,
    DischargeKind,
    DueEntry,
    ItemId,
    ItemState,
    Patient,
    Plan,
    PlanDetail,
    PlanDraft,
    PlanId,
    PlanStatus,
    PlanSummary,
    Responsible,
    TimingRule,
    TrafficLight,
)
from dischargeplanner.domain.services import ConflictError, NotFoundError
from dischargeplanner.storage.audit import claim_plan, touch_plan, watch_plan, write_audit
from dischargeplanner.storage.db import row_class, snapshot, transaction
from dischargeplanner.storage.summaries import SummaryReader, due_entries, parse_date


def _datetime(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


_PLAN_COLUMNS = (
    "plan_id, patient_name, fodselsnummer, birth_date, kommune_number, ward, responsible_staff, "
    "admission, planned_discharge, status, catalogue_id, catalogue_version, version, created_at, created_by, "
    "actual_discharge, discharge_kind"
)
_ITEM_COLUMNS = (
    "item_id, plan_id, key, area, text, help, timing, required, brukerplan, state, not_applicable_reason, "
    "responsible, responsible_name, note, changed_by, changed_at, position"
)
_AREA_COLUMNS = (
    "plan_id, area, title, admission_light, admission_reason, current_light, current_reason, goal, "
    "discharge_light, discharge_reason"
)
_ACTION_COLUMNS = "action_id, plan_id, area, what, responsible, responsible_name, deadline, status"


def due_text(timing: str, admission: str, planned_discharge: str | None) -> str | None:
    """An item's due date as stored: the timing rule applied to the plan's dates."""
    due = TimingRule.decode(timing).due_date(
        date.fromisoformat(admission), date.fromisoformat(planned_discharge) if planned_discharge else None
    )
    return due.isoformat() if due else None


def _plan(row: sqlite3.Row) -> Plan:
    return Plan(
        plan_id=PlanId(row["plan_id"]),
        patient=Patient(row["patient_name"], row["fodselsnummer"], parse_date(row["birth_date"])),
        kommune_number=row["kommune_number"],
        ward=row["ward"],
        responsible_staff=row["responsible_staff"],
        admission=date.fromisoformat(row["admission"]),
        planned_discharge=parse_date(row["planned_discharge"]),
        status=PlanStatus(row["status"]),
        catalogue_id=row["catalogue_id"],
        catalogue_version=row["catalogue_version"],
        version=row["version"],
        created_at=datetime.fromisoformat(row["created_at"]),
        created_by=row["created_by"],
        actual_discharge=parse_date(row["actual_discharge"]),
        discharge_kind=DischargeKind(row["discharge_kind"]) if row["discharge_kind"] else None,
    )


def _item(row: sqlite3.Row) -> ChecklistItem:
    return ChecklistItem(
        item_id=ItemId(row["item_id"]),
        plan_id=PlanId(row["plan_id"]),
        key=row["key"],
        area=AreaKey(row["area"]),
        text=row["text"],
        help=row["help"],
        timing=TimingRule.decode(row["timing"]),
        required=bool(row["required"]),
        brukerplan=BrukerPlanArea(row["brukerplan"]),
        state=ItemState(row["state"]),
        not_applicable_reason=row["not_applicable_reason"],
        responsible=Responsible(row["responsible"]),
        responsible_name=row["responsible_name"],
        note=row["note"],
        changed_by=row["changed_by"],
        changed_at=_datetime(row["changed_at"]),
        position=row["position"],
    )


def _area(row: sqlite3.Row) -> AreaStatus:
    return AreaStatus(
        plan_id=PlanId(row["plan_id"]),
        area=AreaKey(row["area"]),
        title=row["title"],
        admission_light=TrafficLight(row["admission_light"]),
        admission_reason=row["admission_reason"],
        current_light=TrafficLight(row["current_light"]),
        current_reason=row["current_reason"],
        goal=row["goal"],
        discharge_light=TrafficLight(row["discharge_light"]),
        discharge_reason=row["discharge_reason"],
    )


def _action(row: sqlite3.Row) -> Action:
    return Action(
        action_id=ActionId(row["action_id"]),
        plan_id=PlanId(row["plan_id"]),
        area=AreaKey(row["area"]),
        what=row["what"],
        responsible=Responsible(row["responsible"]),
        responsible_name=row["responsible_name"],
        deadline=parse_date(row["deadline"]),
        status=ActionStatus(row["status"]),
    )


class SqlitePlanStore:
    """PlanStore over one SQLite connection (opened by storage.db.open_database)."""

    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], datetime] | None = None) -> None:
        conn.row_factory = row_class(conn)
        self._conn = conn
        self._clock = clock or (lambda: datetime.now(UTC))
        self._summaries = SummaryReader(conn)

    # Reads ---------------------------------------------------------------

    def list_plans(self, statuses: Collection[PlanStatus], today: date) -> list[PlanSummary]:
        return self._summaries.list_plans(statuses, today)

    def due_entries(self, until: date) -> list[DueEntry]:
        return due_entries(self._conn, until)

    def plan(self, plan_id: PlanId) -> Plan:
        sql = f"SELECT {_PLAN_COLUMNS} FROM plan WHERE plan_id = ?"
        return _plan(fetch_one(self._conn, sql, (plan_id,), f"plan {plan_id}"))

    def plan_detail(self, plan_id: PlanId) -> PlanDetail:
        """The plan whole, read in one snapshot: its version is the version of everything returned."""
        with snapshot(self._conn) as conn:
            plan = self.plan(plan_id)
            areas = conn.execute(
                f"SELECT {_AREA_COLUMNS} FROM area_status WHERE plan_id = ? ORDER BY position", (plan_id,)
            ).fetchall()
            items = conn.execute(
                f"SELECT {_ITEM_COLUMNS} FROM checklist_item WHERE plan_id = ? ORDER BY position", (plan_id,)
            ).fetchall()
            actions = conn.execute(
                f"SELECT {_ACTION_COLUMNS} FROM agreed_action WHERE plan_id = ? ORDER BY action_id",
                (plan_id,),
            ).fetchall()
        return PlanDetail(
            plan=plan,
            areas=tuple(_area(row) for row in areas),
            items=tuple(_item(row) for row in items),
            actions=tuple(_action(row) for row in actions),
        )

    def watch(self, plan_id: PlanId, version: int | None) -> None:
        watch_plan(self._conn, plan_id, version)

    def item(self, item_id: ItemId) -> ChecklistItem:
        sql = f"SELECT {_ITEM_COLUMNS} FROM checklist_item WHERE item_id = ?"
        return _item(fetch_one(self._conn, sql, (item_id,), f"item {item_id}"))

    def area(self, plan_id: PlanId, area: AreaKey) -> AreaStatus:
        sql = f"SELECT {_AREA_COLUMNS} FROM area_status WHERE plan_id = ? AND area = ?"
        return _area(fetch_one(self._conn, sql, (plan_id, str(area)), f"area {area} of plan {plan_id}"))

    def action(self, action_id: ActionId) -> Action:
        sql = f"SELECT {_ACTION_COLUMNS} FROM agreed_action WHERE action_id = ?"
        return _action(fetch_one(self._conn, sql, (action_id,), f"action {action_id}"))

    # Writes --------------------------------------------------------------

    def create_plan(
        self, draft: PlanDraft, catalogue: Catalogue, created_at: datetime, audit: AuditEntry
    ) -> PlanId:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                """
                INSERT INTO plan (patient_name, fodselsnummer, birth_date, kommune_number, ward,
                    responsible_staff, admission, planned_discharge, catalogue_id, catalogue_version,
                    created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                (
                    draft.patient.name,
                    draft.patient.fodselsnummer,
                    _iso(draft.patient.birth_date),
                    draft.kommune_number,
                    draft.ward,
                    draft.responsible_staff,
                    _iso(draft.admission),
                    _iso(draft.planned_discharge),
                    catalogue.catalogue_id,
                    catalogue.version,
                    _iso(created_at),
                    audit.user,
                ),
            )
            plan_id = PlanId(cursor.lastrowid or 0)
            conn.executemany(
                "INSERT INTO area_status (plan_id, area, title, position) VALUES (?, ?, ?, ?)",
                [(plan_id, str(area.key), area.title, pos) for pos, area in enumerate(catalogue.areas)],
            )
            conn.executemany(
                """
                INSERT INTO checklist_item (plan_id, key, area, text, help, timing, required, brukerplan,
                    responsible, position, due)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    (
                        plan_id,
                        item.key,
                        str(item.area),
                        item.text,
                        item.help,
                        item.timing.encode(),
                        int(item.required),
                        str(item.brukerplan),
                        str(item.default_responsible),
                        position,
                        _iso(item.timing.due_date(draft.admission, draft.planned_discharge)),
                    )
                    for position, item in enumerate(catalogue.items)
                ],
            )
            write_audit(conn, AuditEntry(audit.user, audit.action, plan_id, audit.detail), self._clock())
        return plan_id

    def save_plan(self, plan: Plan, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            self._update_plan(conn, plan)
            write_audit(conn, audit, self._clock())

    def discharge(self, plan: Plan, areas: Collection[AreaStatus], audit: AuditEntry) -> None:
        """The plan's end and every area's status at discharge, in one transaction."""
        with transaction(self._conn) as conn:
            for area in areas:
                self._update_area(area)
            self._update_plan(conn, plan)
            write_audit(conn, audit, self._clock())

    def _update_plan(self, conn: sqlite3.Connection, plan: Plan) -> None:
        cursor = conn.execute(
            """
                UPDATE plan SET patient_name = ?, fodselsnummer = ?, birth_date = ?, kommune_number = ?,
                    ward = ?, responsible_staff = ?, admission = ?, planned_discharge = ?, status = ?,
                    actual_discharge = ?, discharge_kind = ?
                WHERE plan_id = ? AND version = ?
                """,
            (
                plan.patient.name,
                plan.patient.fodselsnummer,
                _iso(plan.patient.birth_date),
                plan.kommune_number,
                plan.ward,
                plan.responsible_staff,
                _iso(plan.admission),
                _iso(plan.planned_discharge),
                str(plan.status),
                _iso(plan.actual_discharge),
                str(plan.discharge_kind) if plan.discharge_kind else None,
                plan.plan_id,
                plan.version,
            ),
        )
        if cursor.rowcount != 1:
            raise ConflictError(f"plan {plan.plan_id} changed since version {plan.version}", plan.plan_id)
        claim_plan(conn, plan.plan_id)
        self._move_due_dates(conn, plan)

    def save_item(self, item: ChecklistItem, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            expect_row(
                conn.execute(
                    """
                    UPDATE checklist_item SET state = ?, not_applicable_reason = ?, responsible = ?,
                        responsible_name = ?, note = ?, changed_by = ?, changed_at = ?
                    WHERE item_id = ?
                    """,
                    (
                        str(item.state),
                        item.not_applicable_reason,
                        str(item.responsible),
                        item.responsible_name,
                        item.note,
                        item.changed_by,
                        _iso(item.changed_at),
                        item.item_id,
                    ),
                ),
                f"item {item.item_id}",
            )
            self._touch(conn, item.plan_id, audit)

    def save_area(self, area: AreaStatus, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            self._update_area(area)
            self._touch(conn, area.plan_id, audit)

    def _update_area(self, area: AreaStatus) -> None:
        expect_row(
            self._conn.execute(
                """
                UPDATE area_status SET admission_light = ?, admission_reason = ?, current_light = ?,
                    current_reason = ?, goal = ?, discharge_light = ?, discharge_reason = ?
                WHERE plan_id = ? AND area = ?
                """,
                (
                    str(area.admission_light),
                    area.admission_reason,
                    str(area.current_light),
                    area.current_reason,
                    area.goal,
                    str(area.discharge_light),
                    area.discharge_reason,
                    area.plan_id,
                    str(area.area),
                ),
            ),
            f"area {area.area} of plan {area.plan_id}",
        )

    def add_action(self, action: Action, audit: AuditEntry) -> ActionId:
        return self._insert_action(action, audit, keep_id=False)

    def restore_action(self, action: Action, audit: AuditEntry) -> None:
        """Put a removed action back under its old id (undo), so later undo steps still match."""
        self._insert_action(action, audit, keep_id=True)

    def _insert_action(self, action: Action, audit: AuditEntry, *, keep_id: bool) -> ActionId:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                """
                INSERT INTO agreed_action
                    (action_id, plan_id, area, what, responsible, responsible_name, deadline, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                (
                    action.action_id if keep_id else None,
                    action.plan_id,
                    str(action.area),
                    action.what,
                    str(action.responsible),
                    action.responsible_name,
                    _iso(action.deadline),
                    str(action.status),
                ),
            )
            self._touch(conn, action.plan_id, audit)
        return ActionId(cursor.lastrowid or 0)

    def save_action(self, action: Action, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            expect_row(
                conn.execute(
                    """
                    UPDATE agreed_action SET what = ?, responsible = ?, responsible_name = ?, deadline = ?,
                        status = ?
                    WHERE action_id = ?
                    """,
                    (
                        action.what,
                        str(action.responsible),
                        action.responsible_name,
                        _iso(action.deadline),
                        str(action.status),
                        action.action_id,
                    ),
                ),
                f"action {action.action_id}",
            )
            self._touch(conn, action.plan_id, audit)

    def remove_action(self, action: Action, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            expect_row(
                conn.execute("DELETE FROM agreed_action WHERE action_id = ?", (action.action_id,)),
                f"action {action.action_id}",
            )
            self._touch(conn, action.plan_id, audit)

    # Helpers -------------------------------------------------------------

    def _move_due_dates(self, conn: sqlite3.Connection, plan: Plan) -> None:
        """Due dates follow the plan's dates: stored, so overdue items can be counted in SQL."""
        admission, planned = _iso(plan.admission), _iso(plan.planned_discharge)
        assert admission is not None
        rows = conn.execute(
            "SELECT item_id, timing, due FROM checklist_item WHERE plan_id = ?", (plan.plan_id,)
        ).fetchall()
        moved = []
        for row in rows:
            due = due_text(row["timing"], admission, planned)
            if due != row["due"]:
                moved.append((due, row["item_id"]))
        conn.executemany("UPDATE checklist_item SET due = ? WHERE item_id = ?", moved)

    def _touch(self, conn: sqlite3.Connection, plan_id: PlanId, audit: AuditEntry) -> None:
        touch_plan(conn, plan_id, audit, self._clock())


def fetch_one(conn: sqlite3.Connection, sql: str, params: tuple[object, ...], what: str) -> sqlite3.Row:
    """The one row `sql` selects, or NotFoundError naming `what` (removed meanwhile, or a wrong id)."""
    row: sqlite3.Row | None = conn.execute(sql, params).fetchone()
    if row is None:
        raise NotFoundError(what)
    return row


def expect_row(cursor: sqlite3.Cursor, what: str) -> None:
    """An UPDATE or DELETE of one record must have found it."""
    if cursor.rowcount != 1:
        raise NotFoundError(what)
