"""Use cases for crisis and relapse: the kriseplan, brukerstyrt seng, returning, and the procedure at brudd.

Every change is validated here and written by the store in one transaction with its
audit row. Only an active plan can be changed, with one exception: when the stay
ended unplanned, the ward records that the procedure for brudd was followed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import asdict, replace
from datetime import date, datetime
from typing import Protocol

from dischargeplanner.domain.crisis_model import (
    MAX_DAYS_PER_STAY_RANGE,
    MIN_DAYS_BETWEEN_RANGE,
    CrisisPlan,
    CrisisText,
    ReturnAgreement,
    UnplannedProcedure,
    UserBed,
)
from dischargeplanner.domain.limits import clean_line, clean_text, out_of_range, too_long
from dischargeplanner.domain.model import (
    AreaKey,
    AuditEntry,
    Changes,
    DischargeKind,
    Plan,
    PlanId,
    PlanStatus,
)
from dischargeplanner.domain.selfhelp import phone_ok
from dischargeplanner.domain.services import Issue, Problem, ValidationError, utc_now


class CrisisStore(Protocol):
    def plan(self, plan_id: PlanId) -> Plan: ...
    def crisis_plan(self, plan_id: PlanId) -> CrisisPlan: ...
    def save_crisis_plan(self, record: CrisisPlan, audit: AuditEntry) -> None: ...
    def bed(self, plan_id: PlanId) -> UserBed: ...
    def save_bed(self, bed: UserBed, audit: AuditEntry) -> None: ...
    def return_agreement(self, plan_id: PlanId) -> ReturnAgreement: ...
    def save_return_agreement(self, agreement: ReturnAgreement, audit: AuditEntry) -> None: ...
    def procedure(self, plan_id: PlanId) -> UnplannedProcedure: ...
    def save_procedure(self, procedure: UnplannedProcedure, audit: AuditEntry) -> None: ...


# Validation ------------------------------------------------------------------

# Names and phone numbers; the other fields of the kriseplan are free text.
_LINE_FIELDS = frozenset(
    {CrisisText.DAY_CONTACT, CrisisText.DAY_PHONE, CrisisText.NIGHT_CONTACT, CrisisText.NIGHT_PHONE}
)


def validate_crisis_plan(record: CrisisPlan) -> list[Issue]:
    issues = [
        Issue(str(field), Problem.PHONE_INVALID)
        for field in CrisisText
        if field.is_phone and not phone_ok(record.text(field))
    ]
    lines = {str(field): record.text(field) for field in CrisisText if field in _LINE_FIELDS}
    texts = {str(field): record.text(field) for field in CrisisText if field not in _LINE_FIELDS}
    return issues + too_long(lines, texts)


def validate_bed(bed: UserBed) -> list[Issue]:
    issues = too_long(lines={"institution": bed.institution}, texts={"how_to_ask": bed.how_to_ask})
    issues += out_of_range({"contract_from": bed.contract_from, "contract_to": bed.contract_to})
    if bed.has_contract:
        if not bed.institution:
            issues.append(Issue("institution", Problem.CRISIS_BED_INSTITUTION_MISSING))
        if bed.contract_from is None or bed.contract_to is None:
            issues.append(Issue("contract_to", Problem.CRISIS_BED_DATES_MISSING))
    if bed.contract_from is not None and bed.contract_to is not None and bed.contract_to < bed.contract_from:
        issues.append(Issue("contract_to", Problem.CRISIS_BED_ENDS_BEFORE_START))
    low, high = MAX_DAYS_PER_STAY_RANGE
    if not low <= bed.max_days_per_stay <= high:
        issues.append(Issue("max_days_per_stay", Problem.CRISIS_BED_MAX_DAYS_RANGE))
    low, high = MIN_DAYS_BETWEEN_RANGE
    if not low <= bed.min_days_between <= high:
        issues.append(Issue("min_days_between", Problem.CRISIS_BED_MIN_DAYS_RANGE))
    return issues


def validate_return_agreement(agreement: ReturnAgreement, today: date) -> list[Issue]:
    issues = too_long(lines={"agreed_with": agreement.agreed_with}, texts={"text": agreement.text})
    issues += out_of_range({"agreed_on": agreement.agreed_on})
    if not agreement.text and (agreement.agreed_on is not None or agreement.agreed_with):
        issues.append(Issue("text", Problem.CRISIS_RETURN_TEXT_MISSING))
    if agreement.agreed_on is not None and agreement.agreed_on > today:
        issues.append(Issue("agreed_on", Problem.DATE_IN_FUTURE))
    return issues


def validate_procedure(procedure: UnplannedProcedure) -> list[Issue]:
    lines = {"notify": procedure.notify, "notify_phone": procedure.notify_phone, "told_by": procedure.told_by}
    issues = too_long(lines, texts={"also_do": procedure.also_do})
    if not procedure.notify:
        issues.append(Issue("notify", Problem.CRISIS_PROCEDURE_NOTIFY_MISSING))
    if not phone_ok(procedure.notify_phone):
        issues.append(Issue("notify_phone", Problem.PHONE_INVALID))
    return issues


def validate_followed(plan: Plan, day: date, by: str, today: date) -> list[Issue]:
    """Marking the procedure as followed: only after an unplanned end, on or after that day."""
    if plan.status is not PlanStatus.DISCHARGED or plan.discharge_kind is not DischargeKind.UNPLANNED:
        return [Issue("plan", Problem.CRISIS_FOLLOWED_NOT_UNPLANNED)]
    issues = too_long(lines={"followed_by": by}) + out_of_range({"followed_on": day})
    if day > today:
        issues.append(Issue("followed_on", Problem.DATE_IN_FUTURE))
    elif plan.actual_discharge is not None and day < plan.actual_discharge:
        issues.append(Issue("followed_on", Problem.CRISIS_FOLLOWED_BEFORE_DISCHARGE))
    if not clean_line(by):
        issues.append(Issue("followed_by", Problem.CRISIS_FOLLOWED_BY_MISSING))
    return issues


def followed_after_discharge(plan: Plan, procedure: UnplannedProcedure) -> bool:
    """The procedure was followed for this plan's (latest) unplanned end, not an earlier one."""
    if procedure.followed_on is None or plan.discharge_kind is not DischargeKind.UNPLANNED:
        return False
    return plan.actual_discharge is None or procedure.followed_on >= plan.actual_discharge


# The service ----------------------------------------------------------------


class CrisisService:
    """Each plan's kriseplan, brukerstyrt-seng contract, return agreement and procedure at brudd."""

    def __init__(self, store: CrisisStore, clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._clock = clock

    def today(self) -> date:
        return self._clock().astimezone().date()

    # The kriseplan --------------------------------------------------------

    def crisis_plan(self, plan_id: PlanId) -> CrisisPlan:
        return self._store.crisis_plan(plan_id)

    def save_crisis_plan(self, record: CrisisPlan, user: str) -> Changes:
        """Store the whole kriseplan; updated on/by become today and `user` when anything changed."""
        self._active_plan(record.plan_id)
        record = _cleaned_crisis_plan(record)
        _raise(validate_crisis_plan(record))
        stored = self._store.crisis_plan(record.plan_id)
        unchanged = replace(record, updated_on=stored.updated_on, updated_by=stored.updated_by) == stored
        if unchanged:
            return Changes()
        changed_fields = ",".join(str(f) for f in CrisisText if record.text(f) != stored.text(f))
        record = replace(record, updated_on=self.today(), updated_by=user)
        self._store.save_crisis_plan(record, AuditEntry(user, "crisis.plan", record.plan_id, changed_fields))
        return _changes(record.plan_id)

    def set_crisis_text(self, plan_id: PlanId, field: CrisisText, text: str, user: str) -> Changes:
        """Store one field of the kriseplan as typed (the others stay as stored)."""
        stored = self._store.crisis_plan(plan_id)
        values = {**asdict(stored), field.value: text}
        return self.save_crisis_plan(CrisisPlan(**values), user)

    # Brukerstyrt seng -----------------------------------------------------

    def bed(self, plan_id: PlanId) -> UserBed:
        return self._store.bed(plan_id)

    def save_bed(self, bed: UserBed, user: str) -> Changes:
        self._active_plan(bed.plan_id)
        bed = replace(bed, institution=clean_line(bed.institution), how_to_ask=clean_text(bed.how_to_ask))
        _raise(validate_bed(bed))
        detail = "contract" if bed.has_contract else "no contract"
        self._store.save_bed(bed, AuditEntry(user, "crisis.bed", bed.plan_id, detail))
        return _changes(bed.plan_id)

    # Returning after a relapse --------------------------------------------

    def return_agreement(self, plan_id: PlanId) -> ReturnAgreement:
        return self._store.return_agreement(plan_id)

    def save_return_agreement(self, agreement: ReturnAgreement, user: str) -> Changes:
        self._active_plan(agreement.plan_id)
        agreement = replace(
            agreement, text=clean_text(agreement.text), agreed_with=clean_line(agreement.agreed_with)
        )
        _raise(validate_return_agreement(agreement, self.today()))
        self._store.save_return_agreement(agreement, AuditEntry(user, "crisis.return", agreement.plan_id))
        return _changes(agreement.plan_id)

    # The procedure at brudd -----------------------------------------------

    def procedure(self, plan_id: PlanId) -> UnplannedProcedure:
        return self._store.procedure(plan_id)

    def save_procedure(self, procedure: UnplannedProcedure, user: str) -> Changes:
        """Record who is told if the stay ends unplanned; recorded on/by become today and `user`."""
        self._active_plan(procedure.plan_id)
        stored = self._store.procedure(procedure.plan_id)
        procedure = replace(
            stored,
            notify=clean_line(procedure.notify),
            notify_phone=clean_line(procedure.notify_phone),
            told_by=clean_line(procedure.told_by),
            also_do=clean_text(procedure.also_do),
            recorded_on=self.today(),
            recorded_by=user,
        )
        _raise(validate_procedure(procedure))
        self._store.save_procedure(procedure, AuditEntry(user, "crisis.procedure", procedure.plan_id))
        return _changes(procedure.plan_id)

    def mark_followed(self, plan_id: PlanId, day: date, by: str, note: str, user: str) -> Changes:
        """The procedure was followed after an unplanned end: the one change a discharged plan takes."""
        plan = self._store.plan(plan_id)
        _raise(validate_followed(plan, day, by, self.today()) + too_long(texts={"followed_note": note}))
        procedure = replace(
            self._store.procedure(plan_id),
            followed_on=day,
            followed_by=clean_line(by),
            followed_note=clean_text(note),
        )
        audit = AuditEntry(user, "crisis.procedure.followed", plan_id, day.isoformat())
        self._store.save_procedure(procedure, audit)
        return _changes(plan_id)

    # Helpers --------------------------------------------------------------

    def _active_plan(self, plan_id: PlanId) -> Plan:
        plan = self._store.plan(plan_id)
        if plan.status is not PlanStatus.ACTIVE:
            raise ValidationError([Issue("status", Problem.PLAN_NOT_ACTIVE)])
        return plan


def _cleaned_crisis_plan(record: CrisisPlan) -> CrisisPlan:
    return replace(
        record,
        warning_signs=clean_text(record.warning_signs),
        what_helps=clean_text(record.what_helps),
        day_contact=clean_line(record.day_contact),
        day_phone=clean_line(record.day_phone),
        night_contact=clean_line(record.night_contact),
        night_phone=clean_line(record.night_phone),
        how_to_meet=clean_text(record.how_to_meet),
        risk_notes=clean_text(record.risk_notes),
    )


def _changes(plan_id: PlanId) -> Changes:
    return Changes(plan_ids=frozenset({plan_id}), areas=frozenset({AreaKey.CRISIS}))


def _raise(issues: Collection[Issue]) -> None:
    if issues:
        raise ValidationError(issues)
