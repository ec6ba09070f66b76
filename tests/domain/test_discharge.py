"""Ending a stay (discharge_plan) and taking it up again (reopen_plan), with the clock stopped."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.model import (
    ActionStatus,
    AreaKey,
    DischargeKind,
    ItemState,
    PlanId,
    PlanStatus,
    Responsible,
    TrafficLight,
)
from dischargeplanner.domain.services import AreaMoment, PlanService, Problem, StorageError, ValidationError
from dischargeplanner.storage.audit import audit_trail
from helpers import TEST_USER, MakeDraft, service_at

TODAY = date(2026, 3, 16)
ADMISSION = TODAY - timedelta(days=40)

AT_DISCHARGE = {
    AreaKey.HOUSING: (TrafficLight.YELLOW, "  Midlertidig bolig  "),
    AreaKey.FINANCES: (TrafficLight.GREEN, ""),
    AreaKey.CRISIS: (TrafficLight.RED, "Ingen kriseplan"),
}


@pytest.fixture
def clocked(context: Context) -> PlanService:
    return service_at(context, TODAY)


@pytest.fixture
def active(clocked: PlanService, make_draft: MakeDraft) -> PlanId:
    plan_id, _ = clocked.start_plan(
        make_draft(admission=ADMISSION, planned_discharge=TODAY + timedelta(days=20)), TEST_USER
    )
    clocked.add_action(plan_id, AreaKey.HOUSING, "Søke bostøtte", Responsible.WARD, "", None, TEST_USER)
    return plan_id


@pytest.fixture
def discharged(clocked: PlanService, active: PlanId) -> PlanId:
    clocked.discharge_plan(active, TODAY - timedelta(days=2), DischargeKind.UNPLANNED, AT_DISCHARGE, "kari")
    return active


def _problems(error: pytest.ExceptionInfo[ValidationError]) -> set[Problem]:
    return {issue.problem for issue in error.value.issues}


# Discharge ------------------------------------------------------------------


def test_discharge_stores_the_end_of_the_stay_and_each_area_then(
    context: Context, clocked: PlanService, active: PlanId
) -> None:
    before = clocked.plan_detail(active)
    rows = len(audit_trail(context.conn, active))
    changes = clocked.discharge_plan(
        active, TODAY - timedelta(days=2), DischargeKind.UNPLANNED, AT_DISCHARGE, "kari"
    )
    assert changes.plan_list
    assert changes.plan_ids == {active}

    detail = clocked.plan_detail(active)
    plan = detail.plan
    assert (plan.status, plan.actual_discharge, plan.discharge_kind) == (
        PlanStatus.DISCHARGED, TODAY - timedelta(days=2), DischargeKind.UNPLANNED,
    )  # fmt: skip
    assert {
        area.area: (area.discharge_light, area.discharge_reason)
        for area in detail.areas
        if area.discharge_light is not TrafficLight.NOT_ASSESSED
    } == {
        AreaKey.HOUSING: (TrafficLight.YELLOW, "Midlertidig bolig"),
        AreaKey.FINANCES: (TrafficLight.GREEN, ""),
        AreaKey.CRISIS: (TrafficLight.RED, "Ingen kriseplan"),
    }
    # Admission and current status, goals, items and actions are kept as they were.
    assert [
        replace(area, discharge_light=TrafficLight.NOT_ASSESSED, discharge_reason="") for area in detail.areas
    ] == list(before.areas)
    assert (detail.items, detail.actions) == (before.items, before.actions)

    trail = audit_trail(context.conn, active)
    assert len(trail) == rows + 1
    assert (trail[-1].user, trail[-1].action) == ("kari", "plan.discharge")
    assert str(TODAY - timedelta(days=2)) in trail[-1].detail
    assert "unplanned" in trail[-1].detail


def test_a_planned_discharge_today_with_every_area(clocked: PlanService, active: PlanId) -> None:
    lights = {area: (TrafficLight.GREEN, f"Alt klart: {area}") for area in AreaKey}
    clocked.discharge_plan(active, TODAY, DischargeKind.PLANNED, lights, TEST_USER)
    detail = clocked.plan_detail(active)
    assert (detail.plan.actual_discharge, detail.plan.discharge_kind) == (TODAY, DischargeKind.PLANNED)
    assert [(area.discharge_light, area.discharge_reason) for area in detail.areas] == [
        (TrafficLight.GREEN, f"Alt klart: {area}") for area in AreaKey
    ]


def test_a_discharge_on_the_day_of_admission_is_accepted(clocked: PlanService, active: PlanId) -> None:
    clocked.discharge_plan(active, ADMISSION, DischargeKind.UNPLANNED, {}, TEST_USER)
    assert clocked.plan_detail(active).plan.actual_discharge == ADMISSION


@pytest.mark.parametrize(
    ("actual", "problem"),
    [
        (ADMISSION - timedelta(days=1), Problem.DISCHARGE_DATE_BEFORE_ADMISSION),
        (TODAY + timedelta(days=1), Problem.DISCHARGE_DATE_IN_FUTURE),
    ],
    ids=["before-admission", "tomorrow"],
)
def test_an_impossible_discharge_date_is_refused_and_nothing_is_stored(
    context: Context, clocked: PlanService, active: PlanId, actual: date, problem: Problem
) -> None:
    stored = clocked.plan_detail(active)
    rows = len(audit_trail(context.conn, active))
    with pytest.raises(ValidationError) as error:
        clocked.discharge_plan(active, actual, DischargeKind.PLANNED, AT_DISCHARGE, TEST_USER)
    assert _problems(error) == {problem}
    assert [issue.field for issue in error.value.issues] == ["actual_discharge"]
    assert clocked.plan_detail(active) == stored
    assert len(audit_trail(context.conn, active)) == rows
    assert [summary.plan_id for summary in clocked.list_plans()] == [active]


def test_discharge_and_its_audit_row_share_one_transaction(
    context: Context, clocked: PlanService, active: PlanId
) -> None:
    stored = clocked.plan_detail(active)
    context.conn.execute(
        "CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
    )
    with pytest.raises(StorageError, match="disk trouble"):
        clocked.discharge_plan(active, TODAY, DischargeKind.PLANNED, AT_DISCHARGE, TEST_USER)
    context.conn.execute("DROP TRIGGER fail_audit")
    after = clocked.plan_detail(active)
    assert after == stored
    assert after.plan.status is PlanStatus.ACTIVE
    assert all(area.discharge_light is TrafficLight.NOT_ASSESSED for area in after.areas)


# A discharged plan is read-only -----------------------------------------------

Attempt = Callable[[PlanService, PlanId], object]


ATTEMPTS: dict[str, Attempt] = {
    "tick": lambda s, p: s.set_item_state(s.plan_detail(p).items[0].item_id, ItemState.DONE, TEST_USER),
    "item-details": lambda s, p: s.update_item(
        s.plan_detail(p).items[0].item_id, ItemState.IN_PROGRESS, "", Responsible.NAV, "Vera", "", TEST_USER
    ),
    "admission-light": lambda s, p: s.set_area_status(
        p, AreaKey.HOUSING, AreaMoment.ADMISSION, TrafficLight.RED, "", TEST_USER
    ),
    "current-light": lambda s, p: s.set_area_status(
        p, AreaKey.HOUSING, AreaMoment.CURRENT, TrafficLight.GREEN, "", TEST_USER
    ),
    "goal": lambda s, p: s.set_area_goal(p, AreaKey.HOUSING, "Noe nytt", TEST_USER),
    "add-action": lambda s, p: s.add_action(
        p, AreaKey.HEALTH, "Fastlege", Responsible.WARD, "", None, TEST_USER
    ),
    "update-action": lambda s, p: s.update_action(
        replace(s.plan_detail(p).actions[0], status=ActionStatus.DONE), TEST_USER
    ),
    "remove-action": lambda s, p: s.remove_action(s.plan_detail(p).actions[0].action_id, TEST_USER),
    "planned-discharge": lambda s, p: s.set_planned_discharge(p, TODAY + timedelta(days=30), TEST_USER),
    "plan-details": lambda s, p: s.update_plan(
        p, s.plan_detail(p).plan.patient, "0301", "Avdeling B", "Sosionom Annen", ADMISSION, None, TEST_USER
    ),
    "discharge-again": lambda s, p: s.discharge_plan(p, TODAY, DischargeKind.PLANNED, {}, TEST_USER),
}


@pytest.mark.parametrize("attempt", list(ATTEMPTS.values()), ids=list(ATTEMPTS))
def test_every_change_to_a_discharged_plan_is_refused(
    context: Context, clocked: PlanService, discharged: PlanId, attempt: Attempt
) -> None:
    stored = clocked.plan_detail(discharged)
    rows = len(audit_trail(context.conn, discharged))
    with pytest.raises(ValidationError) as error:
        attempt(clocked, discharged)
    assert _problems(error) == {Problem.PLAN_NOT_ACTIVE}
    assert clocked.plan_detail(discharged) == stored
    assert len(audit_trail(context.conn, discharged)) == rows


# Reopen ---------------------------------------------------------------------


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"], ids=["empty", "spaces", "whitespace"])
def test_reopen_needs_a_reason(
    context: Context, clocked: PlanService, discharged: PlanId, reason: str
) -> None:
    stored = clocked.plan_detail(discharged)
    rows = len(audit_trail(context.conn, discharged))
    with pytest.raises(ValidationError) as error:
        clocked.reopen_plan(discharged, reason, TEST_USER)
    assert _problems(error) == {Problem.REASON_MISSING}
    assert clocked.plan_detail(discharged) == stored
    assert len(audit_trail(context.conn, discharged)) == rows


@pytest.mark.parametrize("status", [PlanStatus.ACTIVE, PlanStatus.ARCHIVED])
def test_only_a_discharged_plan_can_be_reopened(
    clocked: PlanService, active: PlanId, status: PlanStatus
) -> None:
    clocked.set_status(active, status, TEST_USER)
    stored = clocked.plan_detail(active)
    with pytest.raises(ValidationError) as error:
        clocked.reopen_plan(active, "Feil pasient", TEST_USER)
    assert _problems(error) == {Problem.PLAN_NOT_DISCHARGED}
    assert clocked.plan_detail(active) == stored


def test_reopen_makes_the_plan_active_and_forgets_the_discharge(
    context: Context, clocked: PlanService, discharged: PlanId
) -> None:
    changes = clocked.reopen_plan(discharged, "  Pasienten kom\n tilbake  etter to dager ", "ola")
    assert changes.plan_list
    plan = clocked.plan_detail(discharged).plan
    assert (plan.status, plan.actual_discharge, plan.discharge_kind) == (PlanStatus.ACTIVE, None, None)
    trail = audit_trail(context.conn, discharged)
    assert (trail[-1].user, trail[-1].action) == ("ola", "plan.reopen")
    assert trail[-1].detail == "Pasienten kom tilbake etter to dager"
    assert [summary.plan_id for summary in clocked.list_plans((PlanStatus.ACTIVE,))] == [discharged]
    assert clocked.list_plans((PlanStatus.DISCHARGED,)) == []


def test_a_reopened_plan_can_be_changed_and_discharged_again(
    clocked: PlanService, discharged: PlanId
) -> None:
    clocked.reopen_plan(discharged, "Utskrevet ved en feil", TEST_USER)
    item = clocked.plan_detail(discharged).items[0]
    clocked.set_item_state(item.item_id, ItemState.DONE, TEST_USER)
    clocked.discharge_plan(discharged, TODAY, DischargeKind.PLANNED, {}, TEST_USER)
    plan = clocked.plan_detail(discharged).plan
    assert (plan.status, plan.actual_discharge, plan.discharge_kind) == (
        PlanStatus.DISCHARGED, TODAY, DischargeKind.PLANNED,
    )  # fmt: skip
    assert clocked.plan_detail(discharged).items[0].state is ItemState.DONE


def test_a_plan_discharged_without_details_can_be_reopened(clocked: PlanService, active: PlanId) -> None:
    clocked.set_status(active, PlanStatus.DISCHARGED, TEST_USER)
    clocked.reopen_plan(active, "Importert som utskrevet", TEST_USER)
    assert clocked.plan_detail(active).plan.status is PlanStatus.ACTIVE
