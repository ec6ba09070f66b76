"""The national self-help organisations, read from resources/selfhelp/organisations.toml."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from pathlib import Path

from dischargeplanner.domain.selfhelp_model import Audience, Organisation


class OrganisationsError(Exception):
    """The organisations file is missing a field or has a wrong value; names the entry."""


def load_organisations(path: Path) -> tuple[Organisation, ...]:
    """Read the file; every entry needs a unique key, names, a description, audience and twelve_step."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    organisations: list[Organisation] = []
    for number, entry in enumerate(data.get("organisation", []), start=1):
        try:
            organisation = Organisation(
                key=_text(entry, "key"),
                short_name=_text(entry, "short_name"),
                name=_text(entry, "name"),
                description=_text(entry, "description"),
                audience=Audience(entry["audience"]),
                twelve_step=_flag(entry, "twelve_step"),
            )
        except (KeyError, ValueError, TypeError) as error:
            raise OrganisationsError(f"{path.name}: organisation {number}: {error}") from error
        if any(other.key == organisation.key for other in organisations):
            raise OrganisationsError(f"{path.name}: organisation {number}: key {organisation.key!r} twice")
        organisations.append(organisation)
    if not organisations:
        raise OrganisationsError(f"{path.name}: no organisations")
    return tuple(organisations)


def organisation_name(organisations: Sequence[Organisation], key: str) -> str:
    """The short name of a national organisation, or `key` itself for one not in the list."""
    for organisation in organisations:
        if organisation.key == key:
            return organisation.short_name
    return key


def _text(entry: dict[str, object], field: str) -> str:
    value = entry[field]
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{field} must be non-empty text")
    return value.strip()


def _flag(entry: dict[str, object], field: str) -> bool:
    value = entry[field]
    if not isinstance(value, bool):
        raise TypeError(f"{field} must be true or false")
    return value
