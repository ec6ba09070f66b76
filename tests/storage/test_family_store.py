"""The family tables: every record written and read back whole, and the rules the tables keep themselves."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.family_model import (
    BarnevernInvolved,
    Child,
    ChildId,
    Conversation,
    ConversationId,
    Family,
    FamilySupport,
    Participant,
)
from dischargeplanner.domain.model import AuditEntry, PlanId
from dischargeplanner.domain.services import NotFoundError, StorageError
from dischargeplanner.storage.audit import audit_trail
from dischargeplanner.storage.family import SqliteFamilyStore
from helpers import INTEGRITY_ERRORS, TEST_USER

NOW = datetime(2026, 11, 2, 11, 0, tzinfo=UTC)


@pytest.fixture
def store(context: Context) -> SqliteFamilyStore:
    return SqliteFamilyStore(context.conn, lambda: NOW)


def audit(action: str, plan_id: PlanId) -> AuditEntry:
    return AuditEntry(TEST_USER, action, plan_id)


def test_the_family_record_comes_back_with_every_field(
    store: SqliteFamilyStore, plan_id: PlanId, context: Context
) -> None:
    assert store.family(plan_id) == Family(plan_id)  # the defaults before anything is saved
    version = store.plan(plan_id).version
    record = Family(
        plan_id,
        barnevern_consent=True,
        barnevern_involved=BarnevernInvolved.NO,
        barnevern_contact="Saksbehandler «Test», Eksempel barneverntjeneste",
        barnevern_note="Linje 1\nLinje 2 😀",
        supports=tuple(FamilySupport),
        services_note="Familievernkontoret i Eksempelby",
        long_term_follow_up="Oppfølging fra helsestasjonen det første året",
    )
    store.save_family(record, audit("family.record", plan_id))
    assert store.family(plan_id) == record
    emptied = Family(plan_id, supports=(FamilySupport.BARNEHAGE_SKOLE,))
    store.save_family(emptied, audit("family.record", plan_id))  # the one row is replaced
    assert store.family(plan_id) == emptied
    assert store.plan(plan_id).version == version + 2
    trail = audit_trail(context.conn, plan_id)
    assert [(r.action, r.at) for r in trail[-2:]] == [("family.record", NOW)] * 2


def test_barnevern_details_without_consent_are_not_stored_even_past_the_service(
    store: SqliteFamilyStore, plan_id: PlanId, context: Context
) -> None:
    version = store.plan(plan_id).version
    trail = audit_trail(context.conn)
    for details in (
        {"barnevern_involved": BarnevernInvolved.YES},
        {"barnevern_contact": "Saksbehandler Test"},
        {"barnevern_note": "Notat"},
    ):
        with pytest.raises(StorageError):
            store.save_family(Family(plan_id, **details), audit("family.record", plan_id))  # type: ignore[arg-type]
    with pytest.raises(INTEGRITY_ERRORS):
        context.conn.execute(
            "INSERT INTO family (plan_id, barnevern_consent, barnevern_note) VALUES (?, 0, 'X')", (plan_id,)
        )
    assert store.family(plan_id) == Family(plan_id)
    assert store.plan(plan_id).version == version
    assert audit_trail(context.conn) == trail


def test_a_child_comes_back_with_every_field(store: SqliteFamilyStore, plan_id: PlanId) -> None:
    child = Child(ChildId(0), plan_id, "M. B.", 2015, "Mormor\nog morfar", "Mormor", "Trenger ro 😀")
    child_id = store.add_child(child, audit("family.child.add", plan_id))
    assert store.child(child_id) == Child(
        child_id, plan_id, "M. B.", 2015, "Mormor\nog morfar", "Mormor", "Trenger ro 😀"
    )
    changed = Child(child_id, plan_id, "Mo", None)
    store.save_child(changed, audit("family.child.update", plan_id))
    assert store.children(plan_id) == [changed]
    store.remove_child(changed, audit("family.child.remove", plan_id))
    assert store.children(plan_id) == []
    with pytest.raises(NotFoundError):
        store.child(child_id)
    with pytest.raises(NotFoundError):
        store.save_child(changed, audit("family.child.update", plan_id))


def test_a_conversation_comes_back_with_every_field(store: SqliteFamilyStore, plan_id: PlanId) -> None:
    child_id = store.add_child(Child(ChildId(0), plan_id, "Mia", 2018), audit("family.child.add", plan_id))
    for participants in (
        (Participant.PATIENT,),
        (Participant.CHILD, Participant.OTHER_PARENT),
        tuple(Participant),
    ):
        talk = Conversation(
            ConversationId(0),
            plan_id,
            date(2026, 10, 30),
            participants,
            "Kari Sosionom",
            child_id if Participant.CHILD in participants else None,
            "Notat",
        )
        conversation_id = store.add_conversation(talk, audit("family.conversation.add", plan_id))
        assert store.conversation(conversation_id) == Conversation(
            conversation_id, plan_id, talk.day, participants, talk.by, talk.child_id, talk.note
        )
    assert len(store.conversations(plan_id)) == 3
    first = store.conversations(plan_id)[0]
    store.remove_conversation(first, audit("family.conversation.remove", plan_id))
    assert first not in store.conversations(plan_id)
    with pytest.raises(NotFoundError):
        store.remove_conversation(first, audit("family.conversation.remove", plan_id))


def test_a_conversation_has_someone_besides_staff_and_names_a_child_only_when_it_took_part(
    store: SqliteFamilyStore, plan_id: PlanId
) -> None:
    child_id = store.add_child(Child(ChildId(0), plan_id, "Mia", 2018), audit("family.child.add", plan_id))
    nobody = Conversation(ConversationId(0), plan_id, date(2026, 10, 30), (), "Kari Sosionom")
    with pytest.raises(StorageError):
        store.add_conversation(nobody, audit("family.conversation.add", plan_id))
    absent_child = Conversation(
        ConversationId(0), plan_id, date(2026, 10, 30), (Participant.PATIENT,), "Kari Sosionom", child_id
    )
    with pytest.raises(StorageError):
        store.add_conversation(absent_child, audit("family.conversation.add", plan_id))
    assert store.conversations(plan_id) == []


def test_removing_a_child_keeps_its_conversations(store: SqliteFamilyStore, plan_id: PlanId) -> None:
    child = Child(ChildId(0), plan_id, "Mia", 2018)
    child_id = store.add_child(child, audit("family.child.add", plan_id))
    talk = Conversation(
        ConversationId(0), plan_id, date(2026, 10, 30), (Participant.CHILD,), "Kari", child_id
    )
    store.add_conversation(talk, audit("family.conversation.add", plan_id))
    store.remove_child(Child(child_id, plan_id, "Mia", 2018), audit("family.child.remove", plan_id))
    (kept,) = store.conversations(plan_id)
    assert kept.child_id is None
    assert kept.participants == (Participant.CHILD,)


def test_the_plan_owns_its_family_records(
    store: SqliteFamilyStore, plan_id: PlanId, context: Context
) -> None:
    store.add_child(Child(ChildId(0), plan_id, "Mia", 2018), audit("family.child.add", plan_id))
    store.save_family(Family(plan_id, services_note="x"), audit("family.record", plan_id))
    for table in ("family_child", "family_conversation", "family"):
        references = context.conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()
        plan_reference = [row for row in references if row["table"] == "plan"]
        assert [row["on_delete"] for row in plan_reference] == ["CASCADE"]
