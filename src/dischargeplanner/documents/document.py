"""A document as pure data: sections of simple blocks, ready for any renderer.

`handover.build` (for a recipient) and `patient_copy.build` fill these in (consent already applied);
`pdf.render` lays them out. Golden tests compare `as_data()` of a built document.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from dischargeplanner.domain.model import DocumentKind, TrafficLight

__all__ = [
    "Block",
    "BulletList",
    "Chip",
    "DocumentKind",
    "Fields",
    "HandoverDocument",
    "Paragraph",
    "Section",
    "Signatures",
    "StatusRow",
    "StatusTable",
    "Subheading",
    "Table",
]


@dataclass(frozen=True)
class Paragraph:
    """Running text; `emphasis` sets it apart (an important note, a refusal to share)."""

    text: str
    emphasis: bool = False


@dataclass(frozen=True)
class Subheading:
    """A heading inside a section (an area's name); kept with what follows it."""

    text: str


@dataclass(frozen=True)
class Fields:
    """Label–value pairs in two columns (identity, sender)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A table whose header row repeats when it splits across pages.

    `weights` are the relative column widths, one per header.
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    weights: tuple[float, ...]


@dataclass(frozen=True)
class Chip:
    """A traffic light as colour and word, so it reads in black and white too."""

    light: TrafficLight
    word: str


@dataclass(frozen=True)
class StatusRow:
    area: str
    admission: Chip
    admission_reason: str
    discharge: Chip
    discharge_reason: str


@dataclass(frozen=True)
class StatusTable:
    """Status per area at admission and at discharge (or now, before discharge)."""

    headers: tuple[str, str, str]
    rows: tuple[StatusRow, ...]


@dataclass(frozen=True)
class Signatures:
    """Lines to sign on paper: one per role, each with place and date."""

    roles: tuple[str, ...]
    place_and_date: str


Block = Paragraph | Subheading | Fields | BulletList | Table | StatusTable | Signatures


@dataclass(frozen=True)
class Section:
    """A numbered part of the document; a section with no blocks prints `empty_text`."""

    key: str
    title: str
    blocks: tuple[Block, ...] = ()
    empty_text: str = ""


@dataclass(frozen=True)
class HandoverDocument:
    """What a renderer needs: the running header and footer, and the sections in order."""

    kind: DocumentKind
    title: str
    subtitle: str
    marking: str
    patient_line: str
    sender_line: str
    made_on: date
    sections: tuple[Section, ...]
    # Areas left out for want of consent, by title (kommune documents only).
    left_out: tuple[str, ...] = field(default=())
    # Who the document is for: the consent's recipient, or the patient.
    recipient: str = ""

    def section(self, key: str) -> Section:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    def as_data(self) -> dict[str, Any]:
        """Plain JSON-able data with each block's type named, for golden files."""
        data = asdict(self)
        data["made_on"] = self.made_on.isoformat()
        data["kind"] = self.kind.value
        for section_data, section in zip(data["sections"], self.sections, strict=True):
            for block_data, block in zip(section_data["blocks"], section.blocks, strict=True):
                block_data["type"] = type(block).__name__
        return data
