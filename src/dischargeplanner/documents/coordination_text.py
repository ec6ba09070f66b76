"""Working with the kommune in documents: the responsible person, contacts, individuell plan, ansvarsgruppe.

Services are named under the kommune consent the document is made under; next of kin,
peers and barnevern only while the consent tied to them is valid on the day the document
is made. Whoever is left out is counted, never named, so the reader knows the list is
not complete.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dischargeplanner.documents.document import Block, BulletList, Fields, Paragraph, Subheading, Table
from dischargeplanner.documents.words import short_date
from dischargeplanner.domain.coordination import contact_shared, ordered_contacts
from dischargeplanner.domain.coordination_model import (
    Contact,
    ContactId,
    ContactRole,
    Coordination,
    IpRight,
    responsible_contact,
)
from dischargeplanner.domain.model import Consent

ROLE_WORDS = {
    ContactRole.KOMMUNE_CONTACT: "Kontaktperson i kommunen",
    ContactRole.COORDINATOR: "Koordinator",
    ContactRole.NAV: "NAV-veileder",
    ContactRole.FASTLEGE: "Fastlege",
    ContactRole.RUSKONSULENT: "Ruskonsulent",
    ContactRole.LIKEPERSON: "Likeperson",
    ContactRole.PAARORENDE: "Pårørende",
    ContactRole.BARNEVERN: "Barnevernet",
    ContactRole.HELSESYKEPLEIER: "Helsesykepleier",
    ContactRole.OTHER: "Annen kontakt",
}

IP_RIGHT_WORDS = {IpRight.YES: "Ja", IpRight.NO: "Nei", IpRight.UNKNOWN: "Ikke avklart"}

NO_RESPONSIBLE = "Ingen navngitt ansvarlig i kommunen er registrert."
RESPONSIBLE_NOT_SHARED = (
    "Den ansvarlige i kommunen er registrert, men er ikke med fordi pasienten ikke har samtykket "
    "til å dele det."
)
NO_CONTACTS = "Ingen kontakter er registrert."
NO_INTERPRETER = "Ikke behov for tolk registrert."


@dataclass(frozen=True)
class CoordinationRecord:
    """A plan's contacts and coordination record, with the consents that decide who is named."""

    contacts: Sequence[Contact]
    coordination: Coordination
    consents: Sequence[Consent]
    made_on: date

    def shared(self) -> list[Contact]:
        """The contacts a document may name on `made_on`, responsible first."""
        return [c for c in ordered_contacts(self.contacts) if contact_shared(c, self.consents, self.made_on)]

    def left_out(self) -> int:
        return len(self.contacts) - len(self.shared())

    def contact(self, contact_id: ContactId | None) -> Contact | None:
        return next((c for c in self.contacts if c.contact_id == contact_id), None)

    def is_shared(self, contact: Contact) -> bool:
        return contact_shared(contact, self.consents, self.made_on)


def role_word(contact: Contact) -> str:
    """The contact's role in Norwegian; an 'other' role in its own words."""
    if contact.role is ContactRole.OTHER and contact.role_text:
        return contact.role_text
    return ROLE_WORDS[contact.role]


def _reach(contact: Contact) -> str:
    """'tlf. 12 34 56 78, kari@kommune.example'."""
    parts = [f"tlf. {contact.phone}" if contact.phone else "", contact.email]
    return ", ".join(part for part in parts if part)


def left_out_line(count: int) -> str:
    if count == 1:
        return "1 kontakt er ikke med fordi pasienten ikke har samtykket til å dele den."
    return f"{count} kontakter er ikke med fordi pasienten ikke har samtykket til å dele dem."


def _responsible_blocks(record: CoordinationRecord) -> list[Block]:
    blocks: list[Block] = [Subheading("Ansvarlig i kommunen")]
    responsible = responsible_contact(list(record.contacts))
    if responsible is None:
        return [*blocks, Paragraph(NO_RESPONSIBLE, emphasis=True)]
    if not record.is_shared(responsible):
        return [*blocks, Paragraph(RESPONSIBLE_NOT_SHARED, emphasis=True)]
    rows = (
        ("Navn", responsible.name),
        ("Rolle", role_word(responsible)),
        ("Virksomhet", responsible.organisation),
        ("Telefon", responsible.phone),
        ("E-post", responsible.email),
    )
    return [*blocks, Fields(tuple((label, value) for label, value in rows if value))]


def _contacts_blocks(record: CoordinationRecord) -> list[Block]:
    blocks: list[Block] = [Subheading("Kontakter")]
    shared = record.shared()
    if shared:
        rows = tuple(
            (
                role_word(c) + (" (ansvarlig)" if c.responsible else ""),
                c.name,
                c.organisation,
                _reach(c),
            )
            for c in shared
        )
        blocks.append(Table(("Rolle", "Navn", "Virksomhet", "Telefon / e-post"), rows, (1.3, 1.3, 1.4, 1.6)))
    elif not record.contacts:
        blocks.append(Paragraph(NO_CONTACTS))
    if record.left_out():
        blocks.append(Paragraph(left_out_line(record.left_out()), emphasis=True))
    return blocks


def _person(record: CoordinationRecord, contact_id: ContactId | None) -> str:
    contact = record.contact(contact_id)
    if contact is None:
        return "Ikke registrert"
    if not record.is_shared(contact):
        return "Registrert, men ikke med uten pasientens samtykke"
    details = [contact.organisation, f"tlf. {contact.phone}" if contact.phone else ""]
    described = ", ".join(part for part in details if part)
    return f"{contact.name} ({described})" if described else contact.name


def _yes_no(value: bool) -> str:
    return "Ja" if value else "Nei"


def _ip_blocks(record: CoordinationRecord) -> list[Block]:
    coordination = record.coordination
    rows = [("Rett til individuell plan", IP_RIGHT_WORDS[coordination.ip_right])]
    if coordination.ip_requested is not None:
        rows.append(("Ønsket dato", short_date(coordination.ip_requested)))
    rows += [
        ("Individuell plan finnes", _yes_no(coordination.ip_exists)),
        ("Koordinator", _person(record, coordination.coordinator)),
    ]
    return [Subheading("Individuell plan"), Fields(tuple(rows))]


def _ansvarsgruppe_blocks(record: CoordinationRecord) -> list[Block]:
    blocks: list[Block] = [
        Subheading("Ansvarsgruppe"),
        Fields((("Ansvarsgruppe finnes", _yes_no(record.coordination.ansvarsgruppe_exists)),)),
    ]
    members = [c for c in record.shared() if c.in_ansvarsgruppe]
    if members:
        lines = tuple(
            f"{c.name} – {role_word(c)}" + (f" ({c.organisation})" if c.organisation else "") for c in members
        )
        blocks += [Paragraph("Medlemmer:"), BulletList(lines)]
    return blocks


def handover_blocks(record: CoordinationRecord) -> list[Block]:
    """The coordination section of the handover: who is responsible, who to contact, IP, ansvarsgruppe."""
    return [
        *_responsible_blocks(record),
        *_contacts_blocks(record),
        *_ip_blocks(record),
        *_ansvarsgruppe_blocks(record),
    ]


def language_blocks(record: CoordinationRecord) -> list[Block]:
    """The 'Tolk og språk' section: whether an interpreter is needed, in which language."""
    coordination = record.coordination
    if coordination.interpreter_needed:
        language = coordination.language or "ikke oppgitt"
        text = f"Trenger tolk: ja, språk: {language}."
    elif coordination.language:
        text = f"{NO_INTERPRETER} Språk: {coordination.language}."
    else:
        text = NO_INTERPRETER
    if coordination.language_note:
        text += f" Merknad: {coordination.language_note}"
    return [Paragraph(text, emphasis=coordination.interpreter_needed)]


def patient_contacts(record: CoordinationRecord) -> list[tuple[str, str, str]]:
    """(role, name, phone) of the contacts the patient's own copy may name, responsible first."""
    return [(role_word(c), c.name, c.phone) for c in record.shared()]
