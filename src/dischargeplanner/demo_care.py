"""The demo ward's work with the kommune: contacts, crisis plan, family, meetings, the call after.

Run through the real services in the order a ward works: everything but the call while the
stay lasts, the follow-up call once the plan is discharged.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from dischargeplanner.demo_coordination import add_coordination
from dischargeplanner.demo_crisis import add_crisis
from dischargeplanner.demo_family import add_family
from dischargeplanner.demo_follow_up import add_follow_up_call
from dischargeplanner.demo_meetings import add_meetings
from dischargeplanner.domain.model import PlanId
from dischargeplanner.domain.sharing import SharingService

if TYPE_CHECKING:
    from dischargeplanner.care import CareServices


def add_care_during_stay(
    care: CareServices, sharing: SharingService, user: str, plan_id: PlanId, index: int, today: date
) -> None:
    """Contacts first: the meetings invite them, and the consents they are tied to exist already."""
    add_coordination(care.coordination, sharing, user, plan_id, index, today)
    add_crisis(care.crisis, user, plan_id, index, today)
    add_family(care.family, user, plan_id, index, today)
    add_meetings(care.meetings, user, plan_id, index, today)


def add_care_after_discharge(care: CareServices, user: str, plan_id: PlanId, index: int, today: date) -> None:
    add_follow_up_call(care.calls, user, plan_id, index, today)
