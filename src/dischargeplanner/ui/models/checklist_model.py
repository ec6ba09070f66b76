"""The checklist items of one area: tick to mark done, due dates highlighted when overdue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dischargeplanner.domain.model import ChecklistItem, ItemState, Plan
from dischargeplanner.ui.formatting import format_date, format_datetime
from dischargeplanner.ui.models.row_table_model import Index, RowTableModel
from dischargeplanner.ui.style import ERROR_COLOUR
from dischargeplanner.ui.texts import responsible_name, state_name

COL_DONE = 0
COL_TEXT = 1
COL_DUE = 2
COL_STATE = 3
COL_RESPONSIBLE = 4
COL_NOTE = 5
COLUMN_COUNT = 6

# Called when the user ticks or unticks an item; returns False when the change was refused.
SetState = Callable[[ChecklistItem, ItemState], bool]


class ChecklistModel(RowTableModel[ChecklistItem]):
    column_count = COLUMN_COUNT

    def __init__(self, set_state: SetState, today: Callable[[], date]) -> None:
        super().__init__()
        self._plan: Plan | None = None
        self._set_state = set_state
        self._today = today
        self._read_only = False

    def column_titles(self) -> list[str]:
        return [
            self.tr("Done"),
            self.tr("Item"),
            self.tr("Due"),
            self.tr("State"),
            self.tr("Responsible"),
            self.tr("Note"),
        ]

    def set_items(self, plan: Plan, items: tuple[ChecklistItem, ...], *, read_only: bool) -> None:
        self._plan = plan
        self._read_only = read_only
        self.set_rows(items)

    def item_at(self, row: int) -> ChecklistItem:
        return self.row_at(row)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_DONE and not self._read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.valid_row(index)
        if item is None or self._plan is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_DONE:
            return Qt.CheckState.Checked if item.state.is_closed else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        overdue = column == COL_DUE and not self._read_only and item.is_overdue(self._plan, self._today())
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(QColor(ERROR_COLOUR))
        if role == Qt.ItemDataRole.FontRole and (overdue or (column == COL_TEXT and item.required)):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_DONE or self._read_only:
            return False
        item = self.row_at(index.row())
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        target = ItemState.DONE if checked else ItemState.NOT_STARTED
        # The area page reloads the model with what was stored; nothing is changed here.
        return self._set_state(item, target)

    def _display(self, item: ChecklistItem, column: int) -> str | None:
        assert self._plan is not None
        if column == COL_TEXT:
            return item.text
        if column == COL_DUE:
            due = item.due_date(self._plan)
            return format_date(due) if due else self.tr("when discharge is set")
        if column == COL_STATE:
            return state_name(item.state)
        if column == COL_RESPONSIBLE:
            who = responsible_name(item.responsible)
            return f"{who}: {item.responsible_name}" if item.responsible_name else who
        if column == COL_NOTE:
            note = item.not_applicable_reason if item.state is ItemState.NOT_APPLICABLE else item.note
            return note.replace("\n", " ")
        return None

    def _tooltip(self, item: ChecklistItem, column: int) -> str | None:
        assert self._plan is not None
        if column == COL_TEXT:
            required = self.tr("Required before discharge.") if item.required else ""
            return f"{item.text}\n\n{item.help}\n\n{required}".strip()
        if column == COL_DUE and not self._read_only and item.is_overdue(self._plan, self._today()):
            return self.tr("Overdue")
        if column == COL_NOTE:
            return self._display(item, column) or None
        if column == COL_DONE and item.changed_by and item.changed_at:
            changed = format_datetime(item.changed_at)
            return self.tr("Last changed by %1 on %2").replace("%1", item.changed_by).replace("%2", changed)
        return None
