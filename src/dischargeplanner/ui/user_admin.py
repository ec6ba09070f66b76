"""'Brukere': the administrators' list of everyone who may sign in, and what they can change.

Users are never deleted: a deactivated user stays in the list (greyed) and in the log, and can be
activated again with a new password. The service refuses to leave the ward without an active
administrator; its refusal is said under the list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.problems import Problem
from dischargeplanner.domain.services import StorageError, ValidationError
from dischargeplanner.domain.text import sort_key
from dischargeplanner.domain.user_service import UserService
from dischargeplanner.domain.users import Role, User
from dischargeplanner.ui.dialogs.form import muted_label, tab_chain
from dischargeplanner.ui.dialogs.user_dialogs import NewUser, NewUserDialog, PasswordDialog
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.models.row_table_model import Index, RowTableModel
from dischargeplanner.ui.style import SPACING
from dischargeplanner.ui.texts import problem_text
from dischargeplanner.ui.widgets import error_label

COL_NAME, COL_USERNAME, COL_ROLE, COL_STATUS, COL_CREATED = range(5)
# Deactivated users stay in the list, greyed (and the status column says so in words).
INACTIVE_COLOUR = "#757575"


def role_text(role: Role) -> str:
    if role is Role.ADMINISTRATOR:
        return QCoreApplication.translate("UserAdmin", "Administrator")
    return QCoreApplication.translate("UserAdmin", "Staff")


def status_text(user: User) -> str:
    if user.active:
        return QCoreApplication.translate("UserAdmin", "Active")
    return QCoreApplication.translate("UserAdmin", "Deactivated")


class UserModel(RowTableModel[User]):
    """Everyone who has had a login, by full name; deactivated users greyed."""

    column_count = 5

    def __init__(self) -> None:
        super().__init__()
        # Who made each user is stored as a user name; the list shows their full name.
        self._names: dict[str, str] = {}
        self._order = (COL_NAME, Qt.SortOrder.AscendingOrder)

    def column_titles(self) -> list[str]:
        return [
            QCoreApplication.translate("UserAdmin", "Full name"),
            QCoreApplication.translate("UserAdmin", "User name"),
            QCoreApplication.translate("UserAdmin", "Role"),
            QCoreApplication.translate("UserAdmin", "Status"),
            QCoreApplication.translate("UserAdmin", "Created"),
        ]

    def set_users(self, users: list[User]) -> None:
        self._names = {user.username: user.full_name for user in users}
        self.set_rows(self._sorted(users))

    def row_of(self, username: str) -> int | None:
        for row in range(self.rowCount()):
            if self.row_at(row).username == username:
                return row
        return None

    def created_text(self, user: User) -> str:
        day = format_date(user.created_on) if user.created_on is not None else "–"
        if not user.created_by:
            return day
        by = self._names.get(user.created_by, user.created_by)
        return QCoreApplication.translate("UserAdmin", "%1 by %2").replace("%1", day).replace("%2", by)

    def cell(self, user: User, column: int) -> str:
        if column == COL_NAME:
            return user.full_name
        if column == COL_USERNAME:
            return user.username
        if column == COL_ROLE:
            return role_text(user.role)
        if column == COL_STATUS:
            return status_text(user)
        return self.created_text(user)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        user = self.valid_row(index)
        if user is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(user, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QBrush(QColor(INACTIVE_COLOUR))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted(self._rows)
        self.layoutChanged.emit()

    def _sorted(self, users: list[User]) -> list[User]:
        column, order = self._order

        def key(user: User) -> tuple[str, str]:
            if column == COL_CREATED:
                return (user.created_on.isoformat() if user.created_on else "", user.username)
            return (sort_key(self.cell(user, column)), user.username)

        return sorted(users, key=key, reverse=order == Qt.SortOrder.DescendingOrder)


class UserAdminDialog(QDialog):
    """The list of users with what an administrator does to them; `by` signs every change."""

    def __init__(self, service: UserService, by: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userAdminDialog")
        self.setWindowTitle(self.tr("Users"))
        self._service = service
        self._by = by
        # False once `by` has made themselves staff or deactivated themselves.
        self.still_administrator = True
        self.model = UserModel()
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(
            muted_label(
                self.tr(
                    "Everyone who works with the plans signs in with a user of their own. Users are never "
                    "deleted: a deactivated user can no longer sign in, but stays in this list, in the log "
                    "and on what they wrote."
                ),
                "userAdminIntro",
            )
        )
        self.table = self._table()
        layout.addWidget(self.table, 1)
        self.problem = error_label(object_name="userAdminProblem")
        layout.addWidget(self.problem)
        self.note = muted_label("", "userAdminNote")
        self.note.hide()
        layout.addWidget(self.note)
        layout.addLayout(self._buttons())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        layout.addWidget(close)
        tab_chain(
            [
                self.table,
                self.new_button,
                self.password_button,
                self.role_button,
                self.deactivate_button,
                self.reactivate_button,
                self.close_button,
            ]
        )
        self.resize(860, 480)
        self.refresh()
        self.table.setFocus()

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("usersTable")
        table.setAccessibleName(self.tr("Users"))
        table.setModel(self.model)
        table.horizontalHeader().setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        table.horizontalHeader().setSortIndicatorShown(True)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._selection_changed())
        # Del is how the keyboard removes elsewhere; here a user is deactivated, never deleted.
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.deactivate)
        return table

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        buttons: list[tuple[str, str, str, Callable[[], None]]] = [
            ("newUserButton", self.tr("&New user…"), "", self.add_user),
            (
                "newPasswordButton",
                self.tr("New &password…"),
                self.tr("For someone who has forgotten theirs: the old password stops working"),
                self.new_password,
            ),
            ("roleButton", self.tr("Make &administrator"), "", self.change_role),
            (
                "deactivateButton",
                self.tr("&Deactivate…"),
                self.tr("They can no longer sign in; they stay in the list and in the log (Del)"),
                self.deactivate,
            ),
            (
                "reactivateButton",
                self.tr("Activate a&gain…"),
                self.tr("They sign in again with a new password"),
                self.reactivate,
            ),
        ]
        made: list[QPushButton] = []
        for name, text, tip, act in buttons:
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)  # Enter in the list closes nothing and changes nobody
            if tip:
                button.setToolTip(tip)
            button.clicked.connect(act)
            row.addWidget(button)
            made.append(button)
        row.addStretch(1)
        (
            self.new_button,
            self.password_button,
            self.role_button,
            self.deactivate_button,
            self.reactivate_button,
        ) = made
        return row

    # Showing ---------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Read the users again; the selected one (or `select`) stays selected."""
        current = self.current()
        chosen = select or (current.username if current is not None else None)
        self.model.set_users(self._service.users())
        self.table.resizeColumnsToContents()
        row = self.model.row_of(chosen) if chosen is not None else None
        if self.model.rowCount():
            self.table.selectRow(row if row is not None else 0)
        self._update_buttons()

    def current(self) -> User | None:
        return self.model.valid_row(self.table.currentIndex())

    def _selection_changed(self) -> None:
        self._say()
        self._update_buttons()

    def _update_buttons(self) -> None:
        user = self.current()
        active = user is not None and user.active
        self.password_button.setEnabled(active)
        self.role_button.setEnabled(active)
        if user is not None and user.role is Role.ADMINISTRATOR:
            self.role_button.setText(self.tr("Make &staff user"))
        else:
            self.role_button.setText(self.tr("Make &administrator"))
        self.deactivate_button.setEnabled(active)
        self.reactivate_button.setEnabled(user is not None and not user.active)

    def _say(self, note: str = "", problem: str = "") -> None:
        """What was just done (quietly), or why it was not (in red, under the list)."""
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    # Changes ---------------------------------------------------------------

    def add_user(self) -> None:
        def add(new: NewUser) -> User:
            return self._service.add_user(
                new.username, new.full_name, new.role, new.password, new.repeated, self._by
            )

        user = NewUserDialog.add_user(self, add)
        if user is None:
            return
        self.refresh(select=user.username)
        note = self.tr("%1 is added and can sign in as «%2».")
        self._say(note.replace("%1", user.full_name).replace("%2", user.username))

    def new_password(self) -> None:
        user = self.current()
        if user is None or not user.active:
            return

        def save(password: str, repeated: str) -> User:
            self._service.reset_password(user.username, password, repeated, self._by)
            return user

        if PasswordDialog.set_password(self, user, save) is None:
            return
        self._say(
            self.tr("%1 has a new password; the old one no longer works.").replace("%1", user.full_name)
        )

    def change_role(self) -> None:
        user = self.current()
        if user is None or not user.active:
            return
        role = Role.STAFF if user.role is Role.ADMINISTRATOR else Role.ADMINISTRATOR
        changed = self._change(lambda: self._service.set_role(user.username, role, self._by))
        if changed is None:
            return
        if role is Role.ADMINISTRATOR:
            note = self.tr("%1 is now an administrator.")
        else:
            note = self.tr("%1 is now staff, no longer an administrator.")
        self._say(note.replace("%1", changed.full_name))
        self._check_still_administrator()

    def deactivate(self) -> None:
        user = self.current()
        if user is None or not user.active:
            return
        if self._last_administrator(user):
            self._say(problem=problem_text(Problem.LAST_ADMINISTRATOR))
            return
        question = self.tr(
            "Deactivate %1 (%2)? They can no longer sign in. They stay in this list, in the log and on "
            "what they wrote, and can be activated again with a new password."
        )
        question = question.replace("%1", user.full_name).replace("%2", user.username)
        if user.username == self._by:
            question += "\n\n" + self.tr(
                "This is you: you cannot sign in again until another administrator activates you."
            )
        if not Messages.question(self, self.tr("Deactivate user"), question):
            return
        changed = self._change(lambda: self._service.deactivate(user.username, self._by))
        if changed is None:
            return
        note = self.tr("%1 is deactivated and can no longer sign in.")
        self._say(note.replace("%1", changed.full_name))
        self._check_still_administrator()

    def reactivate(self) -> None:
        user = self.current()
        if user is None or user.active:
            return

        def save(password: str, repeated: str) -> User:
            return self._service.reactivate(user.username, password, repeated, self._by)

        changed = PasswordDialog.set_password(self, user, save, reactivate=True)
        if changed is None:
            return
        self.refresh(select=changed.username)
        note = self.tr("%1 is active again and can sign in with the new password.")
        self._say(note.replace("%1", changed.full_name))

    def _change(self, change: Callable[[], User]) -> User | None:
        """Make the change; a refusal is said under the list and nothing changes."""
        try:
            changed = change()
        except ValidationError as error:
            self._say(problem="\n".join(problem_text(issue.problem) for issue in error.issues))
            return None
        except (StorageError, OSError) as error:
            text = self.tr("Not stored (%1). Nothing was changed; try again in a moment.")
            self._say(problem=text.replace("%1", str(error)))
            return None
        self.refresh(select=changed.username)
        return changed

    def _last_administrator(self, user: User) -> bool:
        """The ward's only active administrator (the service refuses too; this says it before asking)."""
        users = [self.model.row_at(row) for row in range(self.model.rowCount())]
        return user.is_administrator and not any(
            other.is_administrator and other.username != user.username for other in users
        )

    def _check_still_administrator(self) -> None:
        me = self._service.user(self._by)
        if me is not None and me.is_administrator:
            return
        self.still_administrator = False
        Messages.information(
            self,
            self.tr("No longer an administrator"),
            self.tr("You are no longer an administrator, so the list of users closes."),
        )
        self.accept()

    @classmethod
    def administer(cls, parent: QWidget | None, service: UserService, by: str) -> bool:
        """Show the users until closed; returns whether `by` is still an administrator."""
        dialog = cls(service, by, parent)
        dialog.exec()
        return dialog.still_administrator
