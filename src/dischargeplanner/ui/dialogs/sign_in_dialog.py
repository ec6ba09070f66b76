"""Signing in at start, and setting up a new ward's first administrator (with its recovery key).

The dialogs do not know about keys or files: they call what they are given and show its answer.
A refusal never says whether the name or the password was wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.limits import LINE_MAX
from dischargeplanner.domain.services import Issue
from dischargeplanner.domain.user_service import validate_new_user, validate_password
from dischargeplanner.ui.dialogs.form import buddy_label, fit_height, limit_length, ok_cancel, tab_chain
from dischargeplanner.ui.dialogs.user_dialogs import UserForm, password_field
from dischargeplanner.ui.style import SPACING
from dischargeplanner.ui.widgets import error_label

# Returns None when signed in; else how long the next attempt must wait (zero: just refused).
Attempt = Callable[[str, str], timedelta | None]
# Makes the first administrator: (username, full name, password, repeated) -> the recovery key.
SetUp = Callable[[str, str, str, str], str]
# An administrator's new password with the recovery key (key, username, password, repeated), then
# signed in as them; raises ValidationError (wrong key, not an administrator, the new password).
Recover = Callable[[str, str, str, str], None]


def refusal_text(wait: timedelta) -> str:
    """Never which of name or password was wrong; after five wrong ones, how long to wait."""
    if wait <= timedelta(0):
        return QCoreApplication.translate("SignInDialog", "Wrong user name or password.")
    seconds = str(max(1, round(wait.total_seconds())))
    return QCoreApplication.translate(
        "SignInDialog", "Too many wrong attempts. Wait %1 seconds and try again."
    ).replace("%1", seconds)


class SignInDialog(QDialog):
    """Name and password; OK tries them and stays open with a message when they are refused."""

    def __init__(
        self,
        ward: str,
        attempt: Attempt,
        parent: QWidget | None = None,
        username: str = "",
        recover: Recover | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in"))
        self._attempt = attempt
        self._recover = recover
        self.signed_in_as = ""
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        heading = QLabel(ward or self.tr("Discharge planner"))
        heading.setObjectName("signInWard")
        heading.setStyleSheet("font-size: large; font-weight: bold")
        layout.addWidget(heading)
        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setObjectName("signInUsername")
        self.password = password_field("signInPassword")
        self.password.setPlaceholderText("")  # the length rule is for new passwords
        form.addRow(buddy_label(self.tr("&User name"), self.username), self.username)
        form.addRow(buddy_label(self.tr("&Password"), self.password), self.password)
        layout.addLayout(form)
        self.message = error_label(object_name="signInMessage")
        self.message.hide()
        layout.addWidget(self.message)
        self.forgotten = QPushButton(self.tr("&Forgotten your password?"))
        self.forgotten.setObjectName("forgottenPassword")
        self.forgotten.setFlat(True)
        self.forgotten.setAutoDefault(False)
        self.forgotten.setVisible(recover is not None)
        self.forgotten.clicked.connect(self.forgotten_password)
        layout.addWidget(self.forgotten, 0, Qt.AlignmentFlag.AlignLeft)
        buttons, self.ok_button = ok_cancel(self)
        self.ok_button.setText(self.tr("Sign in"))
        layout.addWidget(buttons)
        tab_chain([self.username, self.password, self.ok_button, self.forgotten])
        (self.password if username else self.username).setFocus()
        self.setMinimumWidth(380)

    def accept(self) -> None:
        wait = self._attempt(self.username.text(), self.password.text())
        if wait is None:
            self.signed_in_as = self.username.text()
            super().accept()
            return
        self.message.setText(refusal_text(wait))
        self.message.show()
        self.password.clear()
        self.password.setFocus()
        fit_height(self)

    def forgotten_password(self) -> None:
        """Staff ask an administrator; an administrator who forgot may use the recovery key."""
        if self._recover is None:
            return
        dialog = RecoveryDialog(self._recover, self, self.username.text())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.signed_in_as = dialog.username.text()
            super().accept()

    @classmethod
    def sign_in(
        cls, ward: str, attempt: Attempt, parent: QWidget | None = None, recover: Recover | None = None
    ) -> str | None:
        """The name signed in with, or None when the user gave up."""
        dialog = cls(ward, attempt, parent, recover=recover)
        return dialog.signed_in_as if dialog.exec() == QDialog.DialogCode.Accepted else None


class RecoveryDialog(UserForm):
    """A forgotten password. Staff are told to ask an administrator; an administrator types the
    ward's recovery key and a new password, and is signed in."""

    def __init__(self, recover: Recover, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__("recoveryDialog", parent)
        self.setWindowTitle(self.tr("Forgotten password"))
        self._recover = recover
        intro = QLabel(
            self.tr(
                "Ask one of the ward's administrators for a new password: they set it under File → "
                "Users. If every administrator has forgotten theirs, an administrator can set a new "
                "one here with the ward's recovery key (the paper from the setup, kept locked away)."
            )
        )
        intro.setObjectName("recoveryIntro")
        intro.setWordWrap(True)
        self.column.addWidget(intro)
        self.key = QLineEdit()
        self.key.setObjectName("recoveryKeyInput")
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.username = QLineEdit(username)
        self.username.setObjectName("recoveryUsername")
        self.password = password_field("recoveryPassword")
        self.repeated = password_field("recoveryRepeated")
        self.add_field("recovery_key", self.tr("&Recovery key"), self.key)
        self.add_field("username", self.tr("&Administrator's user name"), self.username)
        self.add_field("password", self.tr("New &password"), self.password)
        self.add_field("repeated", self.tr("R&epeat the password"), self.repeated)
        self.finish(
            [self.key, self.username, self.password, self.repeated], self.tr("Set password and sign in")
        )

    def issues(self) -> list[Issue]:
        # The key and the name are checked on OK (they need the key file and the database).
        return validate_password(self.username.text(), self.password.text(), self.repeated.text())

    def store(self) -> None:
        self._recover(self.key.text(), self.username.text(), self.password.text(), self.repeated.text())


class SetUpDialog(UserForm):
    """The first start on an empty data folder: the ward's first administrator, then the recovery key."""

    def __init__(self, set_up: SetUp, parent: QWidget | None = None) -> None:
        super().__init__("setUpDialog", parent)
        self.setWindowTitle(self.tr("Set up the ward's first administrator"))
        self._set_up = set_up
        self.username_made = ""
        self.recovery = ""
        intro = QLabel(
            self.tr(
                "The patient data on this PC is encrypted. Each person signs in with their own name "
                "and password. Make the first administrator now; they can then add the others."
            )
        )
        intro.setWordWrap(True)
        self.column.addWidget(intro)
        self.full_name = QLineEdit()
        limit_length(self.full_name, LINE_MAX)
        self.full_name.setObjectName("setUpFullName")
        self.username = QLineEdit()
        self.username.setObjectName("setUpUsername")
        self.password = password_field("setUpPassword")
        self.repeated = password_field("setUpRepeated")
        self.add_field("full_name", self.tr("Full &name"), self.full_name)
        self.add_field("username", self.tr("&User name"), self.username)
        self.add_field("password", self.tr("&Password"), self.password)
        self.add_field("repeated", self.tr("&Repeat the password"), self.repeated)
        self.finish([self.full_name, self.username, self.password, self.repeated], self.tr("Set up"))

    def issues(self) -> list[Issue]:
        return validate_new_user(
            self.username.text(), self.full_name.text(), self.password.text(), self.repeated.text()
        )

    def store(self) -> None:
        self.recovery = self._set_up(
            self.username.text(), self.full_name.text(), self.password.text(), self.repeated.text()
        )
        self.username_made = self.username.text()

    @classmethod
    def set_up(cls, set_up: SetUp, parent: QWidget | None = None) -> tuple[str, str] | None:
        """(user name, recovery key) of the new administrator, or None when cancelled."""
        dialog = cls(set_up, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.username_made, dialog.recovery


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once: to print or write down and lock away. It is never shown again."""

    def __init__(self, recovery: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Recovery key"))
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        text = QLabel(
            self.tr(
                "If every administrator forgets their password, this key opens the ward's data. Write it "
                "down or print this window now and lock it away: it is shown only this once and is not "
                "stored in clear anywhere."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.key = QLabel(recovery)
        self.key.setObjectName("recoveryKey")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setStyleSheet("font-family: monospace; font-size: x-large; font-weight: bold")
        layout.addWidget(self.key)
        self.confirm = QCheckBox(self.tr("I have written down the recovery key and will lock it away"))
        self.confirm.setObjectName("recoveryConfirmed")
        layout.addWidget(self.confirm)
        buttons, self.ok_button = ok_cancel(self)
        buttons.button(buttons.StandardButton.Cancel).hide()
        self.ok_button.setEnabled(False)
        self.confirm.toggled.connect(self.ok_button.setEnabled)
        layout.addWidget(buttons)

    def reject(self) -> None:
        # Escape must not skip the key: it can only be closed once written down.
        if self.confirm.isChecked():
            super().reject()
