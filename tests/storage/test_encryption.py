"""Encryption at rest: the key file, SQLCipher databases, and encrypting an old database in place.

Real files in tmp_path; the key file uses a cheap scrypt cost (the same code, faster).
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from dischargeplanner.domain.model import PlanStatus
from dischargeplanner.storage.db import (
    DatabaseError,
    encrypted_connector,
    is_encrypted,
    open_database,
    plain_connector,
)
from dischargeplanner.storage.encrypt import encrypt_in_place
from dischargeplanner.storage.keyring import (
    TEST_COST,
    KeyFile,
    KeyFileError,
    WrongCredentialsError,
    new_database_key,
)
from dischargeplanner.storage.repository import SqlitePlanStore

FIXTURES = Path(__file__).parent / "fixtures"
PASSWORD = "korrekt hest batteri stift"


@pytest.fixture
def key_file(tmp_path: Path) -> KeyFile:
    return KeyFile(tmp_path / "dischargeplanner.keys.json", TEST_COST)


def test_the_first_user_and_the_recovery_key_open_the_same_database_key(key_file: KeyFile) -> None:
    database_key, recovery = key_file.create("Kari", PASSWORD)
    assert len(database_key) == 32
    assert key_file.unlock("kari ", PASSWORD) == database_key  # names ignore case and spaces
    assert key_file.unlock_with_recovery(recovery.lower().replace("-", " ")) == database_key
    assert len(recovery.replace("-", "")) == 32
    stored = key_file.path.read_text(encoding="utf-8")
    assert PASSWORD not in stored
    assert recovery not in stored
    assert database_key.hex() not in stored


def test_a_wrong_password_and_an_unknown_name_are_refused_alike(key_file: KeyFile) -> None:
    key_file.create("kari", PASSWORD)
    with pytest.raises(WrongCredentialsError) as wrong_password:
        key_file.unlock("kari", PASSWORD + "x")
    with pytest.raises(WrongCredentialsError) as unknown_name:
        key_file.unlock("ola", PASSWORD)
    assert str(wrong_password.value) == str(unknown_name.value) == ""
    with pytest.raises(WrongCredentialsError):
        key_file.unlock_with_recovery("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")


def test_changing_a_password_rewraps_the_same_key_and_removal_shuts_the_user_out(key_file: KeyFile) -> None:
    database_key, _ = key_file.create("kari", PASSWORD)
    key_file.set_password("ola", "ola sitt lange passord", database_key)
    key_file.set_password("kari", "et helt nytt passord", database_key)
    assert key_file.unlock("kari", "et helt nytt passord") == database_key
    with pytest.raises(WrongCredentialsError):
        key_file.unlock("kari", PASSWORD)
    assert key_file.usernames() == ["kari", "ola"]
    key_file.remove("ola")
    with pytest.raises(WrongCredentialsError):
        key_file.unlock("ola", "ola sitt lange passord")


def test_wrong_attempts_are_counted_until_cleared(key_file: KeyFile) -> None:
    key_file.create("kari", PASSWORD)
    at = datetime(2026, 11, 24, 12, tzinfo=UTC)
    for _ in range(3):
        key_file.note_failure("Kari", at)
    failures = key_file.failures("kari")
    assert (failures.count, failures.last) == (3, at)
    key_file.clear_failures("kari")
    assert key_file.failures("kari").count == 0


def test_a_missing_or_foreign_key_file_is_said_plainly(key_file: KeyFile) -> None:
    with pytest.raises(KeyFileError, match="mangler"):
        key_file.unlock("kari", PASSWORD)
    key_file.path.write_text(json.dumps({"something": "else"}), encoding="utf-8")
    with pytest.raises(KeyFileError, match="ikke en nøkkelfil"):
        key_file.unlock("kari", PASSWORD)
    with pytest.raises(KeyFileError, match="finnes allerede"):
        key_file.create("kari", PASSWORD)


def test_the_database_is_encrypted_and_refuses_no_key_or_a_wrong_one(tmp_path: Path) -> None:
    path = tmp_path / "dischargeplanner.sqlite3"
    key = new_database_key()
    conn = open_database(path, encrypted_connector(key))
    store = SqlitePlanStore(conn)
    assert store.list_plans(tuple(PlanStatus), date(2026, 11, 24)) == []
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()

    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert is_encrypted(path)
    with pytest.raises(DatabaseError, match="not a database"):
        open_database(path, plain_connector)
    with pytest.raises(DatabaseError, match="kan ikke åpnes med denne nøkkelen"):
        open_database(path, encrypted_connector(new_database_key()))
    again = open_database(path, encrypted_connector(key))
    assert again.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again.close()


def test_an_old_plain_database_is_encrypted_in_place_with_every_plan(tmp_path: Path) -> None:
    path = tmp_path / "dischargeplanner.sqlite3"
    shutil.copy(FIXTURES / "schema-0004_selfhelp.sqlite3", path)
    plain = open_database(path, plain_connector)
    names = [plan.patient_name for plan in SqlitePlanStore(plain).list_plans(tuple(PlanStatus), date.today())]
    plain.close()
    assert len(names) == 3

    key = new_database_key()
    encrypt_in_place(path, key)

    assert sorted(p.name for p in tmp_path.iterdir()) == ["dischargeplanner.sqlite3"]
    data = path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    for name in names:
        assert name.encode("utf-8") not in data
    conn = open_database(path, encrypted_connector(key))
    reopened = SqlitePlanStore(conn).list_plans(tuple(PlanStatus), date.today())
    assert sorted(plan.patient_name for plan in reopened) == sorted(names)
    conn.close()
    encrypt_in_place(path, key)  # already encrypted: nothing to do
    assert path.read_bytes()[:16] == data[:16]
