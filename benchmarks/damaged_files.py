"""Damaged and wrong database files given to the opening code: 0 crashes, 0 hangs, every damage reported.

Makes a real-shaped ward (an encrypted ward with its key file, signed in with a cheap scrypt
cost, --plans synthetic demo plans through the real services, and about --free-pages pages of
free space amid the data, like a ward gets when rows are deleted), closes it cleanly (WAL
checkpointed into the main file), then writes --copies damaged copies, one at a time:

  flip      1..8 random bits flipped at random offsets; some copies aim at the first page,
            the last page, the free pages, or the bytes SQLCipher reserves in each page
  truncate  cut to 0 bytes, < 100 bytes, mid-page, one page short, whole pages, any length
  zero      one page overwritten with zeros
  copy      one page overwritten with another page's bytes
  garbage   one page overwritten with random bytes
  wrong     not our file at all: text, someone else's plain SQLite file, PDF, Word (docx, doc),
            random bytes

Each copy is given to `check_database(copy, key)` (which must leave the file and its folder
as they were) and to the app's real `open_database(copy, encrypted_connector(key))`; when that
returns a connection, every table is read in full. Raising DatabaseError (open) or a database
error (reads) is the expected answer to a damaged file; anything else is a failure. The
copies run in a child process that answers one line per copy; a child that dies is a crash,
one that takes more than --timeout seconds on a copy is a hang: either is recorded and a new
child goes on from the next copy.

"Reported" means check_database said ok=False. A copy that comes back ok is "harmless" only
when every byte it changed lies in the ward's free pages: SQLite never reads
a free page that is not a freelist trunk page, so nothing there can matter. Every other page is
in use, and SQLCipher authenticates every used page (HMAC over the page, its IV and its page
number; the first page's salt keys the HMAC), so any changed bit there must be reported.

Usage: python benchmarks/damaged_files.py [--copies 1000] [--seed 8] [--plans 13] [--free-pages 12]
Exits 0 only with 0 crashes, 0 hangs, 0 unreported damage in used pages and 0 failures.
"""

from __future__ import annotations

import argparse
import json
import queue
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dischargeplanner import paths
from dischargeplanner.storage.db import DB_ERRORS, DatabaseError, encrypted_connector, open_database
from dischargeplanner.storage.health import PAGE_SIZE, check_database

USER = "skadetest"
PASSWORD = "en lang testfrase for skader"
SCRATCH = "damage_test_free_space"
KINDS = ("flip", "truncate", "zero", "copy", "garbage", "wrong")
# Out of every 20 copies: 10 flips, 3 truncations, 2 zeroed, 2 copied, 1 garbage, 2 wrong files.
_SCHEDULE = ("flip",) * 10 + ("truncate",) * 3 + ("zero",) * 2 + ("copy",) * 2 + ("garbage", "wrong", "wrong")
_WRONG = ("text", "plain_sqlite", "pdf", "docx", "doc", "random")


@dataclass(frozen=True)
class Ward:
    """A cleanly closed ward file, its key, and the free pages at its end (1-based page numbers)."""

    path: Path
    key: bytes
    original: bytes
    free_pages: frozenset[int]
    foreign_sqlite: bytes

    @property
    def pages(self) -> int:
        return len(self.original) // PAGE_SIZE


@dataclass(frozen=True)
class DamagedCopy:
    kind: str
    what: str
    data: bytes
    # Pages whose bytes changed when the length is kept; None when the file is cut or replaced.
    changed_pages: frozenset[int] | None


def make_ward(folder: Path, plans: int = 13, free_pages: int = 12) -> Ward:
    """A ward in `folder` with `plans` demo plans and about `free_pages` free pages amid its data."""
    from dischargeplanner.app import open_signed_in
    from dischargeplanner.demo import create_demo_ward_for
    from dischargeplanner.storage.keyring import TEST_COST

    context = open_signed_in(folder, USER, PASSWORD, create_as="Skade Test", cost=TEST_COST)
    try:
        conn = context.conn
        before = conn.execute("PRAGMA page_count").fetchone()[0]
        if free_pages:
            # The free space a ward gets when rows are deleted: pages used early, freed later.
            conn.execute(f"CREATE TABLE {SCRATCH} (filler BLOB)")
            conn.execute(f"INSERT INTO {SCRATCH} VALUES (randomblob(?))", ((free_pages - 1) * 4000,))
        after = conn.execute("PRAGMA page_count").fetchone()[0]
        create_demo_ward_for(context, plans)
        if free_pages:
            conn.execute(f"DROP TABLE {SCRATCH}")
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        context.close()
    if after - before != free:
        raise SystemExit(f"expected pages {before + 1}..{after} to be free, but {free} pages are free")
    path = paths.database_path(folder)
    original = path.read_bytes()
    return Ward(path, context.key, original, frozenset(range(before + 1, after + 1)), _foreign_sqlite(folder))


def _foreign_sqlite(folder: Path) -> bytes:
    """Someone else's plain SQLite file (a shopping list), as bytes."""
    path = folder / "someone-else.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE handleliste (vare TEXT, antall INTEGER)")
    conn.executemany("INSERT INTO handleliste VALUES (?, ?)", [("melk", 2), ("brød", 1)])
    conn.commit()
    conn.close()
    data = path.read_bytes()
    path.unlink()
    return data


def make_copy(ward: Ward, index: int, seed: int) -> DamagedCopy:
    """Damaged copy number `index`; the same `seed` and `index` always give the same bytes."""
    rng = random.Random(f"{seed}-{index}")
    kind = _SCHEDULE[index % len(_SCHEDULE)]
    turn = index // len(_SCHEDULE)
    if kind == "flip":
        return _flip(ward, rng, index % 10)
    if kind == "truncate":
        return _truncate(ward, rng, turn * 3 + index % len(_SCHEDULE) - 10)
    if kind == "wrong":
        return _wrong(ward, rng, turn * 2 + index % 2)
    page = _pick_page(ward, rng)
    data = bytearray(ward.original)
    start = (page - 1) * PAGE_SIZE
    if kind == "zero":
        data[start : start + PAGE_SIZE] = bytes(PAGE_SIZE)
        what = f"page {page} zeroed"
    elif kind == "copy":
        other = rng.choice([number for number in range(1, ward.pages + 1) if number != page])
        data[start : start + PAGE_SIZE] = ward.original[(other - 1) * PAGE_SIZE : other * PAGE_SIZE]
        what = f"page {page} overwritten with page {other}"
    else:
        data[start : start + PAGE_SIZE] = rng.randbytes(PAGE_SIZE)
        what = f"page {page} overwritten with random bytes"
    return DamagedCopy(kind, what, bytes(data), _changed_pages(ward.original, data))


def _pick_page(ward: Ward, rng: random.Random) -> int:
    """The first page (2 in 10), the last (2 in 10), a free one (1 in 10), or any page."""
    choice = rng.randrange(10)
    if choice < 2:
        return 1
    if choice < 4:
        return ward.pages
    if choice == 4 and ward.free_pages:
        return rng.choice(sorted(ward.free_pages))
    return rng.randint(1, ward.pages)


def _flip(ward: Ward, rng: random.Random, variant: int) -> DamagedCopy:
    size = len(ward.original)
    count = rng.randint(1, 8)
    if variant == 0:  # the first page, where the salt and the header are
        offsets = {rng.randrange(PAGE_SIZE) for _ in range(count)}
        where = "in page 1"
    elif variant == 1:  # the last page
        offsets = {size - PAGE_SIZE + rng.randrange(PAGE_SIZE) for _ in range(count)}
        where = "in the last page"
    elif variant == 2 and ward.free_pages:  # the free pages only
        first, last = (min(ward.free_pages) - 1) * PAGE_SIZE, max(ward.free_pages) * PAGE_SIZE
        offsets = {rng.randrange(first, last) for _ in range(count)}
        where = "in the free pages"
    elif variant == 3:  # one bit in a page's reserved bytes (IV and HMAC)
        offsets = {rng.randrange(ward.pages) * PAGE_SIZE + PAGE_SIZE - 1 - rng.randrange(80)}
        where = "in a page's reserved bytes"
    else:
        offsets = {rng.randrange(size) for _ in range(count)}
        where = "anywhere"
    data = bytearray(ward.original)
    for offset in offsets:
        data[offset] ^= 1 << rng.randrange(8)
    what = f"{len(offsets)} bit(s) flipped {where}"
    return DamagedCopy("flip", what, bytes(data), _changed_pages(ward.original, data))


def _truncate(ward: Ward, rng: random.Random, variant: int) -> DamagedCopy:
    size = len(ward.original)
    lengths = (
        0,
        rng.randrange(1, 100),
        rng.randrange(1, ward.pages) * PAGE_SIZE + rng.randrange(1, PAGE_SIZE),  # mid-page
        size - PAGE_SIZE,  # one page short
        rng.randrange(1, ward.pages) * PAGE_SIZE,  # whole pages
        rng.randrange(1, size),
    )
    length = lengths[variant % len(lengths)]
    return DamagedCopy("truncate", f"cut to {length} of {size} bytes", ward.original[:length], None)


def _wrong(ward: Ward, rng: random.Random, turn: int) -> DamagedCopy:
    which = _WRONG[turn % len(_WRONG)]
    contents = {
        "text": b"Huskeliste for avdelingen\nRing kommunen om bolig.\n" * rng.randint(1, 200),
        "plain_sqlite": ward.foreign_sqlite,
        "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + rng.randbytes(3000),
        "docx": b"PK\x03\x04\x14\x00\x06\x00" + b"[Content_Types].xml" + rng.randbytes(9000),
        "doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(24) + rng.randbytes(PAGE_SIZE * 4),
        "random": rng.randbytes(PAGE_SIZE * rng.randint(1, 8)),
    }
    return DamagedCopy("wrong", f"a {which} file", contents[which], None)


def _changed_pages(original: bytes, data: bytes | bytearray) -> frozenset[int]:
    return frozenset(
        page + 1
        for page in range(len(original) // PAGE_SIZE)
        if original[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        != data[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    )


def examine(path: Path, key: bytes) -> dict[str, object]:
    """What the opening code makes of the file at `path` (alone in its folder)."""
    started = time.perf_counter()
    before = (path.read_bytes(), _listing(path.parent))
    try:
        health = check_database(path, key)
        ok, damage = health.ok, None if health.damage is None else str(health.damage)
    except Exception as error:
        ok, damage = False, f"check raised {type(error).__name__}"
    check_wrote = (path.read_bytes(), _listing(path.parent)) != before
    opened, reads = _open_and_read(path, key)
    seconds = time.perf_counter() - started
    return {
        "ok": ok,
        "damage": damage,
        "check_wrote": check_wrote,
        "open": opened,
        "reads": reads,
        "s": seconds,
    }


def _listing(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir())


def _open_and_read(path: Path, key: bytes) -> tuple[str, str]:
    try:
        conn = open_database(path, encrypted_connector(key))
    except DatabaseError:
        return "refused", "-"
    except Exception as error:
        return f"unexpected {type(error).__name__}", "-"
    try:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            conn.execute(f'SELECT * FROM "{table}"').fetchall()
    except DB_ERRORS:
        return "opened", "database error"
    except Exception as error:
        return "opened", f"unexpected {type(error).__name__}"
    finally:
        conn.close()
    return "opened", "all read"


def judge(copy: DamagedCopy, outcome: dict[str, object], ward: Ward) -> str:
    """reported, harmless, unreported, or failure (the opening code did something it must not)."""
    if outcome["check_wrote"] or "unexpected" in f"{outcome['open']} {outcome['reads']}":
        return "failure"
    if str(outcome["damage"]).startswith("check raised"):
        return "failure"
    if not outcome["ok"]:
        return "reported"
    if copy.changed_pages is not None and copy.changed_pages <= ward.free_pages:
        return "harmless"
    return "unreported"


def run_in_process(
    ward: Ward, copies: int, seed: int, work: Path
) -> Iterator[tuple[DamagedCopy, str, dict[str, object]]]:
    """Each copy examined in this process (for the test suite): copy, verdict, outcome."""
    for index in range(copies):
        copy = make_copy(ward, index, seed)
        path = _write(work, index, copy)
        outcome = examine(path, ward.key)
        shutil.rmtree(path.parent)
        yield copy, judge(copy, outcome, ward), outcome


def _write(work: Path, index: int, copy: DamagedCopy) -> Path:
    folder = work / f"copy-{index}"
    folder.mkdir()
    path = paths.database_path(folder)
    path.write_bytes(copy.data)
    return path


class _Child:
    """The child process that examines copies, one JSON line in and one out per copy."""

    def __init__(self, key: bytes) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--child"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self._send(key.hex())

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def _send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def ask(self, path: Path, timeout: float) -> dict[str, object] | str:
        """The child's answer for `path`, or "crash" / "hang"."""
        try:
            self._send(str(path))
            line = self.lines.get(timeout=timeout)
        except (BrokenPipeError, OSError):
            line = None
        except queue.Empty:
            self.stop()
            return "hang"
        if line is None:
            self.stop()
            return "crash"
        answer: dict[str, object] = json.loads(line)
        return answer

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


def child() -> None:
    key = bytes.fromhex(sys.stdin.readline().strip())
    for line in sys.stdin:
        print(json.dumps(examine(Path(line.strip()), key)), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--plans", type=int, default=13)
    parser.add_argument("--free-pages", type=int, default=12)
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds one copy may take")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child()
        return 0
    with tempfile.TemporaryDirectory(prefix="dischargeplanner-damage-") as temp:
        return _run(Path(temp), args)


def _run(temp: Path, args: argparse.Namespace) -> int:
    started = time.perf_counter()
    ward = make_ward(temp / "ward", args.plans, args.free_pages)
    free = f"{min(ward.free_pages)}..{max(ward.free_pages)}" if ward.free_pages else "none"
    print(
        f"ward: {args.plans} demo plans, {ward.pages} pages of {PAGE_SIZE} bytes "
        f"({len(ward.original):,} bytes), {len(ward.free_pages)} free pages ({free}); "
        f"made in {time.perf_counter() - started:.1f} s"
    )
    work = temp / "copies"
    work.mkdir()
    verdicts: Counter[str] = Counter()
    table: Counter[tuple[str, str]] = Counter()
    opened: Counter[str] = Counter()
    seconds: list[float] = []
    problems: list[str] = []
    worker = _Child(ward.key)
    for index in range(args.copies):
        copy = make_copy(ward, index, args.seed)
        path = _write(work, index, copy)
        answer = worker.ask(path, args.timeout)
        shutil.rmtree(path.parent)
        if isinstance(answer, str):
            verdicts[answer] += 1
            problems.append(f"copy {index} ({copy.what}): {answer}")
            worker = _Child(ward.key)
            continue
        verdict = judge(copy, answer, ward)
        verdicts[verdict] += 1
        table[(copy.kind, str(answer["damage"] or "ok"))] += 1
        opened[f"{answer['open']}, {answer['reads']}"] += 1
        seconds.append(float(str(answer["s"])))
        if verdict in ("unreported", "failure"):
            problems.append(f"copy {index} ({copy.what}): {verdict} {answer}")
    worker.stop()
    _print_figures(args, table, opened, seconds, problems, verdicts, time.perf_counter() - started)
    failed = sum(verdicts[name] for name in ("crash", "hang", "unreported", "failure"))
    print(
        f"{verdicts['crash']} crashes, {verdicts['hang']} hangs in {args.copies} damaged copies; "
        f"{verdicts['reported']} reported as damaged, {verdicts['harmless']} harmless"
    )
    return 1 if failed else 0


def _print_figures(
    args: argparse.Namespace,
    table: Counter[tuple[str, str]],
    opened: Counter[str],
    seconds: list[float],
    problems: list[str],
    verdicts: Counter[str],
    total: float,
) -> None:
    print(f"\ncopies by kind of damage -> what check_database said (seed {args.seed}):")
    for kind in KINDS:
        answers = ", ".join(
            f"{damage} {count}" for (of, damage), count in sorted(table.items()) if of == kind
        )
        print(f"  {kind:9} {sum(c for (of, _), c in table.items() if of == kind):5}  {answers}")
    print("\nthe app's open_database, then reading every table:")
    for what, count in opened.most_common():
        print(f"  {count:5}  {what}")
    if seconds:
        print(
            f"\nper copy (check + open + reads): median {statistics.median(seconds) * 1000:.1f} ms, "
            f"max {max(seconds) * 1000:.1f} ms; total {total:.1f} s"
        )
    print(
        f"harmless: {verdicts['harmless']} copies came back ok with every changed byte in a free page "
        "(SQLite never reads a free page that is not a freelist trunk page); "
        f"unreported damage in used pages: {verdicts['unreported']}; failures: {verdicts['failure']}"
    )
    for problem in problems[:20]:
        print(f"  ! {problem}")


if __name__ == "__main__":
    sys.exit(main())
