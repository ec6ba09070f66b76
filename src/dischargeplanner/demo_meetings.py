"""Demo meetings: the fullest plan gets two held evaluations and a held discharge meeting, with
minutes and decisions; a couple of active plans get their discharge meeting planned.

Made through the real services while the plan is still active. Participants are the plan's
own contacts (the coordination demo runs first), when it has any.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from dischargeplanner.domain.coordination_model import Contact, ContactRole
from dischargeplanner.domain.meeting_model import (
    DISCHARGE_MEETING_BEFORE,
    MeetingDetails,
    MeetingId,
    MeetingKind,
    MeetingStatus,
    Participant,
)
from dischargeplanner.domain.meetings import MeetingService
from dischargeplanner.domain.model import AreaKey, PlanId, Responsible

# The demo stage admitted 120 days ago and due home 10 days ago (discharged after its meetings).
FULLEST = 11
# Active plans whose discharge meeting is planned: days from today to planned discharge.
PLANNED = {3: 35, 5: 21}
WARD_STAFF = ("Terapeut Demo", "Miljøterapeut Demo")
# Services first: they are the ones the kommune expects to see at the table.
_ROLE_ORDER = (
    ContactRole.KOMMUNE_CONTACT,
    ContactRole.COORDINATOR,
    ContactRole.NAV,
    ContactRole.RUSKONSULENT,
    ContactRole.FASTLEGE,
    ContactRole.PAARORENDE,
)

# (area, minute, decisions: (what, who, days from the meeting to the deadline or None)).
Agreed = tuple[str, Responsible, int | None]
_EVALUATION_1: tuple[tuple[AreaKey, str, tuple[Agreed, ...]], ...] = (
    (
        AreaKey.HOUSING,
        "Husleien er betalt under oppholdet, og leiligheten beholdes. Pasienten ønsker å bli boende.",
        (("Søke om bostøtte", Responsible.KOMMUNE, 14),),
    ),
    (
        AreaKey.FINANCES,
        "Gjeldsoversikten er bestilt. Pasienten ønsker hjelp til budsjett og vurderer frivillig forvaltning.",
        (("Avtale time hos gjeldsrådgiver", Responsible.NAV, 28),),
    ),
    (AreaKey.NETWORK, "Pasienten har tatt kontakt med søsteren igjen og vil ha henne med i planen.", ()),
    (
        AreaKey.SELF_HELP,
        "Informert om AA og NA. Pasienten vil prøve et møte, helst sammen med noen første gang.",
        (("Følge pasienten til et NA-møte i nærheten", Responsible.WARD, 21),),
    ),
)
_EVALUATION_2: tuple[tuple[AreaKey, str, tuple[Agreed, ...]], ...] = (
    (
        AreaKey.ACTIVITY,
        "Pasienten vil jobbe igjen, helst praktisk arbeid ute. IPS er aktuelt etter utskrivning.",
        (("Melde pasienten til IPS-veileder i kommunen", Responsible.KOMMUNE, 21),),
    ),
    (
        AreaKey.HEALTH,
        "Pasienten har ikke fastlege i hjemkommunen ennå.",
        (("Bytte fastlege og bestille første time", Responsible.PATIENT, 14),),
    ),
    (AreaKey.CRISIS, "Kriseplanen er påbegynt. Søsteren skal stå som kontakt hvis det går dårlig.", ()),
)
_DISCHARGE: tuple[tuple[AreaKey, str, tuple[Agreed, ...]], ...] = (
    (
        AreaKey.HOUSING,
        "Leiligheten er klar. Kommunen gir bo-oppfølging to ganger i uken de første tre månedene.",
        (("Starte bo-oppfølging fra utskrivningsdagen", Responsible.KOMMUNE, 21),),
    ),
    (
        AreaKey.CRISIS,
        "Kriseplanen er ferdig og gjennomgått med pasienten og kommunen.",
        (("Sende kriseplanen til fastlegen", Responsible.WARD, 14),),
    ),
    (AreaKey.SELF_HELP, "Pasienten har vært på to NA-møter under oppholdet og vil fortsette hjemme.", ()),
    (
        AreaKey.COORDINATION,
        "Kontaktpersonen i kommunen er ansvarlig etter utskrivning. Overføringen sendes før utskrivning.",
        (("Ringe pasienten 2–3 dager etter utskrivning", Responsible.WARD, 24),),
    ),
)


def add_meetings(meetings: MeetingService, user: str, plan_id: PlanId, index: int, today: date) -> None:
    """Meetings for the demo plan made `index`-th on `today` (nothing for most plans)."""
    participants = _participants(meetings.contacts(plan_id))
    if index == FULLEST:
        admission = today - timedelta(days=120)
        planned_discharge = today - timedelta(days=10)
        held = (
            (MeetingKind.EVALUATION, admission + timedelta(days=42), _EVALUATION_1, False),
            (MeetingKind.EVALUATION, admission + timedelta(days=84), _EVALUATION_2, True),
            (MeetingKind.DISCHARGE, planned_discharge - DISCHARGE_MEETING_BEFORE, _DISCHARGE, False),
        )
        for kind, day, content, video in held:
            details = _details(kind, day, participants, video, MeetingStatus.HELD)
            meeting_id, _ = meetings.add_meeting(plan_id, details, user)
            _record(meetings, user, meeting_id, day, content, _names(participants))
    elif index in PLANNED:
        day = today + timedelta(days=PLANNED[index]) - DISCHARGE_MEETING_BEFORE
        meetings.add_meeting(
            plan_id, _details(MeetingKind.DISCHARGE, day, participants, False, MeetingStatus.PLANNED), user
        )


def _participants(contacts: list[Contact]) -> tuple[Participant, ...]:
    ordered = sorted(
        (contact for contact in contacts if contact.role in _ROLE_ORDER),
        key=lambda contact: _ROLE_ORDER.index(contact.role),
    )
    return tuple(Participant(c.contact_id, c.name, c.role, c.role_text) for c in ordered[:4])


def _names(participants: tuple[Participant, ...]) -> dict[Responsible, str]:
    """Who in the kommune and at NAV a decision names, when the plan has such contacts."""
    services = {ContactRole.KOMMUNE_CONTACT: Responsible.KOMMUNE, ContactRole.NAV: Responsible.NAV}
    names: dict[Responsible, str] = {}
    for participant in participants:
        if participant.role in services:
            names.setdefault(services[participant.role], participant.name)
    return names


def _details(
    kind: MeetingKind, day: date, participants: tuple[Participant, ...], video: bool, status: MeetingStatus
) -> MeetingDetails:
    return MeetingDetails(
        kind=kind,
        day=day,
        start=time(10) if kind is MeetingKind.DISCHARGE else time(13, 30),
        video=video,
        place="Lenke sendt på e-post til alle deltakerne" if video else "Møterom 2, avdelingen",
        participants=participants,
        patient_present=True,
        ward_staff=WARD_STAFF,
        others="Erfaringskonsulent fra avdelingen" if kind is MeetingKind.DISCHARGE else "",
        status=status,
    )


def _record(
    meetings: MeetingService,
    user: str,
    meeting_id: MeetingId,
    day: date,
    content: tuple[tuple[AreaKey, str, tuple[Agreed, ...]], ...],
    names: dict[Responsible, str],
) -> None:
    for area, minute, decisions in content:
        meetings.set_minute(meeting_id, area, minute, user)
        for what, who, days in decisions:
            deadline = day + timedelta(days=days) if days is not None else None
            meetings.add_decision(meeting_id, area, what, who, names.get(who, ""), deadline, user)
