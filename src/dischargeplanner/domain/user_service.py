"""Administering personal logins once the database is open: add, reset, change role, deactivate.

A user's row lives in the encrypted database (name, role, active); the user's password only
wraps a copy of the database key in the key file. Each change is logged with who made it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Protocol

from dischargeplanner.domain.limits import clean_line, too_long
from dischargeplanner.domain.model import AuditEntry
from dischargeplanner.domain.problems import Problem
from dischargeplanner.domain.services import Issue, NotFoundError, ValidationError, utc_now
from dischargeplanner.domain.users import (
    Role,
    User,
    normal_username,
    password_problem,
    username_problem,
)


class UserStore(Protocol):
    def users(self) -> list[User]: ...
    def user(self, username: str) -> User | None: ...
    def add_user(self, user: User, audit: AuditEntry) -> None: ...
    def save_user(self, user: User, audit: AuditEntry) -> None: ...
    def log(self, audit: AuditEntry) -> None: ...


class KeyStore(Protocol):
    """The key file: wraps the database key under a user's password, or forgets a user's copy."""

    def set_password(self, username: str, password: str, database_key: bytes) -> None: ...
    def remove(self, username: str) -> None: ...


def validate_new_user(username: str, full_name: str, password: str, repeated: str) -> list[Issue]:
    """The rules the dialogs check while typing and the service checks again."""
    issues = too_long(lines={"full_name": full_name})
    if not clean_line(full_name):
        issues.append(Issue("full_name", Problem.USER_FULL_NAME_MISSING))
    if (problem := username_problem(username)) is not None:
        issues.append(Issue("username", problem))
    issues += validate_password(username, password, repeated)
    return issues


def validate_password(username: str, password: str, repeated: str) -> list[Issue]:
    if (problem := password_problem(password, username)) is not None:
        return [Issue("password", problem)]
    if password != repeated:
        return [Issue("repeated", Problem.PASSWORDS_DIFFER)]
    return []


class UserService:
    def __init__(
        self,
        store: UserStore,
        keys: KeyStore,
        database_key: bytes,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._store = store
        self._keys = keys
        self._database_key = database_key
        self._clock = clock

    def users(self) -> list[User]:
        return self._store.users()

    def user(self, username: str) -> User | None:
        return self._store.user(normal_username(username))

    def add_user(
        self, username: str, full_name: str, role: Role, password: str, repeated: str, by: str
    ) -> User:
        issues = validate_new_user(username, full_name, password, repeated)
        name = normal_username(username)
        if not issues and self._store.user(name) is not None:
            issues.append(Issue("username", Problem.USERNAME_TAKEN))
        if issues:
            raise ValidationError(issues)
        user = User(name, clean_line(full_name), role, True, self._clock().astimezone().date(), by)
        self._store.add_user(user, AuditEntry(by, "user.add", None, f"{name} {role}"))
        self._keys.set_password(name, password, self._database_key)
        return user

    def reset_password(self, username: str, password: str, repeated: str, by: str) -> None:
        """An administrator sets a new password (or a user changes their own): the data stays as it is."""
        user = self._existing(username)
        issues = validate_password(user.username, password, repeated)
        if issues:
            raise ValidationError(issues)
        self._keys.set_password(user.username, password, self._database_key)
        self._store.log(AuditEntry(by, "user.password", None, user.username))

    def set_role(self, username: str, role: Role, by: str) -> User:
        user = self._existing(username)
        if user.role is role:
            return user
        if user.is_administrator:
            self._keep_an_administrator(user)
        changed = replace(user, role=role)
        self._store.save_user(changed, AuditEntry(by, "user.role", None, f"{user.username} {role}"))
        return changed

    def deactivate(self, username: str, by: str) -> User:
        """The user can no longer sign in; their name stays in the log and on what they wrote."""
        user = self._existing(username)
        if not user.active:
            return user
        if user.is_administrator:
            self._keep_an_administrator(user)
        changed = replace(user, active=False)
        self._store.save_user(changed, AuditEntry(by, "user.deactivate", None, user.username))
        self._keys.remove(user.username)
        return changed

    def reactivate(self, username: str, password: str, repeated: str, by: str) -> User:
        """Back again, with a new password (the old copy of the key was removed)."""
        user = self._existing(username)
        issues = validate_password(user.username, password, repeated)
        if issues:
            raise ValidationError(issues)
        changed = replace(user, active=True)
        self._store.save_user(changed, AuditEntry(by, "user.reactivate", None, user.username))
        self._keys.set_password(user.username, password, self._database_key)
        return changed

    def _existing(self, username: str) -> User:
        user = self._store.user(normal_username(username))
        if user is None:
            raise NotFoundError(f"user {username}")
        return user

    def _keep_an_administrator(self, leaving: User) -> None:
        others = [u for u in self._store.users() if u.is_administrator and u.username != leaving.username]
        if not others:
            raise ValidationError([Issue("role", Problem.LAST_ADMINISTRATOR)])
