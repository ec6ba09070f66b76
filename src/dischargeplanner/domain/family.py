"""Use cases for children and family: the patient's children, barn som pårørende conversations,
barnevern (only with the patient's consent) and family services.

Every change is validated here and written by the store in one transaction with its audit row.
Barnevern details without consent are refused here, and the table refuses them too.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import date, datetime
from typing import Protocol

from dischargeplanner.domain.family_model import (
    BarnevernInvolved,
    Child,
    ChildId,
    Conversation,
    ConversationId,
    Family,
    FamilySupport,
    Participant,
    birth_year_possible,
)
from dischargeplanner.domain.limits import clean_line, clean_text, too_long
from dischargeplanner.domain.model import AreaKey, AuditEntry, Changes, Plan, PlanId, PlanStatus
from dischargeplanner.domain.services import Issue, Problem, ValidationError, utc_now


class FamilyStore(Protocol):
    def plan(self, plan_id: PlanId) -> Plan: ...
    def family(self, plan_id: PlanId) -> Family: ...
    def save_family(self, family: Family, audit: AuditEntry) -> None: ...
    def children(self, plan_id: PlanId) -> list[Child]: ...
    def child(self, child_id: ChildId) -> Child: ...
    def add_child(self, child: Child, audit: AuditEntry) -> ChildId: ...
    def save_child(self, child: Child, audit: AuditEntry) -> None: ...
    def remove_child(self, child: Child, audit: AuditEntry) -> None: ...
    def conversations(self, plan_id: PlanId) -> list[Conversation]: ...
    def conversation(self, conversation_id: ConversationId) -> Conversation: ...
    def add_conversation(self, conversation: Conversation, audit: AuditEntry) -> ConversationId: ...
    def remove_conversation(self, conversation: Conversation, audit: AuditEntry) -> None: ...


# Validation ------------------------------------------------------------------


def validate_child(child: Child, today: date) -> list[Issue]:
    lines = {"name": child.name, "lives_with": child.lives_with, "carer_during_stay": child.carer_during_stay}
    issues = too_long(lines, texts={"note": child.note})
    if not clean_line(child.name):
        issues.append(Issue("name", Problem.FAMILY_CHILD_NAME_MISSING))
    if child.birth_year is not None and not birth_year_possible(child.birth_year, today):
        issues.append(Issue("birth_year", Problem.FAMILY_BIRTH_YEAR_OUT_OF_RANGE))
    return issues


def validate_conversation(conversation: Conversation, today: date) -> list[Issue]:
    issues = too_long(lines={"by": conversation.by}, texts={"note": conversation.note})
    if conversation.day > today:
        issues.append(Issue("day", Problem.DATE_IN_FUTURE))
    if not conversation.participants:
        issues.append(Issue("participants", Problem.FAMILY_CONVERSATION_WITH_MISSING))
    if not clean_line(conversation.by):
        issues.append(Issue("by", Problem.FAMILY_CONVERSATION_BY_MISSING))
    return issues


def validate_family(family: Family) -> list[Issue]:
    texts = {
        "barnevern_note": family.barnevern_note,
        "services_note": family.services_note,
        "long_term_follow_up": family.long_term_follow_up,
    }
    issues = too_long(lines={"barnevern_contact": family.barnevern_contact}, texts=texts)
    if not family.barnevern_consent and family.has_barnevern_details:
        issues.append(Issue("barnevern", Problem.FAMILY_BARNEVERN_WITHOUT_CONSENT))
    return issues


def cleaned_child(child: Child) -> Child:
    return replace(
        child,
        name=clean_line(child.name),
        lives_with=clean_line(child.lives_with),
        carer_during_stay=clean_line(child.carer_during_stay),
        note=clean_text(child.note),
    )


def cleaned_conversation(conversation: Conversation) -> Conversation:
    participants = tuple(p for p in Participant if p in conversation.participants)
    return replace(
        conversation,
        participants=participants,
        by=clean_line(conversation.by),
        # A named child took part: without the child among the participants, no child is named.
        child_id=conversation.child_id if Participant.CHILD in participants else None,
        note=clean_text(conversation.note),
    )


def cleaned_family(family: Family) -> Family:
    return replace(
        family,
        barnevern_contact=clean_line(family.barnevern_contact),
        barnevern_note=clean_text(family.barnevern_note),
        supports=tuple(support for support in FamilySupport if support in family.supports),
        services_note=clean_text(family.services_note),
        long_term_follow_up=clean_text(family.long_term_follow_up),
    )


def without_barnevern(family: Family) -> Family:
    """The record with the consent withdrawn and every barnevern detail gone."""
    return replace(
        family,
        barnevern_consent=False,
        barnevern_involved=BarnevernInvolved.UNKNOWN,
        barnevern_contact="",
        barnevern_note="",
    )


# The service ----------------------------------------------------------------


class FamilyService:
    """Children, barn som pårørende conversations, barnevern and family services per plan."""

    def __init__(self, store: FamilyStore, clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._clock = clock

    def today(self) -> date:
        return self._clock().astimezone().date()

    # Reads -----------------------------------------------------------------

    def family(self, plan_id: PlanId) -> Family:
        """The plan's family record; the defaults (no consent, nothing ticked) until one is saved."""
        return self._store.family(plan_id)

    def children(self, plan_id: PlanId) -> list[Child]:
        """The patient's children, oldest first (unknown birth year last)."""
        return self._store.children(plan_id)

    def conversations(self, plan_id: PlanId) -> list[Conversation]:
        """Barn som pårørende conversations, earliest first."""
        return self._store.conversations(plan_id)

    # The family record -----------------------------------------------------

    def save_family(self, family: Family, user: str) -> Changes:
        """Store barnevern and family services; barnevern details only with the patient's consent."""
        self._writable_plan(family.plan_id)
        family = cleaned_family(family)
        _raise(validate_family(family))
        self._store.save_family(family, AuditEntry(user, "family.record", family.plan_id))
        return _changes(family.plan_id)

    def withdraw_barnevern_consent(self, plan_id: PlanId, user: str) -> Changes:
        """The patient no longer consents: the consent and every barnevern detail are removed."""
        self._writable_plan(plan_id)
        family = without_barnevern(self._store.family(plan_id))
        self._store.save_family(family, AuditEntry(user, "family.barnevern.withdrawn", plan_id))
        return _changes(plan_id)

    # Children --------------------------------------------------------------

    def add_child(self, child: Child, user: str) -> tuple[ChildId, Changes]:
        self._writable_plan(child.plan_id)
        child = self._validated_child(child)
        child_id = self._store.add_child(child, AuditEntry(user, "family.child.add", child.plan_id))
        return child_id, _changes(child.plan_id)

    def update_child(self, child: Child, user: str) -> Changes:
        # The stored record decides which plan it belongs to, whatever the caller says.
        child = replace(child, plan_id=self._store.child(child.child_id).plan_id)
        self._writable_plan(child.plan_id)
        child = self._validated_child(child)
        self._store.save_child(child, AuditEntry(user, "family.child.update", child.plan_id))
        return _changes(child.plan_id)

    def remove_child(self, child_id: ChildId, user: str) -> Changes:
        """Remove the child; conversations the child took part in are kept, without the name."""
        child = self._store.child(child_id)
        self._writable_plan(child.plan_id)
        self._store.remove_child(child, AuditEntry(user, "family.child.remove", child.plan_id))
        return _changes(child.plan_id)

    def _validated_child(self, child: Child) -> Child:
        child = cleaned_child(child)
        _raise(validate_child(child, self.today()))
        return child

    # Conversations ---------------------------------------------------------

    def add_conversation(self, conversation: Conversation, user: str) -> tuple[ConversationId, Changes]:
        self._writable_plan(conversation.plan_id)
        conversation = cleaned_conversation(conversation)
        issues = validate_conversation(conversation, self.today())
        if conversation.child_id is not None:
            known = {child.child_id for child in self._store.children(conversation.plan_id)}
            if conversation.child_id not in known:
                issues.append(Issue("child", Problem.FAMILY_CHILD_UNKNOWN))
        _raise(issues)
        conversation_id = self._store.add_conversation(
            conversation, AuditEntry(user, "family.conversation.add", conversation.plan_id)
        )
        return conversation_id, _changes(conversation.plan_id)

    def remove_conversation(self, conversation_id: ConversationId, user: str) -> Changes:
        conversation = self._store.conversation(conversation_id)
        self._writable_plan(conversation.plan_id)
        self._store.remove_conversation(
            conversation, AuditEntry(user, "family.conversation.remove", conversation.plan_id)
        )
        return _changes(conversation.plan_id)

    def _writable_plan(self, plan_id: PlanId) -> Plan:
        plan = self._store.plan(plan_id)
        if plan.status is not PlanStatus.ACTIVE:
            raise ValidationError([Issue("plan", Problem.PLAN_NOT_ACTIVE)])
        return plan


def _changes(plan_id: PlanId) -> Changes:
    return Changes(plan_ids=frozenset({plan_id}), areas=frozenset({AreaKey.FAMILY}))


def _raise(issues: Collection[Issue]) -> None:
    if issues:
        raise ValidationError(issues)
