"""The services for working with the kommune, made together over one connection and clock.

Contacts and coordination, meetings, the crisis plan, children and family, and the
follow-up call are separate use-case modules; the window and the documents get them as one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from dischargeplanner.domain.coordination import CoordinationService
from dischargeplanner.domain.crisis import CrisisService
from dischargeplanner.domain.family import FamilyService
from dischargeplanner.domain.follow_up_call import FollowUpCallService
from dischargeplanner.domain.meetings import MeetingService
from dischargeplanner.domain.services import utc_now
from dischargeplanner.storage.coordination import SqliteCoordinationStore
from dischargeplanner.storage.crisis import SqliteCrisisStore
from dischargeplanner.storage.family import SqliteFamilyStore
from dischargeplanner.storage.follow_up_call import SqliteFollowUpCallStore
from dischargeplanner.storage.meetings import SqliteMeetingStore


@dataclass(frozen=True)
class CareServices:
    coordination: CoordinationService
    meetings: MeetingService
    crisis: CrisisService
    family: FamilyService
    calls: FollowUpCallService


def care_services(conn: sqlite3.Connection, clock: Callable[[], datetime] = utc_now) -> CareServices:
    return CareServices(
        coordination=CoordinationService(SqliteCoordinationStore(conn, clock), clock),
        meetings=MeetingService(SqliteMeetingStore(conn, clock), clock),
        crisis=CrisisService(SqliteCrisisStore(conn, clock), clock),
        family=FamilyService(SqliteFamilyStore(conn, clock), clock),
        calls=FollowUpCallService(SqliteFollowUpCallStore(conn, clock), clock),
    )
