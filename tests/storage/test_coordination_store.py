"""The contact and coordination tables: every field written and read back whole, and the table rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.coordination_model import Contact, ContactId, ContactRole, Coordination, IpRight
from dischargeplanner.domain.model import (
    AreaKey,
    AuditEntry,
    Consent,
    ConsentForm,
    ConsentId,
    PlanId,
    RecipientKind,
)
from dischargeplanner.domain.services import NotFoundError, StorageError
from dischargeplanner.storage.audit import audit_trail
from dischargeplanner.storage.coordination import SqliteCoordinationStore
from dischargeplanner.storage.sharing import SqliteSharingStore
from helpers import INTEGRITY_ERRORS, TEST_USER, MakeDraft

NOW = datetime(2026, 11, 2, 11, 0, tzinfo=UTC)


@pytest.fixture
def store(context: Context) -> SqliteCoordinationStore:
    return SqliteCoordinationStore(context.conn, lambda: NOW)


def audit(action: str, plan_id: PlanId) -> AuditEntry:
    return AuditEntry(TEST_USER, action, plan_id)


def add_consent(context: Context, plan_id: PlanId) -> ConsentId:
    consent = Consent(
        ConsentId(0), plan_id, RecipientKind.PAARORENDE, "Søster Demo", frozenset({AreaKey.NETWORK}),
        date(2026, 10, 1), ConsentForm.ORAL, "Sosionom Test",
    )  # fmt: skip
    return SqliteSharingStore(context.conn, lambda: NOW).add_consent(
        consent, audit("consent.record", plan_id)
    )


def every_field_contact(plan_id: PlanId, consent_id: ConsentId) -> Contact:
    return Contact(
        contact_id=ContactId(0),
        plan_id=plan_id,
        role=ContactRole.OTHER,
        name='Bo "Veileder" Demo 😀',
        organisation="Bo-oppfølgingen; Eksempelby",
        phone="+47 12 34 56 78",
        email="bo@kommune.example",
        note="Ring før kl. 10\nIkke fredager",
        role_text="Boveileder",
        consent_id=consent_id,
        responsible=True,
        in_ansvarsgruppe=True,
    )


def plan_version(context: Context, plan_id: PlanId) -> int:
    return int(context.conn.execute("SELECT version FROM plan WHERE plan_id = ?", (plan_id,)).fetchone()[0])


def test_a_contact_comes_back_with_every_field(
    store: SqliteCoordinationStore, context: Context, plan_id: PlanId
) -> None:
    consent_id = add_consent(context, plan_id)
    version = plan_version(context, plan_id)
    stored = every_field_contact(plan_id, consent_id)

    contact_id = store.add_contact(stored, audit("coordination.contact.add", plan_id))
    assert store.contact(contact_id) == replace(stored, contact_id=contact_id)

    changed = Contact(contact_id, plan_id, ContactRole.NAV, "Nils Demo")
    store.save_contact(changed, audit("coordination.contact.update", plan_id))
    assert store.contacts(plan_id) == [changed]
    assert plan_version(context, plan_id) == version + 2
    assert [record.action for record in audit_trail(context.conn, plan_id)[-2:]] == [
        "coordination.contact.add",
        "coordination.contact.update",
    ]

    store.remove_contact(changed, audit("coordination.contact.remove", plan_id))
    assert store.contacts(plan_id) == []
    with pytest.raises(NotFoundError):
        store.contact(contact_id)
    with pytest.raises(NotFoundError):
        store.save_contact(changed, audit("coordination.contact.update", plan_id))


def test_the_coordination_record_comes_back_with_every_field(
    store: SqliteCoordinationStore, plan_id: PlanId
) -> None:
    assert store.coordination(plan_id) == Coordination(plan_id)
    koordinator = store.add_contact(
        Contact(ContactId(0), plan_id, ContactRole.COORDINATOR, "Koordinator Demo"), audit("add", plan_id)
    )
    record = Coordination(
        plan_id,
        IpRight.NO,
        date(2026, 10, 20),
        True,
        koordinator,
        True,
        True,
        "nordsamisk",
        "Tolk på telefon",
    )
    store.save_coordination(record, audit("coordination.save", plan_id))
    assert store.coordination(plan_id) == record
    store.save_coordination(Coordination(plan_id, IpRight.YES), audit("coordination.save", plan_id))
    assert store.coordination(plan_id) == Coordination(plan_id, IpRight.YES)


def test_marking_a_contact_responsible_clears_the_other_in_the_same_write(
    store: SqliteCoordinationStore, plan_id: PlanId
) -> None:
    first = store.add_contact(
        Contact(ContactId(0), plan_id, ContactRole.KOMMUNE_CONTACT, "Første Demo", responsible=True),
        audit("add", plan_id),
    )
    second = store.add_contact(
        Contact(ContactId(0), plan_id, ContactRole.NAV, "Andre Demo", responsible=True), audit("add", plan_id)
    )
    assert [(c.contact_id, c.responsible) for c in store.contacts(plan_id)] == [
        (first, False),
        (second, True),
    ]
    store.set_responsible(plan_id, first, audit("coordination.responsible", plan_id))
    assert [(c.contact_id, c.responsible) for c in store.contacts(plan_id)] == [
        (first, True),
        (second, False),
    ]
    store.set_responsible(plan_id, None, audit("coordination.responsible", plan_id))
    assert not any(c.responsible for c in store.contacts(plan_id))


def test_the_database_refuses_a_second_responsible_row(
    context: Context, store: SqliteCoordinationStore, plan_id: PlanId
) -> None:
    store.add_contact(
        Contact(ContactId(0), plan_id, ContactRole.KOMMUNE_CONTACT, "Første Demo", responsible=True),
        audit("add", plan_id),
    )
    with pytest.raises(INTEGRITY_ERRORS, match="UNIQUE"):
        context.conn.execute(
            "INSERT INTO contact (plan_id, role, name, responsible) VALUES (?, 'nav', 'Andre Demo', 1)",
            (plan_id,),
        )


def test_the_database_refuses_a_private_person_as_responsible_and_an_empty_name(
    context: Context, plan_id: PlanId
) -> None:
    with pytest.raises(INTEGRITY_ERRORS, match="CHECK"):
        context.conn.execute(
            "INSERT INTO contact (plan_id, role, name, responsible) VALUES (?, 'paarorende', 'Mor Demo', 1)",
            (plan_id,),
        )
    with pytest.raises(INTEGRITY_ERRORS, match="CHECK"):
        context.conn.execute("INSERT INTO contact (plan_id, role, name) VALUES (?, 'nav', '  ')", (plan_id,))


def test_a_failed_write_stores_nothing(
    store: SqliteCoordinationStore, context: Context, plan_id: PlanId
) -> None:
    version = plan_version(context, plan_id)
    private = Contact(ContactId(0), plan_id, ContactRole.PAARORENDE, "Mor Demo", responsible=True)
    with pytest.raises(StorageError):
        store.add_contact(private, audit("coordination.contact.add", plan_id))
    assert store.contacts(plan_id) == []
    assert plan_version(context, plan_id) == version


def test_contacts_and_the_record_go_with_their_plan(
    context: Context, store: SqliteCoordinationStore, make_draft: MakeDraft
) -> None:
    plan_id, _ = context.service.start_plan(make_draft(admission=date.today() - timedelta(days=3)), TEST_USER)
    koordinator = store.add_contact(
        Contact(ContactId(0), plan_id, ContactRole.COORDINATOR, "Koordinator Demo"), audit("add", plan_id)
    )
    store.save_coordination(Coordination(plan_id, coordinator=koordinator), audit("save", plan_id))
    context.conn.execute("DELETE FROM plan WHERE plan_id = ?", (plan_id,))
    for table in ("contact", "coordination"):
        assert (
            context.conn.execute(f"SELECT count(*) FROM {table} WHERE plan_id = ?", (plan_id,)).fetchone()[0]
            == 0
        )
