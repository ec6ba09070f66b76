"""Tables of a plan's consents, appointments and exported documents."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from dischargeplanner.domain.model import (
    Appointment,
    AreaKey,
    Consent,
    ConsentForm,
    ConsentState,
    DocumentKind,
    DocumentLanguage,
    ExportChannel,
    ExportRecord,
    RecipientKind,
)
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.models.row_table_model import Index, RowTableModel
from dischargeplanner.ui.style import ERROR_COLOUR
from dischargeplanner.ui.texts import area_name

_CONTEXT = "SharingTexts"
_RECIPIENT_KINDS = {
    RecipientKind.KOMMUNE: QT_TRANSLATE_NOOP("SharingTexts", "Municipal service"),
    RecipientKind.NAV: QT_TRANSLATE_NOOP("SharingTexts", "NAV"),
    RecipientKind.FASTLEGE: QT_TRANSLATE_NOOP("SharingTexts", "GP (fastlege)"),
    RecipientKind.PAARORENDE: QT_TRANSLATE_NOOP("SharingTexts", "Next of kin"),
    RecipientKind.OTHER: QT_TRANSLATE_NOOP("SharingTexts", "Other"),
}
_FORMS = {
    ConsentForm.WRITTEN: QT_TRANSLATE_NOOP("SharingTexts", "written"),
    ConsentForm.ORAL: QT_TRANSLATE_NOOP("SharingTexts", "oral"),
}
_STATES = {
    ConsentState.VALID: QT_TRANSLATE_NOOP("SharingTexts", "Valid"),
    ConsentState.NOT_YET_GIVEN: QT_TRANSLATE_NOOP("SharingTexts", "Not yet in force"),
    ConsentState.EXPIRED: QT_TRANSLATE_NOOP("SharingTexts", "Expired"),
    ConsentState.WITHDRAWN: QT_TRANSLATE_NOOP("SharingTexts", "Withdrawn"),
    ConsentState.NO_AREAS: QT_TRANSLATE_NOOP("SharingTexts", "No areas"),
}
_KINDS = {
    DocumentKind.KOMMUNE: QT_TRANSLATE_NOOP("SharingTexts", "Handover"),
    DocumentKind.PATIENT: QT_TRANSLATE_NOOP("SharingTexts", "Patient's copy (Min plan)"),
}
_LANGUAGES = {
    DocumentLanguage.NB: QT_TRANSLATE_NOOP("SharingTexts", "Bokmål"),
    DocumentLanguage.NN: QT_TRANSLATE_NOOP("SharingTexts", "Nynorsk"),
}
_CHANNELS = {
    ExportChannel.PDF: QT_TRANSLATE_NOOP("SharingTexts", "Saved as PDF"),
    ExportChannel.PRINT: QT_TRANSLATE_NOOP("SharingTexts", "Printed"),
}


def _t(text: object) -> str:
    # The tables hold QT_TRANSLATE_NOOP literals (typed object by PySide6) so lupdate sees them.
    return QCoreApplication.translate(_CONTEXT, str(text))  # tr-dynamic


def recipient_kind_name(kind: RecipientKind) -> str:
    return _t(_RECIPIENT_KINDS[kind])


def consent_state_name(state: ConsentState) -> str:
    return _t(_STATES[state])


def document_language_name(language: DocumentLanguage) -> str:
    """The written standard by its name: 'Bokmål', 'Nynorsk'."""
    return _t(_LANGUAGES[language])


def document_kind_name(kind: DocumentKind) -> str:
    return _t(_KINDS[kind])


def area_list(areas: frozenset[AreaKey]) -> str:
    return ", ".join(area_name(area) for area in AreaKey if area in areas)


class ConsentModel(RowTableModel[Consent]):
    column_count = 7

    def __init__(self, today: Callable[[], date]) -> None:
        super().__init__()
        self._today = today

    def column_titles(self) -> list[str]:
        return [
            self.tr("Recipient"),
            self.tr("Areas that may be shared"),
            self.tr("Given"),
            self.tr("Valid until"),
            self.tr("Status"),
            self.tr("Written in"),
            self.tr("Restrictions"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        consent = self.valid_row(index)
        if consent is None:
            return None
        state = consent.state(self._today())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4 and state is not ConsentState.VALID:
            return QBrush(QColor(ERROR_COLOUR))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._text(consent, index.column(), state)

    def _text(self, consent: Consent, column: int, state: ConsentState) -> str:
        if column == 0:
            return f"{consent.recipient} ({recipient_kind_name(consent.recipient_kind)})"
        if column == 1:
            return area_list(consent.areas)
        if column == 2:
            return (
                self.tr("%1, %2, noted by %3")
                .replace("%1", format_date(consent.given))
                .replace("%2", _t(_FORMS[consent.form]))
                .replace("%3", consent.noted_by)
            )
        if column == 3:
            return format_date(consent.expires) if consent.expires else self.tr("no expiry date")
        if column == 4:
            if state is ConsentState.WITHDRAWN and consent.withdrawn:
                return self.tr("Withdrawn %1").replace("%1", format_date(consent.withdrawn))
            return consent_state_name(state)
        if column == 5:
            return document_language_name(consent.language)
        return consent.restrictions


class AppointmentModel(RowTableModel[Appointment]):
    column_count = 6

    def column_titles(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("What"),
            self.tr("Area"),
            self.tr("With whom"),
            self.tr("Where"),
            self.tr("Phone"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        appointment = self.valid_row(index)
        if appointment is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            when = format_date(appointment.day)
            return f"{when} {appointment.time.strftime('%H:%M')}" if appointment.time else when
        texts: Sequence[str] = (
            appointment.what,
            area_name(appointment.area),
            appointment.with_whom,
            appointment.place,
            appointment.phone,
        )
        text = texts[column - 1]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and appointment.note:
            return f"{text}\n{appointment.note}"
        return text


class ExportModel(RowTableModel[ExportRecord]):
    column_count = 5

    def column_titles(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Document"),
            self.tr("To"),
            self.tr("How, by whom"),
            self.tr("SHA-256"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        record = self.valid_row(index)
        if record is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            local = record.at.astimezone()
            return f"{format_date(local.date())} {local.strftime('%H:%M')}"
        if column == 1:
            return document_kind_name(record.kind)
        if column == 2:
            return record.recipient
        if column == 3:
            how = f"{_t(_CHANNELS[record.channel])}, {record.user}"
            return (
                f"{how}\n{record.file_name}"
                if role == Qt.ItemDataRole.ToolTipRole and record.file_name
                else how
            )
        return record.sha256 if role == Qt.ItemDataRole.ToolTipRole else record.sha256[:16] + "…"
