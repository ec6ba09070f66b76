"""Crisis and relapse in the documents: the kommune's facts, the risk notes, the patient's plain words."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from test_handover import pdf_text, squeezed

from dischargeplanner.app import Context
from dischargeplanner.documents import pdf
from dischargeplanner.documents.crisis_text import (
    CrisisRecord,
    crisis_record,
    handover_blocks,
    patient_blocks,
    risk_blocks,
)
from dischargeplanner.documents.document import (
    Block,
    BulletList,
    DocumentKind,
    Fields,
    HandoverDocument,
    Paragraph,
    Section,
    Subheading,
)
from dischargeplanner.domain.crisis import CrisisService
from dischargeplanner.domain.crisis_model import CrisisPlan, ReturnAgreement, UnplannedProcedure, UserBed
from dischargeplanner.domain.model import DischargeKind, PlanId
from helpers import TEST_USER, MakeDraft, service_at
from helpers_crisis import crisis_at

TODAY = date(2026, 11, 2)
ENDED = TODAY - timedelta(days=1)


@pytest.fixture
def crisis(context: Context) -> CrisisService:
    return crisis_at(context, TODAY)


@pytest.fixture
def plan(context: Context, make_draft: MakeDraft) -> PlanId:
    draft = make_draft(admission=TODAY - timedelta(days=40), planned_discharge=TODAY + timedelta(days=20))
    plan_id, _ = service_at(context, TODAY).start_plan(draft, TEST_USER)
    return plan_id


def record_of(context: Context, crisis: CrisisService, plan_id: PlanId) -> CrisisRecord:
    return crisis_record(crisis, service_at(context, TODAY).plan_detail(plan_id).plan)


def fill_in(crisis: CrisisService, plan_id: PlanId) -> None:
    crisis.save_crisis_plan(
        CrisisPlan(
            plan_id,
            warning_signs="Sover dårlig\n- Slutter å svare på telefonen",
            what_helps="Gå tur\nRinge søsteren",
            day_contact="Ruskonsulent Demo",
            day_phone="12 34 56 78",
            night_contact="Legevakt",
            night_phone="116 117",
            how_to_meet="Rolig og rett fram",
            risk_notes="Redusert toleranse etter oppholdet: fare for overdose.\n\nIngen kjent voldsrisiko.",
        ),
        TEST_USER,
    )
    crisis.save_bed(
        UserBed(plan_id, True, "Eksempel DPS", TODAY, date(2027, 5, 2), 5, 14, "Ring 12 34 56 78"), TEST_USER
    )
    crisis.save_return_agreement(
        ReturnAgreement(plan_id, "Ny innleggelse innen en uke uten henvisning.", TODAY, "Pasienten"),
        TEST_USER,
    )
    crisis.save_procedure(
        UnplannedProcedure(plan_id, "Ruskonsulent Demo", "12 34 56 78", "Kontaktpersonen", "Varsle søsteren"),
        TEST_USER,
    )


def texts(blocks: list[Block]) -> list[str]:
    """Every text a reader sees in `blocks`: paragraphs, headings, list points, 'label: value' rows."""
    found: list[str] = []
    for block in blocks:
        if isinstance(block, (Paragraph, Subheading)):
            found.append(block.text)
        elif isinstance(block, BulletList):
            found += block.items
        elif isinstance(block, Fields):
            found += [f"{label}: {value}" for label, value in block.rows]
    return found


def test_the_handover_has_the_kriseplan_the_bed_the_return_agreement_and_the_procedure(
    context: Context, crisis: CrisisService, plan: PlanId
) -> None:
    fill_in(crisis, plan)
    shown = texts(handover_blocks(record_of(context, crisis, plan)))
    expected = [
        "Kriseplan",
        "Tidlige varseltegn: Sover dårlig\n- Slutter å svare på telefonen",
        "Dette hjelper: Gå tur\nRinge søsteren",
        "Ring på dagtid: Ruskonsulent Demo, tlf. 12 34 56 78",
        "Ring kveld/natt/helg: Legevakt, tlf. 116 117",
        "Slik vil pasienten bli møtt: Rolig og rett fram",
        f"Sist oppdatert: 02.11.2026 av {TEST_USER}",
        "Brukerstyrt seng",
        "Institusjon: Eksempel DPS",
        "Avtaleperiode: 02.11.2026–02.05.2027",
        "Varighet: Inntil 5 døgn per opphold, minst 14 døgn mellom oppholdene",
        "Slik ber pasienten om plass: Ring 12 34 56 78",
        "Pasienten bestemmer selv når plassen skal brukes.",
        "Avtale om retur etter tilbakefall",
        "Ny innleggelse innen en uke uten henvisning.",
        "Avtalt: 02.11.2026",
        "Avtalt med: Pasienten",
        "Prosedyre ved brudd",
        "Varsles i kommunen: Ruskonsulent Demo, tlf. 12 34 56 78",
        "Varsler fra avdelingen: Kontaktpersonen",
        "Ellers: Varsle søsteren",
        f"Registrert: 02.11.2026 av {TEST_USER}",
    ]
    assert shown == expected
    assert not any("Redusert toleranse" in text for text in shown)  # the risk notes have their own section


def test_a_plan_with_nothing_recorded_says_so(context: Context, crisis: CrisisService, plan: PlanId) -> None:
    shown = texts(handover_blocks(record_of(context, crisis, plan)))
    assert shown == [
        "Kriseplan",
        "Kriseplan er ikke laget ennå.",
        "Brukerstyrt seng",
        "Ingen avtale om brukerstyrt seng.",
        "Avtale om retur etter tilbakefall",
        "Ingen avtale om retur til behandling er registrert.",
        "Prosedyre ved brudd",
        "Ingen prosedyre ved brudd er registrert.",
    ]
    assert risk_blocks(record_of(context, crisis, plan)) == []
    assert patient_blocks(record_of(context, crisis, plan)) == []


def test_after_an_unplanned_end_the_handover_says_whether_the_procedure_was_followed(
    context: Context, crisis: CrisisService, plan: PlanId
) -> None:
    fill_in(crisis, plan)
    service_at(context, TODAY).discharge_plan(plan, ENDED, DischargeKind.UNPLANNED, {}, TEST_USER)
    not_yet = handover_blocks(record_of(context, crisis, plan))
    assert not_yet[-1] == Paragraph(
        "Oppholdet endte med brudd. Det er ikke registrert at prosedyren er fulgt.", emphasis=True
    )
    crisis.mark_followed(plan, ENDED, "Kari Sosionom", "Ringte ruskonsulenten", TEST_USER)
    followed = handover_blocks(record_of(context, crisis, plan))
    assert followed[-1] == Paragraph(
        "Oppholdet endte med brudd. Prosedyren ble fulgt 01.11.2026 av Kari Sosionom. Ringte ruskonsulenten."
    )


def test_the_risk_notes_are_their_own_paragraphs(
    context: Context, crisis: CrisisService, plan: PlanId
) -> None:
    fill_in(crisis, plan)
    assert risk_blocks(record_of(context, crisis, plan)) == [
        Paragraph("Redusert toleranse etter oppholdet: fare for overdose."),
        Paragraph("Ingen kjent voldsrisiko."),
    ]


def test_the_patient_reads_the_kriseplan_in_plain_words(
    context: Context, crisis: CrisisService, plan: PlanId
) -> None:
    fill_in(crisis, plan)
    shown = texts(patient_blocks(record_of(context, crisis, plan)))
    assert shown == [
        "Tegn på at det begynner å bli vanskelig for deg:",
        "Sover dårlig",
        "Slutter å svare på telefonen",
        "Dette hjelper deg:",
        "Gå tur",
        "Ringe søsteren",
        "Hvem du kan ringe:",
        "På dagtid: Ruskonsulent Demo, telefon 12 34 56 78.",
        "Kveld, natt og helg: Legevakt, telefon 116 117.",
        "Slik vil du bli møtt: «Rolig og rett fram»",
        "Du har avtale om brukerstyrt seng på Eksempel DPS fra 02.11.2026 til 02.05.2027. "
        "Det er du som bestemmer når du trenger den.",
        "Du kan være der inntil 5 døgn om gangen, og det må gå minst 14 døgn mellom hver gang.",
        "Slik ber du om plass: Ring 12 34 56 78.",
        "Hvis du får et tilbakefall, er dette avtalt: «Ny innleggelse innen en uke uten henvisning.»",
        "Et tilbakefall betyr ikke at du har mislyktes.",
    ]
    # What the ward writes for the kommune is not in the patient's copy.
    assert not any("toleranse" in text or "Varsles" in text for text in shown)


def test_no_days_between_stays_is_not_written_as_zero(
    context: Context, crisis: CrisisService, plan: PlanId
) -> None:
    fill_in(crisis, plan)
    record = record_of(context, crisis, plan)
    record = replace(record, bed=replace(record.bed, min_days_between=0))
    assert "Varighet: Inntil 5 døgn per opphold" in texts(handover_blocks(record))
    assert "Du kan være der inntil 5 døgn om gangen." in texts(patient_blocks(record))


def test_the_blocks_print(context: Context, crisis: CrisisService, plan: PlanId) -> None:
    fill_in(crisis, plan)
    record = record_of(context, crisis, plan)
    document = HandoverDocument(
        kind=DocumentKind.KOMMUNE,
        title="Overføring ved utskrivning",
        subtitle="Test",
        marking="Taushetsbelagt",
        patient_line="Testa Testesen",
        sender_line="Avdeling A",
        made_on=TODAY,
        sections=(
            Section("crisis", "Kriseplan og tilbakefall", tuple(handover_blocks(record))),
            Section("risk", "Risikoforhold", tuple(risk_blocks(record))),
            Section("patient", "Hvis det blir vanskelig", tuple(patient_blocks(record))),
        ),
    )
    printed = squeezed(pdf_text(pdf.render(document)))
    for text in (
        "Ring kveld/natt/helg",
        "Legevakt, tlf. 116 117",
        "Inntil 5 døgn per opphold",
        "fare for overdose",
    ):
        assert squeezed(text) in printed
