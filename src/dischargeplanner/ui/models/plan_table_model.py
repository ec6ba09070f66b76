"""The ward overview's table: one row per plan, read-only, sorted through a proxy."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from dischargeplanner.domain.model import PlanId, PlanSummary
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.models.row_table_model import Index, RowTableModel
from dischargeplanner.ui.style import ERROR_COLOUR
from dischargeplanner.ui.texts import status_name

COL_NAME = 0
COL_KOMMUNE = 1
COL_ADMISSION = 2
COL_PLANNED_DISCHARGE = 3
COL_DAYS_LEFT = 4
COL_PROGRESS = 5
COL_RESPONSIBLE = 6
COL_STATUS = 7
COLUMN_COUNT = 8

# Sorting uses the raw value so dates and day counts sort as dates and numbers.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class PlanTableModel(RowTableModel[PlanSummary]):
    column_count = COLUMN_COUNT

    def __init__(self, kommune_name: Callable[[str | None], str], today: Callable[[], date]) -> None:
        super().__init__()
        self._kommune_name = kommune_name
        self._today = today
        self._today_cache = today()

    def column_titles(self) -> list[str]:
        return [
            self.tr("Patient"),
            self.tr("Municipality"),
            self.tr("Admitted"),
            self.tr("Planned discharge"),
            self.tr("Days left"),
            self.tr("Checklist"),
            self.tr("Responsible"),
            self.tr("Status"),
        ]

    def set_plans(self, plans: list[PlanSummary]) -> None:
        self._today_cache = self._today()
        self.set_rows(plans)

    def plan_at(self, row: int) -> PlanSummary:
        return self.row_at(row)

    def row_of(self, plan_id: PlanId) -> int | None:
        for row, plan in enumerate(self._rows):
            if plan.plan_id == plan_id:
                return row
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        plan = self.valid_row(index)
        if plan is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(plan, column)
        if role == SORT_ROLE:
            return self._sort_value(plan, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NAME:
            return plan.patient_name
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_DAYS_LEFT, COL_PROGRESS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DAYS_LEFT:
            days = self._days_left(plan)
            if days is not None and days < 0:
                return QBrush(QColor(ERROR_COLOUR))
        return None

    def _days_left(self, plan: PlanSummary) -> int | None:
        if plan.planned_discharge is None:
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
        if column == COL_PROGRESS:
            return (
                self.tr("%1 of %2").replace("%1", str(plan.items_done)).replace("%2", str(plan.items_total))
            )
        if column == COL_RESPONSIBLE:
            return plan.responsible_staff
        return status_name(plan.status)

    def _sort_value(self, plan: PlanSummary, column: int) -> object:
        if column == COL_ADMISSION:
            return plan.admission.toordinal()
        if column == COL_PLANNED_DISCHARGE:
            return plan.planned_discharge.toordinal() if plan.planned_discharge else 10**7
        if column == COL_DAYS_LEFT:
            days = self._days_left(plan)
            return 10**7 if days is None else days
        if column == COL_PROGRESS:
            return plan.items_done / plan.items_total if plan.items_total else 0.0
        return self._display(plan, column).casefold()
