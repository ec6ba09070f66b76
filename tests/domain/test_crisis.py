"""Crisis and relapse through the service over a real database: what is stored, and what is refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dischargeplanner.app import Context
from dischargeplanner.demo_crisis import add_crisis
from dischargeplanner.domain.crisis import CrisisService, followed_after_discharge
from dischargeplanner.domain.crisis_model import (
    CrisisPlan,
    CrisisText,
    ReturnAgreement,
    UnplannedProcedure,
    UserBed,
    default_contract_end,
    months_after,
    procedure_missing,
)
from dischargeplanner.domain.model import AreaKey, Changes, DischargeKind, PlanId
from dischargeplanner.domain.services import Problem, ValidationError
from dischargeplanner.storage.audit import audit_trail
from helpers import TEST_USER, MakeDraft, service_at
from helpers_crisis import crisis_at

TODAY = date(2026, 11, 2)
ADMISSION = TODAY - timedelta(days=30)


@pytest.fixture
def crisis(context: Context) -> CrisisService:
    return crisis_at(context, TODAY)


@pytest.fixture
def plan(context: Context, make_draft: MakeDraft) -> PlanId:
    draft = make_draft(admission=ADMISSION, planned_discharge=TODAY + timedelta(days=30))
    plan_id, _ = service_at(context, TODAY).start_plan(draft, TEST_USER)
    return plan_id


def problems(error: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, Problem]]:
    return {(issue.field, issue.problem) for issue in error.value.issues}


def discharge(context: Context, plan_id: PlanId, kind: DischargeKind, day: date = TODAY) -> None:
    service_at(context, TODAY).discharge_plan(plan_id, day, kind, {}, TEST_USER)


def contract(plan_id: PlanId, **overrides: object) -> UserBed:
    fields: dict[str, object] = {
        "plan_id": plan_id,
        "has_contract": True,
        "institution": "Eksempel DPS, døgnenheten",
        "contract_from": TODAY,
        "contract_to": default_contract_end(TODAY),
    }
    fields.update(overrides)
    return UserBed(**fields)  # type: ignore[arg-type]


# The kriseplan ---------------------------------------------------------------


def test_a_kriseplan_is_stored_with_who_updated_it_and_when(
    crisis: CrisisService, context: Context, plan: PlanId
) -> None:
    assert crisis.crisis_plan(plan) == CrisisPlan(plan)  # nothing yet: the empty record
    record = CrisisPlan(
        plan,
        warning_signs="  Sover dårlig\nSvarer ikke på telefonen ",
        what_helps="Gå tur",
        day_contact="  Ruskonsulent   Demo ",
        day_phone=" 12 34 56 78 ",
        night_contact="Legevakt",
        night_phone="116 117",
        how_to_meet="Rolig",
        risk_notes="Redusert toleranse: fare for overdose.",
        updated_by="someone else",  # set by the service, whatever the caller says
    )
    changes = crisis.save_crisis_plan(record, TEST_USER)

    assert changes == Changes(plan_ids=frozenset({plan}), areas=frozenset({AreaKey.CRISIS}))
    stored = crisis.crisis_plan(plan)
    assert stored.warning_signs == "Sover dårlig\nSvarer ikke på telefonen"
    assert (stored.day_contact, stored.day_phone) == ("Ruskonsulent Demo", "12 34 56 78")
    assert (stored.night_contact, stored.night_phone) == ("Legevakt", "116 117")
    assert stored.risk_notes == "Redusert toleranse: fare for overdose."
    assert (stored.updated_on, stored.updated_by) == (TODAY, TEST_USER)
    last = audit_trail(context.conn, plan)[-1]
    assert (last.action, last.user) == ("crisis.plan", TEST_USER)
    assert "risk_notes" in last.detail


def test_one_field_is_stored_as_typed_and_the_others_stay(
    crisis: CrisisService, context: Context, plan: PlanId
) -> None:
    crisis.save_crisis_plan(CrisisPlan(plan, warning_signs="Sover dårlig", what_helps="Gå tur"), TEST_USER)
    later = crisis_at(context, TODAY + timedelta(days=3))
    later.set_crisis_text(plan, CrisisText.NIGHT_PHONE, "116 117", "annenbruker")
    stored = crisis.crisis_plan(plan)
    assert (stored.warning_signs, stored.what_helps, stored.night_phone) == (
        "Sover dårlig",
        "Gå tur",
        "116 117",
    )
    assert (stored.updated_on, stored.updated_by) == (TODAY + timedelta(days=3), "annenbruker")


def test_saving_what_is_already_stored_changes_nothing_and_logs_nothing(
    crisis: CrisisService, context: Context, plan: PlanId
) -> None:
    crisis.set_crisis_text(plan, CrisisText.WHAT_HELPS, "Gå tur", TEST_USER)
    rows = len(audit_trail(context.conn, plan))
    assert crisis.set_crisis_text(plan, CrisisText.WHAT_HELPS, " Gå tur ", "annenbruker") == Changes()
    assert len(audit_trail(context.conn, plan)) == rows
    assert crisis.crisis_plan(plan).updated_by == TEST_USER


@pytest.mark.parametrize("phone", ["ring meg", "12", "+47 abc"])
def test_a_phone_that_cannot_be_one_is_refused(crisis: CrisisService, plan: PlanId, phone: str) -> None:
    with pytest.raises(ValidationError) as error:
        crisis.save_crisis_plan(CrisisPlan(plan, day_phone=phone, night_phone="113"), TEST_USER)
    assert problems(error) == {("day_phone", Problem.PHONE_INVALID)}
    with pytest.raises(ValidationError) as error:
        crisis.set_crisis_text(plan, CrisisText.NIGHT_PHONE, phone, TEST_USER)
    assert problems(error) == {("night_phone", Problem.PHONE_INVALID)}
    assert crisis.crisis_plan(plan) == CrisisPlan(plan)


# Brukerstyrt seng ------------------------------------------------------------


def test_a_contract_runs_six_months_by_default() -> None:
    assert default_contract_end(date(2026, 11, 2)) == date(2027, 5, 2)
    assert default_contract_end(date(2026, 8, 31)) == date(2027, 2, 28)  # the month's last day
    assert months_after(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert UserBed(PlanId(1)).max_days_per_stay == 5
    assert UserBed(PlanId(1)).min_days_between == 14


def test_a_contract_is_stored_whole(crisis: CrisisService, context: Context, plan: PlanId) -> None:
    bed = contract(plan, max_days_per_stay=7, min_days_between=21, how_to_ask="Ring avdelingen")
    crisis.save_bed(bed, TEST_USER)
    assert crisis.bed(plan) == bed
    assert audit_trail(context.conn, plan)[-1].action == "crisis.bed"


def test_a_contract_needs_a_place_and_dates_and_cannot_end_before_it_starts(
    crisis: CrisisService, plan: PlanId
) -> None:
    with pytest.raises(ValidationError) as error:
        crisis.save_bed(contract(plan, institution="  ", contract_to=None), TEST_USER)
    assert problems(error) == {
        ("institution", Problem.CRISIS_BED_INSTITUTION_MISSING),
        ("contract_to", Problem.CRISIS_BED_DATES_MISSING),
    }
    with pytest.raises(ValidationError) as error:
        crisis.save_bed(contract(plan, contract_to=TODAY - timedelta(days=1)), TEST_USER)
    assert problems(error) == {("contract_to", Problem.CRISIS_BED_ENDS_BEFORE_START)}
    crisis.save_bed(contract(plan, contract_to=TODAY), TEST_USER)  # a one-day contract is a contract
    assert crisis.bed(plan).contract_to == TODAY


@pytest.mark.parametrize(
    ("max_days", "min_days", "refused"),
    [
        (0, 14, {("max_days_per_stay", Problem.CRISIS_BED_MAX_DAYS_RANGE)}),
        (31, 14, {("max_days_per_stay", Problem.CRISIS_BED_MAX_DAYS_RANGE)}),
        (5, -1, {("min_days_between", Problem.CRISIS_BED_MIN_DAYS_RANGE)}),
        (5, 91, {("min_days_between", Problem.CRISIS_BED_MIN_DAYS_RANGE)}),
        (1, 0, set()),
        (30, 90, set()),
    ],
)
def test_the_day_limits(
    crisis: CrisisService, plan: PlanId, max_days: int, min_days: int, refused: set[tuple[str, Problem]]
) -> None:
    bed = contract(plan, max_days_per_stay=max_days, min_days_between=min_days)
    if refused:
        with pytest.raises(ValidationError) as error:
            crisis.save_bed(bed, TEST_USER)
        assert problems(error) == refused
    else:
        crisis.save_bed(bed, TEST_USER)
        assert crisis.bed(plan) == bed


def test_no_contract_needs_no_place(crisis: CrisisService, plan: PlanId) -> None:
    crisis.save_bed(UserBed(plan, has_contract=False, institution=""), TEST_USER)
    assert not crisis.bed(plan).has_contract


# Returning after a relapse ---------------------------------------------------


def test_a_return_agreement_needs_its_text_and_a_date_not_in_the_future(
    crisis: CrisisService, plan: PlanId
) -> None:
    with pytest.raises(ValidationError) as error:
        crisis.save_return_agreement(ReturnAgreement(plan, "  ", TODAY, "Pasienten"), TEST_USER)
    assert problems(error) == {("text", Problem.CRISIS_RETURN_TEXT_MISSING)}
    with pytest.raises(ValidationError) as error:
        crisis.save_return_agreement(ReturnAgreement(plan, "Ring oss", TODAY + timedelta(days=1)), TEST_USER)
    assert problems(error) == {("agreed_on", Problem.DATE_IN_FUTURE)}
    agreement = ReturnAgreement(plan, "Ring avdelingen; ny innleggelse innen en uke.", TODAY, "Pasienten")
    crisis.save_return_agreement(agreement, TEST_USER)
    assert crisis.return_agreement(plan) == agreement


# The procedure at brudd ------------------------------------------------------


def test_a_procedure_is_recorded_with_who_and_when(crisis: CrisisService, plan: PlanId) -> None:
    assert procedure_missing(crisis.procedure(plan))
    assert procedure_missing(None)
    procedure = UnplannedProcedure(
        plan, " Ruskonsulent  Demo ", "12 34 56 78", "Kontaktpersonen", "Varsle søsteren"
    )
    crisis.save_procedure(procedure, TEST_USER)
    stored = crisis.procedure(plan)
    assert not procedure_missing(stored)
    assert (stored.notify, stored.told_by, stored.also_do) == (
        "Ruskonsulent Demo",
        "Kontaktpersonen",
        "Varsle søsteren",
    )
    assert (stored.recorded_on, stored.recorded_by) == (TODAY, TEST_USER)
    assert not stored.followed


def test_a_procedure_must_say_who_to_tell_and_a_phone_that_is_one(
    crisis: CrisisService, plan: PlanId
) -> None:
    with pytest.raises(ValidationError) as error:
        crisis.save_procedure(UnplannedProcedure(plan, "", "telefon"), TEST_USER)
    assert problems(error) == {
        ("notify", Problem.CRISIS_PROCEDURE_NOTIFY_MISSING),
        ("notify_phone", Problem.PHONE_INVALID),
    }


def test_followed_is_refused_unless_the_stay_ended_unplanned(
    crisis: CrisisService, context: Context, plan: PlanId
) -> None:
    crisis.save_procedure(UnplannedProcedure(plan, "Ruskonsulent Demo", "12 34 56 78"), TEST_USER)
    with pytest.raises(ValidationError) as error:
        crisis.mark_followed(plan, TODAY, "Kari", "", TEST_USER)  # still in treatment
    assert problems(error) == {("plan", Problem.CRISIS_FOLLOWED_NOT_UNPLANNED)}
    discharge(context, plan, DischargeKind.PLANNED)
    with pytest.raises(ValidationError) as error:
        crisis.mark_followed(plan, TODAY, "Kari", "", TEST_USER)
    assert problems(error) == {("plan", Problem.CRISIS_FOLLOWED_NOT_UNPLANNED)}
    assert not crisis.procedure(plan).followed


def test_followed_after_an_unplanned_end_is_the_one_change_a_discharged_plan_takes(
    crisis: CrisisService, context: Context, plan: PlanId
) -> None:
    crisis.save_procedure(UnplannedProcedure(plan, "Ruskonsulent Demo", "12 34 56 78"), TEST_USER)
    ended = TODAY - timedelta(days=2)
    discharge(context, plan, DischargeKind.UNPLANNED, ended)

    for refused in (
        lambda: crisis.save_crisis_plan(CrisisPlan(plan, what_helps="Gå tur"), TEST_USER),
        lambda: crisis.set_crisis_text(plan, CrisisText.RISK_NOTES, "Overdosefare", TEST_USER),
        lambda: crisis.save_bed(contract(plan), TEST_USER),
        lambda: crisis.save_return_agreement(ReturnAgreement(plan, "Ring oss"), TEST_USER),
        lambda: crisis.save_procedure(UnplannedProcedure(plan, "Noen andre"), TEST_USER),
    ):
        with pytest.raises(ValidationError) as error:
            refused()
        assert problems(error) == {("status", Problem.PLAN_NOT_ACTIVE)}

    with pytest.raises(ValidationError) as error:
        crisis.mark_followed(plan, ended - timedelta(days=1), " ", "", TEST_USER)
    assert problems(error) == {
        ("followed_on", Problem.CRISIS_FOLLOWED_BEFORE_DISCHARGE),
        ("followed_by", Problem.CRISIS_FOLLOWED_BY_MISSING),
    }
    with pytest.raises(ValidationError) as error:
        crisis.mark_followed(plan, TODAY + timedelta(days=1), "Kari", "", TEST_USER)
    assert problems(error) == {("followed_on", Problem.DATE_IN_FUTURE)}

    changes = crisis.mark_followed(plan, ended, " Kari  Sosionom ", " Ringte ruskonsulenten. ", TEST_USER)
    assert changes.plan_ids == frozenset({plan})
    stored = crisis.procedure(plan)
    assert (stored.followed_on, stored.followed_by, stored.followed_note) == (
        ended,
        "Kari Sosionom",
        "Ringte ruskonsulenten.",
    )
    assert stored.notify == "Ruskonsulent Demo"  # the procedure itself is untouched
    last = audit_trail(context.conn, plan)[-1]
    assert (last.action, last.detail) == ("crisis.procedure.followed", ended.isoformat())


def test_followed_can_be_recorded_when_no_procedure_was(
    crisis: CrisisService, context: Context, plan: PlanId
) -> None:
    discharge(context, plan, DischargeKind.UNPLANNED)
    crisis.mark_followed(plan, TODAY, "Kari", "Ringte tjenestekontoret.", TEST_USER)
    stored = crisis.procedure(plan)
    assert stored.followed
    assert procedure_missing(stored)


def test_a_follow_from_an_earlier_brudd_does_not_count_for_the_next(
    crisis: CrisisService, context: Context, plan: PlanId
) -> None:
    first_end = TODAY - timedelta(days=10)
    discharge(context, plan, DischargeKind.UNPLANNED, first_end)
    crisis.mark_followed(plan, first_end, "Kari", "", TEST_USER)
    plans = service_at(context, TODAY)
    assert followed_after_discharge(plans.plan_detail(plan).plan, crisis.procedure(plan))
    plans.reopen_plan(plan, "Kom tilbake samme uke", TEST_USER)
    discharge(context, plan, DischargeKind.UNPLANNED, TODAY)
    assert not followed_after_discharge(plans.plan_detail(plan).plan, crisis.procedure(plan))


# The training ward -------------------------------------------------------------


def test_the_demo_ward_has_crisis_records_at_every_stage(context: Context, make_draft: MakeDraft) -> None:
    plans = service_at(context, TODAY)
    crisis = crisis_at(context, TODAY)
    ids = [plans.start_plan(make_draft(admission=ADMISSION), TEST_USER)[0] for _ in range(13)]
    for index, plan_id in enumerate(ids):
        add_crisis(crisis, TEST_USER, plan_id, index, TODAY)

    nothing = [
        i
        for i, p in enumerate(ids)
        if crisis.crisis_plan(p).is_empty and procedure_missing(crisis.procedure(p))
    ]
    assert 0 in nothing
    assert 1 in nothing
    fullest = ids[11]
    record = crisis.crisis_plan(fullest)
    assert all(record.text(field) for field in CrisisText)
    assert record.night_phone == "116 117"
    assert crisis.bed(fullest).has_contract
    assert crisis.return_agreement(fullest).text
    assert not procedure_missing(crisis.procedure(fullest))
    assert not procedure_missing(crisis.procedure(ids[12]))  # later discharged unplanned
    assert any(crisis.crisis_plan(p).has_plan and not crisis.bed(p).has_contract for p in ids)
    every_text = " ".join(
        " ".join((crisis.crisis_plan(p).day_contact, crisis.procedure(p).notify, crisis.bed(p).institution))
        for p in ids
    )
    assert "Demo" in every_text
