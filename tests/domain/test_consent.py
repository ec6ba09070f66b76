"""The consent register, appointments and the export log, through the service over a real database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.model import (
    Appointment,
    AppointmentId,
    AreaKey,
    Consent,
    ConsentForm,
    ConsentId,
    ConsentState,
    DocumentKind,
    DocumentLanguage,
    ExportChannel,
    PlanId,
    RecipientKind,
)
from dischargeplanner.domain.services import Problem, ValidationError
from dischargeplanner.domain.sharing import ConsentRefusedError, RefusalReason, SharingService
from dischargeplanner.storage.audit import audit_trail
from helpers import DATABASE_ERRORS, TEST_USER, MakeDraft, service_at, sharing_at

TODAY = date(2026, 11, 2)


@pytest.fixture
def sharing(context: Context) -> SharingService:
    return sharing_at(context, TODAY)


@pytest.fixture
def plan(context: Context, make_draft: MakeDraft) -> PlanId:
    draft = make_draft(admission=TODAY - timedelta(days=30), planned_discharge=TODAY + timedelta(days=30))
    plan_id, _ = service_at(context, TODAY).start_plan(draft, TEST_USER)
    return plan_id


def consent(plan_id: PlanId, **overrides: object) -> Consent:
    fields: dict[str, object] = {
        "consent_id": ConsentId(0),
        "plan_id": plan_id,
        "recipient_kind": RecipientKind.KOMMUNE,
        "recipient": "Oslo kommune, tjenestekontoret",
        "areas": frozenset({AreaKey.HOUSING, AreaKey.FINANCES}),
        "given": TODAY - timedelta(days=20),
        "form": ConsentForm.WRITTEN,
        "noted_by": "Sosionom Test",
    }
    fields.update(overrides)
    return Consent(**fields)  # type: ignore[arg-type]


def test_a_consent_is_valid_from_given_until_expiry_or_withdrawal() -> None:
    record = consent(PlanId(1), given=date(2026, 10, 1), expires=date(2026, 12, 31))
    assert record.state(date(2026, 9, 30)) is ConsentState.NOT_YET_GIVEN
    assert record.state(date(2026, 10, 1)) is ConsentState.VALID
    assert record.state(date(2026, 12, 31)) is ConsentState.VALID
    assert record.state(date(2027, 1, 1)) is ConsentState.EXPIRED
    withdrawn = replace(record, withdrawn=date(2026, 11, 15))
    assert withdrawn.state(date(2026, 11, 14)) is ConsentState.VALID
    assert withdrawn.state(date(2026, 11, 15)) is ConsentState.WITHDRAWN


def test_recorded_consent_is_stored_with_its_areas_and_logged(
    sharing: SharingService, plan: PlanId, context: Context
) -> None:
    version = context.service.plan_detail(plan).plan.version
    consent_id, changes = sharing.record_consent(consent(plan, recipient="  NAV   Oslo "), TEST_USER)
    stored = sharing.consents(plan)
    assert [record.consent_id for record in stored] == [consent_id]
    assert stored[0].recipient == "NAV Oslo"
    assert stored[0].areas == {AreaKey.HOUSING, AreaKey.FINANCES}
    assert changes.plan_ids == {plan}
    assert context.service.plan_detail(plan).plan.version == version + 1
    assert audit_trail(context.conn, plan)[-1].action == "consent.record"


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"recipient": "  "}, Problem.CONSENT_RECIPIENT_MISSING),
        ({"areas": frozenset()}, Problem.CONSENT_NO_AREAS),
        ({"given": TODAY + timedelta(days=1)}, Problem.CONSENT_GIVEN_IN_FUTURE),
        ({"noted_by": ""}, Problem.CONSENT_NOTED_BY_MISSING),
        ({"expires": TODAY - timedelta(days=21)}, Problem.CONSENT_EXPIRES_BEFORE_GIVEN),
    ],
)
def test_a_consent_that_cannot_be_right_is_refused(
    sharing: SharingService, plan: PlanId, overrides: dict[str, object], problem: Problem
) -> None:
    with pytest.raises(ValidationError) as refused:
        sharing.record_consent(consent(plan, **overrides), TEST_USER)
    assert problem in {issue.problem for issue in refused.value.issues}
    assert sharing.consents(plan) == []


def test_the_kommune_document_goes_under_the_newest_valid_kommune_consent(
    sharing: SharingService, plan: PlanId
) -> None:
    sharing.record_consent(consent(plan, given=TODAY - timedelta(days=25)), TEST_USER)
    newer, _ = sharing.record_consent(
        consent(plan, given=TODAY - timedelta(days=5), areas=frozenset(AreaKey)), TEST_USER
    )
    sharing.record_consent(consent(plan, recipient_kind=RecipientKind.NAV, recipient="NAV Oslo"), TEST_USER)
    assert sharing.consent_for(plan, None).consent_id == newer
    assert sharing.consent_for(plan, "nav oslo").recipient == "NAV Oslo"


@pytest.mark.parametrize(
    ("recipient", "overrides", "reason"),
    [
        (None, None, RefusalReason.NO_CONSENT),
        ("Fastlege Hansen", {}, RefusalReason.UNKNOWN_RECIPIENT),
        (None, {"expires": TODAY - timedelta(days=1)}, RefusalReason.EXPIRED),
        (None, {"withdrawn": TODAY - timedelta(days=2)}, RefusalReason.WITHDRAWN),
    ],
)
def test_no_valid_consent_refuses_and_says_why(
    sharing: SharingService,
    plan: PlanId,
    recipient: str | None,
    overrides: dict[str, object] | None,
    reason: RefusalReason,
) -> None:
    if overrides is not None:
        sharing.record_consent(consent(plan, **overrides), TEST_USER)
    with pytest.raises(ConsentRefusedError) as refused:
        sharing.consent_for(plan, recipient)
    assert refused.value.reason is reason


def test_withdrawing_ends_sharing_from_that_day(
    sharing: SharingService, plan: PlanId, context: Context
) -> None:
    consent_id, _ = sharing.record_consent(consent(plan), TEST_USER)
    sharing.withdraw_consent(consent_id, TODAY, TEST_USER)
    with pytest.raises(ConsentRefusedError) as refused:
        sharing.consent_for(plan, None)
    assert refused.value.reason is RefusalReason.WITHDRAWN
    assert sharing.consent_for(plan, None, on=TODAY - timedelta(days=1)).consent_id == consent_id
    assert audit_trail(context.conn, plan)[-1].action == "consent.withdraw"
    with pytest.raises(ValidationError):
        sharing.withdraw_consent(consent_id, TODAY + timedelta(days=1), TEST_USER)


def test_appointments_come_back_in_time_order_and_can_be_changed_and_removed(
    sharing: SharingService, plan: PlanId
) -> None:
    def appointment(what: str, day: date, at: time | None) -> Appointment:
        return Appointment(
            AppointmentId(0), plan, AreaKey.HEALTH, what, day, at, "Fastlegen", "", "12 34 56 78"
        )

    late, _ = sharing.add_appointment(
        appointment("Fastlege", TODAY + timedelta(days=40), time(10, 15)), TEST_USER
    )
    sharing.add_appointment(appointment("Uten klokkeslett", TODAY + timedelta(days=35), None), TEST_USER)
    sharing.add_appointment(appointment("Morgen", TODAY + timedelta(days=35), time(8, 0)), TEST_USER)
    assert [a.what for a in sharing.appointments(plan)] == ["Morgen", "Uten klokkeslett", "Fastlege"]
    stored = sharing.appointments(plan)[-1]
    assert stored.appointment_id == late
    assert stored.time == time(10, 15)
    sharing.update_appointment(replace(stored, place="Legekontoret", area=AreaKey.CRISIS), TEST_USER)
    assert sharing.appointments(plan)[-1].place == "Legekontoret"
    assert sharing.appointments(plan)[-1].area is AreaKey.CRISIS
    sharing.remove_appointment(late, TEST_USER)
    assert [a.what for a in sharing.appointments(plan)] == ["Morgen", "Uten klokkeslett"]
    with pytest.raises(ValidationError):
        sharing.add_appointment(appointment("  ", TODAY, None), TEST_USER)


def test_the_export_log_keeps_every_document_and_cannot_be_rewritten(
    sharing: SharingService, plan: PlanId, context: Context
) -> None:
    first = sharing.record_export(
        plan, DocumentKind.KOMMUNE, ExportChannel.PDF, "Oslo kommune", "a" * 64, "x.pdf", TEST_USER
    )
    second = sharing.record_export(
        plan, DocumentKind.PATIENT, ExportChannel.PRINT, "Pasienten", "b" * 64, "", TEST_USER
    )
    assert [record.export_id for record in sharing.exports(plan)] == [second.export_id, first.export_id]
    assert sharing.exports(plan)[1].sha256 == "a" * 64
    assert audit_trail(context.conn, plan)[-1].action == "export.print"
    with pytest.raises(DATABASE_ERRORS, match="append-only"):
        context.conn.execute("UPDATE export_log SET sha256 = ?", ("c" * 64,))


def test_the_written_standard_is_kept_per_recipient_and_old_consents_read_as_bokmal(
    sharing: SharingService, plan: PlanId, context: Context
) -> None:
    kommune_id, _ = sharing.record_consent(consent(plan, language=DocumentLanguage.NN), TEST_USER)
    nav_id, _ = sharing.record_consent(consent(plan, recipient="NAV Oslo"), TEST_USER)
    by_id = {record.consent_id: record for record in sharing.consents(plan)}
    assert by_id[kommune_id].language is DocumentLanguage.NN
    assert by_id[nav_id].language is DocumentLanguage.NB
    sharing.update_consent(replace(by_id[nav_id], language=DocumentLanguage.NN), TEST_USER)
    assert sharing.consent_for(plan, "NAV Oslo", TODAY).language is DocumentLanguage.NN
    # The database refuses any other language than the two the documents are written in.
    with pytest.raises(DATABASE_ERRORS):
        context.conn.execute("UPDATE consent SET language = 'en' WHERE consent_id = ?", (kommune_id,))
