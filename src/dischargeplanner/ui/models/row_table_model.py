"""A flat table of rows of one domain type: the plumbing every table model shares."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Subclasses give `column_count`, `column_titles()` and `data()`; rows come via `set_rows`."""

    column_count = 0

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[RowT] = []

    def column_titles(self) -> list[str]:
        raise NotImplementedError

    def set_rows(self, rows: Iterable[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def valid_row(self, index: Index) -> RowT | None:
        """The row behind `index`, or None for an invalid or stale index."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.column_count

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return column_title(self.column_titles(), section, orientation, role)


def column_title(titles: list[str], section: int, orientation: Qt.Orientation, role: int) -> str | None:
    """headerData for a model whose columns have titles and whose rows have none."""
    if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
        return None
    return titles[section] if 0 <= section < len(titles) else None
