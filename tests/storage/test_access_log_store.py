"""The access log in the database: sealed rows, refused UPDATE/DELETE, a check that finds the edited row."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.access_log import AuditId, ChainBreak
from dischargeplanner.domain.model import AuditEntry, ItemState, Patient, PlanId
from dischargeplanner.storage.audit import (
    GENESIS,
    SqliteAccessLogStore,
    row_hash,
    verify_chain,
    write_audit,
)
from dischargeplanner.storage.db import DB_ERRORS, open_database, transaction
from dischargeplanner.storage.schema import MIGRATION_NAMES
from helpers import TEST_USER, MakeDraft, clock_at, service_at

DAY = date(2026, 3, 2)
FIXTURE_0005 = Path(__file__).parent / "fixtures" / "schema-0005_kommune_work.sqlite3"

_UPDATE_TRIGGER = """
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END
"""
_DELETE_TRIGGER = """
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END
"""


def _rows(conn: sqlite3.Connection) -> list[tuple[int, str, str, str, str, int | None, str, str]]:
    return [
        tuple(row)  # type: ignore[misc]
        for row in conn.execute(
            "SELECT audit_id, at, user, action, detail, plan_id, prev_hash, row_hash "
            "FROM audit_log ORDER BY audit_id"
        )
    ]


def _tamper(conn: sqlite3.Connection, sql: str, params: tuple[object, ...]) -> None:
    """What someone with the file and a SQLite tool could do: drop the trigger, change, put it back."""
    trigger = "audit_log_no_delete" if sql.lstrip().upper().startswith("DELETE") else "audit_log_no_update"
    conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute(sql, params)
    conn.execute(_DELETE_TRIGGER if trigger == "audit_log_no_delete" else _UPDATE_TRIGGER)


@pytest.fixture
def logged(context: Context, make_draft: MakeDraft) -> list[int]:
    """A plan made and changed a few times: the audit ids, oldest first."""
    service = service_at(context, DAY)
    plan_id, _ = service.start_plan(make_draft(), TEST_USER)
    items = service.plan_detail(plan_id).items
    for item in items[:4]:
        service.set_item_state(item.item_id, ItemState.DONE, TEST_USER)
    return [row[0] for row in _rows(context.conn)]


def test_every_row_carries_the_hash_of_the_row_before(context: Context, logged: list[int]) -> None:
    rows = _rows(context.conn)
    # Setting up the test user is the first row, then the plan's five.
    assert len(rows) == len(logged) == 6
    previous = GENESIS
    for _audit_id, at, user, action, detail, plan_id, prev_hash, own in rows:
        assert prev_hash == previous
        assert own == row_hash(prev_hash, at, user, action, plan_id, detail)
        assert len(own) == 64
        previous = own
    assert rows[0][6] == "0" * 64


def test_an_untouched_log_checks_whole(context: Context, logged: list[int]) -> None:
    report = verify_chain(context.conn)
    assert report.ok
    assert report.rows_checked == 6
    assert report.broken_at is None
    assert report.reason is None


def test_the_log_refuses_update_and_delete(context: Context, logged: list[int]) -> None:
    before = _rows(context.conn)
    with pytest.raises(DB_ERRORS, match="append-only"):
        context.conn.execute("UPDATE audit_log SET user = 'someone else' WHERE audit_id = ?", (logged[1],))
    with pytest.raises(DB_ERRORS, match="append-only"):
        context.conn.execute("UPDATE audit_log SET row_hash = ''")
    with pytest.raises(DB_ERRORS, match="append-only"):
        context.conn.execute("DELETE FROM audit_log WHERE audit_id = ?", (logged[-1],))
    assert _rows(context.conn) == before


def test_an_edited_row_is_reported_exactly(context: Context, logged: list[int]) -> None:
    edited = logged[2]
    _tamper(context.conn, "UPDATE audit_log SET user = 'snoker' WHERE audit_id = ?", (edited,))
    report = verify_chain(context.conn)
    assert not report.ok
    assert report.broken_at == AuditId(edited)
    assert report.reason is ChainBreak.EDITED
    assert report.rows_checked == 3


def test_an_edited_time_is_reported_too(context: Context, logged: list[int]) -> None:
    _tamper(
        context.conn, "UPDATE audit_log SET at = '2020-01-01T00:00:00+00:00' WHERE audit_id = ?", (logged[0],)
    )
    report = verify_chain(context.conn)
    assert (report.broken_at, report.reason) == (AuditId(logged[0]), ChainBreak.EDITED)


def test_a_row_resealed_after_editing_breaks_the_link_to_the_next(
    context: Context, logged: list[int]
) -> None:
    _id, at, _user, action, detail, plan_id, prev_hash, _own = _rows(context.conn)[1]
    forged = row_hash(prev_hash, at, "snoker", action, plan_id, detail)
    _tamper(
        context.conn,
        "UPDATE audit_log SET user = 'snoker', row_hash = ? WHERE audit_id = ?",
        (forged, logged[1]),
    )
    report = verify_chain(context.conn)
    assert (report.broken_at, report.reason) == (AuditId(logged[2]), ChainBreak.LINK)


def test_a_removed_row_breaks_the_link_at_the_row_after_it(context: Context, logged: list[int]) -> None:
    _tamper(context.conn, "DELETE FROM audit_log WHERE audit_id = ?", (logged[2],))
    report = verify_chain(context.conn)
    assert (report.broken_at, report.reason) == (AuditId(logged[3]), ChainBreak.LINK)


def test_a_row_written_past_the_program_is_unsealed(context: Context, logged: list[int]) -> None:
    context.conn.execute("INSERT INTO audit_log (at, user, action) VALUES ('2026-03-02T12:00:00', 'x', 'y')")
    report = verify_chain(context.conn)
    assert report.reason is ChainBreak.UNSEALED
    assert report.broken_at == AuditId(logged[-1] + 1)


def test_write_audit_alone_takes_its_own_transaction(context: Context, logged: list[int]) -> None:
    assert not context.conn.in_transaction
    write_audit(context.conn, AuditEntry(TEST_USER, "plan.open", PlanId(1)), clock_at(DAY)())
    assert not context.conn.in_transaction
    assert verify_chain(context.conn).ok
    assert _rows(context.conn)[-1][3] == "plan.open"


def test_a_change_rolled_back_leaves_no_row_and_no_gap_in_the_chain(
    context: Context, logged: list[int]
) -> None:
    def change_that_fails() -> None:
        with transaction(context.conn) as conn:
            write_audit(conn, AuditEntry(TEST_USER, "item.update", PlanId(1)), clock_at(DAY)())
            raise RuntimeError

    with pytest.raises(RuntimeError):
        change_that_fails()
    write_audit(context.conn, AuditEntry(TEST_USER, "plan.open", PlanId(1)), clock_at(DAY)())
    assert len(_rows(context.conn)) == len(logged) + 1
    assert verify_chain(context.conn).ok


def test_the_0005_schema_is_sealed_in_order_when_upgraded(tmp_path: Path) -> None:
    copy = tmp_path / "dischargeplanner.sqlite3"
    shutil.copy(FIXTURE_0005, copy)
    old = sqlite3.connect(copy)
    before = old.execute(
        "SELECT audit_id, at, user, action, plan_id, detail FROM audit_log ORDER BY audit_id"
    )
    before_rows = before.fetchall()
    old.close()
    assert len(before_rows) > 10

    conn = open_database(copy)
    assert [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")][-1] == MIGRATION_NAMES[-1]
    after = conn.execute(
        "SELECT audit_id, at, user, action, plan_id, detail FROM audit_log ORDER BY audit_id"
    )
    assert [tuple(row) for row in after] == before_rows
    report = verify_chain(conn)
    assert report.ok
    assert report.rows_checked == len(before_rows)
    # The trigger dropped for the sealing is back.
    with pytest.raises(DB_ERRORS, match="append-only"):
        conn.execute("UPDATE audit_log SET detail = 'x'")
    # New rows go on from the last sealed one.
    write_audit(conn, AuditEntry(TEST_USER, "plan.open", PlanId(1)), datetime(2026, 3, 2, 12).astimezone())
    assert verify_chain(conn).ok
    conn.close()


def test_the_store_names_the_patient_and_filters_by_user_and_plan(
    context: Context, logged: list[int], make_draft: MakeDraft
) -> None:
    store = SqliteAccessLogStore(context.conn, clock_at(DAY))
    service = service_at(context, DAY)
    other, _ = service.start_plan(make_draft(patient=Patient("Prøve Prøvesen", None)), "annen.bruker")
    store.log(AuditEntry("annen.bruker", "plan.open", other))
    store.log(AuditEntry("annen.bruker", "selfhelp.group.add", None, "AA Sentrum"))

    entries = store.entries()
    assert [entry.audit_id for entry in entries] == sorted(entry.audit_id for entry in entries)
    assert {entry.patient_name for entry in entries} == {"Testa Testesen", "Prøve Prøvesen", ""}
    assert entries[-1].plan_id is None
    assert entries[-2].at == clock_at(DAY)()
    assert [entry.action for entry in store.entries(user="annen.bruker")] == [
        "plan.create",
        "plan.open",
        "selfhelp.group.add",
    ]
    assert {entry.patient_name for entry in store.entries(plan_id=other)} == {"Prøve Prøvesen"}
    assert store.users() == ["annen.bruker", TEST_USER]


def test_an_open_logged_by_the_store_leaves_the_plans_version(context: Context, logged: list[int]) -> None:
    store = SqliteAccessLogStore(context.conn, clock_at(DAY))
    plan_id = next(entry.plan_id for entry in store.entries() if entry.plan_id is not None)
    version = store.plan(plan_id).version
    store.log(AuditEntry(TEST_USER, "plan.open", plan_id))
    assert store.plan(plan_id).version == version
    assert store.check_chain().rows_checked == len(logged) + 1
