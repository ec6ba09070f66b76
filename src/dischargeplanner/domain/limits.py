"""How long a typed text may be, what happens to control characters, and which dates are possible.

Two lengths, counted in characters (code points) after cleaning:

- LINE_MAX = 200 for short single-line fields: names, phone numbers, e-mail addresses, the ward,
  who is responsible, a recipient, an organisation. Real values (a double name, or a service such
  as "Tjenesten for psykisk helse og rus, Nordre Follo kommune") rarely pass 100; 200 leaves room
  and still fits a table cell, a line of a PDF and a meeting slide.
- TEXT_MAX = 10,000 for free text: goals, notes, reasons, what is to be done, the kriseplan's
  texts, minutes, a meeting's place (a video link can be several hundred characters). That is
  about four printed pages per field: more than any handover needs, small enough that a paste of
  a whole journal by mistake is refused instead of flooding every document made from the plan.

Control characters are removed, not refused: they come from pasting (journal systems, PDFs,
spreadsheets), nobody types them on purpose, and a message about invisible characters helps no
one. In single-line fields every kind of whitespace (tab, line break, …) becomes one space and
other control characters (NUL and the rest of C0 and C1, DEL) are dropped. Free text keeps line
breaks ("\\r\\n" and "\\r" become "\\n") and tabs; the other vertical whitespace becomes a line
break and the remaining control characters are dropped. NUL never reaches SQLite, where it would
end a text early (length(), trim() and CHECK constraints stop at it). Lone surrogates, which
cannot be written as UTF-8, are dropped too. Letters, emoji, right-to-left text and format
characters (such as the zero-width joiner in emoji) are kept as typed.

Dates that other dates are counted from must lie between EARLIEST_DATE and LATEST_DATE (1900 to
2199): a plan's admission, planned discharge and birth date, deadlines of agreed actions and
decisions, the crisis records' dates (contract, return agreement, procedure followed) and the
access log's period. That is wide enough for any birth, stay or contract, and
far enough from the ends of the calendar (year 1 and 9999) that what is counted from them (due
dates of checklist items, six-week evaluations, "until the end of that day") cannot run off it.
Other dates are compared only, and the property tests (tests/property) give them any date.

Passwords are neither cleaned nor limited: they are never stored, only used to wrap the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from dischargeplanner.domain.errors import Issue
from dischargeplanner.domain.problems import Problem

LINE_MAX = 200
TEXT_MAX = 10_000
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)

_C0_C1 = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]
_SURROGATES = range(0xD800, 0xE000)
# Whitespace control characters that end a line (str.splitlines breaks at them too).
_VERTICAL = {0x0A, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85}

# Single line: whitespace controls become a space (then runs of spaces become one), others go.
_LINE_TABLE: dict[int, str | None] = {
    **{code: " " if chr(code).isspace() else None for code in _C0_C1},
    **dict.fromkeys(_SURROGATES),
}
# Free text: line breaks and tabs stay, the other vertical whitespace becomes a line break,
# the unit separator (whitespace to Python) a space, everything else goes.
_TEXT_TABLE: dict[int, str | None] = {
    **dict.fromkeys(_C0_C1),
    **dict.fromkeys(_VERTICAL, "\n"),
    0x09: "\t",
    0x1F: " ",
    **dict.fromkeys(_SURROGATES),
}


def clean_line(text: str) -> str:
    """A single-line field as stored: control characters gone, whitespace runs one space, trimmed."""
    return " ".join(text.translate(_LINE_TABLE).split())


def clean_text(text: str) -> str:
    """A free-text field as stored: line breaks and tabs kept, other control characters gone, trimmed."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_TEXT_TABLE).strip()


def line_too_long(text: str) -> Problem | None:
    """TEXT_LINE_TOO_LONG when the cleaned single-line `text` is over LINE_MAX characters."""
    return Problem.TEXT_LINE_TOO_LONG if len(clean_line(text)) > LINE_MAX else None


def text_too_long(text: str) -> Problem | None:
    """TEXT_TOO_LONG when the cleaned free `text` is over TEXT_MAX characters."""
    return Problem.TEXT_TOO_LONG if len(clean_text(text)) > TEXT_MAX else None


def date_possible(day: date | None) -> bool:
    """An empty date is fine; a given one lies within EARLIEST_DATE … LATEST_DATE."""
    return day is None or EARLIEST_DATE <= day <= LATEST_DATE


def too_long(lines: Mapping[str, str] | None = None, texts: Mapping[str, str] | None = None) -> list[Issue]:
    """An issue for each field over its limit, by field name: `lines` single-line, `texts` free text."""
    issues = [
        Issue(field, Problem.TEXT_LINE_TOO_LONG)
        for field, text in (lines or {}).items()
        if line_too_long(text)
    ]
    issues += [
        Issue(field, Problem.TEXT_TOO_LONG) for field, text in (texts or {}).items() if text_too_long(text)
    ]
    return issues


def out_of_range(dates: Mapping[str, date | None]) -> list[Issue]:
    """An issue for each given date outside EARLIEST_DATE … LATEST_DATE, by field name."""
    return [Issue(field, Problem.DATE_OUT_OF_RANGE) for field, day in dates.items() if not date_possible(day)]
