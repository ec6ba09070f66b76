"""The Coordination area's tabs, driven like a social worker would, on a real file.

The panels are shown in a tab widget of their own, with a `perform` that stores the
change and shows the plan again, as the plan editor does. Dates are fixed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QDialog, QTabWidget
from pytestqt.qtbot import QtBot
from test_walkthrough import focused, press, with_modal

from dischargeplanner.app import Context
from dischargeplanner.domain.coordination import CoordinationService
from dischargeplanner.domain.coordination_model import Contact, ContactId, ContactRole, Coordination, IpRight
from dischargeplanner.domain.model import (
    AreaKey,
    Changes,
    Consent,
    ConsentForm,
    ConsentId,
    DischargeKind,
    PlanId,
    PlanStatus,
    RecipientKind,
)
from dischargeplanner.domain.services import ValidationError
from dischargeplanner.storage.coordination import SqliteCoordinationStore
from dischargeplanner.ui.contacts_panel import ContactsPanel
from dischargeplanner.ui.coordination_panel import CoordinationPanel
from dischargeplanner.ui.dialogs.contact_dialog import ContactDialog
from dischargeplanner.ui.messages import Messages, StandardButton
from helpers import TEST_USER, MakeDraft, clock_at, service_at, sharing_at

DAY = date(2026, 11, 2)
PHONE = "12 34 56 78"


def _t(context: str, source: str) -> str:
    # Whatever language is installed: Bokmål once the .qm has these strings, English until then.
    return QCoreApplication.translate(context, source)


def coordination_at(context: Context, day: date) -> CoordinationService:
    return CoordinationService(SqliteCoordinationStore(context.conn, clock_at(day)), clock_at(day))


class Host:
    """The two tabs as the Coordination area page shows them, refreshed after every change."""

    def __init__(self, context: Context, plan_id: PlanId, day: date) -> None:
        self.plan_id = plan_id
        self.plans = service_at(context, day)
        self.coordination = coordination_at(context, day)
        sharing = sharing_at(context, day)
        self.refused: list[ValidationError] = []
        self.contacts = ContactsPanel(self.coordination, sharing, TEST_USER, self.perform, lambda: day)
        self.panel = CoordinationPanel(self.coordination, sharing, TEST_USER, self.perform, lambda: day)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.contacts, "Kontakter")
        self.tabs.addTab(self.panel, "Individuell plan og ansvarsgruppe")
        self.refresh()

    def perform(self, call: Callable[[], Changes]) -> bool:
        try:
            call()
        except ValidationError as error:
            self.refused.append(error)
            return False
        finally:
            self.refresh()
        return True

    def refresh(self) -> None:
        detail = self.plans.plan_detail(self.plan_id)
        read_only = detail.plan.status is not PlanStatus.ACTIVE
        self.contacts.show_detail(detail, read_only=read_only)
        self.panel.show_detail(detail, read_only=read_only)


@pytest.fixture
def plan_id(context: Context, make_draft: MakeDraft) -> PlanId:
    draft = make_draft(admission=DAY - timedelta(days=14), planned_discharge=DAY + timedelta(days=40))
    new_id, _ = service_at(context, DAY).start_plan(draft, TEST_USER)
    return new_id


@pytest.fixture
def host(
    qtbot: QtBot,
    bokmal: list[QTranslator],
    answers: list[tuple[str, str]],
    context: Context,
    plan_id: PlanId,
) -> Host:
    made = Host(context, plan_id, DAY)
    qtbot.addWidget(made.tabs)
    made.tabs.show()
    made.tabs.activateWindow()
    qtbot.waitUntil(made.tabs.isActiveWindow, timeout=2000)
    return made


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def key(qtbot: QtBot, pressed: Qt.Key) -> None:
    qtbot.keyClick(focused(), pressed)


def add_by_keyboard(qtbot: QtBot, host: Host, downs: int, name: str, organisation: str) -> None:
    """New contact…: the role by arrow keys, then name, organisation and phone; Enter stores it."""

    def fill(_dialog: QDialog) -> None:
        assert focused().objectName() == "contactRole"
        for _ in range(downs):
            key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_Tab)
        assert focused().objectName() == "contactName"  # the "what role" line shows only for Other
        type_text(qtbot, name)
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, organisation)
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, PHONE)
        key(qtbot, Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, host.contacts.new_button), fill)


def cell(host: Host, row: int, column: int) -> str:
    model = host.contacts.contacts.model
    return str(model.data(model.index(row, column)))


def test_add_two_contacts_by_keyboard_and_mark_one_responsible(qtbot: QtBot, host: Host) -> None:
    contacts = host.contacts
    assert contacts.warning.isVisible()
    assert contacts.contacts.empty.isVisible()

    add_by_keyboard(qtbot, host, 0, "Kari Kommune Demo", "Tjenestekontoret")
    add_by_keyboard(qtbot, host, 2, "Nils Nav Demo", "NAV Eksempelby")

    stored = host.coordination.contacts(host.plan_id)
    assert [(c.role, c.name, c.organisation, c.phone) for c in stored] == [
        (ContactRole.KOMMUNE_CONTACT, "Kari Kommune Demo", "Tjenestekontoret", PHONE),
        (ContactRole.NAV, "Nils Nav Demo", "NAV Eksempelby", PHONE),
    ]
    assert contacts.warning.isVisible()  # nobody is responsible yet
    assert contacts.contacts.current() == stored[1]  # the one just added is selected
    assert cell(host, 1, 5) == _t("ContactsPanel", "Service – shared under the municipality consent")

    press(qtbot, contacts.responsible_button)

    assert not contacts.warning.isVisible()
    assert contacts.responsible_line.isVisible()
    assert "Nils Nav Demo" in contacts.responsible_line.text()
    assert PHONE in contacts.responsible_line.text()
    # The responsible one comes first, ticked, and stays selected.
    assert (cell(host, 0, 1), cell(host, 0, 6)) == ("Nils Nav Demo", "✓")
    assert cell(host, 1, 6) == ""
    selected = contacts.contacts.current()
    assert selected is not None
    assert selected.name == "Nils Nav Demo"
    assert contacts.responsible_button.text() == _t(
        "ContactsPanel", "No longer &responsible in the municipality"
    )
    assert host.coordination.responsible(host.plan_id) is not None


def test_delete_removes_a_contact_after_asking(
    qtbot: QtBot, host: Host, answers: list[tuple[str, str]]
) -> None:
    host.coordination.add_contact(
        Contact(ContactId(0), host.plan_id, ContactRole.KOMMUNE_CONTACT, "Kari Demo", responsible=True),
        TEST_USER,
    )
    host.refresh()
    table = host.contacts.contacts.table
    table.setFocus()
    Messages.prepared_answers = [StandardButton.No]
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(host.coordination.contacts(host.plan_id)) == 1
    assert "Kari Demo" in answers[-1][1]

    Messages.prepared_answers = [StandardButton.Yes]
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert host.coordination.contacts(host.plan_id) == []
    assert host.contacts.warning.isVisible()
    assert host.contacts.contacts.empty.isVisible()


def test_enter_changes_a_contact_and_a_next_of_kin_shows_its_consent(
    qtbot: QtBot, host: Host, context: Context
) -> None:
    consent_id, _ = sharing_at(context, DAY).record_consent(
        Consent(
            ConsentId(0), host.plan_id, RecipientKind.PAARORENDE, "Søster Demo", frozenset({AreaKey.NETWORK}),
            DAY - timedelta(days=3), ConsentForm.WRITTEN, "Sosionom Test", expires=date(2027, 5, 1),
        ),
        TEST_USER,
    )  # fmt: skip
    host.coordination.add_contact(
        Contact(ContactId(0), host.plan_id, ContactRole.PAARORENDE, "Søster Demo", phone=PHONE), TEST_USER
    )
    host.refresh()
    not_shared = _t("ContactsPanel", "⚠ no valid consent: not shared")
    assert cell(host, 0, 5) == not_shared
    assert not host.contacts.responsible_button.isEnabled()  # a next of kin cannot be responsible

    def tie_consent(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactDialog)
        assert not dialog.responsible.isEnabled()
        dialog.consent.setFocus()
        key(qtbot, Qt.Key.Key_Down)  # the sister's consent, after "No consent tied"
        dialog.ansvarsgruppe.setFocus()
        key(qtbot, Qt.Key.Key_Space)
        dialog.ok_button.click()

    host.contacts.contacts.table.setFocus()
    with_modal(lambda: qtbot.keyClick(host.contacts.contacts.table, Qt.Key.Key_Return), tie_consent)

    stored = host.coordination.contacts(host.plan_id)[0]
    assert (stored.consent_id, stored.in_ansvarsgruppe) == (consent_id, True)
    assert cell(host, 0, 5) == _t("ContactsPanel", "Consent valid until %1").replace("%1", "01.05.2027")
    assert cell(host, 0, 7) == "✓"
    assert "Søster Demo" in host.panel.members.text()


def test_the_dialog_says_what_is_wrong_next_to_the_field(qtbot: QtBot, bokmal: list[QTranslator]) -> None:
    dialog = ContactDialog(Contact(ContactId(0), PlanId(1), ContactRole.KOMMUNE_CONTACT, ""), [], DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.role_text.isVisible()
    assert not dialog.ok_button.isEnabled()  # no name yet

    dialog.role.set_value(ContactRole.OTHER)
    assert dialog.role_text.isVisible()
    dialog.name.setText("Prest Demo")
    dialog.email.setText("prest at kirken")
    dialog.accept()
    assert dialog.isVisible()
    role_error = dialog.findChild(type(dialog.consent_hint), "roleTextError")
    email_error = dialog.findChild(type(dialog.consent_hint), "emailError")
    assert role_error is not None
    assert email_error is not None
    assert role_error.isVisible()
    assert email_error.text() == _t("Texts", "An e-mail address looks like name@example.no.")
    assert dialog.name.text() == "Prest Demo"  # nothing typed is lost

    dialog.role_text.setText("Prest")
    dialog.email.setText("prest@kirken.example")
    assert dialog.ok_button.isEnabled()
    assert dialog.contact().role_text == "Prest"

    dialog.role.set_value(ContactRole.LIKEPERSON)
    assert not dialog.responsible.isEnabled()
    assert dialog.contact().role_text == ""


def test_the_coordination_tab_stores_each_change_as_it_is_made(qtbot: QtBot, host: Host) -> None:
    koordinator, _ = host.coordination.add_contact(
        Contact(ContactId(0), host.plan_id, ContactRole.COORDINATOR, "Kåre Koordinator Demo"), TEST_USER
    )
    host.refresh()
    host.tabs.setCurrentWidget(host.panel)
    panel = host.panel

    panel.ip_right.setFocus()
    key(qtbot, Qt.Key.Key_Down)  # "Yes, has the right"
    assert host.coordination.coordination(host.plan_id).ip_right is IpRight.YES

    panel.coordinator.setFocus()
    key(qtbot, Qt.Key.Key_Down)
    panel.interpreter_needed.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is panel.language
    type_text(qtbot, "arabisk")
    key(qtbot, Qt.Key.Key_Tab)  # leaving the field stores it

    assert host.coordination.coordination(host.plan_id) == Coordination(
        host.plan_id, IpRight.YES, coordinator=koordinator, interpreter_needed=True, language="arabisk"
    )


def test_a_requested_date_in_the_future_is_said_not_stored(qtbot: QtBot, host: Host) -> None:
    panel = host.panel
    host.tabs.setCurrentWidget(panel)
    panel.ip_requested_known.setChecked(True)
    assert host.coordination.coordination(host.plan_id).ip_requested == DAY
    panel.ip_requested.setDate(panel.ip_requested.date().addDays(3))
    panel.save()
    assert panel.ip_requested_error.isVisible()
    assert host.coordination.coordination(host.plan_id).ip_requested == DAY
    panel.ip_requested.setDate(panel.ip_requested.date().addDays(-10))
    qtbot.waitUntil(
        lambda: host.coordination.coordination(host.plan_id).ip_requested == DAY - timedelta(days=7)
    )
    assert not panel.ip_requested_error.isVisible()


def test_a_discharged_plan_shows_everything_and_changes_nothing(host: Host, context: Context) -> None:
    host.coordination.add_contact(
        Contact(ContactId(0), host.plan_id, ContactRole.KOMMUNE_CONTACT, "Kari Demo", responsible=True),
        TEST_USER,
    )
    service_at(context, DAY).discharge_plan(host.plan_id, DAY, DischargeKind.PLANNED, {}, TEST_USER)
    host.refresh()
    assert host.contacts.contacts.model.rowCount() == 1
    for button in (
        host.contacts.new_button,
        host.contacts.change_button,
        host.contacts.remove_button,
        host.contacts.responsible_button,
    ):
        assert not button.isEnabled()
    assert not host.panel.ip_right.isEnabled()
    assert not host.panel.language.isEnabled()
