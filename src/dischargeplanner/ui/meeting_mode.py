"""Meeting mode: the plan on a projector, one page at a time, minutes and decisions typed as we go.

A start page (the meeting, who is there, the agenda), one page per area, and a closing page
with every decision. ←/→ and Page Up/Down turn pages when the keyboard is not in a text field;
Alt+←/→ and Ctrl+Page Up/Down always do. Minutes are stored as they are typed; Esc stores what
is left and closes. A decision is an agreed action of the plan the moment it is added.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.meeting_model import Agenda, Decision, Meeting, MeetingId
from dischargeplanner.domain.meetings import MeetingService
from dischargeplanner.domain.model import ActionId, AreaKey, Changes, PlanStatus, Responsible
from dischargeplanner.domain.services import PlanService
from dischargeplanner.ui.change_runner import ChangeRunner, Refused
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.i18n import wording
from dischargeplanner.ui.meeting_slides import (
    BODY_POINTS,
    STYLE,
    AreaSlide,
    bullets,
    chip_html,
    decision_text,
    label,
    scroller,
)
from dischargeplanner.ui.meeting_texts import kind_name, participant_text, place_text, when_text
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.style import FONT_FAMILY, SPACING
from dischargeplanner.ui.texts import responsible_name

_TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


class StartSlide(QWidget):
    """The meeting, who takes part, and the agenda: every area's status and what is open."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("slide_start")
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(SPACING)
        self.heading = label(name="slideHeading")
        self.when = label(name="meetingWhen")
        self.participants = label(name="meetingParticipants", rich=True)
        self.agenda = label(name="agendaOverview", rich=True)
        self.previous_heading = label(name="sectionHeading")
        self.previous = label(name="previousDecisions", rich=True)
        column.addWidget(self.heading)
        column.addWidget(self.when)
        # The agenda is the widest; who takes part fits beside it.
        row = QHBoxLayout()
        row.setSpacing(SPACING * 4)
        for stretch, title, widget in (
            (2, self.tr("Agenda"), self.agenda),
            (1, self.tr("Taking part"), self.participants),
        ):
            part = QVBoxLayout()
            part.addWidget(label(title, "sectionHeading"))
            part.addWidget(widget)
            part.addStretch(1)
            row.addLayout(part, stretch)
        column.addLayout(row)
        column.addWidget(self.previous_heading)
        column.addWidget(self.previous)
        column.addWidget(label(self.tr("→ or Page Down goes to the first area. Esc stores and closes.")))
        column.addStretch(1)
        self.scroll_area = scroller(content, "startScroll")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def show_meeting(self, meeting: Meeting, agenda: Agenda) -> None:
        details = meeting.details
        self.heading.setText(kind_name(meeting.kind))
        self.when.setText(" · ".join(part for part in (when_text(details), place_text(details)) if part))
        people = [participant_text(p) for p in details.participants]
        people.append(
            self.tr("The patient") if details.patient_present else self.tr("The patient (not present)")
        )
        if details.ward_staff:
            people.append(self.tr("From the ward: %1").replace("%1", ", ".join(details.ward_staff)))
        if details.others:
            people.append(details.others)
        self.participants.setText(bullets(people))
        header = "".join(
            f"<th align='left'>{escape(text)}</th>"
            for text in (self.tr("Area"), self.tr("Status"), self.tr("Open items"), self.tr("Open actions"))
        )
        rows = "".join(
            f"<tr><td>{escape(area.title)}</td><td>{chip_html(area.light)}</td>"
            f"<td align='center'>{area.open_items}</td><td align='center'>{len(area.open_actions)}</td></tr>"
            for area in agenda.areas
        )
        self.agenda.setText(f"<table cellpadding='5'><tr>{header}</tr>{rows}</table>")
        previous = agenda.previous
        self.previous_heading.setVisible(previous is not None)
        self.previous.setVisible(previous is not None)
        if previous is not None:
            self.previous_heading.setText(
                self.tr("Still open from the meeting on %1").replace("%1", format_date(previous.day))
            )
            titles = {area.area: area.title for area in agenda.areas}
            lines = [f"{titles.get(d.area, '')}: {decision_text(d)}" for d in agenda.previous_open]
            self.previous.setText(bullets(lines) if lines else escape(self.tr("Everything decided is done.")))


class ClosingSlide(QWidget):
    """Every decision of the meeting, and marking the meeting as held."""

    def __init__(self, mark_held: Callable[[], None], close: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("slide_closing")
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(SPACING)
        column.addWidget(label(self.tr("Decisions made at this meeting"), "slideHeading"))
        self.decisions = label(name="allDecisions", rich=True)
        column.addWidget(self.decisions)
        self.status = label(name="meetingStatus")
        column.addWidget(self.status)
        buttons = QHBoxLayout()
        self.held_button = QPushButton(self.tr("&Mark the meeting as held"))
        self.held_button.setObjectName("markHeld")
        self.held_button.clicked.connect(mark_held)
        self.close_button = QPushButton(self.tr("Store and &close (Esc)"))
        self.close_button.setObjectName("closeMeetingMode")
        self.close_button.clicked.connect(close)
        buttons.addWidget(self.held_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(1)
        self.scroll_area = scroller(content, "closingScroll")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def show_meeting(self, meeting: Meeting, agenda: Agenda, read_only: bool) -> None:
        no_deadline = self.tr("No deadline")
        titles = {area.area: area.title for area in agenda.areas}
        rows = "".join(
            f"<tr><td><b>{escape(titles.get(d.area, ''))}</b></td><td>{escape(d.what)}</td>"
            f"<td>{escape(self._who(d))}</td>"
            f"<td>{escape(format_date(d.deadline) if d.deadline else no_deadline)}</td></tr>"
            for d in meeting.decisions
        )
        self.decisions.setText(
            f"<table cellpadding='6'>{rows}</table>" if rows else escape(self.tr("No decisions yet."))
        )
        self.status.setText(
            self.tr("The meeting is marked as held on %1.").replace("%1", format_date(meeting.day))
            if meeting.held
            else self.tr("The meeting is not marked as held yet.")
        )
        self.held_button.setVisible(not meeting.held and not read_only)

    @staticmethod
    def _who(decision: Decision) -> str:
        word = responsible_name(decision.responsible)
        return f"{word}: {decision.responsible_name}" if decision.responsible_name else word


class MeetingMode(QWidget):
    """A window of its own for the meeting; `on_change` is told of every stored change."""

    closed = Signal()

    def __init__(
        self,
        service: MeetingService,
        plans: PlanService,
        meeting_id: MeetingId,
        user: str,
        on_change: Callable[[Changes], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("meetingMode")
        self.setFont(QFont(FONT_FAMILY, BODY_POINTS))
        self.setStyleSheet(STYLE)
        palette = self.palette()  # black on white, for the back of the room
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            palette.setColor(role, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
        self.setPalette(palette)
        self._service = service
        self._plans = plans
        self._meeting_id = meeting_id
        self._user = user
        self._on_change = on_change
        self._runner = ChangeRunner(self, take_current=plans.watch)
        self._load()
        self._build()
        self._shortcuts()
        self.reload()
        self.go_to(0)

    def _load(self) -> None:
        self.meeting = self._service.meeting(self._meeting_id)
        self.detail = wording().detail(self._plans.plan_detail(self.meeting.plan_id))
        self._plans.watch(self.meeting.plan_id, self.detail.plan.version)
        self.read_only = self.detail.plan.status is not PlanStatus.ACTIVE
        self.agenda = self._service.agenda(self.detail, self._meeting_id)
        self._earlier: dict[ActionId, date] = {
            decision.action_id: meeting.day
            for meeting in self._service.meetings(self.meeting.plan_id)
            if meeting.sort_key() < self.meeting.sort_key()
            for decision in meeting.decisions
        }

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 4, SPACING * 2, SPACING * 4, SPACING * 2)
        layout.setSpacing(SPACING * 2)
        top = QHBoxLayout()
        self.title = label(name="meetingTitle")
        self.indicator = QLabel()
        self.indicator.setObjectName("pageIndicator")
        top.addWidget(self.title, 1)
        top.addWidget(self.indicator, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.stack = QStackedWidget()
        self.start_slide = StartSlide()
        self.area_slides: dict[AreaKey, AreaSlide] = {}
        self.stack.addWidget(self.start_slide)
        for area in self.agenda.areas:
            slide = AreaSlide(area.area, self._save_minute, self._add_decision, self._remove_decision)
            self.area_slides[area.area] = slide
            self.stack.addWidget(slide)
        self.closing_slide = ClosingSlide(self._mark_held, self.close_window)
        self.stack.addWidget(self.closing_slide)
        layout.addWidget(self.stack, 1)
        bottom = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("← Previous"))
        self.previous_button.setObjectName("previousPage")
        self.previous_button.setToolTip(self.tr("← or Page Up; Alt+← from a text field"))
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button = QPushButton(self.tr("Next →"))
        self.next_button.setObjectName("nextPage")
        self.next_button.setToolTip(self.tr("→ or Page Down; Alt+→ from a text field"))
        self.next_button.clicked.connect(self.next_page)
        self.hint = label(name="meetingHint")
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.hint, 1, Qt.AlignmentFlag.AlignCenter)
        bottom.addWidget(self.next_button)
        layout.addLayout(bottom)
        plan = self.detail.plan
        self.setWindowTitle(self.tr("Meeting mode – %1").replace("%1", plan.patient.name))

    def _shortcuts(self) -> None:
        keys: list[tuple[QKeySequence.StandardKey | str, Callable[[], None]]] = [
            ("Left", lambda: self._turn(-1, always=False)),
            ("Right", lambda: self._turn(1, always=False)),
            ("PgUp", lambda: self._turn(-1, always=False)),
            ("PgDown", lambda: self._turn(1, always=False)),
            ("Alt+Left", self.previous_page),
            ("Alt+Right", self.next_page),
            ("Ctrl+PgUp", self.previous_page),
            ("Ctrl+PgDown", self.next_page),
            ("Esc", self.close_window),
            ("Ctrl+Return", self._add_here),
            ("Ctrl+Enter", self._add_here),
        ]
        self.shortcuts = []
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    # Pages -----------------------------------------------------------------

    def page_count(self) -> int:
        return self.stack.count()

    def current_area(self) -> AreaKey | None:
        slide = self.stack.currentWidget()
        return slide.area if isinstance(slide, AreaSlide) else None

    def go_to(self, index: int) -> None:
        index = max(0, min(index, self.stack.count() - 1))
        self.flush()
        self.stack.setCurrentIndex(index)
        areas = len(self.area_slides)
        if 1 <= index <= areas:
            text = self.tr("Area %1 of %2").replace("%1", str(index)).replace("%2", str(areas))
        elif index == 0:
            text = self.tr("Start")
        else:
            text = self.tr("Summary")
        self.indicator.setText(text)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.stack.count() - 1)
        # The page itself takes the keyboard: arrows turn pages, Tab goes into the fields.
        slide = self.stack.currentWidget()
        if isinstance(slide, AreaSlide):
            slide.overview.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(slide, StartSlide | ClosingSlide):
            slide.scroll_area.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_page(self) -> None:
        self.go_to(self.stack.currentIndex() + 1)

    def previous_page(self) -> None:
        self.go_to(self.stack.currentIndex() - 1)

    def _turn(self, step: int, *, always: bool) -> None:
        if not always and self._typing():
            return
        self.go_to(self.stack.currentIndex() + step)

    @staticmethod
    def _typing() -> bool:
        """The keyboard is in a field where arrows and page keys belong to the text."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QPlainTextEdit | QTextEdit) and focus.isReadOnly():
            return False
        return isinstance(focus, _TEXT_FIELDS)

    # Showing ---------------------------------------------------------------

    def reload(self) -> None:
        """Read the meeting and the plan again and show them on every page."""
        self._load()
        plan = self.detail.plan
        self.title.setText(
            " · ".join((kind_name(self.meeting.kind), plan.patient.name, when_text(self.meeting.details)))
        )
        self.hint.setText(self.tr("Read only: the plan is no longer active.") if self.read_only else "")
        self.start_slide.show_meeting(self.meeting, self.agenda)
        for area in self.agenda.areas:
            self.area_slides[area.area].show_area(area, self.meeting, self._earlier, self.read_only)
        self.closing_slide.show_meeting(self.meeting, self.agenda, self.read_only)

    def flush(self) -> None:
        """Store every minute typed but not yet stored."""
        for slide in self.area_slides.values():
            slide.minute.flush_pending()

    def close_window(self) -> None:
        """Store what is typed and close; nothing to confirm, nothing is lost."""
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        event.accept()
        self.closed.emit()

    # Changing --------------------------------------------------------------

    def _run(self, call: Callable[[], Changes]) -> bool:
        result = self._runner.run(self, call)
        if isinstance(result, Refused):
            self.reload()
            return False
        self._on_change(result)
        return True

    def _save_minute(self, area: AreaKey, text: str) -> bool | None:
        if self.read_only:
            return None
        return self._run(lambda: self._service.set_minute(self._meeting_id, area, text, self._user))

    def _add_decision(
        self, area: AreaKey, what: str, who: Responsible, name: str, deadline: date | None
    ) -> bool:
        stored = self._run(
            lambda: self._service.add_decision(self._meeting_id, area, what, who, name, deadline, self._user)[
                1
            ]
        )
        if stored:
            self.reload()
        return stored

    def _add_here(self) -> None:
        slide = self.stack.currentWidget()
        if isinstance(slide, AreaSlide):
            slide.add_decision()

    def _remove_decision(self, decision: Decision) -> None:
        question = self.tr("Take back the decision «%1»? Its agreed action is removed from the plan too.")
        if not Messages.question(self, self.tr("Take back decision"), question.replace("%1", decision.what)):
            return
        if self._run(lambda: self._service.remove_decision(self._meeting_id, decision.action_id, self._user)):
            self.reload()

    def _mark_held(self) -> None:
        if self._run(lambda: self._service.mark_held(self._meeting_id, self._user)):
            self.reload()
