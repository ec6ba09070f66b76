"""The municipality list (resources/kommuner.csv): loading, search keys and search.

Staff type names as they say them: in lower case, without Sami accents, by the
Norwegian parallel name, or by the four-digit number. All of these must find
the kommune, while æ, ø and å stay letters of their own ("Ås" is not "As").
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable, Sequence
from pathlib import Path

from dischargeplanner.domain.model import Kommune
from dischargeplanner.domain.text import fold, sort_key

__all__ = ["fold", "load_kommuner", "search_kommuner", "sort_key"]

_COLUMNS = ("kommunenummer", "navn", "fylke", "fylkesnummer", "norsk_parallellnavn")


def load_kommuner(path: Path) -> tuple[Kommune, ...]:
    """Read the kommune CSV; raises ValueError naming the line when a row is malformed."""
    # utf-8-sig: a file re-saved in Excel starts with a byte-order mark.
    with path.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.DictReader(file)
        missing = [column for column in _COLUMNS if column not in (reader.fieldnames or ())]
        if missing:
            raise ValueError(f"{path}: mangler kolonnene {', '.join(missing)}")
        kommuner = [_row_to_kommune(path, reader.line_num, row) for row in reader]
    return tuple(sorted(kommuner, key=lambda kommune: (sort_key(kommune.name), kommune.number)))


def _row_to_kommune(path: Path, line: int, row: dict[str, str | None]) -> Kommune:
    values = {column: (row.get(column) or "").strip() for column in _COLUMNS}
    number = values["kommunenummer"]
    if len(number) != 4 or not number.isdigit() or not values["navn"]:
        raise ValueError(f"{path}, linje {line}: ugyldig kommune {number!r} {values['navn']!r}")
    return Kommune(
        number=number,
        name=values["navn"],
        county=values["fylke"],
        county_number=values["fylkesnummer"],
        parallel_name=values["norsk_parallellnavn"],
    )


@functools.lru_cache(maxsize=1024)
def _search_fields(kommune: Kommune) -> tuple[str, ...]:
    # Cached because search runs on every keystroke over the same few hundred kommuner.
    names = (fold(kommune.name), fold(kommune.parallel_name))
    return (*(name for name in names if name), kommune.number)


def search_kommuner(kommuner: Iterable[Kommune], query: str) -> list[Kommune]:
    """Kommuner whose name, parallel name or number match `query`, best matches first.

    Exact matches come first, then those starting with the query, then those
    containing it; within each group the input order is kept. An empty query
    returns every kommune.
    """
    needle = fold(query)
    if not needle:
        return list(kommuner)
    ranked: list[tuple[int, int, Kommune]] = []
    for position, kommune in enumerate(kommuner):
        rank = _match_rank(_search_fields(kommune), needle)
        if rank is not None:
            ranked.append((rank, position, kommune))
    ranked.sort(key=lambda entry: (entry[0], entry[1]))
    return [kommune for _, _, kommune in ranked]


def _match_rank(fields: Sequence[str], needle: str) -> int | None:
    if needle in fields:
        return 0
    if any(field.startswith(needle) for field in fields):
        return 1
    if any(needle in field for field in fields):
        return 2
    return None


def kommune_by_number(kommuner: Iterable[Kommune], number: str) -> Kommune | None:
    """The kommune with this number; '301' finds 0301, as spreadsheets drop the leading zero."""
    wanted = number.strip()
    if wanted.isdigit():
        wanted = wanted.zfill(4)
    return next((kommune for kommune in kommuner if kommune.number == wanted), None)
