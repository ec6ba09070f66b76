"""Auto-lock: after idle time by the wall clock, on Ctrl+L, when the Windows session is locked,
or when Qt says the app was suspended.

Locking first stores what is typed, then shows a lock screen in the main window's place and lays
a plain cover over every other window (an open dialog keeps its content underneath). The same
user's password unlocks it and everything is back as it was; another user may sign in instead.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QMainWindow,
    QMenuBar,
    QStackedWidget,
    QStatusBar,
    QToolBar,
    QToolTip,
    QWidget,
)

from dischargeplanner.domain.services import utc_now
from dischargeplanner.domain.users import wait_after
from dischargeplanner.settings import IDLE_LOCK_MINUTES

if TYPE_CHECKING:
    from dischargeplanner.ui.main_window import MainWindow

from dischargeplanner.ui.lock_screen import CoveredWindow, LockDialog, LockScreen, alive, direct_children
from dischargeplanner.ui.session_lock import stop_watching, watch_session_lock

# How often the wall clock is compared with the last input.
CHECK_INTERVAL_MS = 5_000
# Wrong passwords allowed without waiting; from then on each wait doubles, up to the longest.

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
})  # fmt: skip
# Windows that may show patient data; popups are closed and tooltips hidden instead.
_WINDOW_TYPES = frozenset({
    Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet, Qt.WindowType.Drawer, Qt.WindowType.Tool,
})  # fmt: skip
_BARS = (QMenuBar, QStatusBar, QToolBar, QDockWidget)


class IdleWatcher(QObject):
    """Notes the last keyboard or mouse input anywhere in the app; says when it is too long ago.

    Idle time is measured by the wall clock `clock`, never by counting timer ticks: a laptop
    that slept for an hour has been idle for an hour, and the first tick after waking says so.
    """

    idle = Signal()
    suspended = Signal()

    def __init__(
        self,
        minutes: Callable[[], int],
        clock: Callable[[], datetime] = utc_now,
        interval_ms: int = CHECK_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._minutes = minutes
        self._clock = clock
        self._last_input = clock()
        self._last_position: QPointF | None = None
        self._reported = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        self._app = QCoreApplication.instance()
        if self._app is not None:
            self._app.installEventFilter(self)
        if isinstance(self._app, QGuiApplication):
            self._app.applicationStateChanged.connect(self._state_changed)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        # Only input from the window system counts, not events the program sends itself.
        if event.type() in _INPUT_EVENTS and event.spontaneous():
            if isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseMove:
                # One move reaches several objects, and a window that moves under a still
                # mouse can produce one: only a new position is someone using the mouse.
                position = event.globalPosition()
                if position == self._last_position:
                    return False
                self._last_position = position
            self.reset()
        return False

    def reset(self) -> None:
        """Count idle time from now (on input, and after unlocking)."""
        self._last_input = self._clock()
        self._reported = False

    def idle_minutes(self) -> int:
        return IDLE_LOCK_MINUTES.clamp(self._minutes())

    def check(self) -> None:
        """Emit `idle` once when the idle time has passed by the wall clock."""
        if self._stopped:
            return
        now = self._clock()
        if now < self._last_input:  # the clock was set back: count from now
            self._last_input = now
            return
        if not self._reported and now - self._last_input >= timedelta(minutes=self.idle_minutes()):
            self._reported = True
            self.idle.emit()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        # What Qt can tell: ApplicationSuspended is reported on Android and iOS. On Windows Qt
        # reports only Active and Inactive (another program has the focus); a session lock
        # (Win+L) comes through ui.session_lock instead. Sleep is covered by the wall clock:
        # every state change is checked at once, and the first tick after waking locks a
        # window idle too long.
        if self._stopped:
            return
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.suspended.emit()
        else:
            self.check()

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        if self._app is not None:
            self._app.removeEventFilter(self)


class LockController(QObject):
    """Locks `window` when idle, on `lock()` or on suspension; unlocks with `verify`.

    user: the signed-in user name; full_name: shown as «Locked – <name> was signed in»;
    ward: the ward name shown on the lock screen; verify(user, password) -> bool;
    switch(username, password) -> bool: another user signs in (True when accepted);
    minutes: the idle time (IDLE_LOCK_MINUTES); store_pending: stores what is typed but
    not yet saved; clock: the wall clock the idle time and the waits are measured by.
    """

    locked = Signal()
    unlocked = Signal()
    # Another user signed in; the first user's windows are closed, this window stays locked.
    switched = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        *,
        user: Callable[[], str],
        full_name: Callable[[], str],
        ward: Callable[[], str],
        verify: Callable[[str, str], bool],
        switch: Callable[[str, str], bool],
        minutes: Callable[[], int],
        store_pending: Callable[[], None],
        clock: Callable[[], datetime] = utc_now,
        check_interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._user = user
        self._full_name = full_name
        self._ward = ward
        self._verify = verify
        self._switch = switch
        self._store_pending = store_pending
        self._clock = clock
        self._locked = False
        self._stopped = False
        self._failures = 0
        self._wait_until: datetime | None = None
        self._covered: list[CoveredWindow] = []
        self._dialog: LockDialog | None = None
        self._page: LockScreen | None = None
        self._focus: QWidget | None = None
        self._title = ""
        self._bars: list[QWidget] = []
        self._content = window.takeCentralWidget() or QWidget()
        self._stack = QStackedWidget()
        self._stack.setObjectName("lockStack")
        self._stack.addWidget(self._content)
        window.setCentralWidget(self._stack)
        # Taking the content out hid it; Qt would show the new one only later, from the event loop.
        self._content.show()
        self._stack.show()
        self.watcher = IdleWatcher(minutes, clock, check_interval_ms, self)
        self.watcher.idle.connect(self.lock)
        self.watcher.suspended.connect(self.lock)
        # On Windows, Win+L locks the app too (None elsewhere: the idle time still does).
        self.session_filter = watch_session_lock(window, self.watcher.suspended.emit)
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self.update_wait)
        self._arrange_timer = QTimer(self)
        self._arrange_timer.setSingleShot(True)
        self._arrange_timer.setInterval(0)
        self._arrange_timer.timeout.connect(self._arrange)

    # State -------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self._locked

    @property
    def page(self) -> LockScreen:
        """The lock screen in the main window's place (made on first use)."""
        if self._page is None:
            self._page = LockScreen()
            self._stack.addWidget(self._page)
            self._connect(self._page)
        return self._page

    @property
    def lock_dialog(self) -> LockDialog | None:
        """The lock screen above an open modal window, while there is one."""
        return self._dialog if alive(self._dialog) else None

    def screens(self) -> list[LockScreen]:
        dialog = self.lock_dialog
        return [self.page] + ([dialog.lock_screen] if dialog is not None else [])

    def minutes(self) -> int:
        return self.watcher.idle_minutes()

    def stop(self) -> None:
        """No more locking (the window closes, or another user took over)."""
        self._stopped = True
        self.watcher.stop()
        stop_watching(self._window, self.session_filter)
        self.session_filter = None
        self._wait_timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # Locking -------------------------------------------------------------------

    def lock(self) -> None:
        """Store what is typed, then hide every patient detail behind the lock screen."""
        if self._locked or self._stopped:
            return
        try:
            self._store_pending()
        finally:
            self._hide_everything()

    def _hide_everything(self) -> None:
        self._locked = True
        for _ in range(10):
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        QToolTip.hideText()
        focus = QApplication.focusWidget()
        self._focus = focus if focus is not None and self._content.isAncestorOf(focus) else None
        self._stack.setCurrentWidget(self.page)
        self._title = self._window.windowTitle()
        self._window.setWindowTitle(self.tr("Discharge planner – %1 – locked").replace("%1", self._ward()))
        self._bars = [
            bar
            for kind in _BARS
            for bar in direct_children(self._window, kind)
            if bar.isVisibleTo(self._window)
        ]
        for bar in self._bars:
            bar.hide()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.page.show_unlock()
        self._arrange()
        self.update_wait()
        self.locked.emit()

    def _arrange(self) -> None:
        """Cover every other window; above a modal one the lock screen comes as a dialog."""
        if not self._locked or self._stopped:
            return
        for window in QApplication.topLevelWidgets():
            if self._should_cover(window):
                self._covered.append(CoveredWindow.cover(window, self.tr("Locked")))
        blocking = any(
            alive(item.window) and item.window.isVisible() and item.window.isModal() for item in self._covered
        )
        if blocking:
            top = QApplication.activeModalWidget()
            if self.lock_dialog is None or top is not self._dialog:
                self._open_dialog(top)
        elif self._dialog is not None:
            self._close_dialog()
            self.page.focus_first()
        self._show_session()

    def _should_cover(self, window: QWidget) -> bool:
        return (
            window.isVisible()
            and window is not self._window
            and window is not self._dialog
            and not isinstance(window, QMainWindow)
            and window.windowType() in _WINDOW_TYPES
            and all(item.window is not window for item in self._covered)
        )

    def _open_dialog(self, top: QWidget | None) -> None:
        old = self._dialog
        dialog = LockDialog(top or self._window)
        self._dialog = dialog
        self._connect(dialog.lock_screen)
        self._show_session()
        self.update_wait()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.lock_screen.show_unlock()
        if alive(old) and old is not None:
            old.close_for_good()

    def _close_dialog(self) -> None:
        if self._dialog is not None and alive(self._dialog):
            self._dialog.close_for_good()
        self._dialog = None

    def _show_session(self) -> None:
        name = self._full_name() or self._user()
        for screen in self.screens():
            screen.show_session(self._ward(), name, windows_open=bool(self._covered))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While locked: covered windows cannot be closed, and a window that appears is covered."""
        if not self._locked:
            return False
        kind = event.type()
        if kind == QEvent.Type.Close and any(item.window is watched for item in self._covered):
            event.ignore()
            return True
        if kind == QEvent.Type.Resize:
            for item in self._covered:
                if item.window is watched:
                    item.fit()
        elif (
            kind in (QEvent.Type.Show, QEvent.Type.Hide)
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self._dialog
        ):
            self._arrange_timer.start()
        return False

    # Unlocking -----------------------------------------------------------------

    def _connect(self, screen: LockScreen) -> None:
        screen.unlock_requested.connect(self._unlock_requested)
        screen.switch_requested.connect(self._switch_requested)

    def _unlock_requested(self, password: str) -> None:
        if not self._locked or self._stopped or self._wait_left() > 0:
            return
        if not password:
            self._say(self.tr("Write your password."))
            return
        if self._checking(lambda: self._verify(self._user(), password)):
            self._open()
        else:
            self._wrong()

    def _switch_requested(self, username: str, password: str) -> None:
        if not self._locked or self._stopped or self._wait_left() > 0:
            return
        name = username.strip()
        if not name or not password:
            self._say(self.tr("Write your user name and password."))
            return
        if name.casefold() == self._user().strip().casefold():
            self._unlock_requested(password)
        elif self._checking(lambda: self._switch(name, password)):
            self._switched_to(name)
        else:
            self._wrong()

    @staticmethod
    def _checking(check: Callable[[], bool]) -> bool:
        """Checking a password takes a moment (a slow key derivation on purpose)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return check()
        finally:
            QApplication.restoreOverrideCursor()

    def _say(self, text: str) -> None:
        for screen in self.screens():
            screen.show_message(text)

    def _wrong(self) -> None:
        # Never which part was wrong, and never anything from behind the lock.
        self._failures += 1
        wait = wait_after(self._failures)
        self._wait_until = self._clock() + wait if wait else None
        for screen in self.screens():
            screen.clear_passwords()
        self._say(self.tr("Wrong user name or password"))
        self.update_wait()
        for screen in self.screens():
            screen.focus_first()

    def _wait_left(self) -> int:
        if self._wait_until is None:
            return 0
        return max(0, math.ceil((self._wait_until - self._clock()).total_seconds()))

    def update_wait(self) -> None:
        """Show the seconds left to wait (every second while a wait runs, by the wall clock)."""
        seconds = self._wait_left()
        for screen in self.screens():
            screen.show_wait(seconds)
        if seconds > 0:
            if not self._wait_timer.isActive():
                self._wait_timer.start()
        else:
            self._wait_until = None
            self._wait_timer.stop()

    def _open(self) -> None:
        """The same user is back: everything as it was, the same page, the same typing."""
        self._failures = 0
        self.update_wait()
        self._end_lock()
        for item in reversed(self._covered):
            item.uncover()
        self._covered.clear()
        for bar in self._bars:
            bar.show()
        self._window.setWindowTitle(self._title)
        self._stack.setCurrentWidget(self._content)
        if alive(self._focus) and self._focus is not None and self._focus.isVisible():
            self._focus.setFocus(Qt.FocusReason.OtherFocusReason)
        top = QApplication.activeModalWidget()
        if top is not None:
            top.activateWindow()
        self.watcher.reset()
        self.unlocked.emit()

    def _switched_to(self, username: str) -> None:
        """Another user signed in: the first user's open windows close; this window stays locked."""
        self._failures = 0
        self.update_wait()
        self._end_lock()
        self._locked = True
        covered, self._covered = self._covered, []
        for item in reversed(covered):
            item.uncover()
            if not alive(item.window):
                continue
            if isinstance(item.window, QDialog):
                item.window.reject()
            else:
                item.window.close()
        self.stop()
        self.switched.emit(username)

    def _end_lock(self) -> None:
        self._locked = False
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._close_dialog()
        for screen in self.screens():
            screen.clear_passwords()
            screen.show_message("")


def install_lock(
    window: MainWindow,
    *,
    full_name: Callable[[], str],
    verify: Callable[[str, str], bool],
    switch: Callable[[str, str], bool],
    minutes: Callable[[], int],
    save_minutes: Callable[[int], None] | None = None,
    user: Callable[[], str] | None = None,
    clock: Callable[[], datetime] = utc_now,
    check_interval_ms: int = CHECK_INTERVAL_MS,
) -> LockController:
    """Lock `window` after `minutes` idle, on Ctrl+L or on suspension; `verify` unlocks."""
    lock = LockController(
        window,
        user=user or (lambda: window.workplace.user),
        full_name=full_name,
        ward=window.ward_name,
        verify=verify,
        switch=switch,
        minutes=minutes,
        store_pending=window.store_pending,
        clock=clock,
        check_interval_ms=check_interval_ms,
    )
    window.use_lock(lock, save_minutes)
    return lock
