"""Children and family in the handover to the kommune: the children, barn som pårørende
conversations, barnevern and family services.

Barnevern is written only when the patient has consented to barnevern being involved
or informed in the ansvarsgruppe; otherwise the document says it is left out and
gives no details at all. Children are named by first name or initials, as recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dischargeplanner.documents.document import Block, BulletList, Fields, Paragraph, Subheading, Table
from dischargeplanner.documents.language import marked, say
from dischargeplanner.documents.words import short_date
from dischargeplanner.domain.family import FamilyService
from dischargeplanner.domain.family_model import (
    BarnevernInvolved,
    Child,
    Conversation,
    Family,
    FamilySupport,
    Participant,
)
from dischargeplanner.domain.model import PlanId

# Bokmål templates (constants and word tables): say them where they are used.
NO_CHILDREN = marked("Ingen barn under 18 år registrert.")
BARNEVERN_LEFT_OUT = marked("Barnevern: ikke med (ikke samtykke).")
BARNEVERN_CONSENT = marked(
    "Pasienten samtykker til at barnevernet er involvert eller informert i ansvarsgruppen."
)

SUPPORT_WORDS = {
    FamilySupport.FAMILIEVERNKONTOR: marked("Familievernkontoret"),
    FamilySupport.HELSESTASJON: marked("Helsesykepleier / helsestasjon"),
    FamilySupport.BARNEHAGE_SKOLE: marked("Barnehage / skole er informert"),
    FamilySupport.FORELDRESTOTTE: marked("Foreldrestøtte"),
}
INVOLVED_WORDS = {
    BarnevernInvolved.UNKNOWN: marked("Ikke avklart"),
    BarnevernInvolved.NO: marked("Nei"),
    BarnevernInvolved.YES: marked("Ja"),
}
PARTICIPANT_WORDS = {
    Participant.PATIENT: marked("pasienten"),
    Participant.CHILD: marked("barnet"),
    Participant.OTHER_PARENT: marked("den andre forelderen eller omsorgspersonen"),
}


@dataclass(frozen=True)
class FamilyRecord:
    """A plan's children, conversations and family record, as on `today` (ages are counted from it)."""

    family: Family
    children: Sequence[Child]
    conversations: Sequence[Conversation]
    today: date

    def child_name(self, conversation: Conversation) -> str:
        for child in self.children:
            if child.child_id == conversation.child_id:
                return child.name
        return ""


def family_record(service: FamilyService, plan_id: PlanId, today: date) -> FamilyRecord:
    """Read what the handover needs of one plan's children and family."""
    return FamilyRecord(
        family=service.family(plan_id),
        children=service.children(plan_id),
        conversations=service.conversations(plan_id),
        today=today,
    )


def and_list(parts: Sequence[str]) -> str:
    """'a, b og c'."""
    if len(parts) > 1:
        return say("{first} og {last}", first=", ".join(parts[:-1]), last=parts[-1])
    return parts[0] if parts else ""


def age_text(child: Child, today: date) -> str:
    age = child.age(today)
    return say("Ukjent") if age is None else say("{age} år", age=age)


def conversation_line(record: FamilyRecord, conversation: Conversation) -> str:
    """'30.10.2026: med pasienten og barnet (Mia)'."""
    words = []
    for participant in conversation.participants:
        word = say(PARTICIPANT_WORDS[participant])
        name = record.child_name(conversation) if participant is Participant.CHILD else ""
        words.append(f"{word} ({name})" if name else word)
    return say("{date}: med {people}", date=short_date(conversation.day), people=and_list(words))


def handover_blocks(record: FamilyRecord) -> list[Block]:
    """Children, conversations, barnevern (only with consent) and family services."""
    return [
        *_children_blocks(record),
        *_conversation_blocks(record),
        *_barnevern_blocks(record.family),
        *_services_blocks(record.family),
    ]


def _children_blocks(record: FamilyRecord) -> list[Block]:
    if not record.children:
        return [Subheading(say("Barn")), Paragraph(say(NO_CHILDREN))]
    rows = tuple(
        (child.name, age_text(child, record.today), child.lives_with, child.carer_during_stay)
        for child in record.children
    )
    return [
        Subheading(say("Barn")),
        Table((say("Barn"), say("Alder"), say("Bor hos"), say("Omsorg under oppholdet")), rows, (2, 1, 2, 2)),
    ]


def _conversation_blocks(record: FamilyRecord) -> list[Block]:
    if not record.children and not record.conversations:
        return []
    heading = Subheading(say("Samtaler med barn som pårørende"))
    if not record.conversations:
        return [heading, Paragraph(say("Ingen samtaler registrert ennå."))]
    return [heading, BulletList(tuple(conversation_line(record, c) for c in record.conversations))]


def _barnevern_blocks(family: Family) -> list[Block]:
    if not family.barnevern_consent:
        # Nothing more: without consent no barnevern detail may reach the document.
        return [Paragraph(say(BARNEVERN_LEFT_OUT), emphasis=True)]
    rows = [(say("Barnevernet involvert"), say(INVOLVED_WORDS[family.barnevern_involved]))]
    if family.barnevern_contact:
        rows.append((say("Saksbehandler / kontor"), family.barnevern_contact))
    if family.barnevern_note:
        rows.append((say("Merknad"), family.barnevern_note))
    return [Subheading(say("Barnevern")), Paragraph(say(BARNEVERN_CONSENT)), Fields(tuple(rows))]


def _services_blocks(family: Family) -> list[Block]:
    rows = []
    if family.supports:
        rows.append((say("Tjenester"), ", ".join(say(SUPPORT_WORDS[support]) for support in family.supports)))
    if family.services_note:
        rows.append((say("Annet"), family.services_note))
    if family.long_term_follow_up:
        rows.append((say("Behov for langvarig oppfølging"), family.long_term_follow_up))
    if not rows:
        return [Subheading(say("Familietjenester")), Paragraph(say("Ingen familietjenester registrert."))]
    return [Subheading(say("Familietjenester")), Fields(tuple(rows))]
