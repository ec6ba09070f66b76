"""Children and family in the kommune handover: the blocks as data, barnevern only with consent."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date, timedelta

import pytest
from test_handover import pdf_text, squeezed

from dischargeplanner.app import Context
from dischargeplanner.demo_family import add_family
from dischargeplanner.documents.document import (
    Block,
    BulletList,
    DocumentKind,
    Fields,
    HandoverDocument,
    Paragraph,
    Section,
    Subheading,
    Table,
)
from dischargeplanner.documents.family_text import (
    BARNEVERN_LEFT_OUT,
    NO_CHILDREN,
    FamilyRecord,
    family_record,
    handover_blocks,
)
from dischargeplanner.documents.pdf import render
from dischargeplanner.domain.family import FamilyService
from dischargeplanner.domain.family_model import (
    BarnevernInvolved,
    Child,
    ChildId,
    Conversation,
    ConversationId,
    Family,
    FamilySupport,
    Participant,
)
from dischargeplanner.domain.model import PlanId
from helpers import TEST_USER, MakeDraft, service_at
from helpers_family import family_at

TODAY = date(2026, 11, 2)
PLAN = PlanId(1)
CASEWORKER = "Saksbehandler Test, Eksempel barneverntjeneste"


def words(blocks: list[Block]) -> str:
    """Every text in the blocks, as a reader of the document would meet it."""
    return repr([asdict(block) for block in blocks])


def record(
    family: Family, children: tuple[Child, ...] = (), talks: tuple[Conversation, ...] = ()
) -> FamilyRecord:
    return FamilyRecord(family, children, talks, TODAY)


def test_no_children_says_so_and_nothing_more_about_them() -> None:
    blocks = handover_blocks(record(Family(PLAN)))
    assert blocks[:2] == [Subheading("Barn"), Paragraph(NO_CHILDREN)]
    assert "Samtaler med barn som pårørende" not in words(blocks)


def test_children_are_a_table_with_their_age_now_and_the_conversations_a_list() -> None:
    mia = Child(ChildId(1), PLAN, "Mia", 2018, "Faren", "Mormor", "Intern merknad")
    baby = Child(ChildId(2), PLAN, "O.", None, "Pasienten", "Faren")
    talks = (
        Conversation(ConversationId(1), PLAN, date(2026, 10, 1), (Participant.PATIENT,), "Kari"),
        Conversation(
            ConversationId(2),
            PLAN,
            date(2026, 10, 20),
            (Participant.PATIENT, Participant.CHILD),
            "Kari",
            mia.child_id,
        ),
        Conversation(ConversationId(3), PLAN, date(2026, 10, 28), tuple(Participant), "Kari"),
    )
    blocks = handover_blocks(record(Family(PLAN), (mia, baby), talks))
    assert blocks[1] == Table(
        ("Barn", "Alder", "Bor hos", "Omsorg under oppholdet"),
        (("Mia", "8 år", "Faren", "Mormor"), ("O.", "Ukjent", "Pasienten", "Faren")),
        (2, 1, 2, 2),
    )
    assert blocks[2:4] == [
        Subheading("Samtaler med barn som pårørende"),
        BulletList(
            (
                "01.10.2026: med pasienten",
                "20.10.2026: med pasienten og barnet (Mia)",
                "28.10.2026: med pasienten, barnet og den andre forelderen eller omsorgspersonen",
            )
        ),
    ]
    assert "Intern merknad" not in words(blocks)  # the ward's own notes stay at the ward


def test_without_consent_barnevern_is_left_out_and_no_detail_slips_through() -> None:
    # Even a record that somehow carries details (the service and the table refuse it) shows none.
    odd = Family(
        PLAN, barnevern_involved=BarnevernInvolved.YES, barnevern_contact=CASEWORKER, barnevern_note="N"
    )
    for family in (Family(PLAN), odd):
        blocks = handover_blocks(record(family))
        assert Paragraph(BARNEVERN_LEFT_OUT, emphasis=True) in blocks
        assert Subheading("Barnevern") not in blocks
        assert "Saksbehandler" not in words(blocks)
        assert "Barnevernet involvert" not in words(blocks)


def test_with_consent_barnevern_gives_the_details() -> None:
    family = Family(
        PLAN,
        barnevern_consent=True,
        barnevern_involved=BarnevernInvolved.YES,
        barnevern_contact=CASEWORKER,
        barnevern_note="Med i ansvarsgruppen",
    )
    blocks = handover_blocks(record(family))
    start = blocks.index(Subheading("Barnevern"))
    assert blocks[start + 2] == Fields(
        (
            ("Barnevernet involvert", "Ja"),
            ("Saksbehandler / kontor", CASEWORKER),
            ("Merknad", "Med i ansvarsgruppen"),
        )
    )
    assert BARNEVERN_LEFT_OUT not in words(blocks)


def test_family_services_and_the_need_for_long_term_follow_up() -> None:
    assert handover_blocks(record(Family(PLAN)))[-2:] == [
        Subheading("Familietjenester"),
        Paragraph("Ingen familietjenester registrert."),
    ]
    family = Family(
        PLAN,
        supports=(FamilySupport.FAMILIEVERNKONTOR, FamilySupport.HELSESTASJON),
        services_note="Foreldreveiledning",
        long_term_follow_up="Minst ett år",
    )
    assert handover_blocks(record(family))[-1] == Fields(
        (
            ("Tjenester", "Familievernkontoret, Helsesykepleier / helsestasjon"),
            ("Annet", "Foreldreveiledning"),
            ("Behov for langvarig oppfølging", "Minst ett år"),
        )
    )


@pytest.fixture
def demo_plans(context: Context, make_draft: MakeDraft) -> list[PlanId]:
    """Thirteen plans filled in as the training ward fills them in."""
    plans = service_at(context, TODAY)
    family = family_at(context, TODAY)
    plan_ids = []
    for index in range(13):
        draft = make_draft(
            admission=TODAY - timedelta(days=130), planned_discharge=TODAY + timedelta(days=10)
        )
        plan_id, _ = plans.start_plan(draft, TEST_USER)
        add_family(family, TEST_USER, plan_id, index, TODAY)
        plan_ids.append(plan_id)
    return plan_ids


def test_the_demo_ward_has_plans_without_children_and_one_with_the_whole_picture(
    context: Context, demo_plans: list[PlanId]
) -> None:
    family: FamilyService = family_at(context, TODAY)
    assert any(not family.children(plan_id) for plan_id in demo_plans)
    fullest = family_record(family, demo_plans[11], TODAY)
    assert len(fullest.children) == 2
    assert len(fullest.conversations) >= 2
    assert fullest.family.barnevern_consent
    assert fullest.family.has_barnevern_details
    assert fullest.family.supports
    assert all("(demo)" in child.name for child in fullest.children)
    for plan_id in demo_plans:
        stored = family.family(plan_id)
        assert stored.barnevern_consent or not stored.has_barnevern_details


def test_the_blocks_print(context: Context, demo_plans: list[PlanId]) -> None:
    fullest = family_record(family_at(context, TODAY), demo_plans[11], TODAY)
    without_consent = replace(fullest, family=Family(demo_plans[11]))
    sections = (
        Section("family", "Barn og familie", tuple(handover_blocks(fullest))),
        Section("family_2", "Barn og familie uten samtykke", tuple(handover_blocks(without_consent))),
    )
    document = HandoverDocument(
        DocumentKind.KOMMUNE,
        "Overføring",
        "",
        "Taushetsbelagt",
        "Testperson Demo",
        "Avdeling",
        TODAY,
        sections,
    )
    text = squeezed(pdf_text(render(document)))
    assert squeezed("Omsorg under oppholdet") in text
    assert squeezed("Emma (demo)") in text
    assert squeezed("Saksbehandler Demo") in text
    assert squeezed(BARNEVERN_LEFT_OUT) in text
