"""The self-help introduction in documents: for the kommune (facts) and for the patient (plain words).

Staff inform about and present groups; the documents say so, and never that
anyone was sent or referred to a group. Day, time, place and phone are given
where known, because practical details are what make a first meeting happen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from dischargeplanner.documents.document import Block, BulletList, Fields, Paragraph
from dischargeplanner.documents.language import language, marked, say
from dischargeplanner.documents.words import WEEKDAYS, clock, long_date, short_date
from dischargeplanner.domain.model import PlanId
from dischargeplanner.domain.organisations import organisation_name
from dischargeplanner.domain.selfhelp import SelfHelpService
from dischargeplanner.domain.selfhelp_model import (
    FollowUp,
    GroupId,
    Introduction,
    LocalGroup,
    MeetingMode,
    Organisation,
    PatientView,
    Visit,
)

VIEW_WORDS = {
    PatientView.INTERESTED: marked("Interessert"),
    PatientView.UNSURE: marked("Usikker"),
    PatientView.NOT_NOW: marked("Ikke nå"),
    PatientView.DECLINED: marked("Ønsker ikke"),
}


@dataclass(frozen=True)
class SelfHelpRecord:
    """A plan's introduction to self-help, with the directory entries it names."""

    introduction: Introduction
    visits: Sequence[Visit]
    follow_ups: Sequence[FollowUp]
    groups: Mapping[GroupId, LocalGroup]
    organisations: Sequence[Organisation]
    kommune_names: Mapping[str, str]
    today: date

    def group(self, group_id: GroupId | None) -> LocalGroup | None:
        return self.groups.get(group_id) if group_id is not None else None

    def organisation(self, key: str) -> str:
        return organisation_name(self.organisations, key)

    def full_organisation(self, key: str) -> str:
        for organisation in self.organisations:
            if organisation.key == key:
                return f"{organisation.name} ({organisation.short_name})"
        return key


@dataclass(frozen=True)
class SelfHelpSource:
    """Where documents read a plan's self-help record from."""

    service: SelfHelpService
    organisations: Callable[[], Sequence[Organisation]]
    kommune_names: Mapping[str, str]

    def record(self, plan_id: PlanId, today: date) -> SelfHelpRecord:
        introduction = self.service.introduction(plan_id)
        visits = self.service.visits(plan_id)
        wanted = {*introduction.groups, introduction.first_group, *(visit.group_id for visit in visits)}
        groups = {group.group_id: group for group in self.service.groups(include_removed=True)}
        return SelfHelpRecord(
            introduction=introduction,
            visits=visits,
            follow_ups=self.service.follow_ups(plan_id),
            groups={group_id: groups[group_id] for group_id in wanted if group_id in groups},
            organisations=self.organisations(),
            kommune_names=self.kommune_names,
            today=today,
        )


def meeting_times(group: LocalGroup) -> str:
    """'mandag kl. 19.00 og torsdag kl. 18.30'."""
    weekdays = WEEKDAYS[language()]
    parts = [f"{weekdays[m.weekday]} {clock(m.start)}".strip() for m in group.meetings]
    if len(parts) > 1:
        return say("{first} og {last}", first=", ".join(parts[:-1]), last=parts[-1])
    return parts[0] if parts else ""


def place(group: LocalGroup, kommune_names: Mapping[str, str]) -> str:
    """Where the group meets: address and kommune, or that it meets online."""
    if group.mode is MeetingMode.ONLINE:
        return say("på nett")
    town = kommune_names.get(group.kommune_number or "", "")
    return ", ".join(part for part in (group.address, town) if part)


def _group_line(record: SelfHelpRecord, group: LocalGroup) -> str:
    """'AA – Eksempelgruppen: mandag kl. 19.00, Eksempelveien 1, Oslo, tlf. 12 34 56 78'."""
    details = [meeting_times(group), place(group, record.kommune_names)]
    if group.phone:
        details.append(say("tlf. {phone}", phone=group.phone))
    text = f"{record.organisation(group.organisation)} – {group.name}"
    described = ", ".join(part for part in details if part)
    text += f": {described}" if described else ""
    if group.possibly_stale(record.today):
        checked = short_date(group.verified_on, say("aldri"))
        text = say("{text} (sist kontrollert {checked}: kan være utdatert)", text=text, checked=checked)
    return text


def _visit_line(record: SelfHelpRecord, visit: Visit) -> str:
    group = record.group(visit.group_id)
    name = f"{record.organisation(group.organisation)} – {group.name}" if group else visit.group_name
    day = short_date(visit.day)
    if visit.with_whom:
        return say("{day}: {name}, sammen med {company}", day=day, name=name, company=visit.with_whom)
    return f"{day}: {name}"


def first_meeting_line(record: SelfHelpRecord) -> str:
    """The planned first meeting after discharge, with day, time, place and phone."""
    intro = record.introduction
    group = record.group(intro.first_group)
    parts = []
    if intro.first_day is not None:
        parts.append(f"{long_date(intro.first_day)} {clock(intro.first_time)}".strip())
    if group is not None:
        parts.append(f"{record.organisation(group.organisation)} – {group.name}")
        where = place(group, record.kommune_names)
        if where:
            parts.append(where)
        if group.phone:
            parts.append(say("tlf. {phone}", phone=group.phone))
    text = ", ".join(parts)
    if intro.accompanied:
        coming = say("{who} blir med.", who=intro.companion or say("Noen"))
        text = f"{text}. {coming}" if text else coming
    return text


def handover_blocks(record: SelfHelpRecord) -> list[Block]:
    """What the ward has done to inform about self-help, and what is planned after discharge."""
    intro = record.introduction
    rows: list[tuple[str, str]] = []
    if intro.informed_on is not None:
        rows.append(
            (
                say("Informert"),
                say("{date} av {name}", date=short_date(intro.informed_on), name=intro.informed_by),
            )
        )
    else:
        rows.append((say("Informert"), say("Ikke registrert ennå")))
    if intro.organisations:
        rows.append(
            (
                say("Organisasjoner presentert"),
                ", ".join(record.organisation(k) for k in intro.organisations),
            )
        )
    if intro.material:
        rows.append((say("Skriftlig materiell gitt"), intro.material))
    if intro.view is not None:
        view = say(VIEW_WORDS[intro.view])
        rows.append((say("Pasientens syn"), f"{view}. «{intro.own_words}»" if intro.own_words else view))
    if intro.has_first_meeting:
        rows.append((say("Første møte etter utskrivning"), first_meeting_line(record)))
    if intro.contact_consent and intro.contact_name:
        contact = (
            say("{name}, tlf. {phone}", name=intro.contact_name, phone=intro.contact_phone)
            if intro.contact_phone
            else intro.contact_name
        )
        rows.append((say("Kontaktperson eller fadder"), contact))
    if record.follow_ups:
        latest = max(follow_up.day for follow_up in record.follow_ups)
        times = say("{count} ganger, sist {date}", count=len(record.follow_ups), date=short_date(latest))
        rows.append((say("Fulgt opp i samtaler"), times))
    blocks: list[Block] = [Fields(tuple(rows))]
    presented = [g for g in (record.group(group_id) for group_id in intro.groups) if g is not None]
    if presented:
        blocks += [
            Paragraph(say("Lokale grupper presentert:")),
            BulletList(tuple(_group_line(record, g) for g in presented)),
        ]
    if record.visits:
        blocks += [
            Paragraph(say("Møter besøkt under oppholdet:")),
            BulletList(tuple(_visit_line(record, visit) for visit in record.visits)),
        ]
    return blocks


def patient_blocks(record: SelfHelpRecord) -> list[Block]:
    """The patient's first meeting and groups, in plain words with day, time, place and phone."""
    intro = record.introduction
    blocks: list[Block] = []
    group = record.group(intro.first_group)
    if intro.first_day is not None and group is not None:
        when = f"{long_date(intro.first_day)} {clock(intro.first_time)}".strip()
        blocks.append(Paragraph(say("Ditt første møte: {when}.", when=when), emphasis=True))
        blocks.append(Paragraph(_about_group(record, group)))
        if intro.accompanied:
            who = intro.companion or say("Noen du kjenner")
            blocks.append(Paragraph(say("{who} blir med deg første gang.", who=who)))
        if group.possibly_stale(record.today):
            blocks.append(Paragraph(say("Sjekk gjerne tiden før du går: møtetider kan endre seg.")))
    if intro.contact_consent and intro.contact_name:
        contact = (
            say(
                "Kontaktpersonen din i gruppen: {name}, telefon {phone}.",
                name=intro.contact_name,
                phone=intro.contact_phone,
            )
            if intro.contact_phone
            else say("Kontaktpersonen din i gruppen: {name}.", name=intro.contact_name)
        )
        blocks.append(Paragraph(contact))
    others = [
        g for g in (record.group(group_id) for group_id in intro.groups) if g is not None and g != group
    ]
    if others:
        blocks += [
            Paragraph(say("Andre grupper du har fått høre om:")),
            BulletList(tuple(_about_group(record, other) for other in others)),
        ]
    return blocks


def _about_group(record: SelfHelpRecord, group: LocalGroup) -> str:
    """'Gruppen «Eksempelgruppen» (Anonyme Alkoholikere (AA)) møtes mandag kl. 19.00. Sted: … Telefon: …'."""
    organisation = record.full_organisation(group.organisation)
    times = meeting_times(group)
    sentences = [
        say(
            "Gruppen «{name}» ({organisation}) møtes {times}.",
            name=group.name,
            organisation=organisation,
            times=times,
        )
        if times
        else say("Gruppen «{name}» ({organisation}).", name=group.name, organisation=organisation)
    ]
    where = place(group, record.kommune_names)
    if where:
        sentences.append(say("Sted: {place}.", place=where))
    if group.phone:
        sentences.append(say("Telefon: {phone}.", phone=group.phone))
    return " ".join(sentences)
