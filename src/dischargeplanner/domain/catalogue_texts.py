"""The checklist's texts in another language (Nynorsk, English), for showing stored plans in it.

A plan keeps the texts of the checklist it was made from (in Bokmål). A translation file beside the
checklist (`tsb-standard.nn.toml` or `tsb-standard.en.toml` beside `tsb-standard.toml`) gives, by
the same keys, the area titles and descriptions and the items' texts and help. `Wording` maps each
Bokmål text of the checklist to its translation, so a stored text is shown translated when it is
still the checklist's own, and as stored otherwise (a ward's own checklist, or a text from another
version). Only what is shown changes; what is stored stays as it was.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from dischargeplanner.domain.model import PlanDetail

_TEXTS = {"area": ("title", "description"), "item": ("text", "help")}


@dataclass(frozen=True)
class Wording:
    """Bokmål text -> the same text in the language shown; empty: everything as stored."""

    texts: Mapping[str, str] = field(default_factory=dict)

    def shown(self, text: str) -> str:
        return self.texts.get(text, text)

    def detail(self, detail: PlanDetail) -> PlanDetail:
        """The plan with its checklist texts as shown (a copy: never to be stored)."""
        if not self.texts:
            return detail
        return replace(
            detail,
            areas=tuple(replace(area, title=self.shown(area.title)) for area in detail.areas),
            items=tuple(
                replace(item, text=self.shown(item.text), help=self.shown(item.help)) for item in detail.items
            ),
        )


def translation_path(catalogue: Path, language: str) -> Path:
    return catalogue.with_suffix(f".{language}.toml")


def load_wording(catalogue: Path, language: str) -> Wording:
    """The wording for `language` of the checklist file `catalogue`; empty when there is no
    translation file, or it is for another catalogue or version (its texts would not fit)."""
    translated = translation_path(catalogue, language)
    if not translated.is_file():
        return Wording()
    with catalogue.open("rb") as file:
        source = tomllib.load(file)
    with translated.open("rb") as file:
        target = tomllib.load(file)
    same = ("id", "version")
    if any(source["catalogue"].get(key) != target.get("catalogue", {}).get(key) for key in same):
        return Wording()
    texts: dict[str, str] = {}
    for table, names in _TEXTS.items():
        by_key = {entry["key"]: entry for entry in target.get(table, [])}
        for entry in source.get(table, []):
            other = by_key.get(entry["key"], {})
            for name in names:
                if entry.get(name) and other.get(name):
                    texts[entry[name]] = other[name]
    return Wording(texts)
