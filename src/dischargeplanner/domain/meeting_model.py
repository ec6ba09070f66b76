"""Evaluation meetings and the discharge meeting: who meets, what was said per area, what was decided.

A decision is an ordinary agreed action of the plan (it shows on the area's page at once);
the meeting keeps a link to it and a copy of what was agreed, so the minutes keep their
meaning if the action is changed or removed later. Participants from the plan's contacts
keep their name and role as they were at the meeting for the same reason.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import NewType

from dischargeplanner.domain.coordination_model import ContactId, ContactRole
from dischargeplanner.domain.model import (
    Action,
    ActionId,
    ActionStatus,
    AreaKey,
    PlanId,
    Responsible,
    TrafficLight,
)

MeetingId = NewType("MeetingId", int)

# For stays longer than this, the kommune and the ward evaluate the plan together regularly.
LONG_STAY = timedelta(days=91)
EVALUATION_INTERVAL = timedelta(weeks=6)
# The discharge meeting is held this long before the planned discharge.
DISCHARGE_MEETING_BEFORE = timedelta(days=21)
# No evaluation this close before the discharge meeting: that meeting evaluates the plan anyway.
EVALUATION_GAP = timedelta(days=14)
# A meeting of the right kind this close to a suggested date covers the suggestion.
COVER_WINDOW = timedelta(days=10)


class MeetingKind(enum.StrEnum):
    EVALUATION = "evaluation"
    DISCHARGE = "discharge"


class MeetingStatus(enum.StrEnum):
    PLANNED = "planned"
    HELD = "held"


@dataclass(frozen=True)
class Participant:
    """A contact of the plan at the meeting: name and role as they were then.

    `contact_id` is None once the contact has been removed from the plan.
    """

    contact_id: ContactId | None
    name: str
    role: ContactRole
    role_text: str = ""


@dataclass(frozen=True)
class MeetingDetails:
    """What the meeting dialog sets: when, where, who, and whether it has been held."""

    kind: MeetingKind
    day: date
    start: time | None = None
    video: bool = False
    # The room or address, or the video link when `video` is set.
    place: str = ""
    participants: tuple[Participant, ...] = ()
    patient_present: bool = True
    ward_staff: tuple[str, ...] = ()
    others: str = ""
    status: MeetingStatus = MeetingStatus.PLANNED


@dataclass(frozen=True)
class Minute:
    """The short minute of one area."""

    area: AreaKey
    text: str


@dataclass(frozen=True)
class Decision:
    """An agreed action decided at a meeting, as agreed there.

    `status` is the action's status now; None when the action has been removed from the plan.
    """

    meeting_id: MeetingId
    action_id: ActionId
    area: AreaKey
    what: str
    responsible: Responsible
    responsible_name: str
    deadline: date | None
    status: ActionStatus | None

    @property
    def is_open(self) -> bool:
        return self.status is ActionStatus.OPEN


@dataclass(frozen=True)
class Meeting:
    meeting_id: MeetingId
    plan_id: PlanId
    details: MeetingDetails
    minutes: tuple[Minute, ...] = ()
    decisions: tuple[Decision, ...] = ()

    @property
    def kind(self) -> MeetingKind:
        return self.details.kind

    @property
    def day(self) -> date:
        return self.details.day

    @property
    def status(self) -> MeetingStatus:
        return self.details.status

    @property
    def held(self) -> bool:
        return self.details.status is MeetingStatus.HELD

    def minute(self, area: AreaKey) -> str:
        return next((minute.text for minute in self.minutes if minute.area is area), "")

    def decisions_in(self, area: AreaKey) -> tuple[Decision, ...]:
        return tuple(decision for decision in self.decisions if decision.area is area)

    @property
    def participant_count(self) -> int:
        """Everyone named: contacts, the patient when present, ward staff (others are free text)."""
        details = self.details
        return len(details.participants) + int(details.patient_present) + len(details.ward_staff)

    def sort_key(self) -> tuple[date, time, int]:
        return (self.details.day, self.details.start or time.min, self.meeting_id)


@dataclass(frozen=True)
class Suggestion:
    """A meeting the timeline asks for: due on `due`; `day` is when to hold it now (today if late)."""

    kind: MeetingKind
    number: int  # evaluation 1, 2, …; 0 for the discharge meeting
    due: date
    day: date
    covered_by: MeetingId | None = None

    @property
    def overdue(self) -> bool:
        """Not held or planned in time: the date it should have been is past."""
        return self.covered_by is None and self.due < self.day

    @property
    def covered(self) -> bool:
        return self.covered_by is not None


@dataclass(frozen=True)
class AgendaArea:
    """One area as the meeting goes through it."""

    area: AreaKey
    title: str
    light: TrafficLight
    goal: str
    open_required: tuple[str, ...]
    open_other: tuple[str, ...]
    open_actions: tuple[Action, ...]

    @property
    def open_items(self) -> int:
        return len(self.open_required) + len(self.open_other)


@dataclass(frozen=True)
class Agenda:
    """The areas in the plan's order, and what the previous meeting decided that is still open."""

    areas: tuple[AgendaArea, ...]
    previous: Meeting | None = None
    previous_open: tuple[Decision, ...] = ()

    def area(self, key: AreaKey) -> AgendaArea:
        for area in self.areas:
            if area.area is key:
                return area
        raise KeyError(key)
