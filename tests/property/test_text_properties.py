"""Cleaning and limits of typed text, fødselsnummer checks and kommune lookup, for any input."""

from __future__ import annotations

import unicodedata
from datetime import date

from hypothesis import example, given
from hypothesis import strategies as st

from dischargeplanner import paths
from dischargeplanner.domain.identity import check_fodselsnummer
from dischargeplanner.domain.kommuner import kommune_by_number, load_kommuner, search_kommuner
from dischargeplanner.domain.limits import (
    LINE_MAX,
    TEXT_MAX,
    clean_line,
    clean_text,
    line_too_long,
    text_too_long,
)
from dischargeplanner.domain.problems import Problem
from helpers_property import count_example, numbers, property_settings, texts

KOMMUNER = load_kommuner(paths.kommuner_path())
# Lone surrogates are not valid text for SQLite, but cleaning must still get rid of them.
_ANY_CHARACTER = st.text(st.characters(), max_size=40)


def _controls(text: str, kept: str) -> set[str]:
    return {char for char in text if char not in kept and unicodedata.category(char) in ("Cc", "Cs")}


@property_settings()
@given(texts | _ANY_CHARACTER)
@example("\x00")
@example("Kari\x00 Testesen\r\n")
def test_a_cleaned_line_has_no_control_characters_and_cleaning_twice_changes_nothing(text: str) -> None:
    count_example()
    line = clean_line(text)
    assert not _controls(line, kept="")
    assert "\n" not in line
    assert "  " not in line
    assert line == line.strip()
    assert clean_line(line) == line
    assert (line_too_long(text) is Problem.TEXT_LINE_TOO_LONG) == (len(line) > LINE_MAX)


@property_settings()
@given(texts | _ANY_CHARACTER)
@example("\r\n\x00mål\r\n\tneste linje\x0b")
def test_cleaned_text_keeps_line_breaks_and_tabs_only(text: str) -> None:
    count_example()
    cleaned = clean_text(text)
    assert not _controls(cleaned, kept="\n\t")
    assert "\r" not in cleaned
    assert cleaned == cleaned.strip()
    assert clean_text(cleaned) == cleaned
    assert (text_too_long(text) is Problem.TEXT_TOO_LONG) == (len(cleaned) > TEXT_MAX)


@property_settings()
@given(numbers.map(lambda number: number or ""))
def test_any_typed_number_is_either_a_possible_fodselsnummer_or_has_one_problem(text: str) -> None:
    count_example()
    check = check_fodselsnummer(text)
    if check.ok and check.number is not None:
        assert len(check.number) == 11
        assert set(check.number) <= set("0123456789")
        assert check.birth_date is not None
        assert check.birth_date <= date.today()
    else:
        assert check.number is None
        assert check.ok == (check.problem is None)


@property_settings()
@given(texts)
@example("0301")
@example("301")
@example("Oslo\x00")
def test_kommune_search_and_lookup_take_any_text(query: str) -> None:
    count_example()
    found = search_kommuner(KOMMUNER, query)
    assert set(found) <= set(KOMMUNER)
    kommune = kommune_by_number(KOMMUNER, query)
    assert kommune is None or kommune in KOMMUNER
