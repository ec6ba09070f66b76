"""What the access log's rows mean, the administrators' filters, and the reads the service logs."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.access_log import (
    AccessCategory,
    AccessEntry,
    AccessKind,
    AccessLogService,
    AccessQuery,
    AuditId,
    access_kind,
    select,
)
from dischargeplanner.domain.model import ItemState, Patient, PlanId
from dischargeplanner.domain.services import Problem, ValidationError
from dischargeplanner.storage.audit import SqliteAccessLogStore
from helpers import ROOT, TEST_USER, MakeDraft, clock_at, service_at

DAY = date(2026, 3, 2)


def _entry(
    audit_id: int, at: datetime, user: str = "a", patient: str = "", plan: int | None = 1
) -> AccessEntry:
    return AccessEntry(AuditId(audit_id), at, user, "plan.open", PlanId(plan) if plan else None, patient, "")


def _local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


def _service(context: Context) -> AccessLogService:
    return AccessLogService(SqliteAccessLogStore(context.conn, clock_at(DAY)), clock_at(DAY))


def _action_codes_in_source() -> set[str]:
    """Every literal action code the program writes ("topic.verb" in an AuditEntry)."""
    pattern = re.compile(r'AuditEntry\(\s*[^,]+,\s*f?"([a-z_.{}]+)"')
    codes = set()
    for path in (ROOT / "src" / "dischargeplanner").rglob("*.py"):
        codes.update(pattern.findall(path.read_text(encoding="utf-8")))
    return codes


def test_every_action_the_program_writes_has_a_meaning() -> None:
    codes = _action_codes_in_source()
    assert {"plan.create", "item.update", "consent.record", "export.minutes"} <= codes
    for code in codes:
        # f-strings: the topic is fixed, the verb filled in at run time.
        written = code.replace("{verb}", "undo").replace("{channel}", "pdf")
        assert access_kind(written) is not AccessKind.OTHER, code


@pytest.mark.parametrize(
    ("action", "kind", "category"),
    [
        ("plan.open", AccessKind.OPENED, AccessCategory.READ),
        ("plan.create", AccessKind.CREATED, AccessCategory.CHANGE),
        ("item.update", AccessKind.ITEM, AccessCategory.CHANGE),
        ("crisis.procedure.followed", AccessKind.CRISIS, AccessCategory.CHANGE),
        ("selfhelp.visit.add", AccessKind.SELF_HELP, AccessCategory.CHANGE),
        ("selfhelp.group.import", AccessKind.GROUP_DIRECTORY, AccessCategory.CHANGE),
        ("follow_up_call.add", AccessKind.FOLLOW_UP_CALL, AccessCategory.CHANGE),
        ("edit.undo", AccessKind.UNDO, AccessCategory.CHANGE),
        ("export.print", AccessKind.PRINTED, AccessCategory.DOCUMENT),
        ("export.pdf", AccessKind.SAVED_PDF, AccessCategory.DOCUMENT),
        ("export.minutes", AccessKind.MINUTES, AccessCategory.DOCUMENT),
        ("export.accesslog", AccessKind.ACCESS_EXTRACT, AccessCategory.DOCUMENT),
        ("export.fax", AccessKind.DOCUMENT, AccessCategory.DOCUMENT),
        ("user.deactivate", AccessKind.USER_ACCOUNT, AccessCategory.CHANGE),
        ("backup.restore", AccessKind.RESTORED, AccessCategory.CHANGE),
        ("session.unlock", AccessKind.OTHER, AccessCategory.OTHER),
        ("plan", AccessKind.OTHER, AccessCategory.OTHER),
    ],
)
def test_actions_are_read_as_kinds(action: str, kind: AccessKind, category: AccessCategory) -> None:
    assert access_kind(action) is kind
    assert kind.category is category


def test_select_narrows_by_user_patient_plan_and_whole_local_days() -> None:
    entries = [
        _entry(1, _local(DAY, 0, 0), "kari", "Øyvind Testesen", 1),
        _entry(2, _local(DAY, 23, 59), "ola", "Prøve Prøvesen", 2),
        _entry(3, _local(DAY + timedelta(days=1), 0, 0), "kari", "Øyvind Testesen", 1),
        _entry(4, _local(DAY - timedelta(days=1), 23, 59), "kari", "", None),
    ]

    def ids(chosen: list[AccessEntry]) -> list[int]:
        return [entry.audit_id for entry in chosen]

    assert ids(select(entries, AccessQuery())) == [1, 2, 3, 4]
    assert ids(select(entries, AccessQuery(user="kari"))) == [1, 3, 4]
    # Case and the Norwegian letters folded: "øyvind" finds "Øyvind".
    assert ids(select(entries, AccessQuery(patient="øyvind"))) == [1, 3]
    assert ids(select(entries, AccessQuery(patient="  PRØVE "))) == [2]
    assert ids(select(entries, AccessQuery(plan_id=PlanId(2)))) == [2]
    assert ids(select(entries, AccessQuery(since=DAY, until=DAY))) == [1, 2]
    assert ids(select(entries, AccessQuery(since=DAY + timedelta(days=1)))) == [3]
    assert ids(select(entries, AccessQuery(until=DAY - timedelta(days=1)))) == [4]


def test_select_reads_a_utc_moment_on_the_wards_local_day() -> None:
    # The program stores UTC; the filter's days are the ward's.
    for hour in (0, 12, 23):
        utc = _local(DAY, hour).astimezone(UTC)
        assert len(select([_entry(1, utc)], AccessQuery(since=DAY, until=DAY))) == 1
        assert select([_entry(1, utc)], AccessQuery(until=DAY - timedelta(days=1))) == []


def test_a_reversed_period_is_refused(context: Context) -> None:
    with pytest.raises(ValidationError) as refused:
        _service(context).entries(AccessQuery(since=DAY, until=DAY - timedelta(days=1)))
    assert [(issue.field, issue.problem) for issue in refused.value.issues] == [
        ("until", Problem.ACCESSLOG_PERIOD_REVERSED)
    ]


def test_an_open_is_one_row_and_changes_nothing_in_the_plan(context: Context, make_draft: MakeDraft) -> None:
    plans = service_at(context, DAY)
    plan_id, _ = plans.start_plan(make_draft(), TEST_USER)
    version = plans.plan_detail(plan_id).plan.version
    access = _service(context)

    access.opened(plan_id, "kari")

    assert plans.plan_detail(plan_id).plan.version == version
    opened = access.entries(AccessQuery(user="kari"))
    assert [(entry.action, entry.plan_id, entry.at) for entry in opened] == [
        ("plan.open", plan_id, clock_at(DAY)())
    ]
    assert opened[0].kind is AccessKind.OPENED
    assert access.users() == ["kari", TEST_USER]
    assert access.check().ok


def test_a_plans_access_lists_only_that_plans_rows(context: Context, make_draft: MakeDraft) -> None:
    plans = service_at(context, DAY)
    mine, _ = plans.start_plan(make_draft(), TEST_USER)
    other, _ = plans.start_plan(make_draft(patient=Patient("Prøve Prøvesen", None)), TEST_USER)
    access = _service(context)
    access.opened(mine, "kari")
    access.opened(other, "ola")
    item = plans.plan_detail(mine).items[0]
    plans.set_item_state(item.item_id, ItemState.DONE, "kari")

    plan_access = access.plan_access(mine)

    assert plan_access.plan.patient.name == "Testa Testesen"
    assert [(entry.user, entry.action) for entry in plan_access.entries] == [
        (TEST_USER, "plan.create"),
        ("kari", "plan.open"),
        ("kari", "item.update"),
    ]
    assert plan_access.count(AccessCategory.READ) == 1
    assert plan_access.count(AccessCategory.CHANGE) == 2
    assert plan_access.chain.ok
    assert plan_access.chain.rows_checked == 6  # the whole log, from setting up the test user
    assert plan_access.last_day == DAY


def test_an_extract_made_is_logged_with_its_fingerprint(context: Context, make_draft: MakeDraft) -> None:
    plan_id, _ = service_at(context, DAY).start_plan(make_draft(), TEST_USER)
    access = _service(context)
    access.record_extract(plan_id, "ab" * 32, "Innsynslogg Testa Testesen 2026-03-02.pdf", "kari")
    last = access.entries(AccessQuery(plan_id=plan_id))[-1]
    assert last.kind is AccessKind.ACCESS_EXTRACT
    assert last.detail == "abababababab Innsynslogg Testa Testesen 2026-03-02.pdf"
