"""The patient's extract (innsynslogg): exactly the opens and changes of their plan, and nothing else."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from dischargeplanner.app import Context, catalogue_loader
from dischargeplanner.documents.access_extract import KIND_WORDS, RIGHTS, check_text
from dischargeplanner.documents.document import Paragraph, Table
from dischargeplanner.domain.access_log import (
    AccessKind,
    AccessLogService,
    AccessQuery,
    AuditId,
    ChainBreak,
    ChainReport,
)
from dischargeplanner.domain.model import (
    AreaKey,
    AuditEntry,
    DocumentKind,
    ItemState,
    Patient,
    PlanId,
    Responsible,
)
from dischargeplanner.domain.services import NotFoundError, PlanService
from dischargeplanner.storage.audit import SqliteAccessLogStore
from dischargeplanner.storage.repository import SqlitePlanStore
from helpers import TEST_USER, MakeDraft, documents_at

DAY = date(2026, 3, 2)


class WallClock:
    """A stopped clock the test moves: `at(9, 2)` is 09:02 on DAY from then on."""

    def __init__(self) -> None:
        self.now = self.at(9, 0)

    def at(self, hour: int, minute: int) -> datetime:
        self.now = datetime.combine(DAY, time(hour, minute)).astimezone()
        return self.now

    def __call__(self) -> datetime:
        return self.now


def _plans(context: Context, clock: Callable[[], datetime]) -> PlanService:
    numbers = frozenset(kommune.number for kommune in context.kommuner)
    store = SqlitePlanStore(context.conn, clock)
    return PlanService(store, catalogue_loader(context.data_dir), lambda: numbers, clock)


class Ward:
    """Two plans: the patient's, opened and changed by Kari; another, opened and changed by Ola."""

    def __init__(self, context: Context, make_draft: MakeDraft) -> None:
        clock = WallClock()
        plans = _plans(context, clock)
        self.access = AccessLogService(SqliteAccessLogStore(context.conn, clock), clock)
        self.mine, _ = plans.start_plan(make_draft(), TEST_USER)
        clock.at(9, 1)
        self.other, _ = plans.start_plan(
            make_draft(patient=Patient("Prøve Prøvesen", None), responsible_staff="Ola Annensen"), "ola"
        )
        clock.at(9, 2)
        self.access.opened(self.mine, "kari")
        clock.at(9, 3)
        self.access.opened(self.other, "ola")
        clock.at(9, 4)
        plans.set_item_state(plans.plan_detail(self.mine).items[0].item_id, ItemState.DONE, "kari")
        clock.at(9, 5)
        plans.set_item_state(plans.plan_detail(self.other).items[0].item_id, ItemState.DONE, "ola")
        clock.at(9, 6)
        plans.add_action(
            self.mine, AreaKey.HOUSING, "Søke kommunal bolig", Responsible.WARD, "", None, "kari"
        )
        clock.at(9, 7)
        self.access.opened(self.mine, "kari")
        clock.at(10, 30)


@pytest.fixture
def ward(context: Context, make_draft: MakeDraft) -> Ward:
    return Ward(context, make_draft)


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def test_the_extract_lists_exactly_the_opens_and_changes_of_this_plan(
    context: Context, ward: Ward, tmp_path: Path
) -> None:
    maker = documents_at(context, DAY)
    made = maker.make_access_extract(ward.access, ward.mine, "kari")
    target = tmp_path / made.file_name
    maker.save_access_extract(ward.access, made, target, "kari")

    table = made.document.section("entries").blocks[1]
    assert isinstance(table, Table)
    assert table.rows == (
        ("02.03.2026 kl. 09.00", TEST_USER, "Opprettet planen"),
        ("02.03.2026 kl. 09.02", "kari", "Åpnet planen"),
        ("02.03.2026 kl. 09.04", "kari", "Endret sjekkpunkt"),
        ("02.03.2026 kl. 09.06", "kari", "Endret avtalt tiltak"),
        ("02.03.2026 kl. 09.07", "kari", "Åpnet planen"),
    )
    text = _pdf_text(target.read_bytes())
    assert "Innsynslogg" in text
    assert "Testa Testesen" in text
    assert text.count("Åpnet planen") == 2
    assert text.count("Endret sjekkpunkt") == 1
    assert text.count("Endret avtalt tiltak") == 1
    assert text.count("Opprettet planen") == 1
    assert "5 registreringer: planen er åpnet 2 ganger, endret 3 ganger" in " ".join(text.split())
    # Nothing about the other plan or the one who worked on it.
    for other in ("Prøve Prøvesen", "ola", "Ola Annensen"):
        assert other not in text
    # The check covers the whole log (the test user's setup, then both plans: 9 rows), not one plan's.
    assert "Loggen er hel: alle 9 rader" in " ".join(text.split())
    assert "helsepersonelloven § 21 a" in " ".join(text.split())


def test_the_extract_says_its_period_and_who_made_it(context: Context, ward: Ward) -> None:
    document = documents_at(context, DAY).access_extract(
        ward.access, ward.mine, "kari", full_name=lambda user: {"kari": "Kari Nordmann"}.get(user, user)
    )
    fields = dict(document.section("about").blocks[0].rows)  # type: ignore[union-attr]
    assert fields["Pasient"] == "Testa Testesen"
    assert fields["Periode"] == "02.03.2026–02.03.2026"
    assert fields["Laget av"] == "Kari Nordmann"
    table = document.section("entries").blocks[1]
    assert isinstance(table, Table)
    assert [row[1] for row in table.rows] == [TEST_USER, *["Kari Nordmann"] * 4]
    assert document.title == "Innsynslogg"
    assert document.made_on == DAY
    assert [section.key for section in document.sections] == ["about", "entries", "check", "rights"]
    rights = document.section("rights").blocks
    assert tuple(block.text for block in rights if isinstance(block, Paragraph)) == RIGHTS


def test_saving_the_extract_is_itself_logged_for_the_plan(
    context: Context, ward: Ward, tmp_path: Path
) -> None:
    maker = documents_at(context, DAY)
    made = maker.make_access_extract(ward.access, ward.mine, "kari")
    assert made.file_name == "Innsynslogg Testa Testesen 2026-03-02.pdf"
    maker.save_access_extract(ward.access, made, tmp_path / "innsyn.pdf", "kari")
    last = ward.access.entries(AccessQuery(plan_id=ward.mine))[-1]
    assert last.kind is AccessKind.ACCESS_EXTRACT
    assert last.detail == f"{made.sha256[:12]} innsyn.pdf"
    # The next extract shows the first one among the documents.
    again = maker.access_extract(ward.access, ward.mine, "kari")
    table = again.section("entries").blocks[1]
    assert isinstance(table, Table)
    assert table.rows[-1][2] == "Lagret innsynslogg som PDF"


def test_a_broken_chain_is_said_in_the_extract(context: Context, ward: Ward) -> None:
    audit_id = context.conn.execute("SELECT min(audit_id) FROM audit_log").fetchone()[0]
    context.conn.execute("DROP TRIGGER audit_log_no_update")
    context.conn.execute("UPDATE audit_log SET user = 'noen' WHERE audit_id = ?", (audit_id,))
    document = documents_at(context, DAY).access_extract(ward.access, ward.mine, "kari")
    check = document.section("check").blocks[0]
    assert isinstance(check, Paragraph)
    assert check.emphasis
    assert f"brudd i loggen ved rad {audit_id}" in check.text
    assert "endret etter at den ble skrevet" in check.text


def test_an_unknown_plan_has_no_extract(context: Context, ward: Ward) -> None:
    with pytest.raises(NotFoundError):
        documents_at(context, DAY).make_access_extract(ward.access, PlanId(999), "kari")


def test_every_kind_and_break_has_norwegian_words() -> None:
    assert set(KIND_WORDS) == set(AccessKind)
    for reason in ChainBreak:
        assert check_text(ChainReport(3, AuditId(2), reason)).startswith("Kontrollen fant et brudd")
    assert check_text(ChainReport(3)).startswith("Loggen er hel: alle 3 rader")


def test_an_unknown_action_is_named_by_its_code(context: Context, ward: Ward) -> None:
    SqliteAccessLogStore(context.conn).log(AuditEntry("kari", "plan.merge", ward.mine))
    document = documents_at(context, DAY).access_extract(ward.access, ward.mine, "kari")
    table = document.section("entries").blocks[1]
    assert isinstance(table, Table)
    assert table.rows[-1][2] == "Annen handling (plan.merge)"


def test_documents_saved_or_printed_show_in_the_extract(context: Context, ward: Ward, tmp_path: Path) -> None:
    maker = documents_at(context, DAY)
    copy = maker.make(ward.mine, DocumentKind.PATIENT)
    maker.save(copy, tmp_path / copy.file_name, "kari")
    maker.printed(copy, "kari")
    table = maker.access_extract(ward.access, ward.mine, "kari").section("entries").blocks[1]
    assert isinstance(table, Table)
    assert [(row[1], row[2]) for row in table.rows[-2:]] == [
        ("kari", "Lagret dokument som PDF"),
        ("kari", "Skrev ut dokument"),
    ]
