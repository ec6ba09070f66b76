"""One entry in the ward's directory of local self-help groups: new or changed.

Problems are shown next to their field while typing (the domain's validate_group, worded
by problem_text); OK stays disabled until the entry can be stored. Nothing typed is lost:
a meeting time stays in its box when its day is unticked, and is used again when ticked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.limits import LINE_MAX
from dischargeplanner.domain.model import Kommune
from dischargeplanner.domain.selfhelp import group_key, validate_group
from dischargeplanner.domain.selfhelp_model import (
    Audience,
    GroupId,
    LocalGroup,
    MeetingMode,
    MeetingTime,
    Organisation,
)
from dischargeplanner.domain.services import Problem
from dischargeplanner.domain.text import sort_key
from dischargeplanner.ui.dialogs.form import (
    TEXT_LINES,
    FieldErrors,
    buddy_label,
    date_edit,
    field_column,
    fit_height,
    limit_length,
    muted_label,
    ok_cancel,
    row_of,
    tab_chain,
)
from dischargeplanner.ui.dialogs.new_plan import KommuneField
from dischargeplanner.ui.formatting import from_qdate, to_qdate
from dischargeplanner.ui.selfhelp_texts import audience_name, weekday_name
from dischargeplanner.ui.style import SPACING
from dischargeplanner.ui.texts import problem_text
from dischargeplanner.ui.widgets import EnumCombo, error_label

# 19, 1900, 19:00, 19.00 and 9.30 all mean a time of day.
_CLOCK = re.compile(r"^(\d{1,2})(?:[:.]?(\d{2}))?$")
# A kommune typed but not chosen from the list: validate_group says "choose from the list".
_UNKNOWN_KOMMUNE = "????"


def parse_clock(text: str) -> time | None:
    """A start time as staff write it; None when empty. Raises ValueError when unreadable."""
    text = text.strip()
    if not text:
        return None
    match = _CLOCK.match(text)
    if match is None:
        raise ValueError(text)
    return time(int(match.group(1)), int(match.group(2) or 0))


class MeetingDays(QWidget):
    """Seven weekday boxes, each with an optional start time (hh:mm) under it."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACING)
        grid.setVerticalSpacing(SPACING // 2)
        self.days: list[QCheckBox] = []
        self.times: list[QLineEdit] = []
        for weekday in range(7):
            box = QCheckBox(weekday_name(weekday, short=True))
            box.setObjectName(f"groupDay{weekday}")
            box.setAccessibleName(weekday_name(weekday))
            clock = QLineEdit()
            clock.setObjectName(f"groupTime{weekday}")
            clock.setPlaceholderText(self.tr("hh:mm"))
            clock.setAccessibleName(self.tr("Start time %1").replace("%1", weekday_name(weekday)))
            clock.setMaximumWidth(clock.fontMetrics().horizontalAdvance("00:00") + 3 * SPACING)
            clock.setEnabled(False)
            box.toggled.connect(clock.setEnabled)
            box.toggled.connect(lambda _checked: self.changed.emit())
            clock.textChanged.connect(lambda _text: self.changed.emit())
            grid.addWidget(box, 0, weekday)
            grid.addWidget(clock, 1, weekday)
            self.days.append(box)
            self.times.append(clock)
        grid.setColumnStretch(7, 1)

    def set_meetings(self, meetings: Sequence[MeetingTime]) -> None:
        for meeting in meetings:
            if 0 <= meeting.weekday <= 6:
                self.days[meeting.weekday].setChecked(True)
                self.times[meeting.weekday].setText(meeting.start.strftime("%H:%M") if meeting.start else "")

    def meetings(self) -> tuple[MeetingTime, ...]:
        """The ticked days with their times (a time that cannot be read counts as none)."""
        return tuple(
            MeetingTime(weekday, self._start(weekday))
            for weekday in range(7)
            if self.days[weekday].isChecked()
        )

    def unreadable(self) -> list[int]:
        """Ticked days whose time cannot be read."""
        unreadable = []
        for weekday in range(7):
            if self.days[weekday].isChecked():
                try:
                    parse_clock(self.times[weekday].text())
                except ValueError:
                    unreadable.append(weekday)
        return unreadable

    def _start(self, weekday: int) -> time | None:
        try:
            return parse_clock(self.times[weekday].text())
        except ValueError:
            return None

    def widgets(self) -> list[QWidget]:
        """In tab order: each day, then its time."""
        return [widget for pair in zip(self.days, self.times, strict=True) for widget in pair]


class GroupDialog(QDialog):
    def __init__(
        self,
        organisations: Sequence[Organisation],
        kommuner: Sequence[Kommune],
        user: str,
        today: date,
        start: LocalGroup | None = None,
        others: Sequence[LocalGroup] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("groupDialog")
        existing = start is not None and start.group_id != 0
        self.setWindowTitle(self.tr("Change group") if existing else self.tr("New group"))
        self.setMinimumWidth(760)
        self._organisations = tuple(organisations)
        self._kommuner = tuple(kommuner)
        self._known = frozenset(kommune.number for kommune in kommuner)
        self._user = user
        self._today = today
        self._start = start or LocalGroup(GroupId(0), "", "", None)
        self._others = [other for other in others if other.group_id != self._start.group_id]
        self.field_errors = FieldErrors()
        # Empty fields are pointed out only once the user has been there (or the entry exists).
        self.field_errors.touched = {"organisation", "name", "kommune", "meetings", "phone", "verified"}
        if start is None:
            self.field_errors.touched.clear()
        self._build()
        self._fill(self._start)
        self._connect()
        self._set_tab_order()
        self._validate()
        self.organisation.setFocus()

    # Layout ----------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        explanation = self.tr(
            "A local group the ward can inform patients and next of kin about. Check the day, "
            "time and place with the group now and then, and note when it was last verified."
        )
        layout.addWidget(muted_label(explanation, "groupExplanation"))
        form = QFormLayout()
        form.setVerticalSpacing(SPACING)
        self._build_identity(form)
        self._build_meetings(form)
        self._build_contact(form)
        self._build_verified(form)
        layout.addLayout(form)
        layout.addStretch(1)
        self.field_errors.general = error_label(object_name="formError")
        layout.addWidget(self.field_errors.general)
        self.buttons, self.ok_button = ok_cancel(self)
        layout.addWidget(self.buttons)

    def _add_row(self, form: QFormLayout, label: str, field: QWidget, key: str, cell: QWidget) -> None:
        error = error_label(object_name=f"group{key.title()}Error")
        self.field_errors.add(key, field, error)
        form.addRow(buddy_label(label, field), field_column(cell, error))

    def _build_identity(self, form: QFormLayout) -> None:
        self.organisation = QComboBox()
        self.organisation.setObjectName("groupOrganisation")
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for organisation in self._organisations:
            self.organisation.addItem(organisation.short_name, organisation.key)
            self.organisation.setItemData(
                self.organisation.count() - 1, organisation.name, Qt.ItemDataRole.ToolTipRole
            )
        # Organisations written in before (not national ones) are offered too, spelt the same way.
        keys = {organisation.key for organisation in self._organisations}
        for name in sorted({other.organisation for other in self._others} - keys, key=sort_key):
            self.organisation.addItem(name, name)
        completer = QCompleter(self.organisation.model(), self.organisation)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.organisation.setCompleter(completer)
        line_edit = self.organisation.lineEdit()
        assert line_edit is not None  # the combo is editable
        line_edit.setPlaceholderText(
            self.tr("Choose from the list, or write the name of another organisation")
        )
        self._add_row(form, self.tr("&Organisation"), self.organisation, "organisation", self.organisation)

        self.name = QLineEdit()
        limit_length(self.name, LINE_MAX)
        self.name.setObjectName("groupName")
        self.name.setPlaceholderText(self.tr("e.g. Tirsdagsgruppen Sentrum"))
        self._add_row(form, self.tr("Group &name"), self.name, "name", self.name)

        self.kommune = KommuneField(self._kommuner)
        self.kommune.setObjectName("groupKommune")
        self.kommune.setPlaceholderText(self.tr("None – online (or type a municipality's name or number)"))
        self._add_row(form, self.tr("&Municipality"), self.kommune, "kommune", self.kommune)

        self.address = QLineEdit()
        limit_length(self.address, LINE_MAX)
        self.address.setObjectName("groupAddress")
        self.address.setPlaceholderText(self.tr("Street, building, room; or the link for an online meeting"))
        form.addRow(buddy_label(self.tr("&Address"), self.address), self.address)

    def _build_meetings(self, form: QFormLayout) -> None:
        self.days = MeetingDays()
        self.days.setObjectName("groupMeetings")
        first_day = self.days.days[0]
        self._add_row(form, self.tr("Meeting &days"), first_day, "meetings", self.days)
        first_day.setAccessibleName(weekday_name(0))  # the box is named by its day, not the row

        self.open_meeting = QRadioButton(self.tr("Op&en meeting"))
        self.open_meeting.setObjectName("groupOpen")
        self.open_meeting.setToolTip(self.tr("Anyone interested may come, also next of kin and staff"))
        self.closed_meeting = QRadioButton(self.tr("&Closed meeting"))
        self.closed_meeting.setObjectName("groupClosed")
        self.closed_meeting.setToolTip(self.tr("Only for those the group is for"))
        self.in_person = QRadioButton(self.tr("In &person"))
        self.in_person.setObjectName("groupInPerson")
        self.online = QRadioButton(self.tr("On&line"))
        self.online.setObjectName("groupOnline")
        form.addRow(self.tr("Meeting"), row_of(self.open_meeting, self.closed_meeting, spacing=SPACING * 2))
        form.addRow(self.tr("Takes place"), row_of(self.in_person, self.online, spacing=SPACING * 2))

        self.audience: EnumCombo[Audience] = EnumCombo(Audience, audience_name)
        self.audience.setObjectName("groupAudience")
        self.language = QLineEdit()
        limit_length(self.language, LINE_MAX)
        self.language.setObjectName("groupLanguage")
        self.language.setMaximumWidth(200)
        language_label = buddy_label(self.tr("Lang&uage"), self.language)
        self.women_only = QCheckBox(self.tr("&Women only"))
        self.women_only.setObjectName("groupWomenOnly")
        form.addRow(
            buddy_label(self.tr("&For whom"), self.audience),
            row_of(self.audience, language_label, self.language, self.women_only, spacing=SPACING * 2),
        )

    def _build_contact(self, form: QFormLayout) -> None:
        self.phone = QLineEdit()
        limit_length(self.phone, LINE_MAX)
        self.phone.setObjectName("groupPhone")
        self.phone.setMaximumWidth(240)
        self._add_row(form, self.tr("P&hone"), self.phone, "phone", self.phone)
        self.note = QPlainTextEdit()
        self.note.setObjectName("groupNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Optional: entrance, who to ask for, what to bring"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * TEXT_LINES + 12)
        form.addRow(buddy_label(self.tr("No&te"), self.note), self.note)

    def _build_verified(self, form: QFormLayout) -> None:
        self.verified = QCheckBox(self.tr("&Verified on"))
        self.verified.setObjectName("groupVerified")
        self.verified_on = date_edit("groupVerifiedOn", self._today)
        self.verified_on.setAccessibleName(self.tr("Verified on"))
        self.verified_by = QLineEdit()
        limit_length(self.verified_by, LINE_MAX)
        self.verified_by.setObjectName("groupVerifiedBy")
        self.verified_by.setMaximumWidth(240)
        by_label = buddy_label(self.tr("&by"), self.verified_by)
        self.today_button = QPushButton(self.tr("Ver&ified today"))
        self.today_button.setObjectName("groupVerifiedToday")
        self.today_button.setToolTip(self.tr("Today's date, and you as the one who verified it"))
        self.today_button.setAutoDefault(False)  # Enter still means OK
        cell = row_of(self.verified, self.verified_on, by_label, self.verified_by, self.today_button)
        self._add_row(form, self.tr("Last verified"), self.verified, "verified", cell)
        self.verified.setAccessibleName(self.tr("Verified"))

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.organisation,
            self.name,
            self.kommune,
            self.address,
            *self.days.widgets(),
        ]
        chain += [self.open_meeting, self.closed_meeting, self.in_person, self.online]
        chain += [self.audience, self.language, self.women_only, self.phone, self.note]
        chain += [self.verified, self.verified_on, self.verified_by, self.today_button, self.ok_button]
        chain.append(self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        tab_chain(chain)

    # Filling and reading ---------------------------------------------------

    def _fill(self, group: LocalGroup) -> None:
        found = self.organisation.findData(group.organisation)
        self.organisation.setCurrentIndex(found)
        if found < 0:
            self.organisation.setEditText(group.organisation)
        self.name.setText(group.name)
        self.kommune.set_kommune(next((k for k in self._kommuner if k.number == group.kommune_number), None))
        self.address.setText(group.address)
        self.days.set_meetings(group.meetings)
        (self.open_meeting if group.open_meeting else self.closed_meeting).setChecked(True)
        (self.online if group.mode is MeetingMode.ONLINE else self.in_person).setChecked(True)
        self.audience.set_value(group.audience)
        self.language.setText(group.language)
        self.women_only.setChecked(group.women_only)
        self.phone.setText(group.phone)
        self.note.setPlainText(group.note)
        self.verified.setChecked(group.verified_on is not None)
        self.verified_on.setDate(to_qdate(group.verified_on or self._today))
        self.verified_by.setText(group.verified_by or (self._user if group.verified_on is None else ""))
        self._verified_toggled(self.verified.isChecked())

    def _organisation_value(self) -> str:
        """The key of a national organisation typed or chosen by its name; any other name as typed."""
        text = " ".join(self.organisation.currentText().split())
        for organisation in self._organisations:
            if text.casefold() in (organisation.short_name.casefold(), organisation.name.casefold()):
                return organisation.key
        return text

    def _kommune_value(self) -> str | None:
        kommune = self.kommune.kommune()
        if kommune is not None:
            return kommune.number
        return _UNKNOWN_KOMMUNE if self.kommune.text().strip() else None

    def group(self) -> LocalGroup:
        """The entry as filled in; id and removal are kept from the one being changed."""
        verified = self.verified.isChecked()
        return replace(
            self._start,
            organisation=self._organisation_value(),
            name=" ".join(self.name.text().split()),
            kommune_number=self._kommune_value(),
            address=self.address.text().strip(),
            meetings=self.days.meetings(),
            open_meeting=self.open_meeting.isChecked(),
            audience=self.audience.value(),
            mode=MeetingMode.ONLINE if self.online.isChecked() else MeetingMode.IN_PERSON,
            language=" ".join(self.language.text().split()),
            women_only=self.women_only.isChecked(),
            phone=self.phone.text().strip(),
            note=self.note.toPlainText().strip(),
            verified_on=from_qdate(self.verified_on.date()) if verified else None,
            verified_by=self.verified_by.text().strip() if verified else "",
        )

    # Behaviour -------------------------------------------------------------

    def _connect(self) -> None:
        self.organisation.editTextChanged.connect(lambda _text: self._touch("organisation"))
        self.organisation.currentIndexChanged.connect(lambda _index: self._touch("organisation"))
        self.name.textEdited.connect(lambda _text: self._touch("name"))
        self.kommune.textChanged.connect(lambda _text: self._touch("kommune"))
        self.days.changed.connect(lambda: self._touch("meetings"))
        self.phone.textEdited.connect(lambda _text: self._touch("phone"))
        self.verified.toggled.connect(self._verified_toggled)
        self.verified.toggled.connect(lambda _checked: self._touch("verified"))
        self.verified_on.dateChanged.connect(lambda _date: self._touch("verified"))
        self.verified_by.textEdited.connect(lambda _text: self._touch("verified"))
        self.today_button.clicked.connect(self._verified_today)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # a message set before showing counts only now

    def _verified_toggled(self, checked: bool) -> None:
        self.verified_on.setEnabled(checked)
        self.verified_by.setEnabled(checked)

    def _verified_today(self) -> None:
        self.verified.setChecked(True)
        self.verified_on.setDate(to_qdate(self._today))
        self.verified_by.setText(self._user)
        self._touch("verified")

    def _touch(self, key: str) -> None:
        self.field_errors.touched.add(key)
        self._validate()

    def _messages(self) -> dict[str, list[str]]:
        """Every problem of the entry as filled in, by the row it is shown on."""
        group = self.group()
        messages: dict[str, list[str]] = {}
        for issue in validate_group(group, self._today, self._known):
            key = "verified" if issue.field.startswith("verified") else issue.field
            messages.setdefault(key, []).append(problem_text(issue.problem))
        if self.days.unreadable():
            days = ", ".join(weekday_name(weekday) for weekday in self.days.unreadable())
            text = self.tr("Write the time as hh:mm, e.g. 19:00, or leave it empty (%1).")
            messages.setdefault("meetings", []).append(text.replace("%1", days))
        if group.name and any(
            group_key(other) == group_key(group) for other in self._others if not other.removed
        ):
            messages.setdefault("name", []).append(problem_text(Problem.GROUP_DUPLICATE))
        return messages

    def _validate(self, *, show_all: bool = False) -> dict[str, list[str]]:
        """Show each problem under its field and allow OK only when there are none."""
        messages = self._messages()
        self.field_errors.show(messages, show_all=show_all)
        self.ok_button.setEnabled(not messages)
        fit_height(self)
        return messages

    def accept(self) -> None:
        if self._validate(show_all=True):
            self.field_errors.focus_first()
            return
        super().accept()

    # Asking ----------------------------------------------------------------

    @classmethod
    def new_group(
        cls,
        parent: QWidget | None,
        organisations: Sequence[Organisation],
        kommuner: Sequence[Kommune],
        user: str,
        today: date,
        others: Sequence[LocalGroup] = (),
        start: LocalGroup | None = None,
    ) -> LocalGroup | None:
        """Ask for a new entry (`start`: what was typed before, when the directory refused it)."""
        dialog = cls(organisations, kommuner, user, today, start, others, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.group()
        return None

    @classmethod
    def edit_group(
        cls,
        parent: QWidget | None,
        group: LocalGroup,
        organisations: Sequence[Organisation],
        kommuner: Sequence[Kommune],
        user: str,
        today: date,
        others: Sequence[LocalGroup] = (),
    ) -> LocalGroup | None:
        """Change an entry; the changed entry, or None when cancelled."""
        dialog = cls(organisations, kommuner, user, today, group, others, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.group()
        return None
