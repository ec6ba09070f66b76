"""Children and family through the service over a real database: the rules a ward relies on."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from dischargeplanner.app import Context
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
from dischargeplanner.domain.model import AreaKey, DischargeKind, PlanId
from dischargeplanner.domain.services import Issue, NotFoundError, Problem, ValidationError
from dischargeplanner.storage.audit import audit_trail
from helpers import INTEGRITY_ERRORS, TEST_USER, MakeDraft, service_at
from helpers_family import family_at

TODAY = date(2026, 11, 2)
STAFF = "Kari Sosionom"


@pytest.fixture
def family(context: Context) -> FamilyService:
    return family_at(context, TODAY)


@pytest.fixture
def plan(context: Context, make_draft: MakeDraft) -> PlanId:
    draft = make_draft(admission=TODAY - timedelta(days=20), planned_discharge=TODAY + timedelta(days=40))
    plan_id, _ = service_at(context, TODAY).start_plan(draft, TEST_USER)
    return plan_id


def child(plan_id: PlanId, **overrides: object) -> Child:
    fields: dict[str, object] = {
        "child_id": ChildId(0),
        "plan_id": plan_id,
        "name": "Mia",
        "birth_year": 2018,
        "lives_with": "Faren",
        "carer_during_stay": "Faren",
    }
    fields.update(overrides)
    return Child(**fields)  # type: ignore[arg-type]


def conversation(plan_id: PlanId, **overrides: object) -> Conversation:
    fields: dict[str, object] = {
        "conversation_id": ConversationId(0),
        "plan_id": plan_id,
        "day": TODAY - timedelta(days=3),
        "participants": (Participant.PATIENT,),
        "by": STAFF,
    }
    fields.update(overrides)
    return Conversation(**fields)  # type: ignore[arg-type]


def problems(error: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, Problem]]:
    return {(issue.field, issue.problem) for issue in error.value.issues}


# Children -----------------------------------------------------------------------


def test_a_child_is_added_changed_and_removed_with_audit(
    family: FamilyService, plan: PlanId, context: Context
) -> None:
    child_id, changes = family.add_child(child(plan, name="  Mia  ", note=" Går i 3. klasse "), TEST_USER)
    assert changes.plan_ids == frozenset({plan})
    assert changes.areas == frozenset({AreaKey.FAMILY})
    stored = family.children(plan)
    assert stored == [child(plan, child_id=child_id, note="Går i 3. klasse")]
    assert stored[0].age(TODAY) == 8

    family.update_child(replace(stored[0], carer_during_stay="Mormor"), TEST_USER)
    assert family.children(plan)[0].carer_during_stay == "Mormor"
    family.remove_child(child_id, TEST_USER)
    assert family.children(plan) == []
    actions = [record.action for record in audit_trail(context.conn, plan)]
    assert actions[-3:] == ["family.child.add", "family.child.update", "family.child.remove"]


def test_children_are_listed_oldest_first_unknown_birth_year_last(
    family: FamilyService, plan: PlanId
) -> None:
    for name, year in (("Liten", 2024), ("Ukjent", None), ("Stor", 2010)):
        family.add_child(child(plan, name=name, birth_year=year), TEST_USER)
    assert [c.name for c in family.children(plan)] == ["Stor", "Liten", "Ukjent"]


def test_a_child_needs_a_name_or_initials(family: FamilyService, plan: PlanId) -> None:
    with pytest.raises(ValidationError) as error:
        family.add_child(child(plan, name="   "), TEST_USER)
    assert problems(error) == {("name", Problem.FAMILY_CHILD_NAME_MISSING)}
    assert family.children(plan) == []


@pytest.mark.parametrize("year", [TODAY.year + 1, TODAY.year - 19, 1900])
def test_a_birth_year_outside_childhood_is_refused(family: FamilyService, plan: PlanId, year: int) -> None:
    with pytest.raises(ValidationError) as error:
        family.add_child(child(plan, birth_year=year), TEST_USER)
    assert problems(error) == {("birth_year", Problem.FAMILY_BIRTH_YEAR_OUT_OF_RANGE)}


@pytest.mark.parametrize("year", [TODAY.year, TODAY.year - 18, None])
def test_a_newborn_a_seventeen_year_old_and_an_unknown_birth_year_are_accepted(
    family: FamilyService, plan: PlanId, year: int | None
) -> None:
    child_id, _ = family.add_child(child(plan, birth_year=year), TEST_USER)
    assert family.children(plan)[0].child_id == child_id


def test_changing_a_child_keeps_it_in_its_own_plan(
    family: FamilyService, plan: PlanId, context: Context, make_draft: MakeDraft
) -> None:
    other, _ = service_at(context, TODAY).start_plan(make_draft(), TEST_USER)
    child_id, _ = family.add_child(child(plan), TEST_USER)
    family.update_child(child(other, child_id=child_id, name="Mo"), TEST_USER)
    assert [c.name for c in family.children(plan)] == ["Mo"]
    assert family.children(other) == []


# Conversations ------------------------------------------------------------------


def test_a_conversation_is_registered_and_removed(family: FamilyService, plan: PlanId) -> None:
    child_id, _ = family.add_child(child(plan), TEST_USER)
    talk = conversation(
        plan,
        participants=(Participant.OTHER_PARENT, Participant.CHILD, Participant.PATIENT),
        child_id=child_id,
        by=f"  {STAFF} ",
        note=" Snakket om hva som skjer når mamma er innlagt. ",
    )
    conversation_id, changes = family.add_conversation(talk, TEST_USER)
    assert changes.areas == frozenset({AreaKey.FAMILY})
    assert family.conversations(plan) == [
        replace(
            talk,
            conversation_id=conversation_id,
            participants=(Participant.PATIENT, Participant.CHILD, Participant.OTHER_PARENT),
            by=STAFF,
            note="Snakket om hva som skjer når mamma er innlagt.",
        )
    ]
    family.remove_conversation(conversation_id, TEST_USER)
    assert family.conversations(plan) == []


def test_a_conversation_is_not_in_the_future_and_says_who_and_by_whom(
    family: FamilyService, plan: PlanId
) -> None:
    talk = conversation(plan, day=TODAY + timedelta(days=1), participants=(), by=" ")
    with pytest.raises(ValidationError) as error:
        family.add_conversation(talk, TEST_USER)
    assert problems(error) == {
        ("day", Problem.DATE_IN_FUTURE),
        ("participants", Problem.FAMILY_CONVERSATION_WITH_MISSING),
        ("by", Problem.FAMILY_CONVERSATION_BY_MISSING),
    }
    family.add_conversation(conversation(plan, day=TODAY), TEST_USER)  # today is fine
    assert len(family.conversations(plan)) == 1


def test_a_conversation_names_only_a_child_of_the_same_plan(
    family: FamilyService, plan: PlanId, context: Context, make_draft: MakeDraft
) -> None:
    other, _ = service_at(context, TODAY).start_plan(make_draft(), TEST_USER)
    strangers_child, _ = family.add_child(child(other), TEST_USER)
    talk = conversation(plan, participants=(Participant.CHILD,), child_id=strangers_child)
    with pytest.raises(ValidationError) as error:
        family.add_conversation(talk, TEST_USER)
    assert problems(error) == {("child", Problem.FAMILY_CHILD_UNKNOWN)}


def test_a_child_is_named_only_when_the_child_took_part(family: FamilyService, plan: PlanId) -> None:
    child_id, _ = family.add_child(child(plan), TEST_USER)
    family.add_conversation(conversation(plan, child_id=child_id), TEST_USER)  # with the patient only
    assert family.conversations(plan)[0].child_id is None


def test_removing_a_child_keeps_the_conversations_without_the_name(
    family: FamilyService, plan: PlanId
) -> None:
    child_id, _ = family.add_child(child(plan), TEST_USER)
    family.add_conversation(
        conversation(plan, participants=(Participant.CHILD,), child_id=child_id), TEST_USER
    )
    family.remove_child(child_id, TEST_USER)
    (kept,) = family.conversations(plan)
    assert (kept.participants, kept.child_id) == ((Participant.CHILD,), None)


# Barnevern and family services -------------------------------------------------------


def test_a_plan_without_a_record_has_the_defaults(family: FamilyService, plan: PlanId) -> None:
    assert family.family(plan) == Family(plan)
    assert not family.family(plan).barnevern_consent


def test_barnevern_details_are_refused_without_consent(
    family: FamilyService, plan: PlanId, context: Context
) -> None:
    trail = audit_trail(context.conn, plan)
    for details in (
        {"barnevern_involved": BarnevernInvolved.YES},
        {"barnevern_involved": BarnevernInvolved.NO},
        {"barnevern_contact": "Saksbehandler Test, barneverntjenesten"},
        {"barnevern_note": "Bekymringsmelding i 2025"},
    ):
        with pytest.raises(ValidationError) as error:
            family.save_family(Family(plan, **details), TEST_USER)  # type: ignore[arg-type]
        assert error.value.issues == (Issue("barnevern", Problem.FAMILY_BARNEVERN_WITHOUT_CONSENT),)
    assert family.family(plan) == Family(plan)
    assert audit_trail(context.conn, plan) == trail


def test_barnevern_details_are_kept_with_consent_and_cleared_when_it_is_withdrawn(
    family: FamilyService, plan: PlanId, context: Context
) -> None:
    record = Family(
        plan,
        barnevern_consent=True,
        barnevern_involved=BarnevernInvolved.YES,
        barnevern_contact=" Saksbehandler Test, Eksempel barneverntjeneste ",
        barnevern_note="Med i ansvarsgruppen",
        supports=(FamilySupport.FORELDRESTOTTE, FamilySupport.HELSESTASJON, FamilySupport.HELSESTASJON),
        services_note="Time på helsestasjonen i desember",
        long_term_follow_up="Trenger oppfølging i minst ett år etter utskrivning",
    )
    family.save_family(record, TEST_USER)
    assert family.family(plan) == replace(
        record,
        barnevern_contact="Saksbehandler Test, Eksempel barneverntjeneste",
        supports=(FamilySupport.HELSESTASJON, FamilySupport.FORELDRESTOTTE),
    )

    family.withdraw_barnevern_consent(plan, TEST_USER)
    after = family.family(plan)
    assert not after.barnevern_consent
    assert not after.has_barnevern_details
    # Family services are not barnevern: they stay.
    assert after.supports == (FamilySupport.HELSESTASJON, FamilySupport.FORELDRESTOTTE)
    assert after.long_term_follow_up == record.long_term_follow_up
    actions = [entry.action for entry in audit_trail(context.conn, plan)]
    assert actions[-2:] == ["family.record", "family.barnevern.withdrawn"]


def test_the_table_itself_refuses_barnevern_details_without_consent(context: Context, plan: PlanId) -> None:
    with pytest.raises(INTEGRITY_ERRORS):
        context.conn.execute(
            "INSERT INTO family (plan_id, barnevern_consent, barnevern_contact) VALUES (?, 0, 'X')", (plan,)
        )
    with pytest.raises(INTEGRITY_ERRORS):
        context.conn.execute(
            "INSERT INTO family (plan_id, barnevern_consent, barnevern_involved) VALUES (?, 0, 'yes')",
            (plan,),
        )


# Plans that are no longer active -------------------------------------------------------


def test_a_discharged_plan_cannot_be_changed(family: FamilyService, plan: PlanId, context: Context) -> None:
    child_id, _ = family.add_child(child(plan), TEST_USER)
    conversation_id, _ = family.add_conversation(conversation(plan), TEST_USER)
    service_at(context, TODAY).discharge_plan(plan, TODAY, DischargeKind.PLANNED, {}, TEST_USER)
    calls = (
        lambda: family.add_child(child(plan), TEST_USER),
        lambda: family.update_child(child(plan, child_id=child_id), TEST_USER),
        lambda: family.remove_child(child_id, TEST_USER),
        lambda: family.add_conversation(conversation(plan), TEST_USER),
        lambda: family.remove_conversation(conversation_id, TEST_USER),
        lambda: family.save_family(Family(plan, services_note="x"), TEST_USER),
        lambda: family.withdraw_barnevern_consent(plan, TEST_USER),
    )
    for call in calls:
        with pytest.raises(ValidationError) as error:
            call()
        assert error.value.issues == (Issue("plan", Problem.PLAN_NOT_ACTIVE),)
    assert len(family.children(plan)) == 1


def test_a_removed_record_is_not_found(family: FamilyService, plan: PlanId) -> None:
    with pytest.raises(NotFoundError):
        family.remove_child(ChildId(999), TEST_USER)
    with pytest.raises(NotFoundError):
        family.remove_conversation(ConversationId(999), TEST_USER)
