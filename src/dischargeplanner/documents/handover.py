"""Plan + consent -> the handover to a recipient (usually the kommune), as pure data.

Only areas the consent names are read: an area left out contributes nothing but
its name in the list of what was left out. Sections follow DOMAIN.md's order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from dischargeplanner.documents.document import (
    Block,
    BulletList,
    Chip,
    Fields,
    HandoverDocument,
    Paragraph,
    Section,
    Signatures,
    StatusRow,
    StatusTable,
    Subheading,
    Table,
)
from dischargeplanner.documents.language import marked, say
from dischargeplanner.documents.selfhelp_text import SelfHelpRecord, handover_blocks
from dischargeplanner.documents.words import (
    ACTION_STATUS_WORDS,
    CONSENT_FORM_WORDS,
    LIGHT_WORDS,
    RECIPIENT_KIND_WORDS,
    RESPONSIBLE_WORDS,
    Sender,
    clock,
    fodselsnummer,
    short_date,
)
from dischargeplanner.domain.model import (
    Action,
    ActionStatus,
    Appointment,
    AreaKey,
    AreaStatus,
    Consent,
    DischargeKind,
    DocumentKind,
    ItemState,
    PlanDetail,
    PlanStatus,
    Responsible,
    TrafficLight,
)

# Bokmål templates: say them where they are used (minutes.py and access_extract.py use MARKING too).
MARKING = marked("Taushetsbelagt – helsepersonelloven § 21")
LEFT_OUT = marked("Utelatt: pasienten har ikke samtykket til å dele dette området med mottakeren.")

# Areas with a section of their own later in the document; the rest share "Tiltak per område".
_OWN_SECTIONS = (
    ("coordination", marked("Samarbeid med kommunen"), AreaKey.COORDINATION),
    ("crisis", marked("Kriseplan og tilbakefall"), AreaKey.CRISIS),
    ("family", marked("Barn og familie"), AreaKey.FAMILY),
    ("self_help", marked("Selvhjelp: informasjon som er gitt"), AreaKey.SELF_HELP),
)
_SHARED_AREAS = tuple(area for area in AreaKey if area not in {key for _, _, key in _OWN_SECTIONS})
# Sections without a checklist of their own, each shared under the consent to one area
# (title and empty text are Bokmål templates, said where used).
_NOTE_SECTIONS = {
    "risk": (marked("Risikoforhold"), AreaKey.CRISIS, marked("Ingen risikoforhold er registrert.")),
    "language": (
        marked("Tolk og språk"),
        AreaKey.COORDINATION,
        marked("Ingen behov for tolk er registrert."),
    ),
}


@dataclass(frozen=True)
class HandoverInput:
    """Everything the handover is made from; `consent` decides which areas are read."""

    detail: PlanDetail
    consent: Consent
    appointments: Sequence[Appointment]
    sender: Sender
    kommune: str
    approved_by: str
    made_on: date
    selfhelp: SelfHelpRecord | None = None
    # What a topic adds to its section, by section key ("coordination", "crisis", "family",
    # "risk", "language"), already made from that topic's records.
    topic_blocks: Mapping[str, Sequence[Block]] = field(default_factory=dict)


def build(source: HandoverInput) -> HandoverDocument:
    plan = source.detail.plan
    shared = tuple(area for area in source.detail.areas if area.area in source.consent.areas)
    left_out = tuple(area.title for area in source.detail.areas if area.area not in source.consent.areas)
    sections = (
        _identity(source),
        _sender(source),
        _consent(source, left_out),
        _goals(shared),
        _status(source.detail, shared),
        _shared_areas(source.detail, shared),
        _appointments(source, shared),
        _own_area("coordination", say("Samarbeid med kommunen"), AreaKey.COORDINATION, source, shared),
        _own_area("crisis", say("Kriseplan og tilbakefall"), AreaKey.CRISIS, source, shared),
        _note_section("risk", source, shared),
        _own_area("family", say("Barn og familie"), AreaKey.FAMILY, source, shared),
        _own_area("self_help", say("Selvhjelp: informasjon som er gitt"), AreaKey.SELF_HELP, source, shared),
        _note_section("language", source, shared),
        Section(
            "signatures",
            say("Underskrifter"),
            (Signatures((say("For avdelingen"), say("Pasient")), say("Sted og dato")),),
        ),
    )
    patient_line = (
        say(
            "{name}, f.nr. {number}",
            name=plan.patient.name,
            number=fodselsnummer(plan.patient.fodselsnummer),
        )
        if plan.patient.fodselsnummer
        else plan.patient.name
    )
    return HandoverDocument(
        kind=DocumentKind.KOMMUNE,
        title=say("Overføring ved utskrivning"),
        subtitle=say(
            "Til {recipient} fra {sender}", recipient=source.consent.recipient, sender=source.sender.line
        ),
        marking=say(MARKING),
        patient_line=patient_line,
        sender_line=source.sender.line,
        made_on=source.made_on,
        sections=sections,
        left_out=left_out,
        recipient=source.consent.recipient,
    )


def _identity(source: HandoverInput) -> Section:
    plan = source.detail.plan
    rows = [
        (say("Navn"), plan.patient.name),
        (say("Fødselsnummer"), fodselsnummer(plan.patient.fodselsnummer)),
    ]
    if not plan.patient.fodselsnummer and plan.patient.birth_date:
        rows.append((say("Fødselsdato"), short_date(plan.patient.birth_date)))
    rows += [(say("Hjemkommune"), source.kommune), (say("Innlagt"), short_date(plan.admission))]
    if plan.actual_discharge:
        ending = (
            say("Uplanlagt avslutning (brudd)")
            if plan.discharge_kind is DischargeKind.UNPLANNED
            else say("Planlagt")
        )
        rows += [(say("Utskrevet"), short_date(plan.actual_discharge)), (say("Avslutning"), ending)]
    else:
        rows.append((say("Planlagt utskrivning"), short_date(plan.planned_discharge, say("Ikke fastsatt"))))
    return Section("identity", say("Identitet og opphold"), (Fields(tuple(rows)),))


def _sender(source: HandoverInput) -> Section:
    plan, sender = source.detail.plan, source.sender
    rows = [(say("Avdeling"), plan.ward or sender.ward)]
    if sender.institution:
        rows.append((say("Institusjon"), sender.institution))
    rows += [
        (say("Ansvarlig ved avdelingen"), plan.responsible_staff),
        (say("Direkte telefon"), sender.phone or say("Ikke oppgitt")),
        (say("Godkjent av"), f"{source.approved_by}, {short_date(source.made_on)}"),
    ]
    return Section("sender", say("Avsender og ansvarlig kontakt"), (Fields(tuple(rows)),))


def _consent(source: HandoverInput, left_out: tuple[str, ...]) -> Section:
    consent = source.consent
    titles = [area.title for area in source.detail.areas if area.area in consent.areas]
    given = say(
        "{date}, {form}, notert av {noted_by}",
        date=short_date(consent.given),
        form=say(CONSENT_FORM_WORDS[consent.form]),
        noted_by=consent.noted_by,
    )
    rows = (
        (say("Mottaker"), f"{consent.recipient} ({say(RECIPIENT_KIND_WORDS[consent.recipient_kind])})"),
        (say("Samtykket gjelder"), ", ".join(titles)),
        (say("Gitt"), given),
        (say("Gyldig til"), short_date(consent.expires, say("Ingen utløpsdato"))),
        (say("Begrensninger"), consent.restrictions or say("Ingen")),
    )
    if left_out:
        note = say(
            "Ikke med i dokumentet, fordi pasienten ikke har samtykket til å dele det med mottakeren: "
            "{areas}.",
            areas=", ".join(left_out),
        )
    else:
        note = say("Alle områdene i planen er med.")
    return Section("consent", say("Samtykke"), (Fields(rows), Paragraph(note, emphasis=bool(left_out))))


def _goals(shared: tuple[AreaStatus, ...]) -> Section:
    rows = tuple((area.title, area.goal) for area in shared if area.goal)
    blocks: tuple[Block, ...] = (
        (Table((say("Område"), say("Målet, med pasientens egne ord")), rows, (1, 3)),) if rows else ()
    )
    return Section(
        "goals", say("Pasientens mål"), blocks, say("Pasienten har ikke skrevet ned egne mål i planen.")
    )


def _status(detail: PlanDetail, shared: tuple[AreaStatus, ...]) -> Section:
    discharged = detail.plan.status is not PlanStatus.ACTIVE
    later = say("Ved utskrivning") if discharged else say("Nå (før utskrivning)")
    rows = tuple(
        StatusRow(
            area.title,
            _chip(area.admission_light),
            area.admission_reason,
            _chip(area.discharge_light if discharged else area.current_light),
            area.discharge_reason if discharged else area.current_reason,
        )
        for area in shared
    )
    key = Paragraph(
        say(
            "Fargene følger BrukerPlan: grønn = ingen problemer, gul = noen problemer, rød = store problemer."
        )
    )
    blocks: tuple[Block, ...] = (
        (key, StatusTable((say("Område"), say("Ved innleggelse"), later), rows)) if rows else ()
    )
    return Section("status", say("Status per område"), blocks, say("Ingen områder er med i dokumentet."))


def _chip(light: TrafficLight) -> Chip:
    return Chip(light, say(LIGHT_WORDS[light]))


def _shared_areas(detail: PlanDetail, shared: tuple[AreaStatus, ...]) -> Section:
    blocks: list[Block] = []
    for area in shared:
        if area.area in _SHARED_AREAS:
            blocks += [Subheading(area.title), *_area_blocks(detail, area.area)]
    return Section(
        "actions",
        say("Tiltak og sjekkliste per område"),
        tuple(blocks),
        say("Ingen av disse områdene er med."),
    )


def _own_area(
    key: str, title: str, area: AreaKey, source: HandoverInput, shared: tuple[AreaStatus, ...]
) -> Section:
    if area not in {status.area for status in shared}:
        return Section(key, title, (Paragraph(say(LEFT_OUT), emphasis=True),))
    blocks = _area_blocks(source.detail, area)
    topic = list(source.topic_blocks.get(key, ()))
    if area is AreaKey.SELF_HELP and source.selfhelp is not None:
        topic = handover_blocks(source.selfhelp)
    if topic:
        blocks = [*topic, Subheading(say("Sjekkliste og tiltak")), *blocks]
    return Section(key, title, tuple(blocks))


def _note_section(key: str, source: HandoverInput, shared: tuple[AreaStatus, ...]) -> Section:
    title, area, empty = _NOTE_SECTIONS[key]
    if area not in {status.area for status in shared}:
        return Section(key, say(title), (Paragraph(say(LEFT_OUT), emphasis=True),))
    return Section(key, say(title), tuple(source.topic_blocks.get(key, ())), say(empty))


def _area_blocks(detail: PlanDetail, area: AreaKey) -> list[Block]:
    """What is in place, what is missing, and who does what by when, for one area."""
    items = detail.items_in(area)
    done = tuple(_with_note(item.text, item.note) for item in items if item.state is ItemState.DONE)
    missing = tuple(
        _with_note(say("{item} (påkrevd)", item=item.text) if item.required else item.text, item.note)
        for item in sorted(items, key=lambda item: not item.required)
        if not item.state.is_closed
    )
    actions = [action for action in detail.actions_in(area) if action.status is not ActionStatus.CANCELLED]
    services = [action for action in actions if action.responsible is not Responsible.PATIENT]
    own = [action for action in actions if action.responsible is Responsible.PATIENT]
    blocks: list[Block] = []
    if done:
        # What is in place reads as one paragraph: the kommune needs most room for what is missing.
        blocks.append(Paragraph(say("På plass: {items}.", items=" · ".join(done))))
    if missing:
        blocks += [Paragraph(say("Gjenstår:")), BulletList(missing)]
    if services:
        blocks.append(_action_table(say("Tjenestenes tiltak"), services))
    if own:
        blocks.append(_action_table(say("Pasientens egne tiltak"), own))
    if not blocks:
        blocks.append(Paragraph(say("Ingenting registrert på dette området.")))
    return blocks


def _with_note(text: str, note: str) -> str:
    return f"{text} – {note}" if note else text


def _action_table(title: str, actions: list[Action]) -> Table:
    ordered = sorted(actions, key=lambda action: (action.deadline or date.max, action.what))
    rows = tuple(
        (
            action.what,
            _who(action),
            short_date(action.deadline, say("Ingen frist")),
            say(ACTION_STATUS_WORDS[action.status]),
        )
        for action in ordered
    )
    return Table((title, say("Ansvarlig"), say("Frist"), say("Status")), rows, (4, 2.2, 1.3, 1))


def _who(action: Action) -> str:
    word = say(RESPONSIBLE_WORDS[action.responsible])
    return f"{word}: {action.responsible_name}" if action.responsible_name else word


def _appointments(source: HandoverInput, shared: tuple[AreaStatus, ...]) -> Section:
    areas = {area.area for area in shared}
    rows = tuple(
        (
            f"{short_date(appointment.day)} {clock(appointment.time)}".strip(),
            appointment.what,
            ", ".join(part for part in (appointment.with_whom, appointment.place) if part),
            appointment.phone,
        )
        for appointment in source.appointments
        if appointment.area in areas
    )
    blocks: tuple[Block, ...] = (
        (
            Table(
                (say("Når"), say("Hva"), say("Hos hvem og hvor"), say("Telefon")), rows, (1.4, 2.4, 2.6, 1.3)
            ),
        )
        if rows
        else ()
    )
    return Section("appointments", say("Avtalte timer og møter"), blocks, say("Ingen avtaler er registrert."))
