"""The Self-help area's "Information and follow-up" tab: what was presented, and how it was followed up.

Staff inform and motivate; the patient decides. A reminder shows when self-help has not
been taken up in a conversation for three weeks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.model import Changes, PlanDetail, PlanStatus
from dischargeplanner.domain.organisations import organisation_name
from dischargeplanner.domain.selfhelp import SelfHelpService
from dischargeplanner.domain.selfhelp_model import (
    FOLLOW_UP_INTERVAL,
    FollowUp,
    FollowUpId,
    Introduction,
    Organisation,
    Visit,
    VisitId,
)
from dischargeplanner.ui.actions_panel import Perform
from dischargeplanner.ui.area_page import DetailPanel
from dischargeplanner.ui.dialogs.first_meeting_dialog import (
    FirstMeetingDialog,
    VisitDialog,
    first_meeting_text,
)
from dischargeplanner.ui.dialogs.form import muted_label, tab_chain
from dischargeplanner.ui.dialogs.selfhelp_dialogs import (
    ContactDialog,
    Directory,
    FollowUpDialog,
    InformedDialog,
    ViewDialog,
    directory_for,
)
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.record_table import RecordModel, RecordTable
from dischargeplanner.ui.selfhelp_texts import stale_tooltip, view_name
from dischargeplanner.ui.style import ERROR_COLOUR, SPACING
from dischargeplanner.ui.widgets import button_section, scrolling

# A section's button: its text, object name and what it does.
Button = tuple[str, str, Callable[[], None]]
# The reminder shows this long before a follow-up conversation is due (as in "Denne uken").
DUE_SOON = timedelta(days=7)
BANNER_STYLE = "#followUpDue {{ border: 2px solid {colour}; border-radius: 4px; background: {background}; }}"


def _summary(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SelfHelpPanel(DetailPanel):
    """Shows one plan's introduction to self-help; every change goes through `perform`."""

    def __init__(
        self,
        selfhelp: SelfHelpService,
        organisations: Callable[[], tuple[Organisation, ...]],
        kommune_name: Callable[[str | None], str],
        user: str,
        perform: Perform,
        today: Callable[[], date],
    ) -> None:
        super().__init__()
        self.setObjectName("selfHelpPanel")
        self._selfhelp = selfhelp
        self._organisations = organisations
        self._kommune_name = kommune_name
        self._user = user
        self._perform = perform
        self._today = today
        self._detail: PlanDetail | None = None
        self._read_only = True
        self._intro: Introduction | None = None
        self._follow_ups: list[FollowUp] = []
        self._directory = Directory((), (), kommune_name, today())
        self._columns: list[QVBoxLayout] = []
        self._build()

    # Layout ----------------------------------------------------------------

    def _build(self) -> None:
        self.scroll_area, self._content = scrolling(self, "selfHelp", across=False)
        self._content.setContentsMargins(0, SPACING, SPACING, SPACING)
        self._content.setSpacing(SPACING)
        self._build_banner()
        explanation = self.tr(
            "Staff inform and motivate; the patient decides. Practical details (day, time, place, "
            "a contact, someone to go with) make it far more likely that the patient goes after discharge."
        )
        self._content.addWidget(muted_label(explanation, "selfHelpExplanation"))
        self._build_informed_and_view()
        self._build_visits()
        self._build_contact()
        self._build_first_meeting()
        self._build_follow_ups()
        self._content.addStretch(1)
        for column in self._columns:  # each section's text and buttons start at its top
            column.addStretch(1)
        # Tab reads each section as it is laid out: its content first, then its buttons.
        chain: list[QWidget] = [self.banner_button, self.informed_button, self.view_button, self.visits.table]
        chain += [self.add_visit_button, self.change_visit_button, self.remove_visit_button, self.consent_box]
        chain += [self.contact_button, self.first_meeting_button, self.remove_first_meeting_button]
        tab_chain([*chain, self.follow_ups.table, self.add_follow_up_button, self.change_follow_up_button])
        QWidget.setTabOrder(self.change_follow_up_button, self.remove_follow_up_button)

    def _section(self, title: str, name: str, *buttons: Button) -> tuple[QVBoxLayout, list[QPushButton]]:
        """A titled box: content on the left, its buttons in a column on the right."""
        box, content, column, made = button_section(title, name, buttons)
        self._columns += [content, column]
        self._content.addWidget(box)
        return content, made

    def _build_banner(self) -> None:
        self.banner = QFrame()
        self.banner.setObjectName("followUpDue")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        self.banner_text = _summary("followUpDueText")
        self.banner_button = QPushButton(self.tr("Record follow-up conversation…"))
        self.banner_button.setObjectName("followUpDueButton")
        self.banner_button.clicked.connect(self.add_follow_up)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.banner_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.banner.hide()
        self._content.addWidget(self.banner)

    def _build_informed_and_view(self) -> None:
        content, (self.informed_button,) = self._section(
            self.tr("Informed"), "informedSection", ("", "informedButton", self.record_information)
        )
        self.informed_summary = _summary("informedSummary")
        content.addWidget(self.informed_summary)
        content, (self.view_button,) = self._section(
            self.tr("The patient's view"), "viewSection", ("", "viewButton", self.record_view)
        )
        self.view_summary = _summary("viewSummary")
        content.addWidget(self.view_summary)

    def _build_visits(self) -> None:
        title = self.tr("Meetings visited during the stay")
        content, buttons = self._section(
            title,
            "visitsSection",
            (self.tr("&Add meeting…"), "addVisitButton", self.add_visit),
            (self.tr("Change…"), "changeVisitButton", self.change_visit),
            (self.tr("Remove…"), "removeVisitButton", self.remove_visit),
        )
        self.add_visit_button, self.change_visit_button, self.remove_visit_button = buttons
        empty = self.tr(
            "No meetings visited yet. Going to a meeting during the stay, perhaps with someone "
            "from the ward, makes the first one at home easier."
        )
        titles = [self.tr("Date"), self.tr("Group"), self.tr("With whom")]
        visit_model: RecordModel[Visit] = RecordModel(
            titles, lambda v: (format_date(v.day), self._visit_group(v), v.with_whom)
        )
        self.visits: RecordTable[Visit] = RecordTable("visits", title, visit_model, empty)
        self.visits.table.doubleClicked.connect(lambda _index: self.change_visit())
        content.addWidget(self.visits)

    def _build_contact(self) -> None:
        content, (self.contact_button,) = self._section(
            self.tr("Contact person or sponsor"), "contactSection", ("", "contactButton", self.edit_contact)
        )
        self.consent_box = QCheckBox(self.tr("The patient &consents to the name and phone being stored"))
        self.consent_box.setObjectName("contactConsent")
        self.consent_box.clicked.connect(self._consent_clicked)  # clicks only: refreshing sets it quietly
        self.contact_summary = _summary("contactSummary")
        content.addWidget(self.consent_box)
        content.addWidget(self.contact_summary)

    def _build_first_meeting(self) -> None:
        content, buttons = self._section(
            self.tr("Planned first meeting after discharge"),
            "firstMeetingSection",
            ("", "firstMeetingButton", self.plan_first_meeting),
            (self.tr("Remove…"), "removeFirstMeetingButton", self.remove_first_meeting),
        )
        self.first_meeting_button, self.remove_first_meeting_button = buttons
        self.first_meeting_summary = _summary("firstMeetingSummary")
        content.addWidget(self.first_meeting_summary)

    def _build_follow_ups(self) -> None:
        title = self.tr("Follow-up conversations")
        content, buttons = self._section(
            title,
            "followUpsSection",
            (self.tr("Record follow-&up conversation…"), "addFollowUpButton", self.add_follow_up),
            (self.tr("Change…"), "changeFollowUpButton", self.change_follow_up),
            (self.tr("Remove…"), "removeFollowUpButton", self.remove_follow_up),
        )
        self.add_follow_up_button, self.change_follow_up_button, self.remove_follow_up_button = buttons
        self.next_due = _summary("nextFollowUpDue")
        empty = self.tr(
            "No follow-up conversations yet. Take self-help up again in a later conversation: "
            "what did the patient think, has he or she been to a meeting?"
        )
        titles = [self.tr("Date"), self.tr("By whom"), self.tr("Note")]
        follow_up_model: RecordModel[FollowUp] = RecordModel(
            titles, lambda f: (format_date(f.day), f.by, " ".join(f.note.split()))
        )
        self.follow_ups: RecordTable[FollowUp] = RecordTable("followUps", title, follow_up_model, empty)
        self.follow_ups.table.doubleClicked.connect(lambda _index: self.change_follow_up())
        content.addWidget(self.next_due)
        content.addWidget(self.follow_ups)

    # Showing ---------------------------------------------------------------

    def show_detail(self, detail: PlanDetail, *, read_only: bool) -> None:
        """Show `detail`'s plan as stored now; read-only plans show everything, change nothing."""
        if self._detail is None or self._detail.plan.plan_id != detail.plan.plan_id:
            self.scroll_area.verticalScrollBar().setValue(0)  # another patient: start at the top
        self._detail = detail
        self._read_only = read_only
        self._refresh()

    def _refresh(self) -> None:
        if self._detail is None:
            return
        plan = self._detail.plan
        intro = self._selfhelp.introduction(plan.plan_id)
        visits = self._selfhelp.visits(plan.plan_id)
        self._follow_ups = self._selfhelp.follow_ups(plan.plan_id)
        named = {*intro.groups, intro.first_group, *(visit.group_id for visit in visits)}
        every = self._selfhelp.groups(include_removed=True)
        self._directory = directory_for(
            every, named, plan.kommune_number, self._organisations(), self._kommune_name, self._today()
        )
        self._intro = intro
        due = self._selfhelp.follow_up_due(plan.plan_id)
        self._show_banner(due)
        self.informed_summary.setText(self._informed_text(intro))
        self.view_summary.setText(self._view_text(intro))
        self.visits.set_rows(visits)
        self.consent_box.setChecked(intro.contact_consent)
        self.contact_summary.setText(self._contact_text(intro))
        text, stale = first_meeting_text(intro, self._directory)
        self.first_meeting_summary.setText(text)
        self.first_meeting_summary.setToolTip(stale_tooltip() if stale else "")
        self._show_next_due(intro, due)
        self.follow_ups.set_rows(self._follow_ups)
        self._enable(intro, bool(visits), bool(self._follow_ups))

    def _enable(self, intro: Introduction, has_visits: bool, has_follow_ups: bool) -> None:
        writable = not self._read_only
        self.informed_button.setText(
            self.tr("Change &information…") if intro.informed else self.tr("Record &information…")
        )
        self.view_button.setText(
            self.tr("Change the &view…") if intro.view is not None else self.tr("Record the patient's &view…")
        )
        self.contact_button.setText(
            self.tr("Change contact &person…") if intro.contact_name else self.tr("Record contact &person…")
        )
        self.first_meeting_button.setText(
            self.tr("Change first &meeting…") if intro.has_first_meeting else self.tr("Plan first &meeting…")
        )
        enabled = {
            self.informed_button: writable,
            self.view_button: writable,
            self.add_visit_button: writable,
            self.change_visit_button: writable and has_visits,
            self.remove_visit_button: writable and has_visits,
            self.consent_box: writable,
            self.contact_button: writable and intro.contact_consent,
            self.first_meeting_button: writable,
            self.remove_first_meeting_button: writable and intro.has_first_meeting,
            self.add_follow_up_button: writable and intro.informed,
            self.banner_button: writable and intro.informed,
            self.change_follow_up_button: writable and has_follow_ups,
            self.remove_follow_up_button: writable and has_follow_ups,
        }
        for widget, on in enabled.items():
            widget.setEnabled(on)

    def _show_banner(self, due: date | None) -> None:
        """A reminder from a week before the next follow-up conversation is due, as "Denne uken" lists it."""
        today = self._today()
        if due is None or due - today > DUE_SOON:
            self.banner.hide()
            return
        if due <= today:
            weeks = (today - (due - FOLLOW_UP_INTERVAL)).days // 7
            text = self.tr("⚠ No follow-up conversation about self-help for %n week(s) (due %1)", "", weeks)
            colour, background = ERROR_COLOUR, "#fdecea"
        else:
            days = (due - today).days
            text = self.tr("A follow-up conversation about self-help is due %1 (in %n day(s))", "", days)
            colour, background = "#f2b705", "#fff8e1"
        self.banner_text.setText(text.replace("%1", format_date(due)))
        self.banner.setStyleSheet(BANNER_STYLE.format(colour=colour, background=background))
        self.banner.show()

    def _informed_text(self, intro: Introduction) -> str:
        if intro.informed_on is None:
            return self.tr(
                "Not informed yet. Record when the patient was told about self-help groups, "
                "and which ones were presented."
            )
        informed = self.tr("Informed %1 by %2.").replace("%1", format_date(intro.informed_on))
        lines = [informed.replace("%2", intro.informed_by)]
        names = [organisation_name(self._directory.organisations, key) for key in intro.organisations]
        if names:
            lines.append(self.tr("Organisations presented: %1").replace("%1", ", ".join(names)))
        groups = [group for group in self._directory.groups if group.group_id in intro.groups]
        if groups:
            lines.append(self.tr("Local groups presented:"))
            lines += [f"• {self._directory.label(group)}" for group in groups]
        if intro.material:
            lines.append(self.tr("Material given: %1").replace("%1", intro.material))
        return "\n".join(lines)

    def _view_text(self, intro: Introduction) -> str:
        if intro.view is None and not intro.own_words:
            return self.tr(
                "Not asked yet. Ask what the patient thinks about self-help groups, "
                "and write it down in their own words."
            )
        text = view_name(intro.view)
        return f"{text}\n«{intro.own_words}»" if intro.own_words else text

    def _contact_text(self, intro: Introduction) -> str:
        if not intro.contact_consent:
            return self.tr("A name and phone number are stored only when the patient consents to it.")
        if not (intro.contact_name or intro.contact_phone):
            return self.tr("No contact person recorded yet.")
        return ", ".join(part for part in (intro.contact_name, intro.contact_phone) if part)

    def _visit_group(self, visit: Visit) -> str:
        group = self._directory.group(visit.group_id)
        return self._directory.title(group) if group is not None else visit.group_name

    def _show_next_due(self, intro: Introduction, due: date | None) -> None:
        assert self._detail is not None
        overdue = due is not None and due < self._today()
        if self._detail.plan.status is not PlanStatus.ACTIVE:
            text = self.tr("No follow-up is due: the plan is not active.")
        elif not intro.informed or due is None:
            text = self.tr("No follow-up is due yet: the patient has not been informed.")
        else:
            text = self.tr("Next follow-up due: %1").replace("%1", format_date(due))
            text = f"⚠ {text}" if overdue else text
        self.next_due.setText(text)
        self.next_due.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;" if overdue else "")

    # Changing --------------------------------------------------------------

    def _run(self, call: Callable[[], Changes]) -> bool:
        """Perform `call`; the editor shows the changed area (and so this panel) again."""
        return self._perform(call)

    def _save(self, intro: Introduction) -> bool:
        return self._run(lambda: self._selfhelp.save_introduction(intro, self._user))

    def _writable_intro(self) -> Introduction | None:
        return None if self._read_only or self._detail is None else self._intro

    def record_information(self) -> None:
        intro = self._writable_intro()
        if intro is None:
            return
        first_follow_up = min((follow_up.day for follow_up in self._follow_ups), default=None)
        changed = InformedDialog.get_introduction(self, intro, self._directory, self._user, first_follow_up)
        if changed is not None:
            self._save(changed)

    def record_view(self) -> None:
        intro = self._writable_intro()
        changed = ViewDialog.get_view(self, intro) if intro is not None else None
        if changed is not None:
            self._save(changed)

    def _consent_clicked(self, checked: bool) -> None:
        intro = self._writable_intro()
        if intro is None:
            return
        if checked:
            self._save(replace(intro, contact_consent=True))
            return
        if intro.contact_name or intro.contact_phone:
            question = self.tr(
                "Without the patient's consent the contact person cannot be kept. "
                "Delete «%1» and the phone number from the plan?"
            ).replace("%1", intro.contact_name or intro.contact_phone)
            if not Messages.question(self, self.tr("Delete contact person"), question):
                self.consent_box.setChecked(True)
                return
        self._save(replace(intro, contact_consent=False, contact_name="", contact_phone=""))

    def edit_contact(self) -> None:
        intro = self._writable_intro()
        changed = ContactDialog.get_contact(self, intro, self._today()) if intro is not None else None
        if changed is not None:
            self._save(changed)

    def plan_first_meeting(self) -> None:
        intro = self._writable_intro()
        if intro is None or self._detail is None:
            return
        planned = self._detail.plan.planned_discharge
        changed = FirstMeetingDialog.get_first_meeting(self, intro, self._directory, planned)
        if changed is not None:
            self._save(changed)

    def remove_first_meeting(self) -> None:
        intro = self._writable_intro()
        if intro is None or not intro.has_first_meeting:
            return
        question = self.tr("Remove the planned first meeting after discharge?")
        if Messages.question(self, self.tr("Remove first meeting"), question):
            self._save(replace(intro, first_group=None, first_day=None, first_time=None, accompanied=False))

    def add_visit(self) -> None:
        if self._writable_intro() is None or self._detail is None:
            return
        start = Visit(VisitId(0), self._detail.plan.plan_id, self._today(), None, "")
        visit = VisitDialog.get_visit(self, start, self._directory)
        if visit is not None:
            self._run(lambda: self._selfhelp.add_visit(visit, self._user)[1])

    def change_visit(self) -> None:
        current = self.visits.current() if self._writable_intro() is not None else None
        visit = VisitDialog.get_visit(self, current, self._directory) if current is not None else None
        if visit is not None:
            self._run(lambda: self._selfhelp.update_visit(visit, self._user))

    def remove_visit(self) -> None:
        current = self.visits.current() if self._writable_intro() is not None else None
        if current is None:
            return
        question = (
            self.tr("Remove the meeting of %1 (%2)?")
            .replace("%1", format_date(current.day))
            .replace("%2", self._visit_group(current))
        )
        if Messages.question(self, self.tr("Remove meeting"), question):
            self._run(lambda: self._selfhelp.remove_visit(current.visit_id, self._user))

    def add_follow_up(self) -> None:
        intro = self._writable_intro()
        if intro is None or self._detail is None:
            return
        start = FollowUp(FollowUpId(0), self._detail.plan.plan_id, self._today(), self._user)
        follow_up = FollowUpDialog.get_follow_up(self, start, intro.informed_on, self._today())
        if follow_up is not None:
            self._run(lambda: self._selfhelp.add_follow_up(follow_up, self._user)[1])

    def change_follow_up(self) -> None:
        intro = self._writable_intro()
        current = self.follow_ups.current() if intro is not None else None
        if intro is None or current is None:
            return
        follow_up = FollowUpDialog.get_follow_up(self, current, intro.informed_on, self._today())
        if follow_up is not None:
            self._run(lambda: self._selfhelp.update_follow_up(follow_up, self._user))

    def remove_follow_up(self) -> None:
        current = self.follow_ups.current() if self._writable_intro() is not None else None
        if current is None:
            return
        question = self.tr("Remove the follow-up conversation of %1?").replace("%1", format_date(current.day))
        if Messages.question(self, self.tr("Remove follow-up conversation"), question):
            self._run(lambda: self._selfhelp.remove_follow_up(current.follow_up_id, self._user))
