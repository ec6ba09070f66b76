"""The self-help tables: every record type written and read back whole, the table rules, the upgrade."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.model import AuditEntry, PlanId
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
from dischargeplanner.domain.services import NotFoundError, StorageError
from dischargeplanner.storage.audit import audit_trail
from dischargeplanner.storage.db import open_database, pending_migrations
from dischargeplanner.storage.selfhelp import SqliteSelfHelpStore
from helpers import INTEGRITY_ERRORS, TEST_USER

FIXTURES = Path(__file__).parent / "fixtures"
SELFHELP_TABLES = ("selfhelp_group", "selfhelp_introduction", "selfhelp_visit", "selfhelp_follow_up")
NOW = datetime(2026, 11, 2, 11, 0, tzinfo=UTC)


@pytest.fixture
def store(context: Context) -> SqliteSelfHelpStore:
    return SqliteSelfHelpStore(context.conn, lambda: NOW)


def audit(action: str, plan_id: PlanId | None = None) -> AuditEntry:
    return AuditEntry(TEST_USER, action, plan_id)


def every_field_group() -> LocalGroup:
    return LocalGroup(
        group_id=GroupId(0),
        organisation="Lokal samtalegruppe «Håp»",
        name="Onsdag; sentrum",
        kommune_number="5612",
        address="Bakgården\nInngang B",
        meetings=(MeetingTime(0, time(19)), MeetingTime(2), MeetingTime(6, time(9, 30))),
        open_meeting=False,
        audience=Audience.RELATIVES,
        mode=MeetingMode.ONLINE,
        language="nordsamisk",
        women_only=True,
        phone="+47 12 34 56 78",
        note='Ta med "Basisteksten" 😀',
        verified_on=date(2026, 10, 1),
        verified_by="Kari Test",
        removed=True,
    )


def test_a_group_comes_back_with_every_field(store: SqliteSelfHelpStore, context: Context) -> None:
    stored = every_field_group()
    group_id = store.add_group(stored, audit("selfhelp.group.add"))
    assert store.group(group_id) == replace(stored, group_id=group_id)

    changed = LocalGroup(group_id, "aa", "Ny", None)
    store.save_group(changed, audit("selfhelp.group.update"))
    assert store.group(group_id) == changed
    assert store.groups() == [changed]
    assert [r.action for r in audit_trail(context.conn)[-2:]] == [
        "selfhelp.group.add",
        "selfhelp.group.update",
    ]


def test_groups_come_in_the_order_they_were_added(store: SqliteSelfHelpStore) -> None:
    ids = [store.add_group(LocalGroup(GroupId(0), "na", name, "0301"), audit("add")) for name in "CAB"]
    assert [g.group_id for g in store.groups()] == ids
    assert [g.name for g in store.groups()] == ["C", "A", "B"]


def test_an_import_adds_and_changes_in_one_go(store: SqliteSelfHelpStore, context: Context) -> None:
    kept = store.add_group(LocalGroup(GroupId(0), "aa", "Gammel", "0301"), audit("add"))
    store.import_groups(
        [every_field_group(), LocalGroup(GroupId(0), "na", "Ny", None)],
        [LocalGroup(kept, "aa", "Gammel", "0301", phone="12 34 56 78")],
        audit("selfhelp.group.import"),
    )
    assert [(g.name, g.phone) for g in store.groups()] == [
        ("Gammel", "12 34 56 78"),
        ("Onsdag; sentrum", "+47 12 34 56 78"),
        ("Ny", ""),
    ]
    assert audit_trail(context.conn)[-1].action == "selfhelp.group.import"


def test_a_group_that_does_not_exist_is_not_found_and_nothing_is_logged(
    store: SqliteSelfHelpStore, context: Context
) -> None:
    trail = audit_trail(context.conn)
    with pytest.raises(NotFoundError):
        store.group(GroupId(404))
    with pytest.raises(NotFoundError):
        store.save_group(LocalGroup(GroupId(404), "aa", "Borte", None), audit("selfhelp.group.update"))
    assert audit_trail(context.conn) == trail


def test_an_introduction_comes_back_with_every_field_and_its_due_date(
    store: SqliteSelfHelpStore, plan_id: PlanId, context: Context
) -> None:
    first, second = (
        store.add_group(LocalGroup(GroupId(0), "aa", name, "0301"), audit("add")) for name in ("Én", "To")
    )
    version = store.plan(plan_id).version
    introduction = Introduction(
        plan_id=plan_id,
        informed_on=date(2026, 10, 1),
        informed_by="Sosionom Test",
        organisations=("aa", "al_anon"),
        groups=(second, first),
        material="Brosjyre",
        view=PatientView.INTERESTED,
        own_words="Vil prøve\net møte",
        contact_consent=True,
        contact_name="Fadder Test",
        contact_phone="12 34 56 78",
        first_group=first,
        first_day=date(2026, 11, 5),
        first_time=time(18, 30),
        accompanied=True,
        companion="Miljøterapeut",
    )
    store.save_introduction(introduction, date(2026, 10, 22), audit("selfhelp.introduction", plan_id))
    assert store.introduction(plan_id) == introduction
    assert (
        context.conn.execute(
            "SELECT follow_up_due FROM selfhelp_introduction WHERE plan_id = ?", (plan_id,)
        ).fetchone()[0]
        == "2026-10-22"
    )
    assert store.plan(plan_id).version == version + 1

    plain = Introduction(plan_id)
    store.save_introduction(plain, None, audit("selfhelp.introduction", plan_id))
    assert store.introduction(plan_id) == plain


def test_a_plan_never_introduced_reads_as_an_empty_introduction(
    store: SqliteSelfHelpStore, plan_id: PlanId
) -> None:
    assert store.introduction(plan_id) == Introduction(plan_id)


def test_the_table_refuses_a_contact_person_without_consent(
    store: SqliteSelfHelpStore, plan_id: PlanId, context: Context
) -> None:
    version = store.plan(plan_id).version
    trail = audit_trail(context.conn)
    for contact in ({"contact_name": "Fadder Test"}, {"contact_phone": "12 34 56 78"}):
        with pytest.raises(StorageError):
            store.save_introduction(
                Introduction(plan_id, **contact),  # type: ignore[arg-type]
                None,
                audit("selfhelp.introduction", plan_id),
            )
    with pytest.raises(INTEGRITY_ERRORS):
        context.conn.execute(
            "INSERT INTO selfhelp_introduction (plan_id, contact_consent, contact_name) VALUES (?, 0, 'X')",
            (plan_id,),
        )
    assert store.introduction(plan_id) == Introduction(plan_id)
    assert store.plan(plan_id).version == version
    assert audit_trail(context.conn) == trail


def test_visits_come_back_with_every_field(
    store: SqliteSelfHelpStore, plan_id: PlanId, context: Context
) -> None:
    group_id = store.add_group(LocalGroup(GroupId(0), "na", "Sentrum", "0301"), audit("add"))
    in_directory = Visit(VisitId(0), plan_id, date(2026, 10, 20), group_id, "", "Miljøterapeut")
    written_in = Visit(VisitId(0), plan_id, date(2026, 10, 13), None, "AA Nord")
    first = store.add_visit(in_directory, audit("selfhelp.visit.add", plan_id))
    second = store.add_visit(written_in, audit("selfhelp.visit.add", plan_id))
    assert store.visits(plan_id) == [
        replace(written_in, visit_id=second),
        replace(in_directory, visit_id=first),
    ]
    assert store.visit(first) == replace(in_directory, visit_id=first)

    moved = Visit(second, plan_id, date(2026, 10, 27), group_id, "", "Kari")
    store.save_visit(moved, audit("selfhelp.visit.update", plan_id))
    assert store.visit(second) == moved
    store.remove_visit(moved, audit("selfhelp.visit.remove", plan_id))
    assert [v.visit_id for v in store.visits(plan_id)] == [first]
    with pytest.raises(NotFoundError):
        store.visit(second)
    with pytest.raises(StorageError):  # the table wants a group or a written name
        store.add_visit(Visit(VisitId(0), plan_id, date(2026, 10, 1), None, " "), audit("add", plan_id))


def test_follow_ups_come_back_with_every_field_and_move_the_due_date(
    store: SqliteSelfHelpStore, plan_id: PlanId, context: Context
) -> None:
    def due() -> str | None:
        row = context.conn.execute(
            "SELECT follow_up_due FROM selfhelp_introduction WHERE plan_id = ?", (plan_id,)
        ).fetchone()
        return str(row[0]) if row[0] is not None else None

    store.save_introduction(
        Introduction(plan_id, date(2026, 10, 1), "Kari"), date(2026, 10, 22), audit("intro", plan_id)
    )
    talk = FollowUp(FollowUpId(0), plan_id, date(2026, 10, 20), "Kari", "Vil gå på NA\nneste uke")
    talk_id = store.add_follow_up(talk, date(2026, 11, 10), audit("selfhelp.follow_up.add", plan_id))
    assert store.follow_ups(plan_id) == [replace(talk, follow_up_id=talk_id)]
    assert store.follow_up(talk_id) == replace(talk, follow_up_id=talk_id)
    assert due() == "2026-11-10"

    changed = FollowUp(talk_id, plan_id, date(2026, 10, 25), "Per", "")
    store.save_follow_up(changed, date(2026, 11, 15), audit("selfhelp.follow_up.update", plan_id))
    assert store.follow_up(talk_id) == changed
    assert due() == "2026-11-15"

    store.remove_follow_up(changed, date(2026, 10, 22), audit("selfhelp.follow_up.remove", plan_id))
    assert store.follow_ups(plan_id) == []
    assert due() == "2026-10-22"
    with pytest.raises(NotFoundError):
        store.follow_up(talk_id)


def test_removing_a_follow_up_that_is_gone_changes_nothing(
    store: SqliteSelfHelpStore, plan_id: PlanId, context: Context
) -> None:
    store.save_introduction(
        Introduction(plan_id, date(2026, 10, 1), "Kari"), date(2026, 10, 22), audit("intro", plan_id)
    )
    version, trail = store.plan(plan_id).version, audit_trail(context.conn)
    ghost = FollowUp(FollowUpId(404), plan_id, date(2026, 10, 20), "Kari")
    with pytest.raises(NotFoundError):
        store.remove_follow_up(ghost, None, audit("selfhelp.follow_up.remove", plan_id))
    assert store.plan(plan_id).version == version
    assert audit_trail(context.conn) == trail
    due = context.conn.execute("SELECT follow_up_due FROM selfhelp_introduction").fetchone()[0]
    assert due == "2026-10-22"


def test_a_database_from_before_self_help_upgrades_with_empty_self_help_tables(tmp_path: Path) -> None:
    copy = tmp_path / "dischargeplanner.sqlite3"
    shutil.copy(FIXTURES / "schema-0003_consent_and_documents.sqlite3", copy)
    before = sqlite3.connect(copy)
    tables_before = {row[0] for row in before.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    before.close()
    assert not tables_before & set(SELFHELP_TABLES)

    conn = open_database(copy)
    try:
        assert pending_migrations(conn) == []
        for table in SELFHELP_TABLES:
            assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
        store = SqliteSelfHelpStore(conn)
        plan_id = PlanId(conn.execute("SELECT MIN(plan_id) FROM plan").fetchone()[0])
        assert store.introduction(plan_id) == Introduction(plan_id)
        assert store.groups() == []
        group_id = store.add_group(LocalGroup(GroupId(0), "aa", "Etter oppgradering", "0301"), audit("add"))
        assert store.group(group_id).name == "Etter oppgradering"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
