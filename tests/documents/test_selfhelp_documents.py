"""The self-help introduction in the kommune handover and in the patient's copy, read back from the PDF."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from test_handover import pdf_text, squeezed

from dischargeplanner.app import Context
from dischargeplanner.documents.export import DocumentMaker
from dischargeplanner.domain.model import AreaKey, DocumentKind, PlanId
from dischargeplanner.domain.selfhelp_model import Introduction
from helpers import TEST_USER, demo_ward_at, documents_at, open_test_context, selfhelp_at, sharing_at

TODAY = date(2026, 11, 2)


@pytest.fixture(scope="module")
def demo_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Context]:
    context = open_test_context(tmp_path_factory.mktemp("selfhelp") / "data")
    yield context
    context.close()


@pytest.fixture(scope="module")
def demo(demo_context: Context) -> list[PlanId]:
    return demo_ward_at(demo_context, TODAY)


@pytest.fixture(scope="module")
def maker(demo_context: Context) -> DocumentMaker:
    return documents_at(demo_context, TODAY)


def _planned_first_meeting(context: Context, demo: list[PlanId]) -> tuple[PlanId, Introduction]:
    """A demo plan whose patient has a first meeting planned with a group from the directory."""
    selfhelp = selfhelp_at(context, TODAY)
    for plan_id in demo:
        introduction = selfhelp.introduction(plan_id)
        if introduction.first_group is not None and introduction.first_day is not None:
            return plan_id, introduction
    raise AssertionError("the demo ward has no patient with a first meeting planned")


def test_the_demo_ward_has_patients_at_every_stage_of_the_introduction(
    demo_context: Context, demo: list[PlanId]
) -> None:
    selfhelp = selfhelp_at(demo_context, TODAY)
    introductions = [selfhelp.introduction(plan_id) for plan_id in demo]
    assert any(not intro.informed for intro in introductions), "someone not informed yet"
    assert any(intro.informed and intro.view is None for intro in introductions), "informed, view not asked"
    assert {intro.view for intro in introductions if intro.view} >= {"interested", "unsure", "declined"}
    assert any(selfhelp.visits(plan_id) for plan_id in demo), "a meeting visited during the stay"
    assert any(selfhelp.follow_ups(plan_id) for plan_id in demo), "a follow-up conversation"
    assert any(intro.has_first_meeting and intro.accompanied for intro in introductions)
    due = [selfhelp.follow_up_due(plan_id) for plan_id in demo]
    assert any(day is not None and day < TODAY for day in due), "a follow-up overdue"
    groups = selfhelp.groups()
    assert len(groups) >= 20
    assert all("demo" in group.name and "Eksempel" in group.address for group in groups if group.address)
    assert any(group.possibly_stale(TODAY) for group in groups), "an entry not verified for 6 months"


def test_the_kommune_handover_gives_the_first_meeting_with_day_time_place_and_phone(
    demo_context: Context, demo: list[PlanId], maker: DocumentMaker
) -> None:
    plan_id, introduction = _planned_first_meeting(demo_context, demo)
    group = selfhelp_at(demo_context, TODAY).group(introduction.first_group)  # type: ignore[arg-type]
    assert introduction.first_time is not None

    text = squeezed(pdf_text(maker.make(plan_id, DocumentKind.KOMMUNE).pdf))

    section = text[text.index(squeezed("Selvhjelp: informasjon som er gitt")) :]
    assert squeezed("Første møte etter utskrivning") in section
    assert squeezed(f"kl. {introduction.first_time.strftime('%H.%M')}") in section
    assert squeezed(group.name) in section
    assert squeezed(group.address) in section
    assert squeezed(f"tlf. {group.phone}") in section
    assert squeezed(f"Informert {introduction.informed_on:%d.%m.%Y} av {introduction.informed_by}") in section


def test_the_patient_copy_says_when_and_where_the_first_meeting_is(
    demo_context: Context, demo: list[PlanId], maker: DocumentMaker
) -> None:
    plan_id, introduction = _planned_first_meeting(demo_context, demo)
    group = selfhelp_at(demo_context, TODAY).group(introduction.first_group)  # type: ignore[arg-type]
    assert introduction.first_day is not None
    assert introduction.first_time is not None

    text = squeezed(pdf_text(maker.make(plan_id, DocumentKind.PATIENT).pdf))

    weekday = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")[
        introduction.first_day.weekday()
    ]
    assert squeezed(f"Ditt første møte: {weekday} {introduction.first_day.day}.") in text
    assert squeezed(f"kl. {introduction.first_time.strftime('%H.%M')}") in text
    assert squeezed(f"Sted: {group.address}") in text
    assert squeezed(f"Telefon: {group.phone}") in text
    assert squeezed(f"{introduction.companion} blir med deg første gang") in text


def test_documents_never_say_the_patient_was_referred_to_a_group(
    demo: list[PlanId], maker: DocumentMaker
) -> None:
    for plan_id in demo:
        for kind in DocumentKind:
            data = str(maker.document(plan_id, kind).as_data()).casefold()
            assert "henvis" not in data


def test_self_help_left_out_of_the_consent_is_not_in_the_handover(
    demo_context: Context, demo: list[PlanId], maker: DocumentMaker
) -> None:
    plan_id, introduction = _planned_first_meeting(demo_context, demo)
    sharing = sharing_at(demo_context, TODAY)
    consent = sharing.consent_for(plan_id, None)
    sharing.update_consent(replace(consent, areas=consent.areas - {AreaKey.SELF_HELP}), TEST_USER)
    try:
        text = squeezed(pdf_text(maker.make(plan_id, DocumentKind.KOMMUNE).pdf))
        assert squeezed(introduction.contact_name) not in text
        assert squeezed(introduction.own_words) not in text
        assert squeezed("Første møte etter utskrivning") not in text
    finally:
        sharing.update_consent(consent, TEST_USER)


def test_a_contact_person_appears_only_with_the_patients_consent(
    demo_context: Context, demo: list[PlanId], maker: DocumentMaker
) -> None:
    plan_id, introduction = _planned_first_meeting(demo_context, demo)
    selfhelp = selfhelp_at(demo_context, TODAY)
    assert squeezed(introduction.contact_name) in squeezed(
        pdf_text(maker.make(plan_id, DocumentKind.KOMMUNE).pdf)
    )

    withdrawn = replace(introduction, contact_consent=False, contact_name="", contact_phone="")
    selfhelp.save_introduction(withdrawn, TEST_USER)
    try:
        for kind in DocumentKind:
            assert squeezed(introduction.contact_name) not in squeezed(
                pdf_text(maker.make(plan_id, kind).pdf)
            )
    finally:
        selfhelp.save_introduction(introduction, TEST_USER)


def test_a_stale_group_is_flagged_to_the_kommune_and_the_patient_is_told_to_check_the_time(
    demo_context: Context, demo: list[PlanId], maker: DocumentMaker
) -> None:
    plan_id, introduction = _planned_first_meeting(demo_context, demo)
    selfhelp = selfhelp_at(demo_context, TODAY)
    group = selfhelp.group(introduction.first_group)  # type: ignore[arg-type]
    selfhelp.update_group(replace(group, verified_on=date(2026, 3, 1), meetings=group.meetings), TEST_USER)
    try:
        kommune = squeezed(pdf_text(maker.make(plan_id, DocumentKind.KOMMUNE).pdf))
        patient = squeezed(pdf_text(maker.make(plan_id, DocumentKind.PATIENT).pdf))
        assert squeezed("sist kontrollert 01.03.2026: kan være utdatert") in kommune
        assert squeezed("Sjekk gjerne tiden før du går") in patient
    finally:
        selfhelp.update_group(group, TEST_USER)
