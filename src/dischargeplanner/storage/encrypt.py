"""Encrypting a database from before encryption, in place and safely: copy, verify, swap, remove.

The plain file is exported into a new encrypted file beside it (SQLCipher's sqlcipher_export),
the copy is checked (integrity, same tables and row counts), then renamed over the original.
The plain original is overwritten before it is deleted. Until the rename nothing is changed,
so a failure at any step leaves the plain database as it was.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from dischargeplanner.storage.db import DB_ERRORS, DatabaseError, encrypted_connector, is_encrypted

_CHUNK = 1024 * 1024


def encrypt_in_place(path: Path, key: bytes) -> None:
    """Turn the plain database at `path` into one encrypted under `key` (a no-op if it already is)."""
    if is_encrypted(path):
        return
    target = path.with_name(path.name + ".encrypting")
    target.unlink(missing_ok=True)
    _checkpoint(path)
    try:
        _export(path, target, key)
        _verify(path, target, key)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    plain_copy = path.with_name(path.name + ".plain")
    path.replace(plain_copy)
    target.replace(path)
    _fsync_dir(path.parent)
    remove_securely(plain_copy)
    for suffix in ("-wal", "-shm"):
        remove_securely(path.with_name(path.name + suffix))


def _checkpoint(path: Path) -> None:
    """Fold the plain database's WAL into the file, so the export sees every edit."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def _export(path: Path, target: Path, key: bytes) -> None:
    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        # An empty key opens the plain file; the attached one is written encrypted.
        conn.execute("ATTACH DATABASE ? AS encrypted KEY \"x'" + key.hex() + "'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    except DB_ERRORS as error:
        raise DatabaseError(f"{path}: kunne ikke kryptere databasen: {error}") from error
    finally:
        conn.close()


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}


def _verify(path: Path, target: Path, key: bytes) -> None:
    plain = sqlite3.connect(path, isolation_level=None)
    encrypted = encrypted_connector(key)(target)
    try:
        if encrypted.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise DatabaseError(f"{target}: den krypterte kopien er ikke hel; originalen er ikke endret")
        if _counts(plain) != _counts(encrypted):
            raise DatabaseError(
                f"{target}: den krypterte kopien har ikke de samme radene; originalen er ikke endret"
            )
    finally:
        plain.close()
        encrypted.close()
    if not is_encrypted(target):
        raise DatabaseError(f"{target}: kopien ble ikke kryptert; originalen er ikke endret")


def remove_securely(path: Path) -> None:
    """Overwrite a file with zeros, flush it to disk, then delete it.

    On SSDs and journaling file systems old blocks can survive an overwrite; the database's own
    encryption, not this, is what protects the data at rest. This removes the plain copy we made.
    """
    if not path.exists():
        return
    size = path.stat().st_size
    with path.open("r+b") as file:
        written = 0
        while written < size:
            chunk = min(_CHUNK, size - written)
            file.write(b"\0" * chunk)
            written += chunk
        file.flush()
        os.fsync(file.fileno())
    path.unlink()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
