"""Backups and restore on a real encrypted ward: taken whole, listed, pruned, and restored safely.

Every ward is made by open_test_context (SQLCipher, a real key file); dates are fixed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from dischargeplanner import paths
from dischargeplanner.app import Context
from dischargeplanner.domain.model import Patient
from dischargeplanner.domain.services import StorageError
from dischargeplanner.storage.backup import (
    backup_due,
    backup_if_due,
    check_backup,
    list_backups,
    make_backup,
    newest_good_backup,
    prune_backups,
    restore_backup,
)
from dischargeplanner.storage.db import DatabaseError, encrypted_connector
from dischargeplanner.storage.keyring import new_database_key
from helpers import TEST_USER, MakeDraft, open_test_context, service_at
from synthetic import make_fodselsnummer

DAY = date(2025, 3, 3)
NOON = datetime(2025, 3, 3, 12, 0)
PAGE = 4096


def add_plan(context: Context, make_draft: MakeDraft, name: str) -> None:
    draft = make_draft(
        patient=Patient(name, make_fodselsnummer(date(1980, 6, 2))),
        admission=DAY - timedelta(days=20),
        planned_discharge=DAY + timedelta(days=30),
    )
    service_at(context, DAY).start_plan(draft, TEST_USER)


def patient_names(database: Path, key: bytes) -> list[str]:
    conn = encrypted_connector(key)(database)
    try:
        return sorted(row[0] for row in conn.execute("SELECT patient_name FROM plan"))
    finally:
        conn.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def backups(data_dir: Path) -> Path:
    return paths.backup_dir(data_dir)


@pytest.fixture
def ward(context: Context, make_draft: MakeDraft) -> Context:
    """A ward with two synthetic patients."""
    add_plan(context, make_draft, "Testperson Demo")
    add_plan(context, make_draft, "Testa Testesen")
    return context


def damaged_copy(source: Path, target: Path) -> Path:
    """A copy with one byte flipped in every page after the first: opens, but nothing reads."""
    data = bytearray(source.read_bytes())
    for offset in range(PAGE + 100, len(data), PAGE):
        data[offset] ^= 0xFF
    target.write_bytes(bytes(data))
    return target


# Taking a backup ----------------------------------------------------------------


def test_a_backup_is_encrypted_and_opens_only_with_the_key(ward: Context, backups: Path) -> None:
    info = make_backup(ward.conn, backups, NOON, ward.key)

    assert info.path == backups / "dischargeplanner-20250303-120000.db"
    assert info.taken_at == NOON.astimezone()
    assert (info.plan_count, info.ok, info.size_bytes) == (2, True, info.path.stat().st_size)
    data = info.path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"Testperson" not in data
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(info.path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    with pytest.raises(DatabaseError):
        encrypted_connector(new_database_key())(info.path)
    assert patient_names(info.path, ward.key) == ["Testa Testesen", "Testperson Demo"]
    # One file: no -wal/-shm/-journal beside it, no temporary file left.
    assert [path.name for path in backups.iterdir()] == [info.path.name]


def test_a_backup_holds_edits_not_yet_checkpointed(
    ward: Context, backups: Path, make_draft: MakeDraft
) -> None:
    """The live database is in WAL mode: the newest edit sits in the -wal file, not the main file."""
    add_plan(ward, make_draft, "Testperson Siste")
    assert paths.database_path(ward.data_dir).with_name("dischargeplanner.sqlite3-wal").stat().st_size > 0
    info = make_backup(ward.conn, backups, NOON, ward.key)
    assert "Testperson Siste" in patient_names(info.path, ward.key)


def test_a_backup_that_fails_leaves_no_file_and_says_so_in_norwegian(ward: Context, backups: Path) -> None:
    ward.conn.close()
    with pytest.raises(StorageError, match="Sikkerhetskopien kunne ikke tas"):
        make_backup(ward.conn, backups, NOON, ward.key)
    assert list(backups.iterdir()) == []


def test_a_backup_folder_that_cannot_be_made_is_a_storage_error(ward: Context, tmp_path: Path) -> None:
    in_the_way = tmp_path / "a file"
    in_the_way.write_text("not a folder")
    with pytest.raises(StorageError):
        make_backup(ward.conn, in_the_way, NOON, ward.key)
    assert in_the_way.read_text() == "not a folder"


def test_a_plain_database_is_not_backed_up(tmp_path: Path) -> None:
    plain = sqlite3.connect(tmp_path / "plain.sqlite3")
    with pytest.raises(StorageError, match="ikke kryptert"):
        make_backup(plain, tmp_path / "backups", NOON, new_database_key())
    plain.close()
    assert not (tmp_path / "backups").exists()


def test_a_temporary_file_left_by_a_killed_backup_is_cleared_later(ward: Context, backups: Path) -> None:
    backups.mkdir(parents=True)
    stale = backups / "dischargeplanner-20250302-120000.db.skrives"
    stale.write_bytes(b"half a backup")
    two_hours_before = (NOON - timedelta(hours=2)).timestamp()
    os.utime(stale, (two_hours_before, two_hours_before))
    make_backup(ward.conn, backups, NOON, ward.key)
    assert [path.name for path in backups.iterdir()] == ["dischargeplanner-20250303-120000.db"]


# When ---------------------------------------------------------------------------


def test_a_backup_is_due_once_a_local_day(ward: Context, backups: Path) -> None:
    assert backup_due(backups, NOON)  # no folder yet
    assert backup_if_due(ward.conn, backups, NOON, ward.key) is not None
    assert not backup_due(backups, NOON.replace(hour=23, minute=59))
    assert backup_if_due(ward.conn, backups, NOON.replace(hour=18), ward.key) is None
    assert backup_due(backups, datetime(2025, 3, 4, 0, 1))
    assert len(list_backups(backups, ward.key)) == 1


def test_backups_are_pruned_to_the_newest_and_the_monthly_ones(ward: Context, backups: Path) -> None:
    backups.mkdir(parents=True)
    # Sixty days of earlier backups (only their names matter to the rule), and a file of the user's.
    first = datetime(2025, 1, 2, 8)
    for day in range(60):
        name = (first + timedelta(days=day)).strftime("dischargeplanner-%Y%m%d-%H%M%S.db")
        (backups / name).write_bytes(b"old")
    (backups / "notat.txt").write_text("mine")
    info = backup_if_due(ward.conn, backups, NOON, ward.key)
    assert info is not None

    left = sorted(path.name for path in backups.iterdir())
    assert left == [
        "dischargeplanner-20250102-080000.db",  # January's first
        "dischargeplanner-20250201-080000.db",  # February's first
        *(f"dischargeplanner-202502{day}-080000.db" for day in range(18, 29)),
        "dischargeplanner-20250301-080000.db",
        "dischargeplanner-20250302-080000.db",
        "dischargeplanner-20250303-120000.db",
        "notat.txt",
    ]
    assert prune_backups(backups, NOON) == []


# Listing ------------------------------------------------------------------------


def test_backups_are_listed_newest_first_with_their_plans(
    ward: Context, backups: Path, make_draft: MakeDraft
) -> None:
    make_backup(ward.conn, backups, NOON, ward.key)
    add_plan(ward, make_draft, "Testperson Tredje")
    make_backup(ward.conn, backups, NOON + timedelta(days=1), ward.key)

    listed = list_backups(backups, ward.key)
    assert [(info.taken_at, info.plan_count, info.ok) for info in listed] == [
        ((NOON + timedelta(days=1)).astimezone(), 3, True),
        (NOON.astimezone(), 2, True),
    ]
    assert all(info.size_bytes == info.path.stat().st_size for info in listed)


def test_damaged_and_foreign_backups_are_listed_as_not_ok_and_never_raise(
    ward: Context, backups: Path, tmp_path: Path
) -> None:
    good = make_backup(ward.conn, backups, NOON, ward.key)
    data = good.path.read_bytes()
    (backups / "dischargeplanner-20250304-120000.db").write_bytes(data[: len(data) // 2])  # truncated
    damaged_copy(good.path, backups / "dischargeplanner-20250305-120000.db")
    (backups / "dischargeplanner-20250306-120000.db").write_bytes(b"not a database " * 300)
    (backups / "dischargeplanner-20250307-120000.db").write_bytes(b"")
    other = open_test_context(tmp_path / "another ward")
    try:
        made = make_backup(other.conn, tmp_path / "elsewhere", NOON, other.key)
        shutil.copyfile(made.path, backups / "dischargeplanner-20250308-120000.db")
    finally:
        other.close()
    (backups / "dischargeplanner-20251399-120000.db").write_bytes(data)  # no such date: not ours
    (backups / "kopi av dischargeplanner-20250303-120000.db").write_bytes(data)

    listed = list_backups(backups, ward.key)
    assert [(info.path.name[17:32], info.plan_count, info.ok) for info in listed] == [
        ("20250308-120000", None, False),
        ("20250307-120000", None, False),
        ("20250306-120000", None, False),
        ("20250305-120000", None, False),
        ("20250304-120000", None, False),
        ("20250303-120000", 2, True),
    ]
    assert newest_good_backup(backups, ward.key) == good


def test_listing_thirty_backups_is_quick(ward: Context, backups: Path) -> None:
    for number in range(30):
        make_backup(ward.conn, backups, NOON + timedelta(minutes=number), ward.key)
    started = datetime.now()
    assert len(list_backups(backups, ward.key)) == 30
    assert datetime.now() - started < timedelta(seconds=2)


# Restoring ----------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_the_present_aside(
    ward: Context, backups: Path, make_draft: MakeDraft, data_dir: Path
) -> None:
    backup = make_backup(ward.conn, backups, NOON, ward.key)
    backup_before = sha(backup.path)
    add_plan(ward, make_draft, "Testperson Etterpå")
    database = paths.database_path(data_dir)
    ward.close()

    aside = restore_backup(backup.path, database, ward.key, datetime(2025, 3, 4, 9, 15))

    assert aside == data_dir / "dischargeplanner.sqlite3.før-gjenoppretting-20250304-091500"
    assert "Testperson Etterpå" in patient_names(aside, ward.key)
    assert not any(name.endswith(".gjenoppretter") for name in (path.name for path in data_dir.iterdir()))
    assert sha(backup.path) == backup_before  # the backup itself is untouched
    assert sorted(path.name for path in backups.iterdir()) == [backup.path.name]
    reopened = open_test_context(data_dir)
    try:
        names = sorted(plan.patient_name for plan in service_at(reopened, DAY).list_plans())
    finally:
        reopened.close()
    assert names == ["Testa Testesen", "Testperson Demo"]


def test_restoring_twice_never_overwrites_what_was_set_aside(
    ward: Context, backups: Path, data_dir: Path
) -> None:
    backup = make_backup(ward.conn, backups, NOON, ward.key)
    ward.close()
    database = paths.database_path(data_dir)
    later = datetime(2025, 3, 4, 9, 15)
    first = restore_backup(backup.path, database, ward.key, later)
    first_contents = sha(first) if first else ""
    second = restore_backup(backup.path, database, ward.key, later)
    assert first is not None
    assert second is not None
    assert second.name == first.name + "-2"
    assert sha(first) == first_contents


def test_a_leftover_wal_is_set_aside_and_never_replayed_into_the_restored_file(
    ward: Context, backups: Path, data_dir: Path
) -> None:
    backup = make_backup(ward.conn, backups, NOON, ward.key)
    ward.close()
    database = paths.database_path(data_dir)
    database.with_name(database.name + "-wal").write_bytes(b"left by a crash")
    aside = restore_backup(backup.path, database, ward.key, NOON + timedelta(days=1))
    assert aside is not None
    assert not database.with_name(database.name + "-wal").exists()
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"left by a crash"


def test_a_damaged_backup_is_refused_and_nothing_changes(
    ward: Context, backups: Path, data_dir: Path
) -> None:
    good = make_backup(ward.conn, backups, NOON, ward.key)
    damaged = damaged_copy(good.path, backups / "dischargeplanner-20250304-120000.db")
    ward.close()
    database = paths.database_path(data_dir)
    before = sha(database)
    files = sorted(path.name for path in data_dir.iterdir())

    with pytest.raises(StorageError, match="skadet"):
        restore_backup(damaged, database, ward.key, NOON + timedelta(days=2))

    assert sha(database) == before
    assert sorted(path.name for path in data_dir.iterdir()) == files


def test_a_backup_of_another_ward_is_refused(ward: Context, data_dir: Path, tmp_path: Path) -> None:
    other = open_test_context(tmp_path / "another ward")
    try:
        foreign = make_backup(other.conn, tmp_path / "elsewhere", NOON, other.key)
    finally:
        other.close()
    ward.close()
    database = paths.database_path(data_dir)
    before = sha(database)
    with pytest.raises(StorageError, match="annen nøkkel"):
        restore_backup(foreign.path, database, ward.key, NOON)
    with pytest.raises(StorageError, match="finnes ikke"):
        check_backup(tmp_path / "gone.db", ward.key)
    assert sha(database) == before


def test_a_restore_into_an_empty_folder_sets_nothing_aside(
    ward: Context, backups: Path, tmp_path: Path
) -> None:
    backup = make_backup(ward.conn, backups, NOON, ward.key)
    target = tmp_path / "new place" / "dischargeplanner.sqlite3"
    assert restore_backup(backup.path, target, ward.key, NOON) is None
    assert patient_names(target, ward.key) == ["Testa Testesen", "Testperson Demo"]


def test_a_file_chosen_by_hand_brings_the_edits_in_its_wal_along(
    ward: Context, make_draft: MakeDraft, data_dir: Path, tmp_path: Path
) -> None:
    """Restoring a copy of a live database (say, one set aside earlier) whose newest edit is in its -wal."""
    add_plan(ward, make_draft, "Testperson I Wal")
    database = paths.database_path(data_dir)
    copy = tmp_path / "kopi.sqlite3"
    for suffix in ("", "-wal"):
        shutil.copyfile(database.with_name(database.name + suffix), copy.with_name(copy.name + suffix))
    ward.close()
    assert restore_backup(copy, database, ward.key, NOON) is not None
    assert "Testperson I Wal" in patient_names(database, ward.key)
