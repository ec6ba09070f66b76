"""The crash test (benchmarks/crash_test.py): killed mid-edit, nothing acknowledged is lost.

A few kills run in the normal suite (about 3 s); the verifier is also shown failing on a real
database changed behind the services' back, so a clean result means something.
"""

from __future__ import annotations

import importlib.util
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from dischargeplanner.app import Context, open_context
from helpers import ROOT

SCRIPT = ROOT / "benchmarks" / "crash_test.py"
LAST_LINE = re.compile(r"lost 0 of (\d+) acknowledged edits in 5 kills")


@pytest.fixture(scope="module")
def crash() -> ModuleType:
    """The script as a module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("crash_test", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_test"] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def ward(crash: ModuleType, tmp_path: Path) -> Iterator[tuple[Context, Any, Any]]:
    """A ward made by the script, open, with its ledger and the shape of a clean plan."""
    data_dir = tmp_path / "ward"
    key, ledger, shape = crash.set_up(data_dir)
    context = open_context(data_dir, crash.USER, key)
    yield context, ledger, shape
    context.close()


def _edit(crash: ModuleType, context: Context, ledger: Any, make: str) -> Any:
    """One acknowledged edit through the services, on the ward's first plan, entered in the ledger."""
    lines: list[str] = []
    editor = crash.Editor(context, random.Random(8), 100, lines.append)
    getattr(editor, make)(next(iter(ledger.plan_edits)))
    (edit,), in_flight = crash.read_lines(lines)
    assert in_flight is None
    ledger.record(edit)
    return edit


def test_five_kills_lose_no_acknowledged_edit(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--cycles", "5", "--seed", "8", "--data-dir", str(tmp_path / "ward")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    last = result.stdout.strip().splitlines()[-1]
    match = LAST_LINE.fullmatch(last)
    assert match is not None, last
    assert int(match.group(1)) > 0


def test_an_acknowledged_edit_missing_from_the_database_is_reported_lost(
    crash: ModuleType, ward: tuple[Context, Any, Any]
) -> None:
    context, ledger, shape = ward
    edit = _edit(crash, context, ledger, "update_item")
    assert crash.verify(context.conn, ledger, shape).problems == []
    _table, item_id, _column, note = edit.writes[0]

    context.conn.execute("UPDATE checklist_item SET note = 'Notat 7' WHERE item_id = ?", (int(item_id),))
    report = crash.verify(context.conn, ledger, shape)

    assert report.lost == {edit.seq}
    assert f"edit {edit.seq}: checklist_item {item_id} note is 'Notat 7', not {note!r}" in report.problems


def test_a_half_written_plan_and_a_plan_changed_without_its_audit_row_are_reported(
    crash: ModuleType, ward: tuple[Context, Any, Any]
) -> None:
    context, ledger, shape = ward
    plan_id = next(iter(ledger.plan_edits))

    context.conn.execute(
        "DELETE FROM checklist_item WHERE item_id = (SELECT max(item_id) FROM checklist_item)"
    )
    context.conn.execute("UPDATE plan SET version = version + 1 WHERE plan_id = ?", (plan_id,))
    report = crash.verify(context.conn, ledger, shape)

    items = len(shape.items)
    assert (
        f"plan {plan_id} is half-written: {items - 1} of {items} checklist items, "
        f"{len(shape.areas)} of {len(shape.areas)} areas"
    ) in report.problems
    assert f"plan {plan_id}: 1 stored changes, 1 audit rows, version 2" in report.problems


def test_the_edit_in_flight_counts_when_stored_whole_and_not_when_absent(
    crash: ModuleType, ward: tuple[Context, Any, Any]
) -> None:
    context, ledger, shape = ward
    plan_id = next(iter(ledger.plan_edits))
    never_made = crash.Edit(
        999, "area.goal", plan_id, (("area_status", f"{plan_id}/housing", "goal", "Mål 999"),)
    )
    absent = crash.verify(context.conn, ledger, shape, never_made)
    # Stored, but killed before its ack was printed: the parent has only its `begin` line.
    stored = _edit(crash, context, ledger.copy(), "add_action")
    begun = replace(
        stored, writes=tuple((table, "", column, value) for table, _, column, value in stored.writes)
    )

    found = crash.verify(context.conn, ledger, shape, begun)

    assert (absent.committed, absent.problems) == (None, [])
    assert (found.committed, found.problems) == (stored, [])


def test_an_edit_in_flight_stored_only_in_part_is_reported(
    crash: ModuleType, ward: tuple[Context, Any, Any]
) -> None:
    context, ledger, shape = ward
    plan_id = next(iter(ledger.plan_edits))
    row = f"{plan_id}/housing"
    torn = crash.Edit(
        500,
        "area.status",
        plan_id,
        (
            ("area_status", row, "current_reason", "Vurdering 500"),
            ("area_status", row, "current_light", "red"),
        ),
    )

    context.conn.execute(
        "UPDATE area_status SET current_reason = 'Vurdering 500' WHERE plan_id = ? AND area = 'housing'",
        (plan_id,),
    )
    report = crash.verify(context.conn, ledger, shape, torn)

    assert "edit 500 (area.status) was stored only in part" in report.problems
