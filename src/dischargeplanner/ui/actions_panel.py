"""The agreed actions of one area, with add, change and remove."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.model import Action, AreaKey, Changes, PlanDetail
from dischargeplanner.domain.services import PlanService
from dischargeplanner.ui.dialogs.action_dialog import ActionDialog
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.models.action_model import COL_WHAT, ActionModel

# Runs a service call, shows any refusal to the user; True when the change was stored.
Perform = Callable[[Callable[[], Changes]], bool]


class ActionsPanel(QWidget):
    def __init__(
        self, area: AreaKey, service: PlanService, user: str, perform: Perform, today: Callable[[], date]
    ) -> None:
        super().__init__()
        self.setObjectName(f"actions_{area}")
        self.area = area
        self._service = service
        self._user = user
        self._perform = perform
        self._today = today
        self._detail: PlanDetail | None = None
        self.model = ActionModel(today)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.add_button = QPushButton(self.tr("New action…"))
        self.add_button.setObjectName("addActionButton")
        self.add_button.clicked.connect(self.add_action)
        self.change_button = QPushButton(self.tr("Change…"))
        self.change_button.setObjectName("changeActionButton")
        self.change_button.clicked.connect(self.change_current)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeActionButton")
        self.remove_button.clicked.connect(self.remove_current)
        for button in (self.add_button, self.change_button, self.remove_button):
            bar.addWidget(button)
        layout.addLayout(bar)

        self.table = QTableView()
        self.table.setObjectName("actionsTable")
        self.table.setAccessibleName(self.tr("Agreed actions"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control, never traps
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.change_current())
        self.empty = QLabel(
            self.tr(
                "No agreed actions yet. Press «New action…» to record what is to be done, "
                "by whom and by when."
            )
        )
        self.empty.setObjectName("actionsEmpty")
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

    def show_detail(self, detail: PlanDetail, *, read_only: bool) -> None:
        self._detail = detail
        row = self.table.currentIndex().row()
        self.model.set_rows(detail.actions_in(self.area))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
        self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        for button in (self.add_button, self.change_button, self.remove_button):
            button.setEnabled(not read_only)

    def select_action(self, action_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).action_id == action_id:
                self.table.selectRow(row)
                self.table.setFocus()
                return

    def _current(self) -> Action | None:
        return self.model.valid_row(self.table.currentIndex()) if self.add_button.isEnabled() else None

    def add_action(self) -> None:
        if self._detail is None or not self.add_button.isEnabled():
            return
        edit = ActionDialog.edit(self, None, self._today())
        if edit is None:
            return
        plan_id = self._detail.plan.plan_id
        stored = self._perform(
            lambda: self._service.add_action(
                plan_id,
                self.area,
                edit.what,
                edit.responsible,
                edit.responsible_name,
                edit.deadline,
                self._user,
            )[1]
        )
        if stored:
            self.table.selectRow(self.model.rowCount() - 1)

    def change_current(self) -> None:
        action = self._current()
        if action is None:
            return
        edit = ActionDialog.edit(self, action, self._today())
        if edit is None:
            return
        changed = replace(
            action,
            what=edit.what,
            responsible=edit.responsible,
            responsible_name=edit.responsible_name,
            deadline=edit.deadline,
            status=edit.status,
        )
        self._perform(lambda: self._service.update_action(changed, self._user))

    def remove_current(self) -> None:
        action = self._current()
        if action is None:
            return
        question = self.tr("Remove the action «%1»?").replace("%1", action.what)
        if Messages.question(self, self.tr("Remove action"), question):
            self._perform(lambda: self._service.remove_action(action.action_id, self._user))
