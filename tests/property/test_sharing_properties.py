"""The consent register and booked appointments, for any input: stored as typed (cleaned), or
refused with worded issues and nothing stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dischargeplanner.app import Context
from dischargeplanner.domain.limits import clean_line, clean_text
from dischargeplanner.domain.model import (
    Appointment,
    AppointmentId,
    AreaKey,
    Consent,
    ConsentForm,
    ConsentId,
    PlanId,
    RecipientKind,
)
from dischargeplanner.domain.services import ValidationError
from dischargeplanner.domain.sharing import (
    ConsentRefusedError,
    RefusalReason,
    SharingService,
    validate_consent,
)
from helpers import TEST_USER, sharing_at
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
    optional_dates,
    optional_texts,
    property_settings,
    times,
)

PLAN = PlanId(1)
past_dates = mostly(st.dates(TODAY - timedelta(days=400), TODAY), any_dates, times=2)


def _consents(plan_id: PlanId) -> st.SearchStrategy[Consent]:
    return st.builds(
        Consent,
        st.just(ConsentId(0)),
        st.just(plan_id),
        st.sampled_from(RecipientKind),
        names,
        st.frozensets(st.sampled_from(AreaKey)),
        past_dates,
        st.sampled_from(ConsentForm),
        names,
        optional_dates,
        mostly(st.none(), any_dates),
        optional_texts,
    )


def _appointments(plan_id: PlanId) -> st.SearchStrategy[Appointment]:
    return st.builds(
        Appointment,
        st.just(AppointmentId(0)),
        st.just(plan_id),
        st.sampled_from(AreaKey),
        mostly(st.sampled_from(["Time hos fastlege", "Møte på NAV"]), optional_texts),
        any_dates,
        times,
        optional_texts,
        optional_texts,
        optional_texts,
        optional_texts,
    )


@pytest.fixture
def sharing(ward: Context) -> SharingService:
    return sharing_at(ward, TODAY)


def _cleaned(consent: Consent, consent_id: ConsentId) -> Consent:
    return replace(
        consent,
        consent_id=consent_id,
        recipient=clean_line(consent.recipient),
        noted_by=clean_line(consent.noted_by),
        restrictions=clean_text(consent.restrictions),
    )


@property_settings()
@given(_consents(PLAN))
@example(
    Consent(ConsentId(0), PLAN, RecipientKind.KOMMUNE, "\x00", frozenset(), date.max, ConsentForm.ORAL, "")
)
def test_every_problem_with_a_consent_is_worded(consent: Consent) -> None:
    count_example()
    issues = validate_consent(consent, TODAY)
    if issues:
        assert_worded(ValidationError(issues))


@property_settings()
@given(_consents(PLAN), _consents(PLAN), past_dates)
def test_a_consent_is_recorded_changed_and_withdrawn_as_given_or_not_at_all(
    ward: Context,
    active_plans: Plans,
    sharing: SharingService,
    consent: Consent,
    changed: Consent,
    withdrawn_on: date,
) -> None:
    count_example()
    plan_id = active_plans.plan()
    consent, changed = replace(consent, plan_id=plan_id), replace(changed, plan_id=plan_id)

    def register() -> list[Consent]:
        return sharing.consents(plan_id)

    result = attempt(ward.conn, lambda: sharing.record_consent(consent, TEST_USER), register)
    if isinstance(result, Refused):
        return
    consent_id, _ = result
    assert register()[-1] == _cleaned(consent, consent_id)
    changed = replace(changed, consent_id=consent_id)
    if not isinstance(
        attempt(ward.conn, lambda: sharing.update_consent(changed, TEST_USER), register), Refused
    ):
        assert register()[-1] == _cleaned(changed, consent_id)
    before = register()[-1]
    withdraw = attempt(
        ward.conn, lambda: sharing.withdraw_consent(consent_id, withdrawn_on, TEST_USER), register
    )
    if not isinstance(withdraw, Refused):
        assert register()[-1] == replace(before, withdrawn=withdrawn_on)
    assert_clean(register()[-1])
    # The register is read when a document is made: any recipient name may be asked for.
    for recipient in (None, consent.recipient, changed.recipient):
        _consent_or_reason(sharing, plan_id, recipient)


def _consent_or_reason(
    sharing: SharingService, plan_id: PlanId, recipient: str | None
) -> Consent | RefusalReason:
    try:
        return sharing.consent_for(plan_id, recipient)
    except ConsentRefusedError as refused:
        return refused.reason


def _stored(appointment: Appointment, appointment_id: AppointmentId) -> Appointment:
    start = appointment.time
    return replace(
        appointment,
        appointment_id=appointment_id,
        what=clean_text(appointment.what),
        time=None if start is None else time(start.hour, start.minute),
        with_whom=clean_line(appointment.with_whom),
        place=clean_line(appointment.place),
        phone=clean_line(appointment.phone),
        note=clean_text(appointment.note),
    )


@property_settings()
@given(_appointments(PLAN), _appointments(PLAN), st.booleans())
def test_an_appointment_is_booked_changed_and_removed_as_given_or_not_at_all(
    ward: Context,
    active_plans: Plans,
    sharing: SharingService,
    appointment: Appointment,
    changed: Appointment,
    remove: bool,
) -> None:
    count_example()
    plan_id = active_plans.plan()
    appointment, changed = replace(appointment, plan_id=plan_id), replace(changed, plan_id=plan_id)

    def booked() -> list[Appointment]:
        return sharing.appointments(plan_id)

    result = attempt(ward.conn, lambda: sharing.add_appointment(appointment, TEST_USER), booked)
    if isinstance(result, Refused):
        return
    appointment_id, _ = result
    stored = next(a for a in booked() if a.appointment_id == appointment_id)
    assert stored == _stored(appointment, appointment_id)
    changed = replace(changed, appointment_id=appointment_id)
    if not isinstance(
        attempt(ward.conn, lambda: sharing.update_appointment(changed, TEST_USER), booked), Refused
    ):
        assert next(a for a in booked() if a.appointment_id == appointment_id) == _stored(
            changed, appointment_id
        )
    assert_clean(booked())
    if remove:
        sharing.remove_appointment(appointment_id, TEST_USER)
        assert appointment_id not in {a.appointment_id for a in booked()}
