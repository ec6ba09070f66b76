"""Crisis and relapse in documents: for the kommune (facts) and for the patient (plain words).

The kommune's handover gets the kriseplan summary, the brukerstyrt-seng contract, the
return agreement and the procedure at brudd, and apart from them the risk notes.
The patient's copy says what to watch for, what helps, whom to call day and night,
and how to ask for the bed; the risk notes and the procedure are not in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from dischargeplanner.documents.document import Block, BulletList, Fields, Paragraph, Subheading
from dischargeplanner.documents.language import marked, say
from dischargeplanner.documents.words import short_date
from dischargeplanner.domain.crisis import CrisisService, followed_after_discharge
from dischargeplanner.domain.crisis_model import (
    CrisisPlan,
    ReturnAgreement,
    UnplannedProcedure,
    UserBed,
    procedure_missing,
)
from dischargeplanner.domain.model import DischargeKind, Plan, PlanId

# The patient's copy puts these blocks under a heading of this kind (a template: `say` it).
PATIENT_HEADING = marked("Hvis det blir vanskelig")


@dataclass(frozen=True)
class CrisisRecord:
    """A plan's crisis records, with the plan (how the stay ended decides what the procedure says)."""

    plan: Plan
    crisis_plan: CrisisPlan
    bed: UserBed
    return_agreement: ReturnAgreement
    procedure: UnplannedProcedure

    @property
    def ended_unplanned(self) -> bool:
        return self.plan.actual_discharge is not None and self.plan.discharge_kind is DischargeKind.UNPLANNED


def crisis_record(service: CrisisService, plan: Plan) -> CrisisRecord:
    """Everything the documents say about crisis and relapse for `plan`."""
    plan_id: PlanId = plan.plan_id
    return CrisisRecord(
        plan=plan,
        crisis_plan=service.crisis_plan(plan_id),
        bed=service.bed(plan_id),
        return_agreement=service.return_agreement(plan_id),
        procedure=service.procedure(plan_id),
    )


def _who(name: str, phone: str, *, for_patient: bool = False) -> str:
    """'Legevakt, tlf. 116 117'; 'Legevakt, telefon 116 117' in the patient's plain words."""
    if not phone:
        return name
    number = say("telefon {phone}", phone=phone) if for_patient else say("tlf. {phone}", phone=phone)
    return ", ".join(part for part in (name, number) if part)


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?", "»", ":")) else f"{text}."


def _lines(text: str) -> tuple[str, ...]:
    """A text written one point a line, as the points (bullets stripped)."""
    return tuple(line.strip().lstrip("-•*").strip() for line in text.splitlines() if line.strip(" -•*"))


def _days(count: int) -> str:
    return say("{count} døgn", count=count)


# For the kommune ---------------------------------------------------------------


def handover_blocks(record: CrisisRecord) -> list[Block]:
    """The kriseplan summary, brukerstyrt seng, the return agreement and the procedure at brudd."""
    return [
        *_crisis_plan_blocks(record.crisis_plan),
        *_bed_blocks(record.bed),
        *_return_blocks(record.return_agreement),
        *_procedure_blocks(record),
    ]


def _crisis_plan_blocks(crisis: CrisisPlan) -> list[Block]:
    blocks: list[Block] = [Subheading(say("Kriseplan"))]
    if not crisis.has_plan:
        return [*blocks, Paragraph(say("Kriseplan er ikke laget ennå."))]
    rows = [
        (say("Tidlige varseltegn"), crisis.warning_signs),
        (say("Dette hjelper"), crisis.what_helps),
        (say("Ring på dagtid"), _who(crisis.day_contact, crisis.day_phone)),
        (say("Ring kveld/natt/helg"), _who(crisis.night_contact, crisis.night_phone)),
        (say("Slik vil pasienten bli møtt"), crisis.how_to_meet),
    ]
    shown = [(label, value) for label, value in rows if value]
    if crisis.updated_on is not None:
        shown.append((say("Sist oppdatert"), _by(short_date(crisis.updated_on), crisis.updated_by)))
    return [*blocks, Fields(tuple(shown))]


def _by(day: str, person: str) -> str:
    """'02.11.2026 av Kari'."""
    return say("{date} av {person}", date=day, person=person)


def _bed_blocks(bed: UserBed) -> list[Block]:
    blocks: list[Block] = [Subheading(say("Brukerstyrt seng"))]
    if not bed.has_contract:
        return [*blocks, Paragraph(say("Ingen avtale om brukerstyrt seng."))]
    rows = [
        (say("Institusjon"), bed.institution),
        (say("Avtaleperiode"), f"{short_date(bed.contract_from)}–{short_date(bed.contract_to)}"),
        (say("Varighet"), _limits(bed)),
    ]
    if bed.how_to_ask:
        rows.append((say("Slik ber pasienten om plass"), bed.how_to_ask))
    return [*blocks, Fields(tuple(rows)), Paragraph(say("Pasienten bestemmer selv når plassen skal brukes."))]


def _limits(bed: UserBed) -> str:
    """'Inntil 5 døgn per opphold, minst 14 døgn mellom oppholdene'."""
    days = _days(bed.max_days_per_stay)
    if bed.min_days_between:
        return say(
            "Inntil {days} per opphold, minst {between} mellom oppholdene",
            days=days,
            between=_days(bed.min_days_between),
        )
    return say("Inntil {days} per opphold", days=days)


def _return_blocks(agreement: ReturnAgreement) -> list[Block]:
    blocks: list[Block] = [Subheading(say("Avtale om retur etter tilbakefall"))]
    if not agreement.text:
        return [*blocks, Paragraph(say("Ingen avtale om retur til behandling er registrert."))]
    blocks.append(Paragraph(agreement.text))
    rows = []
    if agreement.agreed_on is not None:
        rows.append((say("Avtalt"), short_date(agreement.agreed_on)))
    if agreement.agreed_with:
        rows.append((say("Avtalt med"), agreement.agreed_with))
    return [*blocks, Fields(tuple(rows))] if rows else blocks


def _procedure_blocks(record: CrisisRecord) -> list[Block]:
    procedure = record.procedure
    blocks: list[Block] = [Subheading(say("Prosedyre ved brudd"))]
    if procedure_missing(procedure):
        blocks.append(Paragraph(say("Ingen prosedyre ved brudd er registrert.")))
    else:
        rows = [(say("Varsles i kommunen"), _who(procedure.notify, procedure.notify_phone))]
        if procedure.told_by:
            rows.append((say("Varsler fra avdelingen"), procedure.told_by))
        if procedure.also_do:
            rows.append((say("Ellers"), procedure.also_do))
        if procedure.recorded_on is not None:
            rows.append((say("Registrert"), _by(short_date(procedure.recorded_on), procedure.recorded_by)))
        blocks.append(Fields(tuple(rows)))
    if record.ended_unplanned:
        if followed_after_discharge(record.plan, procedure):
            blocks.append(Paragraph(_followed(procedure)))
        else:
            blocks.append(
                Paragraph(
                    say("Oppholdet endte med brudd. Det er ikke registrert at prosedyren er fulgt."),
                    emphasis=True,
                )
            )
    return blocks


def _followed(procedure: UnplannedProcedure) -> str:
    """That the procedure was followed after a stay ended in brudd: when, by whom, and the note."""
    day, person = short_date(procedure.followed_on), procedure.followed_by
    if procedure.followed_note:
        return say(
            "Oppholdet endte med brudd. Prosedyren ble fulgt {date} av {person}. {note}",
            date=day,
            person=person,
            note=_sentence(procedure.followed_note),
        )
    return say("Oppholdet endte med brudd. Prosedyren ble fulgt {date} av {person}.", date=day, person=person)


def risk_blocks(record: CrisisRecord) -> list[Block]:
    """The ward's risk notes for the kommune, one paragraph each; empty when none are written."""
    paragraphs = [part.strip() for part in record.crisis_plan.risk_notes.split("\n\n") if part.strip()]
    return [Paragraph(text) for text in paragraphs]


# For the patient ---------------------------------------------------------------


def patient_blocks(record: CrisisRecord) -> list[Block]:
    """The kriseplan in plain words: signs, what helps, whom to call, and how to ask for the bed."""
    crisis = record.crisis_plan
    blocks: list[Block] = []
    signs = _lines(crisis.warning_signs)
    if signs:
        blocks += [Paragraph(say("Tegn på at det begynner å bli vanskelig for deg:")), BulletList(signs)]
    helps = _lines(crisis.what_helps)
    if helps:
        blocks += [Paragraph(say("Dette hjelper deg:")), BulletList(helps)]
    calls = []
    if crisis.day_contact or crisis.day_phone:
        day = _sentence(_who(crisis.day_contact, crisis.day_phone, for_patient=True))
        calls.append(say("På dagtid: {who}", who=day))
    if crisis.night_contact or crisis.night_phone:
        night = _sentence(_who(crisis.night_contact, crisis.night_phone, for_patient=True))
        calls.append(say("Kveld, natt og helg: {who}", who=night))
    if calls:
        blocks += [Paragraph(say("Hvem du kan ringe:")), BulletList(tuple(calls))]
    if crisis.how_to_meet:
        blocks.append(Paragraph(say("Slik vil du bli møtt: «{wish}»", wish=crisis.how_to_meet)))
    blocks += _patient_bed(record.bed)
    agreement = record.return_agreement
    if agreement.text:
        blocks.append(
            Paragraph(
                say("Hvis du får et tilbakefall, er dette avtalt: «{agreement}»", agreement=agreement.text)
            )
        )
        blocks.append(Paragraph(say("Et tilbakefall betyr ikke at du har mislyktes.")))
    return blocks


def _patient_bed(bed: UserBed) -> list[Block]:
    if not bed.has_contract:
        return []
    blocks: list[Block] = [
        Paragraph(
            say(
                "Du har avtale om brukerstyrt seng på {institution} fra {start} til {end}. "
                "Det er du som bestemmer når du trenger den.",
                institution=bed.institution,
                start=short_date(bed.contract_from),
                end=short_date(bed.contract_to),
            ),
            emphasis=True,
        ),
    ]
    days = _days(bed.max_days_per_stay)
    if bed.min_days_between:
        stay = say(
            "Du kan være der inntil {days} om gangen, og det må gå minst {between} mellom hver gang.",
            days=days,
            between=_days(bed.min_days_between),
        )
    else:
        stay = say("Du kan være der inntil {days} om gangen.", days=days)
    blocks.append(Paragraph(stay))
    if bed.how_to_ask:
        blocks.append(Paragraph(say("Slik ber du om plass: {how}", how=_sentence(bed.how_to_ask))))
    return blocks
