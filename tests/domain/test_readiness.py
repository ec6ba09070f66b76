"""How ready a plan is ("7 av 9 områder klare") and the "Neste steg" walk, on plans stored for real."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dischargeplanner.domain.model import (
    AreaKey,
    ChecklistItem,
    ItemId,
    ItemState,
    PlanDetail,
    PlanId,
    TimingAnchor,
)
from dischargeplanner.domain.readiness import (
    area_progress,
    next_step,
    overdue_items,
    readiness,
    urgent_items,
)
from dischargeplanner.domain.services import PlanService
from helpers import TEST_USER, MakeDraft

TODAY = date.today()

# The standard catalogue's most urgent items for a stay that began ten days ago, in the order
# "Neste steg" offers them: every A+3 item (all required) by checklist position, then the
# required A+7 items, then the one optional A+7 item.
FIRST_STEPS = [
    "housing.situation_mapped",
    "housing.rent_paid",
    "crisis.unplanned_discharge_procedure",
    "crisis.needs_assessed",
    "coordination.consent",
    "coordination.first_contact",
    "housing.tenancy_secured",
    "finances.income_during_stay",
    "network.paarorende_consent",
    "health.gp_known",
    "family.children_mapped",
    "housing.homeless_work_started",
]


def _close(service: PlanService, item_id: ItemId, n: int) -> None:
    """Close an item, alternating between done and not applicable (both count as closed)."""
    if n % 2:
        service.set_item_state(item_id, ItemState.NOT_APPLICABLE, TEST_USER, "Gjelder ikke")
    else:
        service.set_item_state(item_id, ItemState.DONE, TEST_USER)


def _close_required(service: PlanService, detail: PlanDetail, area: AreaKey) -> None:
    for n, item in enumerate(item for item in detail.items_in(area) if item.required):
        _close(service, item.item_id, n)


def _keys(items: Iterable[ChecklistItem]) -> list[str]:
    return [item.key for item in items]


def _walk(detail: PlanDetail, steps: int) -> list[ItemId]:
    """Press "Neste steg" `steps` times, starting with nothing chosen."""
    visited: list[ItemId] = []
    current: ItemId | None = None
    for _ in range(steps):
        step = next_step(detail, current)
        assert step is not None
        visited.append(step.item_id)
        current = step.item_id
    return visited


# Readiness ---------------------------------------------------------------


def test_a_new_plan_has_no_area_ready(service: PlanService, plan_id: PlanId) -> None:
    detail = service.plan_detail(plan_id)
    assert readiness(detail) == (0, 9)
    housing = area_progress(detail, AreaKey.HOUSING)
    assert (housing.required_done, housing.required, housing.done, housing.total) == (0, 5, 0, 10)
    assert not housing.ready


def test_seven_of_nine_areas_ready_when_their_required_items_are_closed(
    service: PlanService, plan_id: PlanId
) -> None:
    detail = service.plan_detail(plan_id)
    ready_areas = list(AreaKey)[:7]
    for area in ready_areas:
        _close_required(service, detail, area)
    # Family: every optional item closed, its one required item only in progress.
    for n, item in enumerate(detail.items_in(AreaKey.FAMILY)):
        if item.required:
            service.set_item_state(item.item_id, ItemState.IN_PROGRESS, TEST_USER)
        else:
            _close(service, item.item_id, n)
    # Coordination: every required item but the last closed.
    *closed, _ = [item for item in detail.items_in(AreaKey.COORDINATION) if item.required]
    for n, item in enumerate(closed):
        _close(service, item.item_id, n)

    after = service.plan_detail(plan_id)
    assert readiness(after) == (7, 9)
    assert [area.area for area in after.areas if area_progress(after, area.area).ready] == ready_areas
    family = area_progress(after, AreaKey.FAMILY)
    assert (family.required_done, family.required, family.done, family.total) == (0, 1, 4, 5)
    coordination = area_progress(after, AreaKey.COORDINATION)
    assert (coordination.required_done, coordination.required) == (7, 8)
    assert not coordination.ready


def test_optional_items_do_not_hold_an_area_back_but_are_counted(
    service: PlanService, plan_id: PlanId
) -> None:
    detail = service.plan_detail(plan_id)
    _close_required(service, detail, AreaKey.HOUSING)
    housing = area_progress(service.plan_detail(plan_id), AreaKey.HOUSING)
    assert housing.ready
    assert (housing.required_done, housing.required, housing.done, housing.total) == (5, 5, 5, 10)


def test_reopening_a_required_item_makes_the_area_not_ready_again(
    service: PlanService, plan_id: PlanId
) -> None:
    detail = service.plan_detail(plan_id)
    _close_required(service, detail, AreaKey.HEALTH)
    assert readiness(service.plan_detail(plan_id)) == (1, 9)
    required = next(item for item in detail.items_in(AreaKey.HEALTH) if item.required)
    service.set_item_state(required.item_id, ItemState.IN_PROGRESS, TEST_USER)
    after = service.plan_detail(plan_id)
    assert readiness(after) == (0, 9)
    assert not area_progress(after, AreaKey.HEALTH).ready


def test_every_area_ready_when_everything_is_closed(service: PlanService, plan_id: PlanId) -> None:
    for n, item in enumerate(service.plan_detail(plan_id).items):
        _close(service, item.item_id, n)
    detail = service.plan_detail(plan_id)
    assert readiness(detail) == (9, 9)
    assert urgent_items(detail) == []
    assert next_step(detail) is None
    assert next_step(detail, detail.items[0].item_id) is None


# Urgency -----------------------------------------------------------------


def test_most_urgent_first_required_before_optional_on_the_same_day(
    service: PlanService, plan_id: PlanId
) -> None:
    urgent = urgent_items(service.plan_detail(plan_id))
    assert _keys(urgent[: len(FIRST_STEPS)]) == FIRST_STEPS


def test_urgent_items_are_ordered_by_date_then_required_then_checklist_order(
    service: PlanService, plan_id: PlanId
) -> None:
    detail = service.plan_detail(plan_id)
    urgent = urgent_items(detail)
    assert len(urgent) == len(detail.items)
    for first, second in pairwise(urgent):
        first_due, second_due = first.due_date(detail.plan), second.due_date(detail.plan)
        assert first_due is not None
        assert second_due is None or first_due <= second_due, (first.key, second.key)
        if first_due == second_due and first.required == second.required:
            assert first.position < second.position, (first.key, second.key)
        elif first_due == second_due:
            assert (first.required, second.required) == (True, False), (first.key, second.key)


def test_overdue_items_come_first(service: PlanService, plan_id: PlanId) -> None:
    detail = service.plan_detail(plan_id)
    urgent = urgent_items(detail)
    overdue = overdue_items(detail, TODAY)
    # Admission was ten days ago: the A+3 and A+7 items are late.
    assert _keys(overdue) == FIRST_STEPS
    assert urgent[: len(overdue)] == overdue
    assert not any(item.is_overdue(detail.plan, TODAY) for item in urgent[len(overdue) :])


def test_items_without_a_date_come_last(service: PlanService, plan_id: PlanId) -> None:
    service.set_planned_discharge(plan_id, None, TEST_USER)
    detail = service.plan_detail(plan_id)
    urgent = urgent_items(detail)
    undated = [item for item in urgent if item.due_date(detail.plan) is None]
    assert undated, "discharge-anchored items lose their date when planned discharge is unset"
    assert urgent[-len(undated) :] == undated
    assert all(item.timing.anchor is TimingAnchor.DISCHARGE for item in undated)
    # Among them: required first, then checklist order.
    required = [item for item in undated if item.required]
    optional = [item for item in undated if not item.required]
    assert undated == sorted(required, key=lambda item: item.position) + sorted(
        optional, key=lambda item: item.position
    )


def test_an_earlier_optional_item_comes_before_a_later_required_one(
    service: PlanService, plan_id: PlanId
) -> None:
    keys = _keys(urgent_items(service.plan_detail(plan_id)))
    # A+7 optional before A+14 required; A+21 optional before D-21 required.
    assert keys.index("housing.homeless_work_started") < keys.index("network.map")
    assert keys.index("network.paarorende_role") < keys.index("housing.bo_oppfolging_clarified")


def test_closed_items_leave_the_list(service: PlanService, plan_id: PlanId) -> None:
    detail = service.plan_detail(plan_id)
    first, second = urgent_items(detail)[:2]
    service.set_item_state(first.item_id, ItemState.DONE, TEST_USER)
    service.set_item_state(second.item_id, ItemState.NOT_APPLICABLE, TEST_USER, "Har egen bolig")
    after = urgent_items(service.plan_detail(plan_id))
    assert {first.item_id, second.item_id}.isdisjoint(item.item_id for item in after)
    assert len(after) == len(detail.items) - 2
    assert after[0].key == FIRST_STEPS[2]


def test_items_in_progress_stay_in_the_list(service: PlanService, plan_id: PlanId) -> None:
    first = urgent_items(service.plan_detail(plan_id))[0]
    service.set_item_state(first.item_id, ItemState.IN_PROGRESS, TEST_USER)
    assert urgent_items(service.plan_detail(plan_id))[0].item_id == first.item_id


# Neste steg --------------------------------------------------------------


def test_next_step_without_a_current_item_is_the_most_urgent(service: PlanService, plan_id: PlanId) -> None:
    step = next_step(service.plan_detail(plan_id))
    assert step is not None
    assert step.key == FIRST_STEPS[0]


def test_next_step_moves_on_from_an_open_current_item(service: PlanService, plan_id: PlanId) -> None:
    detail = service.plan_detail(plan_id)
    first = next_step(detail)
    assert first is not None
    second = next_step(detail, first.item_id)
    assert second is not None
    assert second.key == FIRST_STEPS[1]
    third = next_step(detail, second.item_id)
    assert third is not None
    assert third.key == FIRST_STEPS[2]


def test_next_step_wraps_around_after_the_least_urgent(service: PlanService, plan_id: PlanId) -> None:
    detail = service.plan_detail(plan_id)
    last = urgent_items(detail)[-1]
    step = next_step(detail, last.item_id)
    assert step is not None
    assert step.key == FIRST_STEPS[0]


def test_after_ticking_the_current_item_the_most_urgent_comes_again(
    service: PlanService, plan_id: PlanId
) -> None:
    detail = service.plan_detail(plan_id)
    first = next_step(detail)
    assert first is not None
    current = next_step(detail, first.item_id)
    assert current is not None
    service.set_item_state(current.item_id, ItemState.DONE, TEST_USER)
    step = next_step(service.plan_detail(plan_id), current.item_id)
    # Not the item that followed the ticked one (crisis.unplanned_discharge_procedure): back to the top.
    assert step is not None
    assert step.item_id == first.item_id


def test_next_step_from_an_item_of_another_plan_is_the_most_urgent(
    service: PlanService, plan_id: PlanId, make_draft: MakeDraft
) -> None:
    other, _ = service.start_plan(make_draft(), TEST_USER)
    foreign = service.plan_detail(other).items[3].item_id
    step = next_step(service.plan_detail(plan_id), foreign)
    assert step is not None
    assert step.key == FIRST_STEPS[0]


def test_walking_next_step_visits_every_open_item_once_then_repeats(
    service: PlanService, plan_id: PlanId
) -> None:
    detail = service.plan_detail(plan_id)
    for n, item in enumerate(detail.items[::3]):
        _close(service, item.item_id, n)
    service.set_item_state(detail.items[1].item_id, ItemState.IN_PROGRESS, TEST_USER)
    detail = service.plan_detail(plan_id)
    open_ids = [item.item_id for item in detail.items if not item.state.is_closed]

    walk = _walk(detail, 2 * len(open_ids) + 1)
    assert sorted(walk[: len(open_ids)]) == sorted(open_ids)
    assert len(set(walk[: len(open_ids)])) == len(open_ids)
    assert walk[len(open_ids) :] == walk[: len(open_ids) + 1]


@pytest.mark.parametrize("planned_discharge", [True, False], ids=["planned", "not-planned"])
def test_walk_visits_each_open_item_once_whatever_is_closed(
    service: PlanService, plan_id: PlanId, planned_discharge: bool
) -> None:
    if not planned_discharge:
        service.set_planned_discharge(plan_id, None, TEST_USER)
    stored = service.plan_detail(plan_id)
    states = st.sampled_from(list(ItemState))

    @settings(max_examples=60, deadline=None)
    @given(st.lists(states, min_size=len(stored.items), max_size=len(stored.items)))
    def walk_is_a_cycle(chosen: list[ItemState]) -> None:
        detail = replace(
            stored,
            items=tuple(replace(item, state=state) for item, state in zip(stored.items, chosen, strict=True)),
        )
        open_ids = [item.item_id for item in detail.items if not item.state.is_closed]
        if not open_ids:
            assert next_step(detail) is None
            return
        walk = _walk(detail, len(open_ids) + 1)
        assert sorted(walk[:-1]) == sorted(open_ids)
        assert walk[-1] == walk[0]
        assert walk == [item.item_id for item in urgent_items(detail)] + [walk[0]]

    walk_is_a_cycle()
