"""The kommune list and how staff find a kommune in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dischargeplanner.domain.kommuner import (
    fold,
    kommune_by_number,
    load_kommuner,
    search_kommuner,
    sort_key,
)
from dischargeplanner.domain.model import Kommune

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


@pytest.fixture(scope="module")
def kommuner() -> tuple[Kommune, ...]:
    return load_kommuner(RESOURCES / "kommuner.csv")


def _numbers(found: list[Kommune]) -> list[str]:
    return [kommune.number for kommune in found]


# --- the list -----------------------------------------------------------------------------------


def test_all_357_kommuner_of_2024_with_unique_numbers(kommuner: tuple[Kommune, ...]) -> None:
    assert len(kommuner) == 357
    assert len({kommune.number for kommune in kommuner}) == 357
    assert all(len(k.number) == 4 and k.number.isdigit() for k in kommuner)
    assert all(k.number.startswith(k.county_number) for k in kommuner)


@pytest.mark.parametrize(
    ("number", "name", "county"),
    [("0301", "Oslo", "Oslo"), ("4601", "Bergen", "Vestland"), ("5001", "Trondheim", "Trøndelag")],
)
def test_the_big_cities_are_there(kommuner: tuple[Kommune, ...], number: str, name: str, county: str) -> None:
    kommune = kommune_by_number(kommuner, number)
    assert kommune is not None
    assert (kommune.name, kommune.county) == (name, county)


def test_sami_name_with_norwegian_parallel_name(kommuner: tuple[Kommune, ...]) -> None:
    kautokeino = kommune_by_number(kommuner, "5612")
    assert kautokeino is not None
    assert kautokeino.display_name == "Guovdageaidnu – Kautokeino"


def test_sorted_in_norwegian_alphabetical_order(kommuner: tuple[Kommune, ...]) -> None:
    names = [kommune.name for kommune in kommuner]
    assert names == sorted(names, key=sort_key)
    # æ, ø, å come after z and in that order (code point order would give å, æ, ø).
    assert names.index("Vågå") < names.index("Ørland") < names.index("Ål")
    assert names[-1] == "Åsnes"


def test_kommune_by_number_accepts_a_lost_leading_zero(kommuner: tuple[Kommune, ...]) -> None:
    oslo = kommune_by_number(kommuner, "301")
    assert oslo is not None
    assert oslo.name == "Oslo"
    assert kommune_by_number(kommuner, "9999") is None


def test_malformed_row_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "kommuner.csv"
    path.write_text(
        "kommunenummer,navn,fylke,fylkesnummer,norsk_parallellnavn\n0301,Oslo,Oslo,03,\n31,Feil,Østfold,31,\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="linje 3"):
        load_kommuner(path)


# --- search -------------------------------------------------------------------------------------


def test_search_by_norwegian_parallel_name(kommuner: tuple[Kommune, ...]) -> None:
    assert _numbers(search_kommuner(kommuner, "Kautokeino")) == ["5612"]
    assert _numbers(search_kommuner(kommuner, "karasjok")) == ["5610"]


@pytest.mark.parametrize("query", ["Kárášjohka", "kárášjohka", "karasjohka", "KARASJOHKA"])
def test_search_by_sami_name_with_or_without_accents(kommuner: tuple[Kommune, ...], query: str) -> None:
    assert _numbers(search_kommuner(kommuner, query)) == ["5610"]


def test_twins_are_both_found_and_told_apart_by_county(kommuner: tuple[Kommune, ...]) -> None:
    found = search_kommuner(kommuner, "herøy")
    assert _numbers(found) == ["1515", "1818"]
    assert [k.name for k in found] == ["Herøy (Møre og Romsdal)", "Herøy (Nordland)"]


def test_search_by_number(kommuner: tuple[Kommune, ...]) -> None:
    assert [k.name for k in search_kommuner(kommuner, "0301")] == ["Oslo"]


def test_names_starting_with_query_come_before_those_containing_it(
    kommuner: tuple[Kommune, ...],
) -> None:
    found = [k.name for k in search_kommuner(kommuner, "berg")]
    assert found[0] == "Bergen"
    assert {"Kongsberg", "Tønsberg", "Randaberg"} <= set(found[1:])


def test_exact_match_comes_first(kommuner: tuple[Kommune, ...]) -> None:
    assert [k.name for k in search_kommuner(kommuner, "os")][:4] == ["Os", "Osen", "Oslo", "Osterøy"]


def test_aa_is_not_a(kommuner: tuple[Kommune, ...]) -> None:
    assert [k.name for k in search_kommuner(kommuner, "ÅS")][:3] == ["Ås", "Åseral", "Åsnes"]
    assert not {"Ås", "Åseral", "Åsnes"} & {k.name for k in search_kommuner(kommuner, "as")}


def test_empty_query_returns_everything_in_order(kommuner: tuple[Kommune, ...]) -> None:
    assert search_kommuner(kommuner, "  ") == list(kommuner)


def test_hyphen_and_space_are_the_same(kommuner: tuple[Kommune, ...]) -> None:
    assert _numbers(search_kommuner(kommuner, "nord odal")) == ["3414"]


# --- fold ---------------------------------------------------------------------------------------


def test_fold_keeps_norwegian_letters_apart() -> None:
    assert fold("ÅS") == fold("ås") == "ås"
    assert fold("Ås") != fold("As")
    assert fold("ÆØÅ") == "æøå"
    assert fold("Ø") != fold("O")


def test_fold_strips_sami_accents() -> None:
    assert fold("Kárášjohka") == "karasjohka"
    assert fold("Unjárga") == "unjarga"
    assert fold("ŊĐŦŽČ") == "ndtzc"


def test_fold_treats_decomposed_aa_as_aa() -> None:
    # Text pasted from macOS may carry "a" + combining ring instead of "å".
    assert fold("A\u030as") == "ås"


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ"))
def test_fold_of_norwegian_letters_is_just_lower_case(text: str) -> None:
    assert fold(text) == text.lower()
