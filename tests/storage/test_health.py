"""The database health check (read-only, never changes what it looks at) and the network-share refusal.

Real encrypted wards in tmp_path; damaged and wrong files are in test_damaged_files.py.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from dischargeplanner import paths
from dischargeplanner.app import Context
from dischargeplanner.storage.db import encrypted_connector
from dischargeplanner.storage.health import Damage, Health, check_database, describe
from dischargeplanner.storage.location import (
    DRIVE_REMOTE,
    Mount,
    network_share_problem,
    parse_mount_output,
    parse_proc_mounts,
    system_mounts,
)
from helpers import TEST_USER, demo_ward_at, open_test_context

TODAY = date(2026, 11, 24)
FIXTURES = Path(__file__).parent / "fixtures"


def _state(folder: Path) -> tuple[list[str], dict[str, bytes]]:
    """The folder listing and every file's bytes: what a check must leave as it found it."""
    names = sorted(entry.name for entry in folder.iterdir())
    return names, {name: (folder / name).read_bytes() for name in names if (folder / name).is_file()}


@pytest.fixture
def closed_ward(data_dir: Path) -> tuple[Path, bytes]:
    """A ward with 3 plans, closed cleanly: the main file holds everything, no -wal beside it."""
    context = open_test_context(data_dir)
    demo_ward_at(context, TODAY, 3)
    context.close()
    return paths.database_path(data_dir), context.key


def test_a_healthy_ward_is_ok_with_its_plan_count_and_unchanged(closed_ward: tuple[Path, bytes]) -> None:
    database, key = closed_ward
    before = _state(database.parent)
    assert check_database(database, key) == Health(True, None, (), 3)
    assert check_database(database, key, full=True) == Health(True, None, (), 3)
    assert _state(database.parent) == before
    assert not database.with_name(database.name + "-wal").exists()
    assert not database.with_name(database.name + "-shm").exists()


def test_a_ward_in_use_is_checked_with_the_edits_still_in_its_wal(context: Context) -> None:
    demo_ward_at(context, TODAY, 2)
    database = paths.database_path(context.data_dir)
    assert database.with_name(database.name + "-wal").stat().st_size > 0
    main_file = database.read_bytes()
    health = check_database(database, context.key)
    assert health.ok
    assert health.plan_count == 2
    assert database.read_bytes() == main_file


_KILLED_APP = """
import os, sys
from datetime import date
from pathlib import Path
from dischargeplanner.app import open_context
from dischargeplanner.domain.model import Patient, PlanDraft
context = open_context(Path(sys.argv[1]), sys.argv[2], bytes.fromhex(os.environ["TEST_DATABASE_KEY"]))
draft = PlanDraft(Patient("Testperson Demo", None, date(1980, 1, 1)), "0301", "Avdeling A",
                  "Sosionom Test", date(2026, 11, 1), None)
context.service.start_plan(draft, sys.argv[2])
os._exit(0)  # killed: no close, no checkpoint; the new plan is only in the -wal file
"""


def test_a_ward_left_by_a_killed_app_counts_the_plan_only_in_its_wal(closed_ward: tuple[Path, bytes]) -> None:
    database, key = closed_ward
    environment = {**os.environ, "TEST_DATABASE_KEY": key.hex()}
    subprocess.run(
        [sys.executable, "-c", _KILLED_APP, str(database.parent), TEST_USER], env=environment, check=True
    )
    assert database.with_name(database.name + "-wal").stat().st_size > 0
    main_file = database.read_bytes()
    assert check_database(database, key) == Health(True, None, (), 4)
    assert database.read_bytes() == main_file


def test_a_ward_another_program_holds_locked_is_reported_as_locked(closed_ward: tuple[Path, bytes]) -> None:
    database, key = closed_ward
    holder = encrypted_connector(key)(database)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        health = check_database(database, key, busy_timeout=0.1)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert health.damage is Damage.LOCKED
    assert "låst" in describe(health)


def _copy(database: Path, folder: Path) -> Path:
    folder.mkdir()
    copy = folder / database.name
    shutil.copy(database, copy)
    return copy


def test_a_database_from_a_newer_version_is_not_ours_schema(
    closed_ward: tuple[Path, bytes], tmp_path: Path
) -> None:
    database, key = closed_ward
    copy = _copy(database, tmp_path / "newer")
    conn = encrypted_connector(key)(copy)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('dischargeplanner', '0099_from_the_future', '2030-01-01')"
    )
    conn.close()
    health = check_database(copy, key)
    assert health.damage is Damage.NOT_OURS_SCHEMA
    assert "nyere versjon" in describe(health)


def test_an_encrypted_database_of_another_program_is_not_ours_schema(tmp_path: Path) -> None:
    key = bytes(range(32))
    path = tmp_path / "annet.sqlite3"
    conn = encrypted_connector(key)(path)
    conn.execute("CREATE TABLE handleliste (vare TEXT)")
    conn.close()
    health = check_database(path, key)
    assert health.damage is Damage.NOT_OURS_SCHEMA
    assert "annet program" in describe(health)


def test_a_new_encrypted_database_without_tables_is_ok(tmp_path: Path) -> None:
    key = bytes(range(32))
    path = tmp_path / "ny.sqlite3"
    conn = encrypted_connector(key)(path)
    conn.execute("PRAGMA user_version = 1")  # writes the first page, no tables
    conn.close()
    health = check_database(path, key)
    assert health.ok
    assert health.plan_count == 0


def test_rows_pointing_at_a_removed_plan_are_reported_as_corrupt(
    closed_ward: tuple[Path, bytes], tmp_path: Path
) -> None:
    database, key = closed_ward
    copy = _copy(database, tmp_path / "dangling")
    conn = encrypted_connector(key)(copy)  # foreign keys are off on a bare connection
    conn.execute("DELETE FROM plan WHERE plan_id = (SELECT min(plan_id) FROM plan)")
    conn.close()
    health = check_database(copy, key)
    assert health.damage is Damage.CORRUPT
    assert any("som ikke finnes" in detail and "«plan»" in detail for detail in health.details)


def test_an_unencrypted_database_from_before_encryption_says_so(tmp_path: Path) -> None:
    copy = _copy(FIXTURES / "schema-0005_kommune_work.sqlite3", tmp_path / "old")
    health = check_database(copy, bytes(32))
    assert health.damage is Damage.NOT_OURS
    assert "eldre versjon" in describe(health)


def test_describe_says_what_is_wrong_in_one_paragraph() -> None:
    assert (
        describe(Health(True, None, (), 1))
        == "Databasen er i orden: kontrollen fant ingen feil. Den har 1 plan."
    )
    assert describe(Health(True, None, (), 1000)).endswith("Den har 1000 planer.")
    for damage in Damage:
        text = describe(Health(False, damage, ("Blokk nr. 7 i filen er skadet.",)))
        assert text.endswith(" Blokk nr. 7 i filen er skadet.")
        assert "\n" not in text
        assert len(text) > 60
    assert "avkortet" in describe(Health(False, Damage.TRUNCATED))
    assert "finnes ikke" in describe(Health(False, Damage.MISSING))


def test_a_plain_sqlite_file_is_never_opened_for_writing(tmp_path: Path) -> None:
    path = tmp_path / "handleliste.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE handleliste (vare TEXT)")
    conn.commit()
    conn.close()
    before = _state(tmp_path)
    assert check_database(path, bytes(32)).damage is Damage.NOT_OURS
    assert _state(tmp_path) == before


def test_the_read_only_check_does_not_need_write_permission(closed_ward: tuple[Path, bytes]) -> None:
    database, key = closed_ward
    if getattr(os, "geteuid", lambda: 0)() == 0:
        pytest.skip("root may write to read-only files, so this proves nothing")
    database.parent.chmod(0o555)
    database.chmod(0o444)
    try:
        assert check_database(database, key).ok
    finally:
        database.parent.chmod(0o755)
        database.chmod(0o644)


# The data folder's location


@pytest.mark.parametrize(
    ("folder", "share"),
    [
        (r"\\server\avdeling\utskrivning", r"\\server\avdeling"),
        (r"\\?\UNC\server\avdeling\utskrivning", r"\\server\avdeling"),
        ("//server/avdeling/utskrivning", r"\\server\avdeling"),
    ],
)
def test_a_unc_path_is_a_network_share(folder: str, share: str) -> None:
    problem = network_share_problem(PureWindowsPath(folder), platform="win32", drive_type=lambda _root: 3)
    assert problem is not None
    assert share in problem
    assert "egen disk" in problem
    assert "låse" in problem


def test_a_mapped_network_drive_is_a_network_share_and_a_local_drive_is_not() -> None:
    def drive_type(root: str) -> int:
        return DRIVE_REMOTE if root.upper() == "Z:\\" else 3  # 3: DRIVE_FIXED

    for folder in (r"Z:\Utskrivning", r"\\?\Z:\Utskrivning"):
        problem = network_share_problem(PureWindowsPath(folder), platform="win32", drive_type=drive_type)
        assert problem is not None
        assert "Z:" in problem
    for folder in (r"C:\Users\sosionom\AppData\Local\dischargeplanner", r"\\?\C:\data"):
        assert network_share_problem(PureWindowsPath(folder), platform="win32", drive_type=drive_type) is None


PROC_MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
server:/export /srv/avdeling nfs4 rw,relatime,vers=4.2 0 0
/dev/sdb1 /srv/avdeling/lokal ext4 rw 0 0
//server/felles /mnt/felles\\040område cifs rw,vers=3.1.1 0 0
kari@server:/home /mnt/hjemme fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize(
    ("folder", "expected"),
    [
        ("/home/kari/.local/share/dischargeplanner", None),
        ("/srv/avdeling/utskrivning", "/srv/avdeling (nfs4)"),
        ("/srv/avdeling", "/srv/avdeling (nfs4)"),
        ("/srv/avdeling/lokal/utskrivning", None),  # a local disk mounted inside the share
        ("/srv/avdelingen", None),  # a name that only starts like the mount point
        ("/mnt/felles område/utskrivning", "/mnt/felles område (cifs)"),
        ("/mnt/hjemme/data", "/mnt/hjemme (fuse.sshfs)"),
    ],
)
def test_a_folder_on_a_network_mount_is_a_network_share(folder: str, expected: str | None) -> None:
    problem = network_share_problem(
        PurePosixPath(folder), platform="linux", mounts=lambda: parse_proc_mounts(PROC_MOUNTS)
    )
    if expected is None:
        assert problem is None
    else:
        assert problem is not None
        assert expected in problem


def test_macos_mount_output_is_read() -> None:
    output = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "//kari@server/avdeling on /Volumes/avdeling (smbfs, nodev, nosuid, mounted by kari)\n"
    )
    assert parse_mount_output(output) == [Mount("/", "apfs"), Mount("/Volumes/avdeling", "smbfs")]
    problem = network_share_problem(
        PurePosixPath("/Volumes/avdeling/data"), platform="darwin", mounts=lambda: parse_mount_output(output)
    )
    assert problem is not None
    assert "/Volumes/avdeling (smbfs)" in problem


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/mounts")
def test_this_machines_mount_table_is_read() -> None:
    assert any(mount.mount_point == "/" for mount in system_mounts())
