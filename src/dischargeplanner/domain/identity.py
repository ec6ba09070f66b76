"""Fødselsnummer checking: says what is wrong with a typed number, not just that it is wrong.

The rules themselves come from `stdnum.no.fodselsnummer` (DOMAIN.md: do not hand-roll the
check). This module only orders the failures so the user hears about the most specific one,
and narrows what is accepted to regular fødselsnumre and D-numbers. It never derives gender.

stdnum is imported inside the functions: it must not load while the app starts.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date

# Separators people type or paste between the date and the individual number.
_SEPARATORS = re.compile(r"[\s\-.:/]+")
_ASCII_DIGITS = frozenset("0123456789")
_LENGTH = 11
# D-numbers add 4 to the first digit of the day (41-71); H-numbers add 4 to the first digit of
# the month and FH-numbers start with 8 or 9. Only regular numbers and D-numbers identify a
# patient here, so the others count as having an impossible date.
_D_NUMBER_OFFSET = 40
_H_NUMBER_MONTH = 40


class IdentityProblem(enum.StrEnum):
    """Why a typed fødselsnummer was refused, most basic first."""

    NOT_DIGITS = "not_digits"
    WRONG_LENGTH = "wrong_length"
    IMPOSSIBLE_DATE = "impossible_date"
    CHECK_DIGITS = "check_digits"


@dataclass(frozen=True)
class IdentityCheck:
    """Outcome of checking a typed number; `number` is the normalized 11 digits when valid."""

    number: str | None
    problem: IdentityProblem | None
    is_d_number: bool = False
    birth_date: date | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def normalize(text: str) -> str:
    """Drop whitespace and the separators people use (e.g. '010190 12345', '010190-12345')."""
    return _SEPARATORS.sub("", text)


def check_fodselsnummer(text: str) -> IdentityCheck:
    """Check a typed fødselsnummer or D-number; an empty field is fine (identity not known yet)."""
    number = normalize(text)
    if not number:
        return IdentityCheck(number=None, problem=None)
    problem = _shape_problem(number)
    if problem is not None:
        return IdentityCheck(number=None, problem=problem)
    birth = _birth_date_or_none(number)
    if birth is None:
        return IdentityCheck(number=None, problem=IdentityProblem.IMPOSSIBLE_DATE)
    problem = _stdnum_problem(number)
    if problem is not None:
        return IdentityCheck(number=None, problem=problem)
    return IdentityCheck(number=number, problem=None, is_d_number=_is_d_number(number), birth_date=birth)


def birth_date_of(number: str) -> date:
    """Birth date of a regular fødselsnummer or D-number; the century comes from the individual
    number exactly as stdnum reads it. Raises ValueError when the number holds no real date."""
    birth = _birth_date_or_none(normalize(number))
    if birth is None:
        raise ValueError(f"{number!r} holds no possible birth date")
    return birth


def _shape_problem(number: str) -> IdentityProblem | None:
    # Non-digits first: 'abc' is better reported as letters than as three characters too few.
    # ASCII only: str.isdigit would accept superscripts and other scripts' digits.
    if not set(number) <= _ASCII_DIGITS:
        return IdentityProblem.NOT_DIGITS
    if len(number) != _LENGTH:
        return IdentityProblem.WRONG_LENGTH
    return None


def _is_d_number(number: str) -> bool:
    return int(number[0:2]) > _D_NUMBER_OFFSET


def _birth_date_or_none(number: str) -> date | None:
    """The birth date, or None when the number holds no possible one (or an unsupported kind).

    Checked before the check digits on purpose: a mistyped date digit also breaks the check
    digits, and 'impossible date' tells the user where to look.
    """
    # Lazy imports (here and below): stdnum must not load at start-up.
    from stdnum.exceptions import ValidationError  # noqa: PLC0415
    from stdnum.no import fodselsnummer  # noqa: PLC0415

    if _shape_problem(number) is not None or int(number[2:4]) > _H_NUMBER_MONTH:
        return None
    try:
        birth: date = fodselsnummer.get_birth_date(number)
    except ValidationError:
        # Impossible day or month, FH-number (day 80+), or no century for the individual number.
        return None
    if birth > date.today():
        return None
    return birth


def _stdnum_problem(number: str) -> IdentityProblem | None:
    """Let stdnum have the last word, translated to our problem kinds."""
    from stdnum.exceptions import (  # noqa: PLC0415
        InvalidChecksum,
        InvalidComponent,
        InvalidFormat,
        InvalidLength,
    )
    from stdnum.no import fodselsnummer  # noqa: PLC0415

    try:
        fodselsnummer.validate(number)
    except InvalidLength:
        return IdentityProblem.WRONG_LENGTH
    except InvalidFormat:
        return IdentityProblem.NOT_DIGITS
    except InvalidChecksum:
        return IdentityProblem.CHECK_DIGITS
    except InvalidComponent:
        return IdentityProblem.IMPOSSIBLE_DATE
    return None
