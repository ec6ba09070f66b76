"""Is the database file healthy? A read-only check that never changes the file it looks at.

`check_database(path, key)` answers before anything opens the file for writing: at start
(before migrations), for `dischargeplanner check`, and for a backup before it is restored.
It reads the first page and the size itself, then opens the file read-only with SQLCipher
and runs `PRAGMA quick_check` (or `integrity_check`) and `PRAGMA foreign_key_check`.

Read-only is not enough on its own: SQLite opening a WAL-mode file read-only still creates
the -wal and -shm files beside it. When there is no -wal file (the app is not running and
closed cleanly) the main file holds everything, so it is opened `immutable=1`: no lock, no
side file, no write. When a -wal exists (the app is running, or it was killed) the file is
opened `mode=ro` so the edits still in the WAL are part of what is checked.

The findings are in Norwegian Bokmål, in plain words for a ward administrator.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import cast

from sqlcipher3 import dbapi2 as sqlcipher

from dischargeplanner.storage.schema import MIGRATION_NAMES, MIGRATION_SET

# SQLCipher 4's default page size; the app never changes it.
PAGE_SIZE = 4096
MAX_DETAILS = 10
BUSY_TIMEOUT_S = 5.0
# quick_check stops after this many findings: enough to describe, fast on a wreck.
_MAX_FINDINGS = 100
# SQLCipher raises its own classes with sqlite3's names. A failing page cipher was
# reported as SQLITE_NOMEM by older SQLCipher, which Python turns into MemoryError.
_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error, sqlcipher.Error, MemoryError)

_STOPPED = "Kontrollen stoppet før den var ferdig: en del av filen kan ikke leses."

# File types people put in the wrong place, by their first bytes.
_FOREIGN_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"SQLite format 3\0", "en ukryptert SQLite-database"),
    (b"%PDF", "et PDF-dokument"),
    (b"PK\x03\x04", "et Word-, Excel- eller zip-dokument"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "et eldre Word- eller Excel-dokument"),
    (b"{\\rtf", "et RTF-dokument"),
    (b"\x89PNG", "et bilde (PNG)"),
    (b"\xff\xd8\xff", "et bilde (JPEG)"),
)


class Damage(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"
    TRUNCATED = "truncated"
    NOT_OURS = "not_ours"
    UNREADABLE = "unreadable"
    CORRUPT = "corrupt"
    NOT_OURS_SCHEMA = "not_ours_schema"
    LOCKED = "locked"


@dataclass(frozen=True)
class Health:
    """The answer of a check: `ok`, or what is wrong (`damage`) with the first findings."""

    ok: bool
    damage: Damage | None = None
    details: tuple[str, ...] = field(default=())
    plan_count: int | None = None


def _damaged(damage: Damage, *details: str) -> Health:
    return Health(False, damage, tuple(details[:MAX_DETAILS]))


def check_database(
    path: Path, key: bytes, *, full: bool = False, busy_timeout: float = BUSY_TIMEOUT_S
) -> Health:
    """Check the encrypted database at `path` under `key` without writing anything.

    `full` runs integrity_check (also compares every index with its table) instead of
    quick_check. Waits up to `busy_timeout` seconds for another program's lock.
    """
    if path.is_dir():
        return _damaged(Damage.NOT_OURS, f"«{path.name}» er en mappe, ikke en fil.")
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(PAGE_SIZE)
    except FileNotFoundError:
        return _damaged(Damage.MISSING, f"Programmet lette etter filen «{path.name}».")
    except PermissionError:
        return _damaged(
            Damage.LOCKED,
            "Programmet får ikke lese filen: den er låst av et annet program, eller tilgang mangler.",
        )
    except OSError as error:
        return _damaged(Damage.UNREADABLE, f"Filen kan ikke leses fra disken ({error.strerror}).")
    if size == 0:
        return _damaged(Damage.EMPTY, "Filen er tom (0 byte).")
    foreign = _foreign_kind(head, path)
    if foreign is not None:
        return _damaged(Damage.NOT_OURS, *foreign)
    if size % PAGE_SIZE:
        return _damaged(
            Damage.TRUNCATED,
            f"Filen er {size} byte. En hel database er et helt antall blokker på {PAGE_SIZE} byte: "
            "slutten av filen mangler.",
        )
    return _check_contents(path, key, full, busy_timeout)


def _foreign_kind(head: bytes, path: Path) -> tuple[str, ...] | None:
    """What the file is, when its first bytes show it is not an encrypted database."""
    for magic, kind in _FOREIGN_MAGIC:
        if head.startswith(magic):
            if magic.startswith(b"SQLite") and _is_our_plain_database(path):
                return (
                    f"Filen er {kind}, ikke kryptert slik programmet lagrer den.",
                    "Den ser ut til å være fra en eldre versjon av programmet; "
                    "den krypteres når en administrator logger inn.",
                )
            return (f"Filen ser ut til å være {kind}.",)
    # Under 32 bytes, random bytes may pass for text: such a stub is reported as cut short.
    if len(head) >= 32 and _looks_like_text(head):
        return ("Filen ser ut til å være en tekstfil.",)
    return None


def _looks_like_text(head: bytes) -> bool:
    # An encrypted file starts with 16 random bytes; text has no NUL and decodes.
    if b"\0" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        # A cut-off multibyte character at the end of the sample is still text.
        try:
            text = head[:-3].decode("utf-8")
        except UnicodeDecodeError:
            return False
    return all(char.isprintable() or char in "\r\n\t\f" for char in text)


def _is_our_plain_database(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return False
    try:
        row = conn.execute(
            "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
        ).fetchone()
        return bool(row and row[0])
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _connect(path: Path, key: bytes, busy_timeout: float) -> sqlite3.Connection:
    """A read-only connection under `key`; nothing is read from the file yet."""
    # immutable=1 only when no side file holds edits the main file lacks (see the module text).
    side_files = any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-journal"))
    mode = "mode=ro" if side_files else "mode=ro&immutable=1"
    conn = cast(
        sqlite3.Connection,
        sqlcipher.connect(
            f"{path.resolve().as_uri()}?{mode}", uri=True, isolation_level=None, timeout=busy_timeout
        ),
    )
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_log_level = NONE")
    except BaseException:
        conn.close()
        raise
    return conn


def _check_contents(path: Path, key: bytes, full: bool, busy_timeout: float) -> Health:
    try:
        conn = _connect(path, key, busy_timeout)
    except _ERRORS:
        return _damaged(Damage.UNREADABLE, "Databasefilen kan ikke åpnes.")
    try:
        try:
            # Reads only the first page and compares the file's length with it.
            conn.execute("PRAGMA schema_version").fetchone()
        except _ERRORS as error:
            return _first_page_failed(path, key, error, busy_timeout)
        return _examine(conn, full)
    except _ERRORS as error:
        if _is_busy(error):
            return _locked(busy_timeout)
        return _damaged(Damage.CORRUPT, _STOPPED)
    finally:
        conn.close()


def _error_name(error: BaseException) -> str:
    return str(getattr(error, "sqlite_errorname", ""))


def _is_busy(error: BaseException) -> bool:
    name = _error_name(error)
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in str(error)


def _locked(busy_timeout: float) -> Health:
    return _damaged(Damage.LOCKED, f"Ventet {busy_timeout:g} sekunder uten å få lese filen.")


def _first_page_failed(path: Path, key: bytes, error: BaseException, busy_timeout: float) -> Health:
    """Why the first page could not be used: locked, page 1 unreadable, or pages missing at the end."""
    if _is_busy(error):
        return _locked(busy_timeout)
    if _error_name(error) == "SQLITE_NOTADB" or "not a database" in str(error):
        return _damaged(
            Damage.UNREADABLE,
            "Nøkkelen til datamappen passer ikke lenger til den første blokken i filen.",
        )
    if _shorter_than_its_header(path, key, busy_timeout):
        return _damaged(
            Damage.TRUNCATED, "Filen er kortere enn databasen selv sier: de siste blokkene i filen mangler."
        )
    return _damaged(Damage.CORRUPT, "Databasen kan ikke åpnes: innholdet i filen er skadet.")


def _shorter_than_its_header(path: Path, key: bytes, busy_timeout: float) -> bool:
    # Page 1 decrypted (its HMAC held), so the only damage SQLite reports before reading any other
    # page is a header that counts more pages than the file has. writable_schema lets it trust the
    # file's length instead: if the first page then reads, pages are missing at the end.
    try:
        conn = _connect(path, key, busy_timeout)
    except _ERRORS:
        return False
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("PRAGMA schema_version").fetchone()
    except _ERRORS:
        return False
    finally:
        conn.close()
    return True


def _examine(conn: sqlite3.Connection, full: bool) -> Health:
    check = "integrity_check" if full else "quick_check"
    lines = [
        line.strip()
        for (text,) in conn.execute(f"PRAGMA {check}({_MAX_FINDINGS})").fetchall()
        for line in str(text).splitlines()
    ]
    findings = [line for line in lines if line and line != "ok" and not line.startswith("*** in database")]
    try:
        foreign_keys = conn.execute("PRAGMA foreign_key_check").fetchall()
    except _ERRORS as error:
        if _is_busy(error) or not findings:
            raise
        foreign_keys = []  # the pages it needs are among those found damaged
    if findings or foreign_keys:
        return _damaged(Damage.CORRUPT, *describe_findings(findings, foreign_keys))
    tables = {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        # Encrypted under our key yet empty: made by the app, which fills it in when it opens it.
        return Health(True, None, ("Databasen er ny og tom; programmet lager tabellene når den åpnes.",), 0)
    problem = _schema_problem(conn, tables)
    if problem:
        return _damaged(Damage.NOT_OURS_SCHEMA, *problem)
    plan_count = conn.execute("SELECT count(*) FROM plan").fetchone()[0]
    return Health(True, None, (), int(plan_count))


def _schema_problem(conn: sqlite3.Connection, tables: set[str]) -> tuple[str, ...]:
    stranger = "Databasen har ikke programmets tabeller; den er laget av et annet program."
    if "_sqlite_migrations" not in tables:
        return (stranger,)
    try:
        applied = {
            str(row[0])
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
            )
        }
    except _ERRORS:
        return (stranger,)
    if not applied:
        return (stranger,)
    newer = sorted(applied - set(MIGRATION_NAMES))
    if newer:
        return (
            f"Databasen er laget av en nyere versjon av programmet ({len(newer)} ukjente endringer "
            "i databasen). Installer den nyeste versjonen før databasen åpnes.",
        )
    if "plan" not in tables:
        return ("Tabellen med planene mangler i databasen.",)
    return ()


_PAGE_DAMAGED = re.compile(
    r"page (\d+): (?:btreeInitPage|unable to get the page)|page (\d+) .*(?:corrupt|invalid)"
)
_PAGE_UNUSED = re.compile(r"^Page (\d+):? (?:is )?never used")
_INDEX = re.compile(r"(?:missing from index|wrong # of entries in index|non-unique entry in index) (\S+)")
_RULE = re.compile(r"(?:NULL value in|CHECK constraint failed in|NOT NULL constraint failed:?) ([\w.]+)")


def describe_findings(findings: list[str], foreign_keys: Sequence[Sequence[object]]) -> list[str]:
    """The check's findings in plain Norwegian, grouped: pages, indexes, rules, references, other."""
    damaged: list[str] = []
    unused: list[str] = []
    indexes: dict[str, None] = {}
    rules: dict[str, None] = {}
    other: list[str] = []
    for line in findings:
        if match := _PAGE_DAMAGED.search(line):
            damaged.append(match.group(1) or match.group(2))
        elif match := _PAGE_UNUSED.search(line):
            unused.append(match.group(1))
        elif match := _INDEX.search(line):
            indexes[match.group(1)] = None
        elif match := _RULE.search(line):
            rules[match.group(1).split(".")[0]] = None
        else:
            other.append(line)
    details: list[str] = []
    if damaged:
        details.append(_damaged_pages(damaged))
    if unused:
        details.append(
            f"{_blocks(len(set(unused)))} henger ikke lenger sammen med resten av filen "
            "(en følge av skadene over)."
        )
    details += [f"Søkeregisteret «{name}» stemmer ikke med tabellen sin." for name in indexes]
    details += [f"Tabellen «{name}» har rader som bryter databasens regler." for name in rules]
    details += _reference_findings(foreign_keys)
    details += [f"Annen feil: {line}" for line in other]
    return details[:MAX_DETAILS]


def _damaged_pages(pages: list[str]) -> str:
    # After the first page that fails its check SQLCipher refuses to read further pages, so
    # the first one named is the damage found; the rest could not be checked after it.
    first, *rest = dict.fromkeys(pages)
    if not rest:
        return f"Blokk nr. {first} i filen er skadet."
    return f"Blokk nr. {first} i filen er skadet, og {_blocks(len(rest))} til kunne ikke leses etter den."


def _blocks(count: int) -> str:
    return "1 blokk" if count == 1 else f"{count} blokker"


def _reference_findings(foreign_keys: Sequence[Sequence[object]]) -> list[str]:
    counts: dict[tuple[str, str], int] = {}
    for row in foreign_keys:
        pair = (str(row[0]), str(row[2]))
        counts[pair] = counts.get(pair, 0) + 1
    return [
        f"Tabellen «{table}» har {count} rad(er) som viser til noe i «{parent}» som ikke finnes."
        for (table, parent), count in counts.items()
    ]


_SUMMARY: dict[Damage, str] = {
    Damage.MISSING: "Databasefilen finnes ikke i datamappen: den kan være flyttet, omdøpt eller slettet.",
    Damage.EMPTY: "Databasefilen er tom: den inneholder ingen planer.",
    Damage.TRUNCATED: (
        "Databasefilen er avkortet: slutten av filen mangler. Det skjer når en kopi blir avbrutt, "
        "eller ved strømbrudd eller full disk mens filen ble skrevet."
    ),
    Damage.NOT_OURS: "Filen i datamappen er ikke en database fra Utskrivningsplanlegger.",
    Damage.UNREADABLE: (
        "Databasefilen kan ikke leses: begynnelsen av filen er skadet, og uten den kan ingenting "
        "i filen låses opp. (Er filen ikke fra programmet i det hele tatt, ser det likedan ut.)"
    ),
    Damage.CORRUPT: "Databasefilen er skadet: deler av innholdet kan ikke leses eller henger ikke sammen.",
    Damage.NOT_OURS_SCHEMA: "Filen er en database, men ikke en programmet kan bruke.",
    Damage.LOCKED: (
        "Databasen kunne ikke kontrolleres fordi et annet program holder den låst. "
        "Lukk andre vinduer med Utskrivningsplanlegger og prøv igjen."
    ),
}


def describe(health: Health) -> str:
    """One Norwegian paragraph for the window or the command line: what is wrong, or that all is well."""
    if health.damage is None:
        plans = "" if health.plan_count is None else f" Den har {_plans(health.plan_count)}."
        return " ".join((f"Databasen er i orden: kontrollen fant ingen feil.{plans}", *health.details))
    return " ".join((_SUMMARY[health.damage], *health.details))


def _plans(count: int) -> str:
    return "1 plan" if count == 1 else f"{count} planer"
