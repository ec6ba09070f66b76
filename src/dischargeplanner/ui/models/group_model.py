"""The group directory's table: one row per local self-help group, sorted here, in Python.

An entry not verified for STALE_AFTER_MONTHS says so in words with a warning sign
("⚠ possibly out of date"), in bold and red, with a tooltip: never colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dischargeplanner.domain.organisations import organisation_name
from dischargeplanner.domain.selfhelp_model import GroupId, LocalGroup, Organisation
from dischargeplanner.domain.text import sort_key
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.models.row_table_model import Index, RowTableModel
from dischargeplanner.ui.selfhelp_texts import (
    audience_name,
    meetings_text,
    mode_name,
    openness_name,
    stale_text,
    stale_tooltip,
)
from dischargeplanner.ui.style import ERROR_COLOUR

COL_ORGANISATION = 0
COL_NAME = 1
COL_KOMMUNE = 2
COL_MEETINGS = 3
COL_AUDIENCE = 4
COL_FORMAT = 5
COL_VERIFIED = 6
COLUMN_COUNT = 7

# True for an entry that may be out of date (for delegates, tests and screen readers).
STALE_ROLE = Qt.ItemDataRole.UserRole + 1

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_BOLD = QFont()
_BOLD.setBold(True)
_STALE_BRUSH = QBrush(QColor(ERROR_COLOUR))
# Groups without a kommune (online only) and entries never verified sort last.
_LAST = "\uffff"


class GroupModel(RowTableModel[LocalGroup]):
    """Rows come sorted by kommune, organisation and name until a column header is clicked."""

    column_count = COLUMN_COUNT

    def __init__(
        self,
        organisations: Callable[[], Sequence[Organisation]],
        kommune_name: Callable[[str], str],
        today: Callable[[], date],
    ) -> None:
        super().__init__()
        self._organisations = organisations
        self._kommune_name = kommune_name
        self._today = today
        self._today_cache = today()
        self._unsorted: list[LocalGroup] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def column_titles(self) -> list[str]:
        return [
            self.tr("Organisation"),
            self.tr("Group"),
            self.tr("Municipality"),
            self.tr("Meets"),
            self.tr("For whom"),
            self.tr("Meeting type"),
            self.tr("Last verified"),
        ]

    # Rows ------------------------------------------------------------------

    def set_groups(self, groups: Sequence[LocalGroup]) -> None:
        """Show `groups` (in their given order when no column is sorted)."""
        self._today_cache = self._today()
        self._unsorted = list(groups)
        self.set_rows(self._sorted(self._unsorted))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        self._rows = self._sorted(self._unsorted)
        moved = {id(group): row for row, group in enumerate(self._rows)}
        for index in self.persistentIndexList():
            if index.row() < len(old):
                new_row = moved.get(id(old[index.row()]), index.row())
                self.changePersistentIndex(index, self.index(new_row, index.column()))
        self.layoutChanged.emit()

    def group_at(self, row: int) -> LocalGroup:
        return self.row_at(row)

    def row_of(self, group_id: GroupId) -> int | None:
        for row, group in enumerate(self._rows):
            if group.group_id == group_id:
                return row
        return None

    def _sorted(self, groups: list[LocalGroup]) -> list[LocalGroup]:
        if not 0 <= self._sort_column < COLUMN_COUNT:
            return list(groups)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(groups, key=self._sort_key(self._sort_column), reverse=descending)

    def _sort_key(self, column: int) -> Callable[[LocalGroup], str]:
        if column == COL_KOMMUNE:
            return lambda group: (
                sort_key(self._kommune_name(group.kommune_number)) if group.kommune_number else _LAST
            )
        if column == COL_MEETINGS:
            # Monday first, earlier in the day first; groups with no known day last.
            return lambda group: (
                " ".join(f"{m.weekday}{(m.start or time.min):%H%M}" for m in group.meetings) or _LAST
            )
        if column == COL_VERIFIED:
            return lambda group: group.verified_on.isoformat() if group.verified_on else ""
        return lambda group: sort_key(self._text(group, column))

    # Data ------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        group = self.valid_row(index)
        if group is None:
            return None
        column = index.column()
        stale = group.possibly_stale(self._today_cache)
        if role in (_DISPLAY, _ACCESSIBLE):
            return self._text(group, column)
        if role == _TOOLTIP:
            return self._tooltip(group, column, stale)
        if role == STALE_ROLE:
            return stale
        if column == COL_VERIFIED and stale:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _STALE_BRUSH
            if role == Qt.ItemDataRole.FontRole:
                return _BOLD
        return None

    def _text(self, group: LocalGroup, column: int) -> str:
        if column == COL_ORGANISATION:
            return organisation_name(self._organisations(), group.organisation)
        if column == COL_NAME:
            return group.name
        if column == COL_KOMMUNE:
            if group.kommune_number is None:
                return self.tr("None – online")
            return self._kommune_name(group.kommune_number)
        if column == COL_MEETINGS:
            return meetings_text(group)
        if column == COL_AUDIENCE:
            return audience_name(group.audience)
        if column == COL_FORMAT:
            return f"{openness_name(group.open_meeting)} · {mode_name(group.mode)}"
        return self._verified_text(group)

    def _verified_text(self, group: LocalGroup) -> str:
        when = format_date(group.verified_on) if group.verified_on else self.tr("never verified")
        if group.possibly_stale(self._today_cache):
            return f"{stale_text()} ({when})"
        return when

    def _tooltip(self, group: LocalGroup, column: int, stale: bool) -> str:
        if column == COL_VERIFIED:
            lines = [self._verified_by(group)]
            if stale:
                lines.insert(0, stale_tooltip())
            return "\n".join(lines)
        if column == COL_NAME:
            return "\n".join(line for line in self._details(group) if line)
        if column == COL_MEETINGS:
            return meetings_text(group, short=False)
        return self._text(group, column)

    def _verified_by(self, group: LocalGroup) -> str:
        if group.verified_on is None:
            return self.tr("Never verified.")
        return (
            self.tr("Last verified %1 by %2.")
            .replace("%1", format_date(group.verified_on))
            .replace("%2", group.verified_by)
        )

    def _details(self, group: LocalGroup) -> list[str]:
        """The whole entry, for the tooltip on the group's name."""
        return [
            group.name,
            group.address,
            self.tr("Phone: %1").replace("%1", group.phone) if group.phone else "",
            self.tr("Language: %1").replace("%1", group.language) if group.language else "",
            self.tr("Women only") if group.women_only else "",
            group.note,
        ]
