"""The services for working with the kommune, handed around as one.

Contacts and coordination, meetings, the crisis plan, children and family, and the
follow-up call are separate use-case modules; the window and the documents get them
together. app.care_services makes them over the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from dischargeplanner.domain.coordination import CoordinationService
from dischargeplanner.domain.crisis import CrisisService
from dischargeplanner.domain.family import FamilyService
from dischargeplanner.domain.follow_up_call import FollowUpCallService
from dischargeplanner.domain.meetings import MeetingService


@dataclass(frozen=True)
class CareServices:
    coordination: CoordinationService
    meetings: MeetingService
    crisis: CrisisService
    family: FamilyService
    calls: FollowUpCallService
