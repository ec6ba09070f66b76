"""Every released schema version opens and upgrades with today's code, keeping its plans.

When a migration is added, add a fixture of the schema before it: make one with the
release that shipped it (a demo ward of 3 plans, checkpointed, journal_mode DELETE).
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from dischargeplanner.domain.model import DocumentLanguage, PlanStatus
from dischargeplanner.storage.db import open_database, pending_migrations
from dischargeplanner.storage.repository import SqlitePlanStore
from dischargeplanner.storage.schema import MIGRATION_NAMES
from dischargeplanner.storage.sharing import SqliteSharingStore

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-*.sqlite3"))


def test_the_first_released_schema_has_a_fixture() -> None:
    newest = {path.name.removeprefix("schema-").removesuffix(".sqlite3") for path in FIXTURES}
    assert MIGRATION_NAMES[0] in newest


@pytest.mark.parametrize("fixture", FIXTURES, ids=[path.name for path in FIXTURES])
def test_released_schema_upgrades_and_keeps_every_plan(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / "dischargeplanner.sqlite3"
    shutil.copy(fixture, copy)
    conn = open_database(copy)
    assert pending_migrations(conn) == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    store = SqlitePlanStore(conn)
    plans = store.list_plans(tuple(PlanStatus), date.today())
    assert len(plans) == 3
    for summary in plans:
        detail = store.plan_detail(summary.plan_id)
        assert len(detail.areas) == 9
        assert len(detail.items) > 0
        # Due dates are stored from 0002 on: the upgrade fills them in from the timing rules.
        stored = dict(
            conn.execute(
                "SELECT item_id, due FROM checklist_item WHERE plan_id = ?", (summary.plan_id,)
            ).fetchall()
        )
        for item in detail.items:
            due = item.due_date(detail.plan)
            assert stored[item.item_id] == (due.isoformat() if due else None)


@pytest.mark.parametrize("fixture", FIXTURES[2:], ids=[path.name for path in FIXTURES[2:]])
def test_consents_from_before_the_written_standard_read_as_bokmal(fixture: Path, tmp_path: Path) -> None:
    """Consents exist from 0003 on; those recorded before 0008 make their documents in Bokmål."""
    copy = tmp_path / "dischargeplanner.sqlite3"
    shutil.copy(fixture, copy)
    conn = open_database(copy)
    store = SqliteSharingStore(conn)
    plans = SqlitePlanStore(conn).list_plans(tuple(PlanStatus), date.today())
    consents = [consent for summary in plans for consent in store.consents(summary.plan_id)]
    assert consents
    assert {consent.language for consent in consents} == {DocumentLanguage.NB}
