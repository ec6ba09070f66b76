"""The ward overview's table: one row per plan, filtered and sorted here, in Python.

The model filters (status comes from storage; "mine" and the search here) and
sorts its own rows rather than sitting behind a QSortFilterProxyModel: a proxy
calls back into Python for every row and comparison, which costs more than the
whole 50 ms budget at 10,000 plans. Search keys are casefolded once per load, so
"øyvind" finds "Øyvind" and "ÆRLING" finds "Ærling" (SQLite's LIKE folds only a–z).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dischargeplanner.domain.model import AreaKey, PlanId, PlanStatus, PlanSummary, TrafficLight
from dischargeplanner.domain.text import sort_key
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.i18n import wording
from dischargeplanner.ui.models.row_table_model import Index, RowTableModel
from dischargeplanner.ui.style import ERROR_COLOUR
from dischargeplanner.ui.texts import area_name, light_name, status_name

COL_NAME = 0
COL_KOMMUNE = 1
COL_ADMISSION = 2
COL_PLANNED_DISCHARGE = 3
COL_DAYS_LEFT = 4
COL_AREAS = 5
COL_OVERDUE = 6
COL_NEXT_DUE = 7
COL_RESPONSIBLE = 8
COL_STATUS = 9
COLUMN_COUNT = 10

# The area chips' data: a tuple of (AreaKey, TrafficLight), painted by ChipDelegate.
LIGHTS_ROLE = Qt.ItemDataRole.UserRole + 2

_NO_DATE = 10**7
_LIGHT_ORDER = {
    TrafficLight.RED: 0,
    TrafficLight.YELLOW: 1,
    TrafficLight.NOT_ASSESSED: 2,
    TrafficLight.GREEN: 3,
}
_BOLD = QFont()
_BOLD.setBold(True)
_LATE_BRUSH = QBrush(QColor(ERROR_COLOUR))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ROLES = frozenset(
    {_DISPLAY, _FOREGROUND, _FONT, _ALIGNMENT, _TOOLTIP, LIGHTS_ROLE, Qt.ItemDataRole.AccessibleTextRole}
)


class PlanTableModel(RowTableModel[PlanSummary]):
    column_count = COLUMN_COUNT

    def __init__(self, kommune_name: Callable[[str | None], str], today: Callable[[], date]) -> None:
        super().__init__()
        self._kommune_name = kommune_name
        self._today = today
        self._today_cache = today()
        self._all: list[PlanSummary] = []
        self._keys: list[tuple[str, str]] = []
        self._needle = ""
        self._mine: str | None = None
        self._cell_cache: dict[PlanId, tuple[str, ...]] = {}
        self._late_cache: dict[PlanId, tuple[bool, ...]] = {}
        self._sort_column = COL_DAYS_LEFT
        self._sort_order = Qt.SortOrder.AscendingOrder

    def column_titles(self) -> list[str]:
        return [
            self.tr("Patient"),
            self.tr("Municipality"),
            self.tr("Admitted"),
            self.tr("Planned discharge"),
            self.tr("Days left"),
            self.tr("Areas"),
            self.tr("Overdue"),
            self.tr("Next due"),
            self.tr("Responsible"),
            self.tr("Status"),
        ]

    # Rows ------------------------------------------------------------------

    def set_plans(self, plans: list[PlanSummary]) -> None:
        self._today_cache = self._today()
        self._cell_cache.clear()
        self._late_cache.clear()
        # Sorted by name once here; the stable column sort keeps that order among ties.
        self._all = sorted(plans, key=lambda plan: sort_key(plan.patient_name))
        self._keys = [(plan.patient_name.casefold(), plan.fodselsnummer or "") for plan in self._all]
        self._apply()

    def set_search(self, text: str) -> None:
        """Name (any part, case- and æøå-insensitive) or fødselsnummer digits."""
        self._needle = " ".join(text.split()).casefold()
        self._apply()

    def set_mine(self, user: str | None) -> None:
        """Only plans `user` is responsible for; None shows everybody's."""
        self._mine = user.strip().casefold() if user else None
        self._apply()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._sort_order = order
        self._apply()

    def _apply(self) -> None:
        needle = self._needle
        digits = needle.replace(" ", "")
        by_digits = digits.isdigit()
        mine = self._mine
        rows = [
            plan
            for plan, (name, number) in zip(self._all, self._keys, strict=True)
            if (not needle or needle in name or (by_digits and digits in number))
            and (mine is None or plan.responsible_staff.strip().casefold() == mine)
        ]
        self.set_rows(self._sorted(rows))

    def _sorted(self, rows: list[PlanSummary]) -> list[PlanSummary]:
        column = self._sort_column
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if column == COL_NAME:
            return rows[::-1] if descending else rows  # already in name order
        return sorted(rows, key=self._sort_key(column), reverse=descending)

    def _sort_key(self, column: int) -> Callable[[PlanSummary], int | str]:
        """A plain key function per column: 10,000 rows sort in a few milliseconds."""
        if column in (COL_DAYS_LEFT, COL_PLANNED_DISCHARGE):
            # Days left orders like the planned date; ended plans and plans without one last.
            active = PlanStatus.ACTIVE
            only_active = column == COL_DAYS_LEFT
            return lambda plan: (
                plan.planned_discharge.toordinal()
                if plan.planned_discharge and (plan.status is active or not only_active)
                else _NO_DATE
            )
        if column == COL_ADMISSION:
            return lambda plan: plan.admission.toordinal()
        if column == COL_OVERDUE:
            return lambda plan: -plan.overdue
        if column == COL_NEXT_DUE:
            return lambda plan: plan.next_due.toordinal() if plan.next_due else _NO_DATE
        if column == COL_AREAS:
            # Most red first when ascending: the plans that need the most attention.
            return lambda plan: sum(_LIGHT_ORDER[light] for _area, light in plan.area_lights)
        return lambda plan: sort_key(self._cells(plan)[column])

    def plan_at(self, row: int) -> PlanSummary:
        return self.row_at(row)

    def row_of(self, plan_id: PlanId) -> int | None:
        for row, plan in enumerate(self._rows):
            if plan.plan_id == plan_id:
                return row
        return None

    def total(self) -> int:
        """Plans loaded for the chosen status, before search and "mine"."""
        return len(self._all)

    # Data ------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Qt asks ~7 roles per visible cell on every paint: answer the common "nothing" fast.
        if role not in _ROLES:
            return None
        row = index.row()
        if not index.isValid() or row >= len(self._rows):
            return None
        plan = self._rows[row]
        column = index.column()
        if role == _DISPLAY:
            return self._cells(plan)[column]
        if role in (_FOREGROUND, _FONT):
            late = self._late(plan)[column]
            if not late:
                return None
            return _LATE_BRUSH if role == _FOREGROUND else _BOLD
        if role == _ALIGNMENT:
            return _RIGHT if column in (COL_DAYS_LEFT, COL_OVERDUE) else None
        if role == LIGHTS_ROLE:
            return plan.area_lights if column == COL_AREAS else None
        if role == _TOOLTIP:
            return self._tooltip(plan, column)
        if column == COL_AREAS:  # AccessibleTextRole
            return self._lights_text(plan.area_lights)
        return None

    def _cells(self, plan: PlanSummary) -> tuple[str, ...]:
        """Each row's texts, made once per load (a paint asks for them again and again)."""
        cells = self._cell_cache.get(plan.plan_id)
        if cells is None:
            cells = tuple(self._display(plan, column) for column in range(COLUMN_COUNT))
            self._cell_cache[plan.plan_id] = cells
        return cells

    def _late(self, plan: PlanSummary) -> tuple[bool, ...]:
        late = self._late_cache.get(plan.plan_id)
        if late is None:
            late = tuple(self._is_late(plan, column) for column in range(COLUMN_COUNT))
            self._late_cache[plan.plan_id] = late
        return late

    def _is_late(self, plan: PlanSummary, column: int) -> bool:
        if column == COL_DAYS_LEFT:
            days = self._days_left(plan)
            return days is not None and days < 0
        if column == COL_OVERDUE:
            return plan.overdue > 0
        if column == COL_NEXT_DUE:
            return plan.next_due is not None and plan.next_due < self._today_cache
        return False

    def _days_left(self, plan: PlanSummary) -> int | None:
        if plan.planned_discharge is None or plan.status is not PlanStatus.ACTIVE:
            return None
        return (plan.planned_discharge - self._today_cache).days

    def _format_date(self, value: date | None) -> str:
        if value is None:
            return self.tr("not set")
        return format_date(value)

    def _display(self, plan: PlanSummary, column: int) -> str:
        if column == COL_NAME:
            return plan.patient_name
        if column == COL_KOMMUNE:
            return self._kommune_name(plan.kommune_number)
        if column == COL_ADMISSION:
            return self._format_date(plan.admission)
        if column == COL_PLANNED_DISCHARGE:
            return self._format_date(plan.planned_discharge)
        if column == COL_DAYS_LEFT:
            days = self._days_left(plan)
            return "–" if days is None else str(days)
        if column == COL_AREAS:
            return ""
        if column == COL_OVERDUE:
            # An ended plan has only its follow-up call left to be late.
            return str(plan.overdue) if plan.status is PlanStatus.ACTIVE or plan.overdue else "–"
        if column == COL_NEXT_DUE:
            if plan.next_due is None:
                return ""
            return f"{format_date(plan.next_due)}  {wording().shown(plan.next_due_text)}"
        if column == COL_RESPONSIBLE:
            return plan.responsible_staff
        if plan.status is PlanStatus.DISCHARGED and plan.actual_discharge:
            return self.tr("Discharged %1").replace("%1", format_date(plan.actual_discharge))
        return status_name(plan.status)

    def _tooltip(self, plan: PlanSummary, column: int) -> str | None:
        if column == COL_AREAS:
            return self._lights_text(plan.area_lights)
        if column == COL_OVERDUE and plan.overdue:
            if plan.status is not PlanStatus.ACTIVE:
                return self.tr("The follow-up call after discharge is past its date")
            return self.tr("%n checklist item(s) or agreed action(s) past their date", "", plan.overdue)
        if column == COL_NEXT_DUE and plan.next_due:
            return self._display(plan, column)
        if column == COL_NAME:
            return plan.patient_name
        return None

    def _lights_text(self, lights: tuple[tuple[AreaKey, TrafficLight], ...]) -> str:
        return "\n".join(f"{area_name(area)}: {light_name(light)}" for area, light in lights)
