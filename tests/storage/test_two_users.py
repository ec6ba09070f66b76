"""Two programs on one ward: a change to a plan that moved on since it was shown is refused, never lost.

Each program has its own connection to the same encrypted file, as two PCs on the ward would.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dischargeplanner.app import Context, open_context
from dischargeplanner.domain.crisis_model import CrisisText
from dischargeplanner.domain.model import AreaKey, ItemState, PlanId
from dischargeplanner.domain.services import ConflictError, PlanService
from dischargeplanner.storage.audit import audit_trail
from helpers import TEST_USER

OTHER = "kari"


@pytest.fixture
def other(context: Context) -> Iterator[Context]:
    """A second program, signed in as another user, on the same database."""
    second = open_context(context.data_dir, OTHER, context.key)
    yield second
    second.conn.close()


def shown(service: PlanService, plan_id: PlanId) -> int:
    """Open the plan in this program, as the editor does; the version it shows."""
    version = service.plan_detail(plan_id).plan.version
    service.watch(plan_id, version)
    return version


def goal(service: PlanService, plan_id: PlanId) -> str:
    return next(area.goal for area in service.plan_detail(plan_id).areas if area.area is AreaKey.HOUSING)


def test_a_change_to_a_plan_changed_elsewhere_is_refused_and_says_by_whom(
    context: Context, other: Context, plan_id: PlanId
) -> None:
    shown(context.service, plan_id)
    shown(other.service, plan_id)
    other.service.set_area_goal(plan_id, AreaKey.HOUSING, "Egen leilighet", OTHER)
    rows_before = len(audit_trail(context.conn, plan_id))
    version_before = context.service.plan_detail(plan_id).plan.version

    with pytest.raises(ConflictError) as refused:
        context.service.set_area_goal(plan_id, AreaKey.HOUSING, "Bo hos mor", TEST_USER)

    assert refused.value.plan_id == plan_id
    assert refused.value.count == 1
    assert refused.value.newest is not None
    assert (refused.value.newest.user, refused.value.newest.action) == (OTHER, "area.goal")
    assert goal(context.service, plan_id) == "Egen leilighet"  # the other person's change stands
    assert len(audit_trail(context.conn, plan_id)) == rows_before  # nothing of the refused one is written
    assert context.service.plan_detail(plan_id).plan.version == version_before


def test_after_reloading_the_change_is_stored(context: Context, other: Context, plan_id: PlanId) -> None:
    shown(context.service, plan_id)
    shown(other.service, plan_id)
    other.service.set_area_goal(plan_id, AreaKey.HOUSING, "Egen leilighet", OTHER)
    with pytest.raises(ConflictError):
        context.service.set_area_goal(plan_id, AreaKey.HOUSING, "Bo hos mor", TEST_USER)

    shown(context.service, plan_id)  # the user reloads
    context.service.set_area_goal(plan_id, AreaKey.HOUSING, "Egen leilighet, med oppfølging", TEST_USER)

    assert goal(other.service, plan_id) == "Egen leilighet, med oppfølging"


def test_storing_anyway_keeps_the_other_persons_change_elsewhere(
    context: Context, other: Context, plan_id: PlanId
) -> None:
    shown(context.service, plan_id)
    shown(other.service, plan_id)
    item = other.service.plan_detail(plan_id).items[0]
    other.service.set_item_state(item.item_id, ItemState.DONE, OTHER)
    with pytest.raises(ConflictError):
        context.service.set_area_goal(plan_id, AreaKey.HOUSING, "Bo hos mor", TEST_USER)

    context.service.watch(plan_id)  # "store mine anyway": take what is stored now as seen
    context.service.set_area_goal(plan_id, AreaKey.HOUSING, "Bo hos mor", TEST_USER)

    detail = context.service.plan_detail(plan_id)
    assert goal(context.service, plan_id) == "Bo hos mor"
    assert detail.items[0].state is ItemState.DONE


def test_own_changes_in_a_row_are_not_refused(context: Context, other: Context, plan_id: PlanId) -> None:
    shown(context.service, plan_id)
    items = context.service.plan_detail(plan_id).items
    for item in items[:5]:
        context.service.set_item_state(item.item_id, ItemState.DONE, TEST_USER)
    context.service.set_area_goal(plan_id, AreaKey.HOUSING, "Bo hjemme", TEST_USER)
    today = context.service.today()
    plan = context.service.plan_detail(plan_id).plan
    context.service.update_plan(
        plan_id,
        plan.patient,
        plan.kommune_number,
        "Avdeling B",
        "Sosionom Sørensen",
        plan.admission,
        today,
        TEST_USER,
    )

    assert context.service.plan_detail(plan_id).plan.ward == "Avdeling B"
    shown(other.service, plan_id)
    other.service.set_area_goal(plan_id, AreaKey.HOUSING, "Bo hjemme med støtte", OTHER)  # others see it all


def test_every_kind_of_change_is_checked(context: Context, other: Context, plan_id: PlanId) -> None:
    """Not only the checklist: the plan's details and a care record are refused the same way."""
    shown(context.service, plan_id)
    shown(other.service, plan_id)
    other.service.set_area_goal(plan_id, AreaKey.HOUSING, "Egen leilighet", OTHER)
    plan = context.service.plan_detail(plan_id).plan

    with pytest.raises(ConflictError):
        context.service.update_plan(
            plan_id, plan.patient, plan.kommune_number, "Avdeling B", plan.responsible_staff,
            plan.admission, plan.planned_discharge, TEST_USER,
        )  # fmt: skip
    with pytest.raises(ConflictError):
        context.care().crisis.set_crisis_text(
            plan_id, CrisisText.WARNING_SIGNS, "Trekker seg unna", TEST_USER
        )

    assert context.service.plan_detail(plan_id).plan.ward == plan.ward


def test_a_plan_this_program_never_showed_is_not_checked(
    context: Context, other: Context, plan_id: PlanId
) -> None:
    """Lists and due dates read the plan fresh; only what a window shows can be out of date."""
    other.service.set_area_goal(plan_id, AreaKey.HOUSING, "Egen leilighet", OTHER)
    item = context.service.plan_detail(plan_id).items[0]
    context.service.set_item_state(item.item_id, ItemState.DONE, TEST_USER)
    assert context.service.plan_detail(plan_id).items[0].state is ItemState.DONE


def test_the_detail_is_one_snapshot(context: Context, other: Context, plan_id: PlanId) -> None:
    """The version read with a plan belongs to exactly the items read with it, even when another
    program writes between the reads (it does here, as the items are about to be read)."""
    item = context.service.plan_detail(plan_id).items[0]
    before = context.service.plan_detail(plan_id).plan.version
    wrote: list[bool] = []

    def write_between(statement: str) -> None:
        if "FROM checklist_item" in statement and not wrote:
            wrote.append(True)
            other.service.set_item_state(item.item_id, ItemState.DONE, OTHER)

    context.conn.set_trace_callback(write_between)
    detail = context.service.plan_detail(plan_id)
    context.conn.set_trace_callback(None)

    assert wrote
    assert detail.plan.version == before
    assert detail.items[0].state is ItemState.NOT_STARTED  # the item as it was at that version
    assert not context.conn.in_transaction  # the snapshot is closed again: writers are not held up
    assert context.service.plan_detail(plan_id).items[0].state is ItemState.DONE
