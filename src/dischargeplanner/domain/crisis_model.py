"""Crisis and relapse: the kriseplan, brukerstyrt seng, the return agreement and the procedure at brudd.

One record of each per plan. The kriseplan says what to watch for and who to call;
the risk notes are written by the ward for the kommune. A brukerstyrt-seng contract
lets the patient decide to come in for a few days. The procedure for an unplanned
end (brudd) is written at admission, so that the kommune is told when it happens.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from dischargeplanner.domain.model import PlanId

# Brukerstyrt seng, as contracts are usually written (DOMAIN.md area 7).
DEFAULT_CONTRACT_MONTHS = 6
DEFAULT_MAX_DAYS_PER_STAY = 5
DEFAULT_MIN_DAYS_BETWEEN = 14
MAX_DAYS_PER_STAY_RANGE = (1, 30)
MIN_DAYS_BETWEEN_RANGE = (0, 90)


class CrisisText(enum.StrEnum):
    """The kriseplan's text fields, each stored on its own as it is typed."""

    WARNING_SIGNS = "warning_signs"
    WHAT_HELPS = "what_helps"
    DAY_CONTACT = "day_contact"
    DAY_PHONE = "day_phone"
    NIGHT_CONTACT = "night_contact"
    NIGHT_PHONE = "night_phone"
    HOW_TO_MEET = "how_to_meet"
    RISK_NOTES = "risk_notes"

    @property
    def is_phone(self) -> bool:
        return self in (CrisisText.DAY_PHONE, CrisisText.NIGHT_PHONE)


@dataclass(frozen=True)
class CrisisPlan:
    """The kriseplan, and the ward's risk notes for the kommune; updated on/by is set by the service."""

    plan_id: PlanId
    warning_signs: str = ""
    what_helps: str = ""
    day_contact: str = ""  # a name or a service
    day_phone: str = ""
    night_contact: str = ""  # evenings, nights and weekends: e.g. legevakt
    night_phone: str = ""
    how_to_meet: str = ""
    risk_notes: str = ""
    updated_on: date | None = None
    updated_by: str = ""

    def text(self, field: CrisisText) -> str:
        value: str = getattr(self, field.value)
        return value

    @property
    def has_plan(self) -> bool:
        """Anything of the kriseplan itself written (risk notes apart)."""
        return any(self.text(field) for field in CrisisText if field is not CrisisText.RISK_NOTES)

    @property
    def is_empty(self) -> bool:
        return not any(self.text(field) for field in CrisisText)


@dataclass(frozen=True)
class UserBed:
    """A brukerstyrt-seng contract: the patient decides when to come in, within these limits."""

    plan_id: PlanId
    has_contract: bool = False
    institution: str = ""
    contract_from: date | None = None
    contract_to: date | None = None
    max_days_per_stay: int = DEFAULT_MAX_DAYS_PER_STAY
    min_days_between: int = DEFAULT_MIN_DAYS_BETWEEN
    how_to_ask: str = ""  # phone number, whom to call; the patient decides


@dataclass(frozen=True)
class ReturnAgreement:
    """What was agreed about coming back to treatment after a relapse."""

    plan_id: PlanId
    text: str = ""
    agreed_on: date | None = None
    agreed_with: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.text or self.agreed_on or self.agreed_with)


@dataclass(frozen=True)
class UnplannedProcedure:
    """What to do if the stay ends unplanned (brudd): written at admission, followed when it happens."""

    plan_id: PlanId
    notify: str = ""  # who at the kommune must be told: a name or a service
    notify_phone: str = ""
    told_by: str = ""  # who at the ward tells them
    also_do: str = ""  # e.g. tell next of kin, when the patient consents to it
    recorded_on: date | None = None
    recorded_by: str = ""
    followed_on: date | None = None
    followed_by: str = ""
    followed_note: str = ""

    @property
    def followed(self) -> bool:
        return self.followed_on is not None


def procedure_missing(record: UnplannedProcedure | None) -> bool:
    """Nothing is recorded about who at the kommune must be told."""
    return record is None or not (record.notify.strip() or record.notify_phone.strip())


def months_after(day: date, months: int) -> date:
    """The same day `months` calendar months later (the month's last day when it has fewer)."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, min(candidate, day.day))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


def default_contract_end(start: date) -> date:
    """A brukerstyrt-seng contract usually runs six months."""
    return months_after(start, DEFAULT_CONTRACT_MONTHS)
