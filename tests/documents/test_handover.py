"""The handover and the patient's copy as data (golden files), consent applied, and read back as PDF.

Golden files: `UPDATE_GOLDEN=1 make pytest PYTEST_ARGS=tests/documents` rewrites them;
read the diff before committing it, it is the change a kommune will see.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from dischargeplanner.app import Context
from dischargeplanner.documents.document import HandoverDocument
from dischargeplanner.documents.export import DocumentMaker, write_atomic
from dischargeplanner.documents.words import Sender
from dischargeplanner.domain.model import (
    Appointment,
    AppointmentId,
    AreaKey,
    Consent,
    ConsentForm,
    ConsentId,
    DocumentKind,
    Patient,
    PlanId,
    RecipientKind,
    Responsible,
)
from dischargeplanner.domain.services import AreaMoment
from dischargeplanner.domain.sharing import ConsentRefusedError, RefusalReason
from helpers import (
    TEST_USER,
    MakeDraft,
    care_at,
    demo_ward_at,
    documents_at,
    open_test_context,
    service_at,
    sharing_at,
)

TODAY = date(2026, 11, 2)
GOLDEN = Path(__file__).parent / "golden"
SENDER = Sender("Demoavdelingen (opplæring)", "Eksempel helseforetak", "12 34 56 78")
# Demo plans: the fresh one, one with areas kept out, the fullest, the discharged and the unplanned end.
GOLDEN_PLANS = (1, 2, 9, 12, 13)
KOMMUNE_HEADINGS = (
    "Identitet og opphold",
    "Avsender og ansvarlig kontakt",
    "Samtykke",
    "Pasientens mål",
    "Status per område",
    "Tiltak og sjekkliste per område",
    "Avtalte timer og møter",
    "Samarbeid med kommunen",
    "Kriseplan og tilbakefall",
    "Risikoforhold",
    "Barn og familie",
    "Selvhjelp: informasjon som er gitt",
    "Tolk og språk",
    "Underskrifter",
)


@pytest.fixture(scope="module")
def demo_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Context]:
    """One training ward for the module's tests: they read it and log exports, nothing more."""
    context = open_test_context(tmp_path_factory.mktemp("demo") / "data")
    yield context
    context.close()


@pytest.fixture(scope="module")
def demo(demo_context: Context) -> list[PlanId]:
    plan_ids = demo_ward_at(demo_context, TODAY)
    demo_context.save_sender(SENDER)
    return plan_ids


@pytest.fixture(scope="module")
def maker(demo_context: Context) -> DocumentMaker:
    return documents_at(demo_context, TODAY)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def squeezed(text: str) -> str:
    """Text without any whitespace: a wrapped line must still contain its words."""
    return "".join(text.split())


@pytest.mark.parametrize("kind", list(DocumentKind))
@pytest.mark.parametrize("number", GOLDEN_PLANS)
def test_demo_documents_match_their_golden_file(
    demo: list[PlanId], maker: DocumentMaker, number: int, kind: DocumentKind
) -> None:
    document = maker.document(demo[number - 1], kind, approved_by="Sosionom Demo")
    data = document.as_data()
    golden = GOLDEN / f"demo-{number:02d}-{kind}.json"
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert json.loads(json.dumps(data)) == json.loads(golden.read_text(encoding="utf-8"))


def test_the_handover_has_every_section_in_domain_order(demo: list[PlanId], maker: DocumentMaker) -> None:
    document = maker.document(demo[8], DocumentKind.KOMMUNE)
    assert tuple(section.title for section in document.sections) == KOMMUNE_HEADINGS
    made = maker.make(demo[8], DocumentKind.KOMMUNE)
    text = pdf_text(made.pdf)
    for heading in KOMMUNE_HEADINGS:
        assert heading in text
    patient = document.patient_line.split(",")[0]
    assert patient in text
    assert "Taushetsbelagt" in text


def test_the_patients_copy_speaks_plainly_and_shows_no_traffic_lights(
    demo: list[PlanId], maker: DocumentMaker
) -> None:
    document = maker.document(demo[8], DocumentKind.PATIENT)
    text = json.dumps(document.as_data(), ensure_ascii=False)
    for jargon in ("Grønn", "Gul", "Rød", "BrukerPlan", "tiltak", "Ansvarlig"):
        assert jargon not in text
    appointments = document.section("appointments")
    assert any(
        "Time hos fastlegen" in item for block in appointments.blocks for item in getattr(block, "items", ())
    )
    assert "Legevakt: ring 116 117." in text
    assert "ring 12 34 56 78" in text


def _secret_plan(context: Context, make_draft: MakeDraft) -> PlanId:
    """A plan whose network area holds text that must not leave the ward without consent."""
    service = service_at(context, TODAY)
    draft = make_draft(
        patient=Patient("Åse Ŋorga Đuolbmá", None, date(1990, 5, 17)),
        admission=TODAY - timedelta(days=40),
        planned_discharge=TODAY + timedelta(days=20),
    )
    plan_id, _ = service.start_plan(draft, TEST_USER)
    service.set_area_goal(plan_id, AreaKey.NETWORK, "Hemmelig-nettverksmål om Bjørnstjerne", TEST_USER)
    service.set_area_status(
        plan_id, AreaKey.NETWORK, AreaMoment.ADMISSION, "red", "Nettverksgrunn-X", TEST_USER
    )
    service.add_action(
        plan_id, AreaKey.NETWORK, "Nettverkstiltak-Y", Responsible.PAARORENDE, "", None, TEST_USER
    )
    item = service.plan_detail(plan_id).items_in(AreaKey.NETWORK)[0]
    service.update_item(item.item_id, item.state, "", item.responsible, "", "Nettverksnotat-Z", TEST_USER)
    service.set_area_goal(plan_id, AreaKey.HOUSING, "Egen leilighet i Tromsø", TEST_USER)
    sharing = sharing_at(context, TODAY)
    sharing.add_appointment(
        Appointment(AppointmentId(0), plan_id, AreaKey.NETWORK, "Nettverksmøte-W", TODAY), TEST_USER
    )
    return plan_id


SECRETS = (
    "Hemmelig-nettverksmål",
    "Nettverksgrunn-X",
    "Nettverkstiltak-Y",
    "Nettverksnotat-Z",
    "Nettverksmøte-W",
)


@pytest.mark.parametrize("shares_network", [False, True])
def test_an_area_without_consent_never_reaches_the_recipient(
    context: Context, make_draft: MakeDraft, shares_network: bool
) -> None:
    plan_id = _secret_plan(context, make_draft)
    maker = documents_at(context, TODAY)
    areas = frozenset({AreaKey.HOUSING} | ({AreaKey.NETWORK} if shares_network else set()))
    sharing_at(context, TODAY).record_consent(
        Consent(
            ConsentId(0), plan_id, RecipientKind.NAV, "NAV Tromsø", areas, TODAY, ConsentForm.ORAL, "Sosionom"
        ),
        TEST_USER,
    )
    made = maker.make(plan_id, DocumentKind.KOMMUNE, "NAV Tromsø")
    text = squeezed(pdf_text(made.pdf))
    data = json.dumps(made.document.as_data(), ensure_ascii=False)
    assert squeezed("Egen leilighet i Tromsø") in text
    assert squeezed("Åse Ŋorga Đuolbmá") in text
    for secret in SECRETS:
        assert (secret in data) is shares_network
        assert (squeezed(secret) in text) is shares_network
    if not shares_network:
        assert "Nettverk" in made.document.left_out
        left_out = ", ".join(made.document.left_out)
        assert squeezed(f"ikke har samtykket til å dele det med mottakeren: {left_out}.") in text


def test_no_consent_refuses_the_handover_but_not_the_patients_copy(
    context: Context, make_draft: MakeDraft
) -> None:
    plan_id = _secret_plan(context, make_draft)
    maker = documents_at(context, TODAY)
    with pytest.raises(ConsentRefusedError) as refused:
        maker.make(plan_id, DocumentKind.KOMMUNE)
    assert refused.value.reason is RefusalReason.NO_CONSENT
    assert maker.make(plan_id, DocumentKind.PATIENT).pdf.startswith(b"%PDF")


def test_every_font_in_the_handover_is_embedded(demo: list[PlanId], maker: DocumentMaker) -> None:
    reader = PdfReader(io.BytesIO(maker.make(demo[8], DocumentKind.KOMMUNE).pdf))
    fonts = set()
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described["/FontDescriptor"].get_object()
            assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), font
            fonts.add(str(font["/BaseFont"]))
    assert fonts
    assert all("DejaVu" in name for name in fonts)


def test_a_saved_pdf_replaces_the_old_file_whole_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "overføring.pdf"
    target.write_bytes(b"old")
    write_atomic(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "missing-folder" / "x.pdf", b"%PDF")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["overføring.pdf"]


def test_saving_logs_the_document_with_its_fingerprint(
    demo: list[PlanId], maker: DocumentMaker, demo_context: Context, tmp_path: Path
) -> None:
    made = maker.make(demo[8], DocumentKind.KOMMUNE)
    record = maker.save(made, tmp_path / made.file_name, TEST_USER)
    assert (tmp_path / made.file_name).read_bytes() == made.pdf
    logged = sharing_at(demo_context, TODAY).exports(demo[8])[0]
    assert logged == record
    assert logged.sha256 == made.sha256
    assert len(logged.sha256) == 64
    assert logged.recipient == made.document.recipient
    assert logged.file_name == made.file_name


def test_the_same_plan_gives_the_same_bytes(demo: list[PlanId], maker: DocumentMaker) -> None:
    assert isinstance(maker.document(demo[0], DocumentKind.KOMMUNE), HandoverDocument)
    assert (
        maker.make(demo[8], DocumentKind.KOMMUNE).sha256 == maker.make(demo[8], DocumentKind.KOMMUNE).sha256
    )


def test_the_fullest_demo_plan_hands_over_its_work_with_the_kommune(
    demo_context: Context, demo: list[PlanId], maker: DocumentMaker
) -> None:
    """Coordination, kriseplan, brukerstyrt seng, risk, children and language reach the kommune's PDF."""
    fullest = demo[11]
    text = squeezed(pdf_text(maker.make(fullest, DocumentKind.KOMMUNE).pdf))
    for expected in (
        "Ansvarligikommunen",
        "Individuellplan",
        "Ansvarsgruppefinnes",
        "Kriseplan",
        "Tidligevarseltegn",
        "Brukerstyrtseng",
        "Inntil5døgnperopphold",
        "Avtaleomreturettertilbakefall",
        "Prosedyrevedbrudd",
        "Risikoforhold",
        "Reduserttoleranse",
        "Samtalermedbarnsompårørende",
        "Barnevern",
        "Tolkogspråk",
    ):
        assert expected in text, expected
    # The meetings the demo held leave minutes behind, under the same consent.
    meetings = care_at(demo_context, TODAY).meetings
    held = meetings.latest_held(fullest)
    assert held is not None
    minutes = maker.make_minutes(meetings, held.meeting_id)
    minutes_text = squeezed(pdf_text(minutes.pdf))
    assert "Referatfrautskrivningsmøte" in minutes_text
    assert "Vedtak" in minutes_text
