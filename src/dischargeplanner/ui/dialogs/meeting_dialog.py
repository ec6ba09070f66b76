"""Planning or changing a meeting: kind, date and time, place or video, and who takes part.

Participants come from the plan's contacts; one removed from the plan since keeps its
name and role as it was at the meeting. Problems show under their field while typing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QWidget,
)

from dischargeplanner.domain.coordination_model import Contact
from dischargeplanner.domain.limits import TEXT_MAX
from dischargeplanner.domain.meeting_model import (
    MeetingDetails,
    MeetingKind,
    MeetingStatus,
    Participant,
)
from dischargeplanner.domain.meetings import validate_details
from dischargeplanner.domain.model import Plan
from dischargeplanner.domain.services import Issue
from dischargeplanner.ui.dialogs.form import date_edit, field_column, limit_length, muted_label, row_of
from dischargeplanner.ui.dialogs.record_form import WIDE_FORM_WIDTH, SelfHelpForm
from dischargeplanner.ui.formatting import from_qdate
from dischargeplanner.ui.meeting_texts import kind_name, participant_text
from dischargeplanner.ui.widgets import EnumCombo

DEFAULT_TIME = time(10)
TIME_FORMAT = "HH:mm"
# The participant list shows this many rows and scrolls beyond them.
PARTICIPANT_ROWS = 6
# Where a list item keeps its participant (a contact of the plan, or one removed since).
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 1


class MeetingDialog(SelfHelpForm):
    def __init__(
        self,
        start: MeetingDetails,
        plan: Plan,
        contacts: Sequence[Contact],
        today: date,
        *,
        new: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("meetingDialog", parent)
        self.setWindowTitle(self.tr("Plan a meeting") if new else self.tr("Change the meeting"))
        self.setMinimumWidth(WIDE_FORM_WIDTH)
        self._start = start
        self._plan = plan
        self._contacts = tuple(contacts)
        self._today = today
        self.field_errors.touched = {"day", "status"}
        self.explain(
            self.tr(
                "Evaluate the plan with the municipality about every six weeks in long stays; hold the "
                "discharge meeting with all parties about three weeks before discharge."
            ),
            "meetingExplanation",
        )
        self.kind: EnumCombo[MeetingKind] = EnumCombo(MeetingKind, kind_name)
        self.kind.setObjectName("meetingKind")
        self.kind.set_value(start.kind)
        self.add_row(self.tr("&Kind"), self.kind)
        self._build_when()
        self._build_where()
        self._build_participants()
        self._build_others()
        self.held = QCheckBox(self.tr("The meeting has been &held"))
        self.held.setObjectName("meetingHeld")
        self.held.setChecked(start.status is MeetingStatus.HELD)
        self.add_row(self.tr("Status"), self.held, key="status")
        self.held.setAccessibleName(self.held.text().replace("&", ""))
        for signal in (self.day.dateChanged, self.held.toggled):
            signal.connect(lambda *_args: self.validate())
        chain: list[QWidget] = [self.kind, self.day, self.has_time, self.time, self.video, self.place]
        self.finish([*chain, self.participants, self.patient, self.ward_staff, self.others, self.held])

    def _build_when(self) -> None:
        start = self._start
        self.day = date_edit("meetingDay", start.day)
        self.has_time = QCheckBox(self.tr("Known &time"))
        self.has_time.setObjectName("meetingHasTime")
        self.has_time.setChecked(start.start is not None)
        clock = start.start or DEFAULT_TIME
        self.time = QTimeEdit(QTime(clock.hour, clock.minute))
        self.time.setObjectName("meetingTime")
        self.time.setDisplayFormat(TIME_FORMAT)
        self.time.setAccessibleName(self.tr("Time"))
        self.time.setEnabled(self.has_time.isChecked())
        self.has_time.toggled.connect(self.time.setEnabled)
        self.add_row(self.tr("&Date"), self.day, row_of(self.day, self.has_time, self.time), "day")
        self.has_time.setAccessibleName(self.has_time.text().replace("&", ""))

    def _build_where(self) -> None:
        self.video = QCheckBox(self.tr("&Video meeting"))
        self.video.setObjectName("meetingVideo")
        self.video.setChecked(self._start.video)
        self.place = QLineEdit(self._start.place)
        limit_length(self.place, TEXT_MAX)
        self.place.setObjectName("meetingPlace")
        self.video.toggled.connect(lambda _checked: self._place_hint())
        self._place_hint()
        self.add_row(self.tr("Pl&ace or link"), self.place, field_column(self.place, self.video))

    def _place_hint(self) -> None:
        if self.video.isChecked():
            self.place.setPlaceholderText(self.tr("The video link, or how it is sent"))
        else:
            self.place.setPlaceholderText(self.tr("e.g. Meeting room 2 at the ward, or the NAV office"))

    def _build_participants(self) -> None:
        self.participants = QListWidget()
        self.participants.setObjectName("meetingParticipants")
        self.participants.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        invited = {p.contact_id for p in self._start.participants if p.contact_id is not None}
        for contact in self._contacts:
            participant = Participant(contact.contact_id, contact.name, contact.role, contact.role_text)
            self._add_participant(participant, contact.contact_id in invited, participant_text(participant))
        for participant in self._start.participants:  # removed from the plan since: kept as they were
            if participant.contact_id is None:
                removed = self.tr("%1 – no longer among the plan's contacts")
                self._add_participant(participant, True, removed.replace("%1", participant_text(participant)))
        rows = max(1, min(PARTICIPANT_ROWS, self.participants.count()))
        frame = 2 * self.participants.frameWidth() + 2
        self.participants.setFixedHeight(max(self.participants.sizeHintForRow(0), 1) * rows + frame)
        self.participants.setCurrentRow(0)
        note = self.tr("Tick who takes part (Space ticks).")
        if not self.participants.count():
            note = self.tr(
                "The plan has no contacts yet. Add them under the coordination with the municipality; "
                "until then, name the participants under «Others»."
            )
            self.participants.hide()
        cell = field_column(self.participants, muted_label(note, "meetingParticipantsNote"))
        self.add_row(self.tr("Pa&rticipants"), self.participants, cell)
        self.patient = QCheckBox(self.tr("The patient takes &part"))
        self.patient.setObjectName("meetingPatientPresent")
        self.patient.setChecked(self._start.patient_present)
        self.add_row(self.tr("Patient"), self.patient)
        self.patient.setAccessibleName(self.patient.text().replace("&", ""))

    def _add_participant(self, participant: Participant, checked: bool, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(PARTICIPANT_ROLE, participant)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.participants.addItem(item)

    def _build_others(self) -> None:
        self.ward_staff = QLineEdit(", ".join(self._start.ward_staff))
        limit_length(self.ward_staff, TEXT_MAX)
        self.ward_staff.setObjectName("meetingWardStaff")
        self.ward_staff.setPlaceholderText(self.tr("Names, separated by commas"))
        self.add_row(self.tr("&Ward staff"), self.ward_staff)
        self.others = QLineEdit(self._start.others)
        limit_length(self.others, TEXT_MAX)
        self.others.setObjectName("meetingOthers")
        self.others.setPlaceholderText(self.tr("e.g. an interpreter, or a peer worker"))
        self.add_row(self.tr("&Others"), self.others)

    # Behaviour -------------------------------------------------------------

    def problems(self) -> list[Issue]:
        shown = {"day", "status"}
        issues = validate_details(self.details(), self._plan, self._contacts, self._today)
        return [issue for issue in issues if issue.field in shown]

    def details(self) -> MeetingDetails:
        chosen = []
        for row in range(self.participants.count()):
            item = self.participants.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(item.data(PARTICIPANT_ROLE))
        clock = self.time.time()
        return MeetingDetails(
            kind=self.kind.value(),
            day=from_qdate(self.day.date()),
            start=time(clock.hour(), clock.minute()) if self.has_time.isChecked() else None,
            video=self.video.isChecked(),
            place=self.place.text().strip(),
            participants=tuple(chosen),
            patient_present=self.patient.isChecked(),
            ward_staff=tuple(name.strip() for name in self.ward_staff.text().split(",") if name.strip()),
            others=self.others.text().strip(),
            status=MeetingStatus.HELD if self.held.isChecked() else MeetingStatus.PLANNED,
        )

    @classmethod
    def get_meeting(
        cls,
        parent: QWidget | None,
        start: MeetingDetails,
        plan: Plan,
        contacts: Sequence[Contact],
        today: date,
        *,
        new: bool,
    ) -> MeetingDetails | None:
        """Plan (new) or change a meeting; the details as filled in, or None when cancelled."""
        dialog = cls(start, plan, contacts, today, new=new, parent=parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.details()
        return None
