"""Two programs on one ward at once: count the acknowledged updates that a later write lost.

Each worker is its own process with its own connection to the same encrypted database, as two PCs
on the ward would be. Both do what a user does: read the plan (the editor's plan_detail, noting the
version shown), then append their own token to a text they just read (the housing goal and the
crisis plan's warning signs), and store it through the real services. An update is acknowledged
when the service returned; a refusal (ConflictError: changed underneath) is read again, as the user
who reloads does. In the end every acknowledged token must still be in the stored text: a token
missing is a lost update, a silent overwrite.

First `--rounds` rounds in lockstep (both read, then both write at the same moment, so exactly one
of each pair must be refused), then `--rounds` edits each running free.

`--without-check` leaves out what the window does to be checked (PlanService.watch): it shows the
test can fail, since then the same run loses updates.

The last line is `lost L of K acknowledged updates from 2 processes ...`; exit status 0 only when
L is 0 (with --without-check: 0 when updates were lost, as they should be).

Usage: python benchmarks/two_users.py [--rounds N] [--without-check] [--data-dir D]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from dischargeplanner.app import open_signed_in
from dischargeplanner.domain.crisis_model import CrisisText
from dischargeplanner.domain.model import AreaKey, Patient, PlanDraft, PlanId
from dischargeplanner.domain.services import ConflictError
from dischargeplanner.storage.keyring import TEST_COST
from dischargeplanner.synthetic import make_fodselsnummer, synthetic_name

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.synchronize import Barrier

    from dischargeplanner.app import Context

USER = "tobrukere"
FULL_NAME = "To Brukere"
PASSWORD = "et langt og oppdiktet passord"  # made up: the ward holds one synthetic plan
WORKERS = ("ola", "kari")
FIELDS = ("goal", "crisis")


@dataclass(frozen=True)
class Tally:
    acknowledged: list[str]
    refused: int


def make_ward(data_dir: Path) -> PlanId:
    context = open_signed_in(data_dir, USER, PASSWORD, create_as=FULL_NAME, cost=TEST_COST)
    try:
        admission = date.today() - timedelta(days=10)
        patient = Patient(synthetic_name(7), make_fodselsnummer(date(1979, 5, 17)))
        draft = PlanDraft(
            patient, "0301", "Avdeling A", "Sosionom Demo", admission, admission + timedelta(60)
        )
        plan_id, _changes = context.service.start_plan(draft, USER)
        return plan_id
    finally:
        context.close()


def stored_text(context: Context, plan_id: PlanId, field: str) -> str:
    """The text as a window shows it: read with the plan (and noted as shown when `watch`)."""
    if field == "goal":
        detail = context.service.plan_detail(plan_id)
        return next(area.goal for area in detail.areas if area.area is AreaKey.HOUSING)
    return context.care().crisis.crisis_plan(plan_id).text(CrisisText.WARNING_SIGNS)


def store_text(context: Context, plan_id: PlanId, field: str, text: str, user: str) -> None:
    if field == "goal":
        context.service.set_area_goal(plan_id, AreaKey.HOUSING, text, user)
    else:
        context.care().crisis.set_crisis_text(plan_id, CrisisText.WARNING_SIGNS, text, user)


class Worker:
    """One program: reads what it is about to change, then changes it."""

    def __init__(self, context: Context, plan_id: PlanId, name: str, *, check: bool) -> None:
        self._context = context
        self._plan_id = plan_id
        self._name = name
        self._check = check
        self.acknowledged: list[str] = []
        self.refused = 0

    def read(self, field: str) -> str:
        version = self._context.service.plan_detail(self._plan_id).plan.version
        text = stored_text(self._context, self._plan_id, field)
        if self._check:
            self._context.service.watch(self._plan_id, version)
        return text

    def write(self, field: str, text: str, token: str) -> None:
        try:
            store_text(self._context, self._plan_id, field, (text + " " + token).strip(), self._name)
        except ConflictError:
            self.refused += 1
            return
        self.acknowledged.append(field + ":" + token)


def work(
    data_dir: Path, plan_id: int, name: str, rounds: int, check: bool, barrier: Barrier, out: Connection
) -> None:
    context = open_signed_in(data_dir, USER, PASSWORD, cost=TEST_COST)
    worker = Worker(context, PlanId(plan_id), name, check=check)
    rng = random.Random(name)
    for turn in range(rounds):  # lockstep: both read, then both write at once
        field = FIELDS[turn % 2]
        text = worker.read(field)
        barrier.wait()
        worker.write(field, text, f"{name}{turn}")
        barrier.wait()
    for turn in range(rounds, 2 * rounds):  # free running
        field = rng.choice(FIELDS)
        text = worker.read(field)
        time.sleep(rng.uniform(0, 0.004))  # the user typing
        worker.write(field, text, f"{name}{turn}")
    context.close()
    out.send(Tally(worker.acknowledged, worker.refused))


def run(data_dir: Path, rounds: int, *, check: bool) -> tuple[int, int, int]:
    """(lost, acknowledged, refused) over both workers."""
    plan_id = make_ward(data_dir)
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(len(WORKERS), timeout=120)
    pipes = [spawn.Pipe(duplex=False) for _ in WORKERS]
    processes = [
        spawn.Process(target=work, args=(data_dir, plan_id, name, rounds, check, barrier, sender))
        for name, (_receiver, sender) in zip(WORKERS, pipes, strict=True)
    ]
    for process in processes:
        process.start()
    tallies: list[Tally] = [receiver.recv() for receiver, _sender in pipes]
    for process in processes:
        process.join(timeout=60)
        if process.exitcode != 0:
            raise SystemExit(f"a worker failed (exit {process.exitcode})")
    context = open_signed_in(data_dir, USER, PASSWORD, cost=TEST_COST)
    try:
        stored = {field: set(stored_text(context, plan_id, field).split()) for field in FIELDS}
    finally:
        context.close()
    acknowledged = [token for tally in tallies for token in tally.acknowledged]
    lost = [token for token in acknowledged if token.split(":")[1] not in stored[token.split(":")[0]]]
    return len(lost), len(acknowledged), sum(tally.refused for tally in tallies)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--rounds", type=int, default=200, help="lockstep rounds, then as many free edits each"
    )
    parser.add_argument("--without-check", action="store_true", help="leave the check out (shows losses)")
    parser.add_argument("--data-dir", type=Path, help="an empty or new folder (kept afterwards)")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.data_dir is not None:
        lost, acknowledged, refused = run(args.data_dir, args.rounds, check=not args.without_check)
    else:
        with tempfile.TemporaryDirectory(prefix="two-users-") as folder:
            lost, acknowledged, refused = run(Path(folder), args.rounds, check=not args.without_check)
    mode = "without the check" if args.without_check else "with the check"
    print(f"{refused} refused as changed underneath, {time.perf_counter() - started:.1f} s, {mode}")
    print(
        f"lost {lost} of {acknowledged} acknowledged updates from 2 processes "
        f"({args.rounds} lockstep rounds, then {args.rounds} free edits each)"
    )
    if args.without_check:
        return 0 if lost else 1
    return 0 if lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
