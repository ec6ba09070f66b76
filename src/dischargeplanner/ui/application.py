"""The Qt side of start-up: the application object, translators, style, the main window."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from dischargeplanner.ui.account_actions import NOTE_MS
from dischargeplanner.ui.dialogs.sign_in_dialog import (
    Attempt,
    Recover,
    RecoveryKeyDialog,
    SetUp,
    SetUpDialog,
    SignInDialog,
)
from dischargeplanner.ui.i18n import (
    DEFAULT_LANGUAGE,
    Translations,
    chosen_language,
    save_language,
    system_language,
)
from dischargeplanner.ui.lock import install_lock
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.style import apply_style
from dischargeplanner.ui.workplace import Workplace

if TYPE_CHECKING:
    from dischargeplanner.domain.backups import BackupAccess, DamagedDatabase
    from dischargeplanner.domain.user_service import UserService
    from dischargeplanner.ui.dialogs.user_dialogs import ChangeOwnPassword

SMOKE_TEST_TIMEOUT_MS = 30_000
DAILY_BACKUP_DELAY_MS = 1_000


def _application(
    argv: list[str], app_name: str, translations_dir: Path, fonts_dir: Path, language: str
) -> tuple[QApplication, Translations]:
    """The application in `language` and our style; keep the translations as long as the app runs."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(app_name)
    translations = Translations(app, translations_dir)
    translations.switch(language)
    apply_style(app, fonts_dir)
    return app, translations


def run_application(
    argv: list[str],
    app_name: str,
    translations_dir: Path,
    fonts_dir: Path,
    workplace: Workplace,
    *,
    smoke_test: bool = False,
) -> int:
    """Show the main window; with smoke_test, quit with 0 once it has painted (1 on time-out)."""
    language = chosen_language(workplace.ui_state)
    app, translators = _application(argv, app_name, translations_dir, fonts_dir, language)
    window = MainWindow(workplace)
    if smoke_test:
        window.first_painted.connect(app.quit)
        QTimer.singleShot(SMOKE_TEST_TIMEOUT_MS, lambda: app.exit(1))
    window.show()
    code = app.exec()
    del translators
    return code


@dataclass(frozen=True)
class SignInFlow:
    """What the window needs before it can open the ward: the dialogs' actions, then the workplace."""

    is_set_up: bool
    attempt: Attempt
    set_up: SetUp
    # An administrator who forgot their password, with the ward's recovery key.
    recover: Recover
    # The signed-in user's own new password (current, new, repeated).
    change_password: ChangeOwnPassword
    # The workplace of whoever signed in last (after a switch at the lock screen, the new user).
    workplace: Callable[[], Workplace]
    full_name: Callable[[], str]
    verify: Callable[[str, str], bool]
    switch: Callable[[str, str], bool]
    idle_minutes: Callable[[], int]
    # Given only when the signed-in user may change the ward's idle time (administrators).
    save_idle_minutes: Callable[[], Callable[[int], None] | None]
    # Only administrators read the access log (helsepersonelloven § 21 a: no browsing).
    is_administrator: Callable[[], bool]
    # Administering users (File > Users…): given for administrators only, else None.
    users: Callable[[], UserService | None]
    # Backups (File > Backups…): given for administrators only, else None.
    backups: Callable[[], BackupAccess | None]
    # Restores the backup chosen in the window and opens the ward again; says what failed.
    restore_chosen: Callable[[], str | None]
    # The day's first start takes a backup; says what failed.
    daily_backup: Callable[[], str | None]
    # Signed in, but the database is damaged: why, and the newest good backup to restore.
    damage: Callable[[], DamagedDatabase | None]
    restore_newest: Callable[[], str | None]
    # Every start, once the window is up (a worker thread): damage found while the ward is open.
    quick_check: Callable[[], DamagedDatabase | None]
    signed_in: bool = False


class BackgroundCheck(QObject):
    """Runs `check` on a worker thread; `found` brings what it found to the window's thread.

    SQLite's quick_check reads every page: a second or two on a large ward, which the window
    must not wait for. The check opens its own read-only connection, so the ward stays usable.
    """

    found = Signal(object)

    def __init__(self, check: Callable[[], DamagedDatabase | None]) -> None:
        super().__init__()
        self._check = check
        self.worker: threading.Thread | None = None

    def start(self) -> None:
        self.worker = threading.Thread(target=self._run, name="quick-check", daemon=True)
        self.worker.start()

    def _run(self) -> None:
        try:
            damage = self._check()
        except OSError:  # the backup folder could not be read: the start-up check found nothing to say
            return
        if damage is not None:
            self.found.emit(damage)


def run_signed_in(
    argv: list[str],
    app_name: str,
    translations_dir: Path,
    fonts_dir: Path,
    flow: SignInFlow,
    *,
    smoke_test: bool,
    language: str = DEFAULT_LANGUAGE,
) -> int:
    """Set up or sign in (unless already signed in), then show the main window with its lock."""
    app, translators = _application(argv, app_name, translations_dir, fonts_dir, language)
    if not flow.signed_in:
        if flow.is_set_up:
            # The ward's name is inside the encrypted database: the heading names the program.
            if SignInDialog.sign_in("", flow.attempt, recover=flow.recover) is None:
                return 0
        else:
            made = SetUpDialog.set_up(flow.set_up)
            if made is None:
                return 0
            RecoveryKeyDialog(made[1]).exec()
    damage = flow.damage()
    if damage is not None and not restored_after_damage(damage, flow.restore_newest):
        return 1
    windows = _Windows(app, flow, translators, smoke_test=smoke_test)
    if smoke_test:
        QTimer.singleShot(SMOKE_TEST_TIMEOUT_MS, lambda: app.exit(1))
    windows.show_window()
    checker = BackgroundCheck(flow.quick_check)
    checker.found.connect(windows.damaged_while_open)
    if not smoke_test:
        # Once the window is up: quick_check on every start, and the day's first backup.
        QTimer.singleShot(DAILY_BACKUP_DELAY_MS, checker.start)
        QTimer.singleShot(DAILY_BACKUP_DELAY_MS, windows.daily_backup)
    code = app.exec()
    del translators
    return code


class _Windows:
    """The main window of whoever is signed in; a new one after a switch at the lock screen or a restore."""

    def __init__(
        self, app: QApplication, flow: SignInFlow, translations: Translations, *, smoke_test: bool
    ) -> None:
        self._app = app
        self._flow = flow
        self._translations = translations
        self._smoke_test = smoke_test
        self.windows: list[MainWindow] = []

    def show_window(self) -> None:
        flow = self._flow
        window = MainWindow(flow.workplace())
        window.can_view_access_log = flow.is_administrator()
        window.set_user_admin(flow.users(), flow.is_administrator())
        window.accounts.set_own_password(flow.change_password)
        lock = install_lock(
            window,
            full_name=flow.full_name,
            verify=flow.verify,
            switch=flow.switch,
            minutes=flow.idle_minutes,
            save_minutes=flow.save_idle_minutes(),
        )
        lock.switched.connect(lambda _user: self.replace_window(window))
        window.accounts.set_backups(flow.backups())
        window.accounts.restore_chosen.connect(lambda: self.restore_into_new_window(window))
        window.view_menu.language_chosen.connect(lambda language: self.change_language(window, language))
        if self._smoke_test:
            window.first_painted.connect(self._app.quit)
        self.windows.append(window)
        window.show()

    def restore_into_new_window(self, old: MainWindow) -> None:
        # The window stores what is typed and lets go of the ward before the files are swapped.
        old.store_pending()
        problem = self._flow.restore_chosen()
        self.replace_window(old)
        if problem is not None:
            Messages.warning(
                self.windows[-1],
                QCoreApplication.translate("SignInFlow", "Not restored"),
                QCoreApplication.translate(
                    "SignInFlow", "The backup could not be restored (%1). The data is as it was."
                ).replace("%1", problem),
            )
        else:
            self._note(QCoreApplication.translate("SignInFlow", "The backup is restored."))

    def change_language(self, old: MainWindow, language: str) -> None:
        # Every text is set when a window is built: the window is built again in the new language.
        old.store_pending()
        save_language(old.workplace.ui_state, language)
        self._translations.switch(language)
        self.replace_window(old)

    def damaged_while_open(self, damage: DamagedDatabase) -> None:
        # The background check found damage: what is typed is stored, then the backup is offered.
        window = self.windows[-1]
        window.store_pending()
        if restored_after_damage(damage, self._flow.restore_newest):
            self.replace_window(window)
            self._note(QCoreApplication.translate("SignInFlow", "The backup is restored."))
            return
        warning = QCoreApplication.translate(
            "SignInFlow", "The database is damaged: %1 Tell the IT department before you go on."
        )
        window.statusBar().showMessage(warning.replace("%1", damage.description))

    def daily_backup(self) -> None:
        problem = self._flow.daily_backup()
        if problem is not None and self.windows:
            self.windows[-1].statusBar().showMessage(
                QCoreApplication.translate("SignInFlow", "Today's backup could not be taken: %1").replace(
                    "%1", problem
                )
            )

    def replace_window(self, old: MainWindow) -> None:
        # Another user signed in at the lock screen: a window of their own; the old one goes.
        self.show_window()
        old.close()
        old.deleteLater()

    def _note(self, text: str) -> None:
        self.windows[-1].statusBar().showMessage(text, NOTE_MS)


def restored_after_damage(damage: DamagedDatabase, restore_newest: Callable[[], str | None]) -> bool:
    """The database is damaged: say what is wrong and offer the newest good backup; the damaged
    file is set aside, never overwritten. True when the restored ward can be opened."""
    title = QCoreApplication.translate("SignInFlow", "The database is damaged")
    backup = damage.newest_backup
    if backup is None:
        text = QCoreApplication.translate(
            "SignInFlow",
            "%1\n\nThere is no backup that passed its check. Nothing has been changed in the file. "
            "Contact the IT department.",
        ).replace("%1", damage.description)
        Messages.warning(None, title, text)
        return False
    question = QCoreApplication.translate(
        "SignInFlow",
        "%1\n\nRestore the newest good backup, taken %2 (%3 plans)? The damaged file is set aside in "
        "the data folder, not deleted. What was recorded after the backup is not in it.",
    )
    taken = backup.taken_at.strftime("%d.%m.%Y %H:%M")
    text = question.replace("%1", damage.description).replace("%2", taken)
    if not Messages.question(None, title, text.replace("%3", str(backup.plan_count))):
        return False
    problem = restore_newest()
    if problem is not None:
        failed = QCoreApplication.translate(
            "SignInFlow", "The backup could not be restored (%1). Nothing has been changed in the files."
        )
        Messages.warning(None, title, failed.replace("%1", problem))
        return False
    return True


def show_startup_error(
    argv: list[str], app_name: str, translations_dir: Path, fonts_dir: Path, title: str, text: str
) -> None:
    """The app cannot start: say why in a window, since a Start-menu user sees no terminal."""
    _app, translators = _application(argv, app_name, translations_dir, fonts_dir, system_language())
    QMessageBox.critical(None, title, text)
    del translators
