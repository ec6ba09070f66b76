"""Self-help through the service over a real database: each plan's introduction and the ward's directory."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.model import AreaKey, DischargeKind, PlanId, PlanStatus
from dischargeplanner.domain.selfhelp import GroupFilter, SelfHelpService, find_groups
from dischargeplanner.domain.selfhelp_model import (
    FOLLOW_UP_TEXT,
    Audience,
    FollowUp,
    FollowUpId,
    GroupId,
    Introduction,
    LocalGroup,
    MeetingMode,
    MeetingTime,
    PatientView,
    Visit,
    VisitId,
    months_before,
)
from dischargeplanner.domain.services import NotFoundError, Problem, ValidationError
from dischargeplanner.storage.audit import audit_trail
from helpers import TEST_USER, MakeDraft, selfhelp_at, service_at

TODAY = date(2026, 11, 2)
THREE_WEEKS = timedelta(days=21)
EVERYONE = ["oslo_aa", "oslo_alanon", "oslo_na", "bergen_family", "trondheim_aa", "online"]


@pytest.fixture
def selfhelp(context: Context) -> SelfHelpService:
    return selfhelp_at(context, TODAY)


@pytest.fixture
def plan(context: Context, make_draft: MakeDraft) -> PlanId:
    draft = make_draft(admission=TODAY - timedelta(days=40), planned_discharge=TODAY + timedelta(days=30))
    plan_id, _ = service_at(context, TODAY).start_plan(draft, TEST_USER)
    return plan_id


def group(**overrides: object) -> LocalGroup:
    fields: dict[str, object] = {
        "group_id": GroupId(0),
        "organisation": "aa",
        "name": "Tirsdagsgruppa",
        "kommune_number": "0301",
        "meetings": (MeetingTime(1, time(19)),),
        "verified_on": TODAY - timedelta(days=30),
        "verified_by": "Kari Test",
    }
    fields.update(overrides)
    return LocalGroup(**fields)  # type: ignore[arg-type]


def informed(plan_id: PlanId, **overrides: object) -> Introduction:
    fields: dict[str, object] = {
        "plan_id": plan_id,
        "informed_on": TODAY - timedelta(days=30),
        "informed_by": "Sosionom Test",
        "organisations": ("aa", "na"),
    }
    fields.update(overrides)
    return Introduction(**fields)  # type: ignore[arg-type]


def follow_up(plan_id: PlanId, day: date, **overrides: object) -> FollowUp:
    fields: dict[str, object] = {"follow_up_id": FollowUpId(0), "plan_id": plan_id, "day": day, "by": "Kari"}
    fields.update(overrides)
    return FollowUp(**fields)  # type: ignore[arg-type]


def stored_due(context: Context, plan_id: PlanId) -> date | None:
    """The due date the overview and "Denne uken" read, straight from the table."""
    row = context.conn.execute(
        "SELECT follow_up_due FROM selfhelp_introduction WHERE plan_id = ?", (plan_id,)
    ).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def problems(refused: pytest.ExceptionInfo[ValidationError]) -> set[Problem]:
    return {issue.problem for issue in refused.value.issues}


# The introduction ----------------------------------------------------------------


def test_an_introduction_is_stored_cleaned_and_logged(
    selfhelp: SelfHelpService, plan: PlanId, context: Context
) -> None:
    version = context.service.plan_detail(plan).plan.version
    changes = selfhelp.save_introduction(
        informed(
            plan,
            informed_by="  Sosionom Test ",
            organisations=("aa", "na", "aa"),
            material=" Brosjyre fra AA ",
            view=PatientView.UNSURE,
            own_words=" Vil tenke på det ",
        ),
        TEST_USER,
    )
    assert selfhelp.introduction(plan) == informed(
        plan, material="Brosjyre fra AA", view=PatientView.UNSURE, own_words="Vil tenke på det"
    )
    assert changes.plan_ids == {plan}
    assert changes.areas == {AreaKey.SELF_HELP}
    assert context.service.plan_detail(plan).plan.version == version + 1
    assert audit_trail(context.conn, plan)[-1].action == "selfhelp.introduction"


def test_a_plan_without_an_introduction_reads_as_not_informed(
    selfhelp: SelfHelpService, plan: PlanId
) -> None:
    assert selfhelp.introduction(plan) == Introduction(plan)
    assert not selfhelp.introduction(plan).informed
    assert selfhelp.follow_up_due(plan) is None


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"informed_on": None}, Problem.SELFHELP_INFORMED_DATE_MISSING),
        (
            {"informed_on": None, "organisations": (), "material": "Brosjyre"},
            Problem.SELFHELP_INFORMED_DATE_MISSING,
        ),
        ({"informed_on": TODAY + timedelta(days=1)}, Problem.DATE_IN_FUTURE),
        ({"informed_by": "  "}, Problem.SELFHELP_INFORMED_BY_MISSING),
        ({"contact_name": "Fadder Test"}, Problem.SELFHELP_CONTACT_WITHOUT_CONSENT),
        ({"contact_phone": "12 34 56 78"}, Problem.SELFHELP_CONTACT_WITHOUT_CONSENT),
        ({"contact_consent": True, "contact_phone": "ring meg"}, Problem.PHONE_INVALID),
        ({"first_day": TODAY + timedelta(days=3)}, Problem.SELFHELP_FIRST_GROUP_MISSING),
    ],
)
def test_an_introduction_that_cannot_be_right_is_refused_and_nothing_is_stored(
    selfhelp: SelfHelpService, plan: PlanId, context: Context, overrides: dict[str, object], problem: Problem
) -> None:
    with pytest.raises(ValidationError) as refused:
        selfhelp.save_introduction(informed(plan, **overrides), TEST_USER)
    assert problem in problems(refused)
    assert selfhelp.introduction(plan) == Introduction(plan)
    assert stored_due(context, plan) is None


def test_a_contact_person_is_kept_only_with_the_patients_consent(
    selfhelp: SelfHelpService, plan: PlanId
) -> None:
    selfhelp.save_introduction(
        informed(plan, contact_consent=True, contact_name=" Fadder   Test ", contact_phone=" 12 34 56 78 "),
        TEST_USER,
    )
    stored = selfhelp.introduction(plan)
    assert (stored.contact_name, stored.contact_phone) == ("Fadder Test", "12 34 56 78")
    with pytest.raises(ValidationError) as refused:
        selfhelp.save_introduction(replace(stored, contact_consent=False), TEST_USER)
    assert problems(refused) == {Problem.SELFHELP_CONTACT_WITHOUT_CONSENT}
    selfhelp.save_introduction(
        replace(stored, contact_consent=False, contact_name="", contact_phone=""), TEST_USER
    )
    assert selfhelp.introduction(plan).contact_name == ""


def test_a_first_meeting_names_the_group_and_keeps_time_and_companion_only_when_they_apply(
    selfhelp: SelfHelpService, plan: PlanId
) -> None:
    group_id = selfhelp.add_group(group(), TEST_USER)
    first_day = TODAY + timedelta(days=1)
    selfhelp.save_introduction(
        informed(
            plan,
            groups=(group_id, group_id),
            first_group=group_id,
            first_day=first_day,
            first_time=time(19),
            accompanied=True,
            companion=" Miljøterapeut ",
        ),
        TEST_USER,
    )
    stored = selfhelp.introduction(plan)
    assert stored.groups == (group_id,)
    assert (stored.first_group, stored.first_day, stored.first_time) == (group_id, first_day, time(19))
    assert stored.companion == "Miljøterapeut"
    assert stored.has_first_meeting
    selfhelp.save_introduction(replace(stored, first_day=None, accompanied=False), TEST_USER)
    stored = selfhelp.introduction(plan)
    assert (stored.first_group, stored.first_day, stored.first_time, stored.companion) == (
        group_id,
        None,
        None,
        "",
    )


# Follow-up conversations and when the next is due -----------------------------------------


def test_the_next_follow_up_is_due_three_weeks_after_informing_or_the_latest_conversation(
    selfhelp: SelfHelpService, plan: PlanId, context: Context
) -> None:
    def due() -> date | None:
        assert selfhelp.follow_up_due(plan) == stored_due(context, plan)
        return stored_due(context, plan)

    informed_on = TODAY - timedelta(days=30)
    selfhelp.save_introduction(informed(plan, informed_on=informed_on), TEST_USER)
    assert due() == informed_on + THREE_WEEKS  # overdue: nine days ago

    latest, _ = selfhelp.add_follow_up(follow_up(plan, TODAY - timedelta(days=10)), TEST_USER)
    assert due() == TODAY + timedelta(days=11)
    earlier, _ = selfhelp.add_follow_up(follow_up(plan, TODAY - timedelta(days=20)), TEST_USER)
    assert due() == TODAY + timedelta(days=11)  # an earlier conversation does not move it

    selfhelp.update_follow_up(follow_up(plan, TODAY - timedelta(days=2), follow_up_id=latest), TEST_USER)
    assert due() == TODAY + timedelta(days=19)
    selfhelp.remove_follow_up(latest, TEST_USER)
    assert due() == TODAY - timedelta(days=20) + THREE_WEEKS
    selfhelp.remove_follow_up(earlier, TEST_USER)
    assert due() == informed_on + THREE_WEEKS
    assert [record.action for record in audit_trail(context.conn, plan)[-5:]] == [
        "selfhelp.follow_up.add",
        "selfhelp.follow_up.add",
        "selfhelp.follow_up.update",
        "selfhelp.follow_up.remove",
        "selfhelp.follow_up.remove",
    ]


def test_moving_the_informed_date_moves_the_due_date(
    selfhelp: SelfHelpService, plan: PlanId, context: Context
) -> None:
    selfhelp.save_introduction(informed(plan), TEST_USER)
    selfhelp.save_introduction(informed(plan, informed_on=TODAY - timedelta(days=3)), TEST_USER)
    assert stored_due(context, plan) == TODAY + timedelta(days=18)


@pytest.mark.parametrize(
    ("day", "overrides", "problem"),
    [
        (TODAY - timedelta(days=31), {}, Problem.SELFHELP_FOLLOW_UP_BEFORE_INFORMED),
        (TODAY + timedelta(days=1), {}, Problem.DATE_IN_FUTURE),
        (TODAY, {"by": "  "}, Problem.SELFHELP_FOLLOW_UP_BY_MISSING),
    ],
)
def test_a_follow_up_that_cannot_be_right_is_refused(
    selfhelp: SelfHelpService,
    plan: PlanId,
    context: Context,
    day: date,
    overrides: dict[str, object],
    problem: Problem,
) -> None:
    selfhelp.save_introduction(informed(plan), TEST_USER)
    with pytest.raises(ValidationError) as refused:
        selfhelp.add_follow_up(follow_up(plan, day, **overrides), TEST_USER)
    assert problems(refused) == {problem}
    assert selfhelp.follow_ups(plan) == []
    assert stored_due(context, plan) == TODAY - timedelta(days=30) + THREE_WEEKS


def test_a_follow_up_needs_the_patient_to_have_been_informed_first(
    selfhelp: SelfHelpService, plan: PlanId
) -> None:
    with pytest.raises(ValidationError) as refused:
        selfhelp.add_follow_up(follow_up(plan, TODAY), TEST_USER)
    assert problems(refused) == {Problem.SELFHELP_FOLLOW_UP_BEFORE_INFORMED}
    assert selfhelp.follow_ups(plan) == []


def test_the_informed_date_cannot_move_after_a_follow_up_conversation(
    selfhelp: SelfHelpService, plan: PlanId, context: Context
) -> None:
    selfhelp.save_introduction(informed(plan), TEST_USER)
    selfhelp.add_follow_up(follow_up(plan, TODAY - timedelta(days=10)), TEST_USER)
    with pytest.raises(ValidationError) as refused:
        selfhelp.save_introduction(informed(plan, informed_on=TODAY - timedelta(days=5)), TEST_USER)
    assert problems(refused) == {Problem.SELFHELP_FOLLOW_UP_BEFORE_INFORMED}
    assert selfhelp.introduction(plan).informed_on == TODAY - timedelta(days=30)
    assert stored_due(context, plan) == TODAY + timedelta(days=11)


def test_a_follow_up_due_shows_in_this_week_until_the_patient_is_discharged(
    selfhelp: SelfHelpService, plan: PlanId, context: Context
) -> None:
    selfhelp.save_introduction(informed(plan, informed_on=TODAY - timedelta(days=16)), TEST_USER)
    service = service_at(context, TODAY)
    this_week = [entry for entry in service.due_soon(7) if entry.text == FOLLOW_UP_TEXT]
    assert [(entry.plan_id, entry.due) for entry in this_week] == [(plan, TODAY + timedelta(days=5))]

    service.discharge_plan(plan, TODAY, DischargeKind.PLANNED, {}, TEST_USER)

    assert selfhelp.follow_up_due(plan) is None
    assert [entry for entry in service.due_soon(7) if entry.text == FOLLOW_UP_TEXT] == []
    # A conversation held before discharge can still be written down afterwards.
    selfhelp.add_follow_up(follow_up(plan, TODAY - timedelta(days=1)), TEST_USER)
    assert [f.day for f in selfhelp.follow_ups(plan)] == [TODAY - timedelta(days=1)]


def test_an_archived_plan_cannot_be_changed(
    selfhelp: SelfHelpService, plan: PlanId, context: Context
) -> None:
    selfhelp.save_introduction(informed(plan), TEST_USER)
    follow_up_id, _ = selfhelp.add_follow_up(follow_up(plan, TODAY - timedelta(days=3)), TEST_USER)
    visit_id, _ = selfhelp.add_visit(Visit(VisitId(0), plan, TODAY, None, "NA Sentrum"), TEST_USER)
    service_at(context, TODAY).set_status(plan, PlanStatus.ARCHIVED, TEST_USER)
    trail = audit_trail(context.conn, plan)

    attempts = [
        lambda: selfhelp.save_introduction(informed(plan, material="Ny brosjyre"), TEST_USER),
        lambda: selfhelp.add_follow_up(follow_up(plan, TODAY), TEST_USER),
        lambda: selfhelp.update_follow_up(follow_up(plan, TODAY, follow_up_id=follow_up_id), TEST_USER),
        lambda: selfhelp.remove_follow_up(follow_up_id, TEST_USER),
        lambda: selfhelp.add_visit(Visit(VisitId(0), plan, TODAY, None, "AA Nord"), TEST_USER),
        lambda: selfhelp.remove_visit(visit_id, TEST_USER),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert problems(refused) == {Problem.PLAN_NOT_ACTIVE}
    assert selfhelp.introduction(plan) == informed(plan)
    assert len(selfhelp.follow_ups(plan)) == 1
    assert len(selfhelp.visits(plan)) == 1
    assert audit_trail(context.conn, plan) == trail
    assert selfhelp.follow_up_due(plan) is None


# Meetings visited during the stay ------------------------------------------------------


def test_visits_name_a_directory_group_or_one_written_in(
    selfhelp: SelfHelpService, plan: PlanId, context: Context
) -> None:
    group_id = selfhelp.add_group(group(), TEST_USER)
    later, _ = selfhelp.add_visit(Visit(VisitId(0), plan, TODAY, group_id, "", " Miljøterapeut "), TEST_USER)
    earlier, _ = selfhelp.add_visit(
        Visit(VisitId(0), plan, TODAY - timedelta(days=7), None, " NA  Nord "), TEST_USER
    )
    assert selfhelp.visits(plan) == [
        Visit(earlier, plan, TODAY - timedelta(days=7), None, "NA Nord"),
        Visit(later, plan, TODAY, group_id, "", "Miljøterapeut"),
    ]
    selfhelp.update_visit(Visit(earlier, plan, TODAY - timedelta(days=6), None, "NA Nord", "Kari"), TEST_USER)
    selfhelp.remove_visit(later, TEST_USER)
    assert selfhelp.visits(plan) == [Visit(earlier, plan, TODAY - timedelta(days=6), None, "NA Nord", "Kari")]
    assert [r.action for r in audit_trail(context.conn, plan)[-4:]] == [
        "selfhelp.visit.add",
        "selfhelp.visit.add",
        "selfhelp.visit.update",
        "selfhelp.visit.remove",
    ]


@pytest.mark.parametrize(
    ("visit", "problem"),
    [
        (Visit(VisitId(0), PlanId(0), TODAY, None, "  "), Problem.SELFHELP_VISIT_GROUP_MISSING),
        (Visit(VisitId(0), PlanId(0), TODAY + timedelta(days=1), None, "AA"), Problem.DATE_IN_FUTURE),
    ],
)
def test_a_visit_that_cannot_be_right_is_refused(
    selfhelp: SelfHelpService, plan: PlanId, visit: Visit, problem: Problem
) -> None:
    with pytest.raises(ValidationError) as refused:
        selfhelp.add_visit(replace(visit, plan_id=plan), TEST_USER)
    assert problems(refused) == {problem}
    assert selfhelp.visits(plan) == []


def test_a_visit_to_a_group_not_in_the_directory_is_refused(selfhelp: SelfHelpService, plan: PlanId) -> None:
    with pytest.raises(NotFoundError):
        selfhelp.add_visit(Visit(VisitId(0), plan, TODAY, GroupId(404), ""), TEST_USER)
    assert selfhelp.visits(plan) == []


# The directory ----------------------------------------------------------------------------


def test_a_group_is_added_cleaned_and_logged_without_a_plan(
    selfhelp: SelfHelpService, context: Context
) -> None:
    group_id = selfhelp.add_group(
        group(
            name="  Tirsdags   gruppa ", meetings=(MeetingTime(3), MeetingTime(1, time(19)), MeetingTime(3))
        ),
        TEST_USER,
    )
    assert selfhelp.group(group_id) == group(
        group_id=group_id, name="Tirsdags gruppa", meetings=(MeetingTime(1, time(19)), MeetingTime(3))
    )
    assert selfhelp.groups() == [selfhelp.group(group_id)]
    last = audit_trail(context.conn)[-1]
    assert (last.action, last.plan_id, last.detail) == ("selfhelp.group.add", None, "Tirsdags gruppa")


def test_the_same_group_twice_is_refused_but_the_same_name_elsewhere_is_not(
    selfhelp: SelfHelpService,
) -> None:
    first = selfhelp.add_group(group(), TEST_USER)
    with pytest.raises(ValidationError) as refused:
        selfhelp.add_group(group(name=" TIRSDAGSGRUPPA", address="Annen adresse"), TEST_USER)
    assert problems(refused) == {Problem.GROUP_DUPLICATE}
    selfhelp.add_group(group(kommune_number="4601"), TEST_USER)
    selfhelp.add_group(group(organisation="na"), TEST_USER)
    assert len(selfhelp.groups()) == 3
    # Renaming another entry into the first one's name is the same duplicate.
    other = selfhelp.add_group(group(name="Onsdagsgruppa"), TEST_USER)
    with pytest.raises(ValidationError):
        selfhelp.update_group(replace(selfhelp.group(other), name="Tirsdagsgruppa"), TEST_USER)
    # Once removed, the entry no longer blocks a new one.
    selfhelp.remove_group(first, TEST_USER)
    selfhelp.add_group(group(), TEST_USER)


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"organisation": " "}, Problem.GROUP_ORGANISATION_MISSING),
        ({"name": ""}, Problem.GROUP_NAME_MISSING),
        ({"kommune_number": "9999"}, Problem.KOMMUNE_UNKNOWN),
        ({"meetings": (MeetingTime(7),)}, Problem.GROUP_WEEKDAY_INVALID),
        ({"phone": "ring Kari"}, Problem.PHONE_INVALID),
        ({"verified_on": TODAY + timedelta(days=1)}, Problem.DATE_IN_FUTURE),
        ({"verified_by": " "}, Problem.GROUP_VERIFIED_BY_MISSING),
    ],
)
def test_a_group_that_cannot_be_right_is_refused(
    selfhelp: SelfHelpService, overrides: dict[str, object], problem: Problem
) -> None:
    with pytest.raises(ValidationError) as refused:
        selfhelp.add_group(group(**overrides), TEST_USER)
    assert problems(refused) == {problem}
    assert selfhelp.groups() == []


def test_an_online_group_has_no_kommune(selfhelp: SelfHelpService) -> None:
    group_id = selfhelp.add_group(group(kommune_number=None, mode=MeetingMode.ONLINE, address=""), TEST_USER)
    assert selfhelp.group(group_id).kommune_number is None


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 8, 31), 6, date(2026, 2, 28)),
        (date(2028, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2026, 10, 31), 1, date(2026, 9, 30)),
        (date(2026, 1, 15), 6, date(2025, 7, 15)),
        (date(2026, 12, 31), 12, date(2025, 12, 31)),
        (date(2026, 7, 1), 6, date(2026, 1, 1)),
    ],
)
def test_months_before_keeps_the_day_or_takes_the_months_last(day: date, months: int, expected: date) -> None:
    assert months_before(day, months) == expected


def test_an_entry_not_verified_for_six_months_may_be_out_of_date(context: Context) -> None:
    today = date(2026, 8, 31)
    selfhelp = selfhelp_at(context, today)
    for name, verified_on in [
        ("Akkurat", date(2026, 2, 28)),
        ("For gammel", date(2026, 2, 27)),
        ("Aldri", None),
    ]:
        selfhelp.add_group(
            group(name=name, verified_on=verified_on, verified_by="Kari" if verified_on else ""), TEST_USER
        )
    stale = {g.name: g.possibly_stale(today) for g in selfhelp.groups()}
    assert stale == {"Akkurat": False, "For gammel": True, "Aldri": True}


def test_marking_verified_records_today_and_who(selfhelp: SelfHelpService, context: Context) -> None:
    old = selfhelp.add_group(group(verified_on=date(2025, 1, 6)), TEST_USER)
    never = selfhelp.add_group(group(name="Aldri", verified_on=None, verified_by=""), TEST_USER)
    assert selfhelp.group(old).possibly_stale(TODAY)
    selfhelp.mark_verified(old, TEST_USER)
    selfhelp.mark_verified(never, TEST_USER, by="Per Test")
    assert (selfhelp.group(old).verified_on, selfhelp.group(old).verified_by) == (TODAY, TEST_USER)
    assert (selfhelp.group(never).verified_on, selfhelp.group(never).verified_by) == (TODAY, "Per Test")
    assert not selfhelp.group(old).possibly_stale(TODAY)
    assert [r.action for r in audit_trail(context.conn)[-2:]] == ["selfhelp.group.update"] * 2


def test_a_removed_group_leaves_the_directory_but_plans_still_name_it(
    selfhelp: SelfHelpService, plan: PlanId, context: Context
) -> None:
    kept = selfhelp.add_group(group(name="Blir"), TEST_USER)
    gone = selfhelp.add_group(group(name="Legges ned"), TEST_USER)
    selfhelp.save_introduction(informed(plan, groups=(gone,), first_group=gone), TEST_USER)

    selfhelp.remove_group(gone, TEST_USER)

    assert [g.group_id for g in selfhelp.groups()] == [kept]
    assert [g.group_id for g in selfhelp.groups(include_removed=True)] == [kept, gone]
    assert selfhelp.group(gone).name == "Legges ned"
    assert selfhelp.group(gone).removed
    assert selfhelp.introduction(plan).first_group == gone
    assert find_groups(selfhelp.groups(include_removed=True), GroupFilter()) == [selfhelp.group(kept)]
    last = audit_trail(context.conn)[-1]
    assert (last.action, last.detail) == ("selfhelp.group.remove", "Legges ned")


def test_updating_an_entry_that_does_not_exist_is_refused(selfhelp: SelfHelpService) -> None:
    with pytest.raises(NotFoundError):
        selfhelp.update_group(group(group_id=GroupId(404)), TEST_USER)
    with pytest.raises(NotFoundError):
        selfhelp.group(GroupId(404))


# Finding groups ----------------------------------------------------------------------------


@pytest.fixture
def directory(selfhelp: SelfHelpService) -> dict[str, GroupId]:
    entries = {
        "oslo_aa": group(name="Tirsdagsgruppa", meetings=(MeetingTime(1, time(19)),), address="Østre gate 1"),
        "oslo_na": group(organisation="na", name="Lørdag sentrum", meetings=(MeetingTime(5),)),
        "oslo_alanon": group(
            organisation="al_anon",
            name="Pårørende Oslo",
            audience=Audience.RELATIVES,
            meetings=(MeetingTime(1),),
        ),
        "bergen_family": group(
            organisation="familieklubbene",
            name="Familieklubben",
            kommune_number="4601",
            audience=Audience.BOTH,
            meetings=(MeetingTime(3, time(18)),),
        ),
        "trondheim_aa": group(
            name="Mandagsgruppa", kommune_number="5001", meetings=(MeetingTime(0, time(18)),)
        ),
        "online": group(
            organisation="Lokal samtalegruppe",
            name="Nettmøte",
            kommune_number=None,
            mode=MeetingMode.ONLINE,
            meetings=(MeetingTime(2, time(20)),),
        ),
    }
    return {key: selfhelp.add_group(entry, TEST_USER) for key, entry in entries.items()}


def found(
    selfhelp: SelfHelpService, directory: dict[str, GroupId], wanted: GroupFilter, home: str | None = None
) -> list[str]:
    names = {group_id: key for key, group_id in directory.items()}
    return [names[g.group_id] for g in find_groups(selfhelp.groups(), wanted, home)]


def test_the_patients_home_kommune_comes_first_then_by_kommune_organisation_and_name(
    selfhelp: SelfHelpService, directory: dict[str, GroupId]
) -> None:
    assert found(selfhelp, directory, GroupFilter(), home="4601") == [
        "bergen_family",
        "oslo_aa",
        "oslo_alanon",
        "oslo_na",
        "trondheim_aa",
        "online",
    ]
    assert found(selfhelp, directory, GroupFilter()) == EVERYONE


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        (GroupFilter(kommune="0301"), ["oslo_aa", "oslo_alanon", "oslo_na"]),
        (GroupFilter(weekday=1), ["oslo_aa", "oslo_alanon"]),
        (GroupFilter(weekday=0, kommune="5001"), ["trondheim_aa"]),
        (GroupFilter(organisation="aa"), ["oslo_aa", "trondheim_aa"]),
        (GroupFilter(audience=Audience.RELATIVES), ["oslo_alanon", "bergen_family"]),
        (
            GroupFilter(audience=Audience.PATIENTS),
            ["oslo_aa", "oslo_na", "bergen_family", "trondheim_aa", "online"],
        ),
        (GroupFilter(audience=Audience.BOTH), EVERYONE),
        (GroupFilter(text="østre"), ["oslo_aa"]),
        (GroupFilter(text="LØRDAG  sentrum"), ["oslo_na"]),
        (GroupFilter(text="samtale nett"), ["online"]),
        (GroupFilter(text="ingen slik"), []),
    ],
)
def test_the_directory_is_narrowed_by_each_filter(
    selfhelp: SelfHelpService, directory: dict[str, GroupId], wanted: GroupFilter, expected: list[str]
) -> None:
    assert found(selfhelp, directory, wanted) == expected


# A removed entry and an active one can share a key; an import must update the active one.
def test_importing_a_group_updates_the_active_entry_not_a_removed_one(selfhelp: SelfHelpService) -> None:
    first = selfhelp.add_group(group(), TEST_USER)
    selfhelp.remove_group(first, TEST_USER)
    second = selfhelp.add_group(group(), TEST_USER)
    selfhelp.remove_group(second, TEST_USER)
    selfhelp.update_group(replace(selfhelp.group(first), removed=False), TEST_USER)
    selfhelp.import_groups([group(phone="12 34 56 78")], TEST_USER)
    assert [(g.group_id, g.phone) for g in selfhelp.groups()] == [(first, "12 34 56 78")]


# Regressions: bugs found in review of domain/selfhelp.py, fixed there.


def test_a_visit_of_an_archived_plan_cannot_be_changed_by_naming_another_plan(
    selfhelp: SelfHelpService, plan: PlanId, context: Context, make_draft: MakeDraft
) -> None:
    visit_id, _ = selfhelp.add_visit(Visit(VisitId(0), plan, TODAY, None, "NA Sentrum"), TEST_USER)
    service = service_at(context, TODAY)
    other, _ = service.start_plan(
        make_draft(patient=replace(make_draft().patient, name="Prøve Prøvesen")), TEST_USER
    )
    service.set_status(plan, PlanStatus.ARCHIVED, TEST_USER)
    with pytest.raises(ValidationError):
        selfhelp.update_visit(Visit(visit_id, other, TODAY, None, "Endret"), TEST_USER)


def test_an_import_with_the_same_group_twice_is_refused(selfhelp: SelfHelpService) -> None:
    with pytest.raises(ValidationError):
        selfhelp.import_groups([group(), group(name=" TIRSDAGSGRUPPA ")], TEST_USER)


def test_the_informed_date_cannot_be_cleared_while_follow_ups_exist(
    selfhelp: SelfHelpService, plan: PlanId
) -> None:
    selfhelp.save_introduction(informed(plan, organisations=()), TEST_USER)
    selfhelp.add_follow_up(follow_up(plan, TODAY - timedelta(days=3)), TEST_USER)
    with pytest.raises(ValidationError):
        selfhelp.save_introduction(Introduction(plan), TEST_USER)
