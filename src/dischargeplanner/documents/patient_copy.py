"""Plan -> the patient's own copy ("Min plan"), as pure data.

Plain language, second person, no traffic lights or professional words: my goals,
my appointments, who to call when things get hard, my self-help group, and what
the kommune, NAV and I will do. The copy is the patient's own: no consent applies.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dischargeplanner.documents.document import Block, BulletList, HandoverDocument, Paragraph, Section
from dischargeplanner.documents.language import marked, say
from dischargeplanner.documents.selfhelp_text import SelfHelpRecord, patient_blocks
from dischargeplanner.documents.words import Sender, clock, long_date
from dischargeplanner.domain.model import (
    Action,
    ActionStatus,
    Appointment,
    AreaKey,
    DocumentKind,
    PlanDetail,
    Responsible,
)

MARKING = marked("Personlig – din egen kopi")
PATIENT_RECIPIENT = marked("Pasienten")

# Numbers every Norwegian can call; the ward's own number comes from the settings.
EMERGENCY_LINES = (
    marked("Legevakt: ring 116 117."),
    marked("Ved fare for liv og helse: ring 113."),
)

_WHO_ELSE = {
    Responsible.KOMMUNE: marked("Kommunen"),
    Responsible.NAV: marked("NAV"),
    Responsible.WARD: marked("Avdelingen"),
    Responsible.PAARORENDE: marked("De nærmeste rundt deg"),
}


@dataclass(frozen=True)
class PatientCopyInput:
    detail: PlanDetail
    appointments: Sequence[Appointment]
    sender: Sender
    made_on: date
    selfhelp: SelfHelpRecord | None = None
    # The kriseplan in plain words (signs, what helps, day and night numbers, the bed).
    crisis: Sequence[Block] = ()
    # (role, name, phone) of the people the patient can call, the kommune's responsible first.
    contacts: Sequence[tuple[str, str, str]] = ()


def build(source: PatientCopyInput) -> HandoverDocument:
    detail = source.detail
    # Crisis and self-help actions have their own sections; the rest is "who does what".
    open_actions = sorted(
        (
            action
            for action in detail.actions
            if action.status is ActionStatus.OPEN and action.area not in (AreaKey.CRISIS, AreaKey.SELF_HELP)
        ),
        key=lambda action: (action.deadline or date.max, action.what),
    )
    sections = (
        _goals(detail),
        _appointments(source.appointments),
        _hard_times(detail, source),
        _self_help(detail, source.appointments, source.selfhelp),
        _others_do(open_actions),
        _you_do(open_actions),
    )
    return HandoverDocument(
        kind=DocumentKind.PATIENT,
        title=say("Min plan"),
        subtitle=say("For tiden etter at du reiser fra {ward}", ward=detail.plan.ward or source.sender.ward),
        marking=say(MARKING),
        patient_line=detail.plan.patient.name,
        sender_line=source.sender.line,
        made_on=source.made_on,
        sections=sections,
        recipient=say(PATIENT_RECIPIENT),
    )


def _goals(detail: PlanDetail) -> Section:
    goals = tuple(f"{area.title}: «{area.goal}»" for area in detail.areas if area.goal)
    return Section(
        "goals",
        say("Målene dine"),
        (BulletList(goals),) if goals else (),
        say("Du har ikke skrevet ned mål ennå. Snakk med kontaktpersonen din om hva du ønsker."),
    )


def _appointment_text(appointment: Appointment) -> str:
    when = f"{long_date(appointment.day).capitalize()} {clock(appointment.time)}".strip()
    parts = [f"{when}: {_sentence(appointment.what)}"]
    if appointment.with_whom:
        parts.append(say("Hvem du skal møte: {who}", who=_sentence(appointment.with_whom)))
    if appointment.place:
        parts.append(say("Sted: {place}.", place=appointment.place))
    if appointment.phone:
        parts.append(say("Telefon: {phone}.", phone=appointment.phone))
    if appointment.note:
        parts.append(_sentence(appointment.note))
    return " ".join(parts)


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?", "»")) else f"{text}."


def _appointments(appointments: Sequence[Appointment]) -> Section:
    texts = tuple(_appointment_text(appointment) for appointment in appointments)
    return Section(
        "appointments",
        say("Avtalene dine"),
        (BulletList(texts),) if texts else (),
        say("Du har ingen avtaler skrevet inn ennå."),
    )


def _hard_times(detail: PlanDetail, source: PatientCopyInput) -> Section:
    crisis = detail.area(AreaKey.CRISIS)
    blocks: list[Block] = []
    if crisis.goal:
        blocks.append(Paragraph(say("Det du har sagt er viktig for deg: «{goal}»", goal=crisis.goal)))
    blocks += source.crisis
    steps = tuple(
        _action_text(action)
        if action.status is ActionStatus.OPEN
        else say("{action} – gjort", action=action.what)
        for action in detail.actions_in(AreaKey.CRISIS)
        if action.status is not ActionStatus.CANCELLED
    )
    if steps:
        blocks += [Paragraph(say("Dette er avtalt:")), BulletList(steps)]
    calls = (
        [say("{sender}: ring {phone}.", sender=source.sender.line, phone=source.sender.phone)]
        if source.sender.phone
        else []
    )
    calls += [
        say("{role}: {name}, telefon {phone}.", role=role, name=name, phone=phone)
        if phone
        else f"{role}: {name}."
        for role, name, phone in source.contacts
    ]
    calls += [_appointment_text(a) for a in source.appointments if a.area is AreaKey.CRISIS]
    blocks += [
        Paragraph(say("Andre du kan ringe:") if source.crisis else say("Hvem du kan ringe:")),
        BulletList((*calls, *(say(line) for line in EMERGENCY_LINES))),
        Paragraph(
            say("Det er lov å be om hjelp tidlig. Du trenger ikke vente til det er krise."), emphasis=True
        ),
    ]
    return Section("crisis", say("Når det blir vanskelig"), tuple(blocks))


def _self_help(
    detail: PlanDetail, appointments: Sequence[Appointment], selfhelp: SelfHelpRecord | None
) -> Section:
    meetings = tuple(_appointment_text(a) for a in appointments if a.area is AreaKey.SELF_HELP)
    steps = tuple(
        _action_text(action)
        for action in detail.actions_in(AreaKey.SELF_HELP)
        if action.status is ActionStatus.OPEN
    )
    blocks: list[Block] = patient_blocks(selfhelp) if selfhelp is not None else []
    if meetings:
        blocks += [Paragraph(say("Møtene du har tenkt å gå på:")), BulletList(meetings)]
    if steps:
        # After the lists of groups and meetings, a heading keeps the steps from reading as one more group.
        blocks += (
            [Paragraph(say("Dette har du bestemt deg for:")), BulletList(steps)]
            if blocks
            else [BulletList(steps)]
        )
    return Section(
        "self_help",
        say("Selvhjelpsgruppen din"),
        tuple(blocks),
        say("Du har ikke valgt en gruppe ennå. Du kan spørre oss om grupper der du bor, når du vil."),
    )


def _others_do(actions: list[Action]) -> Section:
    texts = tuple(
        f"{say(_WHO_ELSE[action.responsible])}: {_action_text(action)}"
        for action in actions
        if action.responsible is not Responsible.PATIENT
    )
    return Section(
        "others",
        say("Dette gjør kommunen, NAV og andre"),
        (BulletList(texts),) if texts else (),
        say("Ingenting er avtalt ennå."),
    )


def _you_do(actions: list[Action]) -> Section:
    texts = tuple(_action_text(action) for action in actions if action.responsible is Responsible.PATIENT)
    return Section(
        "yours",
        say("Dette gjør du selv"),
        (BulletList(texts),) if texts else (),
        say("Ingenting er avtalt ennå."),
    )


def _action_text(action: Action) -> str:
    who = f" ({action.responsible_name})" if action.responsible_name else ""
    text = f"{action.what}{who}"
    return (
        say("{action} – innen {date}", action=text, date=long_date(action.deadline))
        if action.deadline
        else text
    )
