"""Adding or changing an appointment booked for after discharge: what, when, with whom, where."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.limits import LINE_MAX, TEXT_MAX
from dischargeplanner.domain.model import Appointment, AppointmentId, AreaKey, Plan
from dischargeplanner.domain.services import Problem
from dischargeplanner.ui.dialogs.form import (
    TEXT_LINES,
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
from dischargeplanner.ui.formatting import format_date, from_qdate
from dischargeplanner.ui.style import SPACING
from dischargeplanner.ui.texts import area_name
from dischargeplanner.ui.widgets import error_label

# A new appointment is usually booked for the week after discharge planning.
DEFAULT_DAYS_AHEAD = 7
DEFAULT_TIME = time(10, 0)
TIME_FORMAT = "HH:mm"


# The consent dialog's sharing_problem_text words these too, with the consent problems.
APPOINTMENT_PROBLEMS: dict[Problem, object] = {
    Problem.APPOINTMENT_WHAT_MISSING: QT_TRANSLATE_NOOP("SharingTexts", "Write what the appointment is."),
}


def appointment_problem_text(problem: Problem) -> str:
    return QCoreApplication.translate("SharingTexts", str(APPOINTMENT_PROBLEMS[problem]))  # tr-dynamic


class AppointmentDialog(QDialog):
    def __init__(
        self,
        plan: Plan,
        area_titles: Sequence[tuple[AreaKey, str]],
        today: date,
        existing: Appointment | None = None,
        area: AreaKey | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentDialog")
        self.setWindowTitle(self.tr("Change appointment") if existing else self.tr("New appointment"))
        self.setMinimumWidth(640)
        self._admission = plan.admission
        self._start = existing or Appointment(
            AppointmentId(0),
            plan.plan_id,
            area or AreaKey.HEALTH,
            "",
            today + timedelta(days=DEFAULT_DAYS_AHEAD),
        )
        # "What" is named as missing once the user has been there (or at once when changing).
        self._what_touched = existing is not None
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        form = QFormLayout()
        form.setVerticalSpacing(SPACING)
        self._build_what_and_area(form, area_titles)
        self._build_when(form)
        self._build_details(form)
        layout.addLayout(form)
        self.buttons, self.ok_button = ok_cancel(self)
        layout.addWidget(self.buttons)
        self._set_tab_order()
        self._validate()
        self._date_changed()
        self.what.setFocus()

    # Layout ----------------------------------------------------------------

    def _build_what_and_area(self, form: QFormLayout, area_titles: Sequence[tuple[AreaKey, str]]) -> None:
        self.what = QLineEdit(self._start.what)
        limit_length(self.what, TEXT_MAX)
        self.what.setObjectName("appointmentWhat")
        self.what.setPlaceholderText(self.tr("e.g. «Appointment with the GP» or «First NA group meeting»"))
        self.what_error = error_label(object_name="appointmentWhatError")
        form.addRow(buddy_label(self.tr("&What"), self.what), field_column(self.what, self.what_error))
        self.what.textChanged.connect(self._what_changed)

        self.area = QComboBox()
        self.area.setObjectName("appointmentArea")
        for key, title in area_titles:
            self.area.addItem(title, str(key))
        if self.area.findData(str(self._start.area)) < 0:  # an area the plan's catalogue lacks
            self.area.addItem(area_name(self._start.area), str(self._start.area))
        self.area.setCurrentIndex(self.area.findData(str(self._start.area)))
        form.addRow(buddy_label(self.tr("&Area"), self.area), row_of(self.area))

    def _build_when(self, form: QFormLayout) -> None:
        self.day = date_edit("appointmentDate", self._start.day)
        self.date_note = muted_label("", "appointmentDateNote")
        self.date_note.hide()
        form.addRow(buddy_label(self.tr("&Date"), self.day), field_column(row_of(self.day), self.date_note))
        self.day.dateChanged.connect(lambda _date: self._date_changed())

        self.has_time = QCheckBox(self.tr("Agreed &time"))
        self.has_time.setObjectName("appointmentHasTime")
        start_time = self._start.time or DEFAULT_TIME
        self.time = QTimeEdit(QTime(start_time.hour, start_time.minute))
        self.time.setObjectName("appointmentTime")
        self.time.setDisplayFormat(TIME_FORMAT)
        self.time.setAccessibleName(self.tr("Time"))
        self.has_time.setChecked(self._start.time is not None)
        self.time.setEnabled(self.has_time.isChecked())
        self.has_time.toggled.connect(self.time.setEnabled)
        form.addRow(self.tr("Time"), row_of(self.has_time, self.time))

    def _build_details(self, form: QFormLayout) -> None:
        self.with_whom = self._line(
            form,
            self.tr("Wit&h whom"),
            "appointmentWithWhom",
            self._start.with_whom,
            self.tr("Person or service, e.g. the GP or the NAV adviser"),
        )
        self.place = self._line(
            form,
            self.tr("&Place"),
            "appointmentPlace",
            self._start.place,
            self.tr("Address or name of the place"),
        )
        self.phone = self._line(
            form,
            self.tr("Ph&one"),
            "appointmentPhone",
            self._start.phone,
            self.tr("Number to call if the time must be changed"),
        )
        self.note = QPlainTextEdit(self._start.note)
        self.note.setObjectName("appointmentNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What the patient should bring or remember"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * TEXT_LINES + 12)
        form.addRow(buddy_label(self.tr("&Note"), self.note), self.note)

    def _line(self, form: QFormLayout, label: str, name: str, text: str, placeholder: str) -> QLineEdit:
        field = limit_length(QLineEdit(text), LINE_MAX)
        field.setObjectName(name)
        field.setPlaceholderText(placeholder)
        form.addRow(buddy_label(label, field), field)
        return field

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.what, self.area, self.day, self.has_time, self.time, self.with_whom]
        chain += [self.place, self.phone, self.note, self.ok_button]
        chain.append(self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        tab_chain(chain)

    # Behaviour -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # a message set before showing counts only now

    def _what_changed(self) -> None:
        self._what_touched = True
        self._validate()

    def _date_changed(self) -> None:
        """A date before admission is allowed (booked earlier), but said, quietly."""
        early = from_qdate(self.day.date()) < self._admission
        note = self.tr("The date is before admission (%1).").replace("%1", format_date(self._admission))
        self.date_note.setText(note if early else "")
        self.date_note.setVisible(early)
        fit_height(self)

    def _validate(self, *, show_all: bool = False) -> bool:
        """Show the message under "What" and allow OK only when it is filled in; True when valid."""
        missing = not self.what.text().strip()
        self.what_error.setText(appointment_problem_text(Problem.APPOINTMENT_WHAT_MISSING) if missing else "")
        self.what_error.setVisible(missing and (show_all or self._what_touched))
        self.ok_button.setEnabled(not missing)
        fit_height(self)
        return not missing

    def appointment(self) -> Appointment:
        """The appointment as filled in; id and plan are kept from the one being changed."""
        chosen = self.time.time()
        return replace(
            self._start,
            area=AreaKey(self.area.currentData()),
            what=self.what.text().strip(),
            day=from_qdate(self.day.date()),
            time=time(chosen.hour(), chosen.minute()) if self.has_time.isChecked() else None,
            with_whom=self.with_whom.text().strip(),
            place=self.place.text().strip(),
            phone=self.phone.text().strip(),
            note=self.note.toPlainText().strip(),
        )

    def accept(self) -> None:
        if not self._validate(show_all=True):
            self.what.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    @classmethod
    def get_appointment(
        cls,
        parent: QWidget | None,
        plan: Plan,
        area_titles: Sequence[tuple[AreaKey, str]],
        today: date,
        existing: Appointment | None = None,
        area: AreaKey | None = None,
    ) -> Appointment | None:
        """Show the dialog for a new (None) or existing appointment; it, or None when cancelled."""
        dialog = cls(plan, area_titles, today, existing, area, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.appointment()
        return None
