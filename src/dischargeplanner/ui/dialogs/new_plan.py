"""'Ny plan': identity, home kommune and dates of a new stay, validated while typing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.kommuner import search_kommuner
from dischargeplanner.domain.limits import LINE_MAX
from dischargeplanner.domain.model import Kommune, Patient, Plan, PlanDraft
from dischargeplanner.domain.services import Issue, Problem, validate_draft
from dischargeplanner.ui.dialogs.form import limit_length
from dischargeplanner.ui.formatting import DATE_FORMAT, from_qdate, to_qdate
from dischargeplanner.ui.style import SPACING
from dischargeplanner.ui.texts import problem_text
from dischargeplanner.ui.widgets import error_label


def kommune_label(kommune: Kommune) -> str:
    return f"{kommune.display_name} · {kommune.number}"


def parse_date(text: str) -> date | None:
    """dd.mm.yyyy as Norwegians write it; None when empty or not a date."""
    try:
        return datetime.strptime(text.strip(), "%d.%m.%Y").date()
    except ValueError:
        return None


class KommuneField(QLineEdit):
    """Type any part of the Norwegian or Sami name, or the number; pick from the list."""

    def __init__(self, kommuner: Sequence[Kommune]) -> None:
        super().__init__()
        self._kommuner = tuple(kommuner)
        self._by_label = {kommune_label(kommune): kommune for kommune in self._kommuner}
        self._choices = QStringListModel(list(self._by_label))
        completer = QCompleter(self._choices, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.textEdited.connect(self._filter)

    def _filter(self, text: str) -> None:
        matches = search_kommuner(self._kommuner, text)
        self._choices.setStringList([kommune_label(kommune) for kommune in matches])
        if self.completer() is not None and text.strip():
            self.completer().complete()

    def kommune(self) -> Kommune | None:
        return self._by_label.get(self.text().strip())

    def set_kommune(self, kommune: Kommune | None) -> None:
        self.setText(kommune_label(kommune) if kommune else "")


class NewPlanDialog(QDialog):
    def __init__(
        self,
        kommuner: Sequence[Kommune],
        ward: str,
        responsible_staff: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newPlanDialog")
        self.setWindowTitle(self.tr("New plan"))
        self.setMinimumWidth(600)
        self._today = today
        self._known = frozenset(kommune.number for kommune in kommuner)
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._build(kommuner, ward, responsible_staff)
        self._validate(show_all=False)

    # Layout ----------------------------------------------------------------

    def _build(self, kommuner: Sequence[Kommune], ward: str, responsible_staff: str) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        form = QFormLayout()
        form.setVerticalSpacing(SPACING // 2)

        self.name = limit_length(QLineEdit(), LINE_MAX)
        self.name.setObjectName("patientName")
        self._add_row(form, self.tr("Patient's name"), self.name, "patient_name")

        self.fodselsnummer = QLineEdit()
        self.fodselsnummer.setObjectName("fodselsnummer")
        self.fodselsnummer.setPlaceholderText(self.tr("11 digits, or leave empty if not known yet"))
        self._add_row(form, self.tr("National identity number"), self.fodselsnummer, "fodselsnummer")

        self.birth_date = QLineEdit()
        self.birth_date.setObjectName("birthDate")
        self.birth_date.setPlaceholderText(self.tr("dd.mm.yyyy (when there is no number)"))
        self._add_row(form, self.tr("Date of birth"), self.birth_date, "birth_date")

        self.kommune = KommuneField(kommuner)
        self.kommune.setObjectName("kommune")
        self.kommune.setPlaceholderText(self.tr("Type the name or number of the municipality"))
        self._add_row(form, self.tr("Home municipality"), self.kommune, "kommune_number")

        self.ward = limit_length(QLineEdit(ward), LINE_MAX)
        self.ward.setObjectName("ward")
        self._add_row(form, self.tr("Ward"), self.ward, "ward")

        self.responsible = limit_length(QLineEdit(responsible_staff), LINE_MAX)
        self.responsible.setObjectName("responsibleStaff")
        self._add_row(form, self.tr("Responsible staff member"), self.responsible, "responsible_staff")

        self.admission = self._date_edit("admissionDate", self._today)
        self._add_row(form, self.tr("Admission date"), self.admission, "admission")

        discharge_row = QWidget()
        discharge_layout = QHBoxLayout(discharge_row)
        discharge_layout.setContentsMargins(0, 0, 0, 0)
        self.planned_discharge = self._date_edit("plannedDischarge", self._today)
        self.planned_discharge.setDate(to_qdate(self._today).addDays(90))
        self.discharge_unknown = QCheckBox(self.tr("Not set yet"))
        self.discharge_unknown.setObjectName("dischargeUnknown")
        self.discharge_unknown.toggled.connect(self.planned_discharge.setDisabled)
        discharge_layout.addWidget(self.planned_discharge)
        discharge_layout.addWidget(self.discharge_unknown)
        discharge_layout.addStretch(1)
        self._add_row(form, self.tr("Planned discharge"), discharge_row, "planned_discharge")
        layout.addLayout(form)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create plan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        for field in (
            self.name,
            self.fodselsnummer,
            self.birth_date,
            self.kommune,
            self.ward,
            self.responsible,
        ):
            field.textChanged.connect(lambda _text: self._validate(show_all=False))
        for edit in (self.admission, self.planned_discharge):
            edit.dateChanged.connect(lambda _date: self._validate(show_all=False))
        self.discharge_unknown.toggled.connect(lambda _checked: self._validate(show_all=False))

    def _date_edit(self, name: str, value: date) -> QDateEdit:
        edit = QDateEdit(to_qdate(value))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        return edit

    def _add_row(self, form: QFormLayout, label: str, field: QWidget, key: str) -> None:
        field.setAccessibleName(label)
        self._fields[key] = field
        error = error_label(object_name=f"{key}Error")
        self._errors[key] = error
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(2)
        column_layout.addWidget(field)
        column_layout.addWidget(error)
        form.addRow(label, column)

    # Behaviour -------------------------------------------------------------

    def draft(self) -> PlanDraft:
        kommune = self.kommune.kommune()
        typed_kommune = self.kommune.text().strip()
        kommune_number = kommune.number if kommune else ("????" if typed_kommune else None)
        return PlanDraft(
            patient=Patient(
                name=self.name.text(),
                fodselsnummer=self.fodselsnummer.text(),
                birth_date=parse_date(self.birth_date.text()),
            ),
            kommune_number=kommune_number,
            ward=self.ward.text(),
            responsible_staff=self.responsible.text(),
            admission=from_qdate(self.admission.date()),
            planned_discharge=None
            if self.discharge_unknown.isChecked()
            else from_qdate(self.planned_discharge.date()),
        )

    def issues(self) -> list[Issue]:
        issues = validate_draft(self.draft(), self._known, self._today)
        if self.birth_date.text().strip() and parse_date(self.birth_date.text()) is None:
            issues.append(Issue("birth_date", Problem.BIRTH_DATE_UNREADABLE))
        return issues

    def _validate(self, *, show_all: bool) -> list[Issue]:
        """Show problems next to their fields; while typing, only in fields the user has filled in."""
        issues = self.issues()
        by_field = {issue.field: issue for issue in issues}
        for key, label in self._errors.items():
            issue = by_field.get(key)
            show = issue is not None and (show_all or self._touched(key))
            if show and issue is not None:
                label.setText(problem_text(issue.problem))
            label.setVisible(show)
        return issues

    def _touched(self, key: str) -> bool:
        fields: dict[str, QLineEdit] = {
            "patient_name": self.name,
            "fodselsnummer": self.fodselsnummer,
            "birth_date": self.birth_date,
            "kommune_number": self.kommune,
        }
        field = fields.get(key)
        return field is None or bool(field.text().strip())

    def accept(self) -> None:
        if self._validate(show_all=True):
            first_field = next(key for key, label in self._errors.items() if label.isVisible())
            self._fields[first_field].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def fill_from(self, plan: Plan, kommuner: Sequence[Kommune]) -> None:
        """Prefill with a stored plan, to correct identity or move dates."""
        self.setWindowTitle(self.tr("Plan details"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save changes"))
        self.name.setText(plan.patient.name)
        self.fodselsnummer.setText(plan.patient.fodselsnummer or "")
        if plan.patient.birth_date and not plan.patient.fodselsnummer:
            self.birth_date.setText(plan.patient.birth_date.strftime("%d.%m.%Y"))
        self.kommune.set_kommune(next((k for k in kommuner if k.number == plan.kommune_number), None))
        self.ward.setText(plan.ward)
        self.responsible.setText(plan.responsible_staff)
        self.admission.setDate(to_qdate(plan.admission))
        self.discharge_unknown.setChecked(plan.planned_discharge is None)
        if plan.planned_discharge is not None:
            self.planned_discharge.setDate(to_qdate(plan.planned_discharge))
        self._validate(show_all=False)

    @classmethod
    def edit_plan(
        cls, parent: QWidget | None, kommuner: Sequence[Kommune], plan: Plan, today: date
    ) -> PlanDraft | None:
        """The same form, filled in; the changed details when the user saved, else None."""
        dialog = cls(kommuner, plan.ward, plan.responsible_staff, today, parent)
        dialog.fill_from(plan, kommuner)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.draft()
        return None

    @classmethod
    def get_draft(
        cls,
        parent: QWidget | None,
        kommuner: Sequence[Kommune],
        ward: str,
        responsible_staff: str,
        today: date,
    ) -> PlanDraft | None:
        """Show the dialog; the draft when the user pressed 'Create plan', else None."""
        dialog = cls(kommuner, ward, responsible_staff, today, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.draft()
        return None
