"""Personal logins: who may open the ward's database, in which role, and the rules for passwords.

Users are never deleted, only deactivated, so the access log keeps naming real people. A
password is never stored: it unwraps the user's copy of the database key (storage.keyring).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from dischargeplanner.domain.problems import Problem

# Length is what makes a password strong; a few ordinary words in a row reach it easily.
MIN_PASSWORD_LENGTH = 12
# Wrong passwords allowed before each further attempt must wait, and how the wait grows.
FREE_ATTEMPTS = 5
FIRST_WAIT = timedelta(seconds=5)
LONGEST_WAIT = timedelta(minutes=15)

_USERNAME = re.compile(r"^[a-z0-9._-]{2,32}$")


class Role(enum.StrEnum):
    ADMINISTRATOR = "administrator"
    STAFF = "staff"


@dataclass(frozen=True)
class User:
    username: str
    full_name: str
    role: Role
    active: bool = True
    created_on: date | None = None
    created_by: str = ""

    @property
    def is_administrator(self) -> bool:
        return self.role is Role.ADMINISTRATOR and self.active


def normal_username(username: str) -> str:
    return username.strip().casefold()


def username_problem(username: str) -> Problem | None:
    return None if _USERNAME.match(normal_username(username)) else Problem.USERNAME_INVALID


def password_problem(password: str, username: str) -> Problem | None:
    """The length rule, and no user name inside the password (where a guesser starts)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return Problem.PASSWORD_TOO_SHORT
    name = normal_username(username)
    if len(name) >= 3 and name in password.casefold():
        return Problem.PASSWORD_CONTAINS_NAME
    return None


def wait_after(failures: int) -> timedelta:
    """The wait after `failures` wrong passwords in a row: none for the first four, then
    5 s, 10 s, 20 s … up to 15 minutes."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    return min(FIRST_WAIT * (1 << min(failures - FREE_ATTEMPTS, 16)), LONGEST_WAIT)


def login_wait(failures: int, last: datetime | None, now: datetime) -> timedelta:
    """How much of that wait is left at `now`, counted from the last wrong password."""
    if last is None:
        return timedelta(0)
    remaining: timedelta = last + wait_after(failures) - now
    return max(timedelta(0), remaining)


def users_after_restore(
    restored: Sequence[User], before: Sequence[User] | None, with_key: Collection[str]
) -> list[tuple[User, str]]:
    """The users a restored database must be given, each with the note its log row gets.

    A restore puts back the database, not the key file: who can sign in stays as it was just
    before. So the restored users are made to agree: each as they were in the database the
    restore replaced (`before`; None when it could not be read); anyone else holding a key copy
    as staff under their user name, so an administrator sees them and can deactivate them; and
    an active user without a key copy as deactivated, since they can no longer sign in.
    """
    wanted = {user.username: user for user in restored}
    notes: dict[str, str] = {}
    for user in before or ():
        if wanted.get(user.username) != user:
            wanted[user.username] = user
            notes[user.username] = "som før gjenopprettingen"
    for username in sorted(set(with_key) - wanted.keys()):
        wanted[username] = User(username, username, Role.STAFF)
        notes[username] = "har innlogging, manglet i sikkerhetskopien"
    for user in list(wanted.values()):
        if user.active and user.username not in with_key:
            wanted[user.username] = replace(user, active=False)
            notes[user.username] = "deaktivert: har ikke lenger innlogging"
    return [(wanted[username], note) for username, note in sorted(notes.items())]
