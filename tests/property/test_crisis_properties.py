"""The kriseplan, brukerstyrt seng, the return agreement and the procedure at brudd, for any input:
stored as typed (cleaned), or refused with worded issues and nothing stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import example, given
from hypothesis import strategies as st

from dischargeplanner.app import Context
from dischargeplanner.domain.crisis import (
    validate_bed,
    validate_crisis_plan,
    validate_followed,
    validate_procedure,
    validate_return_agreement,
)
from dischargeplanner.domain.crisis_model import (
    CrisisPlan,
    CrisisText,
    ReturnAgreement,
    UnplannedProcedure,
    UserBed,
)
from dischargeplanner.domain.limits import clean_line, clean_text
from dischargeplanner.domain.model import DischargeKind, Patient, Plan, PlanId, PlanStatus
from dischargeplanner.domain.services import ValidationError
from helpers import TEST_USER, care_at
from helpers_property import (
    ADMISSION,
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
_LINES = {CrisisText.DAY_CONTACT, CrisisText.DAY_PHONE, CrisisText.NIGHT_CONTACT, CrisisText.NIGHT_PHONE}
phones = mostly(st.sampled_from(["", "22 33 44 55", "+47 987 65 432", "113"]), optional_texts)
crisis_plans = st.builds(
    CrisisPlan,
    st.just(PLAN),
    optional_texts,
    optional_texts,
    names,
    phones,
    names,
    phones,
    optional_texts,
    optional_texts,
)
days = st.integers(-5, 40) | st.integers()
beds = st.builds(
    UserBed, st.just(PLAN), st.booleans(), names, optional_dates, optional_dates, days, days, optional_texts
)
agreements = st.builds(ReturnAgreement, st.just(PLAN), optional_texts, optional_dates, optional_texts)
procedures = st.builds(UnplannedProcedure, st.just(PLAN), names, phones, names, optional_texts)
followed_days = mostly(st.dates(DISCHARGED, TODAY), any_dates, times=2)


def _ended(kind: DischargeKind | None) -> Plan:
    status = PlanStatus.ACTIVE if kind is None else PlanStatus.DISCHARGED
    return Plan(
        PLAN, Patient("Demo"), None, "A", "B", ADMISSION, None, status, "standard", "1", 1,
        ADMISSION, TEST_USER, DISCHARGED if kind else None, kind,
    )  # fmt: skip


@property_settings()
@given(
    crisis_plans,
    beds,
    agreements,
    procedures,
    followed_days,
    optional_texts,
    st.none() | st.sampled_from(DischargeKind),
)
@example(
    CrisisPlan(PLAN, day_phone="\x00"),
    UserBed(PLAN, has_contract=True, contract_from=date.max, contract_to=date.min),
    ReturnAgreement(PLAN, agreed_with="\x00"),
    UnplannedProcedure(PLAN, notify="\x00"),
    date.max,
    "\x00",
    DischargeKind.UNPLANNED,
)
def test_every_problem_with_the_crisis_records_is_worded(
    record: CrisisPlan,
    bed: UserBed,
    agreement: ReturnAgreement,
    procedure: UnplannedProcedure,
    day: date,
    by: str,
    kind: DischargeKind | None,
) -> None:
    count_example()
    issues = (
        validate_crisis_plan(record)
        + validate_bed(bed)
        + validate_return_agreement(agreement, TODAY)
        + validate_procedure(procedure)
        + validate_followed(_ended(kind), day, by, TODAY)
    )
    if issues:
        assert_worded(ValidationError(issues))


@property_settings()
@given(crisis_plans, st.sampled_from(CrisisText), optional_texts)
def test_the_kriseplan_is_stored_as_typed_or_not_at_all(
    ward: Context, active_plans: Plans, record: CrisisPlan, field: CrisisText, text: str
) -> None:
    count_example()
    plan_id = active_plans.plan()
    service = care_at(ward, TODAY).crisis
    record = replace(record, plan_id=plan_id)

    def stored() -> CrisisPlan:
        return service.crisis_plan(plan_id)

    def cleaned(field: CrisisText, text: str) -> str:
        return clean_line(text) if field in _LINES else clean_text(text)

    if not isinstance(
        attempt(ward.conn, lambda: service.save_crisis_plan(record, TEST_USER), stored), Refused
    ):
        assert all(stored().text(f) == cleaned(f, record.text(f)) for f in CrisisText)
    before = stored()
    if not isinstance(
        attempt(ward.conn, lambda: service.set_crisis_text(plan_id, field, text, TEST_USER), stored), Refused
    ):
        assert stored().text(field) == cleaned(field, text)
        assert all(stored().text(f) == before.text(f) for f in CrisisText if f is not field)
    assert_clean(stored())


@property_settings()
@given(beds, agreements, procedures)
def test_bed_return_agreement_and_procedure_are_stored_as_typed_or_not_at_all(
    ward: Context,
    active_plans: Plans,
    bed: UserBed,
    agreement: ReturnAgreement,
    procedure: UnplannedProcedure,
) -> None:
    count_example()
    plan_id = active_plans.plan()
    service = care_at(ward, TODAY).crisis
    bed = replace(bed, plan_id=plan_id)
    agreement = replace(agreement, plan_id=plan_id)
    procedure = replace(procedure, plan_id=plan_id)
    if not isinstance(
        attempt(ward.conn, lambda: service.save_bed(bed, TEST_USER), lambda: service.bed(plan_id)), Refused
    ):
        assert service.bed(plan_id) == replace(
            bed, institution=clean_line(bed.institution), how_to_ask=clean_text(bed.how_to_ask)
        )
    saved = attempt(
        ward.conn,
        lambda: service.save_return_agreement(agreement, TEST_USER),
        lambda: service.return_agreement(plan_id),
    )
    if not isinstance(saved, Refused):
        assert service.return_agreement(plan_id) == replace(
            agreement, text=clean_text(agreement.text), agreed_with=clean_line(agreement.agreed_with)
        )
    saved = attempt(
        ward.conn, lambda: service.save_procedure(procedure, TEST_USER), lambda: service.procedure(plan_id)
    )
    if not isinstance(saved, Refused):
        stored = service.procedure(plan_id)
        assert (stored.notify, stored.notify_phone, stored.told_by, stored.also_do) == (
            clean_line(procedure.notify),
            clean_line(procedure.notify_phone),
            clean_line(procedure.told_by),
            clean_text(procedure.also_do),
        )
    assert_clean((service.bed(plan_id), service.return_agreement(plan_id), service.procedure(plan_id)))


@property_settings()
@given(followed_days, names, optional_texts)
@example(DISCHARGED - timedelta(days=1), "Kari", "")  # before the stay ended
@example(date.max, "\x00", "\x00")
def test_following_the_procedure_after_brudd_is_stored_as_typed_or_not_at_all(
    ward: Context, ended_plans: Plans, day: date, by: str, note: str
) -> None:
    count_example()
    plan_id = ended_plans.plan()
    service = care_at(ward, TODAY).crisis

    def stored() -> UnplannedProcedure:
        return service.procedure(plan_id)

    if not isinstance(
        attempt(ward.conn, lambda: service.mark_followed(plan_id, day, by, note, TEST_USER), stored), Refused
    ):
        assert (stored().followed_on, stored().followed_by, stored().followed_note) == (
            day,
            clean_line(by),
            clean_text(note),
        )
        assert DISCHARGED <= day <= TODAY
    assert_clean(stored())
