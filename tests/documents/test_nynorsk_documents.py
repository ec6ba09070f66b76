"""A recipient who writes Nynorsk gets the handover and the minutes in Nynorsk; Bokmål is unchanged.

The language is chosen per recipient in their consent; a caller may ask for the other one for a
single document. Read back from the PDF, as the kommune will read it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader
from test_handover import pdf_text, squeezed
from test_nynorsk_complete import phrases

from dischargeplanner.app import Context
from dischargeplanner.documents.export import DocumentMaker
from dischargeplanner.documents.language import placeholders
from dischargeplanner.domain.model import DocumentKind, DocumentLanguage, PlanId, RecipientKind
from helpers import TEST_USER, care_at, demo_ward_at, documents_at, open_test_context, sharing_at

TODAY = date(2026, 11, 2)
# Words Bokmål has and Nynorsk does not: none may be left in a Nynorsk document's own texts.
BOKMAL_ONLY = re.compile(
    r"\b(ikke|hvem|hva|hvor|fra|noen|bare|mye|jeg|ennå|tjeneste|mottaker)\b", re.IGNORECASE
)


@pytest.fixture(scope="module")
def ward(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Context, list[PlanId]]]:
    context = open_test_context(tmp_path_factory.mktemp("nynorsk") / "data")
    plan_ids = demo_ward_at(context, TODAY)
    yield context, plan_ids
    context.close()


@pytest.fixture(scope="module")
def maker(ward: tuple[Context, list[PlanId]]) -> DocumentMaker:
    return documents_at(ward[0], TODAY)


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, (list, tuple)):
        for value in data:
            yield from _strings(value)


def _stored_texts(context: Context) -> list[str]:
    """Every text the database holds (what people typed, names, the checklist as stored), longest
    first: a document prints them as stored, in whatever language they were written."""
    texts: set[str] = set()
    tables = [row[0] for row in context.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in context.conn.execute(f"SELECT * FROM '{table}'"):
            texts.update(value for value in row if isinstance(value, str) and len(value) > 2)
    for value in list(texts):
        texts.update(line for line in value.splitlines() if len(line) > 2)
    return sorted(texts, key=len, reverse=True)


def _own_words(text: str, stored: list[str]) -> str:
    """`text` without what came from the database: what the document itself says."""
    for value in stored:
        if value in text:
            text = text.replace(value, " ")
    return text


@pytest.mark.parametrize("number", [9, 12, 13])
def test_a_nynorsk_handover_has_no_bokmal_of_its_own(
    ward: tuple[Context, list[PlanId]], maker: DocumentMaker, number: int
) -> None:
    context, plan_ids = ward
    plan_id = plan_ids[number - 1]
    document = maker.document(plan_id, DocumentKind.KOMMUNE, language=DocumentLanguage.NN)
    stored = _stored_texts(context)
    # Bokmål templates whose Nynorsk differs must not be printed as they stand.
    different = {nb for nb, entries in phrases().items() if entries[0][0] != nb and not placeholders(nb)}
    left = []
    for text in _strings(document.as_data()):
        own = _own_words(text, stored)
        if own.strip() in different or BOKMAL_ONLY.search(own):
            left.append(text)
    assert left == []


def test_the_recipients_consent_chooses_nynorsk_and_the_pdf_says_so(
    ward: tuple[Context, list[PlanId]], maker: DocumentMaker
) -> None:
    context, plan_ids = ward
    plan_id = plan_ids[8]
    sharing = sharing_at(context, TODAY)
    kommune = next(c for c in sharing.consents(plan_id) if c.recipient_kind is RecipientKind.KOMMUNE)
    bokmal = maker.make(plan_id, DocumentKind.KOMMUNE)
    sharing.update_consent(replace(kommune, language=DocumentLanguage.NN), TEST_USER)
    try:
        nynorsk = maker.make(plan_id, DocumentKind.KOMMUNE)
        asked_bokmal = maker.make(plan_id, DocumentKind.KOMMUNE, language=DocumentLanguage.NB)
    finally:
        sharing.update_consent(kommune, TEST_USER)
    text = squeezed(pdf_text(nynorsk.pdf))
    # The checklist's own areas and the document's headings, in Nynorsk.
    title = phrases()["Overføring ved utskrivning"][0][0]
    for expected in ("Bustad", "Side1av", squeezed(title)):
        assert expected in text, expected
    assert "Bolig" not in text
    assert str(PdfReader(io.BytesIO(nynorsk.pdf)).trailer["/Root"]["/Lang"]) == "nn-NO"
    assert str(PdfReader(io.BytesIO(bokmal.pdf)).trailer["/Root"]["/Lang"]) == "nb-NO"
    # Asking for Bokmål for one document gives the Bokmål one, byte for byte.
    assert asked_bokmal.pdf == bokmal.pdf
    assert "Bolig" in squeezed(pdf_text(bokmal.pdf))


def test_the_minutes_follow_the_recipients_language(
    ward: tuple[Context, list[PlanId]], maker: DocumentMaker
) -> None:
    context, plan_ids = ward
    fullest = plan_ids[11]
    meetings = care_at(context, TODAY).meetings
    held = meetings.latest_held(fullest)
    assert held is not None
    minutes = maker.make_minutes(meetings, held.meeting_id, language=DocumentLanguage.NN)
    text = squeezed(pdf_text(minutes.pdf))
    assert "Referatfrå" in text
    assert "Referatfra" not in text


def test_the_patients_copy_is_bokmal_unless_nynorsk_is_asked_for(
    ward: tuple[Context, list[PlanId]], maker: DocumentMaker
) -> None:
    plan_id = ward[1][8]
    assert maker.make(plan_id, DocumentKind.PATIENT).document.title == "Min plan"
    nynorsk = maker.document(plan_id, DocumentKind.PATIENT, language=DocumentLanguage.NN)
    stored = _stored_texts(ward[0])
    left = [text for text in _strings(nynorsk.as_data()) if BOKMAL_ONLY.search(_own_words(text, stored))]
    assert left == []


def test_the_demo_has_a_recipient_who_gets_nynorsk_without_asking(
    ward: tuple[Context, list[PlanId]], maker: DocumentMaker
) -> None:
    context, plan_ids = ward
    nynorsk = [
        (plan_id, consent.recipient)
        for plan_id in plan_ids
        for consent in context.sharing.consents(plan_id)
        if consent.language is DocumentLanguage.NN
    ]
    assert len(nynorsk) == 1
    plan_id, recipient = nynorsk[0]
    made = maker.make(plan_id, DocumentKind.KOMMUNE, recipient)
    assert made.document.title == phrases()["Overføring ved utskrivning"][0][0]
    assert "Helse" in squeezed(pdf_text(made.pdf))  # the one area besides crisis it may share
