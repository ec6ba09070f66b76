"""A short table of records inside a panel (self-help visits, follow-ups), or a sentence when empty."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from dischargeplanner.ui.models.row_table_model import Index, RowTableModel

RowT = TypeVar("RowT")
# Tables show this many rows and scroll beyond them.
TABLE_ROWS = 5


class RecordModel(RowTableModel[RowT]):
    """A table whose column titles and cells the panel gives: `cells(row)` has one text per column."""

    def __init__(self, titles: list[str], cells: Callable[[RowT], tuple[str, ...]]) -> None:
        super().__init__()
        self._titles = titles
        self._cells = cells
        self.column_count = len(titles)

    def column_titles(self) -> list[str]:
        return self._titles

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.valid_row(index)
        if row is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._cells(row)[index.column()]


class RecordTable(QWidget, Generic[RowT]):
    """A short table of records, or a sentence saying what to do while there are none."""

    def __init__(self, name: str, accessible_name: str, model: RowTableModel[RowT], empty_text: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView()
        self.table.setObjectName(f"{name}Table")
        self.table.setAccessibleName(accessible_name)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control, never traps
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName(f"{name}Empty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)

    def set_rows(self, rows: list[RowT]) -> None:
        row = self.table.currentIndex().row()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(min(max(row, 0), len(rows) - 1))
        shown = range(min(len(rows), TABLE_ROWS))
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        self.table.setFixedHeight(height + sum(self.table.rowHeight(r) for r in shown))

    def current(self) -> RowT | None:
        return self.model.valid_row(self.table.currentIndex())
