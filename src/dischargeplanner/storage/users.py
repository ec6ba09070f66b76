"""Rows <-> users; implements domain.user_service.UserStore. Changes are logged like plan changes."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime

from dischargeplanner.domain.model import AuditEntry
from dischargeplanner.domain.users import Role, User
from dischargeplanner.storage.audit import write_audit
from dischargeplanner.storage.db import transaction
from dischargeplanner.storage.repository import expect_row

_FIELDS = "username, full_name, role, active, created_on, created_by"


def _user(row: tuple[str, str, str, int, str, str]) -> User:
    username, full_name, role, active, created_on, created_by = row
    return User(username, full_name, Role(role), bool(active), date.fromisoformat(created_on), created_by)


class SqliteUserStore:
    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], datetime] | None = None) -> None:
        self._conn = conn
        self._clock = clock or (lambda: datetime.now(UTC))

    def users(self) -> list[User]:
        rows = self._conn.execute(f"SELECT {_FIELDS} FROM app_user ORDER BY full_name COLLATE nb, username")
        return [_user(tuple(row)) for row in rows]

    def user(self, username: str) -> User | None:
        row = self._conn.execute(f"SELECT {_FIELDS} FROM app_user WHERE username = ?", (username,)).fetchone()
        return _user(tuple(row)) if row is not None else None

    def add_user(self, user: User, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            conn.execute(
                f"INSERT INTO app_user ({_FIELDS}) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    user.username,
                    user.full_name,
                    str(user.role),
                    int(user.active),
                    (user.created_on or self._clock().date()).isoformat(),
                    user.created_by,
                ),
            )
            write_audit(conn, audit, self._clock())

    def save_user(self, user: User, audit: AuditEntry) -> None:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                "UPDATE app_user SET full_name = ?, role = ?, active = ? WHERE username = ?",
                (user.full_name, str(user.role), int(user.active), user.username),
            )
            expect_row(cursor, f"user {user.username}")
            write_audit(conn, audit, self._clock())

    def log(self, audit: AuditEntry) -> None:
        """A password reset or a sign-in: nothing in the table changes, but it is logged."""
        with transaction(self._conn) as conn:
            write_audit(conn, audit, self._clock())
