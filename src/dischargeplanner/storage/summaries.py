"""What the ward overview and "Denne uken" read: one summary row per plan, due items.

Overdue counts and the next date are read for active plans only (CASE is lazy),
through the (plan_id, state, due) indexes; a discharged plan has only its follow-up
call, due by a rule computed here in SQL. Ended plans change rarely and every
write bumps a plan's version, so their summaries are kept by (id, version): with
10,000 plans, "All" reads one fingerprint row when nothing ended has changed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Mapping
from datetime import date
from functools import cache

from dischargeplanner.domain.follow_up_call import (
    CALL_AFTER_DISCHARGE,
    CALL_TEXT,
    MAX_ATTEMPTS,
    RETRY_AFTER,
)
from dischargeplanner.domain.model import (
    AreaKey,
    DueEntry,
    DueKind,
    PlanId,
    PlanStatus,
    PlanSummary,
    Responsible,
    TrafficLight,
)
from dischargeplanner.domain.selfhelp_model import FOLLOW_UP_TEXT

_OPEN_ITEM = "i.state IN ('not_started', 'in_progress')"

# When the follow-up call of plan `p` is due: domain.follow_up_call.call_due, in SQL. NULL unless
# discharged, and once the patient was reached or after MAX_ATTEMPTS attempts. Attempts before
# the discharge belong to an earlier stay (the plan was reopened) and do not count.
_CALL_DUE = """
    CASE WHEN p.status = 'discharged' AND p.actual_discharge IS NOT NULL THEN
        (SELECT CASE WHEN COUNT(*) = 0 THEN date(p.actual_discharge, :call_after)
                     WHEN MAX(c.reached) = 0 AND COUNT(*) < :call_attempts
                         THEN date(MAX(c.day), :call_retry)
                END
         FROM follow_up_call c WHERE c.plan_id = p.plan_id AND c.day >= p.actual_discharge)
    END
"""
_CALL_PARAMS: dict[str, object] = {
    "call_after": f"+{CALL_AFTER_DISCHARGE.days} days",
    "call_retry": f"+{RETRY_AFTER.days} days",
    "call_attempts": MAX_ATTEMPTS,
}
# The call's area where a (ward's own) catalogue has no coordination area.
_COORDINATION_TITLE = "Samarbeid med kommunen"


def parse_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


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
    # An item and an action on the same day: the checklist item is named (then the action,
    # then the self-help follow-up).
    item_due, action_due, follow_up = row["item_due"], row["action_due"], row["follow_up_due"]
    if action_due is not None and (item_due is None or action_due < item_due):
        next_due, next_text = action_due, row["action_text"]
    else:
        next_due, next_text = item_due, row["item_text"] or ""
    if follow_up is not None and (next_due is None or follow_up < next_due):
        next_due, next_text = follow_up, FOLLOW_UP_TEXT
    call_due = row["call_due"]  # a discharged plan's only date
    if call_due is not None and (next_due is None or call_due < next_due):
        next_due, next_text = call_due, CALL_TEXT
    return PlanSummary(
        plan_id=PlanId(row["plan_id"]),
        patient_name=row["patient_name"],
        fodselsnummer=row["fodselsnummer"],
        kommune_number=row["kommune_number"],
        responsible_staff=row["responsible_staff"],
        admission=date.fromisoformat(row["admission"]),
        planned_discharge=parse_date(row["planned_discharge"]),
        status=_STATUSES[row["status"]],
        area_lights=_parse_lights(row["lights"] or ""),
        overdue=(row["overdue"] or 0) + row["call_overdue"],
        next_due=parse_date(next_due),
        next_due_text=next_text,
        actual_discharge=parse_date(row["actual_discharge"]),
    )


class SummaryReader:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        # Per ended plan: the version and the day its summary was read, and the summary.
        self._ended: dict[PlanId, tuple[int, date, PlanSummary]] = {}
        self._ended_list: tuple[object, list[PlanSummary]] | None = None

    def list_plans(self, statuses: Collection[PlanStatus], today: date) -> list[PlanSummary]:
        summaries: list[PlanSummary] = []  # a new list: callers may keep or sort it
        if PlanStatus.ACTIVE in statuses:
            summaries += self._read("p.status = 'active'", {}, today)
        ended: list[PlanStatus] = [status for status in statuses if status is not PlanStatus.ACTIVE]
        if ended:
            summaries += self._ended_summaries(ended, today)
        # No ORDER BY: the overview sorts (and re-sorts on every header click) itself.
        return summaries

    def _ended_summaries(self, statuses: list[PlanStatus], today: date) -> list[PlanSummary]:
        marks = ",".join(f":s{n}" for n in range(len(statuses)))
        params = {f"s{n}": str(status) for n, status in enumerate(statuses)}
        # Versions only grow, so any change to, into or out of this set changes the fingerprint.
        fingerprint = tuple(
            self._conn.execute(
                f"SELECT COUNT(*), TOTAL(version), TOTAL(plan_id) FROM plan WHERE status IN ({marks})", params
            ).fetchone()
        )
        key = (tuple(statuses), fingerprint, today)
        if self._ended_list is not None and self._ended_list[0] == key:
            return self._ended_list[1]
        versions = self._conn.execute(
            f"SELECT plan_id, version FROM plan WHERE status IN ({marks})", params
        ).fetchall()
        stale = [plan_id for plan_id, version in versions if not self._fresh(plan_id, version, today)]
        if len(stale) > 500:
            fresh = self._read(f"p.status IN ({marks})", params, today)
        else:
            fresh = []
            for start in range(0, len(stale), 500):
                chunk = stale[start : start + 500]
                ids = {f"i{n}": plan_id for n, plan_id in enumerate(chunk)}
                fresh += self._read(f"p.plan_id IN ({','.join(':' + k for k in ids)})", ids, today)
        current = dict(versions)
        for summary in fresh:
            if summary.plan_id in current:
                self._ended[summary.plan_id] = (current[summary.plan_id], today, summary)
        result = [self._ended[PlanId(plan_id)][2] for plan_id, _version in versions]
        self._ended_list = (key, result)
        return result

    def _fresh(self, plan_id: PlanId, version: int, today: date) -> bool:
        """Whether the kept summary still holds: same version, and an open call not overdue since."""
        kept = self._ended.get(plan_id)
        if kept is None or kept[0] != version:
            return False
        _version, read_on, summary = kept
        due = summary.next_due  # of an ended plan: its follow-up call, turning overdue by the date alone
        return due is None or (due < today) == (due < read_on)

    def _read(self, where: str, params: Mapping[str, object], today: date) -> list[PlanSummary]:
        # Correlated subqueries use the (plan_id, state, due) indexes; overdue counts and the
        # next date are read for active plans only (CASE is lazy), so 10,000 ended plans cost
        # little more than their rows.
        # The next date first (MIN over the covering index), then only that row's text:
        # sorting every open item per plan for its text cost 5x more at 1,000 active plans.
        rows = self._conn.execute(
            f"""
            SELECT m.*,
                   (SELECT i.text FROM checklist_item i
                    WHERE i.plan_id = m.plan_id AND {_OPEN_ITEM} AND i.due = m.item_due
                    ORDER BY i.required DESC, i.position LIMIT 1) AS item_text,
                   (SELECT a.what FROM agreed_action a
                    WHERE a.plan_id = m.plan_id AND a.status = 'open' AND a.deadline = m.action_due
                    ORDER BY a.action_id LIMIT 1) AS action_text,
                   CASE WHEN m.call_due < :today THEN 1 ELSE 0 END AS call_overdue
            FROM (
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
                       + (SELECT COUNT(*) FROM selfhelp_introduction h
                          WHERE h.plan_id = p.plan_id AND h.follow_up_due < :today)
                   END AS overdue,
                   CASE WHEN p.status = 'active' THEN
                       (SELECT MIN(i.due) FROM checklist_item i
                        WHERE i.plan_id = p.plan_id AND {_OPEN_ITEM} AND i.due IS NOT NULL)
                   END AS item_due,
                   CASE WHEN p.status = 'active' THEN
                       (SELECT MIN(a.deadline) FROM agreed_action a
                        WHERE a.plan_id = p.plan_id AND a.status = 'open' AND a.deadline IS NOT NULL)
                   END AS action_due,
                   CASE WHEN p.status = 'active' THEN
                       (SELECT h.follow_up_due FROM selfhelp_introduction h WHERE h.plan_id = p.plan_id)
                   END AS follow_up_due,
                   {_CALL_DUE} AS call_due
            FROM plan p
            WHERE {where}
            ) AS m
            """,
            {"today": today.isoformat(), **_CALL_PARAMS, **params},
        ).fetchall()
        return [_summary(row) for row in rows]


def due_entries(conn: sqlite3.Connection, until: date) -> list[DueEntry]:
    """Open items, actions and self-help follow-ups of active plans, and the follow-up calls of
    discharged plans, due by `until`; by patient, then date."""
    rows = conn.execute(
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
            UNION ALL
            SELECT p.plan_id, p.patient_name, p.responsible_staff, 'selfhelp', p.plan_id,
                   s.area, s.title, :follow_up_text, h.follow_up_due, 'ward', '', 1, 2000000
            FROM plan p JOIN selfhelp_introduction h ON h.plan_id = p.plan_id
                JOIN area_status s ON s.plan_id = p.plan_id AND s.area = 'self_help'
            WHERE p.status = 'active' AND h.follow_up_due <= :until
            UNION ALL
            SELECT p.plan_id, p.patient_name, p.responsible_staff, 'call', p.plan_id,
                   'coordination', COALESCE(s.title, :coordination), :call_text, p.call_due, 'ward', '', 1,
                   3000000
            FROM (SELECT p.plan_id, p.patient_name, p.responsible_staff, {_CALL_DUE} AS call_due
                  FROM plan p WHERE p.status = 'discharged') AS p
                LEFT JOIN area_status s ON s.plan_id = p.plan_id AND s.area = 'coordination'
            WHERE p.call_due <= :until
            ORDER BY 2 COLLATE nb, 1, 9, 13
            """,
        {
            "until": until.isoformat(),
            "follow_up_text": FOLLOW_UP_TEXT,
            "call_text": CALL_TEXT,
            "coordination": _COORDINATION_TITLE,
            **_CALL_PARAMS,
        },
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
