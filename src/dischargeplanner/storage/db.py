"""Opening the SQLite file: pragmas, schema upgrade, and the seam for encryption.

Callers ask `open_database(path, connector)` for a ready connection. How the file is
opened is a `Connector`: `encrypted_connector(key)` for the ward's database (SQLCipher 4,
a raw 256-bit key), `plain_connector` only to read a database from before encryption.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

from sqlcipher3 import dbapi2 as sqlcipher

from dischargeplanner.domain.errors import StorageError, StorageProblem
from dischargeplanner.domain.text import sort_key
from dischargeplanner.storage.schema import MIGRATION_NAMES, MIGRATION_SET

Connector = Callable[[Path], sqlite3.Connection]

BUSY_TIMEOUT_MS = 5000
# SQLCipher raises its own classes, with the same names as sqlite3's.
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)


# Per connection (a TEMP table lives and dies with it): the version of each plan this program shows.
# storage.audit.claim_plan refuses a change when the plan has moved on since (another program wrote).
SHOWN_PLANS_TABLE = (
    "CREATE TEMP TABLE IF NOT EXISTS shown_plan (plan_id INTEGER PRIMARY KEY, version INTEGER NOT NULL)"
)


class DatabaseError(Exception):
    """The file could not be opened as our database; the message says why."""


def plain_connector(path: Path) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves so each edit and its
    # audit row share exactly one transaction.
    return sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)


def encrypted_connector(key: bytes) -> Connector:
    """Opens the file with SQLCipher under `key`; a wrong key or a plain file is refused at once."""
    if len(key) != 32:
        raise ValueError("the database key is 32 bytes")

    def connect(path: Path) -> sqlite3.Connection:
        # The module has the sqlite3 interface (connections, cursors, rows, errors) but its own classes.
        conn = cast(
            sqlite3.Connection,
            sqlcipher.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000),
        )
        try:
            # A raw key ("x'…'") skips SQLCipher's own PBKDF2: the key is random, not a password.
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            conn.execute("PRAGMA cipher_log_level = NONE")
            # The key is only checked when the first page is read.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DB_ERRORS as error:
            conn.close()
            raise DatabaseError(
                f"{path}: databasen kan ikke åpnes med denne nøkkelen "
                "(feil nøkkel, eller filen er ikke kryptert)"
            ) from error
        return conn

    return connect


def row_class(conn: sqlite3.Connection) -> type[sqlite3.Row]:
    """The row factory of the module that made `conn` (sqlite3's Row refuses SQLCipher's cursors)."""
    if isinstance(conn, sqlite3.Connection):
        return sqlite3.Row
    return cast(type[sqlite3.Row], sqlcipher.Row)


def is_encrypted(path: Path) -> bool:
    """A plain SQLite file starts with its format name; an encrypted one with random bytes."""
    with path.open("rb") as file:
        return file.read(16) != b"SQLite format 3\0"


def open_database(path: Path, connector: Connector = plain_connector) -> sqlite3.Connection:
    """Open (creating if needed) and upgrade the database at `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = connector(path)
    try:
        _apply_pragmas(conn)
        if pending_migrations(conn):
            _migrate(conn)
        conn.execute(SHOWN_PLANS_TABLE)
    except DB_ERRORS as error:
        conn.close()
        raise DatabaseError(f"{path}: {error}") from error
    return conn


def _norwegian_order(left: str, right: str) -> int:
    a, b = sort_key(left), sort_key(right)
    return (a > b) - (a < b)


def add_collations(conn: sqlite3.Connection) -> None:
    """`ORDER BY name COLLATE nb`: æ, ø, å after z, case-insensitive (SQLite's own order is by byte)."""
    conn.create_collation("nb", _norwegian_order)


def _apply_pragmas(conn: sqlite3.Connection) -> None:
    add_collations(conn)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: an acknowledged edit survives a power cut, not just a crash.
    conn.execute("PRAGMA synchronous = FULL")
    # Sorts and TEMP tables stay in memory: SQLCipher's temporary files would be another copy on disk.
    conn.execute("PRAGMA temp_store = MEMORY")


def pending_migrations(conn: sqlite3.Connection) -> list[str]:
    """Migration names not yet applied, read with the standard library only.

    sqlite-utils costs ~0.1 s to import; it is only loaded when there is work to do.
    """
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return list(MIGRATION_NAMES)
    applied = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
        )
    }
    return [name for name in MIGRATION_NAMES if name not in applied]


def _migrate(conn: sqlite3.Connection) -> None:
    from dischargeplanner.storage.migrations import apply_migrations  # noqa: PLC0415 - see above

    apply_migrations(conn)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction; BEGIN IMMEDIATE takes the write lock up front so
    two app instances queue (busy timeout) instead of failing half-way.

    Any SQLite failure is rolled back and raised as the domain's StorageError,
    so the UI can say that nothing was stored.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except DB_ERRORS as error:
        raise StorageError(str(error), storage_problem(error)) from error


# SQLite's primary result codes (the low byte of an extended one).
_PROBLEM_CODES = {
    5: StorageProblem.LOCKED,  # SQLITE_BUSY: another program holds the write lock past the busy timeout
    6: StorageProblem.LOCKED,  # SQLITE_LOCKED
    8: StorageProblem.READ_ONLY,  # SQLITE_READONLY
    3: StorageProblem.READ_ONLY,  # SQLITE_PERM
    10: StorageProblem.DISK_ERROR,  # SQLITE_IOERR (antivirus holding the -wal file shows up here too)
    13: StorageProblem.DISK_FULL,  # SQLITE_FULL
    14: StorageProblem.DISK_ERROR,  # SQLITE_CANTOPEN
}
_PROBLEM_WORDS = (
    ("disk is full", StorageProblem.DISK_FULL),
    ("readonly", StorageProblem.READ_ONLY),
    ("read-only", StorageProblem.READ_ONLY),
    ("locked", StorageProblem.LOCKED),
    ("busy", StorageProblem.LOCKED),
    ("disk i/o error", StorageProblem.DISK_ERROR),
    ("unable to open", StorageProblem.DISK_ERROR),
)


def storage_problem(error: Exception) -> StorageProblem:
    """What kind of refusal a SQLite error is: by its result code, or its words when it has none."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _PROBLEM_CODES:
        return _PROBLEM_CODES[code & 0xFF]
    message = str(error).lower()
    for words, problem in _PROBLEM_WORDS:
        if words in message:
            return problem
    return StorageProblem.OTHER


@contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Several reads that see one state of the file (a read transaction), even while others write.

    Inside a transaction already, the reads simply join it.
    """
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")


@contextmanager
def relaxed_durability(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """For generated data only (demo wards, benchmarks): skip the fsync per transaction.

    In WAL mode synchronous=NORMAL still never corrupts the file; a power cut can
    only lose the last transactions, which a generator simply makes again.
    """
    conn.execute("PRAGMA synchronous = NORMAL")
    try:
        yield conn
    finally:
        conn.execute("PRAGMA synchronous = FULL")
