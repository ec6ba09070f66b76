"""Small form helpers the dialogs share: labels, cells, OK/Cancel, height and tab order."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.ui.formatting import DATE_FORMAT, to_qdate
from dischargeplanner.ui.style import SPACING

# Explanations and non-blocking notes: quieter than the form, still readable in greyscale.
MUTED_STYLE = "color: #546e7a;"
# Height of the multi-line fields (note, restrictions), in lines of text.
TEXT_LINES = 4


def tab_chain(widgets: Sequence[QWidget]) -> None:
    """Tab moves through `widgets` in this order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def muted_label(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setStyleSheet(MUTED_STYLE)
    label.setWordWrap(True)
    return label


def date_edit(object_name: str, value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


def field_column(*widgets: QWidget) -> QWidget:
    """A field with its message right under it, as one cell of a form."""
    return _cell(widgets, across=False, spacing=2)


def row_of(*widgets: QWidget, spacing: int = SPACING) -> QWidget:
    """Widgets side by side, left-aligned, as one cell of a form."""
    return _cell(widgets, across=True, spacing=spacing)


def _cell(widgets: Sequence[QWidget], *, across: bool, spacing: int) -> QWidget:
    cell = QWidget()
    layout = QHBoxLayout(cell) if across else QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    for widget in widgets:
        layout.addWidget(widget)
    if across:
        layout.addStretch(1)
    return cell


def ok_cancel(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    """OK (the default, for Enter) and Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setObjectName("okButton")
    ok_button.setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
    return buttons, ok_button


def fit_height(dialog: QDialog) -> None:
    """Make the dialog as tall as its rows need at its width; once shown, it only grows.

    Left to itself Qt opens it sized for a narrower width (too many wrapped lines) and,
    when a message appears, grows it only to the minimum, squeezing the rows together.
    """
    width = dialog.width() if dialog.isVisible() else dialog.minimumWidth()
    height = dialog.heightForWidth(width)
    if height < 0:  # nothing wraps just now
        height = dialog.sizeHint().height()
    if not dialog.isVisible() or height > dialog.height():
        dialog.resize(width, height)


def limit_length(edit: QLineEdit, limit: int) -> QLineEdit:
    """Typing stops at `limit` characters (domain.limits); a longer text stored before stays whole."""
    # Never below the text already there: Qt would cut it, and the cut would be saved unseen.
    # Qt counts UTF-16 units (an emoji is two), so the limit holds however the text is counted.
    edit.setMaxLength(max(limit, len(edit.text().encode("utf-16-le")) // 2))
    return edit


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose Alt key moves to `buddy`; the field is named after it for screen readers."""
    label = QLabel(text)
    label.setBuddy(buddy)
    buddy.setAccessibleName(text.replace("&", ""))
    return label


class FieldErrors:
    """Problems under their fields: while typing for fields the user has been in, all of them on OK."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        # Fields whose problems show while typing (dates at once, text once the user has been there).
        self.touched: set[str] = set()
        # Problems of fields without a label of their own (a note over the length limit): shown
        # here at once, since OK stays disabled and could not be pressed to reveal them.
        self.general: QLabel | None = None

    def add(self, key: str, field: QWidget, label: QLabel) -> None:
        self.labels[key] = label
        self.fields[key] = field

    def show(self, messages: Mapping[str, list[str]], *, show_all: bool = False) -> None:
        for key, label in self.labels.items():
            label.setText("\n".join(messages.get(key, [])))
            label.setVisible(key in messages and (show_all or key in self.touched))
        if self.general is not None:
            rest = [text for key, texts in messages.items() if key not in self.labels for text in texts]
            self.general.setText("\n".join(dict.fromkeys(rest)))
            self.general.setVisible(bool(rest))

    def focus_first(self) -> None:
        """Put the keyboard in the first field whose problem is shown."""
        for key, label in self.labels.items():
            if label.isVisible():
                self.fields[key].setFocus(Qt.FocusReason.OtherFocusReason)
                return
