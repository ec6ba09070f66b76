"""The self-help directory as CSV, for exchange between wards (opened in Norwegian Excel).

Export writes UTF-8 with a byte-order mark, ';' and CRLF: what Norwegian Excel opens as is.
Import reads what Excel writes back (UTF-8 with or without BOM, or cp1252; ';', ',' or tab)
and refuses the whole file, naming every problem by row and column, if any row is wrong.

Round trip: every field comes back as cleaned_group left it, but free text naming a national
organisation comes back as its key. A cell Excel would run as a formula (= + - @ tab CR first)
gets an apostrophe first, which import takes off (other leading apostrophes are kept).
Kommune numbers Excel cut to "301" are padded.
"""

from __future__ import annotations

import csv
import enum
import io
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TypeVar

from dischargeplanner.domain.limits import LINE_MAX, TEXT_MAX
from dischargeplanner.domain.organisations import organisation_name
from dischargeplanner.domain.selfhelp import cleaned_group, group_key, validate_group
from dischargeplanner.domain.selfhelp_model import (
    Audience,
    GroupId,
    LocalGroup,
    MeetingMode,
    MeetingTime,
    Organisation,
)
from dischargeplanner.domain.services import Problem
from dischargeplanner.domain.text import fold, sort_key

_T = TypeVar("_T")


class CsvColumn(enum.StrEnum):
    """The file's columns, in the order written; the header names are what Excel users see."""

    ORGANISATION = "organisasjon"
    NAME = "gruppe"
    KOMMUNE_NUMBER = "kommunenummer"
    KOMMUNE = "kommune"  # the name, for people: import goes by the number
    ADDRESS = "adresse"
    MEETINGS = "møtetider"
    OPEN = "møteform"
    AUDIENCE = "for_hvem"
    MODE = "oppmøte"
    LANGUAGE = "språk"
    WOMEN_ONLY = "kun_kvinner"
    PHONE = "telefon"
    NOTE = "merknad"
    VERIFIED_ON = "sist_kontrollert"
    VERIFIED_BY = "kontrollert_av"


CSV_COLUMNS: tuple[str, ...] = tuple(column.value for column in CsvColumn)
# A missing column that says which group it is, or a choice that would default silently
# (an unknown "lukket" read as open), refuses the file; other missing columns read as empty.
REQUIRED_COLUMNS = frozenset(
    {"organisasjon", "gruppe", "kommunenummer", "møteform", "for_hvem", "oppmøte", "kun_kvinner"}
)

WEEKDAY_NAMES = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")

_OPEN_WORDS = {True: "åpent", False: "lukket"}
_AUDIENCE_WORDS = {Audience.PATIENTS: "pasienter", Audience.RELATIVES: "pårørende", Audience.BOTH: "begge"}
_MODE_WORDS = {MeetingMode.IN_PERSON: "fysisk", MeetingMode.ONLINE: "nett"}
_YES_NO_WORDS = {True: "ja", False: "nei"}

# Read case-insensitively (domain.text.fold); "åpen" is as common as "åpent".
_OPEN_CHOICES = {"åpent": True, "åpen": True, "lukket": False}
_AUDIENCE_CHOICES = {word: audience for audience, word in _AUDIENCE_WORDS.items()}
_MODE_CHOICES = {word: mode for mode, word in _MODE_WORDS.items()}
_YES_NO_CHOICES = {word: flag for flag, word in _YES_NO_WORDS.items()}
_WEEKDAY_CHOICES = {word: day for day, name in enumerate(WEEKDAY_NAMES) for word in (name, name[:3])}

_FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")
_ESCAPED_FORMULA = re.compile(r"^'+[=+\-@\t\r]")
_TIME = re.compile(r"([0-9]{1,2})[:.]([0-9]{2})")
_MEETING_SEPARATORS = re.compile(r"[;,\r\n]")
_DELIMITERS = (";", ",", "\t")


class CsvProblem(enum.StrEnum):
    """Why a file or a cell was refused; the UI words each one in Norwegian."""

    EMPTY_FILE = "empty_file"
    NOT_CSV = "not_csv"
    MISSING_COLUMN = "missing_column"
    DUPLICATE_COLUMN = "duplicate_column"
    WRONG_COLUMN_COUNT = "wrong_column_count"
    ORGANISATION_MISSING = "organisation_missing"
    NAME_MISSING = "name_missing"
    UNKNOWN_KOMMUNE = "unknown_kommune"
    BAD_WEEKDAY = "bad_weekday"
    BAD_TIME = "bad_time"
    BAD_CHOICE = "bad_choice"
    BAD_PHONE = "bad_phone"
    BAD_DATE = "bad_date"
    VERIFIED_IN_FUTURE = "verified_in_future"
    VERIFIED_BY_MISSING = "verified_by_missing"
    DUPLICATE = "duplicate"
    TOO_LONG = "too_long"  # over domain.limits' length for the column (column_limit)
    INVALID = "invalid"  # a newer rule of validate_group; the value names its field and problem


@dataclass(frozen=True)
class RowProblem:
    """One problem in the file: `line` as a spreadsheet numbers rows (header = 1, first data row = 2).

    `column` is the header name ("" for the whole row); `value` the cell as written (for
    WRONG_COLUMN_COUNT, the number of cells); `other_line` the earlier row a DUPLICATE repeats.
    """

    line: int
    column: str
    problem: CsvProblem
    value: str
    other_line: int | None = None


class CsvRefusedError(Exception):
    """The file was not imported; `problems` lists every one found, in file order."""

    def __init__(self, problems: Iterable[RowProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(f"{p.line} {p.column}: {p.problem} {p.value!r}" for p in self.problems))


# Validation problems from domain.selfhelp.validate_group, by the column that shows them.
_ISSUES = {
    Problem.GROUP_ORGANISATION_MISSING: (CsvColumn.ORGANISATION, CsvProblem.ORGANISATION_MISSING),
    Problem.GROUP_NAME_MISSING: (CsvColumn.NAME, CsvProblem.NAME_MISSING),
    Problem.KOMMUNE_UNKNOWN: (CsvColumn.KOMMUNE_NUMBER, CsvProblem.UNKNOWN_KOMMUNE),
    Problem.GROUP_WEEKDAY_INVALID: (CsvColumn.MEETINGS, CsvProblem.BAD_WEEKDAY),
    Problem.PHONE_INVALID: (CsvColumn.PHONE, CsvProblem.BAD_PHONE),
    Problem.DATE_IN_FUTURE: (CsvColumn.VERIFIED_ON, CsvProblem.VERIFIED_IN_FUTURE),
    Problem.GROUP_VERIFIED_BY_MISSING: (CsvColumn.VERIFIED_BY, CsvProblem.VERIFIED_BY_MISSING),
}

# Columns of the fields validate_group measures (TEXT_LINE_TOO_LONG, TEXT_TOO_LONG).
_FIELD_COLUMNS = {
    "organisation": CsvColumn.ORGANISATION,
    "name": CsvColumn.NAME,
    "address": CsvColumn.ADDRESS,
    "language": CsvColumn.LANGUAGE,
    "phone": CsvColumn.PHONE,
    "note": CsvColumn.NOTE,
    "verified_by": CsvColumn.VERIFIED_BY,
}


def column_limit(column: str) -> int:
    """How many characters a cell of `column` may hold: free text for the note, a line for the rest."""
    return TEXT_MAX if column == CsvColumn.NOTE else LINE_MAX


# Export ----------------------------------------------------------------------


def groups_to_csv(
    groups: Iterable[LocalGroup], organisations: Sequence[Organisation], kommune_names: Mapping[str, str]
) -> bytes:
    """The directory (removed entries left out) by kommune, organisation and name, as Excel opens it."""
    listed = sorted(
        (group for group in groups if not group.removed),
        key=lambda g: (
            g.kommune_number or "9999",
            sort_key(organisation_name(organisations, g.organisation)),
            sort_key(g.name),
            g.group_id,
        ),
    )
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerows([CSV_COLUMNS, *(_row(group, organisations, kommune_names) for group in listed)])
    return out.getvalue().encode("utf-8-sig")


def _row(
    group: LocalGroup, organisations: Sequence[Organisation], kommune_names: Mapping[str, str]
) -> list[str]:
    number = group.kommune_number or ""
    return [
        _safe(organisation_name(organisations, group.organisation)),
        _safe(group.name),
        number,
        kommune_names.get(number, ""),
        _safe(group.address),
        _meetings_text(group.meetings),
        _OPEN_WORDS[group.open_meeting],
        _AUDIENCE_WORDS[group.audience],
        _MODE_WORDS[group.mode],
        _safe(group.language),
        _YES_NO_WORDS[group.women_only],
        _safe(group.phone),
        _safe(group.note),
        f"{group.verified_on:%d.%m.%Y}" if group.verified_on is not None else "",
        _safe(group.verified_by),
    ]


def _meetings_text(meetings: Iterable[MeetingTime]) -> str:
    """'mandag 19:00; torsdag 18:30; lørdag' (a weekday alone when the time is not known)."""
    return "; ".join(
        f"{WEEKDAY_NAMES[m.weekday]} {m.start:%H:%M}" if m.start is not None else WEEKDAY_NAMES[m.weekday]
        for m in meetings
    )


def _safe(text: str) -> str:
    # Excel runs a cell starting with = + - @ as a formula; the apostrophe makes it text.
    return "'" + text if _FORMULA_START.match(text) else text


def _unsafe(cell: str) -> str:
    return cell[1:] if _ESCAPED_FORMULA.match(cell) else cell


# Import ----------------------------------------------------------------------


def groups_from_csv(
    data: bytes, organisations: Sequence[Organisation], kommune_numbers: Collection[str], today: date
) -> list[LocalGroup]:
    """The entries in `data`, cleaned, with group_id 0; raises CsvRefusedError naming every problem."""
    text = _decoded(data)
    delimiter = _sniffed_delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise CsvRefusedError([RowProblem(1, "", CsvProblem.NOT_CSV, str(error))]) from error
    columns = _columns(rows[0])
    organisation_keys = _organisation_keys(organisations)
    problems: list[RowProblem] = []
    groups: list[LocalGroup] = []
    first_lines: dict[tuple[str, str, str], int] = {}
    for line, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        # Cells shifted by a delimiter or line break that was not quoted; spreadsheets write
        # every row as wide as the header.
        if len(cells) != len(rows[0]):
            problems.append(RowProblem(line, "", CsvProblem.WRONG_COLUMN_COUNT, str(len(cells))))
            continue
        row = {column: cells[index] for column, index in columns.items()}
        group, row_problems = _group(row, line, organisation_keys, kommune_numbers, today)
        problems.extend(row_problems)
        key = group_key(group)
        if group.name and key in first_lines:
            name = row[CsvColumn.NAME]
            problems.append(RowProblem(line, CsvColumn.NAME, CsvProblem.DUPLICATE, name, first_lines[key]))
        first_lines.setdefault(key, line)
        groups.append(group)
    if problems:
        raise CsvRefusedError(problems)
    return groups


def _decoded(data: bytes) -> str:
    # Excel on Windows saves "CSV (semikolondelt)" in the ANSI code page, cp1252 for Norwegian;
    # the few bytes cp1252 leaves undefined are a sign of a binary file.
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not text.strip():
            raise CsvRefusedError([RowProblem(1, "", CsvProblem.EMPTY_FILE, "")])
        return text
    raise CsvRefusedError([RowProblem(1, "", CsvProblem.NOT_CSV, "")])


def _header_key(name: str) -> str:
    """'Møtetider', 'for hvem' and 'For-Hvem' all read as the column of that name."""
    return "_".join(fold(name.replace("_", " ")).split())


_KNOWN_HEADERS = {_header_key(column): column for column in CsvColumn}


def _sniffed_delimiter(text: str) -> str:
    """The delimiter that splits the header line into the most known column names."""
    header = text.splitlines()[0]
    try:
        splits = {delimiter: next(csv.reader([header], delimiter=delimiter)) for delimiter in _DELIMITERS}
    except csv.Error as error:  # e.g. a first line longer than the csv module's field limit
        raise CsvRefusedError([RowProblem(1, "", CsvProblem.NOT_CSV, str(error))]) from error
    return max(splits, key=lambda delimiter: len(_KNOWN_HEADERS.keys() & map(_header_key, splits[delimiter])))


def _columns(header: Sequence[str]) -> dict[str, int]:
    """Each known column's index in the file; refuses missing required and repeated columns."""
    columns: dict[str, int] = {}
    problems: list[RowProblem] = []
    for index, cell in enumerate(header):
        column = _KNOWN_HEADERS.get(_header_key(cell))
        if column is None:
            continue
        if column in columns:
            problems.append(RowProblem(1, column, CsvProblem.DUPLICATE_COLUMN, cell))
        columns[column] = index
    if not columns:
        raise CsvRefusedError([RowProblem(1, "", CsvProblem.NOT_CSV, "")])
    problems.extend(
        RowProblem(1, column, CsvProblem.MISSING_COLUMN, "")
        for column in CsvColumn
        if column in REQUIRED_COLUMNS and column not in columns
    )
    if problems:
        raise CsvRefusedError(problems)
    return columns


def _group(
    row: Mapping[str, str],
    line: int,
    organisation_keys: Mapping[str, str],
    kommune_numbers: Collection[str],
    today: date,
) -> tuple[LocalGroup, list[RowProblem]]:
    """One row as a cleaned entry, and every problem in it (parsing, then validate_group)."""
    text = {column: _unsafe(row.get(column, "")) for column in CsvColumn}
    organisation = text[CsvColumn.ORGANISATION]
    problems: list[RowProblem] = []

    def choice(column: CsvColumn, choices: Mapping[str, _T], default: _T) -> _T:
        value = choices.get(fold(row.get(column, "")))
        if value is None:
            problems.append(RowProblem(line, column, CsvProblem.BAD_CHOICE, row.get(column, "")))
            return default
        return value

    meetings, meeting_problems = _meetings(row.get(CsvColumn.MEETINGS, ""))
    problems.extend(RowProblem(line, CsvColumn.MEETINGS, problem, part) for problem, part in meeting_problems)
    verified = row.get(CsvColumn.VERIFIED_ON, "")
    verified_on = _date(verified)
    if verified_on is None and verified.strip():
        problems.append(RowProblem(line, CsvColumn.VERIFIED_ON, CsvProblem.BAD_DATE, verified))
    group = cleaned_group(
        LocalGroup(
            group_id=GroupId(0),
            organisation=organisation_keys.get(fold(organisation), organisation),
            name=text[CsvColumn.NAME],
            kommune_number=_kommune_number(row.get(CsvColumn.KOMMUNE_NUMBER, "")),
            address=text[CsvColumn.ADDRESS],
            meetings=meetings,
            open_meeting=choice(CsvColumn.OPEN, _OPEN_CHOICES, True),
            audience=choice(CsvColumn.AUDIENCE, _AUDIENCE_CHOICES, Audience.PATIENTS),
            mode=choice(CsvColumn.MODE, _MODE_CHOICES, MeetingMode.IN_PERSON),
            language=text[CsvColumn.LANGUAGE],
            women_only=choice(CsvColumn.WOMEN_ONLY, _YES_NO_CHOICES, False),
            phone=text[CsvColumn.PHONE],
            note=text[CsvColumn.NOTE],
            verified_on=verified_on,
            verified_by=text[CsvColumn.VERIFIED_BY],
        )
    )
    for issue in validate_group(group, today, kommune_numbers):
        if issue.problem in (Problem.TEXT_LINE_TOO_LONG, Problem.TEXT_TOO_LONG):
            # The cell itself is left out: it is far too long to show.
            problems.append(RowProblem(line, _FIELD_COLUMNS[issue.field], CsvProblem.TOO_LONG, ""))
            continue
        column, problem = _ISSUES.get(issue.problem, ("", CsvProblem.INVALID))
        value = row.get(column, "") if column else f"{issue.field}: {issue.problem}"
        problems.append(RowProblem(line, column, problem, value))
    return group, sorted(problems, key=lambda p: CSV_COLUMNS.index(p.column) if p.column else -1)


def _organisation_keys(organisations: Sequence[Organisation]) -> dict[str, str]:
    """Each national organisation's key by its key, short name and name, as fold() reads them."""
    return {fold(text): org.key for org in organisations for text in (org.key, org.short_name, org.name)}


def _kommune_number(text: str) -> str | None:
    number = text.strip()
    return (number.zfill(4) if number.isascii() and number.isdigit() else number) or None


def _date(text: str) -> date | None:
    """dd.mm.åååå or d.m.åååå (or ISO, as some Excel locales write it); None when unreadable."""
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


def _meetings(text: str) -> tuple[tuple[MeetingTime, ...], list[tuple[CsvProblem, str]]]:
    """Meetings from 'mandag 19:00; tor kl. 18.30, lørdag', and (problem, part) for each unreadable part."""
    meetings: list[MeetingTime] = []
    problems: list[tuple[CsvProblem, str]] = []
    for part in _MEETING_SEPARATORS.split(text):
        words = part.split()
        if not words:
            continue
        weekday = _WEEKDAY_CHOICES.get(fold(words[0]).rstrip("."))
        if weekday is None:
            problems.append((CsvProblem.BAD_WEEKDAY, part.strip()))
            continue
        rest = words[1:]
        if rest and fold(rest[0]) in ("kl", "kl."):
            rest = rest[1:]
        start = _time(rest[0]) if len(rest) == 1 else None
        if rest and start is None:
            problems.append((CsvProblem.BAD_TIME, part.strip()))
            continue
        meetings.append(MeetingTime(weekday, start))
    return tuple(meetings), problems


def _time(text: str) -> time | None:
    match = _TIME.fullmatch(text)
    hour, minute = (int(part) for part in match.groups()) if match else (24, 0)
    return time(hour, minute) if hour < 24 and minute < 60 else None
