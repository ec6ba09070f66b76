"""Domain records: frozen dataclasses with NewType ids, and the enums of their states.

Nothing here knows about Qt or SQL. Storage turns rows into these; the UI shows them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import NewType

PlanId = NewType("PlanId", int)
ItemId = NewType("ItemId", int)
ActionId = NewType("ActionId", int)
ConsentId = NewType("ConsentId", int)
AppointmentId = NewType("AppointmentId", int)
ExportId = NewType("ExportId", int)


class AreaKey(enum.StrEnum):
    """The nine plan areas of DOMAIN.md; the first five are the core areas."""

    HOUSING = "housing"
    FINANCES = "finances"
    NETWORK = "network"
    ACTIVITY = "activity"
    SELF_HELP = "self_help"
    HEALTH = "health"
    CRISIS = "crisis"
    FAMILY = "family"
    COORDINATION = "coordination"

    @property
    def is_core(self) -> bool:
        return self in CORE_AREAS


CORE_AREAS = frozenset(
    {AreaKey.HOUSING, AreaKey.FINANCES, AreaKey.NETWORK, AreaKey.ACTIVITY, AreaKey.SELF_HELP}
)


class BrukerPlanArea(enum.StrEnum):
    """The eight areas the kommune scores in BrukerPlan (kept in Norwegian: no English name)."""

    BOLIG = "bolig"
    ARBEID_AKTIVITET = "arbeid_aktivitet"
    OKONOMI = "okonomi"
    NETTVERK = "nettverk"
    SOSIAL_FUNGERING = "sosial_fungering"
    FYSISK_HELSE = "fysisk_helse"
    PSYKISK_HELSE = "psykisk_helse"
    RUSMIDDELBRUK = "rusmiddelbruk"


class TrafficLight(enum.StrEnum):
    """BrukerPlan's status colours, plus 'not yet assessed'."""

    NOT_ASSESSED = "not_assessed"
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


class ItemState(enum.StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"

    @property
    def is_closed(self) -> bool:
        return self in (ItemState.DONE, ItemState.NOT_APPLICABLE)


class Responsible(enum.StrEnum):
    """Who carries out an item or an agreed action."""

    WARD = "ward"
    KOMMUNE = "kommune"
    NAV = "nav"
    PATIENT = "patient"
    PAARORENDE = "paarorende"


class PlanStatus(enum.StrEnum):
    ACTIVE = "active"
    DISCHARGED = "discharged"
    ARCHIVED = "archived"


class DischargeKind(enum.StrEnum):
    """How a stay ended: as planned, or unplanned (brudd: the patient left or was discharged early)."""

    PLANNED = "planned"
    UNPLANNED = "unplanned"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class TimingAnchor(enum.StrEnum):
    ADMISSION = "admission"
    DISCHARGE = "discharge"


@dataclass(frozen=True)
class TimingRule:
    """When an item is due: `days` after admission, or `days` before planned discharge."""

    anchor: TimingAnchor
    days: int

    def due_date(self, admission: date, planned_discharge: date | None) -> date | None:
        if self.anchor is TimingAnchor.ADMISSION:
            return admission + timedelta(days=self.days)
        if planned_discharge is None:
            return None
        return planned_discharge - timedelta(days=self.days)

    def encode(self) -> str:
        """Compact text form used in storage and the catalogue: 'A+3', 'D-7'."""
        sign = "+" if self.anchor is TimingAnchor.ADMISSION else "-"
        letter = "A" if self.anchor is TimingAnchor.ADMISSION else "D"
        return f"{letter}{sign}{self.days}"

    @classmethod
    def decode(cls, text: str) -> TimingRule:
        """Parse 'A+3' or 'D-7'; raises ValueError with the reason."""
        cleaned = text.replace(" ", "")
        if len(cleaned) < 3 or cleaned[0] not in "AD" or cleaned[1] not in "+-":
            raise ValueError(f"timing {text!r} is not of the form 'A+N' or 'D-N'")
        anchor = TimingAnchor.ADMISSION if cleaned[0] == "A" else TimingAnchor.DISCHARGE
        expected_sign = "+" if anchor is TimingAnchor.ADMISSION else "-"
        if cleaned[1] != expected_sign:
            raise ValueError(f"timing {text!r}: admission counts forward (A+N), discharge back (D-N)")
        if not cleaned[2:].isdigit():
            raise ValueError(f"timing {text!r}: {cleaned[2:]!r} is not a whole number of days")
        return cls(anchor, int(cleaned[2:]))


@dataclass(frozen=True)
class Kommune:
    """A municipality: four-digit number, official name, county, optional Norwegian parallel name."""

    number: str
    name: str
    county: str
    county_number: str
    parallel_name: str = ""

    @property
    def display_name(self) -> str:
        """Name as the user should read it: 'Guovdageaidnu – Kautokeino' when it has two."""
        if self.parallel_name:
            return f"{self.name} – {self.parallel_name}"
        return self.name


@dataclass(frozen=True)
class CatalogueArea:
    key: AreaKey
    title: str
    description: str
    brukerplan: tuple[BrukerPlanArea, ...]


@dataclass(frozen=True)
class CatalogueItem:
    key: str
    area: AreaKey
    text: str
    help: str
    timing: TimingRule
    required: bool
    brukerplan: BrukerPlanArea
    default_responsible: Responsible


@dataclass(frozen=True)
class Catalogue:
    """A checklist template; a plan records the id and version it was made from."""

    catalogue_id: str
    version: str
    title: str
    areas: tuple[CatalogueArea, ...]
    items: tuple[CatalogueItem, ...]

    def area(self, key: AreaKey) -> CatalogueArea:
        for area in self.areas:
            if area.key is key:
                return area
        raise KeyError(key)

    def items_in(self, key: AreaKey) -> tuple[CatalogueItem, ...]:
        return tuple(item for item in self.items if item.area is key)


@dataclass(frozen=True)
class Patient:
    name: str
    fodselsnummer: str | None = None
    birth_date: date | None = None


@dataclass(frozen=True)
class PlanDraft:
    """What the 'Ny plan' dialog collects; services.start_plan validates and stores it."""

    patient: Patient
    kommune_number: str | None
    ward: str
    responsible_staff: str
    admission: date
    planned_discharge: date | None


@dataclass(frozen=True)
class Plan:
    plan_id: PlanId
    patient: Patient
    kommune_number: str | None
    ward: str
    responsible_staff: str
    admission: date
    planned_discharge: date | None
    status: PlanStatus
    catalogue_id: str
    catalogue_version: str
    version: int
    created_at: datetime
    created_by: str
    actual_discharge: date | None = None
    discharge_kind: DischargeKind | None = None

    def days_left(self, today: date) -> int | None:
        """Days until planned discharge; negative when overdue, None when not set."""
        if self.planned_discharge is None:
            return None
        return (self.planned_discharge - today).days


@dataclass(frozen=True)
class AreaStatus:
    plan_id: PlanId
    area: AreaKey
    title: str
    admission_light: TrafficLight
    admission_reason: str
    current_light: TrafficLight
    current_reason: str
    goal: str
    discharge_light: TrafficLight = TrafficLight.NOT_ASSESSED
    discharge_reason: str = ""


@dataclass(frozen=True)
class ChecklistItem:
    """An item of one plan: a copy of the catalogue entry it was made from, plus its progress."""

    item_id: ItemId
    plan_id: PlanId
    key: str
    area: AreaKey
    text: str
    help: str
    timing: TimingRule
    required: bool
    brukerplan: BrukerPlanArea
    state: ItemState
    not_applicable_reason: str
    responsible: Responsible
    responsible_name: str
    note: str
    changed_by: str
    changed_at: datetime | None
    position: int

    def due_date(self, plan: Plan) -> date | None:
        return self.timing.due_date(plan.admission, plan.planned_discharge)

    def is_overdue(self, plan: Plan, today: date) -> bool:
        due = self.due_date(plan)
        return due is not None and not self.state.is_closed and due < today


@dataclass(frozen=True)
class Action:
    """An agreed action in an area: what, who, by when."""

    action_id: ActionId
    plan_id: PlanId
    area: AreaKey
    what: str
    responsible: Responsible
    responsible_name: str
    deadline: date | None
    status: ActionStatus


class RecipientKind(enum.StrEnum):
    """Who a consent lets the ward share with."""

    KOMMUNE = "kommune"
    NAV = "nav"
    FASTLEGE = "fastlege"
    PAARORENDE = "paarorende"
    OTHER = "other"


class DocumentLanguage(enum.StrEnum):
    """The written standard a document is made in, chosen per recipient (many kommuner write Nynorsk)."""

    NB = "nb"
    NN = "nn"


class ConsentForm(enum.StrEnum):
    WRITTEN = "written"
    ORAL = "oral"


class ConsentState(enum.StrEnum):
    """Whether a consent lets the ward share on a given day, and if not, why."""

    VALID = "valid"
    NOT_YET_GIVEN = "not_yet_given"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    NO_AREAS = "no_areas"


@dataclass(frozen=True)
class Consent:
    """The patient's consent to share named areas with one recipient (helsepersonelloven § 22)."""

    consent_id: ConsentId
    plan_id: PlanId
    recipient_kind: RecipientKind
    recipient: str
    areas: frozenset[AreaKey]
    given: date
    form: ConsentForm
    noted_by: str
    expires: date | None = None
    withdrawn: date | None = None
    restrictions: str = ""
    # The written standard the recipient's documents are made in.
    language: DocumentLanguage = DocumentLanguage.NB

    def state(self, on: date) -> ConsentState:
        if self.withdrawn is not None and self.withdrawn <= on:
            return ConsentState.WITHDRAWN
        if self.given > on:
            return ConsentState.NOT_YET_GIVEN
        if self.expires is not None and self.expires < on:
            return ConsentState.EXPIRED
        if not self.areas:
            return ConsentState.NO_AREAS
        return ConsentState.VALID

    def is_valid(self, on: date) -> bool:
        return self.state(on) is ConsentState.VALID


@dataclass(frozen=True)
class Appointment:
    """A booked appointment after discharge (fastlege, NAV, kommune, a self-help meeting)."""

    appointment_id: AppointmentId
    plan_id: PlanId
    area: AreaKey
    what: str
    day: date
    time: time | None = None
    with_whom: str = ""
    place: str = ""
    phone: str = ""
    note: str = ""


class DocumentKind(enum.StrEnum):
    """Which document: the handover for a recipient, or the patient's own copy ("Min plan")."""

    KOMMUNE = "kommune"
    PATIENT = "patient"


class ExportChannel(enum.StrEnum):
    PDF = "pdf"
    PRINT = "print"


@dataclass(frozen=True)
class ExportRecord:
    """One document that left the program: saved as PDF or printed."""

    export_id: ExportId
    plan_id: PlanId
    kind: DocumentKind
    channel: ExportChannel
    recipient: str
    at: datetime
    user: str
    sha256: str
    file_name: str = ""


@dataclass(frozen=True)
class PlanSummary:
    """One row of the ward overview: what the first paint needs, read cheaply."""

    plan_id: PlanId
    patient_name: str
    fodselsnummer: str | None
    kommune_number: str | None
    responsible_staff: str
    admission: date
    planned_discharge: date | None
    status: PlanStatus
    # Traffic light per area: now for an active plan, at discharge for an ended one.
    area_lights: tuple[tuple[AreaKey, TrafficLight], ...] = ()
    # Open checklist items, agreed actions and follow-ups past their date; for an ended plan,
    # only its follow-up call after discharge.
    overdue: int = 0
    next_due: date | None = None
    next_due_text: str = ""
    actual_discharge: date | None = None


@dataclass(frozen=True)
class PlanDetail:
    """Everything the plan editor shows for one plan."""

    plan: Plan
    areas: tuple[AreaStatus, ...]
    items: tuple[ChecklistItem, ...]
    actions: tuple[Action, ...]

    def area(self, key: AreaKey) -> AreaStatus:
        for area in self.areas:
            if area.area is key:
                return area
        raise KeyError(key)

    def items_in(self, key: AreaKey) -> tuple[ChecklistItem, ...]:
        return tuple(item for item in self.items if item.area is key)

    def actions_in(self, key: AreaKey) -> tuple[Action, ...]:
        return tuple(action for action in self.actions if action.area is key)


class DueKind(enum.StrEnum):
    ITEM = "item"
    ACTION = "action"
    # A follow-up conversation about self-help (ref_id is the plan's id).
    SELF_HELP_FOLLOW_UP = "selfhelp"
    # The phone call after discharge (ref_id is the plan's id).
    FOLLOW_UP_CALL = "call"


@dataclass(frozen=True)
class DueEntry:
    """An open checklist item or agreed action with a date, for "Denne uken"."""

    plan_id: PlanId
    patient_name: str
    responsible_staff: str
    kind: DueKind
    ref_id: int
    area: AreaKey
    area_title: str
    text: str
    due: date
    responsible: Responsible
    responsible_name: str
    required: bool


@dataclass(frozen=True)
class AuditEntry:
    """Who did what to which plan; written in the same transaction as the change."""

    user: str
    action: str
    plan_id: PlanId | None
    detail: str = ""


# What an undoable change touched, before and after: one record of one kind.
Snapshot = Plan | AreaStatus | ChecklistItem | Action


class EditKind(enum.StrEnum):
    """What an undoable change was, so the Edit menu can say "Angre avkrysning"."""

    ITEM = "item"
    AREA_STATUS = "area_status"
    GOAL = "goal"
    ACTION_ADD = "action_add"
    ACTION_UPDATE = "action_update"
    ACTION_REMOVE = "action_remove"
    PLAN = "plan"


@dataclass(frozen=True)
class Edit:
    """One undoable change: the record before and after (None where it did not exist)."""

    kind: EditKind
    plan_id: PlanId
    area: AreaKey | None
    before: Snapshot | None
    after: Snapshot | None
    subject: str = ""


@dataclass(frozen=True)
class Changes:
    """What a service call changed, so the UI refreshes exactly that."""

    plan_ids: frozenset[PlanId] = frozenset()
    areas: frozenset[AreaKey] = frozenset()
    plan_list: bool = False
    edit: Edit | None = None
