"""Synthetic test identities: hypothesis strategies over the generator the demo ward uses.

Tests never use real people's data; see dischargeplanner.synthetic.
"""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from dischargeplanner.synthetic import (
    EARLIEST_BIRTH,
    LATEST_BIRTH,
    SYNTHETIC_NAMES,
    individual_numbers,
    make_fodselsnummer,
    synthetic_name,
    with_check_digits,
)

__all__ = [
    "EARLIEST_BIRTH",
    "LATEST_BIRTH",
    "SYNTHETIC_NAMES",
    "fodselsnumre",
    "individual_numbers",
    "make_fodselsnummer",
    "synthetic_name",
    "with_check_digits",
]


@st.composite
def _numbers(draw: st.DrawFn, d_number: bool | None) -> str:
    birth = draw(st.dates(min_value=EARLIEST_BIRTH, max_value=min(date.today(), LATEST_BIRTH)))
    individual = draw(st.sampled_from(individual_numbers(birth.year)))
    is_d = draw(st.booleans()) if d_number is None else d_number
    return make_fodselsnummer(birth, individual, d_number=is_d)


def fodselsnumre(d_number: bool | None = None) -> st.SearchStrategy[str]:
    """Valid synthetic numbers born up to today; D-numbers only, none, or mixed (None)."""
    return _numbers(d_number)
