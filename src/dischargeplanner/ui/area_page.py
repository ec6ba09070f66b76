"""One plan area: status at admission and now, the patient's goal, and its checklist."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.model import (
    AreaKey,
    AreaStatus,
    ChecklistItem,
    ItemId,
    ItemState,
    PlanDetail,
    TrafficLight,
)
from dischargeplanner.domain.services import AreaMoment, PlanService
from dischargeplanner.ui.actions_panel import ActionsPanel, Perform
from dischargeplanner.ui.dialogs.item_dialog import ItemDialog
from dischargeplanner.ui.models.checklist_model import COL_DONE, COL_TEXT, ChecklistModel
from dischargeplanner.ui.style import SPACING, light_icon
from dischargeplanner.ui.texts import light_meaning, light_name
from dischargeplanner.ui.widgets import EnumCombo

GOAL_SAVE_DELAY_MS = 800


class DetailPanel(QWidget):
    """A tab of an area page that shows more of the plan (shown again whenever the plan is)."""

    def show_detail(self, detail: PlanDetail, *, read_only: bool) -> None:
        raise NotImplementedError


# Stores the text; False when the store refused it (the message has been shown, the plan reloaded).
SaveText = Callable[[str], bool | None]


class GoalEdit(QPlainTextEdit):
    """Stores the goal shortly after typing stops, and at once when focus leaves.

    A text the store refused (too long, the disk full, the plan changed elsewhere) stays in the field,
    marked `unsaved`, so what was typed is not lost when the plan is shown again; the next edit
    tries again.
    """

    def __init__(self, save: SaveText) -> None:
        super().__init__()
        self._save = save
        self.unsaved = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GOAL_SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._timer.start)
        self.setTabChangesFocus(True)

    def flush(self) -> None:
        self._timer.stop()
        typed, position = self.toPlainText(), self.textCursor().position()
        self.unsaved = self._save(typed) is False
        if self.unsaved and typed != self.toPlainText():  # the reload after the refusal showed what is stored
            self.set_text_quietly(typed)
            cursor = self.textCursor()
            cursor.setPosition(position)
            self.setTextCursor(cursor)

    def flush_pending(self) -> None:
        if self._timer.isActive():
            self.flush()

    def set_text_quietly(self, text: str) -> None:
        if text != self.toPlainText():
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush_pending()
        super().focusOutEvent(event)


class ChecklistTable(QTableView):
    """Keyboard first: Space ticks the selected item from any column, Enter opens it."""

    open_item = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid() and event.key() == Qt.Key.Key_Space:
            done = self.model().index(index.row(), COL_DONE)
            checked = done.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            target = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
            self.model().setData(done, target.value, Qt.ItemDataRole.CheckStateRole)
            return
        if index.isValid() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_item.emit()
            return
        super().keyPressEvent(event)


class LightRow:
    """A traffic-light choice with its reason, for one moment (admission or now)."""

    def __init__(self, grid: QGridLayout, row: int, label: str, name: str) -> None:
        self.combo: EnumCombo[TrafficLight] = EnumCombo(TrafficLight, light_name, light_icon, light_meaning)
        self.combo.setObjectName(f"{name}Light")
        self.combo.setAccessibleName(label)
        self.reason = QLineEdit()
        self.reason.setObjectName(f"{name}Reason")
        self.reason.setAccessibleName(label)
        self.label = QLabel(label)
        grid.addWidget(self.label, row, 0)
        grid.addWidget(self.combo, row, 1)
        grid.addWidget(self.reason, row, 2)

    def set_visible(self, visible: bool) -> None:
        for widget in (self.label, self.combo, self.reason):
            widget.setVisible(visible)

    def show(self, light: TrafficLight, reason: str) -> None:
        self.combo.blockSignals(True)
        self.combo.set_value(light)
        self.combo.blockSignals(False)
        if not self.reason.hasFocus():
            self.reason.setText(reason)

    def light(self) -> TrafficLight:
        return self.combo.value()


class AreaPage(QWidget):
    def __init__(
        self,
        area: AreaKey,
        service: PlanService,
        user: str,
        perform: Perform,
        today: Callable[[], date],
    ) -> None:
        super().__init__()
        self.area = area
        self.setObjectName(f"areaPage_{area}")
        self._service = service
        self._user = user
        self._perform = perform
        self._today = today
        self._detail: PlanDetail | None = None
        self._panels: list[DetailPanel] = []
        self.model = ChecklistModel(self._set_item_state, today)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        self.title = QLabel()
        self.title.setObjectName("areaTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        layout.addWidget(self.title)

        status_box = QGroupBox(self.tr("Status"))
        grid = QGridLayout(status_box)
        grid.setColumnStretch(2, 1)
        self.admission = LightRow(grid, 0, self.tr("At admission"), "admission")
        self.current = LightRow(grid, 1, self.tr("Now"), "current")
        # Shown for a discharged plan: what the discharge dialog recorded (read only).
        self.at_discharge = LightRow(grid, 2, self.tr("At discharge"), "discharge")
        self.at_discharge.combo.setEnabled(False)
        self.at_discharge.reason.setReadOnly(True)
        self.at_discharge.set_visible(False)
        for row, moment in ((self.admission, AreaMoment.ADMISSION), (self.current, AreaMoment.CURRENT)):
            row.reason.setPlaceholderText(self.tr("Short reason for the status"))
            row.combo.currentIndexChanged.connect(lambda _i, r=row, m=moment: self._save_light(r, m))
            row.reason.editingFinished.connect(lambda r=row, m=moment: self._save_reason(r, m))
        layout.addWidget(status_box)

        goal_label = QLabel(self.tr("The patient's goal, in their own words"))
        self.goal = GoalEdit(self._save_goal)
        self.goal.setObjectName("goal")
        self.goal.setAccessibleName(goal_label.text())
        self.goal.setFixedHeight(64)
        layout.addWidget(goal_label)
        layout.addWidget(self.goal)

        self._build_tabs(layout)

    def _build_tabs(self, layout: QVBoxLayout) -> None:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("areaTabs")
        checklist = QWidget()
        checklist_layout = QVBoxLayout(checklist)
        checklist_layout.setContentsMargins(0, SPACING // 2, 0, 0)
        checklist_bar = QHBoxLayout()
        checklist_bar.addStretch(1)
        self.help_button = QPushButton(self.tr("Show help (F1)"))
        self.help_button.setObjectName("helpButton")
        self.help_button.setCheckable(True)
        self.help_button.setShortcut(QKeySequence("F1"))
        self.help_button.setToolTip(self.tr("What the selected item means and how to do it"))
        self.help_button.toggled.connect(self._help_toggled)
        checklist_bar.addWidget(self.help_button)
        self.edit_button = QPushButton(self.tr("Edit item…"))
        self.edit_button.setObjectName("editItemButton")
        self.edit_button.clicked.connect(self.edit_current_item)
        checklist_bar.addWidget(self.edit_button)
        checklist_layout.addLayout(checklist_bar)

        self.table = ChecklistTable()
        self.table.setObjectName("checklist")
        self.table.open_item.connect(self.edit_current_item)
        self.table.setAccessibleName(self.tr("Checklist"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control, never traps
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Rows follow the text as the column width changes (a checklist has ~10 rows).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_help())
        checklist_layout.addWidget(self.table, 1)
        self.help_text = QLabel()
        self.help_text.setObjectName("itemHelp")
        self.help_text.setWordWrap(True)
        self.help_text.setTextFormat(Qt.TextFormat.PlainText)
        self.help_text.setFrameShape(QFrame.Shape.StyledPanel)
        self.help_text.setMargin(SPACING)
        self.help_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.help_text.hide()
        checklist_layout.addWidget(self.help_text)
        self.actions_panel = ActionsPanel(self.area, self._service, self._user, self._perform, self._today)
        self.tabs.addTab(checklist, self.tr("Checklist"))
        self.tabs.addTab(self.actions_panel, self.tr("Agreed actions"))
        layout.addWidget(self.tabs, 1)

    # Showing ---------------------------------------------------------------

    def show_detail(self, detail: PlanDetail, *, read_only: bool) -> None:
        if self._detail is None or self._detail.plan.plan_id != detail.plan.plan_id:
            self.goal.unsaved = False  # another plan: the editor offered to store it before leaving
        self._detail = detail
        status = detail.area(self.area)
        self.title.setText(status.title)
        self.admission.show(status.admission_light, status.admission_reason)
        self.current.show(status.current_light, status.current_reason)
        self.at_discharge.show(status.discharge_light, status.discharge_reason)
        self.at_discharge.set_visible(detail.plan.actual_discharge is not None)
        if not self.goal.hasFocus() and not self.goal.unsaved:
            self.goal.set_text_quietly(status.goal)
        current_row = self.table.currentIndex().row()
        self.model.set_items(detail.plan, detail.items_in(self.area), read_only=read_only)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        if 0 <= current_row < self.model.rowCount():
            self.table.selectRow(current_row)
        self._show_help()
        for widget in (self.admission.combo, self.admission.reason, self.current.combo, self.current.reason,
                       self.edit_button):  # fmt: skip
            widget.setEnabled(not read_only)
        self.goal.setReadOnly(read_only)
        self.actions_panel.show_detail(detail, read_only=read_only)
        self.tabs.setTabText(
            1, self.tr("Agreed actions (%1)").replace("%1", str(len(detail.actions_in(self.area))))
        )
        for panel in self._panels:
            panel.show_detail(detail, read_only=read_only)

    def add_panel(self, panel: DetailPanel, title: str) -> None:
        """A further tab with the area's own records (self-help: information and follow-up)."""
        self._panels.append(panel)
        self.tabs.addTab(panel, title)

    def show_panel(self, panel: DetailPanel) -> None:
        self.tabs.setCurrentWidget(panel)

    def current_item_id(self) -> ItemId | None:
        item = self.model.valid_row(self.table.currentIndex())
        return item.item_id if item else None

    def select_item(self, item_id: ItemId) -> None:
        """Show the checklist with `item_id` selected and the keyboard on it."""
        self.tabs.setCurrentIndex(0)
        for row in range(self.model.rowCount()):
            if self.model.item_at(row).item_id == item_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, COL_TEXT))
                break
        self.table.setFocus()

    def select_action(self, action_id: int) -> None:
        self.tabs.setCurrentIndex(1)
        self.actions_panel.select_action(action_id)

    def _help_toggled(self, shown: bool) -> None:
        self.help_text.setVisible(shown)
        self.help_button.setText(self.tr("Hide help (F1)") if shown else self.tr("Show help (F1)"))
        self._show_help()

    def _show_help(self) -> None:
        if not self.help_button.isChecked():
            return
        item = self.model.valid_row(self.table.currentIndex())
        if item is None:
            self.help_text.setText(self.tr("Select an item to see what it means."))
            return
        required = self.tr("Required before discharge.") if item.required else self.tr("Optional.")
        self.help_text.setText(f"{item.text}\n\n{item.help or ''}\n\n{required}".replace("\n\n\n", "\n\n"))

    def status(self) -> AreaStatus:
        assert self._detail is not None
        return self._detail.area(self.area)

    # Changing --------------------------------------------------------------

    def _save_light(self, row: LightRow, moment: AreaMoment) -> None:
        plan_id = self._detail.plan.plan_id if self._detail else None
        if plan_id is None:
            return
        self._perform(
            lambda: self._service.set_area_status(
                plan_id, self.area, moment, row.light(), row.reason.text(), self._user
            )
        )

    def _save_reason(self, row: LightRow, moment: AreaMoment) -> None:
        status = self.status()
        stored = status.admission_reason if moment is AreaMoment.ADMISSION else status.current_reason
        if row.reason.text().strip() != stored:
            self._save_light(row, moment)

    def _save_goal(self, text: str) -> bool | None:
        if self._detail is None or self.goal.isReadOnly():
            return None
        plan_id = self._detail.plan.plan_id
        return self._perform(lambda: self._service.set_area_goal(plan_id, self.area, text, self._user))

    def _set_item_state(self, item: ChecklistItem, state: ItemState) -> bool:
        return self._perform(lambda: self._service.set_item_state(item.item_id, state, self._user))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() != COL_DONE:  # a double-click on the tick box only ticks
            self.edit_current_item()

    def edit_current_item(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.goal.isReadOnly():
            return
        item = self.model.item_at(index.row())
        edit = ItemDialog.edit(self, item)
        if edit is None:
            return

        self._perform(
            lambda: self._service.update_item(
                item.item_id,
                edit.state,
                edit.not_applicable_reason,
                edit.responsible,
                edit.responsible_name,
                edit.note,
                self._user,
            )
        )
