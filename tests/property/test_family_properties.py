"""Children, barn som pårørende conversations, barnevern and family services, for any input: stored
as typed (cleaned), or refused with worded issues and nothing stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import example, given
from hypothesis import strategies as st

from dischargeplanner.app import Context
from dischargeplanner.domain.family import (
    cleaned_child,
    cleaned_conversation,
    cleaned_family,
    validate_child,
    validate_conversation,
    validate_family,
)
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
from dischargeplanner.domain.limits import clean_line, clean_text
from dischargeplanner.domain.model import PlanId
from dischargeplanner.domain.services import ValidationError
from helpers import TEST_USER, care_at
from helpers_property import (
    TODAY,
    Plans,
    Refused,
    any_dates,
    assert_clean,
    assert_worded,
    attempt,
    count_example,
    mostly,
    names,
    optional_texts,
    property_settings,
)

PLAN = PlanId(1)
birth_years = st.none() | mostly(st.integers(TODAY.year - 20, TODAY.year + 1), st.integers())
children = st.builds(
    Child,
    st.just(ChildId(0)),
    st.just(PLAN),
    names,
    birth_years,
    optional_texts,
    optional_texts,
    optional_texts,
)
conversations = st.builds(
    Conversation,
    st.just(ConversationId(0)),
    st.just(PLAN),
    any_dates,
    st.lists(st.sampled_from(Participant), max_size=4).map(tuple),
    names,
    st.none() | st.integers(-3, 3).map(ChildId),
    optional_texts,
)
families = st.builds(
    Family,
    st.just(PLAN),
    st.booleans(),
    st.sampled_from(BarnevernInvolved),
    optional_texts,
    optional_texts,
    st.lists(st.sampled_from(FamilySupport), max_size=5).map(tuple),
    optional_texts,
    optional_texts,
)


@property_settings()
@given(children, conversations, families)
@example(
    Child(ChildId(0), PLAN, "\x00", 10**30),
    Conversation(ConversationId(0), PLAN, date.max, (), "\x00"),
    Family(PLAN),
)
def test_every_problem_with_children_and_family_is_worded(
    child: Child, conversation: Conversation, family: Family
) -> None:
    count_example()
    issues = (
        validate_child(child, TODAY) + validate_conversation(conversation, TODAY) + validate_family(family)
    )
    if issues:
        assert_worded(ValidationError(issues))


@property_settings()
@given(children, children, st.booleans())
def test_a_child_is_added_changed_and_removed_as_typed_or_not_at_all(
    ward: Context, active_plans: Plans, child: Child, changed: Child, keep: bool
) -> None:
    count_example()
    plan_id = active_plans.plan()
    service = care_at(ward, TODAY).family

    def stored() -> list[Child]:
        return service.children(plan_id)

    result = attempt(ward.conn, lambda: service.add_child(replace(child, plan_id=plan_id), TEST_USER), stored)
    if isinstance(result, Refused):
        return
    child_id, _ = result
    expected = replace(cleaned_child(child), child_id=child_id, plan_id=plan_id)
    assert next(c for c in stored() if c.child_id == child_id) == expected
    assert (expected.name, expected.note) == (clean_line(child.name), clean_text(child.note))
    changed = replace(changed, child_id=child_id, plan_id=plan_id)
    if not isinstance(attempt(ward.conn, lambda: service.update_child(changed, TEST_USER), stored), Refused):
        assert next(c for c in stored() if c.child_id == child_id) == cleaned_child(changed)
    assert_clean(stored())
    if not keep:
        service.remove_child(child_id, TEST_USER)


@property_settings()
@given(conversations, st.booleans(), st.booleans())
def test_a_conversation_is_recorded_as_typed_or_not_at_all(
    ward: Context, active_plans: Plans, conversation: Conversation, with_a_child: bool, keep: bool
) -> None:
    count_example()
    plan_id = active_plans.plan()
    service = care_at(ward, TODAY).family
    if with_a_child and not service.children(plan_id):
        service.add_child(Child(ChildId(0), plan_id, "Testbarn", TODAY.year - 8), TEST_USER)
    known = [child.child_id for child in service.children(plan_id)]
    child_id = (
        known[0] if with_a_child and known and conversation.child_id is not None else conversation.child_id
    )
    conversation = replace(conversation, plan_id=plan_id, child_id=child_id)

    def stored() -> list[Conversation]:
        return service.conversations(plan_id)

    result = attempt(ward.conn, lambda: service.add_conversation(conversation, TEST_USER), stored)
    if isinstance(result, Refused):
        return
    conversation_id, _ = result
    expected = replace(cleaned_conversation(conversation), conversation_id=conversation_id)
    assert next(c for c in stored() if c.conversation_id == conversation_id) == expected
    assert expected.by == clean_line(conversation.by)
    assert_clean(stored())
    if not keep:
        service.remove_conversation(conversation_id, TEST_USER)


@property_settings()
@given(families, st.booleans())
def test_barnevern_and_family_services_are_stored_as_typed_or_not_at_all(
    ward: Context, active_plans: Plans, family: Family, withdraw: bool
) -> None:
    count_example()
    plan_id = active_plans.plan()
    service = care_at(ward, TODAY).family
    family = replace(family, plan_id=plan_id)

    def stored() -> Family:
        return service.family(plan_id)

    if not isinstance(attempt(ward.conn, lambda: service.save_family(family, TEST_USER), stored), Refused):
        assert stored() == cleaned_family(family)
        assert stored().barnevern_note == clean_text(family.barnevern_note)
        assert family.barnevern_consent or not stored().has_barnevern_details
    if withdraw:
        service.withdraw_barnevern_consent(plan_id, TEST_USER)
        assert not stored().has_barnevern_details
    assert_clean(stored())
