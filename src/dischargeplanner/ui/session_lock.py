"""Windows' own session lock (Win+L, a screen saver with password, switching user) locks the app too.

Qt does not report it: Windows sends WM_WTSSESSION_CHANGE only to windows that asked with
WTSRegisterSessionNotification, and Qt passes it on only as a native message. This module asks
for it and reads it with a native event filter. On other systems nothing is registered; the wall
clock of the idle watcher still locks a window left idle too long.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0
WINDOWS_MESSAGE = b"windows_generic_MSG"


class WindowsMessage(ctypes.Structure):
    """The start of Windows' MSG structure: the window, the message and its wParam."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
    )


def is_session_lock(event_type: bytes, address: int) -> bool:
    """Whether the native message at `address` says the Windows session was just locked."""
    if event_type != WINDOWS_MESSAGE or not address:
        return False
    message = WindowsMessage.from_address(address)
    code: int = message.message
    reason: int = message.wParam
    return code == WM_WTSSESSION_CHANGE and reason == WTS_SESSION_LOCK


class SessionLockFilter(QAbstractNativeEventFilter):
    """Calls `on_lock` (from the event loop, not inside Windows' message handling) on a session lock."""

    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(self, event_type: object, message: object) -> tuple[bool, int]:
        if is_session_lock(bytes(event_type), int(message)):  # type: ignore[call-overload]
            QTimer.singleShot(0, self._on_lock)
        return False, 0


def register_for_session_changes(window: QWidget) -> bool:
    """Ask Windows to tell `window` of session changes; False elsewhere or when it cannot."""
    if sys.platform != "win32":
        return False
    handle = ctypes.c_void_p(int(window.winId()))
    return bool(ctypes.windll.wtsapi32.WTSRegisterSessionNotification(handle, NOTIFY_FOR_THIS_SESSION))


def unregister_session_changes(window: QWidget) -> None:
    if sys.platform == "win32":
        ctypes.windll.wtsapi32.WTSUnRegisterSessionNotification(ctypes.c_void_p(int(window.winId())))


def watch_session_lock(window: QWidget, on_lock: Callable[[], None]) -> SessionLockFilter | None:
    """Have `window` told of session locks and call `on_lock` then; None where the system cannot
    (not Windows, or no terminal services): the idle time still locks. Undo with `stop_watching`."""
    app = QCoreApplication.instance()
    if app is None or not register_for_session_changes(window):
        return None
    session_filter = SessionLockFilter(on_lock)
    app.installNativeEventFilter(session_filter)
    return session_filter


def stop_watching(window: QWidget, session_filter: SessionLockFilter | None) -> None:
    app = QCoreApplication.instance()
    if session_filter is None or app is None:
        return
    app.removeNativeEventFilter(session_filter)
    unregister_session_changes(window)
