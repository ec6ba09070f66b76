"""The File menu's actions for the signed-in person and the ward's administrators: one's own
password, the users, and the backups. Each is enabled only once the composition root has given
what it needs (administrators alone get users and backups).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from dischargeplanner.domain.backups import BackupAccess
    from dischargeplanner.domain.user_service import UserService
    from dischargeplanner.ui.dialogs.user_dialogs import ChangeOwnPassword

# How long a passing note stays in the status bar.
NOTE_MS = 8000


def _tr(source: object) -> str:
    # Under the main window's context: these are its menu entries, marked with QT_TRANSLATE_NOOP.
    return QCoreApplication.translate("MainWindow", str(source))  # tr-dynamic


class AccountActions(QObject):
    """Owns the three actions; `admin_lost` when the user made themselves staff, `restore_chosen`
    when an administrator chose a backup to restore."""

    admin_lost = Signal()
    restore_chosen = Signal()

    def __init__(self, window: QMainWindow, user: str) -> None:
        super().__init__(window)
        self._window = window
        self._user = user
        self._users: UserService | None = None
        self._change: ChangeOwnPassword | None = None
        self._backups: BackupAccess | None = None
        self.users_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Users…"), "usersAction", self.show_users
        )
        self.backups_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Backups…"), "backupsAction", self.show_backups
        )
        self.password_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Change &password…"), "passwordAction", self.change_password
        )

    def _action(self, text: object, name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(_tr(text), self._window)
        action.setObjectName(name)
        action.setEnabled(False)  # until given what it needs
        action.triggered.connect(slot)
        return action

    def set_user_admin(self, service: UserService | None) -> None:
        """Administrators add users, set passwords and deactivate users; nobody else sees how."""
        self._users = service
        self.users_action.setEnabled(service is not None)

    def set_backups(self, access: BackupAccess | None) -> None:
        self._backups = access
        self.backups_action.setEnabled(access is not None)

    def set_own_password(self, change: ChangeOwnPassword) -> None:
        """How the signed-in user changes their own password (re-wraps their key, data untouched)."""
        self._change = change
        self.password_action.setEnabled(True)

    def change_password(self) -> None:
        if self._change is None:
            return
        from dischargeplanner.ui.dialogs.user_dialogs import OwnPasswordDialog  # noqa: PLC0415 - on demand

        if OwnPasswordDialog.change(self._window, self._user, self._change):
            self._window.statusBar().showMessage(
                _tr(QT_TRANSLATE_NOOP("MainWindow", "Your password is changed.")), NOTE_MS
            )

    def show_users(self) -> None:
        if self._users is None:
            return
        from dischargeplanner.ui.user_admin import UserAdminDialog  # noqa: PLC0415 - on demand

        if not UserAdminDialog.administer(self._window, self._users, self._user):
            # They made themselves staff (or deactivated themselves): administrators' pages close.
            self.set_user_admin(None)
            self.set_backups(None)
            self.admin_lost.emit()

    def show_backups(self) -> None:
        if self._backups is None:
            return
        from dischargeplanner.ui.backup_dialog import BackupDialog  # noqa: PLC0415 - on demand

        access = self._backups
        if BackupDialog.show_backups(self._window, access.list_backups, access.make, access.choose):
            self.restore_chosen.emit()
