"""Adding a user and setting a user's password (the administrators' "Users" window), and
changing one's own password (File menu).

The dialogs check the rules while typing (domain.user_service) and hand what was typed to the
callable they are given; a refusal from it shows under its field, and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.limits import LINE_MAX
from dischargeplanner.domain.services import Issue, StorageError, ValidationError
from dischargeplanner.domain.user_service import validate_new_user, validate_password
from dischargeplanner.domain.users import MIN_PASSWORD_LENGTH, Role, User
from dischargeplanner.ui.dialogs.form import (
    FieldErrors,
    buddy_label,
    fit_height,
    limit_length,
    muted_label,
    ok_cancel,
    tab_chain,
)
from dischargeplanner.ui.style import SPACING
from dischargeplanner.ui.texts import problem_text
from dischargeplanner.ui.widgets import error_label

FORM_WIDTH = 480


@dataclass(frozen=True)
class NewUser:
    """What the administrator typed for a new user."""

    username: str
    full_name: str
    role: Role
    password: str
    repeated: str


# Stores the new user (raises ValidationError or StorageError) and returns them as stored.
AddUser = Callable[[NewUser], User]
# Sets the password (password, repeated) and returns the user as they now are.
SavePassword = Callable[[str, str], User]
# The signed-in user's own new password (current, new, repeated); raises ValidationError.
ChangeOwnPassword = Callable[[str, str, str], None]


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(
        QCoreApplication.translate("UserDialogs", "At least %1 characters").replace(
            "%1", str(MIN_PASSWORD_LENGTH)
        )
    )
    return field


class UserForm(QDialog):
    """Fields with their problems right under them, and a line for a refusal that has no field."""

    def __init__(self, object_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.errors = FieldErrors()
        self.column = QVBoxLayout(self)
        self.column.setSpacing(SPACING)
        self.form = QFormLayout()
        self.refusal = error_label(object_name="userRefusal")

    def add_field(self, key: str, text: str, field: QWidget) -> None:
        error = error_label(object_name=f"{key}Error")
        self.form.addRow(buddy_label(text, field), field)
        self.form.addRow("", error)
        self.errors.add(key, field, error)
        if isinstance(field, QLineEdit):
            field.textChanged.connect(lambda _text, key=key: self._typed(key))

    def finish(self, focus_order: Sequence[QWidget], ok_text: str) -> None:
        self.column.addLayout(self.form)
        self.column.addWidget(self.refusal)
        buttons, self.ok_button = ok_cancel(self)
        self.ok_button.setText(ok_text)
        self.column.addWidget(buttons)
        tab_chain([*focus_order, self.ok_button])
        focus_order[0].setFocus()
        self.setMinimumWidth(FORM_WIDTH)
        fit_height(self)

    def issues(self) -> list[Issue]:
        raise NotImplementedError

    def store(self) -> None:
        """Hand what was typed on; raises ValidationError, StorageError or OSError when refused."""
        raise NotImplementedError

    def _typed(self, key: str) -> None:
        self.errors.touched.add(key)
        self.refusal.hide()
        self.show_issues(self.issues())

    def show_issues(self, issues: list[Issue], *, show_all: bool = False) -> None:
        messages: dict[str, list[str]] = {}
        for issue in issues:
            messages.setdefault(issue.field, []).append(problem_text(issue.problem))
        self.errors.show(messages, show_all=show_all)
        elsewhere = [
            text for key, texts in messages.items() if key not in self.errors.labels for text in texts
        ]
        if elsewhere:
            self._refuse("\n".join(elsewhere))
        fit_height(self)

    def _refuse(self, text: str) -> None:
        self.refusal.setText(text)
        self.refusal.show()
        fit_height(self)

    def accept(self) -> None:
        self.errors.touched.update(self.errors.labels)  # from now on every field speaks while typing
        issues = self.issues()
        if issues:
            self.show_issues(issues, show_all=True)
            self.errors.focus_first()
            return
        try:
            self.store()
        except ValidationError as error:
            self.show_issues(list(error.issues), show_all=True)
            self.errors.focus_first()
            return
        except (StorageError, OSError) as error:
            text = QCoreApplication.translate(
                "UserDialogs", "Not stored (%1). What you typed is still here; try again in a moment."
            )
            self._refuse(text.replace("%1", str(error)))
            return
        super().accept()


class NewUserDialog(UserForm):
    """A new user: full name, user name, role and a first password, typed twice."""

    def __init__(self, add: AddUser, parent: QWidget | None = None) -> None:
        super().__init__("newUserDialog", parent)
        self.setWindowTitle(self.tr("New user"))
        self._add = add
        self.added: User | None = None
        self.column.addWidget(
            muted_label(
                self.tr(
                    "Each person signs in with their own user name and password. Give the password to "
                    "them in person, never by e-mail or text message."
                ),
                "newUserIntro",
            )
        )
        self.full_name = QLineEdit()
        limit_length(self.full_name, LINE_MAX)
        self.full_name.setObjectName("newUserFullName")
        self.username = QLineEdit()
        self.username.setObjectName("newUserUsername")
        self.username.setPlaceholderText(self.tr("For example kari.nordmann"))
        self.role = QComboBox()
        self.role.setObjectName("newUserRole")
        self.role.addItem(self.tr("Staff"), str(Role.STAFF))
        self.role.addItem(self.tr("Administrator"), str(Role.ADMINISTRATOR))
        self.role.setToolTip(self.tr("Administrators also add users, set passwords and read the access log."))
        self.password = password_field("newUserPassword")
        self.repeated = password_field("newUserRepeated")
        self.add_field("full_name", self.tr("Full &name"), self.full_name)
        self.add_field("username", self.tr("&User name"), self.username)
        self.add_field("role", self.tr("&Role"), self.role)
        self.add_field("password", self.tr("&Password"), self.password)
        self.add_field("repeated", self.tr("R&epeat the password"), self.repeated)
        self.finish(
            [self.full_name, self.username, self.role, self.password, self.repeated], self.tr("Add user")
        )

    def selected_role(self) -> Role:
        # Qt hands the item's data back as a plain str.
        return Role(str(self.role.currentData()))

    def answer(self) -> NewUser:
        return NewUser(
            self.username.text(),
            self.full_name.text(),
            self.selected_role(),
            self.password.text(),
            self.repeated.text(),
        )

    def issues(self) -> list[Issue]:
        typed = self.answer()
        return validate_new_user(typed.username, typed.full_name, typed.password, typed.repeated)

    def store(self) -> None:
        self.added = self._add(self.answer())

    @classmethod
    def add_user(cls, parent: QWidget | None, add: AddUser) -> User | None:
        """The user as stored, or None when cancelled."""
        dialog = cls(add, parent)
        return dialog.added if dialog.exec() == QDialog.DialogCode.Accepted else None


class PasswordDialog(UserForm):
    """A new password for one user, typed twice: a reset, or activating a deactivated user again."""

    def __init__(
        self, user: User, save: SavePassword, parent: QWidget | None = None, *, reactivate: bool = False
    ) -> None:
        super().__init__("passwordDialog", parent)
        self.setWindowTitle(self.tr("Activate user again") if reactivate else self.tr("New password"))
        self._user = user
        self._save = save
        self.saved: User | None = None
        intro = (
            self.tr(
                "%1 (%2) can sign in again with this password. Give it to them in person, never by "
                "e-mail or text message."
            )
            if reactivate
            else self.tr(
                "A new password for %1 (%2). The old one stops working at once; the data stays as it is. "
                "Give the new one to them in person."
            )
        )
        self.intro = QLabel(intro.replace("%1", user.full_name).replace("%2", user.username))
        self.intro.setObjectName("passwordIntro")
        self.intro.setWordWrap(True)
        self.column.addWidget(self.intro)
        self.password = password_field("newPassword")
        self.repeated = password_field("repeatedPassword")
        self.add_field("password", self.tr("New &password"), self.password)
        self.add_field("repeated", self.tr("R&epeat the password"), self.repeated)
        ok_text = self.tr("Activate") if reactivate else self.tr("Set password")
        self.finish([self.password, self.repeated], ok_text)

    def issues(self) -> list[Issue]:
        return validate_password(self._user.username, self.password.text(), self.repeated.text())

    def store(self) -> None:
        self.saved = self._save(self.password.text(), self.repeated.text())

    @classmethod
    def set_password(
        cls, parent: QWidget | None, user: User, save: SavePassword, *, reactivate: bool = False
    ) -> User | None:
        """The user as they now are (active again, when reactivating), or None when cancelled."""
        dialog = cls(user, save, parent, reactivate=reactivate)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


class OwnPasswordDialog(UserForm):
    """The signed-in user changes their own password: the current one, then the new one twice."""

    def __init__(self, username: str, change: ChangeOwnPassword, parent: QWidget | None = None) -> None:
        super().__init__("ownPasswordDialog", parent)
        self.setWindowTitle(self.tr("Change your password"))
        self._username = username
        self._change = change
        intro = QLabel(
            self.tr(
                "Your new password works from the next time you sign in or unlock. The data stays as "
                "it is. Never write the password on a note by the PC."
            )
        )
        intro.setWordWrap(True)
        self.column.addWidget(intro)
        self.current = password_field("currentPassword")
        self.current.setPlaceholderText("")
        self.password = password_field("newPassword")
        self.repeated = password_field("repeatedPassword")
        self.add_field("current", self.tr("&Current password"), self.current)
        self.add_field("password", self.tr("New &password"), self.password)
        self.add_field("repeated", self.tr("R&epeat the new password"), self.repeated)
        self.finish([self.current, self.password, self.repeated], self.tr("Change password"))

    def issues(self) -> list[Issue]:
        # The current password is checked only on OK: each wrong one counts towards the wait.
        return validate_password(self._username, self.password.text(), self.repeated.text())

    def store(self) -> None:
        self._change(self.current.text(), self.password.text(), self.repeated.text())

    @classmethod
    def change(cls, parent: QWidget | None, username: str, change: ChangeOwnPassword) -> bool:
        """Whether the password was changed (False: cancelled)."""
        return cls(username, change, parent).exec() == QDialog.DialogCode.Accepted
