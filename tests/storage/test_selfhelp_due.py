"""The 3-week self-help follow-up as a due item: in the ward overview's counts and in "Denne uken"."""

from __future__ import annotations

from datetime import date, timedelta

from dischargeplanner.app import Context
from dischargeplanner.domain.model import DischargeKind, DueKind, PlanId, PlanStatus
from dischargeplanner.domain.selfhelp_model import FOLLOW_UP_TEXT, FollowUp, FollowUpId, Introduction
from helpers import TEST_USER, MakeDraft, selfhelp_at, service_at

INFORMED = date(2026, 10, 5)


def _informed_plan(context: Context, make_draft: MakeDraft) -> PlanId:
    service = service_at(context, INFORMED)
    plan_id, _ = service.start_plan(
        make_draft(admission=INFORMED - timedelta(days=3), planned_discharge=date(2027, 3, 1)), TEST_USER
    )
    selfhelp_at(context, INFORMED).save_introduction(
        Introduction(plan_id, INFORMED, "Sosionom Test", ("aa",)), TEST_USER
    )
    return plan_id


def _follow_ups_due(context: Context, on: date) -> list[date]:
    return [
        entry.due for entry in service_at(context, on).due_soon() if entry.kind is DueKind.SELF_HELP_FOLLOW_UP
    ]


def _summary(context: Context, plan_id: PlanId, on: date) -> tuple[int, date | None, str]:
    (summary,) = [s for s in service_at(context, on).list_plans() if s.plan_id == plan_id]
    return summary.overdue, summary.next_due, summary.next_due_text


def test_the_follow_up_shows_a_week_ahead_and_is_overdue_after_three_weeks(
    context: Context, make_draft: MakeDraft
) -> None:
    plan_id = _informed_plan(context, make_draft)
    due = INFORMED + timedelta(days=21)

    assert _follow_ups_due(context, INFORMED + timedelta(days=13)) == []
    assert _follow_ups_due(context, INFORMED + timedelta(days=14)) == [due]
    overdue_before = _summary(context, plan_id, due)[0]
    overdue, _next_due, _text = _summary(context, plan_id, due + timedelta(days=1))

    assert overdue == overdue_before + 1
    (entry,) = [
        e
        for e in service_at(context, due + timedelta(days=1)).due_soon()
        if e.kind is DueKind.SELF_HELP_FOLLOW_UP
    ]
    assert entry.text == FOLLOW_UP_TEXT
    assert entry.ref_id == plan_id


def test_a_follow_up_conversation_moves_the_due_date_three_weeks_on(
    context: Context, make_draft: MakeDraft
) -> None:
    plan_id = _informed_plan(context, make_draft)
    talked = INFORMED + timedelta(days=20)
    selfhelp = selfhelp_at(context, talked)

    follow_up_id, _ = selfhelp.add_follow_up(
        FollowUp(FollowUpId(0), plan_id, talked, "Sosionom Test", "Vil prøve et møte"), TEST_USER
    )

    assert _follow_ups_due(context, INFORMED + timedelta(days=25)) == []
    assert _follow_ups_due(context, talked + timedelta(days=14)) == [talked + timedelta(days=21)]
    selfhelp.remove_follow_up(follow_up_id, TEST_USER)
    assert _follow_ups_due(context, INFORMED + timedelta(days=25)) == [INFORMED + timedelta(days=21)]


def test_the_follow_up_is_the_next_date_when_it_comes_first(context: Context, make_draft: MakeDraft) -> None:
    plan_id = _informed_plan(context, make_draft)
    service = service_at(context, INFORMED)
    for item in service.plan_detail(plan_id).items:
        service.set_item_state(item.item_id, item.state.DONE, TEST_USER)

    _overdue, next_due, text = _summary(context, plan_id, INFORMED + timedelta(days=1))

    assert next_due == INFORMED + timedelta(days=21)
    assert text == FOLLOW_UP_TEXT


def test_no_follow_up_is_due_for_an_uninformed_or_discharged_patient(
    context: Context, make_draft: MakeDraft
) -> None:
    service = service_at(context, INFORMED)
    uninformed, _ = service.start_plan(make_draft(admission=INFORMED - timedelta(days=30)), TEST_USER)
    informed = _informed_plan(context, make_draft)
    late = INFORMED + timedelta(days=40)
    assert _follow_ups_due(context, late) == [INFORMED + timedelta(days=21)]

    service_at(context, late).discharge_plan(informed, late, DischargeKind.PLANNED, {}, TEST_USER)

    assert _follow_ups_due(context, late) == []
    assert selfhelp_at(context, late).follow_up_due(informed) is None
    assert selfhelp_at(context, late).follow_up_due(uninformed) is None
    discharged = [
        s for s in service_at(context, late).list_plans((PlanStatus.DISCHARGED,)) if s.plan_id == informed
    ]
    assert discharged[0].overdue == 0
