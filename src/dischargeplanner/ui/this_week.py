"""'Denne uken': every open item and agreed action of the ward due in the next 7 days or overdue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.model import DueEntry, PlanId
from dischargeplanner.domain.services import PlanService
from dischargeplanner.ui.models.due_model import COL_DUE, COL_RESPONSIBLE, COL_WHAT, DueTreeModel
from dischargeplanner.ui.style import SPACING

# Which row had the focus, so a refresh puts it back: (plan, kind, ref_id), or (plan, "", 0) for a plan row.
_RowKey = tuple[PlanId, str, int]


class DueTree(QTreeView):
    """Enter opens the current row, like a double-click."""

    activated_entry = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_entry.emit()
            return
        super().keyPressEvent(event)


class ThisWeekView(QWidget):
    """Emits `open_entry(plan_id, area, kind, ref_id)` for the entry the user opens."""

    open_entry = Signal(int, str, str, int)
    back_requested = Signal()

    def __init__(self, service: PlanService, user: str, today: Callable[[], date]) -> None:
        super().__init__()
        self.setObjectName("thisWeek")
        self._service = service
        self._user = user
        self._today = today
        self.model = DueTreeModel()
        self._build()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self._size_columns)
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)

    @property
    def mine(self) -> bool:
        """Only the user's own plans and entries are shown."""
        return self.mine_filter.isChecked()

    @mine.setter
    def mine(self, value: bool) -> None:
        self.mine_filter.setChecked(value)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING)
        layout.setSpacing(SPACING)

        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Ward overview"))
        self.back_button.setObjectName("backButton")
        self.back_button.setToolTip(self.tr("Back to all plans (Esc or Ctrl+1)"))
        self.back_button.clicked.connect(self.back_requested)
        bar.addWidget(self.back_button)
        bar.addSpacing(SPACING)
        self.title = QLabel(self.tr("This week: open items due in the next 7 days or overdue"))
        self.title.setObjectName("thisWeekTitle")
        title_font = self.title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.title.setFont(title_font)
        self.mine_filter = QCheckBox(self.tr("Only &mine"))
        self.mine_filter.setObjectName("mineFilter")
        self.mine_filter.setAccessibleName(self.tr("Show only my plans and items"))
        self.mine_filter.setToolTip(
            self.tr("Only plans you are responsible for, and items and actions that name you")
        )
        self.mine_filter.toggled.connect(self._mine_toggled)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.mine_filter)
        layout.addLayout(bar)

        self.tree = DueTree()
        self.tree.setObjectName("dueTree")
        self.tree.setAccessibleName(self.tr("Due this week"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTabKeyNavigation(False)
        self.tree.setAllColumnsShowFocus(True)
        # Double-click opens the entry; expanding is left to the arrow keys and the branch marker.
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.doubleClicked.connect(self._open_index)
        self.tree.activated_entry.connect(lambda: self._open_index(self.tree.currentIndex()))
        self._size_columns()

        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

    def _size_columns(self) -> None:
        """Widths from the font, so a 1366 px window fits all columns and 'What' gets the rest."""
        metrics = self.tree.fontMetrics()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        # Bold throughout: patient names and overdue dates are bold, and the margin does no harm.
        bold_metrics = QFontMetrics(bold)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, texts in self.model.width_samples().items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(bold_metrics.horizontalAdvance(text) for text in [title, *texts])
            # Dates sit one indentation to the right of the patient names.
            extra = self.tree.indentation() if column == COL_DUE else 0
            header.resizeSection(column, width + extra + 3 * SPACING)
        # A long named person is elided (whole text in the tooltip) rather than squeezing 'What'.
        header.resizeSection(COL_RESPONSIBLE, min(header.sectionSize(COL_RESPONSIBLE), 260))
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(metrics.horizontalAdvance("Mmmmmm"))

    # Behaviour -----------------------------------------------------------

    def refresh(self) -> None:
        """Read again, expand every plan and give the tree the keyboard."""
        self._reload()
        if self.stack.currentWidget() is self.tree:
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mine_toggled(self) -> None:
        # Leave the focus on the check box: a keyboard user who just pressed Space expects it there.
        self._reload()

    def _reload(self) -> None:
        current = self._row_key(self.tree.currentIndex())
        responsible = self._user if self.mine else None
        self.model.set_entries(self._service.due_soon(responsible=responsible), self._today())
        self.tree.expandAll()
        self._restore_current(current)
        self._update_empty_state()

    def _update_empty_state(self) -> None:
        if self.model.rowCount() > 0:
            self.stack.setCurrentWidget(self.tree)
            return
        if self.mine:
            self.empty.setText(
                self.tr(
                    "Nothing of yours is due in the next 7 days, and nothing is overdue.\n\n"
                    "Untick «Only mine» to see the whole ward."
                )
            )
        else:
            self.empty.setText(
                self.tr(
                    "Nothing is due in the next 7 days, and nothing is overdue. Well done.\n\n"
                    "New due dates appear here a week ahead."
                )
            )
        self.stack.setCurrentWidget(self.empty)

    def _row_key(self, index: QModelIndex) -> _RowKey | None:
        if not index.isValid():
            return None
        entry = self.model.entry_at(index)
        if entry is None:
            return (self.model.plan_at(index), "", 0)
        return (entry.plan_id, entry.kind.value, entry.ref_id)

    def _restore_current(self, key: _RowKey | None) -> None:
        """The row that was current before, or the first plan when it is gone."""
        target = self.model.index(0, 0)
        for plan_row in range(self.model.rowCount()):
            plan_index = self.model.index(plan_row, 0)
            if key is not None and self._row_key(plan_index) == key:
                target = plan_index
            for row in range(self.model.rowCount(plan_index)):
                child = self.model.index(row, 0, plan_index)
                if key is not None and self._row_key(child) == key:
                    target = child
        if target.isValid():
            self.tree.setCurrentIndex(target)

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        entry = self.model.entry_at(index)
        if entry is None:
            entry = self.model.first_entry(index.row())
        if entry is not None:
            self._emit_open(entry)

    def _emit_open(self, entry: DueEntry) -> None:
        self.open_entry.emit(int(entry.plan_id), entry.area.value, entry.kind.value, entry.ref_id)
