"""Synthetic identities for the demo ward and the tests: generated fødselsnumre, invented names.

No real person's data is ever used. Every number is computed from a birth date and an
individual number, so it is valid (stdnum accepts it) without being copied from anyone.
"""

from __future__ import annotations

from datetime import date

_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_WEIGHTS_2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_D_NUMBER_OFFSET = 40
EARLIEST_BIRTH = date(1854, 1, 1)
LATEST_BIRTH = date(2039, 12, 31)


def individual_numbers(year: int) -> tuple[int, ...]:
    """Individual numbers from which stdnum reads this birth year's century (get_birth_date)."""
    if 1854 <= year <= 1899:
        return tuple(range(500, 750))
    if 1900 <= year <= 1939:
        return tuple(range(500))
    if 1940 <= year <= 1999:
        return (*range(500), *range(900, 1000))
    if 2000 <= year <= 2039:
        return tuple(range(500, 1000))
    raise ValueError(f"a fødselsnummer cannot express birth year {year}")


def make_fodselsnummer(birth: date, individual: int | None = None, d_number: bool = False) -> str:
    """A valid fødselsnummer (or D-number) for `birth`.

    `individual` defaults to the first one for the century; when it would give a check digit
    of 10 (no such number is issued) the next individual number for the century is used.
    """
    allowed = individual_numbers(birth.year)
    start = 0 if individual is None else _position(individual, allowed, birth.year)
    day = birth.day + (_D_NUMBER_OFFSET if d_number else 0)
    stem = f"{day:02d}{birth.month:02d}{birth.year % 100:02d}"
    for offset in range(len(allowed)):
        candidate = allowed[(start + offset) % len(allowed)]
        number = with_check_digits(f"{stem}{candidate:03d}")
        if number is not None:
            return number
    raise ValueError(f"no individual number gives valid check digits for {birth}")  # pragma: no cover


def _position(individual: int, allowed: tuple[int, ...], year: int) -> int:
    if individual not in allowed:
        raise ValueError(f"individual number {individual} does not give birth year {year}")
    return allowed.index(individual)


def _check_digit(digits: str, weights: tuple[int, ...]) -> int:
    return (11 - sum(w * int(d) for w, d in zip(weights, digits, strict=True))) % 11


def with_check_digits(nine: str) -> str | None:
    """Append both mod-11 check digits, or None when either would be 10."""
    first = _check_digit(nine, _WEIGHTS_1)
    if first == 10:
        return None
    second = _check_digit(f"{nine}{first}", _WEIGHTS_2)
    if second == 10:
        return None
    return f"{nine}{first}{second}"


# Plainly invented names: 'Test'/'Prøve' parts make them impossible to mistake for a patient.
# Some carry æ, ø and å, and one is North Sami, so sorting, PDF fonts and storage see them.
SYNTHETIC_NAMES: tuple[str, ...] = (
    "Testa Testesen",
    "Prøve Prøvesen",
    "Ola Testnordmann",
    "Kari Testnordmann",
    "Åse Testdal",
    "Bjørn Prøvestad",
    "Sølvi Æresen-Test",
    "Ærling Østtest",
    "Håkon Fiktivsen",
    "Marte Eksempelsen",
    "Jørgen Dummysen",
    "Liv Prøvedatter",
    "Máret Ánne Čuovgatest",
    "Per Testberg",
    "Ingrid Øvingsen",
    "Siv Testå",
)


def synthetic_name(seed: int) -> str:
    """A synthetic name chosen by `seed`; the same seed always gives the same name."""
    return SYNTHETIC_NAMES[seed % len(SYNTHETIC_NAMES)]
