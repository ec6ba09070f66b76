"""Undo and redo of every kind of change, through the real services and a real SQLite file.

What counts is what the user sees afterwards (service.plan_detail): an undo puts back
exactly what was there, a redo makes the change again, and neither touches a record
someone changed in between.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.history import History
from dischargeplanner.domain.model import (
    ActionStatus,
    AreaKey,
    Changes,
    Edit,
    EditKind,
    ItemState,
    Patient,
    PlanDetail,
    PlanId,
    PlanStatus,
    Responsible,
    TimingAnchor,
    TrafficLight,
)
from dischargeplanner.domain.services import (
    AreaMoment,
    PlanService,
    Problem,
    UndoConflictError,
    ValidationError,
)
from dischargeplanner.storage.audit import audit_trail

KARI = "kari"  # makes the changes
OLA = "ola"  # undoes and redoes them

Change = Callable[[PlanService, PlanDetail], Changes]


def _visible(detail: PlanDetail) -> PlanDetail:
    """The plan as the user reads it: its version and who last touched an item do not count."""
    return replace(
        detail,
        plan=replace(detail.plan, version=0),
        items=tuple(replace(item, changed_by="", changed_at=None) for item in detail.items),
    )


def _edit(changes: Changes) -> Edit:
    assert changes.edit is not None
    return changes.edit


def _due_dates(context: Context, plan_id: PlanId) -> list[str | None]:
    rows = context.conn.execute(
        "SELECT due FROM checklist_item WHERE plan_id = ? ORDER BY position", (plan_id,)
    ).fetchall()
    return [row[0] for row in rows]


def _plan_with_action(service: PlanService, plan_id: PlanId) -> PlanDetail:
    service.add_action(
        plan_id, AreaKey.HOUSING, "Søke kommunal bolig", Responsible.KOMMUNE, "Boligkontoret",
        date.today() + timedelta(days=20),
        KARI,
    )  # fmt: skip
    return service.plan_detail(plan_id)


# The changes, each on a plan that has one agreed action already ------------


def _tick(service: PlanService, detail: PlanDetail) -> Changes:
    return service.set_item_state(detail.items[0].item_id, ItemState.DONE, KARI)


def _not_applicable(service: PlanService, detail: PlanDetail) -> Changes:
    return service.set_item_state(detail.items[1].item_id, ItemState.NOT_APPLICABLE, KARI, "Eier egen bolig")


def _item_details(service: PlanService, detail: PlanDetail) -> Changes:
    return service.update_item(
        detail.items[5].item_id, ItemState.IN_PROGRESS, "", Responsible.NAV, "Vera Veileder",
        "Søknad sendt 1.12.",
        KARI,
    )  # fmt: skip


def _admission_light(service: PlanService, detail: PlanDetail) -> Changes:
    plan_id = detail.plan.plan_id
    return service.set_area_status(
        plan_id, AreaKey.FINANCES, AreaMoment.ADMISSION, TrafficLight.RED, "Gjeld", KARI
    )


def _current_light(service: PlanService, detail: PlanDetail) -> Changes:
    plan_id = detail.plan.plan_id
    return service.set_area_status(
        plan_id, AreaKey.HOUSING, AreaMoment.CURRENT, TrafficLight.YELLOW, "Midlertidig bolig", KARI
    )


def _goal(service: PlanService, detail: PlanDetail) -> Changes:
    return service.set_area_goal(detail.plan.plan_id, AreaKey.NETWORK, "Kontakt med søster", KARI)


def _planned_discharge(service: PlanService, detail: PlanDetail) -> Changes:
    assert detail.plan.planned_discharge is not None
    return service.set_planned_discharge(
        detail.plan.plan_id, detail.plan.planned_discharge + timedelta(days=14), KARI
    )


def _planned_discharge_unset(service: PlanService, detail: PlanDetail) -> Changes:
    return service.set_planned_discharge(detail.plan.plan_id, None, KARI)


def _plan_details(service: PlanService, detail: PlanDetail) -> Changes:
    plan = detail.plan
    return service.update_plan(
        plan.plan_id,
        Patient("Testa Testesen-Prøve", plan.patient.fodselsnummer),
        "5001",
        "Avdeling B",
        "Sosionom Annen",
        plan.admission - timedelta(days=3),
        plan.planned_discharge,
        KARI,
    )


def _add_action(service: PlanService, detail: PlanDetail) -> Changes:
    return service.add_action(
        detail.plan.plan_id, AreaKey.FINANCES, "Søke om gjeldsrådgivning", Responsible.NAV, "NAV-veileder",
        date.today() + timedelta(days=5),
        KARI,
    )[1]  # fmt: skip


def _update_action(service: PlanService, detail: PlanDetail) -> Changes:
    [action] = detail.actions
    changed = replace(action, what="Søke kommunal bolig og bostøtte", deadline=None, status=ActionStatus.DONE)
    return service.update_action(changed, KARI)


def _remove_action(service: PlanService, detail: PlanDetail) -> Changes:
    [action] = detail.actions
    return service.remove_action(action.action_id, KARI)


CHANGES: dict[str, tuple[Change, EditKind]] = {
    "tick": (_tick, EditKind.ITEM),
    "not-applicable": (_not_applicable, EditKind.ITEM),
    "item-details": (_item_details, EditKind.ITEM),
    "admission-light": (_admission_light, EditKind.AREA_STATUS),
    "current-light": (_current_light, EditKind.AREA_STATUS),
    "goal": (_goal, EditKind.GOAL),
    "planned-discharge": (_planned_discharge, EditKind.PLAN),
    "planned-discharge-unset": (_planned_discharge_unset, EditKind.PLAN),
    "plan-details": (_plan_details, EditKind.PLAN),
    "add-action": (_add_action, EditKind.ACTION_ADD),
    "update-action": (_update_action, EditKind.ACTION_UPDATE),
    "remove-action": (_remove_action, EditKind.ACTION_REMOVE),
}
every_change = pytest.mark.parametrize(("change", "kind"), list(CHANGES.values()), ids=list(CHANGES))


@every_change
def test_undo_puts_back_what_was_there_and_redo_makes_the_change_again(
    service: PlanService, plan_id: PlanId, change: Change, kind: EditKind
) -> None:
    before = _plan_with_action(service, plan_id)
    edit = _edit(change(service, before))
    assert edit.kind is kind
    after = service.plan_detail(plan_id)
    assert _visible(after) != _visible(before)

    undone = service.undo(edit, OLA)
    assert _visible(service.plan_detail(plan_id)) == _visible(before)
    assert undone.plan_ids == {plan_id}
    assert undone.areas == (set(AreaKey) if edit.area is None else {edit.area})

    service.redo(edit, OLA)
    assert _visible(service.plan_detail(plan_id)) == _visible(after)


@every_change
def test_every_undo_and_redo_writes_an_audit_row(
    context: Context, plan_id: PlanId, change: Change, kind: EditKind
) -> None:
    service = context.service
    edit = _edit(change(service, _plan_with_action(service, plan_id)))
    start = len(audit_trail(context.conn, plan_id))
    service.undo(edit, OLA)
    service.redo(edit, "per")
    trail = audit_trail(context.conn, plan_id)[start:]
    assert [(row.user, row.action) for row in trail] == [(OLA, "edit.undo"), ("per", "edit.redo")]
    assert all(row.detail.startswith(f"{kind}:") for row in trail)


@every_change
def test_the_same_change_cannot_be_undone_or_redone_twice(
    service: PlanService, plan_id: PlanId, change: Change, kind: EditKind
) -> None:
    before = _plan_with_action(service, plan_id)
    edit = _edit(change(service, before))
    service.undo(edit, OLA)
    undone = service.plan_detail(plan_id)
    with pytest.raises(UndoConflictError):
        service.undo(edit, OLA)
    assert service.plan_detail(plan_id) == undone
    service.redo(edit, OLA)
    redone = service.plan_detail(plan_id)
    with pytest.raises(UndoConflictError):
        service.redo(edit, OLA)
    assert service.plan_detail(plan_id) == redone


@every_change
def test_undo_and_redo_are_refused_once_the_plan_is_discharged(
    context: Context, plan_id: PlanId, change: Change, kind: EditKind
) -> None:
    service = context.service
    edit = _edit(change(service, _plan_with_action(service, plan_id)))
    service.set_status(plan_id, PlanStatus.DISCHARGED, KARI)
    stored = service.plan_detail(plan_id)
    rows = len(audit_trail(context.conn, plan_id))
    for attempt in (service.undo, service.redo):
        with pytest.raises(ValidationError) as error:
            attempt(edit, OLA)
        assert {issue.problem for issue in error.value.issues} == {Problem.PLAN_NOT_ACTIVE}
    assert service.plan_detail(plan_id) == stored
    assert len(audit_trail(context.conn, plan_id)) == rows


def test_redo_is_refused_once_the_plan_is_discharged(service: PlanService, plan_id: PlanId) -> None:
    item = service.plan_detail(plan_id).items[0]
    edit = _edit(service.set_item_state(item.item_id, ItemState.DONE, KARI))
    service.undo(edit, OLA)
    service.set_status(plan_id, PlanStatus.DISCHARGED, KARI)
    with pytest.raises(ValidationError) as error:
        service.redo(edit, OLA)
    assert {issue.problem for issue in error.value.issues} == {Problem.PLAN_NOT_ACTIVE}
    assert service.plan_detail(plan_id).items[0].state is ItemState.NOT_STARTED


def test_an_undone_item_names_who_undid_it(service: PlanService, plan_id: PlanId) -> None:
    item = service.plan_detail(plan_id).items[0]
    edit = _edit(service.set_item_state(item.item_id, ItemState.DONE, KARI))
    assert service.plan_detail(plan_id).items[0].changed_by == KARI
    service.undo(edit, OLA)
    stored = service.plan_detail(plan_id).items[0]
    assert (stored.state, stored.changed_by) == (ItemState.NOT_STARTED, OLA)
    assert stored.changed_at is not None


# Someone changed the record in between --------------------------------------


def _note(service: PlanService, detail: PlanDetail) -> None:
    item = detail.items[0]
    service.update_item(
        item.item_id, item.state, item.not_applicable_reason, item.responsible, item.responsible_name,
        "Ringt utleier",
        "per",
    )  # fmt: skip


def _housing_red(service: PlanService, detail: PlanDetail) -> None:
    service.set_area_status(
        detail.plan.plan_id, AreaKey.HOUSING, AreaMoment.CURRENT, TrafficLight.RED, "Utkastelse", "per"
    )


def _network_red(service: PlanService, detail: PlanDetail) -> None:
    service.set_area_status(
        detail.plan.plan_id, AreaKey.NETWORK, AreaMoment.CURRENT, TrafficLight.RED, "Brudd", "per"
    )


def _network_goal(service: PlanService, detail: PlanDetail) -> None:
    service.set_area_goal(detail.plan.plan_id, AreaKey.NETWORK, "Flytte nær familien", "per")


def _ward(service: PlanService, detail: PlanDetail) -> None:
    plan = detail.plan
    service.update_plan(
        plan.plan_id, plan.patient, plan.kommune_number, "Avdeling C", plan.responsible_staff,
        plan.admission, plan.planned_discharge,
        "per",
    )  # fmt: skip


def _newest_action_done(service: PlanService, detail: PlanDetail) -> None:
    service.update_action(replace(detail.actions[-1], status=ActionStatus.DONE), "per")


def _newest_action_renamed(service: PlanService, detail: PlanDetail) -> None:
    service.update_action(replace(detail.actions[-1], what="Noe helt annet"), "per")


Interference = Callable[[PlanService, PlanDetail], None]

CONFLICTS: dict[str, tuple[Change, Interference]] = {
    "item-note": (_tick, _note),
    "area-light": (_current_light, _housing_red),
    "goal-then-goal": (_goal, _network_goal),
    "goal-then-light": (_goal, _network_red),
    "plan-then-plan": (_planned_discharge, _ward),
    "added-action-changed": (_add_action, _newest_action_done),
    "updated-action-changed": (_update_action, _newest_action_renamed),
}


@pytest.mark.parametrize(("change", "interfere"), list(CONFLICTS.values()), ids=list(CONFLICTS))
def test_undo_of_a_record_changed_since_is_refused_and_stores_nothing(
    context: Context, plan_id: PlanId, change: Change, interfere: Interference
) -> None:
    service = context.service
    edit = _edit(change(service, _plan_with_action(service, plan_id)))
    interfere(service, service.plan_detail(plan_id))
    stored = service.plan_detail(plan_id)
    due = _due_dates(context, plan_id)
    rows = len(audit_trail(context.conn, plan_id))
    with pytest.raises(UndoConflictError):
        service.undo(edit, OLA)
    assert service.plan_detail(plan_id) == stored
    assert _due_dates(context, plan_id) == due
    assert len(audit_trail(context.conn, plan_id)) == rows


REDO_CONFLICTS = {
    name: CONFLICTS[name] for name in ("item-note", "area-light", "goal-then-light", "plan-then-plan")
}


@pytest.mark.parametrize(("change", "interfere"), list(REDO_CONFLICTS.values()), ids=list(REDO_CONFLICTS))
def test_redo_of_a_record_changed_since_the_undo_is_refused_and_stores_nothing(
    context: Context, plan_id: PlanId, change: Change, interfere: Interference
) -> None:
    service = context.service
    edit = _edit(change(service, _plan_with_action(service, plan_id)))
    service.undo(edit, OLA)
    interfere(service, service.plan_detail(plan_id))
    stored = service.plan_detail(plan_id)
    rows = len(audit_trail(context.conn, plan_id))
    with pytest.raises(UndoConflictError):
        service.redo(edit, OLA)
    assert service.plan_detail(plan_id) == stored
    assert len(audit_trail(context.conn, plan_id)) == rows


def test_changes_to_other_records_do_not_block_an_undo(service: PlanService, plan_id: PlanId) -> None:
    detail = service.plan_detail(plan_id)
    edit = _edit(service.set_planned_discharge(plan_id, date.today() + timedelta(days=30), KARI))
    # An item tick and another area's goal bump the plan's version, but not its dates.
    service.set_item_state(detail.items[0].item_id, ItemState.DONE, "per")
    service.set_area_goal(plan_id, AreaKey.HOUSING, "Egen leilighet", "per")
    service.undo(edit, OLA)
    after = service.plan_detail(plan_id)
    assert after.plan.planned_discharge == detail.plan.planned_discharge
    assert after.items[0].state is ItemState.DONE
    assert after.area(AreaKey.HOUSING).goal == "Egen leilighet"


# A chain of changes, undone and redone through the History -----------------


def test_add_update_remove_undone_in_reverse_and_redone_ends_where_it_began(
    context: Context, plan_id: PlanId
) -> None:
    service = context.service
    history = History()
    initial = service.plan_detail(plan_id)
    action_id, added = service.add_action(
        plan_id, AreaKey.ACTIVITY, "Avtale med frivilligsentralen", Responsible.PATIENT, "",
        date.today() + timedelta(days=10),
        KARI,
    )  # fmt: skip
    history.record(_edit(added))
    original = service.plan_detail(plan_id).actions[0]
    history.record(_edit(service.update_action(replace(original, what="Starte på frivilligsentralen"), KARI)))
    updated = service.plan_detail(plan_id).actions[0]
    history.record(_edit(service.remove_action(action_id, KARI)))
    final = service.plan_detail(plan_id)
    assert final.actions == ()
    start = len(audit_trail(context.conn, plan_id))

    seen_after_undo = []
    while (edit := history.next_undo()) is not None:
        service.undo(edit, OLA)
        history.undone()
        seen_after_undo.append(service.plan_detail(plan_id).actions)
    assert seen_after_undo == [(updated,), (original,), ()]
    assert _visible(service.plan_detail(plan_id)) == _visible(initial)

    seen_after_redo = []
    while (edit := history.next_redo()) is not None:
        service.redo(edit, OLA)
        history.redone()
        seen_after_redo.append(service.plan_detail(plan_id).actions)
    assert seen_after_redo == [(original,), (updated,), ()]
    assert _visible(service.plan_detail(plan_id)) == _visible(final)

    trail = audit_trail(context.conn, plan_id)[start:]
    assert [row.action for row in trail] == ["edit.undo"] * 3 + ["edit.redo"] * 3
    assert {row.user for row in trail} == {OLA}


def test_an_action_removed_and_restored_keeps_its_id_for_later_steps(
    service: PlanService, plan_id: PlanId
) -> None:
    action_id, added = service.add_action(
        plan_id, AreaKey.HEALTH, "Time hos fastlege", Responsible.WARD, "", None, KARI
    )
    removed = service.remove_action(action_id, KARI)
    service.undo(_edit(removed), OLA)
    [restored] = service.plan_detail(plan_id).actions
    assert restored.action_id == action_id
    service.undo(_edit(added), OLA)
    assert service.plan_detail(plan_id).actions == ()


# Dates: stored due dates follow the plan, and go back with an undo -----------


def test_moving_planned_discharge_moves_stored_due_dates_and_undo_moves_them_back(
    context: Context, plan_id: PlanId
) -> None:
    service = context.service
    detail = service.plan_detail(plan_id)
    planned = detail.plan.planned_discharge
    assert planned is not None
    original = _due_dates(context, plan_id)
    assert original == [item.due_date(detail.plan).isoformat() for item in detail.items]  # type: ignore[union-attr]

    edit = _edit(service.set_planned_discharge(plan_id, planned + timedelta(days=14), KARI))
    moved = _due_dates(context, plan_id)
    for item, old, new in zip(detail.items, original, moved, strict=True):
        shift = (date.fromisoformat(new) - date.fromisoformat(old)).days  # type: ignore[arg-type]
        assert shift == (14 if item.timing.anchor is TimingAnchor.DISCHARGE else 0), item.key

    service.undo(edit, OLA)
    assert _due_dates(context, plan_id) == original
    service.redo(edit, OLA)
    assert _due_dates(context, plan_id) == moved


def test_unsetting_planned_discharge_clears_discharge_due_dates_until_undone(
    context: Context, plan_id: PlanId
) -> None:
    service = context.service
    detail = service.plan_detail(plan_id)
    original = _due_dates(context, plan_id)
    edit = _edit(service.set_planned_discharge(plan_id, None, KARI))
    cleared = _due_dates(context, plan_id)
    for item, old, new in zip(detail.items, original, cleared, strict=True):
        assert new == (None if item.timing.anchor is TimingAnchor.DISCHARGE else old), item.key
    service.undo(edit, OLA)
    assert _due_dates(context, plan_id) == original


def test_moving_admission_moves_admission_due_dates_and_undo_moves_them_back(
    context: Context, plan_id: PlanId
) -> None:
    service = context.service
    detail = service.plan_detail(plan_id)
    original = _due_dates(context, plan_id)
    edit = _edit(_plan_details(service, detail))  # admission three days earlier
    moved = _due_dates(context, plan_id)
    for item, old, new in zip(detail.items, original, moved, strict=True):
        shift = (date.fromisoformat(new) - date.fromisoformat(old)).days  # type: ignore[arg-type]
        assert shift == (-3 if item.timing.anchor is TimingAnchor.ADMISSION else 0), item.key
    service.undo(edit, OLA)
    assert _due_dates(context, plan_id) == original


def test_overdue_count_follows_an_undone_date_move(service: PlanService, plan_id: PlanId) -> None:
    [summary] = service.list_plans()
    # Admission ten days ago: the six A+3 and six A+7 items are late.
    assert summary.overdue == 12
    edit = _edit(service.set_planned_discharge(plan_id, date.today() + timedelta(days=5), KARI))
    assert service.list_plans()[0].overdue > 12
    service.undo(edit, OLA)
    assert service.list_plans()[0].overdue == 12
