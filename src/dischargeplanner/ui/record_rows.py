"""The consent, appointments, meetings and documents rows below the areas in the plan editor's list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QListWidget, QStyle

from dischargeplanner.domain.meeting_model import MeetingStatus
from dischargeplanner.domain.meetings import MeetingService
from dischargeplanner.domain.model import PlanDetail
from dischargeplanner.domain.sharing import SharingService, has_valid_kommune_consent
from dischargeplanner.ui.formatting import format_date

# The pages listed below the nine areas, in this order.
CONSENT = "consent"
APPOINTMENTS = "appointments"
MEETINGS = "meetings"
DOCUMENTS = "documents"


class RecordRows(QObject):
    """Says on each row how things stand: valid consents, appointments booked, documents made."""

    def show(
        self,
        detail: PlanDetail,
        sharing: SharingService,
        meetings: MeetingService,
        today: date,
        area_list: QListWidget,
        first_row: int,
    ) -> None:
        plan_id = detail.plan.plan_id
        consents = sharing.consents(plan_id)
        valid = sum(1 for consent in consents if consent.is_valid(today))
        kommune = has_valid_kommune_consent(consents, today)
        appointments = len(sharing.appointments(plan_id))
        exports = len(sharing.exports(plan_id))
        planned = [
            meeting.details.day
            for meeting in meetings.meetings(plan_id)
            if meeting.details.status is MeetingStatus.PLANNED and meeting.details.day >= today
        ]
        held = sum(
            1 for meeting in meetings.meetings(plan_id) if meeting.details.status is MeetingStatus.HELD
        )
        meeting_state = (
            self.tr("next %1").replace("%1", format_date(min(planned)))
            if planned
            else self.tr("%n held", "", held)
        )
        rows = {
            CONSENT: (
                self.tr("Consent"),
                self.tr("%n valid", "", valid) if kommune else self.tr("⚠ none for the kommune"),
            ),
            APPOINTMENTS: (self.tr("Appointments"), self.tr("%n booked", "", appointments)),
            MEETINGS: (self.tr("Meetings"), meeting_state),
            DOCUMENTS: (self.tr("Documents"), self.tr("%n printed or saved", "", exports)),
        }
        icons = {
            CONSENT: QStyle.StandardPixmap.SP_DialogApplyButton
            if kommune
            else QStyle.StandardPixmap.SP_MessageBoxWarning,
            APPOINTMENTS: QStyle.StandardPixmap.SP_FileDialogContentsView,
            MEETINGS: QStyle.StandardPixmap.SP_FileDialogDetailedView,
            DOCUMENTS: QStyle.StandardPixmap.SP_FileIcon,
        }
        for offset, (key, (title, state)) in enumerate(rows.items()):
            item = area_list.item(first_row + offset)
            item.setIcon(area_list.style().standardIcon(icons[key]))
            item.setText(f"{title}\n{state}")
            item.setToolTip(f"{title}: {state}")
