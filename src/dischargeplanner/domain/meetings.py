"""Use cases for meetings: plan them, go through the plan's areas, record minutes and decisions.

Suggested dates follow DOMAIN.md's timeline: for stays over three months an evaluation
with the kommune every six weeks, and the discharge meeting three weeks before the
planned discharge. A decision is stored as an agreed action in the same transaction as
its link to the meeting, so it is an ordinary action of the plan from that moment.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Protocol

from dischargeplanner.domain.coordination_model import Contact
from dischargeplanner.domain.limits import clean_line, clean_text, line_too_long, out_of_range, too_long
from dischargeplanner.domain.meeting_model import (
    COVER_WINDOW,
    DISCHARGE_MEETING_BEFORE,
    EVALUATION_GAP,
    EVALUATION_INTERVAL,
    LONG_STAY,
    Agenda,
    AgendaArea,
    Decision,
    Meeting,
    MeetingDetails,
    MeetingId,
    MeetingKind,
    MeetingStatus,
    Minute,
    Participant,
    Suggestion,
)
from dischargeplanner.domain.model import (
    Action,
    ActionId,
    ActionStatus,
    AreaKey,
    AuditEntry,
    Changes,
    Plan,
    PlanDetail,
    PlanId,
    PlanStatus,
    Responsible,
)
from dischargeplanner.domain.services import Issue, NotFoundError, Problem, ValidationError, utc_now


class MeetingStore(Protocol):
    def plan(self, plan_id: PlanId) -> Plan: ...
    def contacts(self, plan_id: PlanId) -> list[Contact]: ...
    def meetings(self, plan_id: PlanId) -> list[Meeting]: ...
    def meeting(self, meeting_id: MeetingId) -> Meeting: ...
    def add_meeting(self, plan_id: PlanId, details: MeetingDetails, audit: AuditEntry) -> MeetingId: ...
    def save_meeting(self, meeting: Meeting, audit: AuditEntry) -> None: ...
    def remove_meeting(self, meeting: Meeting, audit: AuditEntry) -> None: ...
    def save_minute(self, meeting: Meeting, minute: Minute, audit: AuditEntry) -> None: ...
    def add_decision(self, meeting: Meeting, action: Action, audit: AuditEntry) -> ActionId: ...
    def remove_decision(self, meeting: Meeting, decision: Decision, audit: AuditEntry) -> None: ...
    def log(self, audit: AuditEntry) -> None: ...


# Suggestions ---------------------------------------------------------------------


def suggestions(plan: Plan, meetings: Sequence[Meeting], today: date) -> list[Suggestion]:
    """The meetings the timeline asks for, each with the meeting that covers it, if any.

    Without a planned discharge there is nothing to count from. An evaluation that was
    missed is left out once a later one is due or covered: the next one takes its place.
    """
    if plan.planned_discharge is None:
        return []
    discharge_due = max(plan.admission, plan.planned_discharge - DISCHARGE_MEETING_BEFORE)
    wanted: list[tuple[MeetingKind, int, date]] = []
    if plan.planned_discharge - plan.admission > LONG_STAY:
        number, due = 1, plan.admission + EVALUATION_INTERVAL
        while due <= discharge_due - EVALUATION_GAP:
            wanted.append((MeetingKind.EVALUATION, number, due))
            number, due = number + 1, due + EVALUATION_INTERVAL
    wanted.append((MeetingKind.DISCHARGE, 0, discharge_due))
    covering = _cover(wanted, meetings, today)
    found = [
        Suggestion(kind, number, due, due if index in covering else max(due, today), covering.get(index))
        for index, (kind, number, due) in enumerate(wanted)
    ]
    return [suggestion for suggestion in found if not _superseded(suggestion, found, today)]


def _cover(
    wanted: Sequence[tuple[MeetingKind, int, date]], meetings: Sequence[Meeting], today: date
) -> dict[int, MeetingId]:
    """Which meeting covers which suggestion: the nearest within the window, else (when late) a later one.

    Each meeting covers one suggestion at most.
    """
    free = sorted(meetings, key=Meeting.sort_key)
    covering: dict[int, MeetingId] = {}
    for index, (kind, _number, due) in enumerate(wanted):
        near = [m for m in free if m.kind is kind and abs(m.day - due) <= COVER_WINDOW]
        if near:
            best = min(near, key=lambda m: (abs(m.day - due), m.sort_key()))
            covering[index] = best.meeting_id
            free.remove(best)
    for index, (kind, _number, due) in enumerate(wanted):
        if index in covering or due >= today:
            continue
        late = [m for m in free if m.kind is kind and m.day > due]
        if late:
            covering[index] = late[0].meeting_id
            free.remove(late[0])
    return covering


def _superseded(suggestion: Suggestion, found: Sequence[Suggestion], today: date) -> bool:
    if suggestion.kind is not MeetingKind.EVALUATION or not suggestion.overdue:
        return False
    return any(
        other.kind is MeetingKind.EVALUATION
        and other.number > suggestion.number
        and (other.due <= today or other.covered)
        for other in found
    )


# The agenda ----------------------------------------------------------------------


def agenda(detail: PlanDetail, meetings: Sequence[Meeting], meeting: Meeting | None = None) -> Agenda:
    """Per area: status now, the patient's goal, open checklist items and open actions;
    and the decisions of the previous held meeting that are still open."""
    areas = []
    for status in detail.areas:
        items = [item for item in detail.items_in(status.area) if not item.state.is_closed]
        areas.append(
            AgendaArea(
                area=status.area,
                title=status.title,
                light=status.current_light,
                goal=status.goal,
                open_required=tuple(item.text for item in items if item.required),
                open_other=tuple(item.text for item in items if not item.required),
                open_actions=tuple(
                    action for action in detail.actions_in(status.area) if action.status is ActionStatus.OPEN
                ),
            )
        )
    previous = previous_meeting(meetings, meeting)
    still_open = tuple(d for d in previous.decisions if d.is_open) if previous is not None else ()
    return Agenda(tuple(areas), previous, still_open)


def previous_meeting(meetings: Sequence[Meeting], meeting: Meeting | None) -> Meeting | None:
    """The latest held meeting before `meeting` (before now when None)."""
    held = [m for m in meetings if m.held and (meeting is None or m.sort_key() < meeting.sort_key())]
    return max(held, key=Meeting.sort_key, default=None)


# Validation ----------------------------------------------------------------------


def validate_details(
    details: MeetingDetails, plan: Plan, contacts: Collection[Contact], today: date
) -> list[Issue]:
    issues = too_long(texts={"place": details.place, "others": details.others})
    # Names and roles typed in (contacts are named as the plan has them).
    typed = [text for p in details.participants if p.contact_id is None for text in (p.name, p.role_text)]
    for field, lines in (("participants", typed), ("ward_staff", details.ward_staff)):
        if any(line_too_long(line) for line in lines):
            issues.append(Issue(field, Problem.TEXT_LINE_TOO_LONG))
    if details.day < plan.admission:
        issues.append(Issue("day", Problem.MEETING_BEFORE_ADMISSION))
    if details.status is MeetingStatus.HELD and details.day > today:
        issues.append(Issue("status", Problem.MEETING_HELD_IN_FUTURE))
    known = {contact.contact_id for contact in contacts}
    if any(p.contact_id is not None and p.contact_id not in known for p in details.participants):
        issues.append(Issue("participants", Problem.MEETING_CONTACT_UNKNOWN))
    return issues


def cleaned_details(details: MeetingDetails, contacts: Collection[Contact]) -> MeetingDetails:
    """Spaces trimmed, blank and repeated names dropped; contacts named as the plan has them now."""
    by_id = {contact.contact_id: contact for contact in contacts}
    participants: list[Participant] = []
    seen: set[object] = set()
    for given in details.participants:
        contact = by_id.get(given.contact_id) if given.contact_id is not None else None
        current = given
        if contact is not None:
            current = Participant(contact.contact_id, contact.name, contact.role, contact.role_text)
        cleaned = replace(current, name=clean_line(current.name), role_text=clean_line(current.role_text))
        key = cleaned.contact_id if cleaned.contact_id is not None else cleaned.name.casefold()
        if cleaned.name and key not in seen:
            seen.add(key)
            participants.append(cleaned)
    staff = [clean_line(name) for name in details.ward_staff]
    return replace(
        details,
        place=clean_text(details.place),
        participants=tuple(participants),
        ward_staff=tuple(dict.fromkeys(name for name in staff if name)),
        others=clean_text(details.others),
    )


# The service ---------------------------------------------------------------------


class MeetingService:
    """A plan's meetings, their minutes and decisions."""

    def __init__(self, store: MeetingStore, clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._clock = clock

    def today(self) -> date:
        return self._clock().astimezone().date()

    # Reads -----------------------------------------------------------------

    def contacts(self, plan_id: PlanId) -> list[Contact]:
        """The plan's contacts, who can be invited."""
        return self._store.contacts(plan_id)

    def meetings(self, plan_id: PlanId) -> list[Meeting]:
        """The plan's meetings, earliest first."""
        return sorted(self._store.meetings(plan_id), key=Meeting.sort_key)

    def meeting(self, meeting_id: MeetingId) -> Meeting:
        return self._store.meeting(meeting_id)

    def latest_held(self, plan_id: PlanId) -> Meeting | None:
        return previous_meeting(self._store.meetings(plan_id), None)

    def suggestions(self, plan_id: PlanId) -> list[Suggestion]:
        """Meetings the timeline asks for (only while the plan is active)."""
        plan = self._store.plan(plan_id)
        if plan.status is not PlanStatus.ACTIVE:
            return []
        return suggestions(plan, self._store.meetings(plan_id), self.today())

    def agenda(self, detail: PlanDetail, meeting_id: MeetingId | None = None) -> Agenda:
        meetings = self._store.meetings(detail.plan.plan_id)
        meeting = next((m for m in meetings if m.meeting_id == meeting_id), None)
        return agenda(detail, meetings, meeting)

    # Meetings --------------------------------------------------------------

    def add_meeting(self, plan_id: PlanId, details: MeetingDetails, user: str) -> tuple[MeetingId, Changes]:
        details = self._validated(plan_id, details)
        audit = AuditEntry(user, "meeting.add", plan_id, f"{details.kind} {details.day.isoformat()}")
        meeting_id = self._store.add_meeting(plan_id, details, audit)
        return meeting_id, _changes(plan_id)

    def update_meeting(self, meeting_id: MeetingId, details: MeetingDetails, user: str) -> Changes:
        meeting = self._store.meeting(meeting_id)
        details = self._validated(meeting.plan_id, details)
        audit = AuditEntry(user, "meeting.update", meeting.plan_id, f"{meeting_id}")
        self._store.save_meeting(replace(meeting, details=details), audit)
        return _changes(meeting.plan_id)

    def mark_held(self, meeting_id: MeetingId, user: str) -> Changes:
        """The meeting took place: on its date, or today if that date is still ahead."""
        meeting = self._store.meeting(meeting_id)
        details = replace(meeting.details, status=MeetingStatus.HELD, day=min(meeting.day, self.today()))
        return self.update_meeting(meeting_id, details, user)

    def remove_meeting(self, meeting_id: MeetingId, user: str) -> Changes:
        """Remove the meeting and its minutes; its decisions stay in the plan as agreed actions."""
        meeting = self._store.meeting(meeting_id)
        self._active_plan(meeting.plan_id)
        audit = AuditEntry(user, "meeting.remove", meeting.plan_id, f"{meeting_id} {meeting.kind}")
        self._store.remove_meeting(meeting, audit)
        return _changes(meeting.plan_id)

    def _validated(self, plan_id: PlanId, details: MeetingDetails) -> MeetingDetails:
        plan = self._active_plan(plan_id)
        contacts = self._store.contacts(plan_id)
        details = cleaned_details(details, contacts)
        _raise(validate_details(details, plan, contacts, self.today()))
        return details

    # Minutes and decisions -------------------------------------------------

    def set_minute(self, meeting_id: MeetingId, area: AreaKey, text: str, user: str) -> Changes:
        """Store the area's minute (an empty text removes it); nothing is written when unchanged."""
        meeting = self._store.meeting(meeting_id)
        self._active_plan(meeting.plan_id)
        _raise(too_long(texts={"minute": text}))
        text = clean_text(text)
        if text == meeting.minute(area):
            return Changes()
        audit = AuditEntry(user, "meeting.minute", meeting.plan_id, f"{meeting_id} {area}")
        self._store.save_minute(meeting, Minute(area, text), audit)
        return Changes(plan_ids=frozenset({meeting.plan_id}), areas=frozenset({area}))

    def add_decision(
        self,
        meeting_id: MeetingId,
        area: AreaKey,
        what: str,
        responsible: Responsible,
        responsible_name: str,
        deadline: date | None,
        user: str,
    ) -> tuple[ActionId, Changes]:
        """An agreed action in `area`, decided at the meeting; shown on the area's page at once."""
        meeting = self._store.meeting(meeting_id)
        self._active_plan(meeting.plan_id)
        what, responsible_name = clean_line(what), clean_line(responsible_name)
        if not what:
            raise ValidationError([Issue("what", Problem.ACTION_WHAT_MISSING)])
        # A decision is one line, but as long as any agreed action may be.
        _raise(
            too_long({"responsible_name": responsible_name}, {"what": what})
            + out_of_range({"deadline": deadline})
        )
        action = Action(
            ActionId(0),
            meeting.plan_id,
            area,
            what,
            responsible,
            responsible_name,
            deadline,
            ActionStatus.OPEN,
        )
        audit = AuditEntry(user, "meeting.decision.add", meeting.plan_id, f"{meeting_id} {area}")
        action_id = self._store.add_decision(meeting, action, audit)
        return action_id, _decision_changes(meeting.plan_id, area)

    def remove_decision(self, meeting_id: MeetingId, action_id: ActionId, user: str) -> Changes:
        """Take back a decision: the link and its agreed action go together."""
        meeting = self._store.meeting(meeting_id)
        self._active_plan(meeting.plan_id)
        decision = next((d for d in meeting.decisions if d.action_id == action_id), None)
        if decision is None:
            raise NotFoundError(f"decision {action_id} of meeting {meeting_id}")
        audit = AuditEntry(user, "meeting.decision.remove", meeting.plan_id, f"{meeting_id}: {decision.what}")
        self._store.remove_decision(meeting, decision, audit)
        return _decision_changes(meeting.plan_id, decision.area)

    def record_minutes_export(self, meeting_id: MeetingId, sha256: str, file_name: str, user: str) -> None:
        """The minutes left the program as a PDF: logged with the file's fingerprint."""
        meeting = self._store.meeting(meeting_id)
        detail = f"{meeting_id} {sha256[:12]} {file_name}".strip()
        self._store.log(AuditEntry(user, "export.minutes", meeting.plan_id, detail))

    def _active_plan(self, plan_id: PlanId) -> Plan:
        plan = self._store.plan(plan_id)
        if plan.status is not PlanStatus.ACTIVE:
            raise ValidationError([Issue("plan", Problem.PLAN_NOT_ACTIVE)])
        return plan


def _changes(plan_id: PlanId) -> Changes:
    # Meetings belong to the coordination with the kommune.
    return Changes(plan_ids=frozenset({plan_id}), areas=frozenset({AreaKey.COORDINATION}))


def _decision_changes(plan_id: PlanId, area: AreaKey) -> Changes:
    # A new or removed action changes the overview's overdue count too.
    return Changes(plan_ids=frozenset({plan_id}), areas=frozenset({area}), plan_list=True)


def _raise(issues: Collection[Issue]) -> None:
    if issues:
        raise ValidationError(issues)
