"""The ward as sender of documents: its name, its institution and a phone number that answers."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from dischargeplanner.documents.words import Sender
from dischargeplanner.settings import IDLE_LOCK_MINUTES
from dischargeplanner.ui.dialogs.form import buddy_label, field_column, muted_label, ok_cancel
from dischargeplanner.ui.style import SPACING
from dischargeplanner.ui.widgets import error_label


class WardDialog(QDialog):
    """The ward as sender; with `idle_minutes`, also how long the window may stand unused."""

    def __init__(
        self, sender: Sender, parent: QWidget | None = None, idle_minutes: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wardDialog")
        self.setWindowTitle(self.tr("Ward details"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(
            muted_label(
                self.tr(
                    "Printed as the sender on every handover and patient's copy. The phone number is "
                    "the one the kommune and the patient are told to call."
                ),
                "wardExplanation",
            )
        )
        form = QFormLayout()
        self.ward = QLineEdit(sender.ward)
        self.ward.setObjectName("wardName")
        self.ward_error = error_label(self.tr("Write the ward's name."), "wardNameError")
        self.institution = QLineEdit(sender.institution)
        self.institution.setObjectName("wardInstitution")
        self.institution.setPlaceholderText(self.tr("e.g. the health trust or the institution"))
        self.phone = QLineEdit(sender.phone)
        self.phone.setObjectName("wardPhone")
        self.phone.setPlaceholderText(self.tr("A number that answers day and night, if there is one"))
        form.addRow(buddy_label(self.tr("&Ward"), self.ward), field_column(self.ward, self.ward_error))
        form.addRow(buddy_label(self.tr("&Institution"), self.institution), self.institution)
        form.addRow(buddy_label(self.tr("&Phone"), self.phone), self.phone)
        self.idle_minutes: QSpinBox | None = None
        if idle_minutes is not None:
            self.idle_minutes = QSpinBox()
            self.idle_minutes.setObjectName("idleLockMinutes")
            self.idle_minutes.setRange(IDLE_LOCK_MINUTES.minimum, IDLE_LOCK_MINUTES.maximum)
            self.idle_minutes.setValue(IDLE_LOCK_MINUTES.clamp(idle_minutes))
            self.idle_minutes.setSuffix(self.tr(" min without use"))
            self.idle_minutes.setToolTip(
                self.tr("The window locks when nobody has used it this long; what is typed is stored first.")
            )
            form.addRow(buddy_label(self.tr("&Lock after"), self.idle_minutes), self.idle_minutes)
        layout.addLayout(form)
        buttons, self.ok_button = ok_cancel(self)
        layout.addWidget(buttons)
        self.ward.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        missing = not self.ward.text().strip()
        self.ward_error.setVisible(missing)
        self.ok_button.setEnabled(not missing)

    def value(self) -> Sender:
        return Sender(
            " ".join(self.ward.text().split()), self.institution.text().strip(), self.phone.text().strip()
        )

    def minutes(self) -> int | None:
        return self.idle_minutes.value() if self.idle_minutes is not None else None

    @classmethod
    def get_ward(
        cls, parent: QWidget | None, sender: Sender, idle_minutes: int | None
    ) -> tuple[Sender, int | None] | None:
        """The sender and, when asked for, the idle minutes before the window locks; None if cancelled."""
        dialog = cls(sender, parent, idle_minutes)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value(), dialog.minutes()

    @classmethod
    def get_sender(cls, parent: QWidget | None, sender: Sender) -> Sender | None:
        dialog = cls(sender, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()
