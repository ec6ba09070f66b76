"""Plan editor pages for the consent register and the booked appointments."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.model import (
    Appointment,
    AreaKey,
    Changes,
    Consent,
    ConsentState,
    PlanDetail,
    PlanStatus,
)
from dischargeplanner.domain.sharing import SharingService, has_valid_kommune_consent
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.models.row_table_model import RowTableModel
from dischargeplanner.ui.models.sharing_models import AppointmentModel, ConsentModel
from dischargeplanner.ui.style import ERROR_COLOUR, SPACING

Perform = Callable[[Callable[[], Changes]], bool]
RowT = TypeVar("RowT")


class RecordPage(QWidget, Generic[RowT]):
    """A heading, an explanation, a table of records and the buttons that change them."""

    def __init__(self, name: str, model: RowTableModel[RowT]) -> None:
        super().__init__()
        self.setObjectName(name)
        self.model = model
        self.detail: PlanDetail | None = None
        self.read_only = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, 0, 0, 0)
        layout.setSpacing(SPACING)
        self.heading = QLabel()
        self.heading.setObjectName(f"{name}Heading")
        self.heading.setStyleSheet("font-size: large; font-weight: bold")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName(f"{name}Warning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.table = QTableView()
        self.table.setObjectName(f"{name}Table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.change_current())
        self.empty = QLabel()
        self.empty.setObjectName(f"{name}Empty")
        self.empty.setWordWrap(True)
        self.bar = QHBoxLayout()
        self.bar.addStretch(1)
        for widget in (self.heading, self.explanation, self.warning):
            layout.addWidget(widget)
        layout.addLayout(self.bar)
        layout.addWidget(self.table, 1)
        # With no rows the table hides: the message takes the room, so nothing above spreads out.
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)

    def add_button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.bar.addWidget(button)
        return button

    def show_rows(self, rows: list[RowT]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, min(header.sectionSize(column), 260))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def current(self) -> RowT | None:
        return self.model.valid_row(self.table.currentIndex())

    def show_detail(self, detail: PlanDetail, *, read_only: bool) -> None:
        raise NotImplementedError

    def _areas(self) -> list[tuple[AreaKey, str]]:
        """The plan's areas with the titles of its own checklist, for the dialogs."""
        assert self.detail is not None
        return [(area.area, area.title) for area in self.detail.areas]

    def change_current(self) -> None:
        raise NotImplementedError


class ConsentPage(RecordPage[Consent]):
    """Who the patient lets the ward share which areas with; documents are made only under it."""

    def __init__(
        self, sharing: SharingService, user: str, perform: Perform, today: Callable[[], date]
    ) -> None:
        super().__init__("consentPage", ConsentModel(today))
        self._sharing = sharing
        self._user = user
        self._perform = perform
        self._today = today
        self.heading.setText(self.tr("Consent to share"))
        self.explanation.setText(
            self.tr(
                "The patient decides what may be shared with whom (helsepersonelloven § 22). "
                "A handover is made only for a recipient with valid consent, and only with the areas "
                "consent covers; the document says which areas were left out."
            )
        )
        self.empty.setText(
            self.tr(
                "No consent recorded yet. Ask the patient who the ward may share information with, "
                "and record it with «New consent…»."
            )
        )
        self.new_button = self.add_button(self.tr("&New consent…"), "newConsentButton", self.add_consent)
        self.change_button = self.add_button(self.tr("Chan&ge…"), "changeConsentButton", self.change_current)
        self.withdraw_button = self.add_button(
            self.tr("&Withdraw…"), "withdrawConsentButton", self.withdraw_current
        )

    def show_detail(self, detail: PlanDetail, *, read_only: bool) -> None:
        self.detail = detail
        self.read_only = read_only
        consents = self._sharing.consents(detail.plan.plan_id)
        self.show_rows(consents)
        today = self._today()
        has_kommune = has_valid_kommune_consent(consents, today)
        self.warning.setText(
            self.tr(
                "<b>No valid consent to share with the kommune.</b> "
                "The handover cannot be made until there is one."
            )
        )
        self.warning.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.warning.setVisible(not has_kommune)
        # Consent is recorded after discharge too: the handover often goes out then.
        for button in (self.new_button, self.change_button, self.withdraw_button):
            button.setEnabled(detail.plan.status is not PlanStatus.ARCHIVED)
        self.change_button.setEnabled(self.change_button.isEnabled() and bool(consents))
        self.withdraw_button.setEnabled(self.withdraw_button.isEnabled() and bool(consents))

    def add_consent(self) -> None:
        from dischargeplanner.ui.dialogs.consent_dialog import ConsentDialog  # noqa: PLC0415

        if self.detail is None:
            return
        consent = ConsentDialog.get_consent(self, self.detail.plan, self._areas(), self._user, self._today())
        if consent is not None:
            self._perform(lambda: self._sharing.record_consent(consent, self._user)[1])

    def change_current(self) -> None:
        from dischargeplanner.ui.dialogs.consent_dialog import ConsentDialog  # noqa: PLC0415

        current = self.current()
        if self.detail is None or current is None:
            return
        changed = ConsentDialog.get_consent(
            self, self.detail.plan, self._areas(), self._user, self._today(), current
        )
        if changed is not None:
            self._perform(lambda: self._sharing.update_consent(changed, self._user))

    def withdraw_current(self) -> None:
        from dischargeplanner.ui.dialogs.consent_dialog import ConsentDialog  # noqa: PLC0415

        current = self.current()
        if current is None:
            return
        if current.state(self._today()) is ConsentState.WITHDRAWN:
            Messages.information(
                self, self.tr("Already withdrawn"), self.tr("This consent is already withdrawn.")
            )
            return
        day = ConsentDialog.get_withdrawal(self, current, self._today())
        if day is not None:
            self._perform(lambda: self._sharing.withdraw_consent(current.consent_id, day, self._user))


class AppointmentsPage(RecordPage[Appointment]):
    """Appointments booked for after discharge: they go into the handover and the patient's copy."""

    def __init__(
        self, sharing: SharingService, user: str, perform: Perform, today: Callable[[], date]
    ) -> None:
        super().__init__("appointmentsPage", AppointmentModel())
        self._sharing = sharing
        self._user = user
        self._perform = perform
        self._today = today
        self.heading.setText(self.tr("Appointments after discharge"))
        self.explanation.setText(
            self.tr(
                "GP, NAV, the kommune, a first self-help meeting: date, time, place and phone go into "
                "the handover (under consent) and, in plain words, into the patient's copy."
            )
        )
        self.empty.setText(self.tr("No appointments yet. Add the first with «New appointment…»."))
        self.new_button = self.add_button(self.tr("&New appointment…"), "newAppointmentButton", self.add)
        self.change_button = self.add_button(
            self.tr("Chan&ge…"), "changeAppointmentButton", self.change_current
        )
        self.remove_button = self.add_button(
            self.tr("&Remove"), "removeAppointmentButton", self.remove_current
        )

    def show_detail(self, detail: PlanDetail, *, read_only: bool) -> None:
        self.detail = detail
        self.read_only = read_only
        appointments = self._sharing.appointments(detail.plan.plan_id)
        self.show_rows(appointments)
        writable = detail.plan.status is not PlanStatus.ARCHIVED
        self.new_button.setEnabled(writable)
        self.change_button.setEnabled(writable and bool(appointments))
        self.remove_button.setEnabled(writable and bool(appointments))

    def add(self) -> None:
        from dischargeplanner.ui.dialogs.appointment_dialog import AppointmentDialog  # noqa: PLC0415

        if self.detail is None:
            return
        appointment = AppointmentDialog.get_appointment(self, self.detail.plan, self._areas(), self._today())
        if appointment is not None:
            self._perform(lambda: self._sharing.add_appointment(appointment, self._user)[1])

    def change_current(self) -> None:
        from dischargeplanner.ui.dialogs.appointment_dialog import AppointmentDialog  # noqa: PLC0415

        current = self.current()
        if self.detail is None or current is None:
            return
        changed = AppointmentDialog.get_appointment(
            self, self.detail.plan, self._areas(), self._today(), current
        )
        if changed is not None:
            self._perform(lambda: self._sharing.update_appointment(changed, self._user))

    def remove_current(self) -> None:
        current = self.current()
        if current is None:
            return
        if Messages.question(
            self,
            self.tr("Remove appointment"),
            self.tr("Remove the appointment «%1»?").replace("%1", current.what),
        ):
            self._perform(lambda: self._sharing.remove_appointment(current.appointment_id, self._user))
