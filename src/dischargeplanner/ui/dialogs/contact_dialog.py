"""Adding or changing one of the plan's contacts: who they are, how to reach them, and what may be shared.

Next of kin, peers and barnevern are named in documents only under a consent tied to
them; services under the kommune consent. Problems show under their field while typing,
and OK stays disabled until the contact can be stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit, QWidget

from dischargeplanner.domain.coordination import validate_contact
from dischargeplanner.domain.coordination_model import Contact, ContactRole
from dischargeplanner.domain.limits import LINE_MAX
from dischargeplanner.domain.model import Consent, ConsentId, ConsentState
from dischargeplanner.domain.services import Issue
from dischargeplanner.ui.dialogs.form import field_column, limit_length, muted_label
from dischargeplanner.ui.dialogs.record_form import SelfHelpForm, text_box
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.widgets import EnumCombo

_ROLE_NAMES: dict[ContactRole, object] = {
    ContactRole.KOMMUNE_CONTACT: QT_TRANSLATE_NOOP("CoordinationTexts", "Contact person in the municipality"),
    ContactRole.COORDINATOR: QT_TRANSLATE_NOOP("CoordinationTexts", "Coordinator (koordinator)"),
    ContactRole.NAV: QT_TRANSLATE_NOOP("CoordinationTexts", "NAV supervisor"),
    ContactRole.FASTLEGE: QT_TRANSLATE_NOOP("CoordinationTexts", "Regular GP (fastlege)"),
    ContactRole.RUSKONSULENT: QT_TRANSLATE_NOOP("CoordinationTexts", "Addiction counsellor (ruskonsulent)"),
    ContactRole.LIKEPERSON: QT_TRANSLATE_NOOP("CoordinationTexts", "Peer supporter (likeperson)"),
    ContactRole.PAARORENDE: QT_TRANSLATE_NOOP("CoordinationTexts", "Next of kin"),
    ContactRole.BARNEVERN: QT_TRANSLATE_NOOP("CoordinationTexts", "Child welfare service (barnevern)"),
    ContactRole.HELSESYKEPLEIER: QT_TRANSLATE_NOOP(
        "CoordinationTexts", "Public health nurse (helsesykepleier)"
    ),
    ContactRole.OTHER: QT_TRANSLATE_NOOP("CoordinationTexts", "Other"),
}

_CONSENT_STATES: dict[ConsentState, object] = {
    ConsentState.EXPIRED: QT_TRANSLATE_NOOP("CoordinationTexts", "expired %1"),
    ConsentState.WITHDRAWN: QT_TRANSLATE_NOOP("CoordinationTexts", "withdrawn %1"),
    ConsentState.NOT_YET_GIVEN: QT_TRANSLATE_NOOP("CoordinationTexts", "from %1"),
    ConsentState.NO_AREAS: QT_TRANSLATE_NOOP("CoordinationTexts", "covers no areas"),
}
_VALID_UNTIL = QT_TRANSLATE_NOOP("CoordinationTexts", "valid until %1")
_VALID = QT_TRANSLATE_NOOP("CoordinationTexts", "valid")


def _t(text: object) -> str:
    # Every text is marked above with QT_TRANSLATE_NOOP so lupdate sees it.
    return QCoreApplication.translate("CoordinationTexts", str(text))  # tr-dynamic


def role_name(role: ContactRole) -> str:
    return _t(_ROLE_NAMES[role])


def contact_role_text(contact: Contact) -> str:
    """The contact's role as the ward reads it; an 'other' role in its own words."""
    if contact.role is ContactRole.OTHER and contact.role_text:
        return contact.role_text
    return role_name(contact.role)


def consent_state_text(consent: Consent, today: date) -> str:
    """'valid until 31.12.2026', 'expired 01.10.2026', …: whether the consent lets the ward share today."""
    state = consent.state(today)
    if state is ConsentState.VALID:
        return _t(_VALID_UNTIL).replace("%1", format_date(consent.expires)) if consent.expires else _t(_VALID)
    day = {
        ConsentState.EXPIRED: consent.expires,
        ConsentState.WITHDRAWN: consent.withdrawn,
        ConsentState.NOT_YET_GIVEN: consent.given,
    }.get(state)
    return _t(_CONSENT_STATES[state]).replace("%1", format_date(day) if day else "")


class ContactDialog(SelfHelpForm):
    """One contact of the plan: role, name, organisation, phone, e-mail, consent, ansvarsgruppe."""

    def __init__(
        self,
        start: Contact,
        consents: Sequence[Consent],
        today: date,
        responsible_now: Contact | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("planContactDialog", parent)
        changing = bool(start.contact_id)
        self.setWindowTitle(self.tr("Change contact") if changing else self.tr("New contact"))
        self._start = start
        self._consents = tuple(consents)
        self._today = today
        self._responsible_now = responsible_now
        # A stored contact says at once what is wrong; a new one once the user has been in the field.
        self.field_errors.touched = {"consent", "responsible"} | (
            {"name", "role_text", "phone", "email"} if changing else set()
        )
        self.explain(
            self.tr(
                "The people the patient and the ward work with. Services are named in documents under "
                "the consent to share with the municipality; next of kin, peers and child welfare only "
                "under a valid consent tied to them here."
            ),
            "contactDialogExplanation",
        )
        self._build_who()
        self._build_reach()
        self._build_sharing()
        self.role.currentIndexChanged.connect(lambda _index: self._role_changed())
        for key, field in (
            ("role_text", self.role_text),
            ("name", self.name),
            ("phone", self.phone),
            ("email", self.email),
        ):
            field.textChanged.connect(lambda _text, k=key: self.touch(k))
        self.consent.currentIndexChanged.connect(lambda _index: self.validate())
        self.responsible.toggled.connect(lambda _on: self._responsible_toggled())
        chain: list[QWidget] = [self.role, self.role_text, self.name, self.organisation, self.phone]
        self.finish([*chain, self.email, self.note, self.consent, self.ansvarsgruppe, self.responsible])
        self._role_changed()

    # Layout ----------------------------------------------------------------

    def _build_who(self) -> None:
        self.role: EnumCombo[ContactRole] = EnumCombo(ContactRole, role_name)
        self.role.setObjectName("contactRole")
        self.role.set_value(self._start.role)
        self.add_row(self.tr("&Role"), self.role)
        self._role_text_row = self.form.rowCount()
        self.role_text = QLineEdit(self._start.role_text)
        limit_length(self.role_text, LINE_MAX)
        self.role_text.setObjectName("contactRoleText")
        self.role_text.setPlaceholderText(self.tr("e.g. housing support worker, priest"))
        self.add_row(self.tr("&What role"), self.role_text, key="role_text")
        self.name = QLineEdit(self._start.name)
        limit_length(self.name, LINE_MAX)
        self.name.setObjectName("contactName")
        self.add_row(self.tr("&Name"), self.name, key="name")
        self.organisation = QLineEdit(self._start.organisation)
        limit_length(self.organisation, LINE_MAX)
        self.organisation.setObjectName("contactOrganisation")
        self.organisation.setPlaceholderText(self.tr("e.g. NAV Eksempelby, the housing office"))
        self.add_row(self.tr("&Organisation"), self.organisation)

    def _build_reach(self) -> None:
        self.phone = QLineEdit(self._start.phone)
        limit_length(self.phone, LINE_MAX)
        self.phone.setObjectName("contactPhone")
        self.phone.setPlaceholderText(self.tr("e.g. 912 34 567"))
        self.add_row(self.tr("&Phone"), self.phone, key="phone")
        self.email = QLineEdit(self._start.email)
        limit_length(self.email, LINE_MAX)
        self.email.setObjectName("contactEmail")
        self.email.setPlaceholderText(self.tr("name@example.no"))
        self.add_row(self.tr("&E-mail"), self.email, key="email")
        self.note = text_box(self._start.note, "contactNote", self.tr("When to call, who stands in, …"))
        self.add_row(self.tr("No&te"), self.note)

    def _build_sharing(self) -> None:
        self.consent = QComboBox()
        self.consent.setObjectName("contactConsent")
        self.consent.addItem(self.tr("No consent tied"), None)
        for consent in self._consents:
            state = consent_state_text(consent, self._today)
            self.consent.addItem(f"{consent.recipient} – {state}", int(consent.consent_id))
        if self._start.consent_id is not None:
            found = self.consent.findData(int(self._start.consent_id))
            if found < 0:  # not among the plan's consents: shown so the problem can be seen and fixed
                self.consent.addItem(self.tr("Another patient's consent"), int(self._start.consent_id))
                found = self.consent.count() - 1
            self.consent.setCurrentIndex(found)
        self.consent_hint = muted_label("", "contactConsentHint")
        cell = field_column(self.consent, self.consent_hint)
        self.add_row(self.tr("&Consent"), self.consent, cell, key="consent")
        self.ansvarsgruppe = QCheckBox(self.tr("Member of the &ansvarsgruppe"))
        self.ansvarsgruppe.setObjectName("contactInAnsvarsgruppe")
        self.ansvarsgruppe.setChecked(self._start.in_ansvarsgruppe)
        self.add_row("", self.ansvarsgruppe)
        self.ansvarsgruppe.setAccessibleName(self.ansvarsgruppe.text().replace("&", ""))
        self.responsible = QCheckBox(self.tr("Named person re&sponsible in the municipality"))
        self.responsible.setObjectName("contactResponsible")
        self.responsible.setChecked(self._start.responsible)
        self.responsible_note = muted_label("", "contactResponsibleNote")
        self.add_row(
            "", self.responsible, field_column(self.responsible, self.responsible_note), "responsible"
        )
        self.responsible.setAccessibleName(self.responsible.text().replace("&", ""))

    # Behaviour -------------------------------------------------------------

    def _role_changed(self) -> None:
        role = self.role.value()
        self.form.setRowVisible(self._role_text_row, role is ContactRole.OTHER)
        self.responsible.setEnabled(role.can_be_responsible)
        if not role.can_be_responsible:
            self.responsible.setChecked(False)
            self.responsible.setToolTip(
                self.tr("Next of kin and peers cannot be the named person responsible in the municipality.")
            )
        else:
            self.responsible.setToolTip("")
        self.consent_hint.setText(
            self.tr("Shared in documents only while the consent tied here is valid.")
            if role.needs_consent
            else self.tr("Shared as a service under the consent to share with the municipality.")
        )
        self._responsible_toggled()

    def _responsible_toggled(self) -> None:
        other = self._responsible_now
        takes_over = (
            self.responsible.isChecked() and other is not None and other.contact_id != self._start.contact_id
        )
        if takes_over and other is not None:
            self.responsible_note.setText(
                self.tr("Now %1: the mark moves to this contact.").replace("%1", other.name)
            )
        self.responsible_note.setVisible(takes_over)
        self.validate()

    def problems(self) -> list[Issue]:
        plan_consents = {consent.consent_id for consent in self._consents}
        return validate_contact(self.contact(), plan_consents)

    def contact(self) -> Contact:
        """The contact as filled in; its id and plan are kept from the one being changed."""
        role = self.role.value()
        data = self.consent.currentData()
        return replace(
            self._start,
            role=role,
            role_text=" ".join(self.role_text.text().split()) if role is ContactRole.OTHER else "",
            name=" ".join(self.name.text().split()),
            organisation=" ".join(self.organisation.text().split()),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            note=self.note.toPlainText().strip(),
            consent_id=ConsentId(int(data)) if data is not None else None,
            responsible=self.responsible.isChecked() and role.can_be_responsible,
            in_ansvarsgruppe=self.ansvarsgruppe.isChecked(),
        )

    @classmethod
    def get_contact(
        cls,
        parent: QWidget | None,
        start: Contact,
        consents: Sequence[Consent],
        today: date,
        responsible_now: Contact | None = None,
    ) -> Contact | None:
        """Add or change a contact; the contact as filled in, or None when cancelled."""
        dialog = cls(start, consents, today, responsible_now, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.contact()
        return None
