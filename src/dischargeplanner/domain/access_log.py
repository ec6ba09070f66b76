"""The access log as staff and patients read it (helsepersonelloven § 21 a, Normen).

Every open, change, export and print of a plan is an audit row (storage/audit.py), sealed
with the hash of the row before it. This module names what each row means
(`AccessKind`), filters the log for the administrators' view, gathers one plan's rows
for the patient's extract (innsynslogg), and logs the reads that change nothing.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import NewType, Protocol

from dischargeplanner.domain.limits import out_of_range
from dischargeplanner.domain.model import AuditEntry, Plan, PlanId
from dischargeplanner.domain.services import Issue, Problem, ValidationError, utc_now
from dischargeplanner.domain.text import fold

AuditId = NewType("AuditId", int)

OPEN_ACTION = "plan.open"
EXTRACT_ACTION = "export.accesslog"


class AccessCategory(enum.StrEnum):
    """What a row tells a patient: their plan was read, changed, or left the program as a document."""

    READ = "read"
    CHANGE = "change"
    DOCUMENT = "document"
    OTHER = "other"


class AccessKind(enum.StrEnum):
    """What an audit row records, worded by the UI (ui/access_log_view) and the extract."""

    OPENED = "opened"
    CREATED = "created"
    DETAILS = "details"
    DISCHARGED = "discharged"
    REOPENED = "reopened"
    STATUS = "status"
    ITEM = "item"
    AREA = "area"
    ACTION = "action"
    CONSENT = "consent"
    APPOINTMENT = "appointment"
    COORDINATION = "coordination"
    MEETING = "meeting"
    CRISIS = "crisis"
    FAMILY = "family"
    SELF_HELP = "self_help"
    GROUP_DIRECTORY = "group_directory"
    FOLLOW_UP_CALL = "follow_up_call"
    USER_ACCOUNT = "user_account"
    RESTORED = "restored"
    UNDO = "undo"
    REDO = "redo"
    PRINTED = "printed"
    SAVED_PDF = "saved_pdf"
    MINUTES = "minutes"
    ACCESS_EXTRACT = "access_extract"
    DOCUMENT = "document"
    OTHER = "other"

    @property
    def category(self) -> AccessCategory:
        if self is AccessKind.OPENED:
            return AccessCategory.READ
        if self in _DOCUMENT_KINDS:
            return AccessCategory.DOCUMENT
        if self is AccessKind.OTHER:
            return AccessCategory.OTHER
        return AccessCategory.CHANGE


_DOCUMENT_KINDS = frozenset(
    {
        AccessKind.PRINTED,
        AccessKind.SAVED_PDF,
        AccessKind.MINUTES,
        AccessKind.ACCESS_EXTRACT,
        AccessKind.DOCUMENT,
    }
)

# Whole action codes first, then the first two parts, then the topic before the first dot.
_EXACT = {
    OPEN_ACTION: AccessKind.OPENED,
    "plan.create": AccessKind.CREATED,
    "plan.update": AccessKind.DETAILS,
    "plan.discharge": AccessKind.DISCHARGED,
    "plan.reopen": AccessKind.REOPENED,
    "plan.status": AccessKind.STATUS,
    "edit.undo": AccessKind.UNDO,
    "edit.redo": AccessKind.REDO,
    "export.print": AccessKind.PRINTED,
    "export.pdf": AccessKind.SAVED_PDF,
    "export.minutes": AccessKind.MINUTES,
    EXTRACT_ACTION: AccessKind.ACCESS_EXTRACT,
}
_SUBTOPICS = {"selfhelp.group": AccessKind.GROUP_DIRECTORY}
_TOPICS = {
    "item": AccessKind.ITEM,
    "area": AccessKind.AREA,
    "action": AccessKind.ACTION,
    "consent": AccessKind.CONSENT,
    "appointment": AccessKind.APPOINTMENT,
    "coordination": AccessKind.COORDINATION,
    "meeting": AccessKind.MEETING,
    "crisis": AccessKind.CRISIS,
    "family": AccessKind.FAMILY,
    "selfhelp": AccessKind.SELF_HELP,
    "follow_up_call": AccessKind.FOLLOW_UP_CALL,
    "export": AccessKind.DOCUMENT,
    "user": AccessKind.USER_ACCOUNT,
    "backup": AccessKind.RESTORED,
}


def access_kind(action: str) -> AccessKind:
    """What an action code means; codes this version does not know are OTHER (shown with the code)."""
    exact = _EXACT.get(action) or _SUBTOPICS.get(".".join(action.split(".")[:2]))
    if exact is not None:
        return exact
    return _TOPICS.get(action.partition(".")[0], AccessKind.OTHER)


def validate_query(query: AccessQuery) -> list[Issue]:
    """The filters can be applied: possible dates, and a period that does not end before it begins."""
    # A day at an end of the calendar has no local start (year 1) or no next day (year 9999).
    issues = out_of_range({"since": query.since, "until": query.until})
    if query.since is not None and query.until is not None and query.until < query.since:
        issues.append(Issue("until", Problem.ACCESSLOG_PERIOD_REVERSED))
    return issues


@dataclass(frozen=True)
class AccessEntry:
    """One row of the log, with the patient's name when it concerns a plan."""

    audit_id: AuditId
    at: datetime
    user: str
    action: str
    plan_id: PlanId | None
    patient_name: str
    detail: str

    @property
    def kind(self) -> AccessKind:
        return access_kind(self.action)


class ChainBreak(enum.StrEnum):
    """Why the hash chain does not hold at a row."""

    # The row's content no longer gives its stored hash: it was edited.
    EDITED = "edited"
    # The row does not follow the one before it: a row was removed, inserted or reordered.
    LINK = "link"
    # The row was written without its hash, past the program's write path.
    UNSEALED = "unsealed"


@dataclass(frozen=True)
class ChainReport:
    """The check of the whole log: whole, or the first row where the chain breaks and why."""

    rows_checked: int
    broken_at: AuditId | None = None
    reason: ChainBreak | None = None

    @property
    def ok(self) -> bool:
        return self.broken_at is None


@dataclass(frozen=True)
class AccessQuery:
    """The administrators' filters; `since` and `until` are whole local days, both included."""

    user: str | None = None
    patient: str = ""
    plan_id: PlanId | None = None
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class PlanAccess:
    """One plan's rows, oldest first, for the patient's extract; with the check of the whole log."""

    plan: Plan
    entries: tuple[AccessEntry, ...]
    chain: ChainReport
    made_at: datetime

    @property
    def first_day(self) -> date:
        """The period covered starts with the plan (or its first row, if older)."""
        days = [local_day(entry.at) for entry in self.entries]
        return min([local_day(self.plan.created_at), *days])

    @property
    def last_day(self) -> date:
        return local_day(self.made_at)

    def count(self, category: AccessCategory) -> int:
        return sum(1 for entry in self.entries if entry.kind.category is category)


def local_day(moment: datetime) -> date:
    """The day on the ward's clock (a stored UTC time is read in the computer's time zone)."""
    return moment.astimezone().date()


def _local_start(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


def select(entries: Sequence[AccessEntry], query: AccessQuery) -> list[AccessEntry]:
    """The entries matching every filter given, in the order given."""
    since = _local_start(query.since) if query.since else None
    before = _local_start(query.until + timedelta(days=1)) if query.until else None
    wanted = fold(query.patient)
    chosen = []
    for entry in entries:
        if query.user is not None and entry.user != query.user:
            continue
        if query.plan_id is not None and entry.plan_id != query.plan_id:
            continue
        if wanted and (not entry.patient_name or wanted not in fold(entry.patient_name)):
            continue
        moment = entry.at.astimezone()
        if (since is not None and moment < since) or (before is not None and moment >= before):
            continue
        chosen.append(entry)
    return chosen


class AccessLogStore(Protocol):
    def entries(self, user: str | None = None, plan_id: PlanId | None = None) -> list[AccessEntry]: ...
    def users(self) -> list[str]: ...
    def plan(self, plan_id: PlanId) -> Plan: ...
    def log(self, entry: AuditEntry) -> None: ...
    def check_chain(self) -> ChainReport: ...


class AccessLogService:
    """Reads the log for administrators and patients; logs the reads that change nothing."""

    def __init__(self, store: AccessLogStore, clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._clock = clock

    def opened(self, plan_id: PlanId, user: str) -> None:
        """`user` opened the plan: one row per open (refreshing the open plan is not a read)."""
        self._store.log(AuditEntry(user, OPEN_ACTION, plan_id, ""))

    def entries(self, query: AccessQuery) -> list[AccessEntry]:
        """The log, oldest first, narrowed by the filters; ValidationError when the period is reversed."""
        issues = validate_query(query)
        if issues:
            raise ValidationError(issues)
        return select(self._store.entries(query.user, query.plan_id), query)

    def users(self) -> list[str]:
        """Everyone who appears in the log, for the user filter."""
        return self._store.users()

    def check(self) -> ChainReport:
        return self._store.check_chain()

    def plan_access(self, plan_id: PlanId) -> PlanAccess:
        """Everything logged about one plan, for its extract; NotFoundError for an unknown plan."""
        plan = self._store.plan(plan_id)
        entries = tuple(self._store.entries(plan_id=plan_id))
        return PlanAccess(plan, entries, self._store.check_chain(), self._clock())

    def record_extract(self, plan_id: PlanId, sha256: str, file_name: str, user: str) -> None:
        """The extract left the program: logged like every other document about the plan."""
        self._store.log(AuditEntry(user, EXTRACT_ACTION, plan_id, f"{sha256[:12]} {file_name}".strip()))
