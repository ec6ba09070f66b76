"""Opening the file: pragmas, migrations, strict tables, the append-only audit log."""

from __future__ import annotations

from pathlib import Path

import pytest

from dischargeplanner.domain.model import PlanId
from dischargeplanner.storage import schema
from dischargeplanner.storage.db import DatabaseError, open_database, pending_migrations
from helpers import INTEGRITY_ERRORS


def test_new_database_uses_wal_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "db.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_every_migration_is_applied_once_and_names_match_the_registry(tmp_path: Path) -> None:
    from dischargeplanner.storage.migrations import migrations

    path = tmp_path / "db.sqlite3"
    conn = open_database(path)
    assert pending_migrations(conn) == []
    conn.close()
    conn = open_database(path)  # a second open applies nothing again
    applied = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == list(schema.MIGRATION_NAMES)
    assert [m.name for m in migrations._migrations] == list(schema.MIGRATION_NAMES)


def test_tables_are_strict(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "db.sqlite3")
    strict = {row[1] for row in conn.execute("PRAGMA table_list") if row[5] == 1}
    assert {"plan", "area_status", "checklist_item", "agreed_action", "audit_log", "setting"} <= strict
    with pytest.raises(INTEGRITY_ERRORS):
        conn.execute(
            "INSERT INTO plan (patient_name, ward, responsible_staff, admission, catalogue_id, "
            "catalogue_version, created_at, created_by, version) "
            "VALUES ('X', 'A', 'B', '2026-01-01', 'c', '1', "
            "'2026-01-01', 'u', 'not a number')"
        )


def test_foreign_keys_refuse_an_item_without_its_plan(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "db.sqlite3")
    with pytest.raises(INTEGRITY_ERRORS):
        conn.execute(
            "INSERT INTO checklist_item "
            "(plan_id, key, area, text, timing, required, brukerplan, responsible, "
            "position) VALUES (999, 'housing.x', 'housing', 't', 'A+1', 1, 'bolig', 'ward', 0)"
        )


def test_audit_log_refuses_update_and_delete(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "db.sqlite3")
    conn.execute("INSERT INTO audit_log (at, user, action) VALUES ('2026-01-01', 'u', 'x')")
    with pytest.raises(INTEGRITY_ERRORS, match="append-only"):
        conn.execute("UPDATE audit_log SET user = 'someone else'")
    with pytest.raises(INTEGRITY_ERRORS, match="append-only"):
        conn.execute("DELETE FROM audit_log")
    assert conn.execute("SELECT user FROM audit_log").fetchall() == [("u",)]


def test_a_file_that_is_not_a_database_gets_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"this is a letter, not a database" * 100)
    with pytest.raises(DatabaseError, match=r"db\.sqlite3"):
        open_database(path)


def test_opening_creates_missing_data_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "db.sqlite3"
    open_database(path).close()
    assert path.is_file()


def test_audit_rows_keep_plan_id_type(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from dischargeplanner.domain.model import AuditEntry
    from dischargeplanner.storage.audit import audit_trail, write_audit

    conn = open_database(tmp_path / "db.sqlite3")
    write_audit(conn, AuditEntry("u", "plan.read", PlanId(7), "x"), datetime(2026, 1, 2, tzinfo=UTC))
    [record] = audit_trail(conn, PlanId(7))
    assert (record.user, record.action, record.plan_id, record.detail) == ("u", "plan.read", 7, "x")
