"""Auto-lock: idle by the wall clock, nothing of the patient shown, the same user's password opens.

The clock is a test clock that only moves when told: ten minutes pass in an instant, as they
do for a laptop that slept.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QAbstractListModel, QByteArray, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dischargeplanner.app import Context
from dischargeplanner.domain.model import AreaKey, PlanId
from dischargeplanner.domain.users import wait_after
from dischargeplanner.settings import IDLE_LOCK_MINUTES, WARD_NAME
from dischargeplanner.ui import session_lock
from dischargeplanner.ui.dialogs.ward_dialog import WardDialog
from dischargeplanner.ui.lock import LockController, install_lock
from dischargeplanner.ui.lock_screen import LockScreen
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.session_lock import (
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    WindowsMessage,
    is_session_lock,
)
from helpers import TEST_USER, MakeWindow

PASSWORDS = {TEST_USER: "riktig passord", "annen": "annet passord"}
FULL_NAME = "Sosionom Test"
OTHER = "annen"


class Clock:
    """A wall clock that stands still until the test moves it."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **amount: float) -> None:
        self.now += timedelta(**amount)


@dataclass
class Logins:
    """Stands in for the key file: who was asked for, and who signed in instead."""

    checked: list[str] = field(default_factory=list)
    switched: list[str] = field(default_factory=list)
    saved_minutes: list[int] = field(default_factory=list)

    def verify(self, user: str, password: str) -> bool:
        self.checked.append(user)
        return PASSWORDS.get(user) == password

    def switch(self, user: str, password: str) -> bool:
        self.checked.append(user)
        return PASSWORDS.get(user) == password


@dataclass
class Locked:
    window: MainWindow
    lock: LockController
    clock: Clock
    logins: Logins


@pytest.fixture
def setup(context: Context, make_window: MakeWindow) -> Callable[[], Locked]:
    def make() -> Locked:
        window = make_window(context)
        clock = Clock()
        logins = Logins()
        lock = install_lock(
            window,
            full_name=lambda: FULL_NAME,
            verify=logins.verify,
            switch=logins.switch,
            minutes=lambda: 10,
            save_minutes=logins.saved_minutes.append,
            clock=clock,
            check_interval_ms=10,
        )
        return Locked(window, lock, clock, logins)

    return make


def tr(source: str, n: int = -1, context: str = "LockController") -> str:
    return QCoreApplication.translate(context, source, None, n)


def shown_texts() -> str:
    """Every text a person could see in any window of the app just now (titles, labels, cells …)."""
    texts: list[str] = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.isVisible():
                texts.extend(_texts_of(widget))
    return "\n".join(texts)


def _texts_of(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName(), widget.statusTip()]
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QComboBox):
        texts.append(widget.currentText())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        # A list model keeps its column count private: it has one.
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        texts.extend(
            str(model.index(row, column).data())
            for row in range(model.rowCount())
            for column in range(columns)
        )
    return texts


def _patient(context: Context, plan_id: PlanId) -> tuple[str, str]:
    patient = context.service.plan_detail(plan_id).plan.patient
    assert patient.fodselsnummer is not None
    return patient.name, patient.fodselsnummer


def _open_finances(window: MainWindow, plan_id: PlanId, qtbot: QtBot, goal: str) -> QPlainTextEdit:
    """The plan open at Økonomi with a goal half typed: the save timer has not fired yet."""
    window.open_plan(plan_id)
    window.editor.show_area(AreaKey.FINANCES)
    page = window.editor.pages[AreaKey.FINANCES]
    page.goal.setFocus()
    qtbot.keyClicks(page.goal, goal)
    return page.goal


def _unlock(screen: LockScreen, qtbot: QtBot, password: str) -> None:
    qtbot.keyClicks(screen.password, password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)


def test_no_lock_before_the_idle_time_and_input_counts_as_use(
    setup: Callable[[], Locked], plan_id: PlanId, qtbot: QtBot
) -> None:
    s = setup()
    s.clock.advance(minutes=9, seconds=59)
    qtbot.wait(60)
    assert not s.lock.is_locked()
    qtbot.keyClick(s.window.overview.table, Qt.Key.Key_Down)  # someone uses it
    s.clock.advance(minutes=9)
    qtbot.wait(60)
    assert not s.lock.is_locked()  # 19 minutes since start, but only 9 since the key
    s.clock.advance(minutes=1)
    qtbot.waitUntil(s.lock.is_locked, timeout=2000)


def test_locks_after_the_idle_time_and_shows_no_patient(
    setup: Callable[[], Locked], context: Context, plan_id: PlanId, qtbot: QtBot
) -> None:
    s = setup()
    _open_finances(s.window, plan_id, qtbot, "Slippe inkasso")
    name, number = _patient(context, plan_id)
    assert name in shown_texts()  # the check below can see a name when there is one

    s.clock.advance(minutes=10)  # the laptop slept: the first tick after waking locks
    qtbot.waitUntil(s.lock.is_locked, timeout=2000)

    shown = shown_texts()
    assert name not in shown
    assert number not in shown
    assert "Testa" not in s.window.windowTitle()
    assert not s.window.editor.isVisible()
    assert not s.window.menuBar().isVisible()  # no menu to reach a plan through
    page = s.lock.page
    assert page.isVisible()
    assert page.ward_label.text() == context.settings.get(WARD_NAME)
    assert page.locked_label.text() == tr("Locked – %1 was signed in", context="LockScreen").replace(
        "%1", FULL_NAME
    )
    assert page.password.hasFocus()


def test_what_is_typed_is_stored_before_locking_and_unlock_brings_it_all_back(
    setup: Callable[[], Locked], context: Context, plan_id: PlanId, qtbot: QtBot
) -> None:
    s = setup()
    goal = _open_finances(s.window, plan_id, qtbot, "Slippe inkasso")

    s.clock.advance(minutes=10)
    qtbot.waitUntil(s.lock.is_locked, timeout=2000)
    assert context.service.plan_detail(plan_id).area(AreaKey.FINANCES).goal == "Slippe inkasso"

    _unlock(s.lock.page, qtbot, PASSWORDS[TEST_USER])
    assert not s.lock.is_locked()
    assert s.logins.checked == [TEST_USER]
    editor = s.window.editor
    assert s.window.stack.currentWidget() is editor
    assert editor.isVisible()
    assert editor.detail is not None
    assert editor.detail.plan.plan_id == plan_id
    assert editor.current_area() is AreaKey.FINANCES
    assert goal.toPlainText() == "Slippe inkasso"
    assert goal.hasFocus()  # typing goes on where it stopped
    assert s.window.menuBar().isVisible()
    assert "Testa" not in s.window.windowTitle()
    assert s.window.windowTitle() == tr("Discharge planner – %1", context="MainWindow").replace(
        "%1", context.settings.get(WARD_NAME)
    )
    # Idle time counts again from the unlock.
    s.clock.advance(minutes=9)
    qtbot.wait(60)
    assert not s.lock.is_locked()


def test_wrong_password_is_refused_without_saying_more(
    setup: Callable[[], Locked], context: Context, plan_id: PlanId, qtbot: QtBot
) -> None:
    s = setup()
    _open_finances(s.window, plan_id, qtbot, "Slippe")
    s.lock.lock()
    _unlock(s.lock.page, qtbot, "feil passord")
    assert s.lock.is_locked()
    page = s.lock.page
    assert page.message.isVisible()
    assert page.message.text() == tr("Wrong user name or password")
    assert page.password.text() == ""  # nothing typed stays in a password field
    name, number = _patient(context, plan_id)
    shown = shown_texts()
    assert name not in shown
    assert number not in shown


def test_waits_grow_after_five_wrong_passwords(setup: Callable[[], Locked], qtbot: QtBot) -> None:
    s = setup()
    s.lock.lock()
    page = s.lock.page
    for _ in range(4):
        _unlock(page, qtbot, "feil")
        assert not page.wait_label.isVisible()
    _unlock(page, qtbot, "feil")  # the fifth
    assert page.wait_label.text() == tr("Wait %n second(s)", 5, "LockScreen")
    assert not page.unlock_button.isEnabled()

    asked = len(s.logins.checked)
    _unlock(page, qtbot, PASSWORDS[TEST_USER])  # even the right one waits
    assert s.lock.is_locked()
    assert len(s.logins.checked) == asked

    s.clock.advance(seconds=2)
    s.lock.update_wait()
    assert page.wait_label.text() == tr("Wait %n second(s)", 3, "LockScreen")
    s.clock.advance(seconds=3)
    s.lock.update_wait()
    assert not page.wait_label.isVisible()
    assert page.unlock_button.isEnabled()

    _unlock(page, qtbot, "feil")  # the sixth: twice as long
    assert page.wait_label.text() == tr("Wait %n second(s)", 10, "LockScreen")
    s.clock.advance(seconds=10)
    s.lock.update_wait()
    _unlock(page, qtbot, PASSWORDS[TEST_USER])
    assert not s.lock.is_locked()
    assert [wait_after(n).total_seconds() for n in (4, 5, 6, 7, 30)] == [0, 5, 10, 20, 900]


def test_ctrl_l_locks_at_once(setup: Callable[[], Locked], plan_id: PlanId, qtbot: QtBot) -> None:
    s = setup()
    s.window.open_plan(plan_id)
    action = s.window.lock_action
    assert action.objectName() == "lockAction"
    assert action in s.window.menuBar().actions()[0].menu().actions()
    qtbot.keyClick(s.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert s.lock.is_locked()
    assert not s.window.editor.isVisible()


def test_suspended_application_locks(setup: Callable[[], Locked], qapp: QApplication) -> None:
    s = setup()
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert s.lock.is_locked()


def test_another_user_signs_in_after_the_first_users_work_is_stored(
    setup: Callable[[], Locked], context: Context, plan_id: PlanId, qtbot: QtBot
) -> None:
    s = setup()
    _open_finances(s.window, plan_id, qtbot, "Slippe inkasso")
    windows: list[MainWindow] = []

    def new_window_for(user: str) -> None:
        # What the lead's wiring does: a window of the new user's own; the old one goes.
        window = MainWindow(replace(s.window.workplace, user=user))
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        s.window.close()

    s.lock.switched.connect(new_window_for)
    s.lock.lock()
    page = s.lock.page
    qtbot.mouseClick(page.other_button, Qt.MouseButton.LeftButton)
    assert page.username.hasFocus()
    qtbot.keyClicks(page.username, OTHER)
    qtbot.keyClicks(page.switch_password, "feil")
    qtbot.keyClick(page.switch_password, Qt.Key.Key_Return)
    assert page.message.text() == tr("Wrong user name or password")
    assert not windows

    qtbot.keyClicks(page.switch_password, PASSWORDS[OTHER])
    qtbot.keyClick(page.switch_password, Qt.Key.Key_Return)
    assert s.logins.checked[-1] == OTHER
    assert len(windows) == 1
    assert windows[0].statusBar().currentMessage() == tr("Signed in as %1", context="MainWindow").replace(
        "%1", OTHER
    )
    assert not s.window.isVisible()
    assert context.service.plan_detail(plan_id).area(AreaKey.FINANCES).goal == "Slippe inkasso"


def test_an_open_dialog_is_covered_and_keeps_what_was_typed(
    setup: Callable[[], Locked], context: Context, plan_id: PlanId, qtbot: QtBot
) -> None:
    s = setup()
    s.window.open_plan(plan_id)
    seen: dict[str, object] = {}

    def inside_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, WardDialog)
            dialog.institution.setText("Helse Test")
            s.clock.advance(minutes=10)
            s.lock.watcher.check()
            seen["locked"] = s.lock.is_locked()
            seen["field hidden"] = not dialog.institution.isVisible()
            seen["title"] = dialog.windowTitle()
            lock_dialog = s.lock.lock_dialog
            assert lock_dialog is not None
            seen["lock dialog on top"] = QApplication.activeModalWidget() is lock_dialog
            _unlock(lock_dialog.lock_screen, qtbot, "feil")  # Enter must not answer the dialog
            seen["still open"] = dialog.isVisible()
            seen["shown"] = shown_texts()
            _unlock(lock_dialog.lock_screen, qtbot, PASSWORDS[TEST_USER])
            seen["unlocked"] = not s.lock.is_locked()
            seen["kept"] = (dialog.institution.isVisible(), dialog.institution.text(), dialog.windowTitle())
        finally:
            if isinstance(dialog, QDialog):
                dialog.accept()

    QTimer.singleShot(0, inside_the_dialog)
    s.window.edit_ward()
    assert seen["locked"]
    assert seen["field hidden"]
    assert seen["title"] == tr("Locked")
    assert seen["lock dialog on top"]
    assert seen["still open"]
    name, _number = _patient(context, plan_id)
    assert name not in str(seen["shown"])
    assert "Helse Test" not in str(seen["shown"])
    assert seen["unlocked"]
    assert seen["kept"] == (True, "Helse Test", tr("Ward details", context="WardDialog"))
    assert s.window.workplace.sender().institution == "Helse Test"


def test_signing_in_as_another_user_closes_the_first_users_dialog(
    setup: Callable[[], Locked], qtbot: QtBot
) -> None:
    s = setup()
    switched: list[str] = []
    s.lock.switched.connect(switched.append)

    def inside_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            s.lock.lock()
            lock_dialog = s.lock.lock_dialog
            assert lock_dialog is not None
            screen = lock_dialog.lock_screen
            screen.show_switch()
            assert screen.windows_note.isVisibleTo(screen)
            qtbot.keyClicks(screen.username, OTHER)
            qtbot.keyClicks(screen.switch_password, PASSWORDS[OTHER])
            qtbot.keyClick(screen.switch_password, Qt.Key.Key_Return)
        finally:
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.done(99)  # not expected: the switch should have closed it

    QTimer.singleShot(0, inside_the_dialog)
    before = s.window.workplace.sender()
    s.window.edit_ward()
    assert switched == [OTHER]
    assert s.window.workplace.sender() == before  # the first user's dialog was not saved


def test_no_lock_until_a_login_is_wired(context: Context, make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window(context)
    assert window.lock is None
    assert not window.lock_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.isVisible()


def test_idle_minutes_are_set_in_the_ward_dialog(
    setup: Callable[[], Locked], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = setup()
    shown: list[int] = []

    def set_minutes(dialog: WardDialog) -> QDialog.DialogCode:
        assert dialog.idle_minutes is not None
        shown.append(dialog.idle_minutes.value())
        dialog.idle_minutes.clear()
        qtbot.keyClicks(dialog.idle_minutes, "25")
        dialog.accept()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(WardDialog, "exec", set_minutes)
    s.window.edit_ward()
    assert shown == [10]
    assert s.logins.saved_minutes == [25]


def test_the_idle_setting_stays_between_1_and_120_minutes(context: Context) -> None:
    assert context.settings.get(IDLE_LOCK_MINUTES) == 10
    context.settings.set(IDLE_LOCK_MINUTES, 500)
    assert context.settings.get(IDLE_LOCK_MINUTES) == 120
    context.settings.set(IDLE_LOCK_MINUTES, 0)
    assert context.settings.get(IDLE_LOCK_MINUTES) == 1


# Windows' session lock (Win+L): the message is built in memory the way Windows lays it out, and
# Windows' registration call is replaced by one that says yes, since this machine is not Windows.

WTS_SESSION_UNLOCK = 0x8
WM_KEYDOWN = 0x0100


def _message(code: int, w_param: int) -> WindowsMessage:
    return WindowsMessage(hwnd=None, message=code, wParam=w_param, lParam=0)


def test_only_a_session_lock_message_counts() -> None:
    lock = _message(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    unlock = _message(WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK)
    key = _message(WM_KEYDOWN, WTS_SESSION_LOCK)
    assert is_session_lock(b"windows_generic_MSG", ctypes.addressof(lock))
    assert not is_session_lock(b"windows_generic_MSG", ctypes.addressof(unlock))
    assert not is_session_lock(b"windows_generic_MSG", ctypes.addressof(key))
    assert not is_session_lock(b"xcb_generic_event_t", ctypes.addressof(lock))
    assert not is_session_lock(b"windows_generic_MSG", 0)


def test_elsewhere_than_windows_nothing_is_registered(setup: Callable[[], Locked]) -> None:
    assert setup().lock.session_filter is None


def test_a_windows_session_lock_locks_the_window(
    setup: Callable[[], Locked], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    registered: list[object] = []
    monkeypatch.setattr(session_lock, "register_for_session_changes", lambda w: registered.append(w) or True)
    s = setup()
    assert registered == [s.window]
    session_filter = s.lock.session_filter
    assert session_filter is not None

    unlock = _message(WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK)
    assert session_filter.nativeEventFilter(QByteArray(b"windows_generic_MSG"), ctypes.addressof(unlock)) == (
        False,
        0,
    )
    qtbot.wait(20)
    assert not s.lock.is_locked()

    lock = _message(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    # Never swallowed: Windows and Qt still see the message.
    assert session_filter.nativeEventFilter(QByteArray(b"windows_generic_MSG"), ctypes.addressof(lock)) == (
        False,
        0,
    )
    qtbot.waitUntil(s.lock.is_locked, timeout=2000)
    s.lock.stop()
    assert s.lock.session_filter is None
