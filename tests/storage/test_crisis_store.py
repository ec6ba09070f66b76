"""The crisis tables: every record written and read back whole, the table rules, the upgrade."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.crisis_model import CrisisPlan, ReturnAgreement, UnplannedProcedure, UserBed
from dischargeplanner.domain.model import AuditEntry, PlanId
from dischargeplanner.domain.services import NotFoundError, StorageError
from dischargeplanner.storage.audit import audit_trail
from dischargeplanner.storage.crisis import SqliteCrisisStore
from dischargeplanner.storage.db import open_database, pending_migrations
from helpers import INTEGRITY_ERRORS, TEST_USER

FIXTURES = Path(__file__).parent / "fixtures"
CRISIS_TABLES = ("crisis_plan", "crisis_bed", "crisis_return", "crisis_procedure")
NOW = datetime(2026, 11, 2, 11, 0, tzinfo=UTC)


@pytest.fixture
def store(context: Context) -> SqliteCrisisStore:
    return SqliteCrisisStore(context.conn, lambda: NOW)


def audit(action: str, plan_id: PlanId) -> AuditEntry:
    return AuditEntry(TEST_USER, action, plan_id)


def every_field(plan_id: PlanId) -> tuple[CrisisPlan, UserBed, ReturnAgreement, UnplannedProcedure]:
    return (
        CrisisPlan(
            plan_id,
            warning_signs="Sover dårlig\nSvarer ikke på «telefonen»",
            what_helps="Gå tur; ringe søsteren",
            day_contact="Ruskonsulent Demo",
            day_phone="+47 12 34 56 78",
            night_contact="Legevakt",
            night_phone="116 117",
            how_to_meet='Rolig, "rett fram" 😀',
            risk_notes="Redusert toleranse.\n\nOverdosefare.",
            updated_on=date(2026, 11, 1),
            updated_by="Kari Test",
        ),
        UserBed(plan_id, True, "Eksempel DPS", date(2026, 11, 2), date(2027, 5, 2), 3, 0, "Ring 12 34 56 78"),
        ReturnAgreement(plan_id, "Ny innleggelse innen en uke.", date(2026, 10, 30), "Pasienten og kommunen"),
        UnplannedProcedure(
            plan_id,
            notify="Ruskonsulent Demo",
            notify_phone="12 34 56 78",
            told_by="Kontaktpersonen",
            also_do="Varsle søsteren\n(samtykke gitt)",
            recorded_on=date(2026, 10, 3),
            recorded_by="Kari Test",
            followed_on=date(2026, 11, 2),
            followed_by="Ola Test",
            followed_note="Ringte kl. 10.",
        ),
    )


def test_a_plan_with_nothing_recorded_reads_as_empty_records(
    store: SqliteCrisisStore, plan_id: PlanId
) -> None:
    assert store.crisis_plan(plan_id) == CrisisPlan(plan_id)
    assert store.bed(plan_id) == UserBed(plan_id)
    assert store.return_agreement(plan_id) == ReturnAgreement(plan_id)
    assert store.procedure(plan_id) == UnplannedProcedure(plan_id)


def test_every_record_comes_back_with_every_field(
    store: SqliteCrisisStore, plan_id: PlanId, context: Context
) -> None:
    crisis_plan, bed, agreement, procedure = every_field(plan_id)
    version = store.plan(plan_id).version
    store.save_crisis_plan(crisis_plan, audit("crisis.plan", plan_id))
    store.save_bed(bed, audit("crisis.bed", plan_id))
    store.save_return_agreement(agreement, audit("crisis.return", plan_id))
    store.save_procedure(procedure, audit("crisis.procedure", plan_id))

    assert store.crisis_plan(plan_id) == crisis_plan
    assert store.bed(plan_id) == bed
    assert store.return_agreement(plan_id) == agreement
    assert store.procedure(plan_id) == procedure
    assert store.plan(plan_id).version == version + 4  # each write tells other windows the plan changed
    assert [r.action for r in audit_trail(context.conn, plan_id)[-4:]] == [
        "crisis.plan",
        "crisis.bed",
        "crisis.return",
        "crisis.procedure",
    ]


def test_a_record_is_replaced_whole(store: SqliteCrisisStore, plan_id: PlanId, context: Context) -> None:
    crisis_plan, bed, agreement, procedure = every_field(plan_id)
    store.save_crisis_plan(crisis_plan, audit("crisis.plan", plan_id))
    store.save_crisis_plan(CrisisPlan(plan_id), audit("crisis.plan", plan_id))
    store.save_bed(bed, audit("crisis.bed", plan_id))
    store.save_bed(UserBed(plan_id), audit("crisis.bed", plan_id))
    store.save_return_agreement(agreement, audit("crisis.return", plan_id))
    store.save_return_agreement(ReturnAgreement(plan_id), audit("crisis.return", plan_id))
    store.save_procedure(procedure, audit("crisis.procedure", plan_id))
    store.save_procedure(UnplannedProcedure(plan_id), audit("crisis.procedure", plan_id))
    assert store.crisis_plan(plan_id) == CrisisPlan(plan_id)
    assert store.bed(plan_id) == UserBed(plan_id)
    assert store.return_agreement(plan_id) == ReturnAgreement(plan_id)
    assert store.procedure(plan_id) == UnplannedProcedure(plan_id)
    for table in CRISIS_TABLES:  # one row per plan each
        assert context.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 1


def test_the_tables_refuse_what_the_service_refuses(
    store: SqliteCrisisStore, plan_id: PlanId, context: Context
) -> None:
    version = store.plan(plan_id).version
    trail = audit_trail(context.conn)
    refused = (
        UserBed(plan_id, True, "DPS", date(2026, 11, 2), date(2026, 11, 1)),  # ends before it starts
        UserBed(plan_id, True, "DPS", None, None),  # a contract without dates
        UserBed(plan_id, max_days_per_stay=0),
        UserBed(plan_id, max_days_per_stay=31),
        UserBed(plan_id, min_days_between=91),
    )
    for bed in refused:
        with pytest.raises(StorageError):
            store.save_bed(bed, audit("crisis.bed", plan_id))
    with pytest.raises(StorageError):  # followed, but by nobody
        store.save_procedure(UnplannedProcedure(plan_id, followed_on=date(2026, 11, 2)), audit("x", plan_id))
    with pytest.raises(INTEGRITY_ERRORS):
        context.conn.execute("INSERT INTO crisis_bed (plan_id, has_contract) VALUES (?, 2)", (plan_id,))
    assert store.bed(plan_id) == UserBed(plan_id)
    assert store.plan(plan_id).version == version
    assert audit_trail(context.conn) == trail


def test_a_plan_that_does_not_exist_is_not_found_and_nothing_is_logged(
    store: SqliteCrisisStore, context: Context
) -> None:
    trail = audit_trail(context.conn)
    with pytest.raises(NotFoundError):
        store.save_crisis_plan(CrisisPlan(PlanId(404), what_helps="x"), audit("crisis.plan", PlanId(404)))
    with pytest.raises(NotFoundError):
        store.plan(PlanId(404))
    assert audit_trail(context.conn) == trail


def test_deleting_a_plan_deletes_its_crisis_records(
    store: SqliteCrisisStore, plan_id: PlanId, context: Context
) -> None:
    crisis_plan, bed, agreement, procedure = every_field(plan_id)
    store.save_crisis_plan(crisis_plan, audit("crisis.plan", plan_id))
    store.save_bed(bed, audit("crisis.bed", plan_id))
    store.save_return_agreement(agreement, audit("crisis.return", plan_id))
    store.save_procedure(procedure, audit("crisis.procedure", plan_id))
    context.conn.execute("DELETE FROM plan WHERE plan_id = ?", (plan_id,))
    for table in CRISIS_TABLES:
        assert context.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


def test_a_database_from_before_crisis_upgrades_with_empty_crisis_tables(tmp_path: Path) -> None:
    copy = tmp_path / "dischargeplanner.sqlite3"
    shutil.copy(FIXTURES / "schema-0004_selfhelp.sqlite3", copy)
    conn = open_database(copy)
    try:
        assert pending_migrations(conn) == []
        for table in CRISIS_TABLES:
            assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
        store = SqliteCrisisStore(conn)
        plan_id = PlanId(conn.execute("SELECT MIN(plan_id) FROM plan").fetchone()[0])
        assert store.procedure(plan_id) == UnplannedProcedure(plan_id)
        store.save_procedure(
            UnplannedProcedure(plan_id, "Ruskonsulent Demo"), audit("crisis.procedure", plan_id)
        )
        assert store.procedure(plan_id).notify == "Ruskonsulent Demo"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
