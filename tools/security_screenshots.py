"""The security screens for tools/screenshots.py: sign-in, setup, the recovery key, a forgotten
password, one's own new password, the users window, the backups, the access log and the lock screen."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from dischargeplanner import paths
from dischargeplanner.app import Context, user_service
from dischargeplanner.domain.problems import Problem
from dischargeplanner.domain.services import Issue, ValidationError
from dischargeplanner.domain.users import Role
from dischargeplanner.storage.backup import list_backups, make_backup
from dischargeplanner.ui.backup_dialog import BackupDialog
from dischargeplanner.ui.dialogs.sign_in_dialog import (
    RecoveryDialog,
    RecoveryKeyDialog,
    SetUpDialog,
    SignInDialog,
)
from dischargeplanner.ui.dialogs.user_dialogs import OwnPasswordDialog
from dischargeplanner.ui.lock import install_lock
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.user_admin import UserAdminDialog

if TYPE_CHECKING:
    from screenshots import Camera

SAMPLE_RECOVERY = "K7QM-3WXA-PD9R-HT2E-NB6F-UZ4C-JY8S-GV5M"
STAFF_PASSWORD = "bare for skjermbilder her"


def _refused(*_typed: str) -> None:
    raise ValidationError([Issue("recovery_key", Problem.RECOVERY_KEY_WRONG)])


def security_shots(camera: Camera, window: MainWindow, context: Context) -> None:
    sign_in = SignInDialog(window.ward_name(), lambda _name, _password: timedelta(0), recover=_refused)
    sign_in.show()  # shown before typing, as in use: messages then get their full height
    sign_in.username.setText("sosionom")
    sign_in.password.setText("feil passord")
    sign_in.accept()  # refused: the message shows
    camera.shoot(sign_in, "90-sign-in-refused")
    set_up = SetUpDialog(lambda *_typed: SAMPLE_RECOVERY)
    set_up.show()
    set_up.full_name.setText("Kari Leder")
    set_up.username.setText("kari")
    set_up.password.setText("kort")
    camera.shoot(set_up, "91-set-up-first-administrator")
    camera.shoot(RecoveryKeyDialog(SAMPLE_RECOVERY), "92-recovery-key-shown-once")
    recovery = RecoveryDialog(_refused, None, "sosionom")
    recovery.show()
    recovery.key.setText("K7QM-3WXA-PD9R-HT2E")
    recovery.password.setText("et nytt langt passord")
    recovery.repeated.setText("et nytt langt passord")
    recovery.accept()
    camera.shoot(recovery, "93-forgotten-password-wrong-key")
    own = OwnPasswordDialog(context.user, lambda *_typed: None)
    own.show()
    own.password.setText("kort")
    camera.shoot(own, "94-change-own-password")
    users = user_service(context)
    if users.user("ola") is None:
        users.add_user("ola", "Ola Sosionom", Role.STAFF, STAFF_PASSWORD, STAFF_PASSWORD, context.user)
        users.deactivate("ola", context.user)
    camera.shoot(UserAdminDialog(users, context.user), "95-users")
    folder = paths.backup_dir(context.data_dir)
    make_backup(context.conn, folder, context.clock(), context.key)
    backups = BackupDialog(
        lambda: list_backups(folder, context.key), lambda: list_backups(folder, context.key)[0], print
    )
    camera.shoot(backups, "98-backups")
    window.show_access_log()
    camera.shoot(window, "96-access-log")
    lock = install_lock(
        window,
        full_name=lambda: "Sosionom Demo",
        verify=lambda _name, _password: False,
        switch=lambda _name, _password: False,
        minutes=lambda: 10,
    )
    lock.lock()
    camera.shoot(window, "97-locked")
    lock.stop()
