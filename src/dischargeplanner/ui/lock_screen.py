"""What a locked window shows: the ward, who was signed in, and a way back in. No patient data."""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeyEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.ui.dialogs.form import buddy_label, muted_label
from dischargeplanner.ui.style import SPACING
from dischargeplanner.ui.widgets import error_label

_SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    # Enter on a focused button presses that button; elsewhere the screen takes Enter itself.
    button.setAutoDefault(True)
    return button


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class LockScreen(QWidget):
    """Unlock with the password of the user who was signed in, or sign in as another user.

    Says nothing of why a password was refused; the controller decides and calls back.
    """

    unlock_requested = Signal(str)
    switch_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        box = QFrame()
        box.setObjectName("lockBox")
        box.setMaximumWidth(460)
        box.setMinimumWidth(340)
        row.addWidget(box, 1)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        layout = QVBoxLayout(box)
        layout.setSpacing(SPACING)
        self.ward_label = QLabel()
        self.ward_label.setObjectName("lockWard")
        font = QFont(self.ward_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.ward_label.setFont(font)
        self.ward_label.setWordWrap(True)
        self.locked_label = QLabel()
        self.locked_label.setObjectName("lockedLabel")
        self.locked_label.setWordWrap(True)
        layout.addWidget(self.ward_label)
        layout.addWidget(self.locked_label)
        self.pages = QStackedWidget()
        self.pages.setObjectName("lockPages")
        self._build_unlock_page()
        self._build_switch_page()
        layout.addWidget(self.pages)
        self.message = error_label(object_name="lockMessage")
        self.wait_label = error_label(object_name="lockWait")
        layout.addWidget(self.message)
        layout.addWidget(self.wait_label)

    def _build_unlock_page(self) -> None:
        self.unlock_page = QWidget()
        self.unlock_page.setObjectName("unlockPage")
        form = QFormLayout(self.unlock_page)
        form.setContentsMargins(0, 0, 0, 0)
        self.password = _password_field("lockPassword")
        form.addRow(buddy_label(self.tr("&Password"), self.password), self.password)
        self.unlock_button = _button(self.tr("&Unlock"), "unlockButton")
        self.unlock_button.clicked.connect(self._submit)
        form.addRow("", self.unlock_button)
        self.other_button = _button(self.tr("Sign in as &another user"), "otherUserButton")
        self.other_button.setFlat(True)
        self.other_button.setToolTip(
            self.tr("What was typed is already stored; the other user signs in with their own password")
        )
        self.other_button.clicked.connect(self.show_switch)
        form.addRow("", self.other_button)
        self.pages.addWidget(self.unlock_page)

    def _build_switch_page(self) -> None:
        self.switch_page = QWidget()
        self.switch_page.setObjectName("switchPage")
        column = QVBoxLayout(self.switch_page)
        column.setContentsMargins(0, 0, 0, 0)
        self.switch_note = muted_label("", "switchNote")
        self.windows_note = muted_label(
            self.tr("Open windows are closed first; what was typed in them and not saved is lost."),
            "switchWindowsNote",
        )
        column.addWidget(self.switch_note)
        column.addWidget(self.windows_note)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("switchUsername")
        self.switch_password = _password_field("switchPassword")
        form.addRow(buddy_label(self.tr("User &name"), self.username), self.username)
        form.addRow(buddy_label(self.tr("Pass&word"), self.switch_password), self.switch_password)
        column.addLayout(form)
        buttons = QHBoxLayout()
        self.sign_in_button = _button(self.tr("&Sign in"), "signInButton")
        self.sign_in_button.clicked.connect(self._submit)
        self.back_button = _button(self.tr("&Back"), "backToUnlockButton")
        self.back_button.clicked.connect(self.show_unlock)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.pages.addWidget(self.switch_page)

    # Shown by the controller ----------------------------------------------

    def show_session(self, ward: str, full_name: str, *, windows_open: bool) -> None:
        """The ward, who was signed in, and whether signing in as another user closes windows."""
        self.ward_label.setText(ward)
        self.locked_label.setText(self.tr("Locked – %1 was signed in").replace("%1", full_name))
        self.switch_note.setText(
            self.tr("What %1 typed is stored. Sign in with your own user name and password.").replace(
                "%1", full_name
            )
        )
        self.windows_note.setVisible(windows_open)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_wait(self, seconds: int) -> None:
        """While a wait is running the buttons cannot be pressed; the seconds count down."""
        waiting = seconds > 0
        self.wait_label.setText(self.tr("Wait %n second(s)", "", seconds) if waiting else "")
        self.wait_label.setVisible(waiting)
        self.unlock_button.setEnabled(not waiting)
        self.sign_in_button.setEnabled(not waiting)

    def clear_passwords(self) -> None:
        self.password.clear()
        self.switch_password.clear()

    def switching(self) -> bool:
        return self.pages.currentWidget() is self.switch_page

    def show_unlock(self) -> None:
        self.pages.setCurrentWidget(self.unlock_page)
        self.show_message("")
        self.username.clear()
        self.clear_passwords()
        self.focus_first()

    def show_switch(self) -> None:
        self.pages.setCurrentWidget(self.switch_page)
        self.show_message("")
        self.clear_passwords()
        self.focus_first()

    def focus_first(self) -> None:
        field = self.username if self.switching() else self.password
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    # Keyboard ------------------------------------------------------------

    def _submit(self) -> None:
        if self.switching():
            self.switch_requested.emit(self.username.text(), self.switch_password.text())
        else:
            self.unlock_requested.emit(self.password.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _SUBMIT_KEYS:
            self._submit()
        elif event.key() == Qt.Key.Key_Escape and self.switching():
            self.show_unlock()
        # Every key ends here: behind a lock screen a dialog may wait, and Enter would
        # accept it, Escape reject it, a letter press one of a message box's buttons.
        event.accept()


class LockCover(QWidget):
    """Laid over every other window of the app while locked: a plain panel, nothing behind it shows."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Locked"))
        label.setObjectName("lockCoverLabel")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()


class LockDialog(QDialog):
    """The lock screen above an open modal window, which would otherwise take all input.

    Shown, never exec()ed; Escape and the close button do nothing, only unlocking closes it.
    """

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumSize(420, 320)
        layout = QVBoxLayout(self)
        self.lock_screen = LockScreen()
        layout.addWidget(self.lock_screen)
        self._may_close = False

    def reject(self) -> None:
        """Escape does not close the lock."""

    def close_for_good(self) -> None:
        self._may_close = True
        self.hide()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
        else:
            event.ignore()


def alive(thing: QObject | None) -> bool:
    """False once Qt has deleted the object (a dialog closed and gone while locked)."""
    return thing is not None and shiboken6.isValid(thing)


def direct_children(window: QWidget, kind: type[QWidget]) -> list[QWidget]:
    return list(window.findChildren(kind, options=Qt.FindChildOption.FindDirectChildrenOnly))


@dataclass
class CoveredWindow:
    """A window laid under a LockCover while locked, and how to give it back as it was.

    Its content is hidden, not closed: a dialog half filled in keeps every field.
    """

    window: QWidget
    title: str
    panel: LockCover
    hidden: list[QWidget]
    disabled: list[QAction | QShortcut]
    focus: QWidget | None

    @classmethod
    def cover(cls, window: QWidget, locked_title: str) -> CoveredWindow:
        hidden = [
            child
            for child in direct_children(window, QWidget)
            if not child.isWindow() and child.isVisibleTo(window)
        ]
        focus = window.focusWidget()
        # Keys must not reach what is covered: a window's shortcuts stay live while it shows.
        disabled: list[QAction | QShortcut] = [
            *(action for action in window.findChildren(QAction) if action.isEnabled()),
            *(shortcut for shortcut in window.findChildren(QShortcut) if shortcut.isEnabled()),
        ]
        for item in disabled:
            item.setEnabled(False)
        for child in hidden:
            child.hide()
        panel = LockCover(window)
        panel.setGeometry(window.rect())
        panel.show()
        panel.raise_()
        covered = cls(window, window.windowTitle(), panel, hidden, disabled, focus)
        window.setWindowTitle(locked_title)
        return covered

    def fit(self) -> None:
        """Follow the window's size."""
        if alive(self.panel) and alive(self.window):
            self.panel.setGeometry(self.window.rect())

    def uncover(self) -> None:
        if not alive(self.window):
            return
        if alive(self.panel):
            self.panel.hide()
            self.panel.deleteLater()
        for child in self.hidden:
            if alive(child):
                child.show()
        for item in self.disabled:
            if alive(item):
                item.setEnabled(True)
        self.window.setWindowTitle(self.title)
        if alive(self.focus) and self.focus is not None:
            self.focus.setFocus(Qt.FocusReason.OtherFocusReason)
