"""What falls due this week: one row per plan, its open items and agreed actions beneath it.

Index ids: a plan row has internalId 0; an entry row has internalId plan_row + 1, so
parent() needs no Python object behind the index (internalPointer is never used).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dischargeplanner.domain.model import DueEntry, DueKind, PlanId, Responsible
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.i18n import wording
from dischargeplanner.ui.models.row_table_model import Index, column_title
from dischargeplanner.ui.style import ERROR_COLOUR
from dischargeplanner.ui.texts import responsible_name

# Plan rows show the patient in COL_DUE and the counts in COL_AREA; entry rows use all columns.
COL_DUE = 0
COL_AREA = 1
COL_KIND = 2
COL_WHAT = 3
COL_RESPONSIBLE = 4
COLUMN_COUNT = 5

# True for an entry row whose date has passed; lets tests and delegates ask without parsing text.
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1

_PLAN_ROW = 0


@dataclass(frozen=True)
class _PlanGroup:
    plan_id: PlanId
    patient_name: str
    responsible_staff: str
    entries: tuple[DueEntry, ...]
    overdue: int


class DueTreeModel(QAbstractItemModel):
    """Read-only; `set_entries` replaces everything (the list is short: one ward, one week)."""

    def __init__(self) -> None:
        super().__init__()
        self._groups: list[_PlanGroup] = []
        self._today = date.today()
        self._bold = QFont()
        self._bold.setBold(True)

    # Content -------------------------------------------------------------

    def set_entries(self, entries: list[DueEntry], today: date) -> None:
        """Group by plan, keeping the order given (the service sorts by patient, plan, date)."""
        by_plan: dict[PlanId, list[DueEntry]] = {}
        for entry in entries:
            by_plan.setdefault(entry.plan_id, []).append(entry)
        self.beginResetModel()
        self._today = today
        self._groups = [
            _PlanGroup(
                plan_id=plan_id,
                patient_name=group[0].patient_name,
                responsible_staff=group[0].responsible_staff,
                entries=tuple(group),
                overdue=sum(1 for entry in group if entry.due < today),
            )
            for plan_id, group in by_plan.items()
        ]
        self.endResetModel()

    def entry_at(self, index: Index) -> DueEntry | None:
        """The item or action behind an entry row; None for a plan row or an invalid index."""
        if not index.isValid() or index.internalId() == _PLAN_ROW:
            return None
        group = self._group(index.internalId() - 1)
        if group is None or not 0 <= index.row() < len(group.entries):
            return None
        return group.entries[index.row()]

    def plan_at(self, index: Index) -> PlanId:
        """The plan of a plan row or of an entry row; ValueError for an invalid index."""
        row = self._plan_row(index)
        group = None if row is None else self._group(row)
        if group is None:
            raise ValueError("no plan at an invalid index")
        return group.plan_id

    def first_entry(self, plan_row: int) -> DueEntry | None:
        group = self._group(plan_row)
        return group.entries[0] if group and group.entries else None

    def is_overdue(self, entry: DueEntry) -> bool:
        return entry.due < self._today

    def entry_count(self) -> int:
        return sum(len(group.entries) for group in self._groups)

    # Structure -----------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt's signature
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _PLAN_ROW)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008 - Qt's signature
        if not child.isValid() or child.internalId() == _PLAN_ROW:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _PLAN_ROW)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if not parent.isValid():
            return len(self._groups)
        # Only column 0 of a plan row has children, as Qt's tree views expect.
        if parent.internalId() != _PLAN_ROW or parent.column() != 0:
            return 0
        group = self._group(parent.row())
        return len(group.entries) if group else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: ARG002, B008 - Qt's signature
        return COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != _PLAN_ROW:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return column_title(self.column_titles(), section, orientation, role)

    def column_titles(self) -> list[str]:
        return [
            self.tr("Patient / due"),
            self.tr("Area"),
            self.tr("Kind"),
            self.tr("What"),
            self.tr("Responsible"),
        ]

    def width_samples(self) -> dict[int, list[str]]:
        """The widest texts each column usually shows, translated, for sizing columns by the font."""
        return {
            COL_DUE: [self.tr("%1 (overdue)").replace("%1", "00.00.0000"), "Ingrid Haugland-Olsen"],
            COL_AREA: [
                "Samarbeid med kommunen",  # the longest area title in the standard catalogue
                " · ".join([self.tr("%n due", "", 10), self.tr("%n overdue", "", 10)]),
            ],
            COL_KIND: [
                self.tr("Agreed action"),
                self.tr("Checklist item"),
                self.tr("Follow-up"),
                self.tr("Phone call"),
            ],
            COL_RESPONSIBLE: [f"{responsible_name(Responsible.KOMMUNE)}: Miljøterapeut Demo"],
        }

    # Data ----------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == _PLAN_ROW:
            group = self._group(index.row())
            return None if group is None else self._plan_data(group, index.column(), role)
        entry = self.entry_at(index)
        return None if entry is None else self._entry_data(entry, index.column(), role)

    def _plan_data(self, group: _PlanGroup, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_DUE:
                return group.patient_name
            if column == COL_AREA:
                return self.summary(group)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_DUE, COL_AREA):
            # The whole name too: a long one is elided in the column.
            responsible = self.tr("Plan responsible: %1").replace("%1", group.responsible_staff)
            return f"{group.patient_name}\n{responsible}"
        if role == Qt.ItemDataRole.FontRole and column == COL_DUE:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_AREA and group.overdue:
            return QBrush(QColor(ERROR_COLOUR))
        return None

    def summary(self, group: _PlanGroup) -> str:
        """'2 due · 1 overdue': the two counts are apart, together they are the rows beneath."""
        due = len(group.entries) - group.overdue
        parts = []
        if due:
            parts.append(self.tr("%n due", "", due))
        if group.overdue:
            parts.append(self.tr("%n overdue", "", group.overdue))
        return " · ".join(parts)

    def _entry_data(self, entry: DueEntry, column: int, role: int) -> object:
        overdue = self.is_overdue(entry)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == OVERDUE_ROLE:
            return overdue
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if column == COL_DUE and overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(ERROR_COLOUR))
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None

    def _display(self, entry: DueEntry, column: int) -> str:
        if column == COL_DUE:
            # The word, not only the colour, says it is overdue (colour-blind staff, printouts).
            if self.is_overdue(entry):
                return self.tr("%1 (overdue)").replace("%1", format_date(entry.due))
            if entry.due == self._today:
                return self.tr("%1 (today)").replace("%1", format_date(entry.due))
            return format_date(entry.due)
        if column == COL_AREA:
            return wording().shown(entry.area_title)
        if column == COL_KIND:
            return self._kind_name(entry.kind)
        if column == COL_WHAT:
            return wording().shown(entry.text)
        who = responsible_name(entry.responsible)
        return f"{who}: {entry.responsible_name}" if entry.responsible_name else who

    def _kind_name(self, kind: DueKind) -> str:
        return {
            DueKind.ITEM: self.tr("Checklist item"),
            DueKind.ACTION: self.tr("Agreed action"),
            DueKind.SELF_HELP_FOLLOW_UP: self.tr("Follow-up"),
            DueKind.FOLLOW_UP_CALL: self.tr("Phone call"),
        }[kind]

    def _tooltip(self, entry: DueEntry, column: int) -> str:
        if column == COL_DUE:
            days = (entry.due - self._today).days
            if days < 0:
                return self.tr("Overdue by %n day(s)", "", -days)
            if days == 0:
                return self.tr("Due today")
            return self.tr("Due in %n day(s)", "", days)
        if column == COL_WHAT and entry.kind is DueKind.ITEM and entry.required:
            return self.tr("%1\n\nRequired before discharge.").replace("%1", wording().shown(entry.text))
        if column == COL_WHAT and entry.kind is DueKind.SELF_HELP_FOLLOW_UP:
            return self.tr(
                "The patient was informed about self-help groups, and it has not been taken up again "
                "for 3 weeks. Enter opens the plan where the conversation is recorded."
            )
        if column == COL_WHAT and entry.kind is DueKind.FOLLOW_UP_CALL:
            return self.tr(
                "The patient was discharged: call 2–3 days after discharge to hear how things are going. "
                "Enter opens the plan where the call is recorded."
            )
        return self._display(entry, column)

    # Helpers -------------------------------------------------------------

    def _group(self, row: int) -> _PlanGroup | None:
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def _plan_row(self, index: Index) -> int | None:
        if not index.isValid():
            return None
        return index.row() if index.internalId() == _PLAN_ROW else index.internalId() - 1
