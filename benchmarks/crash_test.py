"""Crash test: kill a process that edits through the real services, and count the acknowledged edits lost.

The parent makes a ward (synthetic data only); then, `--cycles` times, a child signs in through
app.open_signed_in and edits plans through the services, printing `begin` (what it will write)
before each call and `ack` (with the new ids) after it returns. The parent kills it with SIGKILL at
a random moment (start-up, inside a call, between two), reopens the database and checks: every
acknowledged edit stored; the edit in flight wholly there or wholly absent; every plan as whole as
a cleanly made one; one audit row per stored change; due dates following the plan's dates;
integrity_check and foreign_key_check clean; the access log's hash chain whole. Every edit writes a
value holding its own sequence number, so stored and not stored are told apart exactly.
The last line is `lost L of K acknowledged edits in N kills`; exit status 0 only when all is clean.

Usage: python benchmarks/crash_test.py --cycles N [--seed S] [--data-dir D]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING

from dischargeplanner.app import open_context, open_signed_in
from dischargeplanner.domain.model import (
    ActionStatus,
    Appointment,
    AppointmentId,
    AreaKey,
    DischargeKind,
    ItemState,
    Patient,
    PlanDraft,
    PlanId,
    Responsible,
    TrafficLight,
)
from dischargeplanner.domain.services import AreaMoment
from dischargeplanner.storage.audit import verify_chain
from dischargeplanner.storage.keyring import TEST_COST
from dischargeplanner.storage.repository import due_text
from dischargeplanner.synthetic import make_fodselsnummer, synthetic_name

if TYPE_CHECKING:
    import sqlite3

    from dischargeplanner.app import Context

USER = "krasjtest"
FULL_NAME = "Krasj Testesen"
PASSWORD = "et langt og oppdiktet passord"  # made up: the ward holds synthetic plans only
STAFF = "Terapeut Demo"
KOMMUNE = "0301"
WARD_PREFIX = "Krasjtest"
# The child keeps between MIN and MAX active plans: below it starts one, above it discharges one.
MIN_ACTIVE, MAX_ACTIVE = 2, 6
CREATE_CHANCE = 0.02
STARTUP_KILL_CHANCE = 0.1
STARTUP_WINDOW = (0.0, 0.25)  # seconds after the child is started
AFTER_FIRST_ACK = (0.005, 0.150)  # seconds after its first acknowledged edit
FIRST_ACK_TIMEOUT = 30.0
# Per table: the expression naming a row, and the columns the edits write.
TABLES = {
    "plan": ("plan_id", "ward status planned_discharge"),
    "checklist_item": ("item_id", "state not_applicable_reason note responsible"),
    "area_status": (
        "plan_id || '/' || area",
        "goal admission_light admission_reason current_light current_reason discharge_light discharge_reason",
    ),
    "agreed_action": ("action_id", "what status deadline"),
    "appointment": ("appointment_id", "what day note"),
}


# The edits, as the child reports them -------------------------------------------------------


Write = tuple[str, str, str, str]


@dataclass(frozen=True)
class Edit:
    """One service call: the values it writes, as [table, row, column, value].

    The first value holds the edit's sequence number, so it is never already stored. A row the
    database names on commit (a new plan, action, appointment) has row "" until the ack, and
    `find` ([table, column, value]) finds it when the ack was not printed.
    """

    seq: int
    op: str
    plan: int | None
    writes: tuple[Write, ...]
    find: tuple[str, str, str] | None = None

    def line(self, tag: str) -> str:
        record = {"seq": self.seq, "op": self.op, "plan": self.plan, "writes": self.writes, "find": self.find}
        return f"{tag} {json.dumps(record, ensure_ascii=False)}"

    @classmethod
    def parse(cls, text: str) -> Edit:
        record = json.loads(text)
        find = tuple(record["find"]) if record["find"] else None
        return cls(record["seq"], record["op"], record["plan"], tuple(map(tuple, record["writes"])), find)

    def named(self, row: int) -> Edit:
        """The edit with the new row's id filled in."""
        plan = row if self.op == "plan.create" else self.plan
        writes = tuple((t, r or str(row), c, v) for t, r, c, v in self.writes)
        return replace(self, plan=plan, writes=writes)


def make_draft(seq: int, today: date) -> PlanDraft:
    """A synthetic patient (invented name, generated fødselsnummer); the ward's name carries `seq`."""
    admission = today - timedelta(days=20)
    birth = date(1960 + seq % 40, 1 + seq % 12, 1 + seq % 28)
    patient = Patient(synthetic_name(seq), make_fodselsnummer(birth))
    ward = f"{WARD_PREFIX} {seq}"
    return PlanDraft(patient, KOMMUNE, ward, STAFF, admission, _planned(admission, seq))


def _planned(admission: date, seq: int) -> date:
    return admission + timedelta(days=seq + 1)


class Editor:
    """Makes edits through the context's services, reporting each through `emit`."""

    def __init__(self, context: Context, rng: random.Random, seq: int, emit: Callable[[str], None]) -> None:
        self._context = context
        self._rng = rng
        self._seq = seq
        self._emit = emit
        self._active = [summary.plan_id for summary in context.service.list_plans()]

    def step(self) -> None:
        rng, active = self._rng, self._active
        if len(active) < MIN_ACTIVE or rng.random() < CREATE_CHANCE:
            self.create_plan()
        elif len(active) > MAX_ACTIVE:
            self.discharge(active[0])
        else:
            edit = rng.choice(
                (
                    self.update_item, self.update_item, self.mark_not_applicable, self.set_goal,
                    self.assess, self.set_planned_discharge, self.add_action, self.update_action,
                    self.add_appointment, self.update_appointment,
                )
            )  # fmt: skip
            edit(rng.choice(active))

    @contextmanager
    def _call(self, edit: Edit) -> Iterator[list[int]]:
        """Report the edit, make it (the body), then acknowledge it with the new row's id if any."""
        self._emit(edit.line("begin"))
        created: list[int] = []
        yield created
        self._emit((edit.named(created[0]) if created else edit).line("ack"))

    def _next(self) -> int:
        self._seq += 1
        return self._seq

    def create_plan(self) -> PlanId:
        seq = self._next()
        draft = make_draft(seq, self._context.service.today())
        planned = draft.planned_discharge.isoformat() if draft.planned_discharge else ""
        writes = _writes("plan", "", ward=draft.ward, status="active", planned_discharge=planned)
        with self._call(Edit(seq, "plan.create", None, writes, ("plan", "ward", draft.ward))) as created:
            plan_id, _ = self._context.service.start_plan(draft, USER)
            created.append(plan_id)
        self._active.append(plan_id)
        return plan_id

    def update_item(self, plan_id: PlanId) -> None:
        seq, rng = self._next(), self._rng
        item = rng.choice(self._context.service.plan_detail(plan_id).items)
        state = rng.choice((ItemState.NOT_STARTED, ItemState.IN_PROGRESS, ItemState.DONE))
        responsible, note = rng.choice(tuple(Responsible)), f"Notat {seq}"
        values = {"note": note, "state": state, "not_applicable_reason": "", "responsible": responsible}
        with self._call(Edit(seq, "item.update", plan_id, _writes("checklist_item", item.item_id, **values))):
            self._context.service.update_item(item.item_id, state, "", responsible, "", note, USER)

    def mark_not_applicable(self, plan_id: PlanId) -> None:
        seq = self._next()
        item = self._rng.choice(self._context.service.plan_detail(plan_id).items)
        reason, state = f"Ikke aktuelt {seq}", ItemState.NOT_APPLICABLE
        writes = _writes("checklist_item", item.item_id, not_applicable_reason=reason, state=state)
        with self._call(Edit(seq, "item.state", plan_id, writes)):
            self._context.service.set_item_state(item.item_id, state, USER, reason)

    def set_goal(self, plan_id: PlanId) -> None:
        seq = self._next()
        area, goal = self._rng.choice(tuple(AreaKey)), f"Mål {seq}"
        with self._call(
            Edit(seq, "area.goal", plan_id, _writes("area_status", f"{plan_id}/{area}", goal=goal))
        ):
            self._context.service.set_area_goal(plan_id, area, goal, USER)

    def assess(self, plan_id: PlanId) -> None:
        seq, rng = self._next(), self._rng
        area, moment = rng.choice(tuple(AreaKey)), rng.choice(tuple(AreaMoment))
        light = rng.choice((TrafficLight.RED, TrafficLight.YELLOW, TrafficLight.GREEN))
        reason = f"Vurdering {seq}"
        values = {f"{moment}_reason": reason, f"{moment}_light": light}
        with self._call(
            Edit(seq, "area.status", plan_id, _writes("area_status", f"{plan_id}/{area}", **values))
        ):
            self._context.service.set_area_status(plan_id, area, moment, light, reason, USER)

    def set_planned_discharge(self, plan_id: PlanId) -> None:
        seq = self._next()
        planned = _planned(self._context.service.plan_detail(plan_id).plan.admission, seq)
        writes = _writes("plan", plan_id, planned_discharge=planned.isoformat())
        with self._call(Edit(seq, "plan.discharge_date", plan_id, writes)):
            self._context.service.set_planned_discharge(plan_id, planned, USER)

    def add_action(self, plan_id: PlanId) -> None:
        seq, rng = self._next(), self._rng
        area, what = rng.choice(tuple(AreaKey)), f"Tiltak {seq}"
        deadline = self._context.service.today() + timedelta(days=seq % 60)
        writes = _writes(
            "agreed_action", "", what=what, status=ActionStatus.OPEN, deadline=deadline.isoformat()
        )
        with self._call(Edit(seq, "action.add", plan_id, writes, ("agreed_action", "what", what))) as created:
            responsible = rng.choice(tuple(Responsible))
            action_id, _ = self._context.service.add_action(
                plan_id, area, what, responsible, "", deadline, USER
            )
            created.append(action_id)

    def update_action(self, plan_id: PlanId) -> None:
        actions = self._context.service.plan_detail(plan_id).actions
        if not actions:
            self.add_action(plan_id)
            return
        seq, rng = self._next(), self._rng
        changed = replace(rng.choice(actions), what=f"Tiltak {seq}", status=rng.choice(tuple(ActionStatus)))
        writes = _writes("agreed_action", changed.action_id, what=changed.what, status=changed.status)
        with self._call(Edit(seq, "action.update", plan_id, writes)):
            self._context.service.update_action(changed, USER)

    def add_appointment(self, plan_id: PlanId) -> None:
        seq = self._next()
        what, day = f"Avtale {seq}", self._context.service.today() + timedelta(days=seq % 30)
        writes = _writes("appointment", "", what=what, day=day.isoformat())
        with self._call(
            Edit(seq, "appointment.add", plan_id, writes, ("appointment", "what", what))
        ) as created:
            appointment = Appointment(AppointmentId(0), plan_id, self._rng.choice(tuple(AreaKey)), what, day)
            appointment_id, _ = self._context.sharing.add_appointment(appointment, USER)
            created.append(appointment_id)

    def update_appointment(self, plan_id: PlanId) -> None:
        appointments = self._context.sharing.appointments(plan_id)
        if not appointments:
            self.add_appointment(plan_id)
            return
        seq = self._next()
        changed = replace(self._rng.choice(appointments), note=f"Avtalenotat {seq}")
        writes = _writes("appointment", changed.appointment_id, note=changed.note)
        with self._call(Edit(seq, "appointment.update", plan_id, writes)):
            self._context.sharing.update_appointment(changed, USER)

    def discharge(self, plan_id: PlanId) -> None:
        """A multi-row change: the plan and each area's status at discharge."""
        seq = self._next()
        status = {area: (TrafficLight.GREEN, f"Utskrevet {seq} {area}") for area in AreaKey}
        reasons = [("area_status", f"{plan_id}/{a}", "discharge_reason", r) for a, (_, r) in status.items()]
        lights = [("area_status", f"{plan_id}/{a}", "discharge_light", "green") for a in status]
        writes = (*reasons, *lights, ("plan", str(plan_id), "status", "discharged"))
        with self._call(Edit(seq, "plan.discharge", plan_id, writes)):
            today = self._context.service.today()
            self._context.service.discharge_plan(plan_id, today, DischargeKind.PLANNED, status, USER)
        self._active.remove(plan_id)


def _writes(table: str, row: object, **values: object) -> tuple[Write, ...]:
    """[table, row, column, value] for each column; row "" for a row the database has not named yet."""
    return tuple((table, str(row), column, str(value)) for column, value in values.items())


def child_main(data_dir: Path, seed: int, start: int) -> None:
    """Sign in through the composition root and edit until killed."""
    context = open_signed_in(data_dir, USER, PASSWORD, cost=TEST_COST)
    editor = Editor(context, random.Random(seed), start - 1, lambda line: print(line, flush=True))
    while True:
        editor.step()


# What the parent knows, and the check ------------------------------------------------------


@dataclass
class Ledger:
    """The stored state the acknowledged (and resolved in-flight) edits promise."""

    expected: dict[tuple[str, str, str], tuple[str, int]] = field(
        default_factory=dict
    )  # value, seq that wrote it
    plan_edits: Counter[int] = field(default_factory=Counter)
    ward_audit_rows: int = 0  # rows about no plan (the ward's set-up)

    def record(self, edit: Edit) -> None:
        assert edit.plan is not None, "a stored edit names its plan"
        for table, row, column, value in edit.writes:
            self.expected[table, row, column] = (value, edit.seq)
        self.plan_edits[edit.plan] += 1

    def copy(self) -> Ledger:
        return Ledger(dict(self.expected), Counter(self.plan_edits), self.ward_audit_rows)


@dataclass(frozen=True)
class Shape:
    """A cleanly made plan's checklist item keys and area keys, in order."""

    items: tuple[str, ...]
    areas: tuple[str, ...]


@dataclass
class Report:
    lost: set[int] = field(default_factory=set)  # sequence numbers of acknowledged edits not found
    problems: list[str] = field(default_factory=list)
    committed: Edit | None = None  # the edit in flight, when it was stored before the kill


def verify(
    conn: sqlite3.Connection,
    ledger: Ledger,
    shape: Shape,
    in_flight: Edit | None = None,
    due_plans: Collection[int] | None = None,
) -> Report:
    """Check the reopened database against the ledger; `due_plans` limits the due-date check."""
    report = Report()
    if [tuple(row) for row in conn.execute("PRAGMA integrity_check")] != [("ok",)]:
        report.problems.append("PRAGMA integrity_check is not ok")
    if conn.execute("PRAGMA foreign_key_check").fetchall():
        report.problems.append("PRAGMA foreign_key_check found rows without their parent")
    chain = verify_chain(conn)
    if not chain.ok:
        report.problems.append(f"the access log's chain breaks at row {chain.broken_at} ({chain.reason})")
    rows = {table: _Rows(conn, table) for table in TABLES}
    promised = ledger.copy()
    if in_flight is not None:
        report.committed = _resolve(conn, in_flight, rows, report)
        if report.committed is not None:
            promised.record(report.committed)
            if due_plans is not None and report.committed.plan is not None:
                due_plans = {*due_plans, report.committed.plan}
    for (table, row, column), (value, seq) in promised.expected.items():
        stored = rows[table].value(row, column)
        if stored is None:
            report.lost.add(seq)
            report.problems.append(f"edit {seq}: {table} {row} is missing")
        elif stored != value:
            report.lost.add(seq)
            report.problems.append(f"edit {seq}: {table} {row} {column} is {stored!r}, not {value!r}")
    _check_plans(conn, promised, shape, report)
    _check_due_dates(conn, due_plans, report)
    return report


class _Rows:
    """One table's rows by their name; a column's value as text ("" for NULL)."""

    def __init__(self, conn: sqlite3.Connection, table: str) -> None:
        key, names = TABLES[table]
        columns = names.split()
        self._index = {column: index for index, column in enumerate(columns)}
        cursor = conn.cursor()
        cursor.row_factory = None  # plain tuples: the whole table is read after every kill
        cursor.execute(f"SELECT {key}, {', '.join(columns)} FROM {table}")
        self._rows = {str(row[0]): row[1:] for row in cursor}

    def value(self, row: str, column: str) -> str | None:
        """None when there is no such row."""
        values = self._rows.get(row)
        if values is None:
            return None
        value = values[self._index[column]]
        return "" if value is None else str(value)


def _resolve(conn: sqlite3.Connection, edit: Edit, rows: dict[str, _Rows], report: Report) -> Edit | None:
    """The edit in flight if it was stored (wholly), else None; a partly stored one is a problem."""
    if edit.find is not None:
        table, column, value = edit.find
        found = conn.execute(
            f"SELECT {TABLES[table][0]} FROM {table} WHERE {column} = ?", (value,)
        ).fetchall()  # fmt: skip
        if not found:
            return None
        edit = edit.named(int(found[0][0]))
    stored = [rows[table].value(row, column) == value for table, row, column, value in edit.writes]
    if stored[0] and not all(stored):
        report.problems.append(f"edit {edit.seq} ({edit.op}) was stored only in part")
    if not stored[0] and any(  # its own new values (holding its number) found without its first one
        found and str(edit.seq) in write[3].split() for found, write in zip(stored, edit.writes, strict=True)
    ):
        report.problems.append(f"edit {edit.seq} ({edit.op}) was stored only in part")
    return edit if stored[0] else None


def _check_plans(conn: sqlite3.Connection, promised: Ledger, shape: Shape, report: Report) -> None:
    """Every plan whole (items and areas of a clean one) with one audit row per stored change."""
    items = _keys_by_plan(conn, "checklist_item", "key")
    areas = _keys_by_plan(conn, "area_status", "area")
    audit = dict(conn.execute("SELECT plan_id, count(*) FROM audit_log GROUP BY plan_id").fetchall())
    for plan_id, version in conn.execute("SELECT plan_id, version FROM plan").fetchall():
        plan_items, plan_areas = items.get(plan_id, ()), areas.get(plan_id, ())
        if plan_items != shape.items or plan_areas != shape.areas:
            report.problems.append(
                f"plan {plan_id} is half-written: {len(plan_items)} of {len(shape.items)} checklist items, "
                f"{len(plan_areas)} of {len(shape.areas)} areas"
            )
        edits = promised.plan_edits.get(plan_id, 0)
        if not edits:
            report.problems.append(f"plan {plan_id} was never begun by an edit")
        if audit.get(plan_id, 0) != edits or version != edits:
            report.problems.append(
                f"plan {plan_id}: {edits} stored changes, {audit.get(plan_id, 0)} audit rows, "
                f"version {version}"
            )
    if audit.get(None, 0) != promised.ward_audit_rows:
        report.problems.append(
            f"{audit.get(None, 0)} audit rows without a plan, not {promised.ward_audit_rows}"
        )


def _keys_by_plan(conn: sqlite3.Connection, table: str, column: str) -> dict[int, tuple[str, ...]]:
    ordered = f"SELECT plan_id, {column} AS key FROM {table} ORDER BY plan_id, position"
    rows = conn.execute(f"SELECT plan_id, group_concat(key, ' ') FROM ({ordered}) GROUP BY plan_id")
    return {plan_id: tuple(keys.split(" ")) for plan_id, keys in rows}


def _check_due_dates(conn: sqlite3.Connection, plans: Collection[int] | None, report: Report) -> None:
    """Stored due dates follow the plan's dates (a new planned discharge moves them in its transaction)."""
    sql = (
        "SELECT i.plan_id, i.item_id, i.timing, i.due, p.admission, p.planned_discharge "
        "FROM checklist_item i JOIN plan p ON p.plan_id = i.plan_id"
    )
    if plans is not None:
        sql += f" WHERE i.plan_id IN ({', '.join(str(int(plan)) for plan in plans) or 'NULL'})"
    for plan_id, item_id, timing, due, admission, planned in conn.execute(sql):
        if due_text(timing, admission, planned) != due:
            report.problems.append(f"plan {plan_id} item {item_id}: due date {due} does not follow the plan")


# The parent ----------------------------------------------------------------------------------


@dataclass
class Tally:
    kills: int = 0
    startup_kills: int = 0  # before the first edit began
    in_flight: Counter[str] = field(default_factory=Counter)  # by service call: begun, not acknowledged
    stored_unacknowledged: int = 0  # of those, stored before the kill
    acknowledged: int = 0
    lost: set[int] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)


def set_up(data_dir: Path) -> tuple[bytes, Ledger, Shape]:
    """A new ward with one plan made cleanly: the key, what is stored, and the plan's shape."""
    context = open_signed_in(data_dir, USER, PASSWORD, create_as=FULL_NAME, cost=TEST_COST)
    try:
        lines: list[str] = []
        plan_id = Editor(context, random.Random(0), 0, lines.append).create_plan()
        ledger = Ledger()
        for edit in read_lines(lines)[0]:
            ledger.record(edit)
        row = context.conn.execute("SELECT count(*) FROM audit_log WHERE plan_id IS NULL").fetchone()
        ledger.ward_audit_rows = row[0]
        detail = context.service.plan_detail(plan_id)
        shape = Shape(tuple(i.key for i in detail.items), tuple(str(a.area) for a in detail.areas))
        return context.key, ledger, shape
    finally:
        context.close()


def read_lines(lines: list[str]) -> tuple[list[Edit], Edit | None]:
    """The acknowledged edits in order, and the one begun but not acknowledged (in flight)."""
    acknowledged: list[Edit] = []
    begun: Edit | None = None
    for line in lines:
        tag, _, text = line.partition(" ")
        if tag == "begin":
            begun = Edit.parse(text)
        elif tag == "ack":
            acknowledged.append(Edit.parse(text))
            begun = None
    return acknowledged, begun


def run_child(data_dir: Path, seed: int, start: int, rng: random.Random) -> tuple[list[str], str | None]:
    """Start a child, kill it at a random moment; its complete stdout lines and any failure."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(data_dir)]
    command += ["--seed", str(seed), "--start", str(start)]
    lines: list[str] = []
    first_ack = threading.Event()

    def read(stream: IO[bytes]) -> None:
        for raw in stream:
            if raw.endswith(b"\n"):  # a line cut off by the kill was never printed
                lines.append(raw.decode().rstrip("\n"))
                if raw.startswith(b"ack "):
                    first_ack.set()

    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        reader = threading.Thread(target=read, args=(process.stdout,), daemon=True)
        reader.start()
        failure = None
        if rng.random() < STARTUP_KILL_CHANCE:
            time.sleep(rng.uniform(*STARTUP_WINDOW))
        elif first_ack.wait(FIRST_ACK_TIMEOUT):
            time.sleep(rng.uniform(*AFTER_FIRST_ACK))
        else:
            failure = "the child acknowledged no edit"
        exited = process.poll()
        process.kill()  # SIGKILL: no handler, no clean-up, no flush
        process.wait()
        reader.join()
        if exited is not None:
            errors = process.stderr.read().decode(errors="replace").strip()
            failure = f"the child exited by itself ({exited}) before the kill: {errors[-800:]}"
    return lines, failure


def run(cycles: int, seed: int, data_dir: Path) -> Tally:
    rng = random.Random(seed)
    key, ledger, shape = set_up(data_dir)
    tally = Tally()
    next_seq = max(seq for _, seq in ledger.expected.values()) + 1
    started = time.perf_counter()
    for cycle in range(1, cycles + 1):
        lines, failure = run_child(data_dir, rng.randrange(2**32), next_seq, rng)
        tally.kills += 1
        acknowledged, in_flight = read_lines(lines)
        for edit in acknowledged:
            ledger.record(edit)
        seqs = [edit.seq for edit in (*acknowledged, in_flight) if edit is not None]
        next_seq = max([next_seq, *(seq + 1 for seq in seqs)])
        tally.acknowledged += len(acknowledged)
        tally.startup_kills += not lines
        touched = {edit.plan for edit in acknowledged if edit.plan is not None}
        report = reopen_and_verify(data_dir, key, ledger, shape, in_flight, touched)
        if in_flight is not None:
            tally.in_flight[in_flight.op] += 1
        if report.committed is not None:
            ledger.record(report.committed)
            tally.stored_unacknowledged += 1
        tally.lost |= report.lost
        tally.problems += [
            f"kill {cycle}: {problem}" for problem in ([failure] if failure else []) + report.problems
        ]
        if cycle % max(1, cycles // 10) == 0 or cycle == cycles:
            elapsed = time.perf_counter() - started
            done = f"{tally.acknowledged} acknowledged, {tally.in_flight.total()} in flight"
            print(
                f"kill {cycle}/{cycles}: {done}, {len(ledger.plan_edits)} plans, {elapsed / cycle:.2f} s/kill"
            )
        if tally.problems:
            break
    final = reopen_and_verify(data_dir, key, ledger, shape)  # again, with every plan's due dates
    tally.lost |= final.lost
    tally.problems += [f"final check: {problem}" for problem in final.problems]
    return tally


def reopen_and_verify(
    data_dir: Path,
    key: bytes,
    ledger: Ledger,
    shape: Shape,
    in_flight: Edit | None = None,
    due_plans: Collection[int] | None = None,
) -> Report:
    """Open the ward as the app does (recovering the WAL), check it, close it (checkpointing)."""
    context = open_context(data_dir, USER, key)
    try:
        return verify(context.conn, ledger, shape, in_flight, due_plans)
    finally:
        context.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cycles", type=int, default=20, help="how many times to kill the child")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--data-dir", type=Path, help="an empty or new folder (kept afterwards)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--start", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child_main(args.child, args.seed, args.start)
        return 0
    if args.data_dir is not None and args.data_dir.exists() and any(args.data_dir.iterdir()):
        parser.error(f"{args.data_dir} is not empty")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="crash-test-") as temporary:
        tally = run(args.cycles, args.seed, args.data_dir or Path(temporary))
    elapsed = time.perf_counter() - started
    between = tally.kills - tally.startup_kills - tally.in_flight.total()
    print(f"kills during start-up (no edit begun): {tally.startup_kills}; between two calls: {between}")
    calls = ", ".join(f"{op} {count}" for op, count in sorted(tally.in_flight.items()))
    print(
        f"kills inside a service call: {tally.in_flight.total()}, of which {tally.stored_unacknowledged} "
        f"were stored before the kill ({calls or 'none'})"
    )
    print(f"time: {elapsed:.1f} s, {elapsed / max(1, tally.kills):.3f} s per kill")
    for problem in tally.problems[:20]:
        print(f"FAILED {problem}")
    print(f"lost {len(tally.lost)} of {tally.acknowledged} acknowledged edits in {tally.kills} kills")
    return 0 if not tally.lost and not tally.problems else 1


if __name__ == "__main__":
    sys.exit(main())
