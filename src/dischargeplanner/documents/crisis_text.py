"""Crisis and relapse in documents: for the kommune (facts) and for the patient (plain words).

The kommune's handover gets the kriseplan summary, the brukerstyrt-seng contract, the
return agreement and the procedure at brudd, and apart from them the risk notes.
The patient's copy says what to watch for, what helps, whom to call day and night,
and how to ask for the bed; the risk notes and the procedure are not in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from dischargeplanner.documents.document import Block, BulletList, Fields, Paragraph, Subheading
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

# The patient's copy puts these blocks under a heading of this kind.
PATIENT_HEADING = "Hvis det blir vanskelig"


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


def _who(name: str, phone: str, phone_word: str = "tlf.") -> str:
    """'Legevakt, tlf. 116 117'."""
    return ", ".join(part for part in (name, f"{phone_word} {phone}" if phone else "") if part)


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?", "»", ":")) else f"{text}."


def _lines(text: str) -> tuple[str, ...]:
    """A text written one point a line, as the points (bullets stripped)."""
    return tuple(line.strip().lstrip("-•*").strip() for line in text.splitlines() if line.strip(" -•*"))


def _days(count: int) -> str:
    return f"{count} døgn"


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
    blocks: list[Block] = [Subheading("Kriseplan")]
    if not crisis.has_plan:
        return [*blocks, Paragraph("Kriseplan er ikke laget ennå.")]
    rows = [
        ("Tidlige varseltegn", crisis.warning_signs),
        ("Dette hjelper", crisis.what_helps),
        ("Ring på dagtid", _who(crisis.day_contact, crisis.day_phone)),
        ("Ring kveld/natt/helg", _who(crisis.night_contact, crisis.night_phone)),
        ("Slik vil pasienten bli møtt", crisis.how_to_meet),
    ]
    shown = [(label, value) for label, value in rows if value]
    if crisis.updated_on is not None:
        shown.append(("Sist oppdatert", f"{short_date(crisis.updated_on)} av {crisis.updated_by}"))
    return [*blocks, Fields(tuple(shown))]


def _bed_blocks(bed: UserBed) -> list[Block]:
    blocks: list[Block] = [Subheading("Brukerstyrt seng")]
    if not bed.has_contract:
        return [*blocks, Paragraph("Ingen avtale om brukerstyrt seng.")]
    rows = [
        ("Institusjon", bed.institution),
        ("Avtaleperiode", f"{short_date(bed.contract_from)}–{short_date(bed.contract_to)}"),
        ("Varighet", _limits(bed)),
    ]
    if bed.how_to_ask:
        rows.append(("Slik ber pasienten om plass", bed.how_to_ask))
    return [*blocks, Fields(tuple(rows)), Paragraph("Pasienten bestemmer selv når plassen skal brukes.")]


def _limits(bed: UserBed) -> str:
    """'Inntil 5 døgn per opphold, minst 14 døgn mellom oppholdene'."""
    text = f"Inntil {_days(bed.max_days_per_stay)} per opphold"
    if bed.min_days_between:
        text += f", minst {_days(bed.min_days_between)} mellom oppholdene"
    return text


def _return_blocks(agreement: ReturnAgreement) -> list[Block]:
    blocks: list[Block] = [Subheading("Avtale om retur etter tilbakefall")]
    if not agreement.text:
        return [*blocks, Paragraph("Ingen avtale om retur til behandling er registrert.")]
    blocks.append(Paragraph(agreement.text))
    rows = []
    if agreement.agreed_on is not None:
        rows.append(("Avtalt", short_date(agreement.agreed_on)))
    if agreement.agreed_with:
        rows.append(("Avtalt med", agreement.agreed_with))
    return [*blocks, Fields(tuple(rows))] if rows else blocks


def _procedure_blocks(record: CrisisRecord) -> list[Block]:
    procedure = record.procedure
    blocks: list[Block] = [Subheading("Prosedyre ved brudd")]
    if procedure_missing(procedure):
        blocks.append(Paragraph("Ingen prosedyre ved brudd er registrert."))
    else:
        rows = [("Varsles i kommunen", _who(procedure.notify, procedure.notify_phone))]
        if procedure.told_by:
            rows.append(("Varsler fra avdelingen", procedure.told_by))
        if procedure.also_do:
            rows.append(("Ellers", procedure.also_do))
        if procedure.recorded_on is not None:
            rows.append(("Registrert", f"{short_date(procedure.recorded_on)} av {procedure.recorded_by}"))
        blocks.append(Fields(tuple(rows)))
    if record.ended_unplanned:
        if followed_after_discharge(record.plan, procedure):
            followed = f"{short_date(procedure.followed_on)} av {procedure.followed_by}"
            note = f". {_sentence(procedure.followed_note)}" if procedure.followed_note else "."
            blocks.append(Paragraph(f"Oppholdet endte med brudd. Prosedyren ble fulgt {followed}{note}"))
        else:
            blocks.append(
                Paragraph(
                    "Oppholdet endte med brudd. Det er ikke registrert at prosedyren er fulgt.", emphasis=True
                )
            )
    return blocks


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
        blocks += [Paragraph("Tegn på at det begynner å bli vanskelig for deg:"), BulletList(signs)]
    helps = _lines(crisis.what_helps)
    if helps:
        blocks += [Paragraph("Dette hjelper deg:"), BulletList(helps)]
    calls = []
    if crisis.day_contact or crisis.day_phone:
        calls.append(f"På dagtid: {_sentence(_who(crisis.day_contact, crisis.day_phone, 'telefon'))}")
    if crisis.night_contact or crisis.night_phone:
        calls.append(
            f"Kveld, natt og helg: {_sentence(_who(crisis.night_contact, crisis.night_phone, 'telefon'))}"
        )
    if calls:
        blocks += [Paragraph("Hvem du kan ringe:"), BulletList(tuple(calls))]
    if crisis.how_to_meet:
        blocks.append(Paragraph(f"Slik vil du bli møtt: «{crisis.how_to_meet}»"))
    blocks += _patient_bed(record.bed)
    agreement = record.return_agreement
    if agreement.text:
        blocks.append(Paragraph(f"Hvis du får et tilbakefall, er dette avtalt: «{agreement.text}»"))
        blocks.append(Paragraph("Et tilbakefall betyr ikke at du har mislyktes."))
    return blocks


def _patient_bed(bed: UserBed) -> list[Block]:
    if not bed.has_contract:
        return []
    period = f"fra {short_date(bed.contract_from)} til {short_date(bed.contract_to)}"
    blocks: list[Block] = [
        Paragraph(
            f"Du har avtale om brukerstyrt seng på {bed.institution} {period}. "
            "Det er du som bestemmer når du trenger den.",
            emphasis=True,
        ),
    ]
    stay = f"Du kan være der inntil {_days(bed.max_days_per_stay)} om gangen"
    if bed.min_days_between:
        stay += f", og det må gå minst {_days(bed.min_days_between)} mellom hver gang"
    blocks.append(Paragraph(f"{stay}."))
    if bed.how_to_ask:
        blocks.append(Paragraph(f"Slik ber du om plass: {_sentence(bed.how_to_ask)}"))
    return blocks
