"""A meeting + consent -> its minutes ("referat"), as the same kind of document as the handover.

Only areas the consent names are read: an area left out contributes nothing but its
name in the list of what was left out, exactly as in the handover.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dischargeplanner.documents.coordination_text import ROLE_WORDS
from dischargeplanner.documents.document import (
    Block,
    Fields,
    HandoverDocument,
    Paragraph,
    Section,
    Subheading,
    Table,
)
from dischargeplanner.documents.handover import MARKING
from dischargeplanner.documents.language import marked, say
from dischargeplanner.documents.words import (
    RESPONSIBLE_WORDS,
    Sender,
    clock,
    fodselsnummer,
    long_date,
    short_date,
)
from dischargeplanner.domain.coordination_model import ContactRole
from dischargeplanner.domain.meeting_model import Decision, Meeting, MeetingKind, Participant
from dischargeplanner.domain.model import AreaStatus, Consent, DocumentKind, PlanDetail

# Bokmål templates: say them where they are used.
TITLES = {
    MeetingKind.EVALUATION: marked("Referat fra evalueringsmøte"),
    MeetingKind.DISCHARGE: marked("Referat fra utskrivningsmøte"),
}


@dataclass(frozen=True)
class MinutesInput:
    """Everything the minutes are made from; `consent` decides which areas are read."""

    detail: PlanDetail
    meeting: Meeting
    consent: Consent
    sender: Sender
    kommune: str
    made_on: date
    made_by: str


def build(source: MinutesInput) -> HandoverDocument:
    plan, meeting = source.detail.plan, source.meeting
    shared = tuple(area for area in source.detail.areas if area.area in source.consent.areas)
    left_out = tuple(area.title for area in source.detail.areas if area.area not in source.consent.areas)
    patient_line = (
        say(
            "{name}, f.nr. {number}", name=plan.patient.name, number=fodselsnummer(plan.patient.fodselsnummer)
        )
        if plan.patient.fodselsnummer
        else plan.patient.name
    )
    return HandoverDocument(
        kind=DocumentKind.KOMMUNE,
        title=say(TITLES[meeting.kind]),
        subtitle=say(
            "{day} – til {recipient}",
            day=long_date(meeting.day).capitalize(),
            recipient=source.consent.recipient,
        ),
        marking=say(MARKING),
        patient_line=patient_line,
        sender_line=source.sender.line,
        made_on=source.made_on,
        sections=(
            _meeting(source),
            _participants(source),
            _areas(meeting, shared, left_out),
            _decisions(meeting, shared),
        ),
        left_out=left_out,
        recipient=source.consent.recipient,
    )


def role_word(participant: Participant) -> str:
    if participant.role is ContactRole.OTHER and participant.role_text:
        return participant.role_text
    return say(ROLE_WORDS[participant.role])


def _meeting(source: MinutesInput) -> Section:
    plan, details = source.detail.plan, source.meeting.details
    when = f"{long_date(details.day)} {clock(details.start)}".strip()
    if details.video:
        where = say("Videomøte: {place}", place=details.place) if details.place else say("Videomøte")
    else:
        where = details.place or say("Ikke oppgitt")
    rows = [
        (say("Pasient"), plan.patient.name),
        (say("Hjemkommune"), source.kommune),
        (say("Dato"), when),
        (say("Sted"), where),
        (say("Avdeling"), plan.ward or source.sender.ward),
        (say("Ansvarlig ved avdelingen"), plan.responsible_staff),
        (say("Referent"), source.made_by),
    ]
    if not source.meeting.held:
        rows.append((say("Status"), say("Planlagt – møtet er ikke markert som holdt")))
    consent = source.consent
    note = say(
        "Referatet følger samtykket pasienten ga {date} til å dele opplysninger med {recipient}.",
        date=short_date(consent.given),
        recipient=consent.recipient,
    )
    return Section("meeting", say("Møtet"), (Fields(tuple(rows)), Paragraph(note)))


def _participants(source: MinutesInput) -> Section:
    details = source.meeting.details
    blocks: list[Block] = []
    if details.participants:
        rows = tuple((p.name, role_word(p)) for p in details.participants)
        blocks.append(Table((say("Deltaker"), say("Rolle")), rows, (3, 2)))
    fields = [(say("Pasienten"), say("Til stede") if details.patient_present else say("Ikke til stede"))]
    if details.ward_staff:
        fields.append((say("Fra avdelingen"), ", ".join(details.ward_staff)))
    if details.others:
        fields.append((say("Andre"), details.others))
    blocks.append(Fields(tuple(fields)))
    return Section("participants", say("Deltakere"), tuple(blocks))


def _areas(meeting: Meeting, shared: tuple[AreaStatus, ...], left_out: tuple[str, ...]) -> Section:
    blocks: list[Block] = []
    quiet = []
    for area in shared:
        minute, decisions = meeting.minute(area.area), meeting.decisions_in(area.area)
        if not minute and not decisions:
            quiet.append(area.title)
            continue
        blocks.append(Subheading(area.title))
        if minute:
            blocks.append(Paragraph(minute))
        if decisions:
            blocks.append(_decision_table(decisions))
    if quiet:
        blocks.append(Paragraph(say("Ikke tatt opp på møtet: {areas}.", areas=", ".join(quiet))))
    if left_out:
        blocks.append(
            Paragraph(
                say(
                    "Ikke med i referatet, fordi pasienten ikke har samtykket til å dele det med "
                    "mottakeren: {areas}.",
                    areas=", ".join(left_out),
                ),
                emphasis=True,
            )
        )
    return Section(
        "areas", say("Referat per område"), tuple(blocks), say("Ingen områder er med i referatet.")
    )


def _decisions(meeting: Meeting, shared: tuple[AreaStatus, ...]) -> Section:
    titles = {area.area: area.title for area in shared}
    decisions = tuple(d for d in meeting.decisions if d.area in titles)
    if not decisions:
        return Section(
            "decisions", say("Alle vedtak"), (), say("Møtet fattet ingen vedtak i områdene som er med.")
        )
    ordered = sorted(decisions, key=lambda d: (d.deadline or date.max, d.what))
    rows = tuple(
        (titles[d.area], d.what, _who(d), short_date(d.deadline, say("Ingen frist"))) for d in ordered
    )
    blocks: tuple[Block, ...] = (
        Table((say("Område"), say("Hva"), say("Ansvarlig"), say("Frist")), rows, (1.6, 3.4, 2.2, 1.3)),
        Paragraph(say("Vedtakene er lagt inn som avtalte tiltak i planen.")),
    )
    return Section("decisions", say("Alle vedtak"), blocks)


def _decision_table(decisions: tuple[Decision, ...]) -> Table:
    rows = tuple((d.what, _who(d), short_date(d.deadline, say("Ingen frist"))) for d in decisions)
    return Table((say("Vedtak"), say("Ansvarlig"), say("Frist")), rows, (4, 2.2, 1.3))


def _who(decision: Decision) -> str:
    word = say(RESPONSIBLE_WORDS[decision.responsible])
    return f"{word}: {decision.responsible_name}" if decision.responsible_name else word
