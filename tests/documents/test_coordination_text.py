"""Coordination in documents: who is named, who is left out for want of consent, IP, language."""

from __future__ import annotations

from datetime import date, timedelta

from dischargeplanner.documents.coordination_text import (
    CoordinationRecord,
    handover_blocks,
    language_blocks,
    patient_contacts,
)
from dischargeplanner.documents.document import Block, BulletList, Fields, Paragraph, Subheading, Table
from dischargeplanner.domain.coordination_model import Contact, ContactId, ContactRole, Coordination, IpRight
from dischargeplanner.domain.model import AreaKey, Consent, ConsentForm, ConsentId, PlanId, RecipientKind

PLAN = PlanId(1)
MADE_ON = date(2026, 11, 2)
PHONE = "12 34 56 78"

KOMMUNE = Contact(
    ContactId(1), PLAN, ContactRole.KOMMUNE_CONTACT, "Kari Kommune Demo", "Tjenestekontoret (demo)", PHONE,
    "kari@kommune.example", responsible=True, in_ansvarsgruppe=True,
)  # fmt: skip
KOORDINATOR = Contact(
    ContactId(2), PLAN, ContactRole.COORDINATOR, "Kåre Koordinator Demo", "Koordinerende enhet (demo)", PHONE,
    in_ansvarsgruppe=True,
)  # fmt: skip
SISTER = Contact(
    ContactId(3), PLAN, ContactRole.PAARORENDE, "Søster Demo", phone=PHONE, consent_id=ConsentId(9),
    in_ansvarsgruppe=True,
)  # fmt: skip
MOTHER = Contact(ContactId(4), PLAN, ContactRole.PAARORENDE, "Mor Demo", phone=PHONE)
SISTER_CONSENT = Consent(
    ConsentId(9), PLAN, RecipientKind.PAARORENDE, "Søster Demo", frozenset({AreaKey.NETWORK}),
    MADE_ON - timedelta(days=30), ConsentForm.WRITTEN, "Sosionom Test", expires=MADE_ON + timedelta(days=30),
)  # fmt: skip


def record(
    contacts: tuple[Contact, ...] = (MOTHER, SISTER, KOORDINATOR, KOMMUNE),
    coordination: Coordination | None = None,
    consents: tuple[Consent, ...] = (SISTER_CONSENT,),
    made_on: date = MADE_ON,
) -> CoordinationRecord:
    return CoordinationRecord(contacts, coordination or Coordination(PLAN), consents, made_on)


def texts(blocks: list[Block]) -> str:
    """Everything the reader sees, as one text."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph | Subheading):
            parts.append(block.text)
        elif isinstance(block, Fields):
            parts += [f"{label}: {value}" for label, value in block.rows]
        elif isinstance(block, BulletList):
            parts += block.items
        elif isinstance(block, Table):
            parts += [" | ".join(row) for row in block.rows]
    return "\n".join(parts)


def table_of(blocks: list[Block]) -> Table:
    return next(block for block in blocks if isinstance(block, Table))


def test_a_next_of_kin_without_valid_consent_is_left_out_and_counted() -> None:
    blocks = handover_blocks(record())

    contacts = table_of(blocks)
    assert contacts.headers == ("Rolle", "Navn", "Virksomhet", "Telefon / e-post")
    assert [row[:2] for row in contacts.rows] == [
        ("Kontaktperson i kommunen (ansvarlig)", "Kari Kommune Demo"),
        ("Koordinator", "Kåre Koordinator Demo"),
        ("Pårørende", "Søster Demo"),
    ]
    assert contacts.rows[0][3] == f"tlf. {PHONE}, kari@kommune.example"
    text = texts(blocks)
    assert "Mor Demo" not in text
    assert Paragraph(
        "1 kontakt er ikke med fordi pasienten ikke har samtykket til å dele den.", emphasis=True
    ) in (blocks)


def test_an_expired_consent_leaves_the_sister_out_everywhere() -> None:
    later = record(
        coordination=Coordination(PLAN, ansvarsgruppe_exists=True), made_on=MADE_ON + timedelta(days=31)
    )
    blocks = handover_blocks(later)
    text = texts(blocks)
    assert "Søster Demo" not in text
    assert "2 kontakter er ikke med fordi pasienten ikke har samtykket til å dele dem." in text
    assert [name for _role, name, _phone in patient_contacts(later)] == [
        "Kari Kommune Demo",
        "Kåre Koordinator Demo",
    ]
    members = next(block for block in blocks if isinstance(block, BulletList))
    assert members.items == (
        "Kari Kommune Demo – Kontaktperson i kommunen (Tjenestekontoret (demo))",
        "Kåre Koordinator Demo – Koordinator (Koordinerende enhet (demo))",
    )


def test_the_responsible_person_comes_first_with_how_to_reach_them() -> None:
    blocks = handover_blocks(record())
    assert blocks[0] == Subheading("Ansvarlig i kommunen")
    assert blocks[1] == Fields(
        (
            ("Navn", "Kari Kommune Demo"),
            ("Rolle", "Kontaktperson i kommunen"),
            ("Virksomhet", "Tjenestekontoret (demo)"),
            ("Telefon", PHONE),
            ("E-post", "kari@kommune.example"),
        )
    )


def test_without_a_responsible_person_the_document_says_so() -> None:
    blocks = handover_blocks(record(contacts=(KOORDINATOR,)))
    assert Paragraph("Ingen navngitt ansvarlig i kommunen er registrert.", emphasis=True) in blocks
    blocks = handover_blocks(record(contacts=()))
    assert "Ingen kontakter er registrert." in texts(blocks)


def test_individuell_plan_and_ansvarsgruppe() -> None:
    coordination = Coordination(
        PLAN, IpRight.YES, date(2026, 10, 5), ip_exists=True, coordinator=KOORDINATOR.contact_id,
        ansvarsgruppe_exists=True,
    )  # fmt: skip
    text = texts(handover_blocks(record(coordination=coordination)))
    assert "Rett til individuell plan: Ja" in text
    assert "Ønsket dato: 05.10.2026" in text
    assert "Individuell plan finnes: Ja" in text
    assert f"Koordinator: Kåre Koordinator Demo (Koordinerende enhet (demo), tlf. {PHONE})" in text
    assert "Ansvarsgruppe finnes: Ja" in text
    assert "Søster Demo – Pårørende" in text

    text = texts(handover_blocks(record()))
    assert "Rett til individuell plan: Ikke avklart" in text
    assert "Ønsket dato" not in text
    assert "Koordinator: Ikke registrert" in text
    assert "Ansvarsgruppe finnes: Nei" in text


def test_language_needs() -> None:
    needed = Coordination(
        PLAN, interpreter_needed=True, language="arabisk", language_note="Ikke familie som tolk."
    )
    assert language_blocks(record(coordination=needed)) == [
        Paragraph("Trenger tolk: ja, språk: arabisk. Merknad: Ikke familie som tolk.", emphasis=True)
    ]
    assert language_blocks(record()) == [Paragraph("Ikke behov for tolk registrert.")]


def test_the_patient_copy_names_shared_contacts_with_their_phone() -> None:
    assert patient_contacts(record()) == [
        ("Kontaktperson i kommunen", "Kari Kommune Demo", PHONE),
        ("Koordinator", "Kåre Koordinator Demo", PHONE),
        ("Pårørende", "Søster Demo", PHONE),
    ]
