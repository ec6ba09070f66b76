"""The PDF as a reader gets it: text back out with pypdf, fonts, pages, header and footer."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from io import BytesIO
from typing import Any

import pytest
from pypdf import PdfReader

from dischargeplanner.documents import pdf
from dischargeplanner.documents.document import (
    BulletList,
    Chip,
    DocumentKind,
    Fields,
    HandoverDocument,
    Paragraph,
    Section,
    Signatures,
    StatusRow,
    StatusTable,
    Subheading,
    Table,
)
from dischargeplanner.domain.model import TrafficLight
from synthetic import make_fodselsnummer

NAME = "Åse Ŋorga Đuolbmá"
PATIENT_LINE = f"{NAME}, f.nr. {make_fodselsnummer(date(1985, 3, 14))}"
MARKING = "Taushetsbelagt – helsepersonelloven § 21"
SENDER = "Avdeling Ø, Rusbehandling Nord"
LETTERS = ("ÆØÅ", "æøå", "ÁČĐŊŠŦŽ", "áčđŋšŧž", "Čáhcesuolu", "Kárášjohka")
NOTE = (
    "Dose < 5 mg & aldri > 10 mg.\nPasienten ønsker å bo nær familien i Kárášjohka og har avtale med "
    "fastlegen hver fjortende dag. "
) * 20
NOTE = NOTE[:2000]  # a long note: 2,000 characters with line breaks and markup characters


def _status() -> StatusTable:
    words = {
        TrafficLight.NOT_ASSESSED: "Ikke vurdert",
        TrafficLight.GREEN: "Grønn",
        TrafficLight.YELLOW: "Gul",
    }
    chips = {light: Chip(light, word) for light, word in {**words, TrafficLight.RED: "Rød"}.items()}
    rows = (
        StatusRow(
            "Bolig", chips[TrafficLight.RED], "Uten bolig.", chips[TrafficLight.GREEN], "Leilighet fra mai."
        ),
        StatusRow(
            "Økonomi", chips[TrafficLight.NOT_ASSESSED], "", chips[TrafficLight.YELLOW], "Gjeldsrådgivning."
        ),
    )
    return StatusTable(("Område", "Ved innleggelse", "Ved utskrivning"), rows)


def _document(*sections: Section, kind: DocumentKind = DocumentKind.KOMMUNE) -> HandoverDocument:
    return HandoverDocument(
        kind,
        "Overføring til kommunen",
        "Utskrivningsplan",
        MARKING,
        PATIENT_LINE,
        SENDER,
        date(2025, 5, 3),
        sections,
    )


def _rich(kind: DocumentKind = DocumentKind.KOMMUNE) -> HandoverDocument:
    return _document(
        Section(
            "identity", "Pasient og avsender", (Fields((("Navn", NAME), ("Bokstaver", " ".join(LETTERS)))),)
        ),
        Section("important", "Viktig å vite", (Paragraph("Samtykke gitt for bolig.", emphasis=True),)),
        Section("status", "Status per område", (_status(),)),
        Section(
            "areas",
            "Tiltak per område",
            (
                Subheading("Bolig"),
                BulletList(("Søknad innvilget", "Depositum avklart")),
                Paragraph("Møte avtalt."),
            ),
        ),
        Section(
            "tasks", "Oppgaver", (Table(("Oppgave", "Ansvarlig"), (("Støttekontakt", "Kommunen"),), (3, 1)),)
        ),
        Section("medicines", "Legemidler", (), "Ingen legemidler registrert."),
        Section("sign", "Underskrifter", (Signatures(("Pasient", "Behandler"), "Sted og dato: ________"),)),
        kind=kind,
    )


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(data)).pages]


def _body_lines(page_text: str) -> list[str]:
    """The page's text lines without the running header and footer."""
    running = (MARKING, PATIENT_LINE, SENDER)
    lines = [line for line in page_text.splitlines() if line.strip() and not any(r in line for r in running)]
    return [line for line in lines if not re.fullmatch(r"\s*Side \d+ av \d+\s*", line)]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def rich_pdf() -> bytes:
    return pdf.render(_rich())


def test_titles_sections_and_letters_come_back_intact(rich_pdf: bytes) -> None:
    text = "\n".join(_pages(rich_pdf))
    assert "Overføring til kommunen\nUtskrivningsplan" in text
    for number, section in enumerate(_rich().sections, start=1):
        assert f"{number}. {section.title}\n" in text
    for word in (*LETTERS, NAME, "Ikke vurdert", "Grønn", "Gul", "Rød", "Ingen legemidler registrert."):
        assert word in text


def test_patient_copy_has_no_section_numbers() -> None:
    text = "\n".join(_pages(pdf.render(_rich(DocumentKind.PATIENT))))
    assert "Viktig å vite" in text
    assert "2. Viktig å vite" not in text


def test_every_page_has_header_and_page_of_total() -> None:
    rows = tuple((f"Oppgave {i}", "Kommunen") for i in range(120))
    pages = _pages(
        pdf.render(_document(Section("tasks", "Oppgaver", (Table(("Oppgave", "Hvem"), rows, (3, 1)),))))
    )
    assert len(pages) > 1
    for number, text in enumerate(pages, start=1):
        assert MARKING in text
        assert PATIENT_LINE in text
        assert "03.05.2025" in text
        assert f"Side {number} av {len(pages)}" in text


def _fonts(data: bytes) -> list[Any]:
    fonts = []
    for page in PdfReader(BytesIO(data)).pages:
        resources = page["/Resources"].get_object()
        for reference in resources.get("/Font", {}).values():
            font = reference.get_object()
            fonts.append(font)
            fonts.extend(descendant.get_object() for descendant in font.get("/DescendantFonts", ()))
    return fonts


def test_every_font_is_embedded_dejavu(rich_pdf: bytes) -> None:
    fonts = [font for font in _fonts(rich_pdf) if font.get("/Subtype") != "/Type0"]
    assert fonts
    for font in fonts:
        assert "DejaVuSans" in font["/BaseFont"], font["/BaseFont"]
        descriptor = font["/FontDescriptor"].get_object()
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]


def test_pages_are_a4(rich_pdf: bytes) -> None:
    for page in PdfReader(BytesIO(rich_pdf)).pages:
        assert float(page.mediabox.width) == pytest.approx(595.28, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(841.89, abs=0.5)


def test_long_table_repeats_its_header_on_every_page() -> None:
    rows = tuple((f"Rad {i}", f"Ansvarlig {i}", "01.06.2025") for i in range(120))
    table = Table(("Oppgave å følge opp", "Ansvarlig", "Frist"), rows, (3, 2, 1))
    pages = _pages(pdf.render(_document(Section("tasks", "Oppgaver", (table,)))))
    assert len(pages) >= 3
    for text in pages:
        assert "Oppgave å følge opp" in text
    text = "\n".join(pages)
    assert all(f"Rad {i}\n" in text or f"Rad {i} " in text for i in range(120))


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_a_long_note_wraps_and_is_never_clipped(kind: DocumentKind) -> None:
    table = Table(("Tema", "Notat"), (("Bolig", NOTE),), (1, 3))
    blocks = (table, Paragraph(NOTE), Paragraph(NOTE, emphasis=True))
    pages = _pages(pdf.render(_document(Section("notes", "Notater", blocks), kind=kind)))
    # The header row repeats where the note's row splits across pages; leave it out.
    lines = [line for page in pages for line in _body_lines(page) if line.strip() not in ("Tema", "Notat")]
    body = _squash("".join(lines))
    assert body.count(_squash(NOTE)) == 3


def test_an_empty_section_shows_its_empty_text(rich_pdf: bytes) -> None:
    assert "Legemidler\nIngen legemidler registrert." in "\n".join(_pages(rich_pdf))


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_a_heading_never_ends_a_page(kind: DocumentKind) -> None:
    """Push the second section down line by line: its heading always shares a page with its content."""
    filler = "Utfyllende tekst som tar to linjer på siden når den settes med vanlig skrift i brødteksten her."
    for count in range(18, 46 if kind is DocumentKind.KOMMUNE else 30):
        blocks = tuple(Paragraph(f"{i}: {filler}") for i in range(count))
        document = _document(
            Section("one", "Første del", blocks),
            Section("two", "Andre del", (Subheading("Underoverskrift"), Paragraph("Innhold i andre del."))),
            kind=kind,
        )
        pages = [_body_lines(text) for text in _pages(pdf.render(document))]
        for lines in pages:
            assert not lines[-1].endswith(("Andre del", "Underoverskrift")), (count, lines[-3:])
        [page] = [lines for lines in pages if any(line.endswith("Andre del") for line in lines)]
        assert "Innhold i andre del." in page, count


def test_the_same_document_gives_the_same_bytes(rich_pdf: bytes) -> None:
    assert pdf.render(_rich()) == rich_pdf


def _font_sizes(data: bytes) -> Counter[float]:
    sizes: Counter[float] = Counter()
    for page in PdfReader(BytesIO(data)).pages:
        content = page.get_contents()
        assert content is not None
        for size in re.findall(rb"/F\d+\+?\d* ([\d.]+) Tf", content.get_data()):
            sizes[float(size)] += 1
    return sizes


def test_the_patient_copy_has_bigger_type(rich_pdf: bytes) -> None:
    [(kommune_body, _)] = _font_sizes(rich_pdf).most_common(1)
    [(patient_body, _)] = _font_sizes(pdf.render(_rich(DocumentKind.PATIENT))).most_common(1)
    assert 9.0 <= kommune_body <= 10.5
    assert patient_body >= 12.5
    assert patient_body > kommune_body


def test_metadata_names_the_document_and_its_sender(rich_pdf: bytes) -> None:
    metadata = PdfReader(BytesIO(rich_pdf)).metadata
    assert metadata is not None
    assert (metadata.title, metadata.author) == ("Overføring til kommunen", SENDER)
