"""Contacts, the coordination record and the follow-up call after discharge, for any input: stored
as typed (cleaned), or refused with worded issues and nothing stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import example, given
from hypothesis import strategies as st

from dischargeplanner.app import Context
from dischargeplanner.domain.coordination import validate_contact, validate_coordination
from dischargeplanner.domain.coordination_model import Contact, ContactId, ContactRole, Coordination, IpRight
from dischargeplanner.domain.follow_up_call import CallId, FollowUpCall, validate_call
from dischargeplanner.domain.limits import clean_line, clean_text
from dischargeplanner.domain.model import ConsentId, PlanId
from dischargeplanner.domain.services import ValidationError
from helpers import TEST_USER, care_at
from helpers_property import (
    DISCHARGED,
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
    optional_dates,
    optional_texts,
    property_settings,
)

PLAN = PlanId(1)
phones = mostly(st.sampled_from(["", "22 33 44 55", "+47 987 65 432", "113"]), optional_texts)
emails = mostly(st.sampled_from(["", "kari@kommune.no", "nav.test@nav.no"]), optional_texts)
ids = st.integers(-(2**63), 2**63 - 1) | st.integers(0, 5)


def _contacts(plan_id: PlanId) -> st.SearchStrategy[Contact]:
    return st.builds(
        Contact,
        st.just(ContactId(0)),
        st.just(plan_id),
        st.sampled_from(ContactRole),
        names,
        optional_texts,
        phones,
        emails,
        optional_texts,
        optional_texts,
        st.none() | st.integers(0, 5).map(ConsentId),
        st.booleans(),
        st.booleans(),
    )


coordinations = st.builds(
    Coordination,
    st.just(PLAN),
    st.sampled_from(IpRight),
    optional_dates,
    st.booleans(),
    st.none() | st.integers(-5, 5).map(ContactId),
    st.booleans(),
    st.booleans(),
    optional_texts,
    optional_texts,
)


def _cleaned(contact: Contact, contact_id: ContactId) -> Contact:
    return replace(
        contact,
        contact_id=contact_id,
        name=clean_line(contact.name),
        organisation=clean_line(contact.organisation),
        phone=clean_line(contact.phone),
        email=clean_line(contact.email),
        note=clean_text(contact.note),
        role_text=clean_line(contact.role_text) if contact.role is ContactRole.OTHER else "",
    )


@property_settings()
@given(_contacts(PLAN), coordinations)
@example(Contact(ContactId(0), PLAN, ContactRole.OTHER, "\x00", role_text="\x00"), Coordination(PLAN))
def test_every_problem_with_a_contact_or_the_coordination_is_worded(
    contact: Contact, coordination: Coordination
) -> None:
    count_example()
    issues = validate_contact(contact, {ConsentId(1)}) + validate_coordination(
        coordination, {ContactId(1)}, TODAY
    )
    if issues:
        assert_worded(ValidationError(issues))


@property_settings()
@given(_contacts(PLAN), _contacts(PLAN), st.booleans())
def test_a_contact_is_added_changed_and_removed_as_typed_or_not_at_all(
    ward: Context, active_plans: Plans, contact: Contact, changed: Contact, keep: bool
) -> None:
    count_example()
    plan_id = active_plans.plan()
    service = care_at(ward, TODAY).coordination
    contact = replace(contact, plan_id=plan_id)

    def stored() -> list[Contact]:
        return service.contacts(plan_id)

    result = attempt(ward.conn, lambda: service.add_contact(contact, TEST_USER), stored)
    if isinstance(result, Refused):
        return
    contact_id, _ = result
    assert service.contact(contact_id) == _cleaned(contact, contact_id)
    changed = replace(changed, contact_id=contact_id, plan_id=plan_id)
    if not isinstance(
        attempt(ward.conn, lambda: service.update_contact(changed, TEST_USER), stored), Refused
    ):
        assert service.contact(contact_id) == _cleaned(changed, contact_id)
    assert_clean(stored())
    assert sum(c.responsible for c in stored()) <= 1
    if not keep:
        service.remove_contact(contact_id, TEST_USER)


# A contact of the plan (by position), or any id at all.
contact_choices = st.none() | st.integers(0, 1) | ids.map(str)


def _chosen(choice: int | str | None, known: list[ContactId]) -> ContactId | None:
    if choice is None:
        return None
    return known[choice] if isinstance(choice, int) else ContactId(int(choice))


@property_settings()
@given(coordinations, contact_choices, contact_choices)
def test_the_coordination_record_and_the_responsible_person_are_stored_as_given_or_not_at_all(
    ward: Context,
    active_plans: Plans,
    record: Coordination,
    coordinator: int | str | None,
    responsible_choice: int | str | None,
) -> None:
    count_example()
    plan_id = active_plans.plan()
    service = care_at(ward, TODAY).coordination
    known = [contact.contact_id for contact in service.contacts(plan_id)]
    if len(known) < 2:
        for role in (ContactRole.KOMMUNE_CONTACT, ContactRole.PAARORENDE):
            service.add_contact(Contact(ContactId(0), plan_id, role, "Kari Testesen"), TEST_USER)
        known = [contact.contact_id for contact in service.contacts(plan_id)]
    record = replace(record, plan_id=plan_id, coordinator=_chosen(coordinator, known))

    def stored() -> Coordination:
        return service.coordination(plan_id)

    if not isinstance(
        attempt(ward.conn, lambda: service.save_coordination(record, TEST_USER), stored), Refused
    ):
        assert stored() == replace(
            record, language=clean_line(record.language), language_note=clean_text(record.language_note)
        )
    assert_clean(stored())
    responsible = _chosen(responsible_choice, known)
    marked = attempt(
        ward.conn,
        lambda: service.set_responsible(plan_id, responsible, TEST_USER),
        lambda: service.contacts(plan_id),
        ids_given=True,
    )
    if not isinstance(marked, Refused):
        now = service.responsible(plan_id)
        assert (now.contact_id if now is not None else None) == responsible


# The follow-up call ------------------------------------------------------------------------------

call_days = mostly(st.dates(DISCHARGED - timedelta(days=3), TODAY), any_dates, times=2)


def _calls(plan_id: PlanId) -> st.SearchStrategy[FollowUpCall]:
    return st.builds(
        FollowUpCall,
        st.just(CallId(0)),
        st.just(plan_id),
        call_days,
        names,
        st.booleans(),
        optional_texts,
        optional_texts,
        optional_texts,
    )


def _stored_call(call: FollowUpCall, call_id: CallId) -> FollowUpCall:
    return replace(
        call,
        call_id=call_id,
        by=clean_line(call.by),
        how_things_are=clean_text(call.how_things_are),
        arranged=clean_text(call.arranged),
        note=clean_text(call.note),
    )


@property_settings()
@given(_calls(PLAN), optional_dates)
@example(FollowUpCall(CallId(0), PLAN, date.max, "\x00", False), date.min)
def test_every_problem_with_a_call_is_worded(call: FollowUpCall, discharged: date | None) -> None:
    count_example()
    issues = validate_call(call, discharged, TODAY)
    if issues:
        assert_worded(ValidationError(issues))


@property_settings()
@given(_calls(PLAN), _calls(PLAN), st.booleans())
def test_a_call_is_recorded_and_changed_as_typed_or_not_at_all(
    ward: Context, ended_plans: Plans, call: FollowUpCall, changed: FollowUpCall, keep: bool
) -> None:
    count_example()
    plan_id = ended_plans.plan()
    service = care_at(ward, TODAY).calls

    def stored() -> list[FollowUpCall]:
        return service.calls(plan_id)

    call = replace(call, plan_id=plan_id)
    result = attempt(ward.conn, lambda: service.add_call(call, TEST_USER), stored)
    if isinstance(result, Refused):
        return
    call_id, _ = result
    assert next(c for c in stored() if c.call_id == call_id) == _stored_call(call, call_id)
    assert DISCHARGED <= call.day <= TODAY
    changed = replace(changed, call_id=call_id, plan_id=plan_id)
    if not isinstance(attempt(ward.conn, lambda: service.update_call(changed, TEST_USER), stored), Refused):
        assert next(c for c in stored() if c.call_id == call_id) == _stored_call(changed, call_id)
    assert_clean(stored())
    service.status(plan_id)
    if not keep:
        service.remove_call(call_id, TEST_USER)
