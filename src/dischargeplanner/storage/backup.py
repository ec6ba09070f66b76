"""Backups of the ward's database and restoring one: copy, check, then rename into place.

A backup is made with SQLite's backup API into a new file opened under the same key, so it
is encrypted like the database. It is written under a temporary name, checked with
integrity_check, flushed to disk and only then renamed to `dischargeplanner-YYYYMMDD-HHMMSS.db`
(local time): a backup file that exists is whole. Restoring never deletes anything: the
current database is set aside under a new name and the backup copied into its place.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import cast

from sqlcipher3 import dbapi2 as sqlcipher

from dischargeplanner.domain.backups import BackupInfo, backups_to_remove
from dischargeplanner.domain.services import StorageError
from dischargeplanner.domain.users import User
from dischargeplanner.storage.db import (
    BUSY_TIMEOUT_MS,
    DB_ERRORS,
    DatabaseError,
    add_collations,
    is_encrypted,
)
from dischargeplanner.storage.users import SqliteUserStore

BACKUP_PATTERN = re.compile(r"^dischargeplanner-(\d{8}-\d{6})\.db$")
STAMP_FORMAT = "%Y%m%d-%H%M%S"
# Written first, renamed to the backup's name once checked; never listed as a backup.
TEMP_SUFFIX = ".skrives"
# The backup being copied beside the database during a restore.
RESTORE_SUFFIX = ".gjenoppretter"
SET_ASIDE_INFIX = ".før-gjenoppretting-"
# The files SQLite keeps beside a database; they belong to it and move with it.
COMPANIONS = ("-wal", "-shm", "-journal")
# A temporary file this old is left over from a backup that was killed half-way.
STALE_AFTER = timedelta(hours=1)

# Older SQLCipher reports a page that fails its check as out of memory (Python's MemoryError).
_ERRORS: tuple[type[Exception], ...] = (*DB_ERRORS, DatabaseError, OSError, MemoryError)
# Reading a backup also refuses a key of the wrong length.
_READ_ERRORS: tuple[type[Exception], ...] = (*_ERRORS, ValueError)


def backup_name(taken_at: datetime) -> str:
    return f"dischargeplanner-{_local(taken_at).strftime(STAMP_FORMAT)}.db"


def _local(moment: datetime) -> datetime:
    """`moment` in local time, with its zone (a naive datetime is taken to be local already)."""
    return moment.astimezone().replace(microsecond=0)


def _backup_files(backup_dir: Path) -> Iterator[tuple[Path, datetime]]:
    """Every backup in the folder with the moment in its name; other files are not ours to touch."""
    try:
        entries = list(backup_dir.iterdir())
    except OSError:  # no folder yet (no backups), or one we may not read
        return
    for path in entries:
        match = BACKUP_PATTERN.match(path.name)
        if match is None or not path.is_file():
            continue
        try:
            taken = datetime.strptime(match.group(1), STAMP_FORMAT)  # the name holds local time
        except ValueError:  # digits that are no date (month 13): not one of ours
            continue
        yield path, taken.astimezone()


def _connect(path: Path, key: bytes, *, read_only: bool) -> sqlite3.Connection:
    """An SQLCipher connection to `path` under `key`; the key is checked by reading the schema."""
    if len(key) != 32:
        raise ValueError("the database key is 32 bytes")
    if read_only:
        # Looking at a backup never writes to it, nor creates it when missing. Without a -wal
        # beside it the file holds everything: immutable, so SQLite makes no -wal/-shm either.
        has_wal = path.with_name(path.name + "-wal").exists()
        query = "?mode=ro" if has_wal else "?mode=ro&immutable=1"
        target, uri = path.resolve().as_uri() + query, True
    else:
        target, uri = str(path), False
    conn = cast(
        sqlite3.Connection,
        sqlcipher.connect(target, uri=uri, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000),
    )
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _plan_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM plan").fetchone()[0])


def _integrity_problem(conn: sqlite3.Connection) -> str | None:
    """What integrity_check found, or None when the file is whole."""
    rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(5)")]
    return None if rows == ["ok"] else "; ".join(rows)


def _fsync_file(path: Path) -> None:
    # Opened for writing: Windows flushes only a handle that may write.
    with path.open("r+b") as file:
        os.fsync(file.fileno())


def _fsync_dir(folder: Path) -> None:
    # A rename is only durable once the folder is flushed; Windows has no such call (nor need).
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _remove_with_companions(path: Path) -> None:
    """Remove a temporary file and any journal SQLite made beside it; never raises."""
    for suffix in ("", *COMPANIONS):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def _remove_stale_temps(backup_dir: Path, now: datetime) -> None:
    """Temporary files left by a backup that was killed half-way (another instance's live one is young)."""
    for path in backup_dir.glob(f"dischargeplanner-*.db{TEMP_SUFFIX}*"):
        with contextlib.suppress(OSError):
            if now.timestamp() - path.stat().st_mtime > STALE_AFTER.total_seconds():
                path.unlink()


# Making backups ---------------------------------------------------------------


def make_backup(conn: sqlite3.Connection, backup_dir: Path, now: datetime, key: bytes) -> BackupInfo:
    """Back up the open database `conn` (encrypted under `key`) into `backup_dir`, taken at `now`.

    Raises StorageError with a Norwegian message when the backup could not be made whole;
    then no file of it is left behind and the database is untouched.
    """
    if isinstance(conn, sqlite3.Connection):
        # The standard module's connections are plain files from before encryption.
        raise StorageError("Databasen er ikke kryptert; det tas ikke sikkerhetskopi av den.")
    taken_at = _local(now)
    final = backup_dir / backup_name(taken_at)
    temp = final.with_name(final.name + TEMP_SUFFIX)
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
        _remove_stale_temps(backup_dir, taken_at)
        _remove_with_companions(temp)
        _copy_into(conn, temp, key)
        plan_count = _check_written(temp, key)
        _fsync_file(temp)
        temp.replace(final)
        _fsync_dir(backup_dir)
        size = final.stat().st_size
    except _ERRORS as error:
        _remove_with_companions(temp)
        raise StorageError(
            f"Sikkerhetskopien kunne ikke tas ({error}). Databasen er ikke endret, "
            "og ingen halvferdig kopi er lagt igjen."
        ) from error
    return BackupInfo(final, taken_at, size, plan_count, ok=True)


def _copy_into(conn: sqlite3.Connection, target_path: Path, key: bytes) -> None:
    target = _connect(target_path, key, read_only=False)
    try:
        conn.backup(target)
        # The copy takes the live database's WAL mode; a backup is one file with no -wal/-shm.
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()


def _check_written(path: Path, key: bytes) -> int:
    """Read the written copy back from disk: encrypted, whole, and its plans countable."""
    if not is_encrypted(path):
        raise DatabaseError("kopien ble ikke kryptert")
    copy = _connect(path, key, read_only=True)
    try:
        problem = _integrity_problem(copy)
        if problem is not None:
            raise DatabaseError(f"kopien er ikke hel: {problem}")
        return _plan_count(copy)
    finally:
        copy.close()


def backup_due(backup_dir: Path, now: datetime) -> bool:
    """No backup has been taken yet today (the local date of `now`)."""
    today = _local(now).date()
    return not any(taken.date() == today for _path, taken in _backup_files(backup_dir))


def prune_backups(backup_dir: Path, now: datetime) -> list[Path]:
    """Remove the backups the retention rule (domain.backups) does not keep; returns what was removed.

    A file that cannot be removed now (locked by a virus scanner) stays until the next time.
    """
    files = dict(_backup_files(backup_dir))
    remove = backups_to_remove(files.values(), _local(now))
    removed: list[Path] = []
    for path, taken in sorted(files.items(), key=lambda item: item[1]):
        if taken not in remove:
            continue
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def take_backup(
    conn: sqlite3.Connection, backup_dir: Path, now: datetime, key: bytes
) -> tuple[BackupInfo, list[Path]]:
    """A backup now, then the old ones the retention rule lets go; returns both. Raises StorageError."""
    info = make_backup(conn, backup_dir, now, key)
    return info, prune_backups(backup_dir, now)


def backup_if_due(conn: sqlite3.Connection, backup_dir: Path, now: datetime, key: bytes) -> BackupInfo | None:
    """The daily backup on start: taken when none was taken today (old ones pruned).

    Returns the new backup, or None when one was already taken today. Raises StorageError.
    """
    if not backup_due(backup_dir, now):
        return None
    return take_backup(conn, backup_dir, now, key)[0]


# Looking at backups -----------------------------------------------------------


def list_backups(backup_dir: Path, key: bytes) -> list[BackupInfo]:
    """Every backup in the folder, newest first; one that cannot be read is listed with ok=False.

    Quick rather than thorough (a few milliseconds a file): the key opens it, its length is
    whole pages, and the plans can be counted. Every backup was checked whole when written;
    a restore checks it whole again.
    """
    infos = [_inspect(path, taken, key) for path, taken in _backup_files(backup_dir)]
    return sorted(infos, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def _inspect(path: Path, taken_at: datetime, key: bytes) -> BackupInfo:
    try:
        size = path.stat().st_size
    except OSError:
        return BackupInfo(path, taken_at, 0, None, ok=False)
    try:
        conn = _connect(path, key, read_only=True)
    except _READ_ERRORS:
        return BackupInfo(path, taken_at, size, None, ok=False)
    try:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        page_count = int(conn.execute("PRAGMA page_count").fetchone()[0])
        count = _plan_count(conn)
    except _ERRORS:
        return BackupInfo(path, taken_at, size, None, ok=False)
    finally:
        conn.close()
    # A truncated copy still opens; its length is no longer the pages it claims.
    if page_size * page_count != size:
        return BackupInfo(path, taken_at, size, None, ok=False)
    return BackupInfo(path, taken_at, size, count, ok=True)


def check_backup(path: Path, key: bytes) -> int:
    """Check a backup whole with integrity_check under `key`; returns its number of plans.

    Raises StorageError (Norwegian) when it is missing, damaged or made under another key.
    """
    if not path.is_file():
        raise StorageError(f"Sikkerhetskopien {path.name} finnes ikke.")
    try:
        conn = _connect(path, key, read_only=True)
        try:
            problem = _integrity_problem(conn)
            count = None if problem is not None else _plan_count(conn)
        finally:
            conn.close()
    except _READ_ERRORS as error:
        raise StorageError(
            f"Sikkerhetskopien {path.name} kan ikke leses ({error}): den er skadet, "
            "eller tatt med en annen nøkkel."
        ) from error
    if problem is not None or count is None:
        raise StorageError(f"Sikkerhetskopien {path.name} er skadet ({problem}) og kan ikke brukes.")
    return count


def newest_good_backup(backup_dir: Path, key: bytes) -> BackupInfo | None:
    """The newest backup that is whole (checked with integrity_check), for a database damaged at start."""
    for info in list_backups(backup_dir, key):
        if not info.ok:
            continue
        try:
            check_backup(info.path, key)
        except StorageError:
            continue
        return info
    return None


# Restoring --------------------------------------------------------------------


def set_aside_path(database: Path, now: datetime) -> Path:
    """A name beside `database` that no file (nor its -wal/-shm) has yet, stamped with `now`."""
    base = f"{database.name}{SET_ASIDE_INFIX}{_local(now).strftime(STAMP_FORMAT)}"
    number = 1
    while True:
        name = base if number == 1 else f"{base}-{number}"
        candidate = database.with_name(name)
        if not any(candidate.with_name(name + suffix).exists() for suffix in ("", *COMPANIONS)):
            return candidate
        number += 1


def restore_backup(backup: Path, database: Path, key: bytes, now: datetime) -> Path | None:
    """Put `backup` in the place of `database`; the caller has closed every connection to it.

    The backup is checked whole first (StorageError when damaged; nothing changes). The current
    database and its -wal/-shm are renamed to `<name>.før-gjenoppretting-YYYYMMDD-HHMMSS`, kept
    and never overwritten; returns that path (None when there was no database to set aside).
    On any failure everything is put back as it was and StorageError is raised.
    """
    check_backup(backup, key)
    temp = database.with_name(database.name + RESTORE_SUFFIX)
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        _remove_with_companions(temp)
        # Through the backup API rather than a byte copy: a file chosen by hand (one set aside
        # earlier) may have edits in a -wal beside it, and those come along.
        source = _connect(backup, key, read_only=True)
        try:
            _copy_into(source, temp, key)
        finally:
            source.close()
        _check_written(temp, key)
        _fsync_file(temp)
    except _ERRORS as error:
        _remove_with_companions(temp)
        raise StorageError(
            f"Sikkerhetskopien kunne ikke kopieres ({error}). Databasen er ikke endret."
        ) from error
    aside = set_aside_path(database, now)
    moved = _set_aside(database, aside, temp)
    try:
        temp.replace(database)
        _fsync_dir(database.parent)
    except OSError as error:
        _put_back(moved)
        _remove_with_companions(temp)
        raise StorageError(
            f"Sikkerhetskopien kunne ikke settes på plass ({error}). Databasen er som før."
        ) from error
    return aside if moved else None


def _set_aside(database: Path, aside: Path, temp: Path) -> list[tuple[Path, Path]]:
    """Rename the database and its companions to `aside` (+ the same suffix); (from, to) pairs.

    A -wal left beside the restored file would be replayed into it, so it always moves.
    """
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", *COMPANIONS):
            source = database.with_name(database.name + suffix)
            if source.exists():
                target = aside.with_name(aside.name + suffix)
                source.rename(target)
                moved.append((source, target))
        _fsync_dir(database.parent)
    except OSError as error:
        _put_back(moved)
        _remove_with_companions(temp)
        raise StorageError(
            f"Databasen kunne ikke settes til side ({error}); er programmet fortsatt åpent? "
            "Ingenting er endret."
        ) from error
    return moved


def _put_back(moved: list[tuple[Path, Path]]) -> None:
    for source, target in reversed(moved):
        with contextlib.suppress(OSError):
            target.rename(source)


def users_in(database: Path, key: bytes) -> list[User] | None:
    """The users of a database set aside by a restore; None when it cannot be read (damaged, or
    from before personal logins)."""
    try:
        conn = _connect(database, key, read_only=True)
        try:
            add_collations(conn)
            return SqliteUserStore(conn).users()
        finally:
            conn.close()
    except _READ_ERRORS:
        return None
