"""Contacts and coordination through the service over a real database: who is responsible, who is shared."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.coordination import CoordinationService, contact_shared, email_ok
from dischargeplanner.domain.coordination_model import Contact, ContactId, ContactRole, Coordination, IpRight
from dischargeplanner.domain.model import (
    AreaKey,
    Consent,
    ConsentForm,
    ConsentId,
    DischargeKind,
    PlanId,
    RecipientKind,
)
from dischargeplanner.domain.services import Problem, ValidationError
from dischargeplanner.storage.audit import audit_trail
from dischargeplanner.storage.coordination import SqliteCoordinationStore
from helpers import TEST_USER, MakeDraft, clock_at, service_at, sharing_at

TODAY = date(2026, 11, 2)


def coordination_at(context: Context, today: date) -> CoordinationService:
    return CoordinationService(SqliteCoordinationStore(context.conn, clock_at(today)), clock_at(today))


@pytest.fixture
def coordination(context: Context) -> CoordinationService:
    return coordination_at(context, TODAY)


def start_plan(context: Context, make_draft: MakeDraft) -> PlanId:
    draft = make_draft(admission=TODAY - timedelta(days=20), planned_discharge=TODAY + timedelta(days=40))
    plan_id, _ = service_at(context, TODAY).start_plan(draft, TEST_USER)
    return plan_id


@pytest.fixture
def plan(context: Context, make_draft: MakeDraft) -> PlanId:
    return start_plan(context, make_draft)


def contact(plan_id: PlanId, role: ContactRole = ContactRole.KOMMUNE_CONTACT, **overrides: object) -> Contact:
    fields: dict[str, object] = {
        "contact_id": ContactId(0),
        "plan_id": plan_id,
        "role": role,
        "name": f"{role} Demo",
        "phone": "12 34 56 78",
    }
    fields.update(overrides)
    return Contact(**fields)  # type: ignore[arg-type]


def consent(plan_id: PlanId, **overrides: object) -> Consent:
    fields: dict[str, object] = {
        "consent_id": ConsentId(0),
        "plan_id": plan_id,
        "recipient_kind": RecipientKind.PAARORENDE,
        "recipient": "Søster Demo",
        "areas": frozenset({AreaKey.NETWORK}),
        "given": TODAY - timedelta(days=5),
        "form": ConsentForm.WRITTEN,
        "noted_by": "Sosionom Test",
    }
    fields.update(overrides)
    return Consent(**fields)  # type: ignore[arg-type]


def problems(error: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, Problem]]:
    return {(issue.field, issue.problem) for issue in error.value.issues}


def test_only_one_contact_is_responsible_and_marking_another_moves_the_mark(
    coordination: CoordinationService, plan: PlanId
) -> None:
    first, changes = coordination.add_contact(
        contact(plan, name="Kari Kommune Demo", responsible=True), TEST_USER
    )
    assert changes.areas == frozenset({AreaKey.COORDINATION})
    assert changes.plan_list
    second, _ = coordination.add_contact(contact(plan, ContactRole.NAV, name="Nils Nav Demo"), TEST_USER)
    assert coordination.responsible(plan) == coordination.contact(first)

    changes = coordination.set_responsible(plan, second, TEST_USER)

    assert changes.plan_list
    assert [(c.name, c.responsible) for c in coordination.contacts(plan)] == [
        ("Nils Nav Demo", True),
        ("Kari Kommune Demo", False),
    ]
    coordination.set_responsible(plan, None, TEST_USER)
    assert coordination.responsible(plan) is None


def test_a_new_contact_marked_responsible_takes_the_mark_over(
    coordination: CoordinationService, plan: PlanId
) -> None:
    coordination.add_contact(contact(plan, name="Første Demo", responsible=True), TEST_USER)
    coordination.add_contact(
        contact(plan, ContactRole.COORDINATOR, name="Andre Demo", responsible=True), TEST_USER
    )
    assert [c.name for c in coordination.contacts(plan) if c.responsible] == ["Andre Demo"]


def test_contacts_come_responsible_first_then_by_role_then_by_name(
    coordination: CoordinationService, plan: PlanId
) -> None:
    for role, name in (
        (ContactRole.PAARORENDE, "Berit Demo"),
        (ContactRole.NAV, "Anne Demo"),
        (ContactRole.KOMMUNE_CONTACT, "Øyvind Demo"),
        (ContactRole.KOMMUNE_CONTACT, "Åse Demo"),
        (ContactRole.FASTLEGE, "Carl Demo"),
    ):
        coordination.add_contact(contact(plan, role, name=name), TEST_USER)
    fastlege = next(c for c in coordination.contacts(plan) if c.role is ContactRole.FASTLEGE)
    coordination.set_responsible(plan, fastlege.contact_id, TEST_USER)
    # Norwegian order: Ø before Å.
    assert [c.name for c in coordination.contacts(plan)] == [
        "Carl Demo",
        "Øyvind Demo",
        "Åse Demo",
        "Anne Demo",
        "Berit Demo",
    ]


@pytest.mark.parametrize("role", [ContactRole.PAARORENDE, ContactRole.LIKEPERSON])
def test_a_private_person_cannot_be_the_responsible_one(
    coordination: CoordinationService, plan: PlanId, role: ContactRole
) -> None:
    with pytest.raises(ValidationError) as refused:
        coordination.add_contact(contact(plan, role, responsible=True), TEST_USER)
    assert problems(refused) == {("responsible", Problem.CONTACT_PRIVATE_RESPONSIBLE)}

    contact_id, _ = coordination.add_contact(contact(plan, role), TEST_USER)
    with pytest.raises(ValidationError) as refused:
        coordination.set_responsible(plan, contact_id, TEST_USER)
    assert problems(refused) == {("responsible", Problem.CONTACT_PRIVATE_RESPONSIBLE)}
    assert coordination.responsible(plan) is None


def test_a_contact_of_another_plan_cannot_be_marked_responsible(
    context: Context, coordination: CoordinationService, plan: PlanId, make_draft: MakeDraft
) -> None:
    other_plan = start_plan(context, make_draft)
    theirs, _ = coordination.add_contact(contact(other_plan), TEST_USER)
    with pytest.raises(ValidationError) as refused:
        coordination.set_responsible(plan, theirs, TEST_USER)
    assert problems(refused) == {("responsible", Problem.CONTACT_OTHER_PLAN)}
    assert not coordination.contact(theirs).responsible


def test_a_consent_of_another_plan_cannot_be_tied_to_a_contact(
    context: Context, coordination: CoordinationService, plan: PlanId, make_draft: MakeDraft
) -> None:
    other_plan = start_plan(context, make_draft)
    sharing = sharing_at(context, TODAY)
    theirs, _ = sharing.record_consent(consent(other_plan), TEST_USER)
    ours, _ = sharing.record_consent(consent(plan), TEST_USER)

    with pytest.raises(ValidationError) as refused:
        coordination.add_contact(contact(plan, ContactRole.PAARORENDE, consent_id=theirs), TEST_USER)
    assert problems(refused) == {("consent", Problem.CONTACT_CONSENT_OTHER_PLAN)}

    contact_id, _ = coordination.add_contact(
        contact(plan, ContactRole.PAARORENDE, consent_id=ours), TEST_USER
    )
    assert coordination.contact(contact_id).consent_id == ours


def test_what_a_contact_must_have(coordination: CoordinationService, plan: PlanId) -> None:
    typed = contact(plan, ContactRole.OTHER, name="  ", phone="ring meg", email="kari at kommune")
    with pytest.raises(ValidationError) as refused:
        coordination.add_contact(typed, TEST_USER)
    assert problems(refused) == {
        ("role_text", Problem.CONTACT_ROLE_TEXT_MISSING),
        ("name", Problem.CONTACT_NAME_MISSING),
        ("phone", Problem.PHONE_INVALID),
        ("email", Problem.CONTACT_EMAIL_INVALID),
    }
    assert coordination.contacts(plan) == []


def test_a_contact_is_stored_tidied_and_changed_in_its_own_plan(
    context: Context, coordination: CoordinationService, plan: PlanId, make_draft: MakeDraft
) -> None:
    typed = contact(
        plan,
        ContactRole.OTHER,
        name="  Bo   Veileder Demo ",
        role_text=" Boveileder ",
        organisation=" Bo-oppfølgingen ",
        email=" bo@kommune.example ",
    )
    contact_id, _ = coordination.add_contact(typed, TEST_USER)
    stored = coordination.contact(contact_id)
    assert (stored.name, stored.role_text, stored.organisation, stored.email) == (
        "Bo Veileder Demo",
        "Boveileder",
        "Bo-oppfølgingen",
        "bo@kommune.example",
    )
    # A named role keeps no free-text role; the stored plan wins over what the caller says.
    other_plan = start_plan(context, make_draft)
    changes = coordination.update_contact(
        replace(stored, role=ContactRole.NAV, plan_id=other_plan), TEST_USER
    )
    assert changes.plan_ids == frozenset({plan})
    assert not changes.plan_list
    changed = coordination.contact(contact_id)
    assert (changed.plan_id, changed.role, changed.role_text) == (plan, ContactRole.NAV, "")
    actions = [record.action for record in audit_trail(context.conn, plan)]
    assert actions[-2:] == ["coordination.contact.add", "coordination.contact.update"]


def test_removing_the_coordinator_leaves_the_plan_without_one(
    coordination: CoordinationService, plan: PlanId
) -> None:
    contact_id, _ = coordination.add_contact(
        contact(plan, ContactRole.COORDINATOR, responsible=True), TEST_USER
    )
    coordination.save_coordination(Coordination(plan, IpRight.YES, coordinator=contact_id), TEST_USER)

    changes = coordination.remove_contact(contact_id, TEST_USER)

    assert changes.plan_list  # the responsible person went with it
    assert coordination.contacts(plan) == []
    assert coordination.coordination(plan) == Coordination(plan, IpRight.YES)


def test_the_coordination_record_defaults_then_round_trips(
    coordination: CoordinationService, plan: PlanId
) -> None:
    assert coordination.coordination(plan) == Coordination(plan)
    koordinator, _ = coordination.add_contact(contact(plan, ContactRole.COORDINATOR), TEST_USER)
    record = Coordination(
        plan,
        IpRight.YES,
        TODAY,
        ip_exists=True,
        coordinator=koordinator,
        ansvarsgruppe_exists=True,
        interpreter_needed=True,
        language="  nord samisk ",
        language_note=" Tolk på telefon ",
    )
    changes = coordination.save_coordination(record, TEST_USER)
    assert changes.areas == frozenset({AreaKey.COORDINATION})
    assert coordination.coordination(plan) == replace(
        record, language="nord samisk", language_note="Tolk på telefon"
    )
    # Storing the same again changes nothing.
    assert coordination.save_coordination(coordination.coordination(plan), TEST_USER).plan_ids == frozenset()


def test_the_coordination_record_refuses_a_future_date_and_a_stranger_as_coordinator(
    context: Context, coordination: CoordinationService, plan: PlanId, make_draft: MakeDraft
) -> None:
    other_plan = start_plan(context, make_draft)
    stranger, _ = coordination.add_contact(contact(other_plan, ContactRole.COORDINATOR), TEST_USER)
    record = Coordination(plan, IpRight.YES, TODAY + timedelta(days=1), coordinator=stranger)
    with pytest.raises(ValidationError) as refused:
        coordination.save_coordination(record, TEST_USER)
    assert problems(refused) == {
        ("ip_requested", Problem.DATE_IN_FUTURE),
        ("coordinator", Problem.COORDINATION_COORDINATOR_OTHER_PLAN),
    }
    assert coordination.coordination(plan) == Coordination(plan)


def test_a_discharged_plan_is_read_only(
    context: Context, coordination: CoordinationService, plan: PlanId
) -> None:
    contact_id, _ = coordination.add_contact(contact(plan), TEST_USER)
    service_at(context, TODAY).discharge_plan(plan, TODAY, DischargeKind.PLANNED, {}, TEST_USER)
    for change in (
        lambda: coordination.add_contact(contact(plan), TEST_USER),
        lambda: coordination.set_responsible(plan, contact_id, TEST_USER),
        lambda: coordination.remove_contact(contact_id, TEST_USER),
        lambda: coordination.save_coordination(Coordination(plan, IpRight.NO), TEST_USER),
    ):
        with pytest.raises(ValidationError) as refused:
            change()
        assert problems(refused) == {("plan", Problem.PLAN_NOT_ACTIVE)}
    assert [c.contact_id for c in coordination.contacts(plan)] == [contact_id]


def test_services_are_shared_private_persons_only_under_their_valid_consent() -> None:
    plan = PlanId(1)
    tied = consent(plan, consent_id=ConsentId(7), expires=TODAY + timedelta(days=30))
    nav = contact(plan, ContactRole.NAV)
    sister = contact(plan, ContactRole.PAARORENDE, consent_id=ConsentId(7))
    untied_peer = contact(plan, ContactRole.LIKEPERSON)
    barnevern = contact(plan, ContactRole.BARNEVERN, consent_id=ConsentId(8))

    assert contact_shared(nav, [], TODAY)
    assert contact_shared(sister, [tied], TODAY)
    assert not contact_shared(sister, [tied], TODAY + timedelta(days=31))  # expired
    assert not contact_shared(sister, [replace(tied, withdrawn=TODAY)], TODAY)
    assert not contact_shared(sister, [tied], TODAY - timedelta(days=6))  # not yet given
    assert not contact_shared(untied_peer, [tied], TODAY)
    assert not contact_shared(barnevern, [tied], TODAY)  # tied to a consent that is not there


@pytest.mark.parametrize(
    ("email", "ok"),
    [
        ("", True),
        ("kari@kommune.example", True),
        ("kari.nordmann+ettervern@oslo.kommune.no", True),
        ("kari@kommune", False),
        ("kari kommune@oslo.no", False),
        ("22 33 44 55", False),
        ("@oslo.no", False),
    ],
)
def test_email_syntax(email: str, ok: bool) -> None:
    assert email_ok(email) is ok


def test_the_demo_fills_the_fullest_plan_and_leaves_early_ones_without_responsible(
    context: Context, coordination: CoordinationService, make_draft: MakeDraft
) -> None:
    from dischargeplanner.demo_coordination import add_coordination

    sharing = sharing_at(context, TODAY)
    plans = [start_plan(context, make_draft) for _ in range(13)]
    for index, plan_id in enumerate(plans):
        add_coordination(coordination, sharing, TEST_USER, plan_id, index, TODAY)

    assert coordination.contacts(plans[0]) == []
    assert coordination.contacts(plans[1])
    assert coordination.responsible(plans[1]) is None
    assert coordination.responsible(plans[3]) is not None
    assert coordination.coordination(plans[4]).interpreter_needed
    fullest = coordination.contacts(plans[11])
    assert {c.role for c in fullest} >= {
        ContactRole.KOMMUNE_CONTACT,
        ContactRole.COORDINATOR,
        ContactRole.NAV,
        ContactRole.FASTLEGE,
        ContactRole.RUSKONSULENT,
        ContactRole.PAARORENDE,
        ContactRole.LIKEPERSON,
    }
    assert fullest[0].responsible
    assert all(c.name.endswith(("Demo", "(demo)")) for c in fullest)
    consents = sharing.consents(plans[11])
    assert all(contact_shared(c, consents, TODAY) for c in fullest)
    record = coordination.coordination(plans[11])
    assert (record.ip_right, record.ip_exists, record.ansvarsgruppe_exists) == (IpRight.YES, True, True)
    assert record.coordinator in {c.contact_id for c in fullest if c.role is ContactRole.COORDINATOR}
    assert any(c.in_ansvarsgruppe for c in fullest)
    # A next of kin without consent, so the warning in the table has something to show.
    mother = next(c for c in coordination.contacts(plans[6]) if c.role is ContactRole.PAARORENDE)
    assert not contact_shared(mother, sharing.consents(plans[6]), TODAY)
