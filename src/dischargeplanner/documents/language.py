"""The written language of a document: Bokmål, or Nynorsk for a recipient who writes it.

The documents are written in Bokmål in the code. Every text a document prints goes through
`say(template, **values)`, which gives the template in the language being written: Bokmål as
it stands, Nynorsk from a phrasebook (`resources/documents/nn/*.toml`, pairs of `nb` and `nn`
templates). Texts kept in constants are marked with `marked(...)` where they are defined and
said where they are used. `tests/documents/test_nynorsk_complete.py` fails for a template
without its Nynorsk, or with other placeholders.

Which language is written is set for the making of one document (`writing(phrasebook)`), like a
translation override: the builders deep inside the handover need not pass it along. Outside
`writing` everything is Bokmål. The checklist's own texts (area titles, items) come through
`shown_detail`, by the phrasebook's `wording` from the checklist's Nynorsk file.
"""

from __future__ import annotations

import contextlib
import functools
import string
import tomllib
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

from dischargeplanner.domain.catalogue import standard_catalogue_path
from dischargeplanner.domain.catalogue_texts import Wording, load_wording
from dischargeplanner.domain.model import DocumentLanguage, PlanDetail

__all__ = [
    "Phrasebook",
    "language",
    "load_phrasebook",
    "marked",
    "phrasebook_for",
    "placeholders",
    "say",
    "shown_detail",
    "writing",
]


@dataclass(frozen=True)
class Phrasebook:
    """Bokmål template -> the same template in `language`; empty for Bokmål."""

    language: DocumentLanguage = DocumentLanguage.NB
    phrases: Mapping[str, str] = field(default_factory=dict)
    # The checklist's texts (area titles, item texts) in the same language.
    wording: Wording = field(default_factory=Wording)


BOKMAL = Phrasebook()
_WRITING: ContextVar[Phrasebook] = ContextVar("document_language", default=BOKMAL)


def say(template: str, /, **values: object) -> str:
    """`template` (Bokmål) in the language being written, its `{placeholders}` filled in."""
    text = _WRITING.get().phrases.get(template, template)
    return text.format(**values) if values else text


def marked(template: str) -> str:
    """A template kept in a constant: returned unchanged, found by the completeness test, and
    said where it is used."""
    return template


def shown_detail(detail: PlanDetail) -> PlanDetail:
    """The plan with its checklist texts in the language being written (a copy: never stored)."""
    return _WRITING.get().wording.detail(detail)


def language() -> DocumentLanguage:
    return _WRITING.get().language


@contextlib.contextmanager
def writing(phrasebook: Phrasebook) -> Iterator[Phrasebook]:
    """Write in `phrasebook`'s language until the block ends (per thread and task)."""
    token = _WRITING.set(phrasebook)
    try:
        yield phrasebook
    finally:
        _WRITING.reset(token)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _phrases_dir(resources: Path, language: DocumentLanguage) -> Path:
    return resources / "documents" / str(language)


def load_phrasebook(
    resources: Path, language: DocumentLanguage, wording: Wording | None = None
) -> Phrasebook:
    """The phrasebook for `language` from every `*.toml` in its folder (one per document module)."""
    if language is DocumentLanguage.NB:
        return BOKMAL
    phrases: dict[str, str] = {}
    for path in sorted(_phrases_dir(resources, language).glob("*.toml")):
        with path.open("rb") as file:
            for entry in tomllib.load(file).get("phrase", []):
                phrases[entry["nb"]] = entry[str(language)]
    return Phrasebook(language, phrases, wording or Wording())


@functools.cache
def phrasebook_for(language: DocumentLanguage) -> Phrasebook:
    """The program's own phrasebook for `language`, with the standard checklist's wording."""
    from dischargeplanner.paths import resources_dir  # noqa: PLC0415 - resources only when writing

    resources = resources_dir()
    return load_phrasebook(
        resources, language, load_wording(standard_catalogue_path(resources), str(language))
    )
