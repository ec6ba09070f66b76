"""The ward as sender of documents: its name, its institution and a phone number that answers."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from dischargeplanner.documents.words import Sender
from dischargeplanner.ui.dialogs.form import buddy_label, field_column, muted_label, ok_cancel
from dischargeplanner.ui.style import SPACING
from dischargeplanner.ui.widgets import error_label


class WardDialog(QDialog):
    def __init__(self, sender: Sender, parent: QWidget | None = None) -> None:
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

    @classmethod
    def get_sender(cls, parent: QWidget | None, sender: Sender) -> Sender | None:
        dialog = cls(sender, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()
