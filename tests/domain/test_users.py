"""Personal logins: password rules, waits after wrong passwords, and administering users on a real
encrypted database with a real key file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

import pytest

from dischargeplanner.domain.problems import Problem
from dischargeplanner.domain.services import ValidationError
from dischargeplanner.domain.user_service import UserService
from dischargeplanner.domain.users import (
    Role,
    User,
    login_wait,
    password_problem,
    username_problem,
    users_after_restore,
)
from dischargeplanner.storage.audit import audit_trail
from dischargeplanner.storage.db import encrypted_connector, open_database
from dischargeplanner.storage.keyring import TEST_COST, KeyFile, WrongCredentialsError
from dischargeplanner.storage.users import SqliteUserStore

NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)
ADMIN_PASSWORD = "fire vanlige ord her"


def test_length_makes_a_password_and_the_name_may_not_be_in_it() -> None:
    assert password_problem("kort", "kari") is Problem.PASSWORD_TOO_SHORT
    assert password_problem("kari er best i år", "kari") is Problem.PASSWORD_CONTAINS_NAME
    assert password_problem("sommer på hytta i år", "kari") is None
    assert username_problem("kari.nordmann") is None
    assert username_problem("kari nordmann") is Problem.USERNAME_INVALID
    assert username_problem("k") is Problem.USERNAME_INVALID


def test_waits_start_after_five_wrong_passwords_and_grow() -> None:
    assert login_wait(4, NOW, NOW) == timedelta(0)
    assert login_wait(5, NOW, NOW) == timedelta(seconds=5)
    assert login_wait(6, NOW, NOW) == timedelta(seconds=10)
    assert login_wait(7, NOW, NOW + timedelta(seconds=15)) == timedelta(seconds=5)
    assert login_wait(7, NOW, NOW + timedelta(minutes=1)) == timedelta(0)
    assert login_wait(40, NOW, NOW) == timedelta(minutes=15)


class Ward(NamedTuple):
    service: UserService
    keys: KeyFile
    conn: sqlite3.Connection


@pytest.fixture
def ward(tmp_path: Path) -> Iterator[Ward]:
    keys = KeyFile(tmp_path / "dischargeplanner.keys.json", TEST_COST)
    database_key, _ = keys.create("admin", ADMIN_PASSWORD)
    conn = open_database(tmp_path / "dischargeplanner.sqlite3", encrypted_connector(database_key))
    store = SqliteUserStore(conn, lambda: NOW)
    service = UserService(store, keys, database_key, lambda: NOW)
    from dischargeplanner.domain.model import AuditEntry
    from dischargeplanner.domain.users import User

    store.add_user(User("admin", "Admin Demo", Role.ADMINISTRATOR, True, NOW.date(), "oppsett"),
                   AuditEntry("admin", "user.add", None, "admin"))  # fmt: skip
    yield Ward(service, keys, conn)
    conn.close()


def test_an_administrator_adds_a_user_who_can_then_sign_in(ward: Ward) -> None:
    service, keys, _ = ward
    user = service.add_user(
        "Ola", "Ola  Sosionom", Role.STAFF, "tre lange ord her", "tre lange ord her", "admin"
    )
    assert (user.username, user.full_name, user.role, user.active) == (
        "ola",
        "Ola Sosionom",
        Role.STAFF,
        True,
    )
    assert keys.unlock("ola", "tre lange ord her") == keys.unlock("admin", ADMIN_PASSWORD)
    with pytest.raises(ValidationError) as taken:
        service.add_user("ola", "Ola To", Role.STAFF, "tre lange ord her", "tre lange ord her", "admin")
    assert [issue.problem for issue in taken.value.issues] == [Problem.USERNAME_TAKEN]
    with pytest.raises(ValidationError) as bad:
        service.add_user("per", " ", Role.STAFF, "kort", "kort", "admin")
    assert [issue.problem for issue in bad.value.issues] == [
        Problem.USER_FULL_NAME_MISSING,
        Problem.PASSWORD_TOO_SHORT,
    ]


def test_a_reset_password_rewraps_and_a_deactivated_user_is_shut_out_but_kept(
    ward: Ward, tmp_path: Path
) -> None:
    service, keys, _ = ward
    service.add_user("ola", "Ola Sosionom", Role.STAFF, "tre lange ord her", "tre lange ord her", "admin")
    service.reset_password("ola", "et nytt langt passord", "et nytt langt passord", "admin")
    with pytest.raises(WrongCredentialsError):
        keys.unlock("ola", "tre lange ord her")
    keys.unlock("ola", "et nytt langt passord")

    service.deactivate("ola", "admin")
    with pytest.raises(WrongCredentialsError):
        keys.unlock("ola", "et nytt langt passord")
    ola = service.user("ola")
    assert ola is not None
    assert not ola.active
    assert [u.username for u in service.users()] == ["admin", "ola"]


def test_the_last_administrator_cannot_be_deactivated_or_demoted(ward: Ward) -> None:
    service, _, _ = ward
    for change in (
        lambda: service.deactivate("admin", "admin"),
        lambda: service.set_role("admin", Role.STAFF, "admin"),
    ):
        with pytest.raises(ValidationError) as refused:
            change()
        assert [issue.problem for issue in refused.value.issues] == [Problem.LAST_ADMINISTRATOR]
    service.add_user(
        "kari", "Kari Leder", Role.ADMINISTRATOR, "fire andre ord her", "fire andre ord her", "admin"
    )
    assert service.deactivate("admin", "kari").active is False


def test_every_change_to_users_is_logged_with_who_did_it(ward: Ward, tmp_path: Path) -> None:
    service, _, _ = ward
    service.add_user("ola", "Ola Sosionom", Role.STAFF, "tre lange ord her", "tre lange ord her", "admin")
    service.reset_password("ola", "et nytt langt passord", "et nytt langt passord", "admin")
    service.deactivate("ola", "admin")
    assert [(r.user, r.action, r.detail) for r in audit_trail(ward.conn)][-3:] == [
        ("admin", "user.add", "ola staff"),
        ("admin", "user.password", "ola"),
        ("admin", "user.deactivate", "ola"),
    ]


# After a restore -------------------------------------------------------------------------------

KARI = User("kari", "Kari Admin", Role.ADMINISTRATOR)
PER = User("per", "Per Pleier", Role.STAFF)
OLA = User("ola", "Ola Nordmann", Role.ADMINISTRATOR)


def test_a_restore_that_changed_no_user_changes_none() -> None:
    assert users_after_restore([KARI, PER], [KARI, PER], {"kari", "per"}) == []


def test_users_come_back_as_they_were_just_before_the_restore() -> None:
    # The backup is older: Ola was added and Per deactivated after it (his key copy went then).
    before = [KARI, OLA, replace(PER, active=False)]
    changed = users_after_restore([KARI, PER], before, {"kari", "ola"})
    assert changed == [
        (OLA, "som før gjenopprettingen"),
        (replace(PER, active=False), "som før gjenopprettingen"),
    ]


def test_without_the_database_from_before_every_login_is_shown_and_none_is_left_active_without_one() -> None:
    # The database replaced was damaged: who may sign in is read from the key file alone.
    changed = users_after_restore([KARI, PER], None, {"kari", "ola"})
    assert changed == [
        (User("ola", "ola", Role.STAFF), "har innlogging, manglet i sikkerhetskopien"),
        (replace(PER, active=False), "deaktivert: har ikke lenger innlogging"),
    ]
