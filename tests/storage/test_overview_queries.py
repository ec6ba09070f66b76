"""The ward overview's figures (list_plans) and "Denne uken" (due_soon), read from a real SQLite file.

The clock is stopped (helpers.service_at) so "overdue" and "within a week" are exact.
Expected entries are worked out in Python from each plan's timing rules, so the SQL over
stored due dates is checked against an independent path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, timedelta

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.follow_up_call import CALL_TEXT, call_due
from dischargeplanner.domain.model import (
    ActionStatus,
    AreaKey,
    DischargeKind,
    DueEntry,
    DueKind,
    ItemState,
    Patient,
    PlanId,
    PlanStatus,
    PlanSummary,
    Responsible,
    TrafficLight,
)
from dischargeplanner.domain.readiness import overdue_items
from dischargeplanner.domain.services import AreaMoment, PlanService
from helpers import TEST_USER, MakeDraft, service_at

TODAY = date(2026, 3, 16)

Key = tuple[PlanId, DueKind, int, date]
StartPlan = Callable[..., PlanId]


@pytest.fixture
def clocked(context: Context) -> PlanService:
    return service_at(context, TODAY)


@pytest.fixture
def start(clocked: PlanService, make_draft: MakeDraft) -> StartPlan:
    """Start a plan for a named synthetic patient, admitted and planned relative to TODAY."""

    def start_plan(
        name: str, admitted_days_ago: int, planned_in_days: int | None, responsible: str = "Sosionom Test"
    ) -> PlanId:
        draft = make_draft(
            patient=replace(make_draft().patient, name=name),
            responsible_staff=responsible,
            admission=TODAY - timedelta(days=admitted_days_ago),
            planned_discharge=None if planned_in_days is None else TODAY + timedelta(days=planned_in_days),
        )
        plan_id, _ = clocked.start_plan(draft, TEST_USER)
        return plan_id

    return start_plan


def _summary(service: PlanService, plan_id: PlanId) -> PlanSummary:
    [summary] = [row for row in service.list_plans(tuple(PlanStatus)) if row.plan_id == plan_id]
    return summary


def _action(
    service: PlanService,
    plan_id: PlanId,
    what: str,
    in_days: int | None,
    status: ActionStatus = ActionStatus.OPEN,
    responsible_name: str = "",
) -> int:
    deadline = None if in_days is None else TODAY + timedelta(days=in_days)
    action_id, _ = service.add_action(
        plan_id, AreaKey.FINANCES, what, Responsible.NAV, responsible_name, deadline, TEST_USER
    )
    if status is not ActionStatus.OPEN:
        [action] = [row for row in service.plan_detail(plan_id).actions if row.action_id == action_id]
        service.update_action(replace(action, status=status), TEST_USER)
    return action_id


def _expected_due(service: PlanService, plan_ids: list[PlanId], until: date) -> set[Key]:
    """Open items and actions of active plans, and the follow-up call of discharged ones (no call
    is recorded here), dated on or before `until`, worked out from the timing rules."""
    keys: set[Key] = set()
    for plan_id in plan_ids:
        detail = service.plan_detail(plan_id)
        if detail.plan.status is PlanStatus.DISCHARGED:
            call = call_due(detail.plan.actual_discharge, [])
            if call is not None and call <= until:
                keys.add((plan_id, DueKind.FOLLOW_UP_CALL, plan_id, call))
            continue
        for item in detail.items:
            due = item.due_date(detail.plan)
            if due is not None and due <= until and not item.state.is_closed:
                keys.add((plan_id, DueKind.ITEM, item.item_id, due))
        for action in detail.actions:
            if (
                action.deadline is not None
                and action.deadline <= until
                and action.status is ActionStatus.OPEN
            ):
                keys.add((plan_id, DueKind.ACTION, action.action_id, action.deadline))
    return keys


# Overdue ----------------------------------------------------------------------


def test_overdue_counts_open_items_and_open_actions_past_their_date(
    clocked: PlanService, start: StartPlan
) -> None:
    plan_id = start("Testa Testesen", 10, 60)
    # Ten days in: the six A+3 and six A+7 items are late.
    assert _summary(clocked, plan_id).overdue == 12
    late = overdue_items(clocked.plan_detail(plan_id), TODAY)
    clocked.set_item_state(late[0].item_id, ItemState.DONE, TEST_USER)
    clocked.set_item_state(late[1].item_id, ItemState.NOT_APPLICABLE, TEST_USER, "Har egen bolig")
    clocked.set_item_state(late[2].item_id, ItemState.IN_PROGRESS, TEST_USER)
    _action(clocked, plan_id, "Søke sosialhjelp", -1)
    _action(clocked, plan_id, "Ringe NAV", -3)
    _action(clocked, plan_id, "Frist i dag", 0)
    _action(clocked, plan_id, "Ferdig", -5, ActionStatus.DONE)
    _action(clocked, plan_id, "Avlyst", -5, ActionStatus.CANCELLED)
    _action(clocked, plan_id, "Uten frist", None)
    _action(clocked, plan_id, "Neste uke", 3)
    assert _summary(clocked, plan_id).overdue == 10 + 2
    assert len(overdue_items(clocked.plan_detail(plan_id), TODAY)) == 10


def test_an_item_due_today_is_not_overdue_until_tomorrow(context: Context, start: StartPlan) -> None:
    plan_id = start("Testa Testesen", 3, 60)
    assert _summary(service_at(context, TODAY), plan_id).overdue == 0
    assert _summary(service_at(context, TODAY + timedelta(days=1)), plan_id).overdue == 6


def test_overdue_follows_a_moved_planned_discharge(clocked: PlanService, start: StartPlan) -> None:
    plan_id = start("Testa Testesen", 2, 60)
    assert _summary(clocked, plan_id).overdue == 0
    clocked.set_planned_discharge(plan_id, TODAY + timedelta(days=6), TEST_USER)
    detail = clocked.plan_detail(plan_id)
    expected = len(overdue_items(detail, TODAY))
    assert expected > 0
    assert _summary(clocked, plan_id).overdue == expected


def test_a_discharged_plan_has_nothing_overdue_and_only_the_follow_up_call_next(
    clocked: PlanService, start: StartPlan
) -> None:
    plan_id = start("Testa Testesen", 30, 10)
    _action(clocked, plan_id, "Søke sosialhjelp", -1)
    assert _summary(clocked, plan_id).overdue > 0
    clocked.discharge_plan(plan_id, TODAY, DischargeKind.PLANNED, {}, TEST_USER)
    summary = _summary(clocked, plan_id)
    assert (summary.status, summary.overdue, summary.next_due, summary.next_due_text) == (
        PlanStatus.DISCHARGED, 0, TODAY + timedelta(days=2), CALL_TEXT,
    )  # fmt: skip
    assert summary.actual_discharge == TODAY


# Next due -----------------------------------------------------------------------


def test_next_due_is_the_earliest_open_dated_item_or_action(clocked: PlanService, start: StartPlan) -> None:
    plan_id = start("Testa Testesen", 10, 60)
    detail = clocked.plan_detail(plan_id)
    by_key = {item.key: item for item in detail.items}

    summary = _summary(clocked, plan_id)
    assert (summary.next_due, summary.next_due_text) == (
        TODAY - timedelta(days=7), by_key["housing.situation_mapped"].text,
    )  # fmt: skip

    action_id = _action(clocked, plan_id, "Søke nødhjelp", -8)
    summary = _summary(clocked, plan_id)
    assert (summary.next_due, summary.next_due_text) == (TODAY - timedelta(days=8), "Søke nødhjelp")

    [action] = clocked.plan_detail(plan_id).actions
    assert action.action_id == action_id
    clocked.update_action(replace(action, status=ActionStatus.DONE), TEST_USER)
    assert _summary(clocked, plan_id).next_due_text == by_key["housing.situation_mapped"].text

    # Close every A+3 item and the first A+7 one: next comes a required A+7 item, not the
    # optional one that stands earlier in the checklist.
    for item in detail.items:
        if item.timing.encode() == "A+3" or item.key == "housing.tenancy_secured":
            clocked.set_item_state(item.item_id, ItemState.DONE, TEST_USER)
    summary = _summary(clocked, plan_id)
    assert (summary.next_due, summary.next_due_text) == (
        TODAY - timedelta(days=3), by_key["finances.income_during_stay"].text,
    )  # fmt: skip


def test_next_due_ignores_items_without_a_date(clocked: PlanService, start: StartPlan) -> None:
    plan_id = start("Testa Testesen", 0, None)
    detail = clocked.plan_detail(plan_id)
    for item in detail.items:
        if item.due_date(detail.plan) is not None:
            clocked.set_item_state(item.item_id, ItemState.DONE, TEST_USER)
    summary = _summary(clocked, plan_id)
    assert (summary.next_due, summary.next_due_text, summary.overdue) == (None, "", 0)
    _action(clocked, plan_id, "Uten frist", None)
    assert _summary(clocked, plan_id).next_due is None
    _action(clocked, plan_id, "Søke bostøtte", 9)
    summary = _summary(clocked, plan_id)
    assert (summary.next_due, summary.next_due_text) == (TODAY + timedelta(days=9), "Søke bostøtte")


# Area lights ----------------------------------------------------------------------


def test_area_lights_show_the_current_status_of_an_active_plan(
    clocked: PlanService, start: StartPlan
) -> None:
    plan_id = start("Testa Testesen", 10, 60)
    clocked.set_area_status(
        plan_id, AreaKey.FINANCES, AreaMoment.CURRENT, TrafficLight.RED, "Gjeld", TEST_USER
    )
    clocked.set_area_status(plan_id, AreaKey.CRISIS, AreaMoment.CURRENT, TrafficLight.YELLOW, "", TEST_USER)
    clocked.set_area_status(plan_id, AreaKey.HOUSING, AreaMoment.ADMISSION, TrafficLight.GREEN, "", TEST_USER)
    lights = _summary(clocked, plan_id).area_lights
    assert [area for area, _ in lights] == list(AreaKey)
    assert dict(lights) == {
        **dict.fromkeys(AreaKey, TrafficLight.NOT_ASSESSED),
        AreaKey.FINANCES: TrafficLight.RED,
        AreaKey.CRISIS: TrafficLight.YELLOW,
    }


def test_area_lights_show_the_status_at_discharge_of_an_ended_plan(
    clocked: PlanService, start: StartPlan
) -> None:
    plan_id = start("Testa Testesen", 10, 60)
    clocked.set_area_status(
        plan_id, AreaKey.FINANCES, AreaMoment.CURRENT, TrafficLight.RED, "Gjeld", TEST_USER
    )
    clocked.discharge_plan(
        plan_id,
        TODAY,
        DischargeKind.UNPLANNED,
        {AreaKey.HOUSING: (TrafficLight.GREEN, ""), AreaKey.NETWORK: (TrafficLight.YELLOW, "")},
        TEST_USER,
    )
    lights = _summary(clocked, plan_id).area_lights
    assert [area for area, _ in lights] == list(AreaKey)
    assert dict(lights) == {
        **dict.fromkeys(AreaKey, TrafficLight.NOT_ASSESSED),
        AreaKey.HOUSING: TrafficLight.GREEN,
        AreaKey.NETWORK: TrafficLight.YELLOW,
    }
    clocked.reopen_plan(plan_id, "Kom tilbake", TEST_USER)
    assert dict(_summary(clocked, plan_id).area_lights)[AreaKey.FINANCES] is TrafficLight.RED


def test_list_plans_filters_by_status(clocked: PlanService, start: StartPlan) -> None:
    active = start("Anne Testesen", 10, 60)
    ended = start("Bjørn Prøvesen", 10, 60)
    archived = start("Cecilie Prøve", 10, 60)
    clocked.discharge_plan(ended, TODAY, DischargeKind.PLANNED, {}, TEST_USER)
    clocked.set_status(archived, PlanStatus.ARCHIVED, TEST_USER)
    assert [row.plan_id for row in clocked.list_plans((PlanStatus.ACTIVE,))] == [active]
    assert [row.plan_id for row in clocked.list_plans((PlanStatus.DISCHARGED,))] == [ended]
    both = clocked.list_plans((PlanStatus.DISCHARGED, PlanStatus.ARCHIVED))
    assert {row.plan_id for row in both} == {ended, archived}


# Due soon ("Denne uken") -------------------------------------------------------------


@pytest.fixture
def ward(clocked: PlanService, start: StartPlan) -> dict[str, PlanId]:
    """Plans started out of name order, one of them discharged, with actions of every kind."""
    plans = {
        "Bjørn": start("Bjørn Prøvesen", 10, 60),
        "Anne": start("Anne Testesen", 2, 6, responsible="Annen Ansatt"),
        "Cecilie": start("Cecilie Utskrevet", 20, 2),
        "Dag": start("Dag Senere", 0, None, responsible="Sosionom Annen"),
    }
    _action(clocked, plans["Bjørn"], "Søke sosialhjelp", -2)
    _action(clocked, plans["Bjørn"], "Om en uke", 7)
    _action(clocked, plans["Bjørn"], "Om åtte dager", 8)
    _action(clocked, plans["Bjørn"], "Ferdig", 1, ActionStatus.DONE)
    _action(clocked, plans["Bjørn"], "Avlyst", 1, ActionStatus.CANCELLED)
    _action(clocked, plans["Bjørn"], "Uten frist", None)
    _action(clocked, plans["Cecilie"], "Før utskrivning", 1)
    first = overdue_items(clocked.plan_detail(plans["Bjørn"]), TODAY)[0]
    clocked.set_item_state(first.item_id, ItemState.DONE, TEST_USER)
    clocked.discharge_plan(plans["Cecilie"], TODAY, DischargeKind.PLANNED, {}, TEST_USER)
    return plans


def _keys(entries: Iterable[DueEntry]) -> set[Key]:
    return {(entry.plan_id, entry.kind, entry.ref_id, entry.due) for entry in entries}


def test_due_soon_holds_overdue_and_this_weeks_open_items_and_actions_of_active_plans(
    clocked: PlanService, ward: dict[str, PlanId]
) -> None:
    entries = clocked.due_soon(days=7)
    assert _keys(entries) == _expected_due(clocked, list(ward.values()), TODAY + timedelta(days=7))
    assert len(entries) == len(_keys(entries))
    texts = {entry.text for entry in entries}
    assert {"Søke sosialhjelp", "Om en uke"} <= texts
    assert texts.isdisjoint({"Om åtte dager", "Ferdig", "Avlyst", "Uten frist", "Før utskrivning"})
    # Of the discharged plan only the follow-up call, two days after discharge.
    cecilie = [(entry.kind, entry.due) for entry in entries if entry.plan_id == ward["Cecilie"]]
    assert cecilie == [(DueKind.FOLLOW_UP_CALL, TODAY + timedelta(days=2))]
    # Overdue and the last day of the week are both in.
    assert min(entry.due for entry in entries) < TODAY
    assert max(entry.due for entry in entries) == TODAY + timedelta(days=7)


def test_due_soon_leaves_out_closed_items(clocked: PlanService, ward: dict[str, PlanId]) -> None:
    detail = clocked.plan_detail(ward["Bjørn"])
    closed = {item.item_id for item in detail.items if item.state.is_closed}
    assert closed
    item_ids = {entry.ref_id for entry in clocked.due_soon() if entry.kind is DueKind.ITEM}
    assert closed.isdisjoint(item_ids)


@pytest.mark.parametrize("days", [0, 3, 14])
def test_due_soon_looks_as_many_days_ahead_as_asked(
    clocked: PlanService, ward: dict[str, PlanId], days: int
) -> None:
    until = TODAY + timedelta(days=days)
    assert _keys(clocked.due_soon(days=days)) == _expected_due(clocked, list(ward.values()), until)


def test_due_soon_is_sorted_by_patient_then_date(clocked: PlanService, ward: dict[str, PlanId]) -> None:
    entries = clocked.due_soon()
    names = [entry.patient_name for entry in entries]
    assert list(dict.fromkeys(names)) == [
        "Anne Testesen",
        "Bjørn Prøvesen",
        "Cecilie Utskrevet",
        "Dag Senere",
    ]
    for name in set(names):
        dates = [entry.due for entry in entries if entry.patient_name == name]
        assert dates == sorted(dates), name


def test_due_soon_entries_say_what_where_and_who(clocked: PlanService, ward: dict[str, PlanId]) -> None:
    entries = clocked.due_soon()
    details = {plan_id: clocked.plan_detail(plan_id) for plan_id in ward.values()}
    for entry in entries:
        detail = details[entry.plan_id]
        assert entry.area_title == detail.area(entry.area).title != ""
        assert entry.patient_name == detail.plan.patient.name
        assert entry.responsible_staff == detail.plan.responsible_staff
        if entry.kind is DueKind.ITEM:
            [item] = [item for item in detail.items if item.item_id == entry.ref_id]
            assert (entry.text, entry.area, entry.required, entry.responsible) == (
                item.text, item.area, item.required, item.responsible,
            )  # fmt: skip
        elif entry.kind is DueKind.FOLLOW_UP_CALL:
            assert (entry.ref_id, entry.text, entry.area, entry.responsible) == (
                entry.plan_id, CALL_TEXT, AreaKey.COORDINATION, Responsible.WARD,
            )  # fmt: skip
        else:
            [action] = [action for action in detail.actions if action.action_id == entry.ref_id]
            assert (entry.text, entry.area, entry.responsible) == (
                action.what,
                action.area,
                action.responsible,
            )
    assert {entry.area_title for entry in entries if entry.area is AreaKey.HOUSING} == {"Bolig"}
    assert {entry.area_title for entry in entries if entry.area is AreaKey.FINANCES} == {"Økonomi"}


def test_due_soon_for_one_person_keeps_their_plans_and_what_names_them(
    clocked: PlanService, ward: dict[str, PlanId]
) -> None:
    anne = clocked.plan_detail(ward["Anne"])
    named, other = overdue_items(anne, TODAY)[:2]
    for item, name in ((named, " sosionom TEST "), (other, "Vera Veileder")):
        clocked.update_item(item.item_id, item.state, "", item.responsible, name, "", TEST_USER)
    action_id = _action(clocked, ward["Anne"], "Møte med NAV", 2, responsible_name="SOSIONOM TEST")
    _action(clocked, ward["Dag"], "Ikke mitt", 2, responsible_name="Sosionom Annen")

    mine = clocked.due_soon(responsible="  Sosionom test ")
    everything = clocked.due_soon()
    expected = {
        (entry.plan_id, entry.kind, entry.ref_id)
        for entry in everything
        if entry.plan_id in (ward["Bjørn"], ward["Cecilie"])
        or (entry.kind, entry.ref_id) in {(DueKind.ITEM, named.item_id), (DueKind.ACTION, action_id)}
    }
    assert {(entry.plan_id, entry.kind, entry.ref_id) for entry in mine} == expected
    assert len(expected) > 3
    assert [entry for entry in everything if _keys([entry]) <= _keys(mine)] == mine

    [veras] = clocked.due_soon(responsible="vera veileder")
    assert (veras.kind, veras.ref_id) == (DueKind.ITEM, other.item_id)
    assert clocked.due_soon(responsible="Ingen Ansatt") == []


def test_due_soon_keeps_only_the_follow_up_call_of_a_discharged_plan(
    clocked: PlanService, ward: dict[str, PlanId]
) -> None:
    def kinds() -> set[DueKind]:
        return {entry.kind for entry in clocked.due_soon() if entry.plan_id == ward["Bjørn"]}

    assert {DueKind.ITEM, DueKind.ACTION} <= kinds()
    clocked.discharge_plan(ward["Bjørn"], TODAY, DischargeKind.UNPLANNED, {}, TEST_USER)
    assert kinds() == {DueKind.FOLLOW_UP_CALL}
    clocked.reopen_plan(ward["Bjørn"], "Kom tilbake", TEST_USER)
    assert {DueKind.ITEM, DueKind.ACTION} <= kinds()
    assert DueKind.FOLLOW_UP_CALL not in kinds()


def test_due_soon_follows_a_renamed_patient(clocked: PlanService, ward: dict[str, PlanId]) -> None:
    plan = clocked.plan_detail(ward["Dag"]).plan
    clocked.update_plan(
        plan.plan_id, Patient("Aase Først", plan.patient.fodselsnummer), plan.kommune_number, plan.ward,
        plan.responsible_staff, plan.admission, plan.planned_discharge,
        TEST_USER,
    )  # fmt: skip
    assert clocked.due_soon()[0].patient_name == "Aase Først"
