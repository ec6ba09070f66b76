"""Children and family: the patient's children as next of kin, barnevern, and family services.

Health personnel must look after the needs of a patient's minor children
(helsepersonelloven § 10 a: *barn som pårørende*). Barnevern details are kept only
when the patient consents to barnevern being involved or informed in the ansvarsgruppe;
without that consent the record holds none.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import NewType

from dischargeplanner.domain.model import PlanId

ChildId = NewType("ChildId", int)
ConversationId = NewType("ConversationId", int)

# A child is a minor: born no more than this many years before the current year.
MINOR_YEARS = 18


class Participant(enum.StrEnum):
    """Who took part in a barn som pårørende conversation (besides the staff member)."""

    PATIENT = "patient"
    CHILD = "child"
    OTHER_PARENT = "other_parent"  # the other parent or the child's carer


class BarnevernInvolved(enum.StrEnum):
    UNKNOWN = "unknown"
    NO = "no"
    YES = "yes"


class FamilySupport(enum.StrEnum):
    """The family services most often involved; anything else goes in the free text."""

    FAMILIEVERNKONTOR = "familievernkontor"
    HELSESTASJON = "helsestasjon"  # helsesykepleier / helsestasjon
    BARNEHAGE_SKOLE = "barnehage_skole"  # kindergarten or school informed
    FORELDRESTOTTE = "foreldrestotte"  # parent support


@dataclass(frozen=True)
class Child:
    """A minor child of the patient: who they live with, and who cares for them during the stay."""

    child_id: ChildId
    plan_id: PlanId
    name: str  # first name or initials: enough to talk about the child, no more
    birth_year: int | None = None
    lives_with: str = ""
    carer_during_stay: str = ""
    note: str = ""

    def age(self, today: date) -> int | None:
        """Age in whole years this year (from the birth year only, so at most one year high)."""
        return None if self.birth_year is None else max(0, today.year - self.birth_year)


@dataclass(frozen=True)
class Conversation:
    """A conversation about the children as next of kin (helsepersonelloven § 10 a)."""

    conversation_id: ConversationId
    plan_id: PlanId
    day: date
    participants: tuple[Participant, ...]
    by: str  # the staff member who held it
    child_id: ChildId | None = None  # which child took part, when one is named
    note: str = ""


@dataclass(frozen=True)
class Family:
    """One per plan: barnevern (only with consent), family services, and the need for long-term follow-up."""

    plan_id: PlanId
    # The patient consents to barnevern being involved or informed in the ansvarsgruppe.
    barnevern_consent: bool = False
    barnevern_involved: BarnevernInvolved = BarnevernInvolved.UNKNOWN
    barnevern_contact: str = ""  # caseworker and office
    barnevern_note: str = ""
    supports: tuple[FamilySupport, ...] = ()
    services_note: str = ""
    # Mothers in treatment often lack a supporting network and need follow-up for a long time.
    long_term_follow_up: str = ""

    @property
    def has_barnevern_details(self) -> bool:
        return (
            self.barnevern_involved is not BarnevernInvolved.UNKNOWN
            or bool(self.barnevern_contact)
            or bool(self.barnevern_note)
        )


def birth_year_possible(birth_year: int, today: date) -> bool:
    """Whether a child born in `birth_year` can be a minor today (not born later than this year)."""
    return today.year - MINOR_YEARS <= birth_year <= today.year
