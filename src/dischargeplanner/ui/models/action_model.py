"""Agreed actions of one area: what, who, by when, and whether it is done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from dischargeplanner.domain.model import Action, ActionStatus
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.models.row_table_model import Index, RowTableModel
from dischargeplanner.ui.style import ERROR_COLOUR
from dischargeplanner.ui.texts import action_status_name, responsible_name

COL_WHAT = 0
COL_WHO = 1
COL_DEADLINE = 2
COL_STATUS = 3
COLUMN_COUNT = 4


class ActionModel(RowTableModel[Action]):
    column_count = COLUMN_COUNT

    def __init__(self, today: Callable[[], date]) -> None:
        super().__init__()
        self._today = today

    def column_titles(self) -> list[str]:
        return [self.tr("Action"), self.tr("Who"), self.tr("Deadline"), self.tr("Status")]

    def is_overdue(self, action: Action) -> bool:
        return (
            action.status is ActionStatus.OPEN
            and action.deadline is not None
            and action.deadline < self._today()
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        action = self.valid_row(index)
        if action is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(action, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DEADLINE and self.is_overdue(action):
            return QBrush(QColor(ERROR_COLOUR))
        return None

    def _display(self, action: Action, column: int) -> str:
        if column == COL_WHAT:
            return action.what
        if column == COL_WHO:
            who = responsible_name(action.responsible)
            return f"{who}: {action.responsible_name}" if action.responsible_name else who
        if column == COL_DEADLINE:
            if action.deadline is None:
                return self.tr("no deadline")
            if self.is_overdue(action):
                return self.tr("%1 (overdue)").replace("%1", format_date(action.deadline))
            return format_date(action.deadline)
        return action_status_name(action.status)
