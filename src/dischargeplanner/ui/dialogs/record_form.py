"""The form the record dialogs share (self-help, contacts, family, crisis, meetings, calls):
problems shown under their fields while typing, OK only when there are none, nothing typed lost.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.services import Issue
from dischargeplanner.ui.dialogs.form import (
    TEXT_LINES,
    FieldErrors,
    buddy_label,
    field_column,
    fit_height,
    muted_label,
    ok_cancel,
    tab_chain,
)
from dischargeplanner.ui.style import SPACING
from dischargeplanner.ui.texts import problem_text
from dischargeplanner.ui.widgets import error_label

FORM_WIDTH = 660
WIDE_FORM_WIDTH = 780


def text_box(text: str, name: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * TEXT_LINES + 12)
    return box


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(part.title() for part in rest)


class SelfHelpForm(QDialog):
    """A form whose problems show under their fields while typing; OK only when there are none.

    Subclasses add rows with `add_row`, call `finish`, and say what is wrong in `problems`.
    (No tr() here: Qt would look the text up under the subclass's name.)
    """

    def __init__(self, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumWidth(FORM_WIDTH)
        self.field_errors = FieldErrors()
        # Dates always say what is wrong; text fields only once the user has been there.
        self.field_errors.touched = set()
        self.main = QVBoxLayout(self)
        self.main.setSpacing(SPACING)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(SPACING)

    def explain(self, text: str, name: str) -> QLabel:
        label = muted_label(text, name)
        self.main.addWidget(label)
        return label

    def add_row(self, label: str, field: QWidget, cell: QWidget | None = None, key: str = "") -> None:
        """A labelled row; with `key`, the problems of that field show right under it."""
        cell = cell or field
        if key:
            error = error_label(object_name=f"{_camel(key)}Error")
            self.field_errors.add(key, field, error)
            cell = field_column(cell, error)
        self.form.addRow(buddy_label(label, field), cell)

    def finish(self, chain: Sequence[QWidget]) -> None:
        """OK and Cancel below the form, Tab through `chain` then them, first field focused."""
        self.main.addLayout(self.form)
        self.field_errors.general = error_label(object_name="formError")
        self.main.addWidget(self.field_errors.general)
        self.main.addStretch(1)  # room beyond what the form needs goes above the buttons
        self.buttons, self.ok_button = ok_cancel(self)
        self.main.addWidget(self.buttons)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        tab_chain([*chain, self.ok_button, cancel])
        self.validate()
        chain[0].setFocus()

    def touch(self, key: str) -> None:
        self.field_errors.touched.add(key)
        self.validate()

    def problems(self) -> list[Issue]:
        return []

    def ready(self) -> bool:
        """Whether OK may be pressed beyond the problems (e.g. a choice is made)."""
        return True

    def validate(self, *, show_all: bool = False) -> list[Issue]:
        """Show each problem under its field, allow OK only when there are none; the problems."""
        issues = self.problems()
        messages: dict[str, list[str]] = {}
        for issue in issues:
            messages.setdefault(issue.field, []).append(problem_text(issue.problem))
        self.field_errors.show(messages, show_all=show_all)
        self.ok_button.setEnabled(not issues and self.ready())
        fit_height(self)
        return issues

    def accept(self) -> None:
        if self.validate(show_all=True) or not self.ready():
            self.field_errors.focus_first()
            return
        super().accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # a message set before showing counts only now
