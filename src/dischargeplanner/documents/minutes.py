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

TITLES = {
    MeetingKind.EVALUATION: "Referat fra evalueringsmøte",
    MeetingKind.DISCHARGE: "Referat fra utskrivningsmøte",
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
    number = f", f.nr. {fodselsnummer(plan.patient.fodselsnummer)}" if plan.patient.fodselsnummer else ""
    return HandoverDocument(
        kind=DocumentKind.KOMMUNE,
        title=TITLES[meeting.kind],
        subtitle=f"{long_date(meeting.day).capitalize()} – til {source.consent.recipient}",
        marking=MARKING,
        patient_line=f"{plan.patient.name}{number}",
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
    return ROLE_WORDS[participant.role]


def _meeting(source: MinutesInput) -> Section:
    plan, details = source.detail.plan, source.meeting.details
    when = f"{long_date(details.day)} {clock(details.start)}".strip()
    if details.video:
        where = f"Videomøte: {details.place}" if details.place else "Videomøte"
    else:
        where = details.place or "Ikke oppgitt"
    rows = [
        ("Pasient", plan.patient.name),
        ("Hjemkommune", source.kommune),
        ("Dato", when),
        ("Sted", where),
        ("Avdeling", plan.ward or source.sender.ward),
        ("Ansvarlig ved avdelingen", plan.responsible_staff),
        ("Referent", source.made_by),
    ]
    if not source.meeting.held:
        rows.append(("Status", "Planlagt – møtet er ikke markert som holdt"))
    consent = source.consent
    note = (
        f"Referatet følger samtykket pasienten ga {short_date(consent.given)} til å dele opplysninger "
        f"med {consent.recipient}."
    )
    return Section("meeting", "Møtet", (Fields(tuple(rows)), Paragraph(note)))


def _participants(source: MinutesInput) -> Section:
    details = source.meeting.details
    blocks: list[Block] = []
    if details.participants:
        rows = tuple((p.name, role_word(p)) for p in details.participants)
        blocks.append(Table(("Deltaker", "Rolle"), rows, (3, 2)))
    fields = [("Pasienten", "Til stede" if details.patient_present else "Ikke til stede")]
    if details.ward_staff:
        fields.append(("Fra avdelingen", ", ".join(details.ward_staff)))
    if details.others:
        fields.append(("Andre", details.others))
    blocks.append(Fields(tuple(fields)))
    return Section("participants", "Deltakere", tuple(blocks))


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
        blocks.append(Paragraph("Ikke tatt opp på møtet: " + ", ".join(quiet) + "."))
    if left_out:
        blocks.append(
            Paragraph(
                "Ikke med i referatet, fordi pasienten ikke har samtykket til å dele det med mottakeren: "
                + ", ".join(left_out)
                + ".",
                emphasis=True,
            )
        )
    return Section("areas", "Referat per område", tuple(blocks), "Ingen områder er med i referatet.")


def _decisions(meeting: Meeting, shared: tuple[AreaStatus, ...]) -> Section:
    titles = {area.area: area.title for area in shared}
    decisions = tuple(d for d in meeting.decisions if d.area in titles)
    if not decisions:
        return Section("decisions", "Alle vedtak", (), "Møtet fattet ingen vedtak i områdene som er med.")
    ordered = sorted(decisions, key=lambda d: (d.deadline or date.max, d.what))
    rows = tuple((titles[d.area], d.what, _who(d), short_date(d.deadline, "Ingen frist")) for d in ordered)
    blocks: tuple[Block, ...] = (
        Table(("Område", "Hva", "Ansvarlig", "Frist"), rows, (1.6, 3.4, 2.2, 1.3)),
        Paragraph("Vedtakene er lagt inn som avtalte tiltak i planen."),
    )
    return Section("decisions", "Alle vedtak", blocks)


def _decision_table(decisions: tuple[Decision, ...]) -> Table:
    rows = tuple((d.what, _who(d), short_date(d.deadline, "Ingen frist")) for d in decisions)
    return Table(("Vedtak", "Ansvarlig", "Frist"), rows, (4, 2.2, 1.3))


def _who(decision: Decision) -> str:
    word = RESPONSIBLE_WORDS[decision.responsible]
    return f"{word}: {decision.responsible_name}" if decision.responsible_name else word
