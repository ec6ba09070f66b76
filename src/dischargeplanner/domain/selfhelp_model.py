"""Self-help groups: the national organisations, the ward's local directory, and each plan's introduction.

Staff inform about and present groups; no one can be referred to one
(Selvhjelp Norge). The records say "informed" and "presented", never "referred".
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import NewType

from dischargeplanner.domain.model import PlanId

GroupId = NewType("GroupId", int)
VisitId = NewType("VisitId", int)
FollowUpId = NewType("FollowUpId", int)

# An informed patient with no follow-up conversation for this long has a due item.
FOLLOW_UP_INTERVAL = timedelta(days=21)
# A directory entry not verified for this many months may be out of date.
STALE_AFTER_MONTHS = 6
# The due item's text where checklist texts are shown (overview, "Denne uken").
FOLLOW_UP_TEXT = "Følge opp selvhjelp i en samtale"


class Audience(enum.StrEnum):
    """Who a group or organisation is for."""

    PATIENTS = "patients"
    RELATIVES = "relatives"
    BOTH = "both"

    def includes(self, wanted: Audience) -> bool:
        """Whether a group for `self` suits someone looking for `wanted` groups."""
        return self is Audience.BOTH or wanted is Audience.BOTH or self is wanted


class MeetingMode(enum.StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"


class PatientView(enum.StrEnum):
    """What the patient thinks about self-help groups, in their own terms."""

    INTERESTED = "interested"
    UNSURE = "unsure"
    NOT_NOW = "not_now"
    DECLINED = "declined"


@dataclass(frozen=True)
class Organisation:
    """A national self-help organisation (resources/selfhelp/organisations.toml)."""

    key: str
    short_name: str
    name: str
    description: str
    audience: Audience
    twelve_step: bool


@dataclass(frozen=True)
class MeetingTime:
    """One weekly meeting: weekday as date.weekday() (0 = Monday) and start time if known."""

    weekday: int
    start: time | None = None


@dataclass(frozen=True)
class LocalGroup:
    """One entry in the ward's own directory of local groups."""

    group_id: GroupId
    organisation: str  # an Organisation.key, or the name of an organisation not in the national list
    name: str
    kommune_number: str | None
    address: str = ""
    meetings: tuple[MeetingTime, ...] = ()
    open_meeting: bool = True
    audience: Audience = Audience.PATIENTS
    mode: MeetingMode = MeetingMode.IN_PERSON
    language: str = "norsk"
    women_only: bool = False
    phone: str = ""
    note: str = ""
    verified_on: date | None = None
    verified_by: str = ""
    removed: bool = False

    def possibly_stale(self, today: date) -> bool:
        """Not verified within STALE_AFTER_MONTHS: times and places may have changed."""
        return self.verified_on is None or self.verified_on < months_before(today, STALE_AFTER_MONTHS)

    def meets_on(self, weekday: int) -> bool:
        return any(meeting.weekday == weekday for meeting in self.meetings)

    def time_on(self, weekday: int) -> time | None:
        for meeting in self.meetings:
            if meeting.weekday == weekday:
                return meeting.start
        return None


@dataclass(frozen=True)
class Introduction:
    """One plan's introduction to self-help: informed, the patient's view, contact, first meeting."""

    plan_id: PlanId
    informed_on: date | None = None
    informed_by: str = ""
    organisations: tuple[str, ...] = ()  # Organisation keys presented
    groups: tuple[GroupId, ...] = ()  # local groups presented
    material: str = ""
    view: PatientView | None = None
    own_words: str = ""
    # A contact person or sponsor: stored only when the patient consents to it.
    contact_consent: bool = False
    contact_name: str = ""
    contact_phone: str = ""
    first_group: GroupId | None = None
    first_day: date | None = None
    first_time: time | None = None
    accompanied: bool = False
    companion: str = ""

    @property
    def informed(self) -> bool:
        return self.informed_on is not None

    @property
    def has_first_meeting(self) -> bool:
        return self.first_group is not None or self.first_day is not None


@dataclass(frozen=True)
class Visit:
    """A meeting the patient went to during the stay."""

    visit_id: VisitId
    plan_id: PlanId
    day: date
    group_id: GroupId | None
    group_name: str  # as written when the group is not in the directory
    with_whom: str = ""


@dataclass(frozen=True)
class FollowUp:
    """A later conversation where self-help was taken up again."""

    follow_up_id: FollowUpId
    plan_id: PlanId
    day: date
    by: str
    note: str = ""


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (the month's last day when it has fewer)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(candidate, day.day))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


def next_meeting(group: LocalGroup, after: date) -> tuple[date, time | None] | None:
    """The group's first meeting on a day after `after`, with its start time; None without meeting days."""
    for offset in range(1, 8):
        day = after + timedelta(days=offset)
        if group.meets_on(day.weekday()):
            return day, group.time_on(day.weekday())
    return None


def follow_up_due(introduction: Introduction, follow_ups: list[FollowUp]) -> date | None:
    """When the next follow-up conversation is due: 3 weeks after informing or the latest follow-up."""
    if introduction.informed_on is None:
        return None
    latest = max([introduction.informed_on, *(follow_up.day for follow_up in follow_ups)])
    return latest + FOLLOW_UP_INTERVAL
