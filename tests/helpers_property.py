"""Property tests (tests/property): strategies for bad input, the check that a refusal stores nothing,
the Hypothesis profiles and the example counter that benchmarks/properties.py reports.

A call under test either stores (and what reads back is the input as cleaned by domain.limits) or
raises ValidationError whose every issue has a text the user can read; anything else is a crash.
"""

from __future__ import annotations

import os
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import fields, is_dataclass
from datetime import date, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st

from dischargeplanner.domain.limits import EARLIEST_DATE, LATEST_DATE, LINE_MAX, TEXT_MAX
from dischargeplanner.domain.model import DischargeKind, Patient, PlanDraft, PlanId
from dischargeplanner.domain.services import NotFoundError, ValidationError
from dischargeplanner.synthetic import make_fodselsnummer

if TYPE_CHECKING:
    from dischargeplanner.app import Context

T = TypeVar("T")

TODAY = date(2026, 3, 2)
# The plans of the property tests: admitted two months ago; discharged ones left five days ago.
ADMISSION = TODAY - timedelta(days=60)
DISCHARGED = TODAY - timedelta(days=5)

# Hypothesis profiles (registered in tests/property/conftest.py, chosen by HYPOTHESIS_PROFILE).
CI_PROFILE = "ci"
THOROUGH_PROFILE = "thorough"
CI_EXAMPLES = 50
THOROUGH_EXAMPLES = 10_000

# Examples run per test (node id), bumped by count_example(); written out by the conftest.
EXAMPLES: Counter[str] = Counter()
CURRENT_TEST = [""]


def count_example() -> None:
    EXAMPLES[CURRENT_TEST[0]] += 1


def property_settings(**overrides: Any) -> settings:
    """The profile HYPOTHESIS_PROFILE names (ci by default), for one property test.

    Applied per test rather than loaded for the session, so the rest of the suite keeps its own
    settings. The ward fixture is made once per test and reused by every example.
    """
    profile = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", CI_PROFILE))
    if "PROPERTY_EXAMPLES" in os.environ:  # benchmarks/properties.py --examples N
        profile = settings(profile, max_examples=int(os.environ["PROPERTY_EXAMPLES"]))
    return settings(
        profile,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        **overrides,
    )


# Text ---------------------------------------------------------------------------------------

# What pasting and typing bring: control characters (NUL first of all), every kind of space and
# line break, zero-width and direction marks, emoji sequences, combining marks, right-to-left
# scripts, Norwegian and Sami letters, characters that change length when case-folded, quotes,
# and what SQL or a spreadsheet would read specially.
AWKWARD = (
    "\x00", "\x01", "\x07", "\x08", "\x1b", "\x7f", "\x85", "\x9f", "\t", "\n", "\r", "\r\n",
    "\x0b", "\x0c", "\x1c", "\x1f", " ", "  ", "\u00a0", "\u2003", "\u3000", "\u2028", "\u2029",
    "\u200b", "\u200d", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff", "\ufffd",
    "😀", "👩‍👩‍👧", "🇳🇴", "a\u0301", "\u0301\u0301", "שלום", "مرحبا", "עִבְרִית",
    "æøåÆØÅ", "đŋŧ", "ß", "İ", "ﬁ", "'", '"', ";", ",", "=", "+", "@", "%", "_", "\\", "--",
)  # fmt: skip
_CHARACTERS = st.characters(codec="utf-8")  # every code point SQLite can store: no lone surrogates
_PIECES = st.sampled_from(AWKWARD) | st.text(_CHARACTERS, min_size=1, max_size=6)
short_texts = st.lists(_PIECES, max_size=10).map("".join)
# Lengths around the limits, and a paste of 100,000 characters.
_LENGTHS = st.sampled_from(
    [LINE_MAX - 1, LINE_MAX, LINE_MAX + 1, TEXT_MAX - 1, TEXT_MAX, TEXT_MAX + 1, 100_000]
) | st.integers(0, 100_000)


@st.composite
def _long_texts(draw: st.DrawFn) -> str:
    # Built by repeating a piece: Hypothesis cannot draw 100,000 characters one by one.
    unit = draw(st.sampled_from(["a", "æ", "😀", "a b", "x\n", "\x00", "ab\u0301"]) | _PIECES)
    length = draw(_LENGTHS)
    return (unit * (length // len(unit) + 1))[:length] + draw(short_texts)


def mostly(usual: st.SearchStrategy[T], other: st.SearchStrategy[T], times: int = 3) -> st.SearchStrategy[T]:
    """`usual` about `times` times as often as `other` (enough valid input to reach the store)."""
    # one_of would pick each branch about equally often, however many times one is given.
    return st.sampled_from([True] * times + [False]).flatmap(lambda is_usual: usual if is_usual else other)


texts = mostly(short_texts, _long_texts(), times=5)
# Mostly something that cleans to a name, often anything at all.
_NAMES = st.sampled_from(["Testperson Demo", "Kari Testesen", "Ola Nordmann Test", "Åse Ødegård", "Demo"])
names = mostly(_NAMES, texts, times=2)
optional_texts = st.one_of(st.just(""), texts)

# Dates ---------------------------------------------------------------------------------------

_EDGES = [
    date.min, date.min + timedelta(days=1), EARLIEST_DATE - timedelta(days=1), EARLIEST_DATE,
    LATEST_DATE, LATEST_DATE + timedelta(days=1), date.max - timedelta(days=1), date.max,
]  # fmt: skip
# Near today most often (where validation turns on "in the future"), the ends of the calendar too.
_NEAR = st.dates(TODAY - timedelta(days=400), TODAY + timedelta(days=400))
any_dates = mostly(_NEAR, st.sampled_from(_EDGES) | st.dates())
optional_dates = st.none() | any_dates
# The dialogs give hours and minutes; storage keeps those (seconds would be dropped).
times = st.none() | st.builds(time, st.integers(0, 23), st.integers(0, 59))
# Valid synthetic numbers, few enough that the same one comes back (a patient's next stay).
fodselsnumre = st.sampled_from(
    [
        make_fodselsnummer(date(1985, 3, 14)),
        make_fodselsnummer(date(1990, 1, 1)),
        make_fodselsnummer(date(2001, 12, 31)),
    ]
)
numbers = mostly(st.none() | fodselsnumre, texts | st.text("0123456789 -.", max_size=14))
rare_dates = st.one_of(st.none(), st.none(), any_dates)


# Checks ----------------------------------------------------------------------------------------


class Refused:
    """The call raised ValidationError (or NotFoundError for an unknown id): nothing was stored."""

    def __init__(self, error: ValidationError | NotFoundError) -> None:
        self.error = error
        self.problems = (
            {issue.problem for issue in error.issues} if isinstance(error, ValidationError) else set()
        )


def last_audit(conn: sqlite3.Connection) -> int:
    """The newest row of the access log: every stored change writes one."""
    return int(conn.execute("SELECT coalesce(max(audit_id), 0) FROM audit_log").fetchone()[0])


def newest_audit_detail(conn: sqlite3.Connection) -> str:
    return str(conn.execute("SELECT detail FROM audit_log ORDER BY audit_id DESC LIMIT 1").fetchone()[0])


def assert_worded(error: ValidationError) -> None:
    """Every issue names a field and has a text for the user (ui.texts.problem_text)."""
    from dischargeplanner.ui.texts import problem_text

    assert error.issues, "a refusal says why"
    for issue in error.issues:
        assert issue.field, issue
        assert problem_text(issue.problem).strip(), issue


def attempt(
    conn: sqlite3.Connection, call: Callable[[], T], *reads: Callable[[], object], ids_given: bool = False
) -> T | Refused:
    """Run `call`: what it returns, or Refused when it refused with worded issues and wrote nothing.

    `reads` read what the call could change; after a refusal each must read as before. With
    `ids_given`, the call names records by id and any id was drawn: NotFoundError (the answer
    to a record removed meanwhile, which the UI reports) is a refusal too.
    """
    audit = last_audit(conn)
    before = [read() for read in reads]
    try:
        result = call()
    except (ValidationError, NotFoundError) as error:
        if isinstance(error, NotFoundError) and not ids_given:
            raise
        event("refused")
        if isinstance(error, ValidationError):
            assert_worded(error)
        assert last_audit(conn) == audit, "a refused change wrote to the access log"
        assert [read() for read in reads] == before, "a refused change was stored"
        assert not conn.in_transaction
        return Refused(error)
    event("stored")
    return result


def assert_clean(record: object) -> None:
    """No stored text holds a control character other than line break and tab, or exceeds TEXT_MAX."""
    for value in _texts_in(record):
        assert len(value) <= TEXT_MAX, len(value)
        assert all(char in "\n\t" or unicodedata.category(char) not in ("Cc", "Cs") for char in value), repr(
            value[:80]
        )


def _texts_in(record: object) -> Iterable[str]:
    if isinstance(record, str):
        yield record
    elif is_dataclass(record) and not isinstance(record, type):
        for field in fields(record):
            yield from _texts_in(getattr(record, field.name))
    elif isinstance(record, tuple | list | frozenset):
        for value in record:
            yield from _texts_in(value)


class Plans:
    """Plans for the examples of one test: a new one every `every` examples, so that no plan
    collects thousands of records over a thorough run (reading them back would grow with it)."""

    def __init__(self, context: Context, every: int = 20, discharged: DischargeKind | None = None) -> None:
        from helpers import service_at

        self._service = service_at(context, TODAY)
        self._every = every
        self._discharged = discharged
        self._uses = 0
        self._current: PlanId | None = None

    def plan(self) -> PlanId:
        if self._current is None or self._uses >= self._every:
            self._current, self._uses = self._new(), 0
        self._uses += 1
        return self._current

    def _new(self) -> PlanId:
        from helpers import TEST_USER

        draft = PlanDraft(Patient("Testperson Demo"), "0301", "Avdeling A", "Sosionom Test", ADMISSION, None)
        plan_id, _ = self._service.start_plan(draft, TEST_USER)
        if self._discharged is not None:
            self._service.discharge_plan(plan_id, DISCHARGED, self._discharged, {}, TEST_USER)
        return plan_id


class Wards:
    """A ward for the examples of one test, a new one every `every` examples: for what grows
    ward-wide (the group directory, users), so reading it back does not grow with the run."""

    def __init__(self, folder: Path, every: int) -> None:
        self._folder = folder
        self._every = every
        self._uses = 0
        self._made = 0
        self._current: Context | None = None

    def ward(self) -> Context:
        if self._current is None or self._uses >= self._every:
            self.close()
            self._made += 1
            from helpers import open_test_context

            self._current = open_test_context(self._folder / f"data{self._made}")
            self._current.conn.execute("PRAGMA synchronous = NORMAL")  # as relaxed_durability
            self._uses = 0
        self._uses += 1
        return self._current

    def close(self) -> None:
        if self._current is not None:
            self._current.close()
            self._current = None
