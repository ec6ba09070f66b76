"""Use cases for self-help: each plan's introduction, and the ward's directory of local groups.

Every change is validated here and written by the store in one transaction with its
audit row. The store also keeps the plan's follow-up due date (FOLLOW_UP_INTERVAL
after informing or the latest follow-up), so the overview and "Denne uken" read it in SQL.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Protocol

from dischargeplanner.domain.limits import clean_line, clean_text, too_long
from dischargeplanner.domain.model import AreaKey, AuditEntry, Changes, Plan, PlanId, PlanStatus
from dischargeplanner.domain.selfhelp_model import (
    Audience,
    FollowUp,
    FollowUpId,
    GroupId,
    Introduction,
    LocalGroup,
    Visit,
    VisitId,
    follow_up_due,
)
from dischargeplanner.domain.services import Issue, Problem, ValidationError, utc_now
from dischargeplanner.domain.text import fold


class SelfHelpStore(Protocol):
    def plan(self, plan_id: PlanId) -> Plan: ...
    def introduction(self, plan_id: PlanId) -> Introduction: ...
    def save_introduction(self, introduction: Introduction, due: date | None, audit: AuditEntry) -> None: ...
    def visits(self, plan_id: PlanId) -> list[Visit]: ...
    def visit(self, visit_id: VisitId) -> Visit: ...
    def add_visit(self, visit: Visit, audit: AuditEntry) -> VisitId: ...
    def save_visit(self, visit: Visit, audit: AuditEntry) -> None: ...
    def remove_visit(self, visit: Visit, audit: AuditEntry) -> None: ...
    def follow_ups(self, plan_id: PlanId) -> list[FollowUp]: ...
    def follow_up(self, follow_up_id: FollowUpId) -> FollowUp: ...
    def add_follow_up(self, follow_up: FollowUp, due: date | None, audit: AuditEntry) -> FollowUpId: ...
    def save_follow_up(self, follow_up: FollowUp, due: date | None, audit: AuditEntry) -> None: ...
    def remove_follow_up(self, follow_up: FollowUp, due: date | None, audit: AuditEntry) -> None: ...
    def groups(self) -> list[LocalGroup]: ...
    def group(self, group_id: GroupId) -> LocalGroup: ...
    def add_group(self, group: LocalGroup, audit: AuditEntry) -> GroupId: ...
    def save_group(self, group: LocalGroup, audit: AuditEntry) -> None: ...
    def import_groups(
        self, added: Sequence[LocalGroup], changed: Sequence[LocalGroup], audit: AuditEntry
    ) -> None: ...


# Digits, spaces and the usual separators; at least 3 digits ("113", "22 33 44 55", "+47 …").
_PHONE = re.compile(r"^\+?[0-9][0-9 ()./-]*$")


def phone_ok(phone: str) -> bool:
    phone = phone.strip()
    return not phone or (_PHONE.match(phone) is not None and sum(c.isdigit() for c in phone) >= 3)


def group_key(group: LocalGroup) -> tuple[str, str, str]:
    """What makes two entries the same group: organisation, name and kommune (case and spacing ignored)."""
    return (
        fold(" ".join(group.organisation.split())),
        fold(" ".join(group.name.split())),
        group.kommune_number or "",
    )


# Validation ------------------------------------------------------------------


def validate_introduction(introduction: Introduction, today: date) -> list[Issue]:
    lines = {
        "informed_by": introduction.informed_by,
        "contact_name": introduction.contact_name,
        "contact_phone": introduction.contact_phone,
        "companion": introduction.companion,
    }
    issues = too_long(lines, texts={"material": introduction.material, "own_words": introduction.own_words})
    if introduction.informed_on is None:
        if introduction.organisations or introduction.groups or introduction.material:
            issues.append(Issue("informed_on", Problem.SELFHELP_INFORMED_DATE_MISSING))
    else:
        if introduction.informed_on > today:
            issues.append(Issue("informed_on", Problem.DATE_IN_FUTURE))
        if not introduction.informed_by:
            issues.append(Issue("informed_by", Problem.SELFHELP_INFORMED_BY_MISSING))
    if not introduction.contact_consent and (introduction.contact_name or introduction.contact_phone):
        issues.append(Issue("contact_name", Problem.SELFHELP_CONTACT_WITHOUT_CONSENT))
    if not phone_ok(introduction.contact_phone):
        issues.append(Issue("contact_phone", Problem.PHONE_INVALID))
    if introduction.first_day is not None and introduction.first_group is None:
        issues.append(Issue("first_group", Problem.SELFHELP_FIRST_GROUP_MISSING))
    return issues


def validate_group(group: LocalGroup, today: date, known_kommuner: Collection[str]) -> list[Issue]:
    lines = {
        "organisation": group.organisation,
        "name": group.name,
        "address": group.address,
        "language": group.language,
        "phone": group.phone,
        "verified_by": group.verified_by,
    }
    issues = too_long(lines, texts={"note": group.note})
    if not group.organisation:
        issues.append(Issue("organisation", Problem.GROUP_ORGANISATION_MISSING))
    if not group.name:
        issues.append(Issue("name", Problem.GROUP_NAME_MISSING))
    if group.kommune_number is not None and group.kommune_number not in known_kommuner:
        issues.append(Issue("kommune", Problem.KOMMUNE_UNKNOWN))
    if any(not 0 <= meeting.weekday <= 6 for meeting in group.meetings):
        issues.append(Issue("meetings", Problem.GROUP_WEEKDAY_INVALID))
    if not phone_ok(group.phone):
        issues.append(Issue("phone", Problem.PHONE_INVALID))
    if group.verified_on is not None:
        if group.verified_on > today:
            issues.append(Issue("verified_on", Problem.DATE_IN_FUTURE))
        if not group.verified_by:
            issues.append(Issue("verified_by", Problem.GROUP_VERIFIED_BY_MISSING))
    return issues


def cleaned_group(group: LocalGroup) -> LocalGroup:
    return replace(
        group,
        organisation=clean_line(group.organisation),
        name=clean_line(group.name),
        address=clean_line(group.address),
        # A meeting without a time sorts before 00:00 on the same day: a stable order for every process.
        meetings=tuple(
            sorted(set(group.meetings), key=lambda m: (m.weekday, m.start is not None, m.start or time.min))
        ),
        language=clean_line(group.language),
        phone=clean_line(group.phone),
        note=clean_text(group.note),
        verified_by=clean_line(group.verified_by),
    )


# Finding groups -------------------------------------------------------------


@dataclass(frozen=True)
class GroupFilter:
    """What the directory is narrowed to; None or "" means any."""

    kommune: str | None = None
    weekday: int | None = None
    organisation: str | None = None
    audience: Audience | None = None
    text: str = ""


def find_groups(
    groups: Iterable[LocalGroup], wanted: GroupFilter, home_kommune: str | None = None
) -> list[LocalGroup]:
    """Groups matching `wanted`, the patient's home kommune first, then by kommune, organisation, name."""
    words = fold(wanted.text).split()
    found = []
    for group in groups:
        if group.removed:
            continue
        if wanted.kommune and group.kommune_number != wanted.kommune:
            continue
        if wanted.weekday is not None and not group.meets_on(wanted.weekday):
            continue
        if wanted.organisation and group.organisation != wanted.organisation:
            continue
        if wanted.audience is not None and not group.audience.includes(wanted.audience):
            continue
        haystack = fold(" ".join((group.organisation, group.name, group.address, group.note, group.language)))
        if any(word not in haystack for word in words):
            continue
        found.append(group)
    return sorted(
        found,
        key=lambda g: (
            not (home_kommune and g.kommune_number == home_kommune),
            g.kommune_number or "9999",
            fold(g.organisation),
            fold(g.name),
        ),
    )


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do: entries added, entries changed (before, after), and unchanged."""

    added: tuple[LocalGroup, ...]
    changed: tuple[tuple[LocalGroup, LocalGroup], ...]
    unchanged: int

    @property
    def is_empty(self) -> bool:
        return not self.added and not self.changed


def plan_import(existing: Iterable[LocalGroup], incoming: Iterable[LocalGroup]) -> ImportPlan:
    """Match incoming entries to the directory by organisation, name and kommune."""
    # An active entry wins over a removed one with the same key (removed ones are read first).
    by_key = {group_key(group): group for group in sorted(existing, key=lambda group: not group.removed)}
    added: list[LocalGroup] = []
    changed: list[tuple[LocalGroup, LocalGroup]] = []
    unchanged = 0
    for group in incoming:
        current = by_key.get(group_key(group))
        if current is None:
            added.append(replace(group, group_id=GroupId(0), removed=False))
            continue
        updated = replace(group, group_id=current.group_id, removed=False)
        if updated == current:
            unchanged += 1
        else:
            changed.append((current, updated))
    return ImportPlan(tuple(added), tuple(changed), unchanged)


# The service ----------------------------------------------------------------


class SelfHelpService:
    """The introduction to self-help per plan, and the ward's directory of local groups."""

    def __init__(
        self,
        store: SelfHelpStore,
        known_kommuner: Callable[[], Collection[str]],
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._store = store
        self._known_kommuner = known_kommuner
        self._clock = clock

    def today(self) -> date:
        return self._clock().astimezone().date()

    # The introduction -----------------------------------------------------

    def introduction(self, plan_id: PlanId) -> Introduction:
        return self._store.introduction(plan_id)

    def follow_up_due(self, plan_id: PlanId) -> date | None:
        """When the next follow-up conversation is due; None when not informed or the plan is not active."""
        if self._store.plan(plan_id).status is not PlanStatus.ACTIVE:
            return None
        return follow_up_due(self._store.introduction(plan_id), self._store.follow_ups(plan_id))

    def save_introduction(self, introduction: Introduction, user: str) -> Changes:
        self._writable_plan(introduction.plan_id)
        introduction = _cleaned_introduction(introduction)
        _raise(validate_introduction(introduction, self.today()))
        if introduction.first_group is not None:
            self._store.group(introduction.first_group)  # NotFoundError, as for a visit
        follow_ups = self._store.follow_ups(introduction.plan_id)
        informed_on = introduction.informed_on
        if follow_ups and (informed_on is None or any(f.day < informed_on for f in follow_ups)):
            _raise([Issue("informed_on", Problem.SELFHELP_FOLLOW_UP_BEFORE_INFORMED)])
        due = follow_up_due(introduction, follow_ups)
        self._store.save_introduction(
            introduction, due, AuditEntry(user, "selfhelp.introduction", introduction.plan_id)
        )
        return _changes(introduction.plan_id)

    # Meetings visited -----------------------------------------------------

    def visits(self, plan_id: PlanId) -> list[Visit]:
        """Meetings visited during the stay, earliest first."""
        return self._store.visits(plan_id)

    def add_visit(self, visit: Visit, user: str) -> tuple[VisitId, Changes]:
        self._writable_plan(visit.plan_id)
        visit = self._validated_visit(visit)
        visit_id = self._store.add_visit(visit, AuditEntry(user, "selfhelp.visit.add", visit.plan_id))
        return visit_id, _changes(visit.plan_id)

    def update_visit(self, visit: Visit, user: str) -> Changes:
        # The stored record decides which plan it belongs to, whatever the caller says.
        visit = replace(visit, plan_id=self._store.visit(visit.visit_id).plan_id)
        self._writable_plan(visit.plan_id)
        visit = self._validated_visit(visit)
        self._store.save_visit(visit, AuditEntry(user, "selfhelp.visit.update", visit.plan_id))
        return _changes(visit.plan_id)

    def remove_visit(self, visit_id: VisitId, user: str) -> Changes:
        visit = self._store.visit(visit_id)
        self._writable_plan(visit.plan_id)
        self._store.remove_visit(visit, AuditEntry(user, "selfhelp.visit.remove", visit.plan_id))
        return _changes(visit.plan_id)

    def _validated_visit(self, visit: Visit) -> Visit:
        visit = replace(visit, group_name=clean_line(visit.group_name), with_whom=clean_line(visit.with_whom))
        issues = too_long(lines={"group_name": visit.group_name, "with_whom": visit.with_whom})
        if visit.group_id is None and not visit.group_name:
            issues.append(Issue("group", Problem.SELFHELP_VISIT_GROUP_MISSING))
        if visit.day > self.today():
            issues.append(Issue("day", Problem.DATE_IN_FUTURE))
        _raise(issues)
        if visit.group_id is not None:
            self._store.group(visit.group_id)
        return visit

    # Follow-up conversations ---------------------------------------------

    def follow_ups(self, plan_id: PlanId) -> list[FollowUp]:
        """Follow-up conversations, earliest first."""
        return self._store.follow_ups(plan_id)

    def add_follow_up(self, follow_up: FollowUp, user: str) -> tuple[FollowUpId, Changes]:
        self._writable_plan(follow_up.plan_id)
        follow_up, introduction = self._validated_follow_up(follow_up)
        due = follow_up_due(introduction, [*self._store.follow_ups(follow_up.plan_id), follow_up])
        follow_up_id = self._store.add_follow_up(
            follow_up, due, AuditEntry(user, "selfhelp.follow_up.add", follow_up.plan_id)
        )
        return follow_up_id, _changes(follow_up.plan_id)

    def update_follow_up(self, follow_up: FollowUp, user: str) -> Changes:
        follow_up = replace(follow_up, plan_id=self._store.follow_up(follow_up.follow_up_id).plan_id)
        self._writable_plan(follow_up.plan_id)
        follow_up, introduction = self._validated_follow_up(follow_up)
        others = [
            f for f in self._store.follow_ups(follow_up.plan_id) if f.follow_up_id != follow_up.follow_up_id
        ]
        due = follow_up_due(introduction, [*others, follow_up])
        self._store.save_follow_up(
            follow_up, due, AuditEntry(user, "selfhelp.follow_up.update", follow_up.plan_id)
        )
        return _changes(follow_up.plan_id)

    def remove_follow_up(self, follow_up_id: FollowUpId, user: str) -> Changes:
        follow_up = self._store.follow_up(follow_up_id)
        self._writable_plan(follow_up.plan_id)
        others = [f for f in self._store.follow_ups(follow_up.plan_id) if f.follow_up_id != follow_up_id]
        due = follow_up_due(self._store.introduction(follow_up.plan_id), others)
        self._store.remove_follow_up(
            follow_up, due, AuditEntry(user, "selfhelp.follow_up.remove", follow_up.plan_id)
        )
        return _changes(follow_up.plan_id)

    def _validated_follow_up(self, follow_up: FollowUp) -> tuple[FollowUp, Introduction]:
        follow_up = replace(follow_up, by=clean_line(follow_up.by), note=clean_text(follow_up.note))
        introduction = self._store.introduction(follow_up.plan_id)
        issues = too_long(lines={"by": follow_up.by}, texts={"note": follow_up.note})
        if not follow_up.by:
            issues.append(Issue("by", Problem.SELFHELP_FOLLOW_UP_BY_MISSING))
        if follow_up.day > self.today():
            issues.append(Issue("day", Problem.DATE_IN_FUTURE))
        if introduction.informed_on is None or follow_up.day < introduction.informed_on:
            issues.append(Issue("day", Problem.SELFHELP_FOLLOW_UP_BEFORE_INFORMED))
        _raise(issues)
        return follow_up, introduction

    # The directory --------------------------------------------------------

    def groups(self, *, include_removed: bool = False) -> list[LocalGroup]:
        """The ward's local groups (removed entries only on request: plans may still name them)."""
        groups = self._store.groups()
        return groups if include_removed else [group for group in groups if not group.removed]

    def group(self, group_id: GroupId) -> LocalGroup:
        return self._store.group(group_id)

    def add_group(self, group: LocalGroup, user: str) -> GroupId:
        group = self._validated_group(group)
        return self._store.add_group(group, AuditEntry(user, "selfhelp.group.add", None, group.name))

    def update_group(self, group: LocalGroup, user: str) -> None:
        self._store.group(group.group_id)
        group = self._validated_group(group)
        self._store.save_group(group, AuditEntry(user, "selfhelp.group.update", None, group.name))

    def mark_verified(self, group_id: GroupId, user: str, by: str | None = None) -> None:
        """The entry was checked today (by `by`, or the signed-in user)."""
        group = self._store.group(group_id)
        self.update_group(replace(group, verified_on=self.today(), verified_by=by or user), user)

    def remove_group(self, group_id: GroupId, user: str) -> None:
        """Take the entry out of the directory; plans that name it still show it."""
        group = self._store.group(group_id)
        self._store.save_group(
            replace(group, removed=True), AuditEntry(user, "selfhelp.group.remove", None, group.name)
        )

    def preview_import(self, incoming: Sequence[LocalGroup]) -> ImportPlan:
        """What importing `incoming` would add and change; nothing is written."""
        cleaned = [cleaned_group(group) for group in incoming]
        issues = [issue for group in cleaned for issue in self._group_issues(group)]
        keys = [group_key(group) for group in cleaned]
        if len(set(keys)) != len(keys):
            issues.append(Issue("name", Problem.GROUP_DUPLICATE))
        _raise(issues)
        return plan_import(self._store.groups(), cleaned)

    def import_groups(self, incoming: Sequence[LocalGroup], user: str) -> ImportPlan:
        """Add and change entries as previewed, all in one transaction."""
        plan = self.preview_import(incoming)
        if not plan.is_empty:
            self._store.import_groups(
                plan.added,
                [after for _before, after in plan.changed],
                AuditEntry(user, "selfhelp.group.import", None, f"+{len(plan.added)} ~{len(plan.changed)}"),
            )
        return plan

    def _validated_group(self, group: LocalGroup) -> LocalGroup:
        group = cleaned_group(group)
        issues = self._group_issues(group)
        duplicate = any(
            group_key(other) == group_key(group) and other.group_id != group.group_id and not other.removed
            for other in self._store.groups()
        )
        if duplicate:
            issues.append(Issue("name", Problem.GROUP_DUPLICATE))
        _raise(issues)
        return group

    def _group_issues(self, group: LocalGroup) -> list[Issue]:
        return validate_group(group, self.today(), self._known_kommuner())

    def _writable_plan(self, plan_id: PlanId) -> Plan:
        plan = self._store.plan(plan_id)
        if plan.status is PlanStatus.ARCHIVED:
            raise ValidationError([Issue("plan", Problem.PLAN_NOT_ACTIVE)])
        return plan


def _cleaned_introduction(introduction: Introduction) -> Introduction:
    return replace(
        introduction,
        informed_by=clean_line(introduction.informed_by),
        organisations=tuple(dict.fromkeys(introduction.organisations)),
        groups=tuple(dict.fromkeys(introduction.groups)),
        material=clean_text(introduction.material),
        own_words=clean_text(introduction.own_words),
        contact_name=clean_line(introduction.contact_name),
        contact_phone=clean_line(introduction.contact_phone),
        first_time=introduction.first_time if introduction.first_day is not None else None,
        companion=clean_line(introduction.companion) if introduction.accompanied else "",
    )


def _changes(plan_id: PlanId) -> Changes:
    return Changes(plan_ids=frozenset({plan_id}), areas=frozenset({AreaKey.SELF_HELP}))


def _raise(issues: Collection[Issue]) -> None:
    if issues:
        raise ValidationError(issues)
