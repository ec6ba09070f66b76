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
from dischargeplanner.documents.language import marked, say
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

# Bokmål templates (`marked`): `say` them where they are used.
ROLE_WORDS = {
    ContactRole.KOMMUNE_CONTACT: marked("Kontaktperson i kommunen"),
    ContactRole.COORDINATOR: marked("Koordinator"),
    ContactRole.NAV: marked("NAV-veileder"),
    ContactRole.FASTLEGE: marked("Fastlege"),
    ContactRole.RUSKONSULENT: marked("Ruskonsulent"),
    ContactRole.LIKEPERSON: marked("Likeperson"),
    ContactRole.PAARORENDE: marked("Pårørende"),
    ContactRole.BARNEVERN: marked("Barnevernet"),
    ContactRole.HELSESYKEPLEIER: marked("Helsesykepleier"),
    ContactRole.OTHER: marked("Annen kontakt"),
}

IP_RIGHT_WORDS = {
    IpRight.YES: marked("Ja"),
    IpRight.NO: marked("Nei"),
    IpRight.UNKNOWN: marked("Ikke avklart"),
}

NO_RESPONSIBLE = marked("Ingen navngitt ansvarlig i kommunen er registrert.")
RESPONSIBLE_NOT_SHARED = marked(
    "Den ansvarlige i kommunen er registrert, men er ikke med fordi pasienten ikke har samtykket "
    "til å dele det."
)
NO_CONTACTS = marked("Ingen kontakter er registrert.")
NO_INTERPRETER = marked("Ikke behov for tolk registrert.")


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
    return say(ROLE_WORDS[contact.role])


def _reach(contact: Contact) -> str:
    """'tlf. 12 34 56 78, kari@kommune.example'."""
    parts = [say("tlf. {phone}", phone=contact.phone) if contact.phone else "", contact.email]
    return ", ".join(part for part in parts if part)


def left_out_line(count: int) -> str:
    if count == 1:
        return say("1 kontakt er ikke med fordi pasienten ikke har samtykket til å dele den.")
    return say(
        "{count} kontakter er ikke med fordi pasienten ikke har samtykket til å dele dem.", count=count
    )


def _responsible_blocks(record: CoordinationRecord) -> list[Block]:
    blocks: list[Block] = [Subheading(say("Ansvarlig i kommunen"))]
    responsible = responsible_contact(list(record.contacts))
    if responsible is None:
        return [*blocks, Paragraph(say(NO_RESPONSIBLE), emphasis=True)]
    if not record.is_shared(responsible):
        return [*blocks, Paragraph(say(RESPONSIBLE_NOT_SHARED), emphasis=True)]
    rows = (
        (say("Navn"), responsible.name),
        (say("Rolle"), role_word(responsible)),
        (say("Virksomhet"), responsible.organisation),
        (say("Telefon"), responsible.phone),
        (say("E-post"), responsible.email),
    )
    return [*blocks, Fields(tuple((label, value) for label, value in rows if value))]


def _contacts_blocks(record: CoordinationRecord) -> list[Block]:
    blocks: list[Block] = [Subheading(say("Kontakter"))]
    shared = record.shared()
    if shared:
        rows = tuple(
            (
                say("{role} (ansvarlig)", role=role_word(c)) if c.responsible else role_word(c),
                c.name,
                c.organisation,
                _reach(c),
            )
            for c in shared
        )
        headers = (say("Rolle"), say("Navn"), say("Virksomhet"), say("Telefon / e-post"))
        blocks.append(Table(headers, rows, (1.3, 1.3, 1.4, 1.6)))
    elif not record.contacts:
        blocks.append(Paragraph(say(NO_CONTACTS)))
    if record.left_out():
        blocks.append(Paragraph(left_out_line(record.left_out()), emphasis=True))
    return blocks


def _person(record: CoordinationRecord, contact_id: ContactId | None) -> str:
    contact = record.contact(contact_id)
    if contact is None:
        return say("Ikke registrert")
    if not record.is_shared(contact):
        return say("Registrert, men ikke med uten pasientens samtykke")
    details = [contact.organisation, say("tlf. {phone}", phone=contact.phone) if contact.phone else ""]
    described = ", ".join(part for part in details if part)
    return f"{contact.name} ({described})" if described else contact.name


def _yes_no(value: bool) -> str:
    return say("Ja") if value else say("Nei")


def _ip_blocks(record: CoordinationRecord) -> list[Block]:
    coordination = record.coordination
    rows = [(say("Rett til individuell plan"), say(IP_RIGHT_WORDS[coordination.ip_right]))]
    if coordination.ip_requested is not None:
        rows.append((say("Ønsket dato"), short_date(coordination.ip_requested)))
    rows += [
        (say("Individuell plan finnes"), _yes_no(coordination.ip_exists)),
        (say("Koordinator"), _person(record, coordination.coordinator)),
    ]
    return [Subheading(say("Individuell plan")), Fields(tuple(rows))]


def _ansvarsgruppe_blocks(record: CoordinationRecord) -> list[Block]:
    blocks: list[Block] = [
        Subheading(say("Ansvarsgruppe")),
        Fields(((say("Ansvarsgruppe finnes"), _yes_no(record.coordination.ansvarsgruppe_exists)),)),
    ]
    members = [c for c in record.shared() if c.in_ansvarsgruppe]
    if members:
        lines = tuple(
            f"{c.name} – {role_word(c)}" + (f" ({c.organisation})" if c.organisation else "") for c in members
        )
        blocks += [Paragraph(say("Medlemmer:")), BulletList(lines)]
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
        language = coordination.language or say("ikke oppgitt")
        text = say("Trenger tolk: ja, språk: {language}.", language=language)
    elif coordination.language:
        text = say("Ikke behov for tolk registrert. Språk: {language}.", language=coordination.language)
    else:
        text = say(NO_INTERPRETER)
    if coordination.language_note:
        text = say("{text} Merknad: {note}", text=text, note=coordination.language_note)
    return [Paragraph(text, emphasis=coordination.interpreter_needed)]


def patient_contacts(record: CoordinationRecord) -> list[tuple[str, str, str]]:
    """(role, name, phone) of the contacts the patient's own copy may name, responsible first."""
    return [(role_word(c), c.name, c.phone) for c in record.shared()]
