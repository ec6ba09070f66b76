"""The window's hold on the ward: who is signed in, their open database, and what happens to it
(lock-screen switches, own password, backups and restores, damage found at start or while open).

Kept apart from app.py, which builds the objects: this is the state the GUI's sign-in flow drives.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from dischargeplanner import install_settings, paths
from dischargeplanner.app import Context, apply_install_settings, log_restore, open_context, user_service
from dischargeplanner.domain.services import StorageError, ValidationError, utc_now
from dischargeplanner.domain.user_service import UserService, validate_password
from dischargeplanner.domain.users import normal_username
from dischargeplanner.settings import IDLE_LOCK_MINUTES
from dischargeplanner.sign_in import (
    SignInRefusedError,
    check_current_password,
    recover_administrator,
    set_up_ward,
    sign_in,
)
from dischargeplanner.storage.db import DatabaseError, transaction
from dischargeplanner.storage.users import SqliteUserStore

if TYPE_CHECKING:
    from dischargeplanner.domain.backups import BackupAccess, BackupInfo, DamagedDatabase


class Session:
    """The window's hold on the ward: the context of whoever signed in, opened once with the key."""

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir
        self._context: Context | None = None
        # The backup an administrator chose to restore, until the window has let go of the ward.
        self._chosen: BackupInfo | None = None
        # Signed in, but the database could not be opened: why, and who with which key.
        self._damage: DamagedDatabase | None = None
        self._damaged_as: tuple[str, bytes] | None = None

    def opened(self) -> Context:
        assert self._context is not None, "signed in before the window opens"
        return self._context

    def attempt(self, username: str, password: str) -> timedelta | None:
        """None when signed in; else the wait before the next attempt (zero: just refused)."""
        try:
            key = sign_in(self._data_dir, username, password)
        except SignInRefusedError as refused:
            return refused.wait
        self._open(normal_username(username), key)
        return None

    def set_up(self, username: str, full_name: str, password: str, repeated: str) -> str:
        key, recovery = set_up_ward(self._data_dir, username, full_name, password, repeated)
        self._open(normal_username(username), key)
        if self._context is not None:
            apply_install_settings(self._context, install_settings.read())
        return recovery

    def recover(self, recovery_key: str, username: str, password: str, repeated: str) -> None:
        """A forgotten administrator password replaced with the recovery key, then signed in.
        Raises ValidationError: the new password, a wrong key, or not an active administrator."""
        key = recover_administrator(self._data_dir, recovery_key, username, password, repeated)
        self._open(normal_username(username), key)

    def change_password(self, current: str, password: str, repeated: str) -> None:
        """The signed-in user's own new password; raises ValidationError (also for a wrong current one)."""
        context = self.opened()
        service = user_service(context)
        issues = validate_password(context.user, password, repeated)
        if issues:
            raise ValidationError(issues)
        check_current_password(self._data_dir, context.user, current)
        service.reset_password(context.user, password, repeated, context.user)

    def verify(self, username: str, password: str) -> bool:
        """The same user unlocking the lock screen."""
        try:
            sign_in(self._data_dir, username, password)
        except SignInRefusedError:
            return False
        return True

    def switch(self, username: str, password: str) -> bool:
        """Another user at the lock screen: the same database, now in their name."""
        if not self.verify(username, password):
            return False
        context = self.opened()
        self._context = replace(context, user=normal_username(username), _care=None)
        return True

    def full_name(self) -> str:
        context = self.opened()
        user = SqliteUserStore(context.conn).user(context.user)
        return user.full_name if user is not None else context.user

    def is_administrator(self) -> bool:
        context = self.opened()
        user = SqliteUserStore(context.conn).user(context.user)
        return user is not None and user.is_administrator

    def users(self) -> UserService | None:
        """Administering logins, for an administrator only (the window offers it to them alone)."""
        return user_service(self.opened()) if self.is_administrator() else None

    def backups(self) -> BackupAccess | None:
        """Taking and restoring backups, for an administrator only."""
        from dischargeplanner.domain.backups import BackupAccess  # noqa: PLC0415
        from dischargeplanner.storage.backup import list_backups, take_backup  # noqa: PLC0415

        if not self.is_administrator():
            return None
        context = self.opened()
        folder = paths.backup_dir(context.data_dir)

        def make() -> BackupInfo:
            return take_backup(context.conn, folder, context.clock(), context.key)[0]

        def choose(info: BackupInfo) -> None:
            self._chosen = info

        return BackupAccess(lambda: list_backups(folder, context.key), make, choose)

    def restore_chosen(self) -> str | None:
        """Put the chosen backup in place of the database (the window has stored what was typed
        and let go); the ward is open again afterwards, restored or as it was. Says what failed."""
        chosen, self._chosen = self._chosen, None
        context = self.opened()
        if chosen is None:
            return None
        context.close()
        return self._restore_and_open(chosen.path, context.user, context.key, context.clock)

    def _restore_and_open(
        self, backup: Path, username: str, key: bytes, clock: Callable[[], datetime]
    ) -> str | None:
        """Put `backup` in place of the database (set aside, never overwritten) and open it; on
        failure the files are as they were and the database is opened again if it can be."""
        from dischargeplanner.storage.backup import restore_backup  # noqa: PLC0415

        def reopen() -> Context:
            return replace(open_context(self._data_dir, username, key), clock=clock)

        try:
            aside = restore_backup(backup, paths.database_path(self._data_dir), key, clock())
        except (StorageError, OSError) as error:
            with contextlib.suppress(DatabaseError):  # a damaged database stays closed
                self._context = reopen()
            return str(error)
        self._context = reopen()
        log_restore(self._context, backup.name, aside)
        return None

    def daily_backup(self) -> str | None:
        """The day's first start takes a backup (and prunes old ones); says what failed, if it did."""
        from dischargeplanner.storage.backup import backup_if_due  # noqa: PLC0415

        context = self.opened()
        try:
            backup_if_due(context.conn, paths.backup_dir(context.data_dir), context.clock(), context.key)
        except StorageError as error:
            return str(error)
        return None

    def save_idle_minutes(self) -> Callable[[int], None] | None:
        context = self.opened()
        if not self.is_administrator():
            return None

        def save(minutes: int) -> None:
            with transaction(context.conn):
                context.settings.set(IDLE_LOCK_MINUTES, minutes)

        return save

    def _open(self, username: str, key: bytes) -> None:
        if self._context is not None:
            return
        try:
            self._context = open_context(self._data_dir, username, key)
        except DatabaseError as error:
            # Signed in, but the file is damaged: the window offers the newest good backup.
            self._damage = damage_report(self._data_dir, key, error)
            self._damaged_as = (username, key)

    def damage(self) -> DamagedDatabase | None:
        """Why the database could not be opened after signing in (None: it is open)."""
        return self._damage

    def restore_newest(self) -> str | None:
        """Put the newest good backup in place of the damaged database (set aside, never
        overwritten) and open it; says what failed."""
        damage, signed_in = self._damage, self._damaged_as
        if damage is None or signed_in is None or damage.newest_backup is None:
            return "ingen god sikkerhetskopi"
        if self._context is not None:  # found by quick_check while open: the window has let go
            self._context.close()
        try:
            problem = self._restore_and_open(damage.newest_backup.path, *signed_in, utc_now)
        except DatabaseError as error:
            return str(error)
        if problem is None:
            self._damage = self._damaged_as = None
        return problem

    def quick_check(self) -> DamagedDatabase | None:
        """Every start, once the window is up, on a worker thread: SQLite's quick_check over a
        read-only connection of its own. Damage found is kept for restore_newest."""
        context = self.opened()
        damage = check_report(context.data_dir, context.key)
        if damage is not None:
            self._damage, self._damaged_as = damage, (context.user, context.key)
        return damage

    def close(self) -> None:
        if self._context is not None:
            self._context.close()


def damage_report(data_dir: Path, key: bytes, error: DatabaseError) -> DamagedDatabase:
    """The database could not be opened: what is wrong, in Norwegian, and the newest good backup."""
    from dischargeplanner.domain.backups import DamagedDatabase  # noqa: PLC0415 - not needed at start-up
    from dischargeplanner.storage.backup import newest_good_backup  # noqa: PLC0415

    return check_report(data_dir, key) or DamagedDatabase(
        f"Databasen kunne ikke åpnes: {error}", newest_good_backup(paths.backup_dir(data_dir), key)
    )


def check_report(data_dir: Path, key: bytes) -> DamagedDatabase | None:
    """quick_check of the database (read only): None when it is whole, or only held by another
    program just now; else what is wrong and the newest good backup."""
    from dischargeplanner.domain.backups import DamagedDatabase  # noqa: PLC0415 - not needed at start-up
    from dischargeplanner.storage.backup import newest_good_backup  # noqa: PLC0415
    from dischargeplanner.storage.health import Damage, check_database, describe  # noqa: PLC0415

    health = check_database(paths.database_path(data_dir), key)
    if health.ok or health.damage is Damage.LOCKED:
        return None
    return DamagedDatabase(describe(health), newest_good_backup(paths.backup_dir(data_dir), key))
