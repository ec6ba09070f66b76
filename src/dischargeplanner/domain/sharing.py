"""Use cases around what leaves the ward: the consent register, booked appointments, the export log.

Consent (helsepersonelloven § 22) is voluntary, informed and covers only what it
names: one record per recipient lists the areas that may be shared. A document for
a recipient is made only under a consent valid on the day (`consent_for`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import date, datetime
from typing import Protocol

from dischargeplanner.domain.limits import clean_line, clean_text, too_long
from dischargeplanner.domain.model import (
    Appointment,
    AppointmentId,
    AuditEntry,
    Changes,
    Consent,
    ConsentId,
    ConsentState,
    DocumentKind,
    ExportChannel,
    ExportId,
    ExportRecord,
    Plan,
    PlanId,
    PlanStatus,
    RecipientKind,
)
from dischargeplanner.domain.services import Issue, NotFoundError, Problem, ValidationError, utc_now
from dischargeplanner.domain.text import fold


class SharingStore(Protocol):
    def plan(self, plan_id: PlanId) -> Plan: ...
    def consents(self, plan_id: PlanId) -> list[Consent]: ...
    def consent(self, consent_id: ConsentId) -> Consent: ...
    def add_consent(self, consent: Consent, audit: AuditEntry) -> ConsentId: ...
    def save_consent(self, consent: Consent, audit: AuditEntry) -> None: ...
    def appointments(self, plan_id: PlanId) -> list[Appointment]: ...
    def appointment(self, appointment_id: AppointmentId) -> Appointment: ...
    def add_appointment(self, appointment: Appointment, audit: AuditEntry) -> AppointmentId: ...
    def save_appointment(self, appointment: Appointment, audit: AuditEntry) -> None: ...
    def remove_appointment(self, appointment: Appointment, audit: AuditEntry) -> None: ...
    def exports(self, plan_id: PlanId) -> list[ExportRecord]: ...
    def add_export(self, record: ExportRecord, audit: AuditEntry) -> ExportId: ...


class RefusalReason(enum.StrEnum):
    """Why no document may be made for a recipient."""

    NO_CONSENT = "no_consent"
    UNKNOWN_RECIPIENT = "unknown_recipient"
    NOT_YET_GIVEN = "not_yet_given"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    NO_AREAS = "no_areas"


_REFUSAL_FOR_STATE = {
    ConsentState.NOT_YET_GIVEN: RefusalReason.NOT_YET_GIVEN,
    ConsentState.EXPIRED: RefusalReason.EXPIRED,
    ConsentState.WITHDRAWN: RefusalReason.WITHDRAWN,
    ConsentState.NO_AREAS: RefusalReason.NO_AREAS,
}


class ConsentRefusedError(Exception):
    """No valid consent for the recipient: the document must not be made.

    `consent` is the recipient's latest record when there is one (expired, withdrawn).
    """

    def __init__(self, reason: RefusalReason, recipient: str, consent: Consent | None = None) -> None:
        super().__init__(f"{reason}: {recipient}")
        self.reason = reason
        self.recipient = recipient
        self.consent = consent

    @property
    def day(self) -> date | None:
        """The date the refusal turns on: expiry, withdrawal, or when the consent starts."""
        if self.consent is None:
            return None
        if self.reason is RefusalReason.EXPIRED:
            return self.consent.expires
        if self.reason is RefusalReason.WITHDRAWN:
            return self.consent.withdrawn
        return self.consent.given


def has_valid_kommune_consent(consents: Collection[Consent], on: date) -> bool:
    """Whether a handover to the kommune can be made on `on`."""
    return any(c.is_valid(on) and c.recipient_kind is RecipientKind.KOMMUNE for c in consents)


def validate_consent(consent: Consent, today: date) -> list[Issue]:
    lines = {"recipient": consent.recipient, "noted_by": consent.noted_by}
    issues = too_long(lines, texts={"restrictions": consent.restrictions})
    if not clean_line(consent.recipient):
        issues.append(Issue("recipient", Problem.CONSENT_RECIPIENT_MISSING))
    if not consent.areas and consent.withdrawn is None:
        issues.append(Issue("areas", Problem.CONSENT_NO_AREAS))
    if consent.given > today:
        issues.append(Issue("given", Problem.CONSENT_GIVEN_IN_FUTURE))
    if not clean_line(consent.noted_by):
        issues.append(Issue("noted_by", Problem.CONSENT_NOTED_BY_MISSING))
    if consent.expires is not None and consent.expires < consent.given:
        issues.append(Issue("expires", Problem.CONSENT_EXPIRES_BEFORE_GIVEN))
    if consent.withdrawn is not None:
        if consent.withdrawn < consent.given:
            issues.append(Issue("withdrawn", Problem.CONSENT_WITHDRAWN_BEFORE_GIVEN))
        elif consent.withdrawn > today:
            issues.append(Issue("withdrawn", Problem.CONSENT_WITHDRAWN_IN_FUTURE))
    return issues


class SharingService:
    """The consent register, appointments and export log of plans."""

    def __init__(self, store: SharingStore, clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._clock = clock

    def today(self) -> date:
        return self._clock().astimezone().date()

    # Consent -------------------------------------------------------------

    def consents(self, plan_id: PlanId) -> list[Consent]:
        return self._store.consents(plan_id)

    def record_consent(self, consent: Consent, user: str) -> tuple[ConsentId, Changes]:
        """Add a consent record; `consent.consent_id` is ignored."""
        self._writable_plan(consent.plan_id)
        consent = _cleaned(consent)
        _raise_issues(validate_consent(consent, self.today()))
        consent_id = self._store.add_consent(
            consent, AuditEntry(user, "consent.record", consent.plan_id, consent.recipient)
        )
        return consent_id, Changes(plan_ids=frozenset({consent.plan_id}))

    def update_consent(self, consent: Consent, user: str) -> Changes:
        self._store.consent(consent.consent_id)
        self._writable_plan(consent.plan_id)
        consent = _cleaned(consent)
        _raise_issues(validate_consent(consent, self.today()))
        self._store.save_consent(
            consent, AuditEntry(user, "consent.update", consent.plan_id, consent.recipient)
        )
        return Changes(plan_ids=frozenset({consent.plan_id}))

    def withdraw_consent(self, consent_id: ConsentId, on: date, user: str) -> Changes:
        """The patient takes the consent back from `on`: no document for that recipient from then on."""
        current = self._store.consent(consent_id)
        self._writable_plan(current.plan_id)
        withdrawn = replace(current, withdrawn=on)
        _raise_issues(validate_consent(withdrawn, self.today()))
        self._store.save_consent(
            withdrawn, AuditEntry(user, "consent.withdraw", current.plan_id, current.recipient)
        )
        return Changes(plan_ids=frozenset({current.plan_id}))

    def consent_for(self, plan_id: PlanId, recipient: str | None, on: date | None = None) -> Consent:
        """The consent a document for `recipient` is made under, or ConsentRefusedError saying why.

        Without a recipient: the plan's kommune recipient (a valid consent of kind kommune).
        """
        day = on or self.today()
        consents = self._store.consents(plan_id)
        if recipient is None:
            candidates = [c for c in consents if c.recipient_kind is RecipientKind.KOMMUNE]
            wanted = "kommunen"
        else:
            wanted = recipient.strip()
            candidates = [c for c in consents if fold(c.recipient.strip()) == fold(wanted)]
        valid = [c for c in candidates if c.is_valid(day)]
        if valid:
            return max(valid, key=lambda c: (c.given, c.consent_id))
        if not candidates:
            reason = RefusalReason.NO_CONSENT if recipient is None else RefusalReason.UNKNOWN_RECIPIENT
            raise ConsentRefusedError(reason, wanted)
        latest = max(candidates, key=lambda c: (c.given, c.consent_id))
        raise ConsentRefusedError(_REFUSAL_FOR_STATE[latest.state(day)], latest.recipient, latest)

    # Appointments --------------------------------------------------------

    def appointments(self, plan_id: PlanId) -> list[Appointment]:
        """The plan's appointments, earliest first."""
        return self._store.appointments(plan_id)

    def add_appointment(self, appointment: Appointment, user: str) -> tuple[AppointmentId, Changes]:
        self._writable_plan(appointment.plan_id)
        appointment = _validated_appointment(appointment)
        appointment_id = self._store.add_appointment(
            appointment, AuditEntry(user, "appointment.add", appointment.plan_id, appointment.what)
        )
        return appointment_id, _area_changes(appointment)

    def update_appointment(self, appointment: Appointment, user: str) -> Changes:
        self._store.appointment(appointment.appointment_id)
        self._writable_plan(appointment.plan_id)
        appointment = _validated_appointment(appointment)
        self._store.save_appointment(
            appointment, AuditEntry(user, "appointment.update", appointment.plan_id, appointment.what)
        )
        return _area_changes(appointment)

    def remove_appointment(self, appointment_id: AppointmentId, user: str) -> Changes:
        appointment = self._store.appointment(appointment_id)
        self._writable_plan(appointment.plan_id)
        self._store.remove_appointment(
            appointment, AuditEntry(user, "appointment.remove", appointment.plan_id, appointment.what)
        )
        return _area_changes(appointment)

    # Export log ----------------------------------------------------------

    def exports(self, plan_id: PlanId) -> list[ExportRecord]:
        """Documents made from the plan, newest first."""
        return self._store.exports(plan_id)

    def record_export(
        self,
        plan_id: PlanId,
        kind: DocumentKind,
        channel: ExportChannel,
        recipient: str,
        sha256: str,
        file_name: str,
        user: str,
    ) -> ExportRecord:
        record = ExportRecord(
            ExportId(0), plan_id, kind, channel, recipient, self._clock(), user, sha256, file_name
        )
        detail = f"{kind}/{channel} {recipient} {sha256[:12]}"
        export_id = self._store.add_export(record, AuditEntry(user, f"export.{channel}", plan_id, detail))
        return replace(record, export_id=export_id)

    def _writable_plan(self, plan_id: PlanId) -> Plan:
        plan = self._store.plan(plan_id)
        if plan.status is PlanStatus.ARCHIVED:
            raise ValidationError([Issue("plan", Problem.PLAN_NOT_ACTIVE)])
        return plan


def _cleaned(consent: Consent) -> Consent:
    return replace(
        consent,
        recipient=clean_line(consent.recipient),
        noted_by=clean_line(consent.noted_by),
        restrictions=clean_text(consent.restrictions),
    )


def _validated_appointment(appointment: Appointment) -> Appointment:
    cleaned = replace(
        appointment,
        what=clean_text(appointment.what),
        with_whom=clean_line(appointment.with_whom),
        place=clean_line(appointment.place),
        phone=clean_line(appointment.phone),
        note=clean_text(appointment.note),
    )
    lines = {"with_whom": cleaned.with_whom, "place": cleaned.place, "phone": cleaned.phone}
    issues = too_long(lines, texts={"what": cleaned.what, "note": cleaned.note})
    if not cleaned.what:
        issues.insert(0, Issue("what", Problem.APPOINTMENT_WHAT_MISSING))
    _raise_issues(issues)
    return cleaned


def _area_changes(appointment: Appointment) -> Changes:
    return Changes(plan_ids=frozenset({appointment.plan_id}), areas=frozenset({appointment.area}))


def _raise_issues(issues: Collection[Issue]) -> None:
    if issues:
        raise ValidationError(issues)


__all__ = [
    "ConsentRefusedError",
    "NotFoundError",
    "RefusalReason",
    "SharingService",
    "SharingStore",
    "validate_consent",
]
