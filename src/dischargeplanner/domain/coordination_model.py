"""Working with the kommune: the plan's contacts, individuell plan, ansvarsgruppe and language needs.

One contact is the named person responsible in the kommune; until there is one,
the plan warns. A contact can be tied to the consent register: private persons
(next of kin, peers) and barnevern are only shared under a valid consent.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import NewType

from dischargeplanner.domain.model import ConsentId, PlanId

ContactId = NewType("ContactId", int)


class ContactRole(enum.StrEnum):
    KOMMUNE_CONTACT = "kommune_contact"
    COORDINATOR = "coordinator"
    NAV = "nav"
    FASTLEGE = "fastlege"
    RUSKONSULENT = "ruskonsulent"
    LIKEPERSON = "likeperson"
    PAARORENDE = "paarorende"
    BARNEVERN = "barnevern"
    HELSESYKEPLEIER = "helsesykepleier"
    OTHER = "other"

    @property
    def is_private(self) -> bool:
        """A private person, not a service: shared only under a consent tied to the contact."""
        return self in (ContactRole.PAARORENDE, ContactRole.LIKEPERSON)

    @property
    def needs_consent(self) -> bool:
        """Shared in documents only when the contact's tied consent is valid."""
        return self.is_private or self is ContactRole.BARNEVERN

    @property
    def can_be_responsible(self) -> bool:
        """The named responsible person is someone in a kommune service, not a private person."""
        return not self.is_private


@dataclass(frozen=True)
class Contact:
    contact_id: ContactId
    plan_id: PlanId
    role: ContactRole
    name: str
    organisation: str = ""
    phone: str = ""
    email: str = ""
    note: str = ""
    # What an 'other' role is ("Boveileder", "Prest"); empty for the named roles.
    role_text: str = ""
    consent_id: ConsentId | None = None
    responsible: bool = False
    in_ansvarsgruppe: bool = False


class IpRight(enum.StrEnum):
    """Whether the patient has the right to an individuell plan (long-term, coordinated services)."""

    UNKNOWN = "unknown"
    YES = "yes"
    NO = "no"


@dataclass(frozen=True)
class Coordination:
    """One per plan: individuell plan, ansvarsgruppe, interpreter and language needs."""

    plan_id: PlanId
    ip_right: IpRight = IpRight.UNKNOWN
    ip_requested: date | None = None
    ip_exists: bool = False
    coordinator: ContactId | None = None
    ansvarsgruppe_exists: bool = False
    interpreter_needed: bool = False
    language: str = ""
    language_note: str = ""


def responsible_contact(contacts: tuple[Contact, ...] | list[Contact]) -> Contact | None:
    """The named person responsible in the kommune, if one is marked."""
    return next((contact for contact in contacts if contact.responsible), None)
