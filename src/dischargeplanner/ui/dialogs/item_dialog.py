"""Editing one checklist item: state (with a reason when it does not apply), who, note."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.limits import LINE_MAX, TEXT_MAX
from dischargeplanner.domain.model import ChecklistItem, ItemState, Responsible
from dischargeplanner.domain.services import Problem
from dischargeplanner.ui.dialogs.form import limit_length
from dischargeplanner.ui.formatting import format_datetime
from dischargeplanner.ui.style import SPACING
from dischargeplanner.ui.texts import problem_text, responsible_name, state_name
from dischargeplanner.ui.widgets import EnumCombo, error_label


@dataclass(frozen=True)
class ItemEdit:
    state: ItemState
    not_applicable_reason: str
    responsible: Responsible
    responsible_name: str
    note: str


class ItemDialog(QDialog):
    def __init__(self, item: ChecklistItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemDialog")
        self.setWindowTitle(self.tr("Checklist item"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)

        self._build_heading(layout, item)

        form = QFormLayout()
        self.state: EnumCombo[ItemState] = EnumCombo(ItemState, state_name)
        self.state.setObjectName("itemState")
        self.state.set_value(item.state)
        form.addRow(self.tr("State"), self.state)

        self.reason = QLineEdit(item.not_applicable_reason)
        limit_length(self.reason, TEXT_MAX)
        self.reason.setObjectName("notApplicableReason")
        self.reason.setPlaceholderText(self.tr("Why the item does not apply to this patient"))
        self.reason_error = error_label(problem_text(Problem.REASON_MISSING), "reasonError")
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.reason_error)

        self.responsible: EnumCombo[Responsible] = EnumCombo(Responsible, responsible_name)
        self.responsible.setObjectName("itemResponsible")
        self.responsible.set_value(item.responsible)
        form.addRow(self.tr("Responsible"), self.responsible)

        self.responsible_name = QLineEdit(item.responsible_name)
        limit_length(self.responsible_name, LINE_MAX)
        self.responsible_name.setObjectName("itemResponsibleName")
        self.responsible_name.setPlaceholderText(self.tr("Name of the person, if known"))
        form.addRow(self.tr("Name"), self.responsible_name)

        self.note = QPlainTextEdit(item.note)
        self.note.setObjectName("itemNote")
        self.note.setTabChangesFocus(True)
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        for label, field in ((self.tr("State"), self.state), (self.tr("Note"), self.note)):
            field.setAccessibleName(label)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.state.currentIndexChanged.connect(self._state_changed)
        self._state_changed()

    def _build_heading(self, layout: QVBoxLayout, item: ChecklistItem) -> None:
        """The item, why it matters, and who last changed it."""
        title = QLabel(f"<b>{item.text}</b>")
        title.setWordWrap(True)
        layout.addWidget(title)
        help_label = QLabel(item.help)
        help_label.setObjectName("itemHelp")
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color: #37474f;")
        layout.addWidget(help_label)
        if item.changed_by and item.changed_at:
            changed = QLabel(
                self.tr("Last changed by %1 on %2")
                .replace("%1", item.changed_by)
                .replace("%2", format_datetime(item.changed_at))
            )
            changed.setObjectName("itemChanged")
            changed.setStyleSheet("color: #546e7a;")
            layout.addWidget(changed)

    def _state_changed(self) -> None:
        not_applicable = self.state.value() is ItemState.NOT_APPLICABLE
        self.reason.setEnabled(not_applicable)
        if not not_applicable:
            self.reason_error.hide()

    def result_edit(self) -> ItemEdit:
        return ItemEdit(
            state=self.state.value(),
            not_applicable_reason=self.reason.text().strip(),
            responsible=self.responsible.value(),
            responsible_name=self.responsible_name.text().strip(),
            note=self.note.toPlainText().strip(),
        )

    def accept(self) -> None:
        edit = self.result_edit()
        if edit.state is ItemState.NOT_APPLICABLE and not edit.not_applicable_reason:
            self.reason_error.show()
            self.reason.setFocus()
            return
        super().accept()

    @classmethod
    def edit(cls, parent: QWidget | None, item: ChecklistItem) -> ItemEdit | None:
        dialog = cls(item, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_edit()
        return None
