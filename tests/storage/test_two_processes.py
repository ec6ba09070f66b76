"""Two processes on one database (benchmarks/two_users.py): 0 lost updates, and the test can fail.

Both workers are real processes with their own connection; each round in lockstep they read the
same version and write at the same moment, so without the check one of the two writes is lost every
round, and with it one is refused every round.
"""

from __future__ import annotations

import re
import subprocess
import sys

from helpers import ROOT

SCRIPT = ROOT / "benchmarks" / "two_users.py"
ROUNDS = 15
LAST_LINE = re.compile(r"^lost (\d+) of (\d+) acknowledged updates from 2 processes")
REFUSED_LINE = re.compile(r"^(\d+) refused as changed underneath")


def run(*arguments: str) -> tuple[int, int, int, int]:
    """(exit status, lost, acknowledged, refused)."""
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--rounds", str(ROUNDS), *arguments],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    last = LAST_LINE.match(lines[-1])
    refused = REFUSED_LINE.match(lines[-2])
    assert last is not None, done.stdout + done.stderr
    assert refused is not None, done.stdout + done.stderr
    return done.returncode, int(last[1]), int(last[2]), int(refused[1])


def test_two_processes_writing_at_once_lose_no_update() -> None:
    status, lost, acknowledged, refused = run()
    assert (status, lost) == (0, 0)
    assert refused >= ROUNDS  # every lockstep round, one of the two was told the plan had moved on
    assert acknowledged >= ROUNDS


def test_without_the_check_updates_are_lost() -> None:
    """The same run with the window's check left out: the counting is shown to find real losses."""
    status, lost, _acknowledged, refused = run("--without-check")
    assert status == 0
    assert refused == 0
    assert lost >= ROUNDS
