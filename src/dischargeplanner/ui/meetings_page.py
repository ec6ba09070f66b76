"""Plan editor page "Meetings": the meetings the timeline asks for, the plan's meetings, meeting
mode for the projector, and the minutes as PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.coordination_model import Contact
from dischargeplanner.domain.meeting_model import (
    Meeting,
    MeetingDetails,
    MeetingKind,
    Participant,
    Suggestion,
)
from dischargeplanner.domain.meetings import MeetingService
from dischargeplanner.domain.model import Changes, PlanDetail
from dischargeplanner.domain.services import PlanService
from dischargeplanner.domain.sharing import ConsentRefusedError
from dischargeplanner.ui.actions_panel import Perform
from dischargeplanner.ui.dialogs.form import muted_label, tab_chain
from dischargeplanner.ui.dialogs.meeting_dialog import MeetingDialog
from dischargeplanner.ui.documents_page import SaveLocation
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.i18n import wording
from dischargeplanner.ui.meeting_mode import MeetingMode
from dischargeplanner.ui.meeting_texts import (
    kind_name,
    participant_text,
    place_text,
    status_name,
    suggestion_text,
    when_text,
)
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.record_table import RecordModel, RecordTable
from dischargeplanner.ui.store_problems import file_problem_text
from dischargeplanner.ui.style import ERROR_COLOUR, SPACING
from dischargeplanner.ui.texts import light_name, responsible_name

if TYPE_CHECKING:
    from dischargeplanner.documents.export import DocumentMaker


class MeetingsPage(QWidget):
    """The plan's meetings; every change goes through `perform`, so the editor shows it at once."""

    meeting_changed = Signal(Changes)

    def __init__(
        self,
        service: MeetingService,
        plan_service: PlanService,
        documents: Callable[[], DocumentMaker],
        user: str,
        perform: Perform,
        today: Callable[[], date],
    ) -> None:
        super().__init__()
        self.setObjectName("meetingsPage")
        self._service = service
        self._plans = plan_service
        self._documents = documents
        self._user = user
        self._perform = perform
        self._today = today
        self.detail: PlanDetail | None = None
        self.read_only = True
        self.meeting_mode: MeetingMode | None = None
        self.suggestion_buttons: list[QPushButton] = []
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, 0, 0, 0)
        layout.setSpacing(SPACING)
        heading = QLabel(self.tr("Meetings"))
        heading.setObjectName("meetingsPageHeading")
        heading.setStyleSheet("font-size: large; font-weight: bold")
        layout.addWidget(heading)
        layout.addWidget(
            muted_label(
                self.tr(
                    "Evaluate the plan with the municipality about every six weeks in long stays, and hold "
                    "the discharge meeting about three weeks before discharge. In meeting mode the plan is "
                    "shown area by area on the projector; decisions become agreed actions at once."
                ),
                "meetingsExplanation",
            )
        )
        self.suggestions_box = QGroupBox(self.tr("Suggested by the timeline"))
        self.suggestions_box.setObjectName("meetingSuggestions")
        self.suggestions_layout = QVBoxLayout(self.suggestions_box)
        layout.addWidget(self.suggestions_box)
        layout.addLayout(self._build_bar())
        model: RecordModel[Meeting] = RecordModel(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Place"),
                self.tr("Participants"),
                self.tr("Status"),
                self.tr("Decisions"),
            ],
            self._cells,
        )
        self.meetings: RecordTable[Meeting] = RecordTable(
            "meetings",
            self.tr("Meetings"),
            model,
            self.tr("No meetings yet. Plan one with «New meeting…» or from a suggestion above."),
        )
        self.meetings.table.doubleClicked.connect(lambda _index: self.change_current())
        self.meetings.table.installEventFilter(self)
        self.meetings.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_preview())
        layout.addWidget(self.meetings)
        layout.addLayout(self._build_meeting_bar())
        preview_label = QLabel(self.tr("Agenda of the selected meeting"))
        preview_label.setStyleSheet("font-weight: bold")
        self.preview = QTextBrowser()
        self.preview.setObjectName("meetingAgenda")
        self.preview.setAccessibleName(preview_label.text())
        self.preview.setOpenLinks(False)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview, 1)
        # F5 starts meeting mode from anywhere on the page, as in presentation programs.
        self.start_action = QAction(self)
        self.start_action.setShortcut(QKeySequence("F5"))
        self.start_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.start_action.triggered.connect(self.start_meeting_mode)
        self.addAction(self.start_action)
        tab_chain([self.new_button, self.change_button, self.remove_button, self.meetings.table])
        tab_chain([self.meetings.table, self.start_button, self.minutes_button, self.preview])

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.new_button = self._button(bar, self.tr("&New meeting…"), "newMeetingButton", self.new_meeting)
        self.change_button = self._button(
            bar, self.tr("Chan&ge…"), "changeMeetingButton", self.change_current
        )
        self.remove_button = self._button(
            bar, self.tr("&Remove…"), "removeMeetingButton", self.remove_current
        )
        bar.addStretch(1)
        return bar

    def _build_meeting_bar(self) -> QHBoxLayout:
        """What to do with the selected meeting: hold it on the projector, or send its minutes."""
        bar = QHBoxLayout()
        self.start_button = self._button(
            bar, self.tr("Start &meeting mode (F5)"), "startMeetingMode", self.start_meeting_mode
        )
        self.start_button.setToolTip(
            self.tr("Show the selected meeting on the projector, one area at a time")
        )
        self.minutes_button = self._button(
            bar, self.tr("Save minutes as P&DF…"), "saveMinutesButton", self.save_minutes
        )
        bar.addStretch(1)
        return bar

    @staticmethod
    def _button(bar: QHBoxLayout, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        bar.addWidget(button)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter opens the selected meeting, Delete removes it (after asking)."""
        if watched is self.meetings.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.change_current()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    # Showing ---------------------------------------------------------------

    def show_detail(self, detail: PlanDetail, *, read_only: bool) -> None:
        self.detail = detail
        self.read_only = read_only
        plan_id = detail.plan.plan_id
        meetings = self._service.meetings(plan_id)
        self.meetings.set_rows(meetings)
        self._show_suggestions(self._service.suggestions(plan_id), meetings)
        has_meeting = bool(meetings)
        self.new_button.setEnabled(not read_only)
        self.change_button.setEnabled(not read_only and has_meeting)
        self.remove_button.setEnabled(not read_only and has_meeting)
        self.start_button.setEnabled(has_meeting)
        self.minutes_button.setEnabled(has_meeting)
        self._show_preview()

    def refresh(self) -> None:
        """Read the plan again (after meeting mode or a change made here)."""
        if self.detail is not None:
            detail = wording().detail(self._plans.plan_detail(self.detail.plan.plan_id))
            self.show_detail(detail, read_only=self.read_only)

    def _cells(self, meeting: Meeting) -> tuple[str, ...]:
        details = meeting.details
        return (
            when_text(details),
            kind_name(meeting.kind),
            place_text(details),
            str(meeting.participant_count),
            status_name(meeting.status),
            str(len(meeting.decisions)),
        )

    def _show_suggestions(self, suggestions: list[Suggestion], meetings: list[Meeting]) -> None:
        while self.suggestions_layout.count():
            item = self.suggestions_layout.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self.suggestion_buttons = []
        days = {meeting.meeting_id: meeting.day for meeting in meetings}
        for index, suggestion in enumerate(suggestions):
            covering = days.get(suggestion.covered_by) if suggestion.covered_by is not None else None
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = QLabel(
                ("✓ " if covering else "⚠ " if suggestion.overdue else "")
                + suggestion_text(suggestion, covering)
            )
            text.setObjectName(f"suggestion{index}")
            text.setWordWrap(True)
            if suggestion.overdue:
                text.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold")
            line.addWidget(text, 1)
            if covering is None and not self.read_only:
                button = QPushButton(self.tr("Plan…"))
                button.setObjectName(f"planSuggestion{index}")
                button.setAccessibleName(self.tr("Plan: %1").replace("%1", text.text()))
                button.clicked.connect(lambda _checked=False, s=suggestion: self.new_meeting(s))
                line.addWidget(button)
                self.suggestion_buttons.append(button)
            self.suggestions_layout.addWidget(row)
        if not suggestions:
            empty = QLabel(
                self.tr("No suggestions: the plan needs a planned discharge date, and must be active.")
            )
            empty.setObjectName("noSuggestions")
            empty.setWordWrap(True)
            self.suggestions_layout.addWidget(empty)
        if self.suggestion_buttons:
            QWidget.setTabOrder(self.suggestion_buttons[-1], self.new_button)

    def current(self) -> Meeting | None:
        return self.meetings.current()

    def _show_preview(self) -> None:
        meeting = self.current()
        if meeting is None or self.detail is None:
            self.preview.setHtml(escape(self.tr("Select a meeting to see its agenda.")))
            return
        agenda = self._service.agenda(self.detail, meeting.meeting_id)
        details = meeting.details
        parts = [f"<h3>{escape(kind_name(meeting.kind))} {escape(when_text(details))}</h3>"]
        people = [participant_text(p) for p in details.participants] + list(details.ward_staff)
        if details.patient_present:
            people.insert(0, self.tr("the patient"))
        taking_part, minute_word = self.tr("Taking part:"), self.tr("Minute:")
        parts.append(f"<p><b>{escape(taking_part)}</b> {escape(', '.join(people))}</p>")
        if agenda.previous is not None and agenda.previous_open:
            heading = self.tr("Still open from the meeting on %1").replace(
                "%1", format_date(agenda.previous.day)
            )
            parts.append(f"<p><b>{escape(heading)}</b></p><ul>")
            parts += [f"<li>{escape(d.what)}</li>" for d in agenda.previous_open]
            parts.append("</ul>")
        for area in agenda.areas:
            parts.append(f"<h4>{escape(area.title)} – {escape(light_name(area.light))}</h4>")
            if area.goal:
                parts.append(f"<p><i>{escape(area.goal)}</i></p>")
            counts = (
                self.tr("%n open item(s)", "", area.open_items)
                + ", "
                + self.tr("%n open action(s)", "", len(area.open_actions))
            )
            parts.append(f"<p>{escape(counts)}</p>")
            if minute := meeting.minute(area.area):
                parts.append(f"<p><b>{escape(minute_word)}</b> {escape(minute)}</p>")
            for decision in meeting.decisions_in(area.area):
                who = responsible_name(decision.responsible)
                parts.append(f"<p>→ {escape(decision.what)} ({escape(who)})</p>")
        self.preview.setHtml("".join(parts))

    # Changing --------------------------------------------------------------

    def _contacts(self) -> list[Contact]:
        assert self.detail is not None
        return self._service.contacts(self.detail.plan.plan_id)

    def new_meeting(self, suggestion: Suggestion | None = None) -> None:
        if self.detail is None or self.read_only:
            return
        plan = self.detail.plan
        contacts = self._contacts()
        start = MeetingDetails(
            kind=suggestion.kind if suggestion else MeetingKind.EVALUATION,
            day=suggestion.day if suggestion else self._today(),
            participants=tuple(
                Participant(c.contact_id, c.name, c.role, c.role_text)
                for c in contacts
                if not c.role.is_private
            ),
            ward_staff=(plan.responsible_staff,) if plan.responsible_staff else (),
        )
        details = MeetingDialog.get_meeting(self, start, plan, contacts, self._today(), new=True)
        if details is not None:
            self._change(lambda: self._service.add_meeting(plan.plan_id, details, self._user)[1])

    def change_current(self) -> None:
        meeting = self.current()
        if meeting is None or self.detail is None or self.read_only:
            return
        contacts = self._contacts()
        details = MeetingDialog.get_meeting(
            self, meeting.details, self.detail.plan, contacts, self._today(), new=False
        )
        if details is not None:
            self._change(lambda: self._service.update_meeting(meeting.meeting_id, details, self._user))

    def remove_current(self) -> None:
        meeting = self.current()
        if meeting is None or self.read_only:
            return
        question = (
            self.tr("Remove the %1 on %2 and its minutes?")
            .replace("%1", kind_name(meeting.kind).lower())
            .replace("%2", format_date(meeting.day))
        )
        if meeting.decisions:
            question += "\n\n" + self.tr(
                "Its %n decision(s) stay in the plan as agreed actions.", "", len(meeting.decisions)
            )
        if Messages.question(self, self.tr("Remove meeting"), question):
            self._change(lambda: self._service.remove_meeting(meeting.meeting_id, self._user))

    def _change(self, call: Callable[[], Changes]) -> bool:
        stored = self._perform(call)
        if stored:
            self.refresh()
        return stored

    def _changed(self, changes: Changes) -> None:
        """A change stored in meeting mode: the editor shows it as for any other change."""
        self._perform(lambda: changes)
        self.meeting_changed.emit(changes)

    # Meeting mode and minutes ----------------------------------------------

    def start_meeting_mode(self) -> MeetingMode | None:
        """Open the selected meeting full screen for the projector; the meeting window, or None."""
        meeting = self.current()
        if meeting is None or not self.start_button.isEnabled():
            return None
        if self.meeting_mode is not None:
            self.meeting_mode.close()
        # A window of its own, but owned by the page: it goes when the plan editor goes.
        mode = MeetingMode(self._service, self._plans, meeting.meeting_id, self._user, self._changed, self)
        mode.closed.connect(self._meeting_mode_closed)
        self.meeting_mode = mode
        mode.showFullScreen()
        mode.activateWindow()
        return mode

    def _meeting_mode_closed(self) -> None:
        self.refresh()
        window = self.window()
        window.activateWindow()

    def save_minutes(self) -> None:
        meeting = self.current()
        if meeting is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = self._documents().make_minutes(self._service, meeting.meeting_id, made_by=self._user)
        except ConsentRefusedError:
            QGuiApplication.restoreOverrideCursor()
            Messages.warning(
                self,
                self.tr("No consent"),
                self.tr(
                    "The minutes follow the patient's consent to share with the municipality, and there is "
                    "no valid one. Record the consent under «Consent» and try again. Nothing was made."
                ),
            )
            return
        QGuiApplication.restoreOverrideCursor()
        target = SaveLocation.choose(
            self, self.tr("Save minutes as PDF"), made.file_name, self.tr("PDF documents (*.pdf)")
        )
        if target is None:
            return
        try:
            self._documents().save_minutes(self._service, made, target, self._user)
        except OSError as error:
            Messages.warning(
                self,
                self.tr("Not saved"),
                self.tr("The PDF could not be written to %1. %2 Nothing was written.")
                .replace("%1", str(target))
                .replace("%2", file_problem_text(error)),
            )
            return
        Messages.information(self, self.tr("Saved"), self.tr("Saved as %1.").replace("%1", str(target)))
