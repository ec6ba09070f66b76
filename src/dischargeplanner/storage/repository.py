"""Rows <-> domain dataclasses; implements the services' PlanStore protocol.

Every write runs in one transaction together with its audit row, and bumps the
plan's version so a stale editor can be detected (ConflictError).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Mapping
from datetime import UTC, date, datetime
from functools import cache

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
    DueKind,
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
from dischargeplanner.domain.text import sort_key
from dischargeplanner.storage.audit import write_audit
from dischargeplanner.storage.db import transaction


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


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
_OPEN_ITEM = "i.state IN ('not_started', 'in_progress')"
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
        patient=Patient(row["patient_name"], row["fodselsnummer"], _date(row["birth_date"])),
        kommune_number=row["kommune_number"],
        ward=row["ward"],
        responsible_staff=row["responsible_staff"],
        admission=date.fromisoformat(row["admission"]),
        planned_discharge=_date(row["planned_discharge"]),
        status=PlanStatus(row["status"]),
        catalogue_id=row["catalogue_id"],
        catalogue_version=row["catalogue_version"],
        version=row["version"],
        created_at=datetime.fromisoformat(row["created_at"]),
        created_by=row["created_by"],
        actual_discharge=_date(row["actual_discharge"]),
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
        deadline=_date(row["deadline"]),
        status=ActionStatus(row["status"]),
    )


_LIGHTS = {str(light): light for light in TrafficLight}
_STATUSES = {str(status): status for status in PlanStatus}
_AREAS = {str(area): area for area in AreaKey}
_AREA_ORDER = {area: position for position, area in enumerate(AreaKey)}


@cache
def _parse_lights(text: str) -> tuple[tuple[AreaKey, TrafficLight], ...]:
    """'housing=green,…' -> pairs in area order; few distinct strings, so memoised."""
    pairs = [part.split("=", 1) for part in text.split(",") if part]
    return tuple(
        sorted(((_AREAS[area], _LIGHTS[light]) for area, light in pairs), key=lambda p: _AREA_ORDER[p[0]])
    )


def _summary(row: sqlite3.Row) -> PlanSummary:
    next_due, _, next_text = (row["next_due"] or "").partition("\x1f")
    return PlanSummary(
        plan_id=PlanId(row["plan_id"]),
        patient_name=row["patient_name"],
        fodselsnummer=row["fodselsnummer"],
        kommune_number=row["kommune_number"],
        responsible_staff=row["responsible_staff"],
        admission=date.fromisoformat(row["admission"]),
        planned_discharge=_date(row["planned_discharge"]),
        status=_STATUSES[row["status"]],
        area_lights=_parse_lights(row["lights"] or ""),
        overdue=row["overdue"] or 0,
        next_due=_date(next_due),
        next_due_text=next_text,
        actual_discharge=_date(row["actual_discharge"]),
    )


def _listing_order(summary: PlanSummary) -> tuple[bool, date, str]:
    planned = summary.planned_discharge
    return (planned is None, planned or date.min, sort_key(summary.patient_name))


class SqlitePlanStore:
    """PlanStore over one SQLite connection (opened by storage.db.open_database)."""

    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], datetime] | None = None) -> None:
        conn.row_factory = sqlite3.Row
        self._conn = conn
        self._clock = clock or (lambda: datetime.now(UTC))
        # Summaries of ended plans by id, with the version they were read at. Ended plans
        # change rarely and every write bumps the version, so "All" with 10,000 plans
        # reads only (id, version) pairs after the first time.
        self._ended: dict[PlanId, tuple[int, PlanSummary]] = {}

    # Reads ---------------------------------------------------------------

    def list_plans(self, statuses: Collection[PlanStatus], today: date) -> list[PlanSummary]:
        summaries: list[PlanSummary] = []
        if PlanStatus.ACTIVE in statuses:
            summaries += self._read_summaries("p.status = 'active'", {}, today)
        ended: list[PlanStatus] = [status for status in statuses if status is not PlanStatus.ACTIVE]
        if ended:
            summaries += self._ended_summaries(ended, today)
        summaries.sort(key=_listing_order)
        return summaries

    def _ended_summaries(self, statuses: list[PlanStatus], today: date) -> list[PlanSummary]:
        marks = ",".join(f":s{n}" for n in range(len(statuses)))
        params = {f"s{n}": str(status) for n, status in enumerate(statuses)}
        versions = self._conn.execute(
            f"SELECT plan_id, version FROM plan WHERE status IN ({marks})", params
        ).fetchall()
        stale = [plan_id for plan_id, version in versions if self._ended.get(plan_id, (None,))[0] != version]
        if len(stale) > 500:
            fresh = self._read_summaries(f"p.status IN ({marks})", params, today)
        else:
            fresh = []
            for start in range(0, len(stale), 500):
                chunk = stale[start : start + 500]
                ids = {f"i{n}": plan_id for n, plan_id in enumerate(chunk)}
                fresh += self._read_summaries(f"p.plan_id IN ({','.join(':' + k for k in ids)})", ids, today)
        current = dict(versions)
        for summary in fresh:
            if summary.plan_id in current:
                self._ended[summary.plan_id] = (current[summary.plan_id], summary)
        return [self._ended[PlanId(plan_id)][1] for plan_id, _version in versions]

    def _read_summaries(self, where: str, params: Mapping[str, object], today: date) -> list[PlanSummary]:
        # Correlated subqueries use the (plan_id, state, due) indexes; overdue counts and the
        # next date are read for active plans only (CASE is lazy), so 10,000 ended plans cost
        # little more than their rows.
        rows = self._conn.execute(
            f"""
            SELECT p.plan_id, p.patient_name, p.fodselsnummer, p.kommune_number, p.responsible_staff,
                   p.admission, p.planned_discharge, p.status, p.actual_discharge,
                   (SELECT group_concat(a.area || '=' ||
                        CASE WHEN p.status = 'active' THEN a.current_light ELSE a.discharge_light END)
                    FROM area_status a WHERE a.plan_id = p.plan_id) AS lights,
                   CASE WHEN p.status = 'active' THEN
                       (SELECT COUNT(*) FROM checklist_item i
                        WHERE i.plan_id = p.plan_id AND {_OPEN_ITEM} AND i.due < :today)
                       + (SELECT COUNT(*) FROM agreed_action a
                          WHERE a.plan_id = p.plan_id AND a.status = 'open' AND a.deadline < :today)
                   END AS overdue,
                   CASE WHEN p.status = 'active' THEN
                       (SELECT due || char(31) || text FROM (
                            SELECT i.due AS due, i.text AS text, 1 - i.required AS optional,
                                   i.position AS position
                            FROM checklist_item i
                            WHERE i.plan_id = p.plan_id AND {_OPEN_ITEM} AND i.due IS NOT NULL
                            UNION ALL
                            SELECT a.deadline, a.what, 0, 1000000 + a.action_id
                            FROM agreed_action a
                            WHERE a.plan_id = p.plan_id AND a.status = 'open' AND a.deadline IS NOT NULL
                        ) ORDER BY due, optional, position LIMIT 1)
                   END AS next_due
            FROM plan p
            WHERE {where}
            """,
            {"today": today.isoformat(), **params},
        ).fetchall()
        return [_summary(row) for row in rows]

    def due_entries(self, until: date) -> list[DueEntry]:
        """Open items and actions of active plans due on or before `until`, by patient, then date."""
        rows = self._conn.execute(
            f"""
            SELECT p.plan_id, p.patient_name, p.responsible_staff, 'item' AS kind, i.item_id AS ref_id,
                   i.area, s.title, i.text, i.due, i.responsible, i.responsible_name, i.required,
                   i.position
            FROM plan p JOIN checklist_item i ON i.plan_id = p.plan_id
                JOIN area_status s ON s.plan_id = i.plan_id AND s.area = i.area
            WHERE p.status = 'active' AND {_OPEN_ITEM} AND i.due <= :until
            UNION ALL
            SELECT p.plan_id, p.patient_name, p.responsible_staff, 'action', a.action_id,
                   a.area, s.title, a.what, a.deadline, a.responsible, a.responsible_name, 1,
                   1000000 + a.action_id
            FROM plan p JOIN agreed_action a ON a.plan_id = p.plan_id
                JOIN area_status s ON s.plan_id = a.plan_id AND s.area = a.area
            WHERE p.status = 'active' AND a.status = 'open' AND a.deadline <= :until
            ORDER BY 2 COLLATE nb, 1, 9, 13
            """,
            {"until": until.isoformat()},
        ).fetchall()
        return [
            DueEntry(
                plan_id=PlanId(row["plan_id"]),
                patient_name=row["patient_name"],
                responsible_staff=row["responsible_staff"],
                kind=DueKind(row["kind"]),
                ref_id=row["ref_id"],
                area=AreaKey(row["area"]),
                area_title=row["title"],
                text=row["text"],
                due=date.fromisoformat(row["due"]),
                responsible=Responsible(row["responsible"]),
                responsible_name=row["responsible_name"],
                required=bool(row["required"]),
            )
            for row in rows
        ]

    def plan(self, plan_id: PlanId) -> Plan:
        row = self._conn.execute(f"SELECT {_PLAN_COLUMNS} FROM plan WHERE plan_id = ?", (plan_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"plan {plan_id}")
        return _plan(row)

    def plan_detail(self, plan_id: PlanId) -> PlanDetail:
        plan = self.plan(plan_id)
        areas = self._conn.execute(
            f"SELECT {_AREA_COLUMNS} FROM area_status WHERE plan_id = ? ORDER BY position", (plan_id,)
        ).fetchall()
        items = self._conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM checklist_item WHERE plan_id = ? ORDER BY position", (plan_id,)
        ).fetchall()
        actions = self._conn.execute(
            f"SELECT {_ACTION_COLUMNS} FROM agreed_action WHERE plan_id = ? ORDER BY action_id", (plan_id,)
        ).fetchall()
        return PlanDetail(
            plan=plan,
            areas=tuple(_area(row) for row in areas),
            items=tuple(_item(row) for row in items),
            actions=tuple(_action(row) for row in actions),
        )

    def item(self, item_id: ItemId) -> ChecklistItem:
        row = self._conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM checklist_item WHERE item_id = ?", (item_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"item {item_id}")
        return _item(row)

    def area(self, plan_id: PlanId, area: AreaKey) -> AreaStatus:
        row = self._conn.execute(
            f"SELECT {_AREA_COLUMNS} FROM area_status WHERE plan_id = ? AND area = ?", (plan_id, str(area))
        ).fetchone()
        if row is None:
            raise NotFoundError(f"area {area} of plan {plan_id}")
        return _area(row)

    def action(self, action_id: ActionId) -> Action:
        row = self._conn.execute(
            f"SELECT {_ACTION_COLUMNS} FROM agreed_action WHERE action_id = ?", (action_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"action {action_id}")
        return _action(row)

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
                    actual_discharge = ?, discharge_kind = ?, version = version + 1
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
            raise ConflictError(f"plan {plan.plan_id} changed since version {plan.version}")
        self._move_due_dates(conn, plan)

    def save_item(self, item: ChecklistItem, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            self._expect_row(
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
        self._expect_row(
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
            self._expect_row(
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
            self._expect_row(
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
        """Bump the plan's version (others see it changed) and write the audit row."""
        conn.execute("UPDATE plan SET version = version + 1 WHERE plan_id = ?", (plan_id,))
        write_audit(conn, audit, self._clock())

    @staticmethod
    def _expect_row(cursor: sqlite3.Cursor, what: str) -> None:
        if cursor.rowcount != 1:
            raise NotFoundError(what)
