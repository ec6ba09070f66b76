"""Use cases: the one way in for every change.

Each call validates, has the store write the change and its audit row in one
transaction, and returns `Changes` so the UI refreshes exactly what changed.
The store is a protocol; storage.repository implements it over SQLite.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from dischargeplanner.domain.errors import ChangeNote as ChangeNote  # noqa: PLC0414 - re-exported
from dischargeplanner.domain.errors import ConflictError as ConflictError  # noqa: PLC0414 - re-exported
from dischargeplanner.domain.errors import Issue as Issue  # noqa: PLC0414 - re-exported
from dischargeplanner.domain.errors import NotFoundError as NotFoundError  # noqa: PLC0414 - re-exported
from dischargeplanner.domain.errors import StorageError as StorageError  # noqa: PLC0414 - re-exported
from dischargeplanner.domain.errors import StorageProblem as StorageProblem  # noqa: PLC0414 - re-exported
from dischargeplanner.domain.errors import UndoConflictError as UndoConflictError  # noqa: PLC0414 - re-exported
from dischargeplanner.domain.errors import ValidationError as ValidationError  # noqa: PLC0414 - re-exported
from dischargeplanner.domain.identity import IdentityProblem, check_fodselsnummer
from dischargeplanner.domain.limits import clean_line, clean_text, out_of_range, too_long
from dischargeplanner.domain.model import (
    Action,
    ActionId,
    ActionStatus,
    AreaKey,
    AreaStatus,
    AuditEntry,
    Catalogue,
    Changes,
    ChecklistItem,
    DischargeKind,
    DueEntry,
    Edit,
    EditKind,
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
    Snapshot,
    TrafficLight,
)
from dischargeplanner.domain.problems import Problem as Problem  # noqa: PLC0414 - re-exported for callers

_IDENTITY_PROBLEMS = {
    IdentityProblem.NOT_DIGITS: Problem.FNR_NOT_DIGITS,
    IdentityProblem.WRONG_LENGTH: Problem.FNR_WRONG_LENGTH,
    IdentityProblem.IMPOSSIBLE_DATE: Problem.FNR_IMPOSSIBLE_DATE,
    IdentityProblem.CHECK_DIGITS: Problem.FNR_CHECK_DIGITS,
}


class AreaMoment(enum.StrEnum):
    ADMISSION = "admission"
    CURRENT = "current"


class PlanStore(Protocol):
    """What the services need from storage."""

    def list_plans(self, statuses: Collection[PlanStatus], today: date) -> list[PlanSummary]: ...
    def due_entries(self, until: date) -> list[DueEntry]: ...
    def plan(self, plan_id: PlanId) -> Plan: ...
    def plan_detail(self, plan_id: PlanId) -> PlanDetail: ...
    def watch(self, plan_id: PlanId, version: int | None) -> None: ...
    def item(self, item_id: ItemId) -> ChecklistItem: ...
    def area(self, plan_id: PlanId, area: AreaKey) -> AreaStatus: ...
    def action(self, action_id: ActionId) -> Action: ...
    def create_plan(
        self, draft: PlanDraft, catalogue: Catalogue, created_at: datetime, audit: AuditEntry
    ) -> PlanId: ...
    def save_plan(self, plan: Plan, audit: AuditEntry) -> None: ...
    def save_item(self, item: ChecklistItem, audit: AuditEntry) -> None: ...
    def save_area(self, area: AreaStatus, audit: AuditEntry) -> None: ...
    def add_action(self, action: Action, audit: AuditEntry) -> ActionId: ...
    def save_action(self, action: Action, audit: AuditEntry) -> None: ...
    def remove_action(self, action: Action, audit: AuditEntry) -> None: ...
    def restore_action(self, action: Action, audit: AuditEntry) -> None: ...
    def discharge(self, plan: Plan, areas: Collection[AreaStatus], audit: AuditEntry) -> None: ...


def utc_now() -> datetime:
    return datetime.now(UTC)


def validate_patient(patient: Patient, today: date) -> list[Issue]:
    """Identity rules shared by the 'Ny plan' dialog (live) and the services."""
    issues: list[Issue] = []
    if not clean_line(patient.name):
        issues.append(Issue("patient_name", Problem.NAME_MISSING))
    issues += too_long(lines={"patient_name": patient.name})
    issues += out_of_range({"birth_date": patient.birth_date})
    check = check_fodselsnummer(patient.fodselsnummer or "")
    if check.problem is not None:
        issues.append(Issue("fodselsnummer", _IDENTITY_PROBLEMS[check.problem]))
    elif patient.birth_date is not None:
        if check.birth_date is not None and check.birth_date != patient.birth_date:
            issues.append(Issue("birth_date", Problem.BIRTH_DATE_MISMATCH))
        elif patient.birth_date > today:
            issues.append(Issue("birth_date", Problem.BIRTH_DATE_IN_FUTURE))
    return issues


def validate_draft(draft: PlanDraft, known_kommuner: Collection[str], today: date) -> list[Issue]:
    issues = validate_patient(draft.patient, today)
    if draft.kommune_number is not None and draft.kommune_number not in known_kommuner:
        issues.append(Issue("kommune_number", Problem.KOMMUNE_UNKNOWN))
    if not clean_line(draft.ward):
        issues.append(Issue("ward", Problem.WARD_MISSING))
    if not clean_line(draft.responsible_staff):
        issues.append(Issue("responsible_staff", Problem.RESPONSIBLE_MISSING))
    issues += too_long(lines={"ward": draft.ward, "responsible_staff": draft.responsible_staff})
    issues += out_of_range({"admission": draft.admission, "planned_discharge": draft.planned_discharge})
    if draft.planned_discharge is not None and draft.planned_discharge < draft.admission:
        issues.append(Issue("planned_discharge", Problem.DISCHARGE_BEFORE_ADMISSION))
    return issues


def normalized_patient(patient: Patient) -> Patient:
    """Number stripped of spaces; birth date taken from the number when there is one."""
    check = check_fodselsnummer(patient.fodselsnummer or "")
    return Patient(
        name=clean_line(patient.name),
        fodselsnummer=check.number,
        birth_date=check.birth_date if check.number else patient.birth_date,
    )


class PlanService:
    """Every read and change of plans goes through here."""

    def __init__(
        self,
        store: PlanStore,
        catalogue: Callable[[], Catalogue],
        known_kommuner: Callable[[], Collection[str]],
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._store = store
        self._catalogue = catalogue
        self._known_kommuner = known_kommuner
        self._clock = clock

    def today(self) -> date:
        return self._clock().astimezone().date()

    # Reads ---------------------------------------------------------------

    def catalogue(self) -> Catalogue:
        """The checklist new plans are made from (raises CatalogueError for a broken ward file)."""
        return self._catalogue()

    def list_plans(self, statuses: Collection[PlanStatus] = (PlanStatus.ACTIVE,)) -> list[PlanSummary]:
        return self._store.list_plans(statuses, self.today())

    def due_soon(self, days: int = 7, responsible: str | None = None) -> list[DueEntry]:
        """Open items and actions of active plans due within `days` or overdue, by patient then date.

        With `responsible`, only plans that person is responsible for, and items
        and actions that name them.
        """
        entries = self._store.due_entries(self.today() + timedelta(days=days))
        if responsible is not None:
            me = responsible.strip().casefold()
            # A blank name is nobody: it must not match the many items that name nobody.
            entries = [
                entry
                for entry in entries
                if me
                and (
                    entry.responsible_staff.strip().casefold() == me
                    or entry.responsible_name.strip().casefold() == me
                )
            ]
        return entries

    def plan_detail(self, plan_id: PlanId) -> PlanDetail:
        return self._store.plan_detail(plan_id)

    def watch(self, plan_id: PlanId, version: int | None = None) -> None:
        """This program shows the plan as it was at `version` (None: as it is now, the user's choice).

        From now on a change to the plan is refused with ConflictError when anyone else changed it after
        that version (another PC, another program on this one): never a silent overwrite.
        """
        self._store.watch(plan_id, version)

    # Plans ---------------------------------------------------------------

    def start_plan(self, draft: PlanDraft, user: str) -> tuple[PlanId, Changes]:
        issues = validate_draft(draft, self._known_kommuner(), self.today())
        if issues:
            raise ValidationError(issues)
        draft = replace(
            draft,
            patient=normalized_patient(draft.patient),
            ward=clean_line(draft.ward),
            responsible_staff=clean_line(draft.responsible_staff),
        )
        catalogue = self._catalogue()
        audit = AuditEntry(user, "plan.create", None, f"{catalogue.catalogue_id} {catalogue.version}")
        plan_id = self._store.create_plan(draft, catalogue, self._clock(), audit)
        return plan_id, Changes(plan_ids=frozenset({plan_id}), plan_list=True)

    def update_plan(
        self,
        plan_id: PlanId,
        patient: Patient,
        kommune_number: str | None,
        ward: str,
        responsible_staff: str,
        admission: date,
        planned_discharge: date | None,
        user: str,
    ) -> Changes:
        """Edit identity and stay; due dates follow the dates since they are derived."""
        plan = self._active_plan(plan_id)
        draft = PlanDraft(patient, kommune_number, ward, responsible_staff, admission, planned_discharge)
        issues = validate_draft(draft, self._known_kommuner(), self.today())
        if issues:
            raise ValidationError(issues)
        changed = replace(
            plan,
            patient=normalized_patient(patient),
            kommune_number=kommune_number,
            ward=clean_line(ward),
            responsible_staff=clean_line(responsible_staff),
            admission=admission,
            planned_discharge=planned_discharge,
        )
        self._store.save_plan(changed, AuditEntry(user, "plan.update", plan_id, _diff(plan, changed)))
        edit = Edit(EditKind.PLAN, plan_id, None, plan, replace(changed, version=plan.version + 1))
        return Changes(plan_ids=frozenset({plan_id}), areas=frozenset(AreaKey), plan_list=True, edit=edit)

    def set_planned_discharge(self, plan_id: PlanId, planned_discharge: date | None, user: str) -> Changes:
        plan = self._active_plan(plan_id)
        return self.update_plan(
            plan_id,
            plan.patient,
            plan.kommune_number,
            plan.ward,
            plan.responsible_staff,
            plan.admission,
            planned_discharge,
            user,
        )

    def set_status(self, plan_id: PlanId, status: PlanStatus, user: str) -> Changes:
        """Move a plan between states without the discharge details (archiving, imports)."""
        plan = self._store.plan(plan_id)
        if plan.status is status:
            return Changes()
        detail = f"{plan.status} -> {status}"
        self._store.save_plan(replace(plan, status=status), AuditEntry(user, "plan.status", plan_id, detail))
        return Changes(plan_ids=frozenset({plan_id}), plan_list=True)

    def discharge_plan(
        self,
        plan_id: PlanId,
        actual_discharge: date,
        kind: DischargeKind,
        area_status: Mapping[AreaKey, tuple[TrafficLight, str]],
        user: str,
    ) -> Changes:
        """Record the end of the stay and each area's status then; the plan becomes read-only."""
        plan = self._active_plan(plan_id)
        if actual_discharge < plan.admission:
            raise ValidationError([Issue("actual_discharge", Problem.DISCHARGE_DATE_BEFORE_ADMISSION)])
        if actual_discharge > self.today():
            raise ValidationError([Issue("actual_discharge", Problem.DISCHARGE_DATE_IN_FUTURE)])
        if issues := too_long(texts={f"reason.{area}": reason for area, (_, reason) in area_status.items()}):
            raise ValidationError(issues)
        areas = [
            replace(
                self._store.area(plan_id, area),
                discharge_light=light,
                discharge_reason=clean_text(reason),
            )
            for area, (light, reason) in area_status.items()
        ]
        changed = replace(
            plan, status=PlanStatus.DISCHARGED, actual_discharge=actual_discharge, discharge_kind=kind
        )
        detail = f"{actual_discharge.isoformat()} {kind}"
        self._store.discharge(changed, areas, AuditEntry(user, "plan.discharge", plan_id, detail))
        return Changes(plan_ids=frozenset({plan_id}), areas=frozenset(AreaKey), plan_list=True)

    def reopen_plan(self, plan_id: PlanId, reason: str, user: str) -> Changes:
        """Make a discharged plan active again; the reason is kept in the audit log."""
        plan = self._store.plan(plan_id)
        if plan.status is not PlanStatus.DISCHARGED:
            raise ValidationError([Issue("status", Problem.PLAN_NOT_DISCHARGED)])
        if not clean_text(reason):
            raise ValidationError([Issue("reason", Problem.REASON_MISSING)])
        if issues := too_long(texts={"reason": reason}):
            raise ValidationError(issues)
        changed = replace(plan, status=PlanStatus.ACTIVE, actual_discharge=None, discharge_kind=None)
        self._store.save_plan(changed, AuditEntry(user, "plan.reopen", plan_id, clean_line(reason)))
        return Changes(plan_ids=frozenset({plan_id}), areas=frozenset(AreaKey), plan_list=True)

    # Checklist items -----------------------------------------------------

    def set_item_state(self, item_id: ItemId, state: ItemState, user: str, reason: str = "") -> Changes:
        """Tick or untick an item (or set any state); 'not applicable' needs a reason."""
        item = self._store.item(item_id)
        return self.update_item(
            item_id, state, reason, item.responsible, item.responsible_name, item.note, user
        )

    def update_item(
        self,
        item_id: ItemId,
        state: ItemState,
        not_applicable_reason: str,
        responsible: Responsible,
        responsible_name: str,
        note: str,
        user: str,
    ) -> Changes:
        """Everything the item dialog edits, stored as one change."""
        item = self._store.item(item_id)
        self._active_plan(item.plan_id)
        if state is ItemState.NOT_APPLICABLE and not clean_text(not_applicable_reason):
            raise ValidationError([Issue("not_applicable_reason", Problem.REASON_MISSING)])
        reason = not_applicable_reason if state is ItemState.NOT_APPLICABLE else ""
        texts = {"not_applicable_reason": reason, "note": note}
        if issues := too_long(lines={"responsible_name": responsible_name}, texts=texts):
            raise ValidationError(issues)
        changed = replace(
            item,
            state=state,
            not_applicable_reason=clean_text(reason),
            responsible=responsible,
            responsible_name=clean_line(responsible_name),
            note=clean_text(note),
            changed_by=user,
            changed_at=self._clock(),
        )
        detail = f"{item.key}: {item.state} -> {state}" if state is not item.state else item.key
        self._store.save_item(changed, AuditEntry(user, "item.update", item.plan_id, detail))
        edit = Edit(EditKind.ITEM, item.plan_id, item.area, item, changed, item.text)
        return Changes(
            plan_ids=frozenset({item.plan_id}), areas=frozenset({item.area}), plan_list=True, edit=edit
        )

    # Areas ---------------------------------------------------------------

    def set_area_status(
        self,
        plan_id: PlanId,
        area: AreaKey,
        moment: AreaMoment,
        light: TrafficLight,
        reason: str,
        user: str,
    ) -> Changes:
        self._active_plan(plan_id)
        if issues := too_long(texts={"reason": reason}):
            raise ValidationError(issues)
        current = self._store.area(plan_id, area)
        if moment is AreaMoment.ADMISSION:
            changed = replace(current, admission_light=light, admission_reason=clean_text(reason))
        else:
            changed = replace(current, current_light=light, current_reason=clean_text(reason))
        if changed == current:
            return Changes()
        detail = f"{area} {moment}: {light}"
        self._store.save_area(changed, AuditEntry(user, "area.status", plan_id, detail))
        edit = Edit(EditKind.AREA_STATUS, plan_id, area, current, changed, current.title)
        return Changes(plan_ids=frozenset({plan_id}), areas=frozenset({area}), plan_list=True, edit=edit)

    def set_area_goal(self, plan_id: PlanId, area: AreaKey, goal: str, user: str) -> Changes:
        self._active_plan(plan_id)
        if issues := too_long(texts={"goal": goal}):
            raise ValidationError(issues)
        current = self._store.area(plan_id, area)
        if current.goal == clean_text(goal):
            return Changes()
        changed = replace(current, goal=clean_text(goal))
        self._store.save_area(changed, AuditEntry(user, "area.goal", plan_id, str(area)))
        edit = Edit(EditKind.GOAL, plan_id, area, current, changed, current.title)
        return Changes(plan_ids=frozenset({plan_id}), areas=frozenset({area}), edit=edit)

    # Agreed actions ------------------------------------------------------

    def add_action(
        self,
        plan_id: PlanId,
        area: AreaKey,
        what: str,
        responsible: Responsible,
        responsible_name: str,
        deadline: date | None,
        user: str,
    ) -> tuple[ActionId, Changes]:
        self._active_plan(plan_id)
        action = Action(
            ActionId(0), plan_id, area, clean_text(what), responsible, clean_line(responsible_name), deadline,
            ActionStatus.OPEN,
        )  # fmt: skip
        if issues := _action_issues(replace(action, what=what, responsible_name=responsible_name)):
            raise ValidationError(issues)
        action_id = self._store.add_action(action, AuditEntry(user, "action.add", plan_id, str(area)))
        stored = replace(action, action_id=action_id)
        edit = Edit(EditKind.ACTION_ADD, plan_id, area, None, stored, stored.what)
        return action_id, Changes(
            plan_ids=frozenset({plan_id}), areas=frozenset({area}), plan_list=True, edit=edit
        )

    def update_action(self, action: Action, user: str) -> Changes:
        self._active_plan(action.plan_id)
        if issues := _action_issues(action):
            raise ValidationError(issues)
        before = self._store.action(action.action_id)
        action = replace(
            action, what=clean_text(action.what), responsible_name=clean_line(action.responsible_name)
        )
        self._store.save_action(
            action, AuditEntry(user, "action.update", action.plan_id, f"{action.action_id}")
        )
        edit = Edit(EditKind.ACTION_UPDATE, action.plan_id, action.area, before, action, action.what)
        return Changes(
            plan_ids=frozenset({action.plan_id}), areas=frozenset({action.area}), plan_list=True, edit=edit
        )

    def remove_action(self, action_id: ActionId, user: str) -> Changes:
        action = self._store.action(action_id)
        self._active_plan(action.plan_id)
        self._store.remove_action(
            action, AuditEntry(user, "action.remove", action.plan_id, f"{action_id}: {action.what}")
        )
        edit = Edit(EditKind.ACTION_REMOVE, action.plan_id, action.area, action, None, action.what)
        return Changes(
            plan_ids=frozenset({action.plan_id}), areas=frozenset({action.area}), plan_list=True, edit=edit
        )

    # Undo and redo -------------------------------------------------------

    def undo(self, edit: Edit, user: str) -> Changes:
        """Put back what `edit` changed, if the record is still as the edit left it."""
        return self._restore(edit, expected=edit.after, target=edit.before, user=user, verb="undo")

    def redo(self, edit: Edit, user: str) -> Changes:
        """Make an undone change again, if the record is still as the undo left it."""
        return self._restore(edit, expected=edit.before, target=edit.after, user=user, verb="redo")

    def _restore(
        self, edit: Edit, expected: Snapshot | None, target: Snapshot | None, user: str, verb: str
    ) -> Changes:
        plan = self._active_plan(edit.plan_id)
        audit = AuditEntry(user, f"edit.{verb}", edit.plan_id, f"{edit.kind}: {edit.subject}"[:200])
        current = self._current(edit, expected, target)
        if not _same(current, expected):
            raise UndoConflictError(f"{edit.kind} changed since")
        if isinstance(target, ChecklistItem):
            self._store.save_item(replace(target, changed_by=user, changed_at=self._clock()), audit)
        elif isinstance(target, AreaStatus):
            self._store.save_area(target, audit)
        elif isinstance(target, Plan):
            self._store.save_plan(replace(target, version=plan.version, status=plan.status), audit)
        elif isinstance(target, Action) and current is None:
            self._store.restore_action(target, audit)
        elif isinstance(target, Action):
            self._store.save_action(target, audit)
        elif isinstance(current, Action):
            self._store.remove_action(current, audit)
        areas = frozenset(AreaKey) if edit.area is None else frozenset({edit.area})
        return Changes(plan_ids=frozenset({edit.plan_id}), areas=areas, plan_list=True)

    def _current(self, edit: Edit, expected: Snapshot | None, target: Snapshot | None) -> Snapshot | None:
        """The record as stored now (None when an action does not exist)."""
        reference = expected if expected is not None else target
        try:
            if isinstance(reference, ChecklistItem):
                return self._store.item(reference.item_id)
            if isinstance(reference, AreaStatus):
                return self._store.area(edit.plan_id, reference.area)
            if isinstance(reference, Plan):
                return self._store.plan(edit.plan_id)
            if isinstance(reference, Action):
                return self._store.action(reference.action_id)
        except NotFoundError:
            return None
        return None

    # Helpers -------------------------------------------------------------

    def _active_plan(self, plan_id: PlanId) -> Plan:
        plan = self._store.plan(plan_id)
        if plan.status is not PlanStatus.ACTIVE:
            raise ValidationError([Issue("status", Problem.PLAN_NOT_ACTIVE)])
        return plan


def _action_issues(action: Action) -> list[Issue]:
    """An agreed action as typed: says what is to be done, within the lengths, a possible deadline."""
    missing = [Issue("what", Problem.ACTION_WHAT_MISSING)] if not clean_text(action.what) else []
    lengths = too_long(lines={"responsible_name": action.responsible_name}, texts={"what": action.what})
    return missing + lengths + out_of_range({"deadline": action.deadline})


def _same(current: Snapshot | None, expected: Snapshot | None) -> bool:
    """Equal in what the user can change: who changed it, when, and the version do not count."""
    if isinstance(current, ChecklistItem) and isinstance(expected, ChecklistItem):
        return replace(current, changed_by="", changed_at=None) == replace(
            expected, changed_by="", changed_at=None
        )
    if isinstance(current, Plan) and isinstance(expected, Plan):
        return replace(current, version=0) == replace(expected, version=0)
    return current == expected


def _diff(before: Plan, after: Plan) -> str:
    """Names of the fields an update changed, for the audit row (never their values)."""
    fields = ("patient", "kommune_number", "ward", "responsible_staff", "admission", "planned_discharge")
    return ",".join(name for name in fields if getattr(before, name) != getattr(after, name))
