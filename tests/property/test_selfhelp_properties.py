"""Self-help for any input: the introduction, visits, follow-ups, the group directory and its CSV
import. Each is stored as typed (cleaned), or refused with worded issues and nothing stored."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date

from hypothesis import example, given
from hypothesis import strategies as st

from dischargeplanner import paths
from dischargeplanner.app import Context
from dischargeplanner.domain.group_csv import CSV_COLUMNS, CsvRefusedError, RowProblem, groups_from_csv
from dischargeplanner.domain.kommuner import load_kommuner
from dischargeplanner.domain.limits import clean_line, clean_text
from dischargeplanner.domain.organisations import load_organisations
from dischargeplanner.domain.selfhelp import cleaned_group, validate_group, validate_introduction
from dischargeplanner.domain.selfhelp_model import (
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
)
from dischargeplanner.domain.services import ValidationError
from dischargeplanner.ui.dialogs.group_import_dialog import csv_problem_text
from helpers import TEST_USER, selfhelp_at
from helpers_property import (
    ADMISSION,
    TODAY,
    Plans,
    Refused,
    Wards,
    any_dates,
    assert_clean,
    assert_worded,
    attempt,
    count_example,
    mostly,
    names,
    optional_dates,
    optional_texts,
    property_settings,
    texts,
    times,
)

ORGANISATIONS = load_organisations(paths.organisations_path())
KNOWN = frozenset(kommune.number for kommune in load_kommuner(paths.kommuner_path()))
PLAN = 1
past_dates = mostly(st.dates(ADMISSION, TODAY), any_dates, times=2)
phones = mostly(st.sampled_from(["", "22 33 44 55", "+47 987 65 432"]), optional_texts)
group_ids = st.integers(-3, 3).map(GroupId)

introductions = st.builds(
    Introduction,
    st.just(PLAN),
    st.none() | past_dates,
    names,
    st.lists(st.sampled_from([org.key for org in ORGANISATIONS]), max_size=3).map(tuple),
    st.lists(group_ids, max_size=3).map(tuple),
    optional_texts,
    st.none() | st.sampled_from(PatientView),
    optional_texts,
    st.booleans(),
    mostly(st.just(""), names),
    mostly(st.just(""), phones),
    st.none() | group_ids,
    optional_dates,
    times,
    st.booleans(),
    optional_texts,
)
groups = st.builds(
    LocalGroup,
    st.just(GroupId(0)),
    mostly(st.sampled_from([org.key for org in ORGANISATIONS]), names),
    names,
    st.none() | mostly(st.sampled_from(sorted(KNOWN)), texts),
    optional_texts,
    st.lists(st.builds(MeetingTime, mostly(st.integers(0, 6), st.integers()), times), max_size=3).map(tuple),
    st.booleans(),
    st.sampled_from(Audience),
    st.sampled_from(MeetingMode),
    optional_texts,
    st.booleans(),
    phones,
    optional_texts,
    st.none() | past_dates,
    names,
)


@property_settings()
@given(introductions, groups)
@example(
    Introduction(PLAN, date.max, "\x00", contact_name="\x00"), LocalGroup(GroupId(0), "\x00", "\x00", "\x00")
)
def test_every_problem_with_an_introduction_or_a_group_is_worded(
    introduction: Introduction, group: LocalGroup
) -> None:
    count_example()
    issues = validate_introduction(introduction, TODAY) + validate_group(group, TODAY, KNOWN)
    issues += validate_group(cleaned_group(group), TODAY, KNOWN)
    if issues:
        assert_worded(ValidationError(issues))


def _cleaned(introduction: Introduction) -> Introduction:
    return replace(
        introduction,
        informed_by=clean_line(introduction.informed_by),
        organisations=tuple(dict.fromkeys(introduction.organisations)),
        groups=tuple(dict.fromkeys(introduction.groups)),
        material=clean_text(introduction.material),
        own_words=clean_text(introduction.own_words),
        contact_name=clean_line(introduction.contact_name),
        contact_phone=clean_line(introduction.contact_phone),
        first_time=introduction.first_time if introduction.first_day is not None else None,
        companion=clean_line(introduction.companion) if introduction.accompanied else "",
    )


def _a_group(ward: Context) -> GroupId:
    service = selfhelp_at(ward, TODAY)
    existing = service.groups()
    if existing:
        return existing[0].group_id
    return service.add_group(LocalGroup(GroupId(0), "aa", "Testgruppen", "0301"), TEST_USER)


@property_settings()
@given(introductions, st.booleans())
@example(Introduction(PLAN, first_group=GroupId(99), first_day=TODAY), False)  # was a foreign key failure
def test_an_introduction_is_stored_as_typed_or_not_at_all(
    ward: Context, active_plans: Plans, introduction: Introduction, known_group: bool
) -> None:
    count_example()
    plan_id = active_plans.plan()
    service = selfhelp_at(ward, TODAY)
    first = (
        _a_group(ward) if known_group and introduction.first_group is not None else introduction.first_group
    )
    introduction = replace(introduction, plan_id=plan_id, first_group=first)

    def stored() -> Introduction:
        return service.introduction(plan_id)

    result = attempt(
        ward.conn, lambda: service.save_introduction(introduction, TEST_USER), stored, ids_given=True
    )
    if not isinstance(result, Refused):
        assert stored() == _cleaned(introduction)
    service.follow_up_due(plan_id)
    assert_clean(stored())


visits = st.builds(
    Visit, st.just(VisitId(0)), st.just(PLAN), any_dates, st.none() | group_ids, names, optional_texts
)
follow_ups = st.builds(FollowUp, st.just(FollowUpId(0)), st.just(PLAN), past_dates, names, optional_texts)


@property_settings()
@given(visits, follow_ups, follow_ups, st.booleans())
@example(
    Visit(VisitId(0), PLAN, date.max, None, "\x00"),
    FollowUp(FollowUpId(0), PLAN, date.min, "\x00"),
    FollowUp(FollowUpId(0), PLAN, TODAY, "Kari"),
    False,
)
def test_visits_and_follow_ups_are_stored_as_typed_or_not_at_all(
    ward: Context, active_plans: Plans, visit: Visit, follow_up: FollowUp, changed: FollowUp, keep: bool
) -> None:
    count_example()
    plan_id = active_plans.plan()
    service = selfhelp_at(ward, TODAY)
    if not service.introduction(plan_id).informed:
        service.save_introduction(Introduction(plan_id, ADMISSION, "Kari Testesen"), TEST_USER)
    visit = replace(visit, plan_id=plan_id)
    result = attempt(
        ward.conn,
        lambda: service.add_visit(visit, TEST_USER),
        lambda: service.visits(plan_id),
        ids_given=True,
    )
    if not isinstance(result, Refused):
        visit_id, _ = result
        expected = replace(
            visit,
            visit_id=visit_id,
            group_name=clean_line(visit.group_name),
            with_whom=clean_line(visit.with_whom),
        )
        assert next(v for v in service.visits(plan_id) if v.visit_id == visit_id) == expected
        if not keep:
            service.remove_visit(visit_id, TEST_USER)
    follow_up = replace(follow_up, plan_id=plan_id)

    def stored() -> list[FollowUp]:
        return service.follow_ups(plan_id)

    result = attempt(ward.conn, lambda: service.add_follow_up(follow_up, TEST_USER), stored)
    if not isinstance(result, Refused):
        follow_up_id, _ = result
        expected_follow_up = replace(
            follow_up, follow_up_id=follow_up_id, by=clean_line(follow_up.by), note=clean_text(follow_up.note)
        )
        assert next(f for f in stored() if f.follow_up_id == follow_up_id) == expected_follow_up
        changed = replace(changed, follow_up_id=follow_up_id, plan_id=plan_id)
        if not isinstance(
            attempt(ward.conn, lambda: service.update_follow_up(changed, TEST_USER), stored), Refused
        ):
            assert next(f for f in stored() if f.follow_up_id == follow_up_id) == replace(
                changed, by=clean_line(changed.by), note=clean_text(changed.note)
            )
        if not keep:
            service.remove_follow_up(follow_up_id, TEST_USER)
    service.follow_up_due(plan_id)
    assert_clean((service.visits(plan_id), stored()))


# The directory -----------------------------------------------------------------------------------


@property_settings()
@given(groups, groups, optional_texts, st.booleans())
@example(
    LocalGroup(GroupId(0), "aa", "Testgruppen", "0301"),
    LocalGroup(GroupId(0), "aa", "Testgruppen", "0301"),
    "\x00",
    True,
)  # the same group twice
def test_a_group_is_added_changed_and_verified_as_typed_or_not_at_all(
    wards: Wards, group: LocalGroup, changed: LocalGroup, verified_by: str, remove: bool
) -> None:
    count_example()
    ward = wards.ward()
    service = selfhelp_at(ward, TODAY)

    def directory() -> list[LocalGroup]:
        return service.groups(include_removed=True)

    result = attempt(ward.conn, lambda: service.add_group(group, TEST_USER), directory)
    if isinstance(result, Refused):
        return
    group_id = result
    assert service.group(group_id) == replace(cleaned_group(group), group_id=group_id)
    changed = replace(changed, group_id=group_id)
    if not isinstance(
        attempt(ward.conn, lambda: service.update_group(changed, TEST_USER), directory), Refused
    ):
        assert service.group(group_id) == replace(cleaned_group(changed), group_id=group_id)
    if not isinstance(
        attempt(ward.conn, lambda: service.mark_verified(group_id, TEST_USER, verified_by), directory),
        Refused,
    ):
        assert service.group(group_id).verified_by == (clean_line(verified_by) or TEST_USER)
    assert_clean(service.group(group_id))
    if remove:
        service.remove_group(group_id, TEST_USER)


def _csv(rows: list[list[str]], delimiter: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue()


# Per column, what a spreadsheet would hold; any text now and then.
_CELLS = {
    "organisasjon": st.sampled_from(["AA", "NA", "Al-Anon", "Lokal samtalegruppe"]),
    "gruppe": names,
    "kommunenummer": st.sampled_from(["0301", "301", "5001", ""]),
    "kommune": st.sampled_from(["Oslo", ""]),
    "adresse": optional_texts,
    "møtetider": st.sampled_from(["mandag 19:00", "tor kl. 18.30; lørdag", ""]),
    "møteform": st.sampled_from(["åpent", "Lukket", "åpen"]),
    "for_hvem": st.sampled_from(["pasienter", "pårørende", "begge"]),
    "oppmøte": st.sampled_from(["fysisk", "nett"]),
    "språk": st.sampled_from(["norsk", "engelsk", ""]),
    "kun_kvinner": st.sampled_from(["ja", "nei"]),
    "telefon": phones,
    "merknad": optional_texts,
    "sist_kontrollert": st.sampled_from(["", "05.02.2026", "2026-01-31", "31.02.2026"]),
    "kontrollert_av": names,
}
csv_rows = st.lists(
    st.tuples(*(mostly(_CELLS[column], texts, times=6) for column in CSV_COLUMNS)).map(list), max_size=3
)
csv_files = st.one_of(
    st.binary(max_size=300),
    st.builds(
        lambda rows, delimiter, encoding: _csv([list(CSV_COLUMNS), *rows], delimiter).encode(
            encoding, "replace"
        ),
        csv_rows,
        st.sampled_from([";", ",", "\t"]),
        st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    ),
    texts.map(lambda text: text.encode("utf-8")),
)


def _read(data: bytes) -> list[LocalGroup] | tuple[RowProblem, ...]:
    """The groups in the file, or the problems it was refused for."""
    try:
        return groups_from_csv(data, ORGANISATIONS, KNOWN, TODAY)
    except CsvRefusedError as refused:
        return refused.problems


@property_settings()
@given(csv_files)
@example(("a" * 200_000).encode())  # a first line longer than the csv module's field limit
@example(b"organisasjon;gruppe\n" + b"x" * 200_000)
def test_any_file_is_imported_or_refused_naming_each_problem(wards: Wards, data: bytes) -> None:
    count_example()
    ward = wards.ward()
    service = selfhelp_at(ward, TODAY)
    incoming = _read(data)
    if isinstance(incoming, tuple):
        assert incoming, "a refused file names its problems"
        assert all(problem.line >= 1 for problem in incoming)
        assert all(csv_problem_text(problem).strip() for problem in incoming)
        return
    result = attempt(ward.conn, lambda: service.import_groups(incoming, TEST_USER), service.groups)
    if not isinstance(result, Refused):
        assert_clean(service.groups())
        assert len(service.groups()) >= len(result.added)
