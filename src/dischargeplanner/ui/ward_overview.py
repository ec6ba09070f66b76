"""The ward overview: every plan of the ward in one sortable, searchable table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.model import PlanId, PlanStatus
from dischargeplanner.domain.services import PlanService
from dischargeplanner.ui.models.plan_table_model import (
    COL_ADMISSION,
    COL_DAYS_LEFT,
    COL_KOMMUNE,
    COL_NAME,
    COL_PLANNED_DISCHARGE,
    COL_RESPONSIBLE,
    SORT_ROLE,
    PlanTableModel,
)
from dischargeplanner.ui.style import SPACING

FILTERS: tuple[tuple[PlanStatus, ...], ...] = (
    (PlanStatus.ACTIVE,),
    (PlanStatus.DISCHARGED,),
    (PlanStatus.ACTIVE, PlanStatus.DISCHARGED, PlanStatus.ARCHIVED),
)


class PlanFilterProxy(QSortFilterProxyModel):
    """Search by name or fødselsnummer; casefold() treats Æ/æ, Ø/ø, Å/å alike."""

    def __init__(self) -> None:
        super().__init__()
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,  # noqa: ARG002 - Qt's signature
    ) -> bool:
        if not self._needle:
            return True
        source = self.sourceModel()
        assert isinstance(source, PlanTableModel)
        plan = source.plan_at(source_row)
        digits = self._needle.replace(" ", "")
        return self._needle in plan.patient_name.casefold() or bool(
            digits.isdigit() and plan.fodselsnummer and digits in plan.fodselsnummer
        )


class PlanTable(QTableView):
    """Enter opens the selected plan, like a double-click."""

    activated_plan = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_plan.emit()
            return
        super().keyPressEvent(event)


class WardOverview(QWidget):
    open_plan = Signal(int)
    new_plan = Signal()

    def __init__(self, service: PlanService, model: PlanTableModel) -> None:
        super().__init__()
        self.setObjectName("wardOverview")
        self._service = service
        self.model = model
        self.proxy = PlanFilterProxy()
        self.proxy.setSourceModel(model)
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING)
        layout.setSpacing(SPACING)

        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New plan"))
        self.new_button.setObjectName("newPlanButton")
        self.new_button.setToolTip(self.tr("Create a plan for a newly admitted patient (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_plan)
        self.filter_box = QComboBox()
        self.filter_box.setObjectName("statusFilter")
        self.filter_box.setAccessibleName(self.tr("Show plans"))
        self.filter_box.addItems([self.tr("Active"), self.tr("Discharged"), self.tr("All")])
        self.filter_box.currentIndexChanged.connect(self.refresh)
        self.search = QLineEdit()
        self.search.setObjectName("planSearch")
        self.search.setPlaceholderText(self.tr("Search name or national identity number"))
        self.search.setAccessibleName(self.tr("Search plans"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        bar.addWidget(self.new_button)
        bar.addSpacing(SPACING * 2)
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.filter_box)
        bar.addWidget(self.search, 1)
        layout.addLayout(bar)
        self._build_table(layout)

    def _build_table(self, layout: QVBoxLayout) -> None:
        self.table = PlanTable()
        self.table.setObjectName("planTable")
        self.table.setAccessibleName(self.tr("Plans"))
        self.table.setModel(self.proxy)
        # Storage returns plans by planned discharge, which is the default order
        # (days left, ascending). The proxy sorts only once the user picks a column:
        # sorting 1,000 rows through Python costs more than the whole start-up budget.
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COL_DAYS_LEFT, Qt.SortOrder.AscendingOrder)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.proxy.sort)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self._size_columns()
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.doubleClicked.connect(lambda _index: self._open_current())
        self.table.activated_plan.connect(self._open_current)

        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

    def statuses(self) -> tuple[PlanStatus, ...]:
        return FILTERS[self.filter_box.currentIndex()]

    def _size_columns(self) -> None:
        """Widths from the font, not from the rows: measuring 1,000 rows is slow."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        samples = {COL_ADMISSION: "00.00.0000", COL_PLANNED_DISCHARGE: "00.00.0000", COL_DAYS_LEFT: "-000"}
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            text = max(title, samples.get(column, ""), key=metrics.horizontalAdvance)
            header.resizeSection(column, metrics.horizontalAdvance(text) + 4 * SPACING)
        header.resizeSection(
            COL_KOMMUNE, metrics.horizontalAdvance("Guovdageaidnu – Kautokeino") + 2 * SPACING
        )
        header.resizeSection(COL_RESPONSIBLE, metrics.horizontalAdvance("Miljøterapeut Demo") + 2 * SPACING)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)

    def refresh(self) -> None:
        self.model.set_plans(self._service.list_plans(self.statuses()))
        self._update_empty_state()

    def select_plan(self, plan_id: PlanId) -> None:
        row = self.model.row_of(plan_id)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.setCurrentIndex(index)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_empty_state()

    def _update_empty_state(self) -> None:
        if self.proxy.rowCount() > 0:
            self.stack.setCurrentWidget(self.table)
            return
        if self.model.rowCount() == 0 and self.statuses() == (PlanStatus.ACTIVE,):
            self.empty.setText(
                self.tr(
                    "No active plans yet.\n\nPress «New plan» (Ctrl+N) on the day a patient is admitted: "
                    "the checklist walks you through what must be in place before discharge."
                )
            )
        elif self.model.rowCount() == 0:
            self.empty.setText(self.tr("No plans to show here. Choose «Active» or «All» above."))
        else:
            self.empty.setText(self.tr("No plan matches the search. Check the spelling or clear the search."))
        self.stack.setCurrentWidget(self.empty)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_plan.emit(self._plan_id_at(index))

    def _plan_id_at(self, index: QModelIndex) -> int:
        source = self.proxy.mapToSource(index)
        return int(self.model.plan_at(source.row()).plan_id)
