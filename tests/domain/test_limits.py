"""Field lengths, control characters and possible dates: the rules of domain.limits at their edges,
and the crashes the property tests (tests/property) found, each kept as an example here."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.access_log import AccessQuery, validate_query
from dischargeplanner.domain.group_csv import CsvProblem, CsvRefusedError, groups_from_csv
from dischargeplanner.domain.limits import LINE_MAX, TEXT_MAX, clean_line, clean_text
from dischargeplanner.domain.model import AreaKey, Patient, PlanDraft
from dischargeplanner.domain.problems import Problem
from dischargeplanner.domain.services import PlanService, ValidationError
from helpers import TEST_USER, service_at

TODAY = date(2026, 3, 2)


@pytest.fixture
def plans(context: Context) -> PlanService:
    return service_at(context, TODAY)


def _draft(**fields: object) -> PlanDraft:
    values: dict[str, object] = {
        "patient": Patient("Testperson Demo"),
        "kommune_number": "0301",
        "ward": "Avdeling A",
        "responsible_staff": "Sosionom Test",
        "admission": TODAY,
        "planned_discharge": None,
    }
    return PlanDraft(**{**values, **fields})  # type: ignore[arg-type]


def _problems(error: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, Problem]]:
    return {(issue.field, issue.problem) for issue in error.value.issues}


def test_control_characters_go_and_line_breaks_stay_only_in_free_text() -> None:
    assert clean_line(" Kari\x00 \tTestesen\r\n") == "Kari Testesen"
    assert (
        clean_text("Første linje\r\nandre\rtredje\x0bfjerde\x00\t.")
        == "Første linje\nandre\ntredje\nfjerde\t."
    )
    assert clean_line("👩‍👩‍👧 שלום a\u0301") == "👩‍👩‍👧 שלום a\u0301"


def test_a_name_may_have_200_characters_and_a_goal_10000(plans: PlanService) -> None:
    plan_id, _ = plans.start_plan(_draft(patient=Patient("Å" * LINE_MAX)), TEST_USER)
    assert plans.plan_detail(plan_id).plan.patient.name == "Å" * LINE_MAX
    plans.set_area_goal(plan_id, AreaKey.HOUSING, "mål " * (TEXT_MAX // 4), TEST_USER)
    assert len(plans.plan_detail(plan_id).area(AreaKey.HOUSING).goal) == TEXT_MAX - 1


def test_one_character_more_is_refused_and_nothing_is_stored(plans: PlanService) -> None:
    with pytest.raises(ValidationError) as refused:
        plans.start_plan(_draft(patient=Patient("Å" * (LINE_MAX + 1)), ward="A" * 100_000), TEST_USER)
    assert _problems(refused) == {
        ("patient_name", Problem.TEXT_LINE_TOO_LONG),
        ("ward", Problem.TEXT_LINE_TOO_LONG),
    }
    plan_id, _ = plans.start_plan(_draft(), TEST_USER)
    with pytest.raises(ValidationError) as refused:
        plans.set_area_goal(plan_id, AreaKey.HOUSING, "x" * (TEXT_MAX + 1), TEST_USER)
    assert _problems(refused) == {("goal", Problem.TEXT_TOO_LONG)}
    assert plans.plan_detail(plan_id).area(AreaKey.HOUSING).goal == ""
    assert [summary.plan_id for summary in plans.list_plans()] == [plan_id]


def test_a_name_starting_with_nul_is_stored_without_it(plans: PlanService) -> None:
    # Found by the property tests: SQLite's length() stops at NUL, so the CHECK refused the row.
    plan_id, _ = plans.start_plan(_draft(patient=Patient("\x00Kari Testesen")), TEST_USER)
    assert plans.plan_detail(plan_id).plan.patient.name == "Kari Testesen"
    with pytest.raises(ValidationError) as refused:
        plans.start_plan(_draft(patient=Patient("\x00")), TEST_USER)
    assert _problems(refused) == {("patient_name", Problem.NAME_MISSING)}


@pytest.mark.parametrize(
    ("admission", "planned_discharge", "fields"),
    [
        (date(9999, 12, 31), None, {"admission"}),  # found: due dates ran off the calendar
        (date(1, 1, 1), date(1, 1, 1), {"admission", "planned_discharge"}),
        (TODAY, date(2200, 1, 1), {"planned_discharge"}),
    ],
)
def test_a_plan_date_outside_1900_to_2199_is_refused(
    plans: PlanService, admission: date, planned_discharge: date | None, fields: set[str]
) -> None:
    with pytest.raises(ValidationError) as refused:
        plans.start_plan(_draft(admission=admission, planned_discharge=planned_discharge), TEST_USER)
    assert _problems(refused) == {(field, Problem.DATE_OUT_OF_RANGE) for field in fields}


def test_an_access_log_period_at_the_end_of_the_calendar_is_refused() -> None:
    # Found: the last day of year 9999 has no next day to end the period at.
    issues = validate_query(AccessQuery(since=date.min, until=date.max))
    assert {(issue.field, issue.problem) for issue in issues} == {
        ("since", Problem.DATE_OUT_OF_RANGE),
        ("until", Problem.DATE_OUT_OF_RANGE),
    }
    assert validate_query(AccessQuery(since=TODAY - timedelta(days=7), until=TODAY)) == []


def test_a_csv_file_with_a_huge_first_line_or_cell_is_refused_not_crashed() -> None:
    # Found: the csv module raises on a field over 131,072 characters while the header is read.
    with pytest.raises(CsvRefusedError) as refused:
        groups_from_csv(b"a" * 200_000, (), frozenset({"0301"}), TODAY)
    assert [problem.problem for problem in refused.value.problems] == [CsvProblem.NOT_CSV]


def test_a_csv_cell_over_its_limit_is_named_by_line_and_column() -> None:
    header = "organisasjon;gruppe;kommunenummer;møteform;for_hvem;oppmøte;kun_kvinner;merknad"
    row = f"AA;Testgruppen;0301;åpent;pasienter;fysisk;nei;{'x' * (TEXT_MAX + 1)}"
    with pytest.raises(CsvRefusedError) as refused:
        groups_from_csv(f"{header}\n{row}\n".encode(), (), frozenset({"0301"}), TODAY)
    assert [(p.line, p.column, p.problem, p.value) for p in refused.value.problems] == [
        (2, "merknad", CsvProblem.TOO_LONG, "")
    ]
