"""Load a checklist template (resources/checklists/*.toml) into a `Catalogue`.

Wards may edit their checklist by hand, so every error names the file, the line
and the reason in Norwegian: the message is shown to ward staff, not developers.
"""

from __future__ import annotations

import enum
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from dischargeplanner.domain.model import (
    AreaKey,
    BrukerPlanArea,
    Catalogue,
    CatalogueArea,
    CatalogueItem,
    Responsible,
    TimingRule,
)

_EnumT = TypeVar("_EnumT", bound=enum.StrEnum)

_CATALOGUE_FIELDS = frozenset({"id", "version", "title"})
_AREA_FIELDS = frozenset({"key", "title", "description", "brukerplan"})
_ITEM_FIELDS = frozenset({"key", "area", "text", "help", "timing", "required", "brukerplan", "responsible"})
_TOP_LEVEL = frozenset({"catalogue", "area", "item"})

# An item key is stored in every plan made from the catalogue, so its shape is fixed.
_ITEM_KEY = re.compile(r"[a-z][a-z_]*\.[a-z0-9][a-z0-9_]*")
# Far beyond any stay; guards the date arithmetic in TimingRule.due_date from overflow.
_MAX_TIMING_DAYS = 3650
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)$")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)$")
_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-]+)\s*\]\]?")


class CatalogueError(Exception):
    """A catalogue file that cannot be used; `reason` is Norwegian and shown to staff."""

    def __init__(self, path: Path, line: int | None, reason: str) -> None:
        super().__init__(path, line, reason)
        self.path = path
        self.line = line
        self.reason = reason

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.reason}"
        return f"{self.path}, linje {self.line}: {self.reason}"


def standard_catalogue_path(resources_dir: Path) -> Path:
    """Where the shipped TSB standard checklist lives inside `resources/`."""
    return resources_dir / "checklists" / "tsb-standard.toml"


def load_catalogue(path: Path) -> Catalogue:
    """Read and validate a catalogue file; raises `CatalogueError` on the first problem found."""
    text = _read_text(path)
    data = _parse_toml(path, text)
    locator = _Locator.scan(text)
    _reject_unknown_tables(path, locator, data)
    header = _catalogue_header(_Where(path, locator, "catalogue", 0), data)
    areas = _parse_areas(path, locator, data)
    items = _parse_items(path, locator, data, areas)
    _require_items_in_every_area(path, locator, areas, items)
    catalogue_id, version, title = header
    return Catalogue(catalogue_id, version, title, tuple(areas.values()), tuple(items))


# --- reading -------------------------------------------------------------------------------------


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CatalogueError(path, None, "filen er ikke lagret som UTF-8") from None
    except OSError as error:
        raise CatalogueError(path, None, f"kan ikke lese filen ({error.strerror})") from error


def _parse_toml(path: Path, text: str) -> dict[str, object]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # Python 3.11 puts the position only in the message, so read it from there.
        message = str(error)
        line: int | None = None
        if match := _TOML_POSITION.search(message):
            line = int(match.group(1))
            message = message[: match.start()]
        elif match := _TOML_AT_END.search(message):
            line = max(1, len(text.splitlines()))
            message = message[: match.start()]
        raise CatalogueError(path, line, f"ugyldig TOML: {message}") from None


# --- finding line numbers ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Locator:
    """Line numbers of table headers and fields, since tomllib returns no positions."""

    lines: tuple[str, ...]
    headers: tuple[tuple[str, int], ...]  # (table name, 1-based line) in file order

    @classmethod
    def scan(cls, text: str) -> _Locator:
        lines = tuple(text.splitlines())
        headers: list[tuple[str, int]] = []
        in_multiline: str | None = None
        for number, line in enumerate(lines, start=1):
            if in_multiline is None and (match := _HEADER.match(line)):
                headers.append((match.group(2), number))
            in_multiline = _multiline_state(line, in_multiline)
        return cls(lines, tuple(headers))

    def table_line(self, table: str, index: int) -> int | None:
        """Header line of the `index`-th table called `table`."""
        starts = [line for name, line in self.headers if name == table]
        return starts[index] if index < len(starts) else None

    def field_line(self, table: str, index: int, field: str) -> int | None:
        """Line of `field = ...` inside that table; the header line when the field is absent."""
        start = self.table_line(table, index)
        if start is None:
            return None
        end = min((line for _, line in self.headers if line > start), default=len(self.lines) + 1)
        pattern = re.compile(rf"^\s*[\"']?{re.escape(field)}[\"']?\s*=")
        for number in range(start + 1, end):
            if pattern.match(self.lines[number - 1]):
                return number
        return start

    def top_level_line(self, name: str) -> int | None:
        """Line where a top-level key is introduced, as a table header or as `name = ...`."""
        for header, line in self.headers:
            if header == name or header.startswith(f"{name}."):
                return line
        pattern = re.compile(rf"^\s*[\"']?{re.escape(name)}[\"']?\s*[=.]")
        first_header = self.headers[0][1] if self.headers else len(self.lines) + 1
        for number in range(1, first_header):
            if pattern.match(self.lines[number - 1]):
                return number
        return None


def _multiline_state(line: str, current: str | None) -> str | None:
    """Track multi-line strings so that a `[[item]]` inside a help text is not taken as a header."""
    for quote in ('"""', "'''"):
        if current in (None, quote) and line.count(quote) % 2 == 1:
            return quote if current is None else None
    return current


@dataclass(frozen=True)
class _Where:
    """One table in the file (e.g. the third [[item]]), for error messages with a line number."""

    path: Path
    locator: _Locator
    table: str
    index: int

    def error(self, reason: str, field: str | None = None) -> CatalogueError:
        if field is None:
            line = self.locator.table_line(self.table, self.index)
        else:
            line = self.locator.field_line(self.table, self.index, field)
        return CatalogueError(self.path, line, reason)


# --- field readers -------------------------------------------------------------------------------


def _reject_unknown_fields(where: _Where, table: Mapping[str, object], allowed: frozenset[str]) -> None:
    # A misspelt optional field would otherwise be silently ignored.
    for field in table:
        if field not in allowed:
            known = ", ".join(sorted(allowed))
            raise where.error(f"ukjent felt «{field}» (kjente felt: {known})", field)


def _text(where: _Where, table: Mapping[str, object], field: str, *, optional: bool = False) -> str:
    if field not in table:
        if optional:
            return ""
        raise where.error(f"mangler feltet «{field}»")
    value = table[field]
    if not isinstance(value, str):
        raise where.error(f"feltet «{field}» må være tekst i anførselstegn", field)
    if not optional and not value.strip():
        raise where.error(f"feltet «{field}» kan ikke være tomt", field)
    return value.strip()


def _flag(where: _Where, table: Mapping[str, object], field: str) -> bool:
    if field not in table:
        raise where.error(f"mangler feltet «{field}»")
    value = table[field]
    if not isinstance(value, bool):
        raise where.error(f"feltet «{field}» må være true eller false", field)
    return value


def _choice(where: _Where, table: Mapping[str, object], field: str, kind: type[_EnumT], label: str) -> _EnumT:
    return _enum_value(where, field, _text(where, table, field), kind, label)


def _enum_value(where: _Where, field: str, value: str, kind: type[_EnumT], label: str) -> _EnumT:
    try:
        return kind(value)
    except ValueError:
        valid = ", ".join(member.value for member in kind)
        raise where.error(f"ukjent {label} «{value}» (gyldige verdier: {valid})", field) from None


def _timing(where: _Where, table: Mapping[str, object]) -> TimingRule:
    text = _text(where, table, "timing")
    try:
        rule = TimingRule.decode(text)
    except ValueError:
        reason = (
            f"tidsregel «{text}» må ha formen A+N eller D-N "
            "(N dager etter innkomst eller N dager før planlagt utskrivning)"
        )
        raise where.error(reason, "timing") from None
    if rule.days > _MAX_TIMING_DAYS:
        raise where.error(f"tidsregel «{text}» er lengre enn {_MAX_TIMING_DAYS} dager", "timing")
    return rule


def _table_list(path: Path, locator: _Locator, data: Mapping[str, object], name: str) -> list[object]:
    value = data.get(name)
    if value is None:
        raise CatalogueError(path, None, f"katalogen har ingen [[{name}]]-tabeller")
    if not isinstance(value, list):
        reason = f"«{name}» må skrives som [[{name}]]-tabeller"
        raise CatalogueError(path, locator.top_level_line(name), reason)
    return value


def _as_table(where: _Where, value: object) -> Mapping[str, object]:
    if not isinstance(value, dict):
        raise where.error(f"hver oppføring i «{where.table}» må være en [[{where.table}]]-tabell")
    return value


# --- the three kinds of table --------------------------------------------------------------------


def _reject_unknown_tables(path: Path, locator: _Locator, data: Mapping[str, object]) -> None:
    for name in data:
        if name not in _TOP_LEVEL:
            reason = f"ukjent tabell eller felt «{name}» (kjente: [catalogue], [[area]], [[item]])"
            raise CatalogueError(path, locator.top_level_line(name), reason)


def _catalogue_header(where: _Where, data: Mapping[str, object]) -> tuple[str, str, str]:
    table = data.get("catalogue")
    if table is None:
        raise CatalogueError(where.path, None, "mangler tabellen [catalogue]")
    if not isinstance(table, dict):
        reason = "«catalogue» må være en tabell: [catalogue]"
        raise CatalogueError(where.path, where.locator.top_level_line("catalogue"), reason)
    _reject_unknown_fields(where, table, _CATALOGUE_FIELDS)
    return _text(where, table, "id"), _text(where, table, "version"), _text(where, table, "title")


def _parse_areas(path: Path, locator: _Locator, data: Mapping[str, object]) -> dict[AreaKey, CatalogueArea]:
    areas: dict[AreaKey, CatalogueArea] = {}
    for index, value in enumerate(_table_list(path, locator, data, "area")):
        where = _Where(path, locator, "area", index)
        area = _parse_area(where, _as_table(where, value))
        if area.key in areas:
            raise where.error(f"området «{area.key}» finnes to ganger", "key")
        areas[area.key] = area
    return areas


def _parse_area(where: _Where, table: Mapping[str, object]) -> CatalogueArea:
    _reject_unknown_fields(where, table, _AREA_FIELDS)
    return CatalogueArea(
        key=_choice(where, table, "key", AreaKey, "område"),
        title=_text(where, table, "title"),
        description=_text(where, table, "description", optional=True),
        brukerplan=_brukerplan_list(where, table),
    )


def _brukerplan_list(where: _Where, table: Mapping[str, object]) -> tuple[BrukerPlanArea, ...]:
    if "brukerplan" not in table:
        raise where.error("mangler feltet «brukerplan»")
    values = table["brukerplan"]
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        reason = "feltet «brukerplan» må være en liste med minst ett BrukerPlan-område"
        raise where.error(reason, "brukerplan")
    result: list[BrukerPlanArea] = []
    for value in values:
        area = _enum_value(where, "brukerplan", str(value), BrukerPlanArea, "BrukerPlan-område")
        if area in result:
            raise where.error(f"BrukerPlan-området «{area}» står to ganger", "brukerplan")
        result.append(area)
    return tuple(result)


def _parse_items(
    path: Path,
    locator: _Locator,
    data: Mapping[str, object],
    areas: Mapping[AreaKey, CatalogueArea],
) -> list[CatalogueItem]:
    items: list[CatalogueItem] = []
    seen: set[str] = set()
    for index, value in enumerate(_table_list(path, locator, data, "item")):
        where = _Where(path, locator, "item", index)
        item = _parse_item(where, _as_table(where, value))
        if item.key in seen:
            raise where.error(f"punktet «{item.key}» finnes to ganger", "key")
        if item.area not in areas:
            reason = f"punktet «{item.key}» hører til området «{item.area}», som mangler en [[area]]-tabell"
            raise where.error(reason, "area")
        seen.add(item.key)
        items.append(item)
    return items


def _parse_item(where: _Where, table: Mapping[str, object]) -> CatalogueItem:
    _reject_unknown_fields(where, table, _ITEM_FIELDS)
    key = _text(where, table, "key")
    area = _choice(where, table, "area", AreaKey, "område")
    _check_item_key(where, key, area)
    return CatalogueItem(
        key=key,
        area=area,
        text=_text(where, table, "text"),
        help=_text(where, table, "help", optional=True),
        timing=_timing(where, table),
        required=_flag(where, table, "required"),
        brukerplan=_choice(where, table, "brukerplan", BrukerPlanArea, "BrukerPlan-område"),
        default_responsible=_choice(where, table, "responsible", Responsible, "ansvarlig"),
    )


def _check_item_key(where: _Where, key: str, area: AreaKey) -> None:
    if not _ITEM_KEY.fullmatch(key):
        reason = f"nøkkelen «{key}» må ha formen område.navn, med små bokstaver, tall og _"
        raise where.error(reason, "key")
    if not key.startswith(f"{area}."):
        raise where.error(f"nøkkelen «{key}» må begynne med områdets navn: «{area}.»", "key")


def _require_items_in_every_area(
    path: Path,
    locator: _Locator,
    areas: Mapping[AreaKey, CatalogueArea],
    items: list[CatalogueItem],
) -> None:
    used = {item.area for item in items}
    for index, key in enumerate(areas):
        if key not in used:
            raise _Where(path, locator, "area", index).error(f"området «{key}» har ingen punkter", "key")
