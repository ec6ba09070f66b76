"""Choosing a group from the ward's directory: the first meeting after discharge, and meetings visited.

The first meeting's date is suggested from the group's meeting days (the first one after
planned discharge) and its time from the group's time on that weekday.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QTimeEdit, QWidget

from dischargeplanner.domain.limits import LINE_MAX
from dischargeplanner.domain.selfhelp import validate_introduction
from dischargeplanner.domain.selfhelp_model import Introduction, LocalGroup, Visit, next_meeting
from dischargeplanner.domain.services import Issue, Problem
from dischargeplanner.ui.dialogs.appointment_dialog import DEFAULT_TIME, TIME_FORMAT
from dischargeplanner.ui.dialogs.form import date_edit, field_column, limit_length, muted_label, row_of
from dischargeplanner.ui.dialogs.record_form import SelfHelpForm
from dischargeplanner.ui.dialogs.selfhelp_dialogs import Directory, chosen_group, group_combo
from dischargeplanner.ui.formatting import format_date, from_qdate, to_qdate
from dischargeplanner.ui.selfhelp_texts import clock_text, meetings_text, stale_text, weekday_name


def first_meeting_text(intro: Introduction, directory: Directory) -> tuple[str, bool]:
    """'Monday 07.12.2026 at 19.00, AA – Eksempelgruppen, Eksempelveien 1; Kari goes along',
    and whether the group's entry may be out of date."""
    if not intro.has_first_meeting:
        no_meeting = QCoreApplication.translate(
            "FirstMeetingDialog",
            "No first meeting planned yet. Choose a group near the patient's home "
            "and a day soon after discharge.",
        )
        return no_meeting, False
    parts = []
    if intro.first_day is not None:
        when = f"{weekday_name(intro.first_day.weekday())} {format_date(intro.first_day)}"
        if intro.first_time is not None:
            at = QCoreApplication.translate("FirstMeetingDialog", "%1 at %2")
            when = at.replace("%1", when).replace("%2", clock_text(intro.first_time))
        parts.append(when)
    group = directory.group(intro.first_group)
    if group is not None:
        parts.append(directory.title(group) + (f", {group.address}" if group.address else ""))
    text = ", ".join(parts)
    stale = group is not None and not group.removed and group.possibly_stale(directory.today)
    if stale:
        text += f" {stale_text()}"
    if intro.accompanied and intro.companion:
        text += "; " + QCoreApplication.translate("FirstMeetingDialog", "%1 goes along").replace(
            "%1", intro.companion
        )
    elif intro.accompanied:
        text += "; " + QCoreApplication.translate("FirstMeetingDialog", "someone goes along")
    return text, stale


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


class FirstMeetingDialog(SelfHelpForm):
    """The group, day and time of the first meeting after discharge, and who goes along."""

    def __init__(
        self,
        start: Introduction,
        directory: Directory,
        planned_discharge: date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("firstMeetingDialog", parent)
        self.setWindowTitle(self.tr("First meeting after discharge"))
        self._start = start
        self._directory = directory
        # Suggestions count from planned discharge, or from today once that has passed.
        self._from = max(planned_discharge or directory.today, directory.today)
        self._planned_discharge = planned_discharge
        self.field_errors.touched = {"first_group"} if start.has_first_meeting else set()
        self.explain(
            self.tr(
                "Agree on a group near home and a day soon after discharge, ideally with someone "
                "to go along the first time."
            ),
            "firstMeetingExplanation",
        )
        self.group = group_combo(directory, start.first_group, self.tr("Choose a group"), "firstMeetingGroup")
        self.add_row(self.tr("&Group"), self.group, key="first_group")
        self._build_when()
        self._build_company()
        self.group.currentIndexChanged.connect(lambda _index: self._group_changed())
        self.day.dateChanged.connect(lambda _date: self._day_changed())
        chain: list[QWidget] = [self.group, self.day, self.has_time, self.time]
        self.finish([*chain, self.accompanied, self.companion])
        self._show_day_note()

    def _build_when(self) -> None:
        self.day = date_edit("firstMeetingDay", self._start.first_day or self._from + timedelta(days=1))
        self.day_note = muted_label("", "firstMeetingDayNote")
        self.add_row(self.tr("&Date"), self.day, field_column(row_of(self.day), self.day_note))
        self.has_time = QCheckBox(self.tr("Known &time"))
        self.has_time.setObjectName("firstMeetingHasTime")
        self.time = QTimeEdit(_qtime(self._start.first_time or DEFAULT_TIME))
        self.time.setObjectName("firstMeetingTime")
        self.time.setDisplayFormat(TIME_FORMAT)
        self.time.setAccessibleName(self.tr("Time"))
        self.has_time.setChecked(self._start.first_time is not None)
        self.time.setEnabled(self.has_time.isChecked())
        self.has_time.toggled.connect(self.time.setEnabled)
        self.add_row(self.tr("Time"), self.has_time, row_of(self.has_time, self.time))
        self.has_time.setAccessibleName(self.has_time.text().replace("&", ""))

    def _build_company(self) -> None:
        self.accompanied = QCheckBox(self.tr("&Someone goes along"))
        self.accompanied.setObjectName("firstMeetingAccompanied")
        self.accompanied.setChecked(self._start.accompanied)
        self.companion = QLineEdit(self._start.companion)
        limit_length(self.companion, LINE_MAX)
        self.companion.setObjectName("firstMeetingCompanion")
        self.companion.setPlaceholderText(self.tr("Who, e.g. the contact person or someone from the ward"))
        self.companion.setAccessibleName(self.tr("Who goes along"))
        # Unticking keeps the name typed, in case it is ticked again; it is stored only when ticked.
        self.companion.setEnabled(self._start.accompanied)
        self.accompanied.toggled.connect(self.companion.setEnabled)
        self.add_row(self.tr("Company"), self.accompanied, field_column(self.accompanied, self.companion))
        self.accompanied.setAccessibleName(self.accompanied.text().replace("&", ""))

    # Behaviour -------------------------------------------------------------

    def chosen(self) -> LocalGroup | None:
        return self._directory.group(chosen_group(self.group))

    def _group_changed(self) -> None:
        """Suggest the group's first meeting after discharge, at the group's time that day."""
        self.touch("first_group")
        group = self.chosen()
        meeting = next_meeting(group, self._from) if group else None
        suggested = meeting[0] if meeting else None
        if suggested is not None and suggested != from_qdate(self.day.date()):
            self.day.setDate(to_qdate(suggested))  # _day_changed fills in the time
        else:
            self._day_changed()

    def _day_changed(self) -> None:
        group = self.chosen()
        day = from_qdate(self.day.date())
        start = group.time_on(day.weekday()) if group else None
        if start is not None:
            self.time.setTime(_qtime(start))
            self.has_time.setChecked(True)
        self._show_day_note()

    def _show_day_note(self) -> None:
        """Say quietly when the group does not meet that weekday, or the day is before discharge."""
        group = self.chosen()
        day = from_qdate(self.day.date())
        notes = []
        if group is not None and group.meetings and not group.meets_on(day.weekday()):
            notes.append(
                self.tr("According to the directory the group does not meet on %1 (it meets %2).")
                .replace("%1", weekday_name(day.weekday()))
                .replace("%2", meetings_text(group))
            )
        if self._planned_discharge is not None and day < self._planned_discharge:
            notes.append(
                self.tr("The date is before planned discharge (%1).").replace(
                    "%1", format_date(self._planned_discharge)
                )
            )
        self.day_note.setText("\n".join(notes))
        self.day_note.setVisible(bool(notes))
        self.validate()

    def problems(self) -> list[Issue]:
        return [
            issue
            for issue in validate_introduction(self.introduction(), self._directory.today)
            if issue.field == "first_group"
        ]

    def introduction(self) -> Introduction:
        chosen = self.time.time()
        accompanied = self.accompanied.isChecked()
        return replace(
            self._start,
            first_group=chosen_group(self.group),
            first_day=from_qdate(self.day.date()),
            first_time=time(chosen.hour(), chosen.minute()) if self.has_time.isChecked() else None,
            accompanied=accompanied,
            companion=self.companion.text().strip() if accompanied else "",
        )

    @classmethod
    def get_first_meeting(
        cls, parent: QWidget | None, start: Introduction, directory: Directory, planned_discharge: date | None
    ) -> Introduction | None:
        """Plan or change the first meeting; the introduction with it, or None when cancelled."""
        dialog = cls(start, directory, planned_discharge, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.introduction()
        return None


class VisitDialog(SelfHelpForm):
    """A meeting the patient went to during the stay: a group from the directory, or one written in."""

    def __init__(self, start: Visit, directory: Directory, parent: QWidget | None = None) -> None:
        super().__init__("visitDialog", parent)
        changing = bool(start.visit_id)
        self.setWindowTitle(self.tr("Change meeting visited") if changing else self.tr("Meeting visited"))
        self._start = start
        self._directory = directory
        self.field_errors.touched = {"day"} | ({"group"} if changing else set())
        self.day = date_edit("visitDay", start.day)
        self.add_row(self.tr("&Date"), self.day, row_of(self.day), "day")
        self.group = group_combo(
            directory,
            start.group_id,
            self.tr("Choose from the directory, or write the name below"),
            "visitGroup",
        )
        self.group_name = QLineEdit(start.group_name)
        limit_length(self.group_name, LINE_MAX)
        self.group_name.setObjectName("visitGroupName")
        self.group_name.setPlaceholderText(self.tr("e.g. NA, the Tuesday meeting at the hospital"))
        self.group_name.setAccessibleName(self.tr("Name of a group not in the directory"))
        self.add_row(self.tr("&Group"), self.group, field_column(self.group, self.group_name), "group")
        self.with_whom = QLineEdit(start.with_whom)
        limit_length(self.with_whom, LINE_MAX)
        self.with_whom.setObjectName("visitWithWhom")
        self.with_whom.setPlaceholderText(self.tr("e.g. a staff member, or alone"))
        self.add_row(self.tr("&With whom"), self.with_whom)
        self.day.dateChanged.connect(lambda _date: self.validate())
        self.group.currentIndexChanged.connect(lambda _index: self._group_changed())
        self.group_name.textChanged.connect(lambda _text: self.touch("group"))
        self._group_changed(touch=False)
        self.finish([self.day, self.group, self.group_name, self.with_whom])

    def _group_changed(self, *, touch: bool = True) -> None:
        # A name written in stays in the field while a directory group is chosen.
        self.group_name.setEnabled(chosen_group(self.group) is None)
        if touch:
            self.touch("group")

    def problems(self) -> list[Issue]:
        visit = self.visit()
        issues = []
        if visit.day > self._directory.today:
            issues.append(Issue("day", Problem.DATE_IN_FUTURE))
        if visit.group_id is None and not visit.group_name:
            issues.append(Issue("group", Problem.SELFHELP_VISIT_GROUP_MISSING))
        return issues

    def visit(self) -> Visit:
        group_id = chosen_group(self.group)
        return replace(
            self._start,
            day=from_qdate(self.day.date()),
            group_id=group_id,
            group_name=" ".join(self.group_name.text().split()) if group_id is None else "",
            with_whom=self.with_whom.text().strip(),
        )

    @classmethod
    def get_visit(cls, parent: QWidget | None, start: Visit, directory: Directory) -> Visit | None:
        """Record or change a meeting visited; it, or None when cancelled."""
        dialog = cls(start, directory, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.visit()
        return None
