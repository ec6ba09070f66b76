"""Adding or changing an agreed action: what is to be done, by whom, by when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.limits import LINE_MAX, TEXT_MAX
from dischargeplanner.domain.model import Action, ActionStatus, Responsible
from dischargeplanner.domain.services import Problem
from dischargeplanner.ui.dialogs.form import limit_length
from dischargeplanner.ui.formatting import DATE_FORMAT, from_qdate, to_qdate
from dischargeplanner.ui.style import SPACING
from dischargeplanner.ui.texts import action_status_name, problem_text, responsible_name
from dischargeplanner.ui.widgets import EnumCombo, error_label


@dataclass(frozen=True)
class ActionEdit:
    what: str
    responsible: Responsible
    responsible_name: str
    deadline: date | None
    status: ActionStatus


class ActionDialog(QDialog):
    def __init__(self, action: Action | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self.setWindowTitle(self.tr("Agreed action") if action else self.tr("New agreed action"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        form = QFormLayout()

        self.what = QLineEdit(action.what if action else "")
        limit_length(self.what, TEXT_MAX)
        self.what.setObjectName("actionWhat")
        self.what.setPlaceholderText(self.tr("What is to be done, e.g. «Apply for housing allowance»"))
        self.what_error = error_label(problem_text(Problem.ACTION_WHAT_MISSING), "actionWhatError")
        form.addRow(self.tr("Action"), self.what)
        form.addRow("", self.what_error)

        self.responsible: EnumCombo[Responsible] = EnumCombo(Responsible, responsible_name)
        self.responsible.setObjectName("actionResponsible")
        self.responsible.set_value(action.responsible if action else Responsible.WARD)
        form.addRow(self.tr("Who"), self.responsible)

        self.responsible_name = QLineEdit(action.responsible_name if action else "")
        limit_length(self.responsible_name, LINE_MAX)
        self.responsible_name.setObjectName("actionResponsibleName")
        self.responsible_name.setPlaceholderText(self.tr("Name of the person or service, if known"))
        form.addRow(self.tr("Name"), self.responsible_name)

        self._build_deadline_and_status(form, action, today)
        layout.addLayout(form)
        for label, field in ((self.tr("Action"), self.what), (self.tr("Deadline"), self.deadline)):
            field.setAccessibleName(label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _build_deadline_and_status(self, form: QFormLayout, action: Action | None, today: date) -> None:
        deadline_row = QWidget()
        deadline_layout = QHBoxLayout(deadline_row)
        deadline_layout.setContentsMargins(0, 0, 0, 0)
        self.deadline = QDateEdit(to_qdate(action.deadline if action and action.deadline else today))
        self.deadline.setObjectName("actionDeadline")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat(DATE_FORMAT)
        self.no_deadline = QCheckBox(self.tr("No deadline"))
        self.no_deadline.setObjectName("actionNoDeadline")
        self.no_deadline.toggled.connect(self.deadline.setDisabled)
        self.no_deadline.setChecked(action is not None and action.deadline is None)
        deadline_layout.addWidget(self.deadline)
        deadline_layout.addWidget(self.no_deadline)
        deadline_layout.addStretch(1)
        form.addRow(self.tr("Deadline"), deadline_row)

        self.status: EnumCombo[ActionStatus] = EnumCombo(ActionStatus, action_status_name)
        self.status.setObjectName("actionStatus")
        self.status.set_value(action.status if action else ActionStatus.OPEN)
        if action is not None:  # a new action is open; its status matters once it exists
            form.addRow(self.tr("Status"), self.status)

    def result_edit(self) -> ActionEdit:
        return ActionEdit(
            what=self.what.text().strip(),
            responsible=self.responsible.value(),
            responsible_name=self.responsible_name.text().strip(),
            deadline=None if self.no_deadline.isChecked() else from_qdate(self.deadline.date()),
            status=self.status.value(),
        )

    def accept(self) -> None:
        if not self.what.text().strip():
            self.what_error.show()
            self.what.setFocus()
            return
        super().accept()

    @classmethod
    def edit(cls, parent: QWidget | None, action: Action | None, today: date) -> ActionEdit | None:
        """Show the dialog for a new (None) or existing action; the edit, or None when cancelled."""
        dialog = cls(action, today, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_edit()
        return None
