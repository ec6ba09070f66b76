"""Use cases for working with the kommune: the plan's contacts, its responsible person, IP and ansvarsgruppe.

One contact may be marked as the named person responsible in the kommune; marking
another moves the mark in the same transaction. Private persons (next of kin, peers)
cannot carry it. Contacts that need consent are shared in documents only while
their tied consent is valid (`contact_shared`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import Protocol

from dischargeplanner.domain.coordination_model import (
    Contact,
    ContactId,
    ContactRole,
    Coordination,
    responsible_contact,
)
from dischargeplanner.domain.limits import clean_line, clean_text, too_long
from dischargeplanner.domain.model import (
    AreaKey,
    AuditEntry,
    Changes,
    Consent,
    ConsentId,
    Plan,
    PlanId,
    PlanStatus,
)
from dischargeplanner.domain.selfhelp import phone_ok
from dischargeplanner.domain.services import Issue, Problem, ValidationError, utc_now
from dischargeplanner.domain.text import sort_key


class CoordinationStore(Protocol):
    def plan(self, plan_id: PlanId) -> Plan: ...
    def consents(self, plan_id: PlanId) -> list[Consent]: ...
    def contacts(self, plan_id: PlanId) -> list[Contact]: ...
    def contact(self, contact_id: ContactId) -> Contact: ...
    def add_contact(self, contact: Contact, audit: AuditEntry) -> ContactId: ...
    def save_contact(self, contact: Contact, audit: AuditEntry) -> None: ...
    def remove_contact(self, contact: Contact, audit: AuditEntry) -> None: ...
    def set_responsible(self, plan_id: PlanId, contact_id: ContactId | None, audit: AuditEntry) -> None: ...
    def coordination(self, plan_id: PlanId) -> Coordination: ...
    def save_coordination(self, coordination: Coordination, audit: AuditEntry) -> None: ...


# Something@something.something, no spaces: enough to catch a phone number or a name typed in the field.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_ROLE_ORDER = {role: position for position, role in enumerate(ContactRole)}


def email_ok(email: str) -> bool:
    email = email.strip()
    return not email or _EMAIL.match(email) is not None


def contact_shared(contact: Contact, consents: Iterable[Consent], on: date) -> bool:
    """Whether documents may name the contact on `on`.

    Services are shared under the kommune consent the document is made under; private
    persons and barnevern only while the consent tied to the contact is valid.
    """
    if not contact.role.needs_consent:
        return True
    if contact.consent_id is None:
        return False
    return any(c.consent_id == contact.consent_id and c.is_valid(on) for c in consents)


def ordered_contacts(contacts: Iterable[Contact]) -> list[Contact]:
    """The responsible person first, then by role (kommune, coordinator, NAV, …), then by name."""
    return sorted(
        contacts, key=lambda c: (not c.responsible, _ROLE_ORDER[c.role], sort_key(c.name), c.contact_id)
    )


def cleaned_contact(contact: Contact) -> Contact:
    return replace(
        contact,
        name=clean_line(contact.name),
        organisation=clean_line(contact.organisation),
        phone=clean_line(contact.phone),
        email=clean_line(contact.email),
        note=clean_text(contact.note),
        # Only 'other' says in words what the role is; the named roles speak for themselves.
        role_text=clean_line(contact.role_text) if contact.role is ContactRole.OTHER else "",
    )


def validate_contact(contact: Contact, plan_consents: Collection[ConsentId]) -> list[Issue]:
    """What is wrong with `contact` (as typed); `plan_consents` are the ids of the plan's consents."""
    lines = {
        "name": contact.name,
        "organisation": contact.organisation,
        "phone": contact.phone,
        "email": contact.email,
        "role_text": contact.role_text if contact.role is ContactRole.OTHER else "",
    }
    issues = too_long(lines, texts={"note": contact.note})
    if contact.role is ContactRole.OTHER and not clean_line(contact.role_text):
        issues.append(Issue("role_text", Problem.CONTACT_ROLE_TEXT_MISSING))
    if not clean_line(contact.name):
        issues.append(Issue("name", Problem.CONTACT_NAME_MISSING))
    if not phone_ok(contact.phone):
        issues.append(Issue("phone", Problem.PHONE_INVALID))
    if not email_ok(contact.email):
        issues.append(Issue("email", Problem.CONTACT_EMAIL_INVALID))
    if contact.consent_id is not None and contact.consent_id not in plan_consents:
        issues.append(Issue("consent", Problem.CONTACT_CONSENT_OTHER_PLAN))
    if contact.responsible and not contact.role.can_be_responsible:
        issues.append(Issue("responsible", Problem.CONTACT_PRIVATE_RESPONSIBLE))
    return issues


def validate_coordination(
    coordination: Coordination, plan_contacts: Collection[ContactId], today: date
) -> list[Issue]:
    issues = too_long(
        lines={"language": coordination.language}, texts={"language_note": coordination.language_note}
    )
    if coordination.ip_requested is not None and coordination.ip_requested > today:
        issues.append(Issue("ip_requested", Problem.DATE_IN_FUTURE))
    if coordination.coordinator is not None and coordination.coordinator not in plan_contacts:
        issues.append(Issue("coordinator", Problem.COORDINATION_COORDINATOR_OTHER_PLAN))
    return issues


class CoordinationService:
    """A plan's contacts and its coordination record (individuell plan, ansvarsgruppe, language)."""

    def __init__(self, store: CoordinationStore, clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._clock = clock

    def today(self) -> date:
        return self._clock().astimezone().date()

    # Contacts -------------------------------------------------------------

    def contacts(self, plan_id: PlanId) -> list[Contact]:
        """The plan's contacts: the responsible person first, then by role, then by name."""
        return ordered_contacts(self._store.contacts(plan_id))

    def contact(self, contact_id: ContactId) -> Contact:
        return self._store.contact(contact_id)

    def responsible(self, plan_id: PlanId) -> Contact | None:
        """The named person responsible in the kommune, if one is marked."""
        return responsible_contact(self._store.contacts(plan_id))

    def add_contact(self, contact: Contact, user: str) -> tuple[ContactId, Changes]:
        """Add a contact (`contact.contact_id` is ignored); marked responsible, it takes the mark over."""
        self._writable_plan(contact.plan_id)
        contact = self._validated(contact)
        contact_id = self._store.add_contact(
            contact, AuditEntry(user, "coordination.contact.add", contact.plan_id, str(contact.role))
        )
        return contact_id, _changes(contact.plan_id, plan_list=contact.responsible)

    def update_contact(self, contact: Contact, user: str) -> Changes:
        # The stored record decides which plan it belongs to, whatever the caller says.
        before = self._store.contact(contact.contact_id)
        contact = replace(contact, plan_id=before.plan_id)
        self._writable_plan(contact.plan_id)
        contact = self._validated(contact)
        detail = f"{contact.contact_id} {contact.role}"
        self._store.save_contact(
            contact, AuditEntry(user, "coordination.contact.update", contact.plan_id, detail)
        )
        return _changes(contact.plan_id, plan_list=before.responsible or contact.responsible)

    def remove_contact(self, contact_id: ContactId, user: str) -> Changes:
        """Remove a contact; if it was the coordinator, the plan has none until another is chosen."""
        contact = self._store.contact(contact_id)
        self._writable_plan(contact.plan_id)
        detail = f"{contact_id} {contact.role}"
        self._store.remove_contact(
            contact, AuditEntry(user, "coordination.contact.remove", contact.plan_id, detail)
        )
        return _changes(contact.plan_id, plan_list=contact.responsible)

    def set_responsible(self, plan_id: PlanId, contact_id: ContactId | None, user: str) -> Changes:
        """Mark `contact_id` as responsible in the kommune (None: nobody); any other loses the mark."""
        self._writable_plan(plan_id)
        if contact_id is not None:
            contact = self._store.contact(contact_id)
            if contact.plan_id != plan_id:
                _raise([Issue("responsible", Problem.CONTACT_OTHER_PLAN)])
            if not contact.role.can_be_responsible:
                _raise([Issue("responsible", Problem.CONTACT_PRIVATE_RESPONSIBLE)])
        detail = str(contact_id) if contact_id is not None else "none"
        self._store.set_responsible(
            plan_id, contact_id, AuditEntry(user, "coordination.responsible", plan_id, detail)
        )
        return _changes(plan_id, plan_list=True)

    def _validated(self, contact: Contact) -> Contact:
        contact = cleaned_contact(contact)
        consent_ids = {consent.consent_id for consent in self._store.consents(contact.plan_id)}
        _raise(validate_contact(contact, consent_ids))
        return contact

    # The coordination record ---------------------------------------------

    def coordination(self, plan_id: PlanId) -> Coordination:
        """The plan's record; the defaults (nothing known yet) when none is stored."""
        return self._store.coordination(plan_id)

    def save_coordination(self, coordination: Coordination, user: str) -> Changes:
        self._writable_plan(coordination.plan_id)
        coordination = replace(
            coordination,
            language=clean_line(coordination.language),
            language_note=clean_text(coordination.language_note),
        )
        contact_ids = {contact.contact_id for contact in self._store.contacts(coordination.plan_id)}
        _raise(validate_coordination(coordination, contact_ids, self.today()))
        if coordination == self._store.coordination(coordination.plan_id):
            return Changes()
        self._store.save_coordination(
            coordination, AuditEntry(user, "coordination.save", coordination.plan_id)
        )
        return _changes(coordination.plan_id)

    # Helpers --------------------------------------------------------------

    def _writable_plan(self, plan_id: PlanId) -> Plan:
        plan = self._store.plan(plan_id)
        if plan.status is not PlanStatus.ACTIVE:
            raise ValidationError([Issue("plan", Problem.PLAN_NOT_ACTIVE)])
        return plan


def _changes(plan_id: PlanId, *, plan_list: bool = False) -> Changes:
    return Changes(
        plan_ids=frozenset({plan_id}), areas=frozenset({AreaKey.COORDINATION}), plan_list=plan_list
    )


def _raise(issues: Collection[Issue]) -> None:
    if issues:
        raise ValidationError(issues)
