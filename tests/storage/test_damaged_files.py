"""Damaged and wrong database files: the check reports every damage and the opening code never breaks.

Runs benchmarks/damaged_files.py's own code in this process over 1,000 damaged copies of a
real-shaped ward (about 10 s here), then a named case for each kind of damage.
"""

from __future__ import annotations

import importlib.util
import os
import sqlite3
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from dischargeplanner import paths
from dischargeplanner.storage.db import DatabaseError, encrypted_connector, open_database
from dischargeplanner.storage.health import PAGE_SIZE, Damage, check_database, describe
from helpers import ROOT

COPIES = 1000


def _load_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("damaged_files", ROOT / "benchmarks" / "damaged_files.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


bench = _load_benchmark()


@pytest.fixture(scope="module")
def ward(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return bench.make_ward(tmp_path_factory.mktemp("damage") / "ward", plans=4, free_pages=12)


def test_every_damaged_copy_is_reported_and_nothing_breaks(ward: Any, tmp_path: Path) -> None:
    verdicts: Counter[str] = Counter()
    by_kind: Counter[tuple[str, str]] = Counter()
    wrong: list[str] = []
    for copy, verdict, outcome in bench.run_in_process(ward, COPIES, 8, tmp_path):
        verdicts[verdict] += 1
        by_kind[(copy.kind, verdict)] += 1
        if verdict in ("unreported", "failure"):
            wrong.append(f"{copy.what}: {verdict} {outcome}")
    assert wrong == []
    assert verdicts["reported"] + verdicts["harmless"] == COPIES
    # Harmless means every changed byte is in a free page; most damage lands elsewhere.
    assert verdicts["reported"] > 0.85 * COPIES
    for kind in ("truncate", "wrong"):
        assert by_kind[(kind, "harmless")] == 0


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def _flip(data: bytes, offset: int) -> bytes:
    changed = bytearray(data)
    changed[offset] ^= 0x10
    return bytes(changed)


def _plain_sqlite(folder: Path) -> bytes:
    path = folder / "someone-else.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE handleliste (vare TEXT)")
    conn.commit()
    conn.close()
    data = path.read_bytes()
    path.unlink()
    return data


CASES = {
    "truncated to 0 bytes": (lambda _original, _folder: b"", Damage.EMPTY),
    "truncated to 60 bytes": (lambda original, _folder: original[:60], Damage.TRUNCATED),
    "truncated to half": (
        lambda original, _folder: original[: len(original) // PAGE_SIZE // 2 * PAGE_SIZE],
        Damage.TRUNCATED,
    ),
    "one page short": (lambda original, _folder: original[:-PAGE_SIZE], Damage.TRUNCATED),
    "cut mid-page": (lambda original, _folder: original[: 5 * PAGE_SIZE + 1234], Damage.TRUNCATED),
    "header page flipped": (lambda original, _folder: _flip(original, 200), Damage.UNREADABLE),
    "salt flipped": (lambda original, _folder: _flip(original, 3), Damage.UNREADABLE),
    "a used page flipped": (lambda original, _folder: _flip(original, PAGE_SIZE + 500), Damage.CORRUPT),
    "a used page zeroed": (
        lambda original, _folder: original[:PAGE_SIZE] + bytes(PAGE_SIZE) + original[2 * PAGE_SIZE :],
        Damage.CORRUPT,
    ),
    "a Word document": (
        lambda _original, _folder: b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml" + os.urandom(6000),
        Damage.NOT_OURS,
    ),
    "someone else's plain SQLite file": (lambda _original, folder: _plain_sqlite(folder), Damage.NOT_OURS),
    "a text file": (lambda _original, _folder: b"Ring kommunen.\n" * 500, Damage.NOT_OURS),
    "a PDF": (lambda _original, _folder: b"%PDF-1.7\n" + os.urandom(5000), Damage.NOT_OURS),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_kind_of_damage_is_named_and_the_app_refuses_to_open_it(
    case: str, ward: Any, tmp_path: Path
) -> None:
    make, expected = CASES[case]
    folder = _folder(tmp_path)
    path = paths.database_path(folder)
    path.write_bytes(make(ward.original, folder))
    before = (sorted(folder.iterdir()), path.read_bytes())
    key = ward.key
    health = check_database(path, key)
    assert (sorted(folder.iterdir()), path.read_bytes()) == before
    assert not health.ok
    assert health.damage is expected
    assert health.details
    assert describe(health)
    if expected is not Damage.EMPTY and expected is not Damage.CORRUPT:
        # A used page damaged past page 1 may open, and then fails on reading; an empty file is
        # made into a new database: that is why the app checks before it opens.
        with pytest.raises(DatabaseError):
            open_database(path, encrypted_connector(key))


def test_a_missing_file_is_missing(tmp_path: Path) -> None:
    health = check_database(paths.database_path(tmp_path), bytes(32))
    assert health.damage is Damage.MISSING
    assert list(tmp_path.iterdir()) == []
    assert "finnes ikke" in describe(health)


def test_a_folder_in_place_of_the_file_is_not_ours(tmp_path: Path) -> None:
    path = paths.database_path(tmp_path)
    path.mkdir()
    assert check_database(path, bytes(32)).damage is Damage.NOT_OURS


def test_the_original_ward_is_healthy(ward: Any) -> None:
    health = check_database(ward.path, ward.key)
    assert health.ok
    assert health.plan_count == 4
