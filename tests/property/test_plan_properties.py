"""The plan itself, for any input: start and edit a plan, items, area status and goals, agreed
actions, discharge and reopening. Each call stores what the user meant (cleaned) or refuses with
worded issues and stores nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dischargeplanner import paths
from dischargeplanner.app import Context
from dischargeplanner.domain.identity import check_fodselsnummer
from dischargeplanner.domain.kommuner import load_kommuner
from dischargeplanner.domain.limits import EARLIEST_DATE, LATEST_DATE, clean_line, clean_text
from dischargeplanner.domain.model import (
    Action,
    ActionStatus,
    AreaKey,
    DischargeKind,
    ItemState,
    Patient,
    PlanDraft,
    PlanId,
    PlanStatus,
    Responsible,
    TrafficLight,
)
from dischargeplanner.domain.problems import Problem
from dischargeplanner.domain.services import AreaMoment, PlanService, ValidationError, validate_draft
from helpers import TEST_USER, care_at, service_at
from helpers_property import (
    ADMISSION,
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
    newest_audit_detail,
    numbers,
    optional_dates,
    optional_texts,
    property_settings,
    rare_dates,
    texts,
)

KNOWN = frozenset(kommune.number for kommune in load_kommuner(paths.kommuner_path()))

kommune_numbers = mostly(st.none() | st.sampled_from(sorted(KNOWN)), texts)
patients = st.builds(Patient, names, numbers, rare_dates)
drafts = st.builds(PlanDraft, patients, kommune_numbers, names, names, any_dates, optional_dates)


def _plan(service: PlanService, admission: date = ADMISSION) -> PlanId:
    draft = PlanDraft(Patient("Testperson Demo"), "0301", "Avdeling A", "Sosionom Test", admission, None)
    plan_id, _ = service.start_plan(draft, TEST_USER)
    return plan_id


@pytest.fixture
def plans(ward: Context) -> PlanService:
    return service_at(ward, TODAY)


# Validation -------------------------------------------------------------------------------------


@property_settings()
@given(drafts)
@example(PlanDraft(Patient("\x00"), None, "A", "B", TODAY, TODAY - timedelta(days=1)))
@example(PlanDraft(Patient("Demo"), None, "A", "B", date.max, None))
def test_every_problem_with_a_draft_is_worded(draft: PlanDraft) -> None:
    count_example()
    issues = validate_draft(draft, KNOWN, TODAY)
    if issues:
        assert_worded(ValidationError(issues))


# Plans ------------------------------------------------------------------------------------------


@property_settings()
@given(drafts)
@example(PlanDraft(Patient("\x00Demo"), None, "Avdeling A", "Sosionom", TODAY, None))  # NUL broke a CHECK
@example(PlanDraft(Patient("Demo"), None, "A", "B", date(9999, 12, 31), None))  # due dates overflowed
@example(PlanDraft(Patient("Demo"), None, "A", "B", date(1, 1, 1), date(1, 1, 1)))
def test_a_new_plan_is_stored_as_typed_or_refused(
    ward: Context, plans: PlanService, draft: PlanDraft
) -> None:
    count_example()
    result = attempt(ward.conn, lambda: plans.start_plan(draft, TEST_USER))
    if isinstance(result, Refused):
        return
    plan_id, _ = result
    detail = plans.plan_detail(plan_id)
    check = check_fodselsnummer(draft.patient.fodselsnummer or "")
    assert detail.plan.patient == Patient(
        clean_line(draft.patient.name),
        check.number,
        check.birth_date if check.number else draft.patient.birth_date,
    )
    assert (detail.plan.ward, detail.plan.responsible_staff) == (
        clean_line(draft.ward),
        clean_line(draft.responsible_staff),
    )
    assert (detail.plan.admission, detail.plan.planned_discharge) == (
        draft.admission,
        draft.planned_discharge,
    )
    assert detail.plan.kommune_number == draft.kommune_number
    assert EARLIEST_DATE <= draft.admission <= LATEST_DATE
    assert [item.due_date(detail.plan) for item in detail.items]
    assert_clean(detail)


@property_settings()
@given(patients, kommune_numbers, names, names, any_dates, optional_dates)
@example(Patient("Demo"), None, "A", "B", EARLIEST_DATE, LATEST_DATE)  # evaluations every six weeks
def test_editing_a_plan_stores_the_edit_or_nothing(
    ward: Context,
    plans: PlanService,
    patient: Patient,
    kommune_number: str | None,
    ward_name: str,
    responsible: str,
    admission: date,
    planned_discharge: date | None,
) -> None:
    count_example()
    plan_id = _the_plan(ward, plans)
    result = attempt(
        ward.conn,
        lambda: plans.update_plan(
            plan_id, patient, kommune_number, ward_name, responsible, admission, planned_discharge, TEST_USER
        ),
        lambda: plans.plan_detail(plan_id).plan,
    )
    plan = plans.plan_detail(plan_id).plan
    if not isinstance(result, Refused):
        assert (plan.patient.name, plan.ward, plan.responsible_staff) == (
            clean_line(patient.name),
            clean_line(ward_name),
            clean_line(responsible),
        )
        assert (plan.admission, plan.planned_discharge) == (admission, planned_discharge)
    # What the ward sees next: the overview, "Denne uken", the meetings the timeline asks for.
    assert [summary.plan_id for summary in plans.list_plans()] == [plan_id]
    plans.due_soon()
    care_at(ward, TODAY).meetings.suggestions(plan_id)
    assert_clean(plan)


def _the_plan(ward: Context, plans: PlanService) -> PlanId:
    """The one plan of the ward (made by the first example), active."""
    found = plans.list_plans((PlanStatus.ACTIVE, PlanStatus.DISCHARGED))
    if not found:
        return _plan(plans)
    plan_id = found[0].plan_id
    if found[0].status is PlanStatus.DISCHARGED:
        plans.reopen_plan(plan_id, "Ny innleggelse", TEST_USER)
    return plan_id


# Items, areas and actions ------------------------------------------------------------------------


@property_settings()
@given(
    st.integers(min_value=0),
    st.sampled_from(ItemState),
    optional_texts,
    st.sampled_from(Responsible),
    optional_texts,
    optional_texts,
    st.booleans(),
)
@example(0, ItemState.NOT_APPLICABLE, "\x00", Responsible.WARD, "", "", False)
def test_an_item_is_stored_as_typed_or_not_at_all(
    ward: Context,
    plans: PlanService,
    index: int,
    state: ItemState,
    reason: str,
    responsible: Responsible,
    name: str,
    note: str,
    tick_only: bool,
) -> None:
    count_example()
    plan_id = _the_plan(ward, plans)
    items = plans.plan_detail(plan_id).items
    before = items[index % len(items)]

    def change() -> object:
        if tick_only:
            return plans.set_item_state(before.item_id, state, TEST_USER, reason)
        return plans.update_item(before.item_id, state, reason, responsible, name, note, TEST_USER)

    result = attempt(ward.conn, change, lambda: plans.plan_detail(plan_id).items)
    after = next(item for item in plans.plan_detail(plan_id).items if item.item_id == before.item_id)
    if isinstance(result, Refused):
        return
    if not tick_only:
        assert (after.responsible, after.responsible_name, after.note) == (
            responsible,
            clean_line(name),
            clean_text(note),
        )
    expected_reason = clean_text(reason) if state is ItemState.NOT_APPLICABLE else ""
    assert (after.state, after.not_applicable_reason) == (state, expected_reason)
    assert_clean(after)


@property_settings()
@given(
    st.sampled_from(AreaKey),
    st.sampled_from(AreaMoment),
    st.sampled_from(TrafficLight),
    optional_texts,
    optional_texts,
)
def test_area_status_and_goal_are_stored_as_typed_or_not_at_all(
    ward: Context,
    plans: PlanService,
    area: AreaKey,
    moment: AreaMoment,
    light: TrafficLight,
    reason: str,
    goal: str,
) -> None:
    count_example()
    plan_id = _the_plan(ward, plans)

    def status() -> object:
        return plans.set_area_status(plan_id, area, moment, light, reason, TEST_USER)

    def area_now() -> object:
        return plans.plan_detail(plan_id).area(area)

    if not isinstance(attempt(ward.conn, status, area_now), Refused):
        stored = plans.plan_detail(plan_id).area(area)
        if moment is AreaMoment.ADMISSION:
            assert (stored.admission_light, stored.admission_reason) == (light, clean_text(reason))
        else:
            assert (stored.current_light, stored.current_reason) == (light, clean_text(reason))
    if not isinstance(
        attempt(ward.conn, lambda: plans.set_area_goal(plan_id, area, goal, TEST_USER), area_now), Refused
    ):
        assert plans.plan_detail(plan_id).area(area).goal == clean_text(goal)
    assert_clean(plans.plan_detail(plan_id).areas)


actions = st.tuples(
    st.sampled_from(AreaKey),
    mostly(st.sampled_from(["Søke bostøtte", "Avtale time hos fastlege"]), texts),
    st.sampled_from(Responsible),
    optional_texts,
    optional_dates,
)


@property_settings()
@given(actions, actions, st.sampled_from(ActionStatus), st.booleans())
@example(
    (AreaKey.HOUSING, "\x00", Responsible.WARD, "", None),
    (AreaKey.HOUSING, "Søke bostøtte", Responsible.WARD, "", None),
    ActionStatus.OPEN,
    False,
)
def test_an_agreed_action_is_added_changed_and_removed_as_typed_or_not_at_all(
    ward: Context,
    plans: PlanService,
    active_plans: Plans,
    added: tuple[AreaKey, str, Responsible, str, date | None],
    changed: tuple[AreaKey, str, Responsible, str, date | None],
    status: ActionStatus,
    remove: bool,
) -> None:
    count_example()
    plan_id = active_plans.plan()  # a new plan now and then: actions pile up

    def stored_actions() -> tuple[Action, ...]:
        return plans.plan_detail(plan_id).actions

    area, what, responsible, name, deadline = added
    result = attempt(
        ward.conn,
        lambda: plans.add_action(plan_id, area, what, responsible, name, deadline, TEST_USER),
        stored_actions,
    )
    if isinstance(result, Refused):
        return
    action_id, _ = result
    expected = Action(
        action_id, plan_id, area, clean_text(what), responsible, clean_line(name), deadline, ActionStatus.OPEN
    )
    assert plans.plan_detail(plan_id).actions[-1] == expected
    _, what, responsible, name, deadline = changed
    edit = Action(action_id, plan_id, area, what, responsible, name, deadline, status)
    if not isinstance(
        attempt(ward.conn, lambda: plans.update_action(edit, TEST_USER), stored_actions), Refused
    ):
        assert plans.plan_detail(plan_id).actions[-1] == Action(
            action_id, plan_id, area, clean_text(what), responsible, clean_line(name), deadline, status
        )
    assert_clean(stored_actions())
    if remove:
        plans.remove_action(action_id, TEST_USER)
        assert action_id not in {action.action_id for action in stored_actions()}


# Discharge and reopening ---------------------------------------------------------------------------

area_statuses = st.dictionaries(
    st.sampled_from(AreaKey), st.tuples(st.sampled_from(TrafficLight), optional_texts), max_size=4
)


discharge_days = mostly(st.dates(ADMISSION, TODAY), any_dates, times=2)


@property_settings()
@given(discharge_days, st.sampled_from(DischargeKind), area_statuses, optional_texts)
@example(ADMISSION - timedelta(days=1), DischargeKind.PLANNED, {}, "")  # discharge before admission
@example(date.max, DischargeKind.UNPLANNED, {}, "\x00")
def test_a_discharge_and_a_reopening_are_stored_as_given_or_not_at_all(
    ward: Context,
    plans: PlanService,
    day: date,
    kind: DischargeKind,
    statuses: dict[AreaKey, tuple[TrafficLight, str]],
    reason: str,
) -> None:
    count_example()
    plan_id = _the_plan(ward, plans)

    def discharge() -> object:
        return plans.discharge_plan(plan_id, day, kind, statuses, TEST_USER)

    if isinstance(attempt(ward.conn, discharge, lambda: plans.plan_detail(plan_id)), Refused):
        assert plans.plan_detail(plan_id).plan.status is PlanStatus.ACTIVE
        return
    detail = plans.plan_detail(plan_id)
    assert (detail.plan.status, detail.plan.actual_discharge, detail.plan.discharge_kind) == (
        PlanStatus.DISCHARGED,
        day,
        kind,
    )
    assert ADMISSION <= day <= TODAY
    for area, (light, text) in statuses.items():
        assert (detail.area(area).discharge_light, detail.area(area).discharge_reason) == (
            light,
            clean_text(text),
        )
    assert_clean(detail)
    plans.list_plans((PlanStatus.DISCHARGED,))
    result = attempt(
        ward.conn, lambda: plans.reopen_plan(plan_id, reason, TEST_USER), lambda: plans.plan_detail(plan_id)
    )
    if isinstance(result, Refused):
        assert result.problems <= {Problem.REASON_MISSING, Problem.TEXT_TOO_LONG}
    else:
        assert plans.plan_detail(plan_id).plan.status is PlanStatus.ACTIVE
        assert newest_audit_detail(ward.conn) == clean_line(reason)
