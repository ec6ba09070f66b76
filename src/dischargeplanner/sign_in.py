"""Opening a ward's data folder for a person: setting it up the first time, and signing in.

Runs before the database is open (the password unwraps its key), so it sits beside the
composition root rather than in a service. Nothing here knows about Qt.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from dischargeplanner import paths
from dischargeplanner.domain.model import AuditEntry
from dischargeplanner.domain.problems import Problem
from dischargeplanner.domain.services import Issue, ValidationError, utc_now
from dischargeplanner.domain.user_service import validate_new_user, validate_password
from dischargeplanner.domain.users import Role, User, login_wait, normal_username
from dischargeplanner.storage.db import encrypted_connector, is_encrypted, open_database
from dischargeplanner.storage.encrypt import encrypt_in_place
from dischargeplanner.storage.keyring import KdfCost, KeyFile, WrongCredentialsError
from dischargeplanner.storage.users import SqliteUserStore


class SignInRefusedError(Exception):
    """The name and password do not open the folder (never which of them), or attempts must wait."""

    def __init__(self, wait: timedelta = timedelta(0)) -> None:
        super().__init__("feil brukernavn eller passord" if not wait else f"vent {_seconds(wait)} sekunder")
        self.wait = wait


def _seconds(wait: timedelta) -> int:
    return max(1, round(wait.total_seconds()))


def key_file(data_dir: Path, cost: KdfCost | None = None) -> KeyFile:
    return KeyFile(paths.key_file_path(data_dir), cost)


def is_set_up(data_dir: Path) -> bool:
    """Whether the folder has its key file, i.e. its first administrator."""
    return key_file(data_dir).exists()


def set_up_ward(
    data_dir: Path,
    username: str,
    full_name: str,
    password: str,
    repeated: str,
    cost: KdfCost | None = None,
    *,
    training: bool = False,
) -> tuple[bytes, str]:
    """Make the first administrator; returns the database key and the recovery key (shown once).

    A database from before encryption is encrypted in place; an empty folder gets a new one.
    A training ward (`training`) may have the well-known password «demo»: it holds no real data.
    """
    issues = validate_new_user(username, full_name, password, repeated)
    if training:
        issues = [issue for issue in issues if issue.field not in ("password", "repeated")]
    if issues:
        raise ValidationError(issues)
    name = normal_username(username)
    database_key, recovery = key_file(data_dir, cost).create(name, password)
    database = paths.database_path(data_dir)
    if database.exists() and not is_encrypted(database):
        encrypt_in_place(database, database_key)
    conn = open_database(database, encrypted_connector(database_key))
    try:
        store = SqliteUserStore(conn)
        if store.user(name) is None:
            admin = User(name, " ".join(full_name.split()), Role.ADMINISTRATOR, True, None, name)
            store.add_user(
                admin, AuditEntry(name, "user.add", None, f"{name} {Role.ADMINISTRATOR} (oppsett)")
            )
    finally:
        conn.close()
    return database_key, recovery


def sign_in(
    data_dir: Path, username: str, password: str, now: datetime | None = None, cost: KdfCost | None = None
) -> bytes:
    """The database key for this person, or SignInRefusedError (with the wait, after 5 wrong ones)."""
    moment = now or utc_now()
    keys = key_file(data_dir, cost)
    failures = keys.failures(username)
    wait = login_wait(failures.count, failures.last, moment)
    if wait > timedelta(0):
        raise SignInRefusedError(wait)
    try:
        database_key = keys.unlock(username, password)
    except WrongCredentialsError:
        noted = keys.note_failure(username, moment)
        raise SignInRefusedError(login_wait(noted.count, noted.last, moment)) from None
    if failures.count:
        keys.clear_failures(username)
    return database_key


def sign_in_with_recovery(data_dir: Path, recovery_key: str, cost: KdfCost | None = None) -> bytes:
    try:
        return key_file(data_dir, cost).unlock_with_recovery(recovery_key)
    except WrongCredentialsError:
        raise SignInRefusedError from None


def recover_administrator(
    data_dir: Path,
    recovery_key: str,
    username: str,
    password: str,
    repeated: str,
    cost: KdfCost | None = None,
) -> bytes:
    """Every administrator forgot their password: the recovery key gives one of them a new one.

    Returns the database key (they are signed in). Raises ValidationError for the new password,
    a wrong recovery key, or a name that is not an active administrator.
    """
    name = normal_username(username)
    issues = validate_password(name, password, repeated)
    if issues:
        raise ValidationError(issues)
    keys = key_file(data_dir, cost)
    try:
        database_key = keys.unlock_with_recovery(recovery_key)
    except WrongCredentialsError:
        raise ValidationError([Issue("recovery_key", Problem.RECOVERY_KEY_WRONG)]) from None
    conn = open_database(paths.database_path(data_dir), encrypted_connector(database_key))
    try:
        store = SqliteUserStore(conn)
        user = store.user(name)
        if user is None or not user.active or not user.is_administrator:
            raise ValidationError([Issue("username", Problem.RECOVERY_ADMINISTRATORS_ONLY)])
        keys.set_password(name, password, database_key)
        keys.clear_failures(name)
        store.log(AuditEntry(name, "user.recover", None, f"{name} (gjenopprettingsnøkkel)"))
    finally:
        conn.close()
    return database_key


def check_current_password(data_dir: Path, username: str, password: str, cost: KdfCost | None = None) -> None:
    """Before a user changes their own password; wrong ones count towards the wait like at sign-in."""
    try:
        sign_in(data_dir, username, password, cost=cost)
    except SignInRefusedError:
        raise ValidationError([Issue("current", Problem.CURRENT_PASSWORD_WRONG)]) from None
