"""The minutes of a meeting, as data and as a PDF read back: consent decides which areas are in them."""

from __future__ import annotations

from datetime import time, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from dischargeplanner.app import Context
from dischargeplanner.documents.document import Fields, Paragraph, Subheading, Table
from dischargeplanner.domain.meeting_model import (
    MeetingDetails,
    MeetingId,
    MeetingKind,
    MeetingStatus,
    Participant,
)
from dischargeplanner.domain.model import AreaKey, PlanId, Responsible
from dischargeplanner.domain.sharing import ConsentRefusedError, RefusalReason
from dischargeplanner.storage.audit import audit_trail
from helpers import TEST_USER, MakeDraft, documents_at
from helpers_meetings import DAY, add_contact, kommune_consent, long_stay, meetings_at, remove_contact

SHARED = frozenset(AreaKey) - {AreaKey.FAMILY, AreaKey.HEALTH}
FAMILY_MINUTE = "Barnevernet deltar ikke; datteren bor hos faren."
HEALTH_MINUTE = "Ny fastlege fra april."


@pytest.fixture
def plan_id(context: Context, make_draft: MakeDraft) -> PlanId:
    return long_stay(context, make_draft)


@pytest.fixture
def meeting_id(context: Context, plan_id: PlanId) -> MeetingId:
    """A held discharge meeting with minutes in four areas and decisions in three."""
    meetings = meetings_at(context)
    nav = add_contact(context, plan_id, "nav", "Veileder Demo")
    sister = add_contact(context, plan_id, "paarorende", "Søster Demo")
    details = MeetingDetails(
        MeetingKind.DISCHARGE,
        DAY - timedelta(days=1),
        time(10),
        place="Møterom 2",
        participants=(
            Participant(nav, "Veileder Demo", meetings.contacts(plan_id)[0].role),
            Participant(sister, "Søster Demo", meetings.contacts(plan_id)[1].role),
        ),
        ward_staff=("Terapeut Demo",),
        others="Tolk",
        status=MeetingStatus.HELD,
    )
    new_id, _ = meetings.add_meeting(plan_id, details, TEST_USER)
    meetings.set_minute(new_id, AreaKey.HOUSING, "Leiligheten er klar.", TEST_USER)
    meetings.set_minute(new_id, AreaKey.FAMILY, FAMILY_MINUTE, TEST_USER)
    meetings.set_minute(new_id, AreaKey.HEALTH, HEALTH_MINUTE, TEST_USER)
    meetings.set_minute(new_id, AreaKey.CRISIS, "Kriseplanen er ferdig.", TEST_USER)
    deadline = DAY + timedelta(days=14)
    add = meetings.add_decision
    add(
        new_id,
        AreaKey.HOUSING,
        "Starte bo-oppfølging",
        Responsible.KOMMUNE,
        "Saksbehandler",
        deadline,
        TEST_USER,
    )
    add(new_id, AreaKey.FAMILY, "Samtale med barnevernet", Responsible.WARD, "", None, TEST_USER)
    add(new_id, AreaKey.CRISIS, "Sende kriseplanen til fastlegen", Responsible.WARD, "", None, TEST_USER)
    return new_id


def test_minutes_hold_the_meeting_the_people_and_the_shared_areas(
    context: Context, plan_id: PlanId, meeting_id: MeetingId
) -> None:
    kommune_consent(context, plan_id, SHARED)
    document = documents_at(context, DAY).minutes(meetings_at(context), meeting_id)
    assert document.title == "Referat fra utskrivningsmøte"
    assert document.recipient == "Oslo kommune"
    assert document.left_out == ("Helse", "Barn og familie")
    assert [section.key for section in document.sections] == ["meeting", "participants", "areas", "decisions"]
    [fields, _note] = document.section("meeting").blocks
    assert isinstance(fields, Fields)
    assert ("Sted", "Møterom 2") in fields.rows
    assert ("Dato", "søndag 28. februar 2027 kl. 10.00") in fields.rows
    people = document.section("participants").blocks[0]
    assert isinstance(people, Table)
    assert people.rows == (("Veileder Demo", "NAV-veileder"), ("Søster Demo", "Pårørende"))
    areas = document.section("areas").blocks
    headings = [block.text for block in areas if isinstance(block, Subheading)]
    assert headings == ["Bolig", "Krise og tilbakefall"]
    texts = " ".join(block.text for block in areas if isinstance(block, Paragraph))
    assert "Leiligheten er klar." in texts
    assert FAMILY_MINUTE not in texts
    assert HEALTH_MINUTE not in texts
    assert "Ikke med i referatet" in texts
    assert "Helse, Barn og familie" in texts
    [summary, _] = document.section("decisions").blocks
    assert isinstance(summary, Table)
    assert [row[1] for row in summary.rows] == ["Starte bo-oppfølging", "Sende kriseplanen til fastlegen"]


def test_the_minutes_pdf_reads_back_without_the_areas_consent_leaves_out(
    context: Context, plan_id: PlanId, meeting_id: MeetingId, tmp_path: Path
) -> None:
    kommune_consent(context, plan_id, SHARED)
    maker, meetings = documents_at(context, DAY), meetings_at(context)
    made = maker.make_minutes(meetings, meeting_id, made_by="Terapeut Demo")
    target = tmp_path / made.file_name
    maker.save_minutes(meetings, made, target, TEST_USER)
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(target.read_bytes())).pages)
    flat = " ".join(text.split())
    for wanted in (
        "Referat fra utskrivningsmøte",
        "Taushetsbelagt",
        "Veileder Demo",
        "Søster Demo",
        "Leiligheten er klar.",
        "Starte bo-oppfølging",
        "Kommunen: Saksbehandler",
        "Kriseplanen er ferdig.",
        "Terapeut Demo",
    ):
        assert wanted in flat, wanted
    for secret in (FAMILY_MINUTE, HEALTH_MINUTE, "Samtale med barnevernet"):
        assert secret not in flat
    assert "Ikke med i referatet" in flat
    assert made.file_name.startswith("Referat fra utskrivningsmøte Testa Testesen")
    last = audit_trail(context.conn, plan_id)[-1]
    assert (last.action, last.user) == ("export.minutes", TEST_USER)
    assert made.sha256[:12] in last.detail


def test_without_consent_no_minutes_are_made(
    context: Context, plan_id: PlanId, meeting_id: MeetingId
) -> None:
    with pytest.raises(ConsentRefusedError) as refused:
        documents_at(context, DAY).make_minutes(meetings_at(context), meeting_id)
    assert refused.value.reason is RefusalReason.NO_CONSENT


def test_a_removed_contact_still_appears_as_at_the_meeting(
    context: Context, plan_id: PlanId, meeting_id: MeetingId
) -> None:
    kommune_consent(context, plan_id)
    for contact in meetings_at(context).contacts(plan_id):
        remove_contact(context, contact.contact_id)
    document = documents_at(context, DAY).minutes(meetings_at(context), meeting_id)
    people = document.section("participants").blocks[0]
    assert isinstance(people, Table)
    assert people.rows[0] == ("Veileder Demo", "NAV-veileder")
    assert document.left_out == ()


def test_a_planned_meeting_says_it_is_not_marked_as_held(context: Context, plan_id: PlanId) -> None:
    kommune_consent(context, plan_id)
    meetings = meetings_at(context)
    planned, _ = meetings.add_meeting(
        plan_id, MeetingDetails(MeetingKind.EVALUATION, DAY + timedelta(days=3), video=True), TEST_USER
    )
    document = documents_at(context, DAY).minutes(meetings, planned)
    assert document.title == "Referat fra evalueringsmøte"
    [fields, _] = document.section("meeting").blocks
    assert isinstance(fields, Fields)
    assert ("Sted", "Videomøte") in fields.rows
    assert ("Status", "Planlagt – møtet er ikke markert som holdt") in fields.rows
    assert document.section("decisions").blocks == ()
