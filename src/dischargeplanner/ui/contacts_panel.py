"""The Coordination area's "Contacts" tab: who the patient and the ward work with, and who is responsible.

Until one contact is marked as the named person responsible in the kommune, a warning
says so: that one person is what makes the step home hold together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton

from dischargeplanner.domain.coordination import CoordinationService, contact_shared
from dischargeplanner.domain.coordination_model import Contact, ContactId, ContactRole, responsible_contact
from dischargeplanner.domain.model import Changes, Consent, PlanDetail
from dischargeplanner.domain.sharing import SharingService
from dischargeplanner.ui.actions_panel import Perform
from dischargeplanner.ui.area_page import DetailPanel
from dischargeplanner.ui.dialogs.contact_dialog import ContactDialog, contact_role_text
from dischargeplanner.ui.dialogs.form import muted_label, tab_chain
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.record_table import RecordModel, RecordTable
from dischargeplanner.ui.style import ERROR_COLOUR, SPACING
from dischargeplanner.ui.widgets import scrolling

WARNING_STYLE = (
    f"#noResponsibleWarning {{ border: 2px solid {ERROR_COLOUR}; border-radius: 4px; background: #fdecea; }}"
)
TICK = "✓"
COL_PHONE, COL_RESPONSIBLE, COL_ANSVARSGRUPPE = 3, 6, 7
# Qt's "no maximum" for a widget's size.
QWIDGETSIZE_MAX = 16777215


class ContactsPanel(DetailPanel):
    """Shows one plan's contacts; every change goes through `perform`."""

    def __init__(
        self,
        service: CoordinationService,
        sharing: SharingService,
        user: str,
        perform: Perform,
        today: Callable[[], date],
    ) -> None:
        super().__init__()
        self.setObjectName("contactsPanel")
        self._service = service
        self._sharing = sharing
        self._user = user
        self._perform = perform
        self._today = today
        self._detail: PlanDetail | None = None
        self._read_only = True
        self._contacts: list[Contact] = []
        self._consents: list[Consent] = []
        # The contact to select when the plan is shown again (the one just added).
        self._wanted: ContactId | None = None
        self._build()

    # Layout ----------------------------------------------------------------

    def _build(self) -> None:
        _, layout = scrolling(self, "contacts")
        layout.setContentsMargins(0, SPACING, 0, 0)
        layout.setSpacing(SPACING)
        self.warning = QFrame()
        self.warning.setObjectName("noResponsibleWarning")
        self.warning.setStyleSheet(WARNING_STYLE)
        warning_row = QHBoxLayout(self.warning)
        warning_row.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        self.warning_text = QLabel(
            self.tr("⚠ No named person responsible in the municipality yet: mark one contact as responsible.")
        )
        self.warning_text.setObjectName("noResponsibleWarningText")
        self.warning_text.setWordWrap(True)
        warning_row.addWidget(self.warning_text)
        layout.addWidget(self.warning)
        self.responsible_line = muted_label("", "responsibleLine")
        self.responsible_line.setTextFormat(Qt.TextFormat.PlainText)  # names are never markup
        layout.addWidget(self.responsible_line)

        titles = [
            self.tr("Role"),
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("Shared"),
            self.tr("Responsible"),
            self.tr("Ansvarsgruppe"),
        ]
        model: RecordModel[Contact] = RecordModel(titles, self._cells)
        empty = self.tr(
            "No contacts yet. Add the municipality's contact person, NAV, the GP and the people the "
            "patient wants involved, and mark one as the named person responsible in the municipality."
        )
        self.contacts: RecordTable[Contact] = RecordTable("contacts", self.tr("Contacts"), model, empty)
        self.contacts.table.doubleClicked.connect(lambda _index: self.change_contact())
        self.contacts.table.installEventFilter(self)
        self.contacts.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._enable())
        self._fit_columns()
        layout.addWidget(self.contacts, 1)

        buttons = QHBoxLayout()
        self.new_button = self._button(
            buttons, self.tr("&New contact…"), "newContactButton", self.add_contact
        )
        self.change_button = self._button(
            buttons, self.tr("C&hange…"), "changeContactButton", self.change_contact
        )
        self.remove_button = self._button(
            buttons, self.tr("Re&move…"), "removeContactButton", self.remove_contact
        )
        self.responsible_button = self._button(
            buttons, self.tr("Mark as &responsible in the municipality"), "markResponsibleButton",
            self.toggle_responsible,
        )  # fmt: skip
        buttons.addStretch(1)
        layout.addLayout(buttons)
        tab_chain(
            [
                self.contacts.table,
                self.new_button,
                self.change_button,
                self.remove_button,
                self.responsible_button,
            ]
        )

    def _fit_columns(self) -> None:
        """Text columns share the width and elide (the whole text is in the tooltip); no sideways scroll."""
        table = self.contacts.table
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.contacts.model.columnCount()):
            fitted = column in (COL_PHONE, COL_RESPONSIBLE, COL_ANSVARSGRUPPE)
            mode = QHeaderView.ResizeMode.ResizeToContents if fitted else QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)

    @staticmethod
    def _button(row: QHBoxLayout, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter opens the selected contact, Delete removes it (after asking)."""
        if (
            watched is self.contacts.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.change_contact()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_contact()
                return True
        return super().eventFilter(watched, event)

    # Showing ---------------------------------------------------------------

    def show_detail(self, detail: PlanDetail, *, read_only: bool) -> None:
        """Show `detail`'s plan as stored now; read-only plans show everything, change nothing."""
        self._detail = detail
        self._read_only = read_only
        plan_id = detail.plan.plan_id
        self._contacts = self._service.contacts(plan_id)
        self._consents = self._sharing.consents(plan_id)
        responsible = responsible_contact(self._contacts)
        self.warning.setVisible(responsible is None)
        self.responsible_line.setVisible(responsible is not None)
        if responsible is not None:
            self.responsible_line.setText(self._responsible_text(responsible))
        current = self.contacts.current()
        wanted = self._wanted or (current.contact_id if current is not None else None)
        self._wanted = None
        self.contacts.set_rows(self._contacts)
        # The table takes the room the tab has (a plan often has more contacts than fit in a short table).
        self.contacts.table.setMaximumHeight(QWIDGETSIZE_MAX)
        if wanted is not None:
            self.select_contact(wanted)  # the same person stays selected as the order changes
        self._enable()

    def _responsible_text(self, contact: Contact) -> str:
        who = ", ".join(part for part in (contact.name, contact.organisation) if part)
        if contact.phone:
            text = self.tr("Named person responsible in the municipality: %1, phone %2")
            return text.replace("%1", who).replace("%2", contact.phone)
        return self.tr("Named person responsible in the municipality: %1").replace("%1", who)

    def _cells(self, contact: Contact) -> tuple[str, ...]:
        return (
            contact_role_text(contact),
            contact.name,
            contact.organisation,
            contact.phone,
            contact.email,
            self.shared_text(contact),
            TICK if contact.responsible else "",
            TICK if contact.in_ansvarsgruppe else "",
        )

    def shared_text(self, contact: Contact) -> str:
        """Whether documents name the contact today, and under which consent."""
        if not contact.role.needs_consent:
            return self.tr("Service – shared under the municipality consent")
        if not contact_shared(contact, self._consents, self._today()):
            return self.tr("⚠ no valid consent: not shared")
        consent = next(c for c in self._consents if c.consent_id == contact.consent_id)
        if consent.expires is None:
            return self.tr("Consent valid, no end date")
        return self.tr("Consent valid until %1").replace("%1", format_date(consent.expires))

    def _enable(self) -> None:
        current = self.contacts.current()
        writable = not self._read_only and self._detail is not None
        self.new_button.setEnabled(writable)
        self.change_button.setEnabled(writable and current is not None)
        self.remove_button.setEnabled(writable and current is not None)
        can_mark = current is not None and current.role.can_be_responsible
        self.responsible_button.setEnabled(writable and can_mark)
        self.responsible_button.setText(
            self.tr("No longer &responsible in the municipality")
            if current is not None and current.responsible
            else self.tr("Mark as &responsible in the municipality")
        )
        if current is not None and not current.role.can_be_responsible:
            self.responsible_button.setToolTip(
                self.tr("Next of kin and peers cannot be the named person responsible in the municipality.")
            )
        else:
            self.responsible_button.setToolTip("")

    # Changing --------------------------------------------------------------

    def _run(self, call: Callable[[], Changes]) -> bool:
        return self._perform(call)

    def _writable(self) -> PlanDetail | None:
        return None if self._read_only else self._detail

    def add_contact(self) -> None:
        detail = self._writable()
        if detail is None:
            return
        start = Contact(ContactId(0), detail.plan.plan_id, ContactRole.KOMMUNE_CONTACT, "")
        responsible = responsible_contact(self._contacts)
        contact = ContactDialog.get_contact(self, start, self._consents, self._today(), responsible)
        if contact is None:
            return

        def add() -> Changes:
            self._wanted, changes = self._service.add_contact(contact, self._user)
            return changes

        self._run(add)

    def change_contact(self) -> None:
        current = self.contacts.current() if self._writable() is not None else None
        if current is None:
            return
        responsible = responsible_contact(self._contacts)
        contact = ContactDialog.get_contact(self, current, self._consents, self._today(), responsible)
        if contact is not None and contact != current:
            self._run(lambda: self._service.update_contact(contact, self._user))

    def remove_contact(self) -> None:
        current = self.contacts.current() if self._writable() is not None else None
        if current is None:
            return
        question = self.tr("Remove %1 (%2) from the plan's contacts?")
        question = question.replace("%1", current.name).replace("%2", contact_role_text(current))
        if current.responsible:
            question += "\n\n" + self.tr(
                "The plan will have no named person responsible in the municipality."
            )
        if Messages.question(self, self.tr("Remove contact"), question):
            self._run(lambda: self._service.remove_contact(current.contact_id, self._user))

    def toggle_responsible(self) -> None:
        """Mark the selected contact as responsible, or take the mark away if it has it."""
        detail = self._writable()
        current = self.contacts.current() if detail is not None else None
        if detail is None or current is None:
            return
        plan_id = detail.plan.plan_id
        target = None if current.responsible else current.contact_id
        self._run(lambda: self._service.set_responsible(plan_id, target, self._user))

    def select_contact(self, contact_id: ContactId) -> None:
        for row in range(self.contacts.model.rowCount()):
            if self.contacts.model.row_at(row).contact_id == contact_id:
                self.contacts.table.selectRow(row)
                return
