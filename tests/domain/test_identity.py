"""check_fodselsnummer: valid numbers pass, and each kind of mistake is named correctly."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.no import fodselsnummer

from dischargeplanner.domain.identity import IdentityProblem, birth_date_of, check_fodselsnummer
from synthetic import (
    EARLIEST_BIRTH,
    fodselsnumre,
    individual_numbers,
    make_fodselsnummer,
    with_check_digits,
)

SRC = Path(__file__).resolve().parents[2] / "src"
TODAY = date.today()


def _valid(nine: str) -> str:
    """Complete nine digits with check digits; the examples below are chosen so that works."""
    number = with_check_digits(nine)
    assert number is not None, f"pick another example than {nine}: a check digit would be 10"
    return number


def _first_valid(stem: str, individuals: range) -> str:
    """Date part + the first individual number that gives real check digits."""
    for individual in individuals:
        number = with_check_digits(f"{stem}{individual:03d}")
        if number is not None:
            return number
    raise AssertionError(f"no valid check digits for {stem}")


@settings(max_examples=400)
@given(fodselsnumre())
def test_generated_numbers_are_accepted_and_agree_with_stdnum(number: str) -> None:
    result = check_fodselsnummer(number)

    assert result.ok, result
    assert result.number == number
    assert fodselsnummer.is_valid(number)


@settings(max_examples=200)
@given(st.dates(min_value=EARLIEST_BIRTH, max_value=TODAY), st.booleans(), st.data())
def test_birth_date_and_d_number_flag_are_read_back(birth: date, d_number: bool, data: st.DataObject) -> None:
    individual = data.draw(st.sampled_from(individual_numbers(birth.year)))
    number = make_fodselsnummer(birth, individual, d_number=d_number)

    result = check_fodselsnummer(number)

    assert result.birth_date == birth
    assert result.is_d_number is d_number
    assert birth_date_of(number) == birth


@pytest.mark.parametrize(
    ("birth", "individual"),
    [
        (date(1899, 5, 17), 600),  # 500-749 with year 54-99: the 1800s
        (date(1950, 5, 17), 950),  # 900-999 with year 40-99: the 1900s
        (date(1950, 5, 17), 100),  # 000-499: always the 1900s
        (date(2005, 5, 17), 600),  # 500-999 with year 00-39: the 2000s
    ],
)
def test_century_comes_from_the_individual_number(birth: date, individual: int) -> None:
    number = make_fodselsnummer(birth, individual)

    assert birth_date_of(number) == birth
    assert check_fodselsnummer(number).birth_date == birth


@pytest.mark.parametrize("typed", ["{a} {b}", " {a}-{b} ", "{a}.{b}", "{a}\t{b}", "{a}\u00a0{b}", "{a}:{b}"])
def test_spaces_and_separators_are_stripped(typed: str) -> None:
    number = make_fodselsnummer(date(1987, 3, 14), 123)
    text = typed.format(a=number[:6], b=number[6:])

    result = check_fodselsnummer(text)

    assert result.ok
    assert result.number == number


@pytest.mark.parametrize("text", ["", "   ", " - "])
def test_empty_is_allowed_without_a_number(text: str) -> None:
    result = check_fodselsnummer(text)

    assert result.ok
    assert result.number is None
    assert result.birth_date is None
    assert result.is_d_number is False


def test_d_number_is_flagged_and_regular_number_is_not() -> None:
    birth = date(1990, 12, 31)

    d_result = check_fodselsnummer(make_fodselsnummer(birth, 42, d_number=True))
    regular = check_fodselsnummer(make_fodselsnummer(birth, 42))

    assert d_result.ok
    assert d_result.is_d_number
    assert d_result.number is not None
    assert d_result.number.startswith("71")
    assert regular.ok
    assert not regular.is_d_number


@pytest.mark.parametrize(
    "text",
    [
        "abc",
        "O1O19O12345",  # letter O instead of zero
        "0101901234x",
        "010190123４5",  # full-width digit: not an ASCII digit
        "0101901²345",
    ],
)
def test_non_digits_are_reported_as_such(text: str) -> None:
    result = check_fodselsnummer(text)

    assert result.problem is IdentityProblem.NOT_DIGITS
    assert not result.ok
    assert result.number is None


@pytest.mark.parametrize("cut", [slice(0, 10), slice(0, 6)])
def test_wrong_length_is_reported(cut: slice) -> None:
    number = make_fodselsnummer(date(1975, 6, 1))

    assert check_fodselsnummer(number[cut]).problem is IdentityProblem.WRONG_LENGTH
    assert check_fodselsnummer(number + "0").problem is IdentityProblem.WRONG_LENGTH


def _tomorrow_number() -> str:
    tomorrow = TODAY + timedelta(days=1)
    return make_fodselsnummer(tomorrow, individual_numbers(tomorrow.year)[0])


@pytest.mark.parametrize(
    "number",
    [
        pytest.param(_first_valid("300290", range(500)), id="30 February"),
        pytest.param(_first_valid("320190", range(500)), id="day 32"),
        pytest.param(_first_valid("011390", range(500)), id="month 13"),
        pytest.param(_first_valid("000190", range(500)), id="day 0"),
        pytest.param(_first_valid("725190", range(500)), id="D-number day 32"),
        pytest.param(_first_valid("015190", range(500)), id="H-number (month + 40) is not accepted"),
        pytest.param(_first_valid("810190", range(500)), id="FH-number has no date"),
        pytest.param(_first_valid("010190", range(750, 900)), id="no century for 750-899 in year 90"),
        pytest.param(_first_valid("290201", range(500, 1000)), id="29 February 2001"),
        pytest.param(_tomorrow_number(), id="born tomorrow"),
    ],
)
def test_impossible_dates_are_reported(number: str) -> None:
    assert with_check_digits(number[:9]) == number, "example must fail on the date alone"

    result = check_fodselsnummer(number)

    assert result.problem is IdentityProblem.IMPOSSIBLE_DATE
    assert result.birth_date is None


def test_leap_day_is_possible() -> None:
    number = _first_valid("290200", range(500, 1000))

    assert check_fodselsnummer(number).birth_date == date(2000, 2, 29)


@pytest.mark.parametrize("position", [9, 10])
def test_wrong_check_digits_are_reported(position: int) -> None:
    number = make_fodselsnummer(date(1962, 8, 9), 321)
    wrong = str((int(number[position]) + 1) % 10)
    typo = number[:position] + wrong + number[position + 1 :]

    result = check_fodselsnummer(typo)

    assert result.problem is IdentityProblem.CHECK_DIGITS
    assert result.number is None


def test_impossible_date_wins_over_check_digits() -> None:
    """A mistyped date digit also breaks the check digits; the date is the useful message."""
    number = make_fodselsnummer(date(1990, 1, 3), 200)
    typo = number[:2] + "13" + number[4:]  # month 13; the check digits no longer match either

    assert with_check_digits(typo[:9]) != typo

    assert check_fodselsnummer(typo).problem is IdentityProblem.IMPOSSIBLE_DATE


def test_birth_date_of_refuses_numbers_without_a_date() -> None:
    with pytest.raises(ValueError, match="no possible birth date"):
        birth_date_of(_first_valid("300290", range(500)))


def test_importing_identity_does_not_load_stdnum() -> None:
    """Start-up time: stdnum may only load when a number is first checked."""
    code = "import sys, dischargeplanner.domain.identity; print('stdnum' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )

    assert out.stdout.strip() == "False"
