"""Setting a ward's folder up and signing in: the first administrator, wrong passwords and their
waits, the recovery key, and an old plain database encrypted on setup. Real files in tmp_path."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from dischargeplanner import paths
from dischargeplanner.domain.model import PlanStatus
from dischargeplanner.domain.problems import Problem
from dischargeplanner.domain.services import ValidationError
from dischargeplanner.sign_in import (
    SignInRefusedError,
    is_set_up,
    recover_administrator,
    set_up_ward,
    sign_in,
    sign_in_with_recovery,
)
from dischargeplanner.storage.db import encrypted_connector, is_encrypted, open_database
from dischargeplanner.storage.keyring import TEST_COST
from dischargeplanner.storage.repository import SqlitePlanStore
from dischargeplanner.storage.users import SqliteUserStore

NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)
PASSWORD = "fire vanlige ord her"
FIXTURES = Path(__file__).parent / "storage" / "fixtures"


def test_an_empty_folder_gets_its_first_administrator_and_an_encrypted_database(tmp_path: Path) -> None:
    assert not is_set_up(tmp_path)
    database_key, recovery = set_up_ward(tmp_path, "Kari", "Kari Leder", PASSWORD, PASSWORD, TEST_COST)
    assert is_set_up(tmp_path)
    assert is_encrypted(paths.database_path(tmp_path))
    assert sign_in(tmp_path, "kari", PASSWORD, NOW, TEST_COST) == database_key
    assert sign_in_with_recovery(tmp_path, recovery, TEST_COST) == database_key
    conn = open_database(paths.database_path(tmp_path), encrypted_connector(database_key))
    admin = SqliteUserStore(conn).user("kari")
    conn.close()
    assert admin is not None
    assert (admin.full_name, admin.is_administrator) == ("Kari Leder", True)


def test_setup_says_what_is_wrong_and_makes_nothing(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        set_up_ward(tmp_path, "kari", "Kari Leder", "kort", "kort", TEST_COST)
    assert [issue.problem for issue in refused.value.issues] == [Problem.PASSWORD_TOO_SHORT]
    assert list(tmp_path.iterdir()) == []


def test_wrong_passwords_say_nothing_specific_then_make_the_next_attempt_wait(tmp_path: Path) -> None:
    set_up_ward(tmp_path, "kari", "Kari Leder", PASSWORD, PASSWORD, TEST_COST)
    for attempt in range(4):
        with pytest.raises(SignInRefusedError) as refused:
            sign_in(tmp_path, "kari", f"feil passord {attempt}", NOW, TEST_COST)
        assert refused.value.wait == timedelta(0)
        assert str(refused.value) == "feil brukernavn eller passord"
    with pytest.raises(SignInRefusedError) as fifth:
        sign_in(tmp_path, "kari", "feil igjen", NOW, TEST_COST)
    assert fifth.value.wait == timedelta(seconds=5)
    # Even the right password waits until the time is up.
    with pytest.raises(SignInRefusedError) as waiting:
        sign_in(tmp_path, "kari", PASSWORD, NOW + timedelta(seconds=2), TEST_COST)
    assert waiting.value.wait == timedelta(seconds=3)
    assert str(waiting.value) == "vent 3 sekunder"
    sign_in(tmp_path, "kari", PASSWORD, NOW + timedelta(seconds=6), TEST_COST)
    # A right password clears the count.
    with pytest.raises(SignInRefusedError) as after:
        sign_in(tmp_path, "kari", "feil", NOW + timedelta(seconds=7), TEST_COST)
    assert after.value.wait == timedelta(0)


def test_an_unknown_name_is_refused_like_a_wrong_password(tmp_path: Path) -> None:
    set_up_ward(tmp_path, "kari", "Kari Leder", PASSWORD, PASSWORD, TEST_COST)
    with pytest.raises(SignInRefusedError) as refused:
        sign_in(tmp_path, "ola", PASSWORD, NOW, TEST_COST)
    assert str(refused.value) == "feil brukernavn eller passord"


def test_setting_up_a_folder_with_an_old_plain_database_encrypts_it_and_keeps_every_plan(
    tmp_path: Path,
) -> None:
    database = paths.database_path(tmp_path)
    shutil.copy(FIXTURES / "schema-0004_selfhelp.sqlite3", database)
    database_key, _ = set_up_ward(tmp_path, "kari", "Kari Leder", PASSWORD, PASSWORD, TEST_COST)
    assert is_encrypted(database)
    conn = open_database(database, encrypted_connector(database_key))
    plans = SqlitePlanStore(conn).list_plans(tuple(PlanStatus), date(2026, 11, 24))
    conn.close()
    assert len(plans) == 3
    # No plain copy left behind: only the key file and the encrypted database.
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "dischargeplanner.keys.json",
        "dischargeplanner.sqlite3",
    ]


def test_the_recovery_key_gives_an_administrator_a_new_password_and_ends_the_wait(tmp_path: Path) -> None:
    database_key, recovery = set_up_ward(tmp_path, "kari", "Kari Leder", PASSWORD, PASSWORD, TEST_COST)
    for attempt in range(6):
        with pytest.raises(SignInRefusedError):
            sign_in(tmp_path, "kari", f"glemt {attempt}", NOW, TEST_COST)
    with pytest.raises(SignInRefusedError) as waiting:
        sign_in(tmp_path, "kari", PASSWORD, NOW, TEST_COST)
    assert waiting.value.wait > timedelta(0)

    with pytest.raises(ValidationError) as short:
        recover_administrator(tmp_path, recovery, "kari", "kort", "kort", TEST_COST)
    assert [issue.problem for issue in short.value.issues] == [Problem.PASSWORD_TOO_SHORT]
    new = "helt nye ord til henne"
    assert recover_administrator(tmp_path, recovery, "Kari", new, new, TEST_COST) == database_key
    assert sign_in(tmp_path, "kari", new, NOW, TEST_COST) == database_key
    with pytest.raises(SignInRefusedError):
        sign_in(tmp_path, "kari", PASSWORD, NOW, TEST_COST)
