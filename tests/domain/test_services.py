"""The use cases: validation, derived due dates, read-only discharged plans."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from dischargeplanner.domain.model import (
    AreaKey,
    ItemState,
    Patient,
    PlanId,
    PlanStatus,
    Responsible,
    TimingAnchor,
    TimingRule,
)
from dischargeplanner.domain.services import PlanService, Problem, ValidationError
from helpers import TEST_USER, MakeDraft
from synthetic import make_fodselsnummer


def _problems(error: pytest.ExceptionInfo[ValidationError]) -> set[Problem]:
    return {issue.problem for issue in error.value.issues}


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        ("0101901234", Problem.FNR_WRONG_LENGTH),
        ("3202901234x", Problem.FNR_NOT_DIGITS),
        ("32139012345", Problem.FNR_IMPOSSIBLE_DATE),
    ],
)
def test_start_plan_refuses_a_bad_number_naming_the_problem(
    service: PlanService, make_draft: MakeDraft, number: str, problem: Problem
) -> None:
    with pytest.raises(ValidationError) as error:
        service.start_plan(make_draft(patient=Patient("Testa Testesen", number)), TEST_USER)
    assert _problems(error) == {problem}
    assert service.list_plans() == []


def test_wrong_check_digits_are_named(service: PlanService, make_draft: MakeDraft) -> None:
    valid = make_fodselsnummer(date(1979, 6, 2))
    broken = valid[:-1] + str((int(valid[-1]) + 1) % 10)
    with pytest.raises(ValidationError) as error:
        service.start_plan(make_draft(patient=Patient("Testa Testesen", broken)), TEST_USER)
    assert _problems(error) == {Problem.FNR_CHECK_DIGITS}


def test_plan_can_start_without_a_number_and_keeps_the_birth_date(
    service: PlanService, make_draft: MakeDraft
) -> None:
    plan_id, changes = service.start_plan(
        make_draft(patient=Patient("Ukjent Testperson", "", date(1990, 5, 17))), TEST_USER
    )
    plan = service.plan_detail(plan_id).plan
    assert plan.patient.fodselsnummer is None
    assert plan.patient.birth_date == date(1990, 5, 17)
    assert changes.plan_list


def test_birth_date_is_taken_from_the_number_and_spaces_are_removed(
    service: PlanService, make_draft: MakeDraft
) -> None:
    number = make_fodselsnummer(date(1985, 3, 14))
    plan_id, _ = service.start_plan(
        make_draft(patient=Patient("  Testa   Testesen ", f"{number[:6]} {number[6:]}")), TEST_USER
    )
    patient = service.plan_detail(plan_id).plan.patient
    assert (patient.name, patient.fodselsnummer, patient.birth_date) == (
        "Testa Testesen",
        number,
        date(1985, 3, 14),
    )


def test_other_draft_problems_are_all_reported_together(service: PlanService, make_draft: MakeDraft) -> None:
    today = date.today()
    draft = make_draft(
        patient=Patient("  ", None),
        kommune_number="9999",
        ward="",
        responsible_staff=" ",
        admission=today,
        planned_discharge=today - timedelta(days=1),
    )
    with pytest.raises(ValidationError) as error:
        service.start_plan(draft, TEST_USER)
    assert _problems(error) == {
        Problem.NAME_MISSING,
        Problem.KOMMUNE_UNKNOWN,
        Problem.WARD_MISSING,
        Problem.RESPONSIBLE_MISSING,
        Problem.DISCHARGE_BEFORE_ADMISSION,
    }


def test_moving_planned_discharge_moves_discharge_items_only(service: PlanService, plan_id: PlanId) -> None:
    before = service.plan_detail(plan_id)
    new_date = before.plan.planned_discharge + timedelta(days=14)  # type: ignore[operator]
    service.set_planned_discharge(plan_id, new_date, TEST_USER)
    after = service.plan_detail(plan_id)
    for old, new in zip(before.items, after.items, strict=True):
        shift = (new.due_date(after.plan) - old.due_date(before.plan)).days  # type: ignore[operator]
        assert shift == (14 if old.timing.anchor is TimingAnchor.DISCHARGE else 0), old.key


def test_items_tied_to_discharge_have_no_due_date_until_it_is_set(
    service: PlanService, plan_id: PlanId
) -> None:
    service.set_planned_discharge(plan_id, None, TEST_USER)
    detail = service.plan_detail(plan_id)
    for item in detail.items:
        assert (item.due_date(detail.plan) is None) == (item.timing.anchor is TimingAnchor.DISCHARGE)


def test_not_applicable_needs_a_reason(service: PlanService, plan_id: PlanId) -> None:
    item = service.plan_detail(plan_id).items[0]
    with pytest.raises(ValidationError) as error:
        service.set_item_state(item.item_id, ItemState.NOT_APPLICABLE, TEST_USER, "   ")
    assert _problems(error) == {Problem.REASON_MISSING}
    service.set_item_state(item.item_id, ItemState.NOT_APPLICABLE, TEST_USER, "Eier egen bolig")
    stored = service.plan_detail(plan_id).items[0]
    assert (stored.state, stored.not_applicable_reason) == (ItemState.NOT_APPLICABLE, "Eier egen bolig")
    service.set_item_state(item.item_id, ItemState.DONE, TEST_USER)
    assert service.plan_detail(plan_id).items[0].not_applicable_reason == ""


def test_item_details_are_stored_together(service: PlanService, plan_id: PlanId) -> None:
    item = service.plan_detail(plan_id).items[5]
    service.update_item(
        item.item_id,
        ItemState.IN_PROGRESS,
        "",
        Responsible.NAV,
        " Vera Veileder ",
        "Søknad sendt 1.12.",
        TEST_USER,
    )
    stored = service.plan_detail(plan_id).items[5]
    assert (stored.state, stored.responsible, stored.responsible_name, stored.note) == (
        ItemState.IN_PROGRESS, Responsible.NAV, "Vera Veileder", "Søknad sendt 1.12.",
    )  # fmt: skip


def test_a_discharged_plan_cannot_be_changed(service: PlanService, plan_id: PlanId) -> None:
    service.set_status(plan_id, PlanStatus.DISCHARGED, TEST_USER)
    item = service.plan_detail(plan_id).items[0]
    with pytest.raises(ValidationError) as error:
        service.set_item_state(item.item_id, ItemState.DONE, TEST_USER)
    assert _problems(error) == {Problem.PLAN_NOT_ACTIVE}
    with pytest.raises(ValidationError):
        service.set_area_goal(plan_id, AreaKey.HOUSING, "Noe nytt", TEST_USER)
    assert service.plan_detail(plan_id).items[0].state is ItemState.NOT_STARTED


def test_unchanged_goal_is_not_stored_again(service: PlanService, plan_id: PlanId) -> None:
    service.set_area_goal(plan_id, AreaKey.HOUSING, "Egen bolig", TEST_USER)
    version = service.plan_detail(plan_id).plan.version
    assert service.set_area_goal(plan_id, AreaKey.HOUSING, " Egen bolig ", TEST_USER).plan_ids == frozenset()
    assert service.plan_detail(plan_id).plan.version == version


def test_action_needs_a_description(service: PlanService, plan_id: PlanId) -> None:
    with pytest.raises(ValidationError) as error:
        service.add_action(plan_id, AreaKey.HOUSING, " ", Responsible.KOMMUNE, "", None, TEST_USER)
    assert _problems(error) == {Problem.ACTION_WHAT_MISSING}


@pytest.mark.parametrize("text", ["A+0", "A+14", "D-21", "D-1"])
def test_timing_rule_round_trips(text: str) -> None:
    assert TimingRule.decode(text).encode() == text


@pytest.mark.parametrize("text", ["X+3", "A-3", "D+3", "A+x", "A"])
def test_timing_rule_rejects_malformed_text(text: str) -> None:
    with pytest.raises(ValueError, match="timing"):
        TimingRule.decode(text)


def test_days_left_counts_down_and_goes_negative(service: PlanService, plan_id: PlanId) -> None:
    plan = service.plan_detail(plan_id).plan
    assert plan.planned_discharge is not None
    assert plan.days_left(plan.planned_discharge - timedelta(days=3)) == 3
    assert plan.days_left(plan.planned_discharge + timedelta(days=2)) == -2
    assert replace(plan, planned_discharge=None).days_left(date.today()) is None
