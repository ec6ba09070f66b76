"""The ward overview: every plan of the ward in one sortable, searchable table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.model import AreaKey, PlanId, PlanStatus
from dischargeplanner.domain.services import PlanService
from dischargeplanner.ui.models.plan_table_model import (
    COL_ADMISSION,
    COL_AREAS,
    COL_DAYS_LEFT,
    COL_KOMMUNE,
    COL_NAME,
    COL_NEXT_DUE,
    COL_OVERDUE,
    COL_PLANNED_DISCHARGE,
    COL_RESPONSIBLE,
    COL_STATUS,
    LIGHTS_ROLE,
    PlanTableModel,
)
from dischargeplanner.ui.style import SPACING, light_icon

FILTERS: tuple[tuple[PlanStatus, ...], ...] = (
    (PlanStatus.ACTIVE,),
    (PlanStatus.DISCHARGED,),
    (PlanStatus.ACTIVE, PlanStatus.DISCHARGED, PlanStatus.ARCHIVED),
)
CHIP_GAP = 3


def chip_size(view: QWidget) -> int:
    """Chips grow with the font, so they stay readable on a projector."""
    return max(14, view.fontMetrics().height())


class ChipDelegate(QStyledItemDelegate):
    """One small traffic-light chip per area, in the plan's area order (symbol inside each)."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # The background (selection, alternate rows) as for any cell, then the chips.
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        lights = index.data(LIGHTS_ROLE) or ()
        rect: QRect = option.rect
        size = min(rect.height() - 4, chip_size(widget) if widget else 16)
        x = rect.x() + SPACING // 2
        y = rect.y() + (rect.height() - size) // 2
        for _area, light in lights:
            light_icon(light).paint(painter, QRect(x, y, size, size))
            x += size + CHIP_GAP

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        size = hint.height()
        return QSize(len(AreaKey) * (size + CHIP_GAP) + SPACING, hint.height())


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
    this_week = Signal()
    group_directory = Signal()

    def __init__(self, service: PlanService, model: PlanTableModel, user: str) -> None:
        super().__init__()
        self.setObjectName("wardOverview")
        self._service = service
        self._user = user
        self.model = model
        self._widths: dict[int, int] = {}  # each column's natural width, from _size_columns
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
        self.week_button = QPushButton(self.tr("This week"))
        self.week_button.setObjectName("thisWeekButton")
        self.week_button.setToolTip(self.tr("Everything due in the next 7 days or overdue (Ctrl+2)"))
        self.week_button.clicked.connect(self.this_week)
        self.groups_button = QPushButton(self.tr("Self-help groups"))
        self.groups_button.setObjectName("groupDirectoryButton")
        self.groups_button.setToolTip(
            self.tr("The ward's list of local self-help groups: days, times, places (Ctrl+3)")
        )
        self.groups_button.clicked.connect(self.group_directory)
        self.filter_box = QComboBox()
        self.filter_box.setObjectName("statusFilter")
        self.filter_box.setAccessibleName(self.tr("Show plans"))
        self.filter_box.addItems([self.tr("Active"), self.tr("Discharged"), self.tr("All")])
        self.filter_box.currentIndexChanged.connect(self.refresh)
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.filter_box)
        self.mine = QCheckBox(self.tr("Only &mine"))
        self.mine.setObjectName("mineFilter")
        self.mine.setToolTip(self.tr("Only plans where you are the responsible staff member"))
        self.mine.toggled.connect(self._mine_toggled)
        self.search = QLineEdit()
        self.search.setObjectName("planSearch")
        self.search.setPlaceholderText(self.tr("Search name or national identity number (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search plans"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_entered)
        bar.addWidget(self.new_button)
        bar.addWidget(self.week_button)
        bar.addWidget(self.groups_button)
        bar.addSpacing(SPACING * 2)
        bar.addWidget(show_label)
        bar.addWidget(self.filter_box)
        bar.addWidget(self.mine)
        bar.addWidget(self.search, 1)
        layout.addLayout(bar)
        self._build_table(layout)

    def _build_table(self, layout: QVBoxLayout) -> None:
        self.table = PlanTable()
        self.table.setObjectName("planTable")
        self.table.setAccessibleName(self.tr("Plans"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL_AREAS, ChipDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COL_DAYS_LEFT, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control, never traps
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
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

    def changeEvent(self, event: QEvent) -> None:
        # Larger text (projector): widths and row heights follow once every widget has the new font.
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self._size_columns)
        super().changeEvent(event)

    def statuses(self) -> tuple[PlanStatus, ...]:
        return FILTERS[self.filter_box.currentIndex()]

    def _size_columns(self) -> None:
        """Widths from the font, not from the rows: measuring 10,000 rows is slow.

        Sized so the whole table fits a 1366 px ward screen; "Next due" takes what is left.
        """
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        samples = {
            COL_NAME: "Sølvi Æresen-Testesen",
            COL_KOMMUNE: "Nord-Fron",
            COL_ADMISSION: "00.00.0000",
            COL_PLANNED_DISCHARGE: "00.00.0000",
            COL_DAYS_LEFT: "-000",
            COL_OVERDUE: "00",
            COL_RESPONSIBLE: "Sosionom Demo",
            COL_STATUS: "Utskrevet 00.00.0000",
        }
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            text = max(title, sample, key=metrics.horizontalAdvance)
            header.resizeSection(column, metrics.horizontalAdvance(text) + 3 * SPACING)
        header.resizeSection(COL_AREAS, len(AreaKey) * (chip_size(self.table) + CHIP_GAP) + SPACING)
        header.setSectionResizeMode(COL_NEXT_DUE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(metrics.horizontalAdvance("00") + 2 * SPACING)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + SPACING)
        self._widths = {column: header.sectionSize(column) for column in samples}
        self._widths[COL_AREAS] = header.sectionSize(COL_AREAS)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """With large text (a projector) not every column fits: the next due item must stay
        readable, so municipality, then responsible, then admission date give way."""
        room = self.table.viewport().width() - 18 * self.table.fontMetrics().averageCharWidth()
        optional = (COL_KOMMUNE, COL_RESPONSIBLE, COL_ADMISSION)
        hidden: set[int] = set()
        status_hidden = self.statuses() == (PlanStatus.ACTIVE,)
        for column in (None, *optional):
            if column is not None:
                hidden.add(column)
            used = sum(
                width
                for col, width in self._widths.items()
                if col not in hidden and not (col == COL_STATUS and status_hidden)
            )
            if used <= room:
                break
        for column in optional:
            self.table.setColumnHidden(column, column in hidden)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def refresh(self) -> None:
        self.model.set_plans(self._service.list_plans(self.statuses()))
        # The status column says only "Active" when only active plans are shown.
        self.table.setColumnHidden(COL_STATUS, self.statuses() == (PlanStatus.ACTIVE,))
        self._fit_columns()
        self._update_empty_state()

    def select_plan(self, plan_id: PlanId) -> None:
        row = self.model.row_of(plan_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._update_empty_state()

    def _search_entered(self) -> None:
        """Enter in the search field moves to the first match, ready to open with Enter."""
        if self.model.rowCount() > 0:
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.setFocus()

    def _mine_toggled(self, checked: bool) -> None:
        self.model.set_mine(self._user if checked else None)
        self._update_empty_state()

    def _update_empty_state(self) -> None:
        # Lay the rows out now, so the table paints once rather than twice after a change.
        self.table.doItemsLayout()
        if self.model.rowCount() > 0:
            self.stack.setCurrentWidget(self.table)
            return
        if self.model.total() == 0 and self.statuses() == (PlanStatus.ACTIVE,):
            self.empty.setText(
                self.tr(
                    "No active plans yet.\n\nPress «New plan» (Ctrl+N) on the day a patient is admitted: "
                    "the checklist walks you through what must be in place before discharge."
                )
            )
        elif self.model.total() == 0:
            self.empty.setText(self.tr("No plans to show here. Choose «Active» or «All» above."))
        elif self.search.text().strip():
            self.empty.setText(self.tr("No plan matches the search. Check the spelling or clear the search."))
        else:
            self.empty.setText(
                self.tr("You are not responsible for any of these plans. Untick «Only mine» to see all.")
            )
        self.stack.setCurrentWidget(self.empty)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_plan.emit(int(self.model.plan_at(index.row()).plan_id))
