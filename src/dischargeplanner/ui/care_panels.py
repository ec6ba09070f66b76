"""The plan editor's tabs and page for working with the kommune, and the warnings they raise.

Contacts, individuell plan and the follow-up call sit in the Coordination area; the crisis plan
and the relapse arrangements in the Crisis area; children in the Family area; meetings get a
page of their own below the areas, since a meeting covers every area.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from dischargeplanner.domain.coordination_model import responsible_contact
from dischargeplanner.domain.crisis_model import procedure_missing
from dischargeplanner.domain.follow_up_call import CallState
from dischargeplanner.domain.model import AreaKey, DischargeKind, DueKind, PlanDetail, PlanStatus
from dischargeplanner.domain.services import PlanService
from dischargeplanner.domain.sharing import SharingService
from dischargeplanner.ui.actions_panel import Perform
from dischargeplanner.ui.area_page import AreaPage
from dischargeplanner.ui.contacts_panel import ContactsPanel
from dischargeplanner.ui.coordination_panel import CoordinationPanel
from dischargeplanner.ui.crisis_panel import CrisisPanel
from dischargeplanner.ui.family_panel import FamilyPanel
from dischargeplanner.ui.follow_up_call_panel import FollowUpCallPanel
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.meetings_page import MeetingsPage
from dischargeplanner.ui.relapse_panel import RelapsePanel

if TYPE_CHECKING:
    from dischargeplanner.care import CareServices
    from dischargeplanner.documents.export import DocumentMaker

# The procedure for an unplanned discharge is written in the first days (DOMAIN.md timeline).
PROCEDURE_DAYS = 3


class CarePanels(QObject):
    """Makes the tabs, adds them to the area pages, and says what the header should warn about."""

    def __init__(
        self,
        care: CareServices,
        sharing: SharingService,
        plan_service: PlanService,
        documents: Callable[[], DocumentMaker],
        user: str,
        perform: Perform,
        today: Callable[[], date],
        pages: Mapping[AreaKey, AreaPage],
    ) -> None:
        super().__init__()
        self._care = care
        self._today = today
        self._pages = pages
        self.contacts = ContactsPanel(care.coordination, sharing, user, perform, today)
        self.coordination = CoordinationPanel(care.coordination, sharing, user, perform, today)
        self.call = FollowUpCallPanel(care.calls, user, perform, today)
        self.crisis = CrisisPanel(care.crisis, user, perform, today)
        self.relapse = RelapsePanel(care.crisis, user, perform, today)
        self.family = FamilyPanel(care.family, user, perform, today)
        self.meetings = MeetingsPage(care.meetings, plan_service, documents, user, perform, today)
        coordination = pages[AreaKey.COORDINATION]
        coordination.add_panel(self.contacts, self.contacts_title())
        coordination.add_panel(self.coordination, self.tr("Individual plan and ansvarsgruppe"))
        coordination.add_panel(self.call, self.call_title())
        pages[AreaKey.CRISIS].add_panel(self.crisis, self.tr("Crisis plan"))
        pages[AreaKey.CRISIS].add_panel(self.relapse, self.relapse_title())
        pages[AreaKey.FAMILY].add_panel(self.family, self.tr("Children and family"))

    def contacts_title(self) -> str:
        return self.tr("Contacts")

    def call_title(self) -> str:
        return self.tr("Follow-up call")

    def relapse_title(self) -> str:
        return self.tr("User-controlled bed, return and unplanned discharge")

    def flush_pending(self) -> None:
        """Store what is typed but not yet saved in the crisis plan or the coordination tab."""
        self.coordination.flush_pending()
        self.crisis.flush_pending()

    def show_entry(self, kind: DueKind) -> bool:
        """Open the tab a due entry of `kind` belongs to; False when it is not one of these tabs."""
        if kind is not DueKind.FOLLOW_UP_CALL:
            return False
        self._pages[AreaKey.COORDINATION].show_panel(self.call)
        self.call.setFocus()
        return True

    def show_procedure(self) -> None:
        """After an unplanned discharge: the procedure to follow, on the Crisis area's tab."""
        self._pages[AreaKey.CRISIS].show_panel(self.relapse)

    def warnings(self, detail: PlanDetail) -> list[str]:
        """What must not be missed on this plan, worded for the header."""
        plan = detail.plan
        if plan.status is PlanStatus.ACTIVE:
            return self._active_warnings(detail)
        if plan.status is not PlanStatus.DISCHARGED:
            return []
        found: list[str] = []
        crisis = detail.area(AreaKey.CRISIS).title
        if (
            plan.discharge_kind is DischargeKind.UNPLANNED
            and not self._care.crisis.procedure(plan.plan_id).followed
        ):
            found.append(
                self.tr("Discharged unplanned: follow the procedure and mark it as followed (%1 → %2).")
                .replace("%1", crisis)
                .replace("%2", self.relapse_title())
            )
        status = self._care.calls.status(plan.plan_id)
        if status.state is CallState.DUE and status.due is not None:
            found.append(
                self.tr("Follow-up call to the patient due %1 (%2 → %3).")
                .replace("%1", format_date(status.due))
                .replace("%2", detail.area(AreaKey.COORDINATION).title)
                .replace("%3", self.call_title())
            )
        return found

    def _active_warnings(self, detail: PlanDetail) -> list[str]:
        plan = detail.plan
        found: list[str] = []
        if responsible_contact(self._care.coordination.contacts(plan.plan_id)) is None:
            found.append(
                self.tr("No named person responsible in the kommune yet (%1 → %2).")
                .replace("%1", detail.area(AreaKey.COORDINATION).title)
                .replace("%2", self.contacts_title())
            )
        days_in = (self._today() - plan.admission).days
        if days_in >= PROCEDURE_DAYS and procedure_missing(self._care.crisis.procedure(plan.plan_id)):
            found.append(
                self.tr(
                    "No procedure recorded for an unplanned discharge: who at the kommune must be told (%1 → %2)."  # noqa: E501
                )
                .replace("%1", detail.area(AreaKey.CRISIS).title)
                .replace("%2", self.relapse_title())
            )
        return found
